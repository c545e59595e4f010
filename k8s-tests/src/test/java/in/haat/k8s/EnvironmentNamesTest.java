package in.haat.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every environment variable the manifests give a service is one the service reads, and none it needs is missing. */
class EnvironmentNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyVariableIsReadByItsService(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        List<String> unknown = new ArrayList<>();
        for (String service : Manifests.SERVICES) {
            ServiceConfig config = new ServiceConfig(Manifests.root(), service);
            Manifests.environment(objects, Manifests.named(objects, "Deployment", service)).keySet().stream()
                    .filter(name -> !config.reads(name)).forEach(name -> unknown.add(service + ": " + name));
        }
        assertEquals(List.of(), unknown, overlay + ": variables no service reads (a renamed key?)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceGetsWhatItNeeds(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        for (String service : Manifests.SERVICES) {
            ServiceConfig config = new ServiceConfig(Manifests.root(), service);
            Map<String, String> env = Manifests.environment(objects, Manifests.named(objects, "Deployment", service));
            List<String> needed = new ArrayList<>(List.of("QUARKUS_HTTP_PORT", "HAAT_DB_HOST", "HAAT_DB_PORT", "HAAT_DB_NAME",
                    "HAAT_DB_SSL_MODE", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS",
                    "KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_JAAS_CONFIG", "HAAT_AUTH_ISSUER", "HAAT_LOG_JSON"));
            if (!service.equals("auth-service")) {
                needed.add("HAAT_AUTH_URL");
            }
            if (service.equals("ondc-gateway-service")) {
                needed.addAll(List.of("HAAT_ONDC_BPP_ID", "HAAT_ONDC_BPP_URI", "HAAT_ONDC_SIGNING_PRIVATE_KEY",
                        "HAAT_ONDC_ENCRYPTION_PRIVATE_KEY", "HAAT_ONDC_REGISTRY_URL"));
            }
            for (String name : needed) {
                assertFalse(env.getOrDefault(name, "").isBlank(), overlay + " " + service + " lacks " + name);
            }
            assertEquals(config.properties.getProperty("haat.db.name"), env.get("HAAT_DB_NAME"), service + "'s database");
            assertEquals(config.properties.getProperty("quarkus.http.port"), env.get("QUARKUS_HTTP_PORT"), service + "'s port");
        }
    }

    @Test
    void theCheckKnowsTheServicesKeysAndRefusesOthers() {
        ServiceConfig gateway = new ServiceConfig(Manifests.root(), "ondc-gateway-service");
        assertTrue(gateway.reads("HAAT_ONDC_MAX_BODY_SIZE"), "BecknConfig.maxBodySize");
        assertTrue(gateway.reads("HAAT_DB_HOST"), "application.properties");
        assertTrue(gateway.reads("HAAT_AUTH_URL"), "api-support's ${haat.auth.url}");
        assertTrue(gateway.reads("KAFKA_SASL_JAAS_CONFIG"), "a Kafka client setting");
        assertFalse(gateway.reads("HAAT_ONDC_MAX_BODY"), "no such key");
        assertFalse(gateway.reads("KAFKA_SASL_JAAS_CONFIGS"), "no such Kafka setting");
        assertFalse(gateway.reads("HAAT_AUTH_ADMIN_TOKEN"), "auth-service's, not the gateway's");
        assertTrue(new ServiceConfig(Manifests.root(), "auth-service").reads("HAAT_AUTH_ADMIN_TOKEN"), "AuthConfig.adminToken");
    }
}
