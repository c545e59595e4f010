package in.haat.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** An OCI image layout tarball as ImageBuilder writes it: its reference, manifest and config. */
record OciImage(String reference, JsonNode manifest, JsonNode config, Map<String, Long> blobSizes) {

    static OciImage read(Path tarball) throws IOException {
        Map<String, byte[]> small = new HashMap<>();
        Map<String, Long> sizes = new HashMap<>();
        try (InputStream in = Files.newInputStream(tarball)) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = new String(header, 0, 100).trim().replace("\0", "");
                long size = Long.parseLong(new String(header, 124, 12).replace("\0", "").trim(), 8);
                long padded = (size + 511) / 512 * 512;
                if (size < 1_000_000) {
                    byte[] content = in.readNBytes((int) size);
                    small.put(name, content);
                    in.skipNBytes(padded - size);
                } else {
                    in.skipNBytes(padded);
                }
                sizes.put(name, size);
            }
        }
        JsonNode index = Manifests.JSON.readTree(small.get("index.json"));
        JsonNode entry = index.path("manifests").path(0);
        JsonNode manifest = Manifests.JSON.readTree(small.get(blob(entry.path("digest").asText())));
        JsonNode config = Manifests.JSON.readTree(small.get(blob(manifest.path("config").path("digest").asText())));
        return new OciImage(entry.path("annotations").path("org.opencontainers.image.ref.name").asText(), manifest, config, sizes);
    }

    static String blob(String digest) {
        return "blobs/sha256/" + digest.substring("sha256:".length());
    }
}
