package in.haat.ondc.rsf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An RSF amount in rupees: {@code {"currency": "INR", "value": "12.50"}}; in /on_recon the receiver's own figure, with
 * {@code diff_value} (how far the collector's differs) when it does.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Amount(String currency, String value, @JsonProperty("diff_value") String diffValue) {

    public static Amount inr(BigDecimal value) {
        return new Amount("INR", value.toPlainString(), null);
    }

    private static final Pattern PLAIN = Pattern.compile("-?\\d{1,13}(\\.\\d{1,4})?");

    /** Our figure, and the difference from theirs when there is one. */
    public static Amount ours(BigDecimal ours, BigDecimal theirs) {
        return new Amount("INR", ours.toPlainString(), theirs == null || ours.compareTo(theirs) == 0 ? null
                : ours.subtract(theirs).abs().setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    /** The value as a number; null when it is none, or no plain amount (a hostile "1e999999" is not read as one). */
    public BigDecimal decimal() {
        return value == null || !PLAIN.matcher(value.strip()).matches() ? null : new BigDecimal(value.strip());
    }
}
