package in.haat.catalogue.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Opening slots per weekday; a day that is null or empty is closed. Any number of slots per day. */
public record BusinessHours(
        @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) List<@Valid Slot> monday,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) List<@Valid Slot> tuesday,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) List<@Valid Slot> wednesday,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) List<@Valid Slot> thursday,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) List<@Valid Slot> friday,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) List<@Valid Slot> saturday,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true) List<@Valid Slot> sunday) {

    /** One opening, {@code HH:MM:SS} (seconds optional). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "BusinessHourSlot")
    public record Slot(
            @NotBlank @Pattern(regexp = Formats.TIME_OF_DAY, message = "must be a time of day HH:MM:SS") String opening,
            @NotBlank @Pattern(regexp = Formats.TIME_OF_DAY, message = "must be a time of day HH:MM:SS") String closing) {
    }

    /** The days by their JSON names, in week order. */
    public Map<String, List<Slot>> days() {
        Map<String, List<Slot>> days = new LinkedHashMap<>();
        days.put("monday", orEmpty(monday));
        days.put("tuesday", orEmpty(tuesday));
        days.put("wednesday", orEmpty(wednesday));
        days.put("thursday", orEmpty(thursday));
        days.put("friday", orEmpty(friday));
        days.put("saturday", orEmpty(saturday));
        days.put("sunday", orEmpty(sunday));
        return days;
    }

    private static List<Slot> orEmpty(List<Slot> slots) {
        return slots == null ? List.of() : new ArrayList<>(slots);
    }
}
