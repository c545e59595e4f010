package in.haat.order.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** India's financial year (1 April to 31 March, in Indian time) that a document is issued in: "2026-27". */
public record FinancialYear(int startYear) {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    public static FinancialYear of(Instant at) {
        LocalDate day = at.atZone(INDIA).toLocalDate();
        return new FinancialYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
    }

    /** "2026-27". */
    public String label() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    /**
     * A document number: "INV/26-27/000042". GST rules allow at most 16 characters, unique per financial year; the
     * year in the number keeps each year's series apart.
     */
    public String number(String prefix, int seq) {
        return prefix + "/" + String.format("%02d-%02d", startYear % 100, (startYear + 1) % 100) + "/" + String.format("%06d", seq);
    }
}
