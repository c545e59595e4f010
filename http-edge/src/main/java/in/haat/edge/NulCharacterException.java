package in.haat.edge;

import com.fasterxml.jackson.core.JsonParseException;

/** A JSON string held a NUL character, which PostgreSQL cannot store: the client's mistake, a 400. */
public class NulCharacterException extends JsonParseException {

    public static final String MESSAGE = "strings must not contain the NUL character (\\u0000)";

    public NulCharacterException() {
        super((com.fasterxml.jackson.core.JsonParser) null, MESSAGE);
    }
}
