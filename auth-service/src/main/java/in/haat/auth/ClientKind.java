package in.haat.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who an API client is: a partner managing many sellers, one seller's own integration, or a third-party app. */
public enum ClientKind {
    PARTNER, SELLER, THIRD_PARTY;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ClientKind fromWire(String value) {
        for (ClientKind kind : values()) {
            if (kind.wireName().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("kind must be one of partner, seller, third_party");
    }
}
