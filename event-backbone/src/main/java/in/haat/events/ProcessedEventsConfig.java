package in.haat.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long consumers keep the marks of the events they applied (prefix {@code haat.processed-events}). */
@ConfigMapping(prefix = "haat.processed-events")
public interface ProcessedEventsConfig {

    /**
     * How long a mark is kept. It must outlive every way an event can come again: Kafka's retention of the topics (30
     * days in k8s/) and so a group whose offsets expired reading a topic from its start ({@code auto.offset.reset=earliest}).
     * A mark purged before its event left the topic lets that event be applied twice.
     */
    @WithDefault("P35D")
    Duration retention();

    /** How often marks older than {@link #retention()} are deleted (read by {@code @Scheduled}, hence a string). */
    @WithDefault("10m")
    String purgeInterval();

    /** How many marks one purge transaction deletes; a purge deletes chunk after chunk until none is left. */
    @WithDefault("10000")
    int purgeChunk();
}
