package in.haat.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The configuration a service reads, from its sources: the keys and {@code ${references}} of its
 * application.properties and of the libraries' META-INF/microprofile-config.properties it depends on, the
 * {@code @ConfigMapping} interfaces and {@code @ConfigProperty} names of its and their code. An environment
 * variable a manifest sets must name one of them (or a Kafka client setting, or one of the few Quarkus settings
 * below), so that a renamed key breaks the build instead of a deployment.
 */
final class ServiceConfig {

    /** Quarkus settings the manifests set that no application.properties names, each checked against Quarkus' guides. */
    static final Set<String> QUARKUS_SETTINGS = Set.of(
            "QUARKUS_DATASOURCE_PASSWORD", // quarkus.datasource.password
            "QUARKUS_OIDC_DISCOVERY_ENABLED", // quarkus.oidc.discovery-enabled
            "QUARKUS_OIDC_JWKS_PATH", // quarkus.oidc.jwks-path
            "QUARKUS_SHUTDOWN_TIMEOUT"); // quarkus.shutdown.timeout

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([a-zA-Z0-9.\\-\"_]+)");
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"([^\"]+)\"\\)");
    private static final Pattern METHOD = Pattern.compile("^\\s+(?:[\\w.<>?, ]+)\\s+(\\w+)\\(\\);", Pattern.MULTILINE);
    private static final Pattern PROPERTY = Pattern.compile("@ConfigProperty\\(name = \"([^\"]+)\"");

    final String service;
    final Properties properties = new Properties();
    private final Set<String> names = new TreeSet<>();

    ServiceConfig(Path root, String service) {
        this.service = service;
        Path module = root.resolve(service);
        List<Path> sources = new ArrayList<>(List.of(module));
        String pom = read(module.resolve("pom.xml"));
        // seller-directory comes with api-support as well as on its own (auth-service).
        boolean apiSupport = pom.contains("<artifactId>api-support</artifactId>");
        for (String library : List.of("event-backbone", "api-support", "seller-directory")) {
            if (pom.contains("<artifactId>" + library + "</artifactId>") || library.equals("seller-directory") && apiSupport) {
                sources.add(root.resolve(library));
            }
        }
        load(module.resolve("src/main/resources/application.properties"), properties);
        for (Path source : sources) {
            for (Path file : List.of(source.resolve("src/main/resources/application.properties"),
                    source.resolve("src/main/resources/META-INF/microprofile-config.properties"))) {
                if (Files.exists(file)) {
                    Properties p = new Properties();
                    load(file, p);
                    p.stringPropertyNames().forEach(key -> names.add(env(key.replaceFirst("^%[a-z]+\\.", ""))));
                    p.values().forEach(value -> references(value.toString()));
                }
            }
            javaNames(source.resolve("src/main/java"));
        }
    }

    /** Whether an environment variable of this name is something the service reads. */
    boolean reads(String variable) {
        return names.contains(variable) || QUARKUS_SETTINGS.contains(variable) || kafkaSetting(variable)
                || variable.equals("JAVA_TOOL_OPTIONS");
    }

    /** KAFKA_SECURITY_PROTOCOL is security.protocol for every Kafka client of the service (Quarkus' Kafka config). */
    static boolean kafkaSetting(String variable) {
        if (!variable.startsWith("KAFKA_")) {
            return false;
        }
        String setting = variable.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
        return ProducerConfig.configNames().contains(setting) || ConsumerConfig.configNames().contains(setting)
                || AdminClientConfig.configNames().contains(setting);
    }

    /** MicroProfile Config's environment name of a key: upper case, every other character an underscore. */
    static String env(String key) {
        return key.replace("\"", "").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private void references(String value) {
        Matcher m = REFERENCE.matcher(value);
        while (m.find()) {
            names.add(env(m.group(1)));
        }
    }

    private void javaNames(Path sources) {
        if (!Files.isDirectory(sources)) {
            return;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                String code = read(file);
                Matcher mapping = MAPPING.matcher(code);
                if (mapping.find()) {
                    String prefix = mapping.group(1);
                    Matcher method = METHOD.matcher(code.substring(mapping.end()));
                    while (method.find()) {
                        names.add(env(prefix + "." + method.group(1).replaceAll("([a-z0-9])([A-Z])", "$1-$2")));
                    }
                }
                Matcher property = PROPERTY.matcher(code);
                while (property.find()) {
                    names.add(env(property.group(1)));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void load(Path file, Properties into) {
        try (Reader reader = Files.newBufferedReader(file)) {
            into.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
