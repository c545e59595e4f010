package in.haat.events;

/** An event read from Kafka that is not a valid envelope; it can never be applied, so it is dead-lettered. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
