package in.haat.api;

import java.util.List;

/** A failure a service answers on purpose, with its status, code and message, in the one error shape. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final transient List<ApiError.Detail> details;

    public ApiException(int status, String code, String message, List<ApiError.Detail> details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details == null ? List.of() : List.copyOf(details);
    }

    public ApiException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    /** 404: absent, or belonging to another tenant; the two must look the same. */
    public static ApiException notFound(String message) {
        return new ApiException(404, ErrorCodes.NOT_FOUND, message);
    }

    /** 400 about one field (a query parameter or a body property, by its JSON name). */
    public static ApiException invalid(String field, String problem) {
        return new ApiException(400, ErrorCodes.INVALID_REQUEST, "the request is invalid",
                List.of(new ApiError.Detail(field, problem)));
    }

    /** 403: the caller is known but this operation is not for its kind of client. */
    public static ApiException forbidden(String message) {
        return new ApiException(403, ErrorCodes.FORBIDDEN, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<ApiError.Detail> details() {
        return details;
    }

    public ApiError toError() {
        return ApiError.of(code, getMessage(), details);
    }
}
