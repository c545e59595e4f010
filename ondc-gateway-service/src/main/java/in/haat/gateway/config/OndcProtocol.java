package in.haat.gateway.config;

import in.haat.ondc.validation.BecknValidator;
import in.haat.ondc.validation.SchemaCheck;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The ondc-protocol validator for our bpp_id and bpp_uri. Its schemas are compiled on first use, not at start: all of
 * them took ~3.4 CPU-s and ~100 MB of heap at every start (issue 15), and a deployment meets one or two versions.
 */
public class OndcProtocol {

    @Produces
    @Singleton
    SchemaCheck schemaCheck() {
        return new SchemaCheck();
    }

    @Produces
    @Singleton
    BecknValidator validator(SchemaCheck schemas, BecknConfig config) {
        return new BecknValidator(schemas, config.bppId(), config.bppUri(), config.clockSkew(), config.defaultTtl());
    }
}
