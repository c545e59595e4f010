package in.haat.edge;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Refuses a request whose path or query holds a NUL character ({@code %00}) with a 400 before any resource
 * reads it: no id, name or filter may contain one (PostgreSQL cannot even compare text with NUL).
 */
@ApplicationScoped
public class NulInAddress {

    /** After the body limits ({@link BodySizeLimit#ORDER}), ahead of Quarkus's security filters and handlers. */
    public static final int ORDER = BodySizeLimit.ORDER + 1;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            String uri = context.request().uri();
            if (uri != null && (uri.indexOf('\0') >= 0 || uri.toLowerCase(Locale.ROOT).contains("%00"))) {
                EdgeAnswers.refuse(context, 400, "INVALID_REQUEST",
                        "the path and query must not contain the NUL character (%00)", true);
                return;
            }
            context.next();
        });
    }
}
