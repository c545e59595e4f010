package in.haat.ondc.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;

/**
 * The ONDC API specs we hold (resources/ondc/, as ONDC published them) and which one applies to a message: retail
 * 1.2.0 and 1.2.5 by {@code core_version}; IGM 1.0.0 ({@code core_version} 1.0.0) and 2.0.0 ({@code version} or
 * {@code core_version} 2.0.0, or a retail core_version, as ONDC's own IGM 2.0.0 examples write it) for the issue paths;
 * RSF 2.0 ({@code version} 2.0.0, our own OpenAPI of its message shapes) for /recon, /on_recon, /on_settle, /on_report.
 */
public enum OndcSpec {

    RETAIL_1_2_0("1.2.0", "retail-1.2.0-openapi.yaml"),
    RETAIL_1_2_5("1.2.5", "retail-1.2.5-openapi.yaml"),
    IGM_1_0_0("1.0.0", "igm-1.0.0-openapi.yaml"),
    IGM_2_0_0("2.0.0", "igm-2.0.0-openapi.yaml"),
    RSF_2_0_0("2.0.0", "rsf-2.0.0-openapi.yaml");

    /** The IGM actions, requests and callbacks. */
    public static final Set<String> IGM_ACTIONS = Set.of("issue", "issue_status", "on_issue", "on_issue_status");
    /**
     * The RSF 2.0 actions a receiver NP meets: the collector's /recon and our /on_recon, the settlement agency's
     * /on_settle and /on_report (answers to a /settle or /report, which need no answer of ours).
     */
    public static final Set<String> RSF_ACTIONS = Set.of("recon", "on_recon", "on_settle", "on_report");
    /** The RSF messages we receive that answer something of ours: the sender is their context's bpp, we are its bap. */
    public static final Set<String> RSF_ANSWERS = Set.of("on_settle", "on_report");

    private final String version;
    private final String file;

    OndcSpec(String version, String file) {
        this.version = version;
        this.file = file;
    }

    public String version() {
        return version;
    }

    /** The spec's file name under the classpath folder {@code ondc/}. */
    public String file() {
        return file;
    }

    public boolean igm() {
        return this == IGM_1_0_0 || this == IGM_2_0_0;
    }

    public boolean rsf() {
        return this == RSF_2_0_0;
    }

    /** True if this spec is the one for messages of {@code action} (of some version). */
    public boolean speaks(String action) {
        return rsf() ? RSF_ACTIONS.contains(action) : igm() ? IGM_ACTIONS.contains(action)
                : !IGM_ACTIONS.contains(action) && !RSF_ACTIONS.contains(action);
    }

    /** The spec of a message of {@code action} with this {@code context}; empty for a version we do not speak. */
    public static Optional<OndcSpec> of(String action, JsonNode context) {
        String core = context.path("core_version").asText("");
        if (RSF_ACTIONS.contains(action)) {
            return "2.0.0".equals(context.path("version").asText(core)) ? Optional.of(RSF_2_0_0) : Optional.empty();
        }
        if (IGM_ACTIONS.contains(action)) {
            String version = context.path("version").asText("");
            if ("2.0.0".equals(version) || "2.0.0".equals(core) || (version.isEmpty() && core.startsWith("1.2."))) {
                return Optional.of(IGM_2_0_0);
            }
            return "1.0.0".equals(core) ? Optional.of(IGM_1_0_0) : Optional.empty();
        }
        return switch (core) {
            case "1.2.0" -> Optional.of(RETAIL_1_2_0);
            case "1.2.5" -> Optional.of(RETAIL_1_2_5);
            default -> Optional.empty();
        };
    }
}
