package in.haat.gateway.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.events.EventCodec;
import in.haat.gateway.FakeBuyerApp;
import in.haat.ondc.validation.SchemaCheck;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Search tests: a fake buyer app that receives the callbacks, the broker and database for fixtures, the ONDC schemas. */
abstract class SearchTestBase {

    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper json;
    @Inject
    Pool database;
    @Inject
    SchemaCheck schemas;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    FakeBuyerApp buyerApp;
    KafkaCompanion kafka;
    SearchFixtures fixtures;

    @BeforeEach
    void start() throws Exception {
        buyerApp = new FakeBuyerApp();
        kafka = new KafkaCompanion(bootstrap);
        fixtures = new SearchFixtures(codec, json, database, kafka);
    }

    @AfterEach
    void stop() throws Exception {
        kafka.close();
        buyerApp.close();
    }
}
