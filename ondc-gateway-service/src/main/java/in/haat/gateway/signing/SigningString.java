package in.haat.gateway.signing;

/**
 * The string a beckn signature covers, exactly as BECKN-006 and ONDC's utilities build it: three lines,
 * one space after each colon. The unspaced variants in some ONDC docs are typos and never verify.
 */
public final class SigningString {

    private SigningString() {
    }

    public static String of(long created, long expires, String digestBase64) {
        return "(created): " + created + "\n(expires): " + expires + "\ndigest: BLAKE-512=" + digestBase64;
    }

    public static String of(long created, long expires, byte[] body) {
        return of(created, expires, BodyDigest.blake2b512Base64(body));
    }
}
