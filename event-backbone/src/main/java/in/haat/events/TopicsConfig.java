package in.haat.events;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The name every Haat topic really has on the broker (prefix {@code haat.kafka}): the logical name (an outbox row's
 * topic, {@code deploy/topics.txt}) after an optional prefix, so that several deployments, or several test suites run
 * at once, can share one broker without reading each other's events. Consumers name theirs in application.properties
 * as {@code ${haat.kafka.topic-prefix:}haat.…}; the outbox relay applies it to every row it sends.
 */
@ConfigMapping(prefix = "haat.kafka")
public interface TopicsConfig {

    /** Put before every topic name; none by default (environment: {@code HAAT_KAFKA_TOPIC_PREFIX}). */
    Optional<String> topicPrefix();

    /** The broker's name of a logical topic. */
    default String onBroker(String topic) {
        return topicPrefix().map(prefix -> prefix + topic).orElse(topic);
    }
}
