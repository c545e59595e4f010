package in.haat.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: {@code {"items": [...], "next_cursor": "..."}}; {@code next_cursor} is null on the
 * last page and otherwise goes back as {@code ?cursor=} for the next one.
 */
public record Page<T>(List<T> items,
        @Schema(nullable = true, description = "null on the last page; otherwise send it back as ?cursor= for the next one")
        @JsonProperty("next_cursor") String nextCursor) {

    /**
     * The page from rows read with {@code limit + 1}: the extra row only tells that there is more, and the
     * cursor is made from the last row shown.
     */
    public static <R, T> Page<T> of(List<R> rows, PageRequest request, Function<R, T> view,
            Function<R, String> cursorOf) {
        boolean more = rows.size() > request.limit();
        List<R> shown = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? cursorOf.apply(shown.get(shown.size() - 1)) : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }
}
