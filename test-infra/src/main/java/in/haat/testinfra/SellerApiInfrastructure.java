package in.haat.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * Makes a service's seller-facing API testable, next to {@link RealInfrastructure}: tokens are verified
 * with the test-only public key of {@link TestTokens} instead of auth-service's JWKS, and the seller
 * directory reads {@code haat.catalogue.events} from the start under a group of this run's own, so a service
 * running from {@code ./haat up} against the same broker does not take the test's partitions.
 */
public class SellerApiInfrastructure implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                // quarkus-oidc verifies with public-key only while auth-server-url is unset; empty unsets it.
                "quarkus.oidc.auth-server-url", "",
                "quarkus.oidc.public-key", TestTokens.publicKeyBase64(),
                "quarkus.oidc.token.issuer", TestTokens.ISSUER,
                "quarkus.oidc.token.audience", TestTokens.AUDIENCE,
                "mp.messaging.incoming.seller-directory.group.id", "haat-test-" + UUID.randomUUID());
    }

    @Override
    public void stop() {
    }
}
