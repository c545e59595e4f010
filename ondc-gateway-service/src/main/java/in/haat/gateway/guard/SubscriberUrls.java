package in.haat.gateway.guard;

import in.haat.gateway.config.EdgeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The registered subscriber URL of each buyer app: configured ({@code haat.ondc.edge.subscriber-urls}) or learnt
 * from the registry look-up that found its signing key. Callbacks may go only there.
 */
@ApplicationScoped
public class SubscriberUrls {

    private static final Logger LOG = Logger.getLogger(SubscriberUrls.class);

    private final Map<String, URI> configured = new ConcurrentHashMap<>();
    private final Map<String, URI> learnt = new ConcurrentHashMap<>();

    public SubscriberUrls(EdgeConfig config) {
        for (String entry : config.subscriberUrls().orElse(List.of())) {
            int bar = entry.indexOf('|');
            URI url = bar > 0 ? parse(entry.substring(bar + 1).strip()) : null;
            if (url == null) {
                throw new IllegalArgumentException("haat.ondc.edge.subscriber-urls entries are subscriber_id|http(s) URL: " + entry);
            }
            configured.put(entry.substring(0, bar).strip(), url);
        }
    }

    /** Records the subscriber_url of a registry record (called where the record's signing key is taken). */
    public void learn(String subscriberId, String subscriberUrl) {
        URI url = subscriberUrl == null ? null : parse(subscriberUrl);
        if (url != null) {
            learnt.put(subscriberId, url);
        } else if (subscriberUrl != null && !subscriberUrl.isBlank()) {
            LOG.warnf("registry record of %s has an unusable subscriber_url %s; its bap_uri must then be on its own id",
                    subscriberId, subscriberUrl);
        }
    }

    /** The registered URL, if one is known. */
    public Optional<URI> of(String subscriberId) {
        URI url = configured.get(subscriberId);
        return Optional.ofNullable(url != null ? url : learnt.get(subscriberId));
    }

    /** An absolute http(s) URL with a host and no user information, or null. */
    static URI parse(String text) {
        try {
            URI url = new URI(text);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            boolean usable = (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null
                    && url.getRawUserInfo() == null;
            return usable ? url : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
