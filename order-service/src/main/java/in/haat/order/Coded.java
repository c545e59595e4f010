package in.haat.order;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Optional;

/** An enum known outside Java by a name of its own (ONDC's state names, the stored draft stages), and stored by it. */
public interface Coded {

    String code();

    /** The constant of {@code type} named {@code code}, exactly. */
    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    /** A column that holds the constant's name; a name no constant has is a bad row and fails. */
    abstract class Column<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {

        private final Class<E> type;

        protected Column(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(E value) {
            return value == null ? null : value.code();
        }

        @Override
        public E convertToEntityAttribute(String code) {
            return code == null ? null : find(type, code)
                    .orElseThrow(() -> new IllegalArgumentException("no " + type.getSimpleName() + " " + code));
        }
    }
}
