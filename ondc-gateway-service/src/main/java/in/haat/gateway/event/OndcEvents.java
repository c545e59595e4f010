package in.haat.gateway.event;

/** The topic and event types the gateway publishes; keyed by transaction_id so one transaction stays in order. */
public final class OndcEvents {

    public static final String REQUESTS_TOPIC = "haat.ondc.requests";

    private OndcEvents() {
    }

    /** {@code ondc.search}, {@code ondc.select}, ...: a verified, accepted buyer request. */
    public static String requestType(String action) {
        return "ondc." + action;
    }
}
