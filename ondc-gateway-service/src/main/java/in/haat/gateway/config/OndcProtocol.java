package in.haat.gateway.config;

import in.haat.ondc.validation.BecknValidator;
import in.haat.ondc.validation.SchemaCheck;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The ondc-protocol validator for our bpp_id and bpp_uri, its schemas compiled at start so no request pays for them. */
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

    void warmUp(@Observes StartupEvent startup, BecknValidator validator) {
        validator.warmUp();
    }
}
