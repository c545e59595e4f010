package in.haat.catalogue;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The production body limit, for tests that send real catalogues (a 10,000-item body is about 9 MB). The default
 * test profile keeps a small limit, so that ErrorShapeTest goes over it with a body that still fits in the
 * socket buffers (the server answers 413 without reading the body, then closes). A 10,000-item upsert can be silent
 * on its connection for longer than the tests' 10 s idle timeout, so these tests have the production one.
 */
public class LargeBodies implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.limits.max-body-size", "32M", "haat.http.idle-timeout", "75s");
    }
}
