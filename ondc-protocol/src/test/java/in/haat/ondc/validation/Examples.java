package in.haat.ondc.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** ONDC's published example requests, copied under test resources examples/: read as the spec means them. */
final class Examples {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** The spec's footnote markers ("domain: ONDC:RET10 [^1]", "bap_id [^3]:"): notes, not content. */
    private static final Pattern FOOTNOTE = Pattern.compile("\\s*\\[\\^\\d+]");

    private Examples() {
    }

    /** One example: its file, the path it is sent to (its folder) and the message. */
    record Example(Path file, String action, ObjectNode body) {
        @Override
        public String toString() {
            return file.toString();
        }
    }

    static List<Example> all() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(Examples::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Example read(Path file) {
        try {
            JsonNode tree = YAML.readTree(FOOTNOTE.matcher(Files.readString(file)).replaceAll(""));
            JsonNode body = tree.has("value") ? tree.get("value") : tree;
            return new Example(root().relativize(file), file.getParent().getFileName().toString(),
                    (ObjectNode) JSON.readTree(JSON.writeValueAsString(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static Path root() {
        try {
            return Paths.get(Examples.class.getResource("/examples").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
