package in.haat.gateway.config;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one reactive HTTP client the gateway calls out with (registry look-ups, callbacks to buyer apps). */
public class HttpClient {

    @Produces
    @Singleton
    WebClient webClient(Vertx vertx) {
        return WebClient.create(vertx);
    }

    void close(@Disposes WebClient client) {
        client.close();
    }
}
