package in.haat.ondc.rsf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

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

    /** Our figure, and the difference from theirs when there is one. */
    public static Amount ours(BigDecimal ours, BigDecimal theirs) {
        return new Amount("INR", ours.toPlainString(), theirs == null || ours.compareTo(theirs) == 0 ? null
                : ours.subtract(theirs).abs().toPlainString());
    }

    /** The value as a number; null when it is none (a hostile or broken message). */
    public BigDecimal decimal() {
        try {
            return value == null ? null : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
