package in.haat.gateway.guard;

import in.haat.gateway.config.EdgeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a bap_uri may receive our signed callbacks: an http(s) URL without user information, query or
 * fragment, whose host is the buyer app's registered subscriber URL host or under it (the subscriber id when no
 * URL is registered), on the registered scheme and port; and, unless local runs allow it, never a loopback,
 * private, link-local or otherwise internal address. Anything else would let a signed request aim the gateway at
 * a place of the sender's choosing.
 */
@ApplicationScoped
public class CallbackTargets {

    /** A dotted-quad IPv4 literal without leading zeros. */
    private static final Pattern IPV4 = Pattern.compile("(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})");
    /** Any other text a resolver might take for an IPv4 address: decimal, hex or octal parts (no TLD is numeric). */
    private static final Pattern NUMERIC = Pattern.compile("(.*\\.)?(0x[0-9a-f]*|[0-9]+)", Pattern.CASE_INSENSITIVE);

    private final SubscriberUrls registered;
    private final boolean allowLocal;

    public CallbackTargets(SubscriberUrls registered, EdgeConfig config) {
        this.registered = registered;
        this.allowLocal = config.allowLocalCallbacks();
    }

    /** Why callbacks for {@code bapId} must not go to {@code bapUri}, or empty when they may. */
    public Optional<String> problem(String bapId, String bapUri) {
        URI target;
        try {
            target = new URI(bapUri);
        } catch (URISyntaxException e) {
            return Optional.of("bap_uri is not a valid URI");
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("bap_uri must be an http or https URL");
        }
        if (target.getRawUserInfo() != null || target.getHost() == null || target.getRawAuthority().contains("@")) {
            return Optional.of("bap_uri must name a host, without user information");
        }
        if (target.getRawQuery() != null || target.getRawFragment() != null) {
            return Optional.of("bap_uri must not have a query or fragment");
        }
        String host = normalise(target.getHost());
        Optional<URI> subscriberUrl = registered.of(bapId);
        String allowedHost = normalise(subscriberUrl.map(URI::getHost).orElse(bapId));
        if (!host.equals(allowedHost) && !host.endsWith("." + allowedHost)) {
            return Optional.of("bap_uri must be on the buyer app's registered subscriber URL host " + allowedHost);
        }
        if (allowLocal) {
            return Optional.empty();
        }
        if (subscriberUrl.isPresent()) {
            URI url = subscriberUrl.get();
            if (!scheme.equals(url.getScheme().toLowerCase(Locale.ROOT)) || port(target) != port(url)) {
                return Optional.of("bap_uri must use the scheme and port of the registered subscriber URL " + url);
            }
        } else if (target.getPort() != -1 && target.getPort() != defaultPort(scheme)) {
            return Optional.of("bap_uri must use the default port of its scheme");
        }
        if (isInternal(host)) {
            return Optional.of("bap_uri must not be a loopback, private or link-local address");
        }
        return Optional.empty();
    }

    private static String normalise(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static int port(URI url) {
        return url.getPort() != -1 ? url.getPort() : defaultPort(url.getScheme().toLowerCase(Locale.ROOT));
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    /**
     * localhost names, and IP literals outside the public unicast ranges. Literals only, without DNS: a host must
     * be the registered one anyway; a numeric host in any other spelling (decimal, hex, octal, short) is refused,
     * because resolvers disagree about what it means.
     */
    static boolean isInternal(String host) {
        if (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local")
                || host.endsWith(".internal")) {
            return true;
        }
        if (host.startsWith("[")) {
            return !isGlobalIpv6(host.substring(1, host.length() - 1));
        }
        Matcher quad = IPV4.matcher(host);
        if (quad.matches()) {
            int[] octet = new int[4];
            for (int i = 0; i < 4; i++) {
                octet[i] = Integer.parseInt(quad.group(i + 1));
                if (octet[i] > 255) {
                    return true;
                }
            }
            return octet[0] == 0 || octet[0] == 10 || octet[0] == 127 || octet[0] >= 224
                    || (octet[0] == 100 && (octet[1] & 0xc0) == 64)
                    || (octet[0] == 169 && octet[1] == 254)
                    || (octet[0] == 172 && (octet[1] & 0xf0) == 16)
                    || (octet[0] == 192 && octet[1] == 168)
                    || (octet[0] == 192 && octet[1] == 0 && (octet[2] == 0 || octet[2] == 2))
                    || (octet[0] == 198 && (octet[1] & 0xfe) == 18);
        }
        return NUMERIC.matcher(host).matches();
    }

    /** Only global unicast (2000::/3) is public; a literal that does not parse is not. */
    private static boolean isGlobalIpv6(String literal) {
        if (!literal.contains(":")) {
            return false;
        }
        try {
            byte[] bytes = InetAddress.getByName(literal).getAddress();
            return bytes.length == 16 && (bytes[0] & 0xe0) == 0x20;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
