package in.haat.order;

import java.util.Arrays;
import java.util.Optional;

/** What a buyer may rate in retail 1.2.x (ONDC's rating categories), stored by ONDC's name. */
public enum RatingCategory implements Coded {

    ORDER("Order"),
    ITEM("Item"),
    FULFILLMENT("Fulfillment"),
    PROVIDER("Provider");

    private final String code;

    RatingCategory(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The category named {@code name}, in any case (buyer apps write "Item", "ITEM" and "item"). */
    public static Optional<RatingCategory> of(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(values()).filter(c -> c.code.equalsIgnoreCase(name.strip())).findFirst();
    }

    public static class Column extends Coded.Column<RatingCategory> {

        public Column() {
            super(RatingCategory.class);
        }
    }
}
