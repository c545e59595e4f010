package in.haat.gateway.callback;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Whether a callback URL can ever be sent to: absolute http(s) with a host. Anything else is set aside, not retried. */
final class CallbackUrls {

    private CallbackUrls() {
    }

    /** Why the URL can never be sent to, or null when it can. */
    static String undeliverable(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "callback URL is not http(s): " + abbreviate(url);
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return "callback URL has no host: " + abbreviate(url);
            }
            return null;
        } catch (URISyntaxException | RuntimeException e) {
            return "callback URL is malformed: " + abbreviate(url);
        }
    }

    private static String abbreviate(String url) {
        return url == null ? "null" : url.length() <= 200 ? url : url.substring(0, 200) + "...";
    }
}
