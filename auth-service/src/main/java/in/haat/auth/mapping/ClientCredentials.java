package in.haat.auth.mapping;

/** A client's id and secret as presented, and whether they came in the Authorization header. */
public record ClientCredentials(String clientId, String secret, boolean usedBasic) {
}
