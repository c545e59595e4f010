package in.haat.auth.mapping;

/** Setu's token answer, camelCase as Setu writes it; {@code expiresIn} in seconds. */
public record SetuTokenResponse(String accessToken, long expiresIn, String tokenType) {
}
