package in.haat.gateway.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import in.haat.events.EventCodec;
import in.haat.gateway.FakeBuyerApp;
import in.haat.ondc.validation.SchemaCheck;
import in.haat.testinfra.KafkaCompanionTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Search tests: a fake buyer app that receives the callbacks, the broker ({@link #kafka}) and database for fixtures, the ONDC schemas. */
abstract class SearchTestBase extends KafkaCompanionTest {

    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper json;
    @Inject
    Pool database;
    @Inject
    SchemaCheck schemas;

    FakeBuyerApp buyerApp;
    SearchFixtures fixtures;

    @BeforeEach
    void start() throws Exception {
        buyerApp = new FakeBuyerApp();
        fixtures = new SearchFixtures(codec, json, database, kafka);
    }

    @AfterEach
    void stop() throws Exception {
        buyerApp.close();
    }
}
