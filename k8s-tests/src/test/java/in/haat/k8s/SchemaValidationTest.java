package in.haat.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every object of every overlay validates against the Kubernetes, Strimzi, CloudNativePG and Prometheus Operator schemas. */
class SchemaValidationTest {

    private static final Schemas SCHEMAS = new Schemas();

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyRenderedObjectIsValid(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        assertTrue(objects.size() > 40, overlay + " renders only " + objects.size() + " objects");
        List<String> problems = objects.stream().flatMap(o -> SCHEMAS.problems(o).stream()).toList();
        assertEquals(List.of(), problems, overlay);
    }

    @Test
    void theSchemasCatchAMisspelledFieldAWrongTypeAndAMissingRequiredField() {
        ObjectNode deployment = Manifests.copy(Manifests.named(Manifests.render("prod"), "Deployment", "auth-service"));
        assertEquals(List.of(), SCHEMAS.problems(deployment));

        ObjectNode misspelled = Manifests.copy(deployment);
        ObjectNode container = (ObjectNode) misspelled.at("/spec/template/spec/containers/0");
        container.set("readinesProbe", container.remove("readinessProbe"));
        assertFalse(SCHEMAS.problems(misspelled).isEmpty(), "readinesProbe is no field of a container");

        ObjectNode wrongType = Manifests.copy(deployment);
        ((ObjectNode) wrongType.at("/spec/template/spec/containers/0/ports/0")).put("containerPort", "eighty");
        assertFalse(SCHEMAS.problems(wrongType).isEmpty(), "containerPort is an integer");

        ObjectNode noTemplate = Manifests.copy(deployment);
        ((ObjectNode) noTemplate.get("spec")).remove("template");
        assertFalse(SCHEMAS.problems(noTemplate).isEmpty(), "a Deployment needs a template");

        ObjectNode topic = Manifests.copy(Manifests.named(Manifests.render("prod"), "KafkaTopic", "haat-dlq"));
        assertEquals(List.of(), SCHEMAS.problems(topic));
        ((ObjectNode) topic.get("spec")).put("partitions", "many");
        assertFalse(SCHEMAS.problems(topic).isEmpty(), "Strimzi's partitions is an integer");

        ObjectNode cluster = Manifests.copy(Manifests.named(Manifests.render("dev"), "Cluster", "haat-pg"));
        assertEquals(List.of(), SCHEMAS.problems(cluster));
        ((ObjectNode) cluster.get("spec")).put("instancess", 3);
        assertFalse(SCHEMAS.problems(cluster).isEmpty(), "CloudNativePG has no spec.instancess");

        ObjectNode unknownKind = Manifests.JSON.createObjectNode().put("apiVersion", "example.com/v1").put("kind", "Widget");
        assertFalse(SCHEMAS.problems(unknownKind).isEmpty(), "an object no schema knows is not accepted");
    }
}
