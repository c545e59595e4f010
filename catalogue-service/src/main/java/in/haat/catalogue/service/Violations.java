package in.haat.catalogue.service;

import in.haat.api.ApiError;
import in.haat.api.ApiException;
import in.haat.api.ErrorCodes;
import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one request or item, so a client learns all of them at once. */
public final class Violations {

    private final List<ApiError.Detail> details = new ArrayList<>();

    public Violations add(String field, String message) {
        details.add(new ApiError.Detail(field, message));
        return this;
    }

    public boolean isEmpty() {
        return details.isEmpty();
    }

    public List<ApiError.Detail> details() {
        return List.copyOf(details);
    }

    /** A 400 in the one error shape when any rule is broken. */
    public void throwIfAny() {
        if (!details.isEmpty()) {
            throw new ApiException(400, ErrorCodes.INVALID_REQUEST, "the request is invalid", details);
        }
    }
}
