package in.haat.auth.event;

/** The topic and event types auth-service publishes; every event is keyed by client id. */
public final class AuthEvents {

    public static final String TOPIC = "haat.auth.events";
    public static final String CLIENT_CREATED = "client.created";
    public static final String CLIENT_SECRET_ROTATED = "client.secret-rotated";
    public static final String CLIENT_REVOKED = "client.revoked";
    public static final String ACCESS_TOKEN_REVOKED = "access-token.revoked";

    private AuthEvents() {
    }
}
