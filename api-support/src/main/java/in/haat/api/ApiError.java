package in.haat.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one error body of every Haat REST API:
 * {@code {"error": {"code": "NOT_FOUND", "message": "...", "details": [{"field": "name", "message": "..."}]}}}.
 * {@code code} is stable and machine-readable, {@code message} is for people, {@code details} (only when there
 * is something to say per field) names fields by their JSON names.
 */
public record ApiError(Body error) {

    /** The content of {@code error}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "ApiErrorBody")
    public record Body(String code, String message, List<Detail> details) {
    }

    /** One problem with one field; {@code field} is absent when the problem is the request as a whole. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ApiErrorDetail")
    public record Detail(String field, String message) {
    }

    public static ApiError of(String code, String message) {
        return new ApiError(new Body(code, message, List.of()));
    }

    public static ApiError of(String code, String message, List<Detail> details) {
        return new ApiError(new Body(code, message, details == null ? List.of() : List.copyOf(details)));
    }
}
