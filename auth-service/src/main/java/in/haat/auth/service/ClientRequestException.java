package in.haat.auth.service;

/** An admin request that is well-formed but cannot be carried out (422). */
public class ClientRequestException extends RuntimeException {
    public ClientRequestException(String message) {
        super(message, null, false, false);
    }
}
