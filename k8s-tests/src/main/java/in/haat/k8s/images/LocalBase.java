package in.haat.k8s.images;

import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.spi.ToolProvider;

/**
 * The base CI builds on, because no container registry is reachable there: a Java runtime made with jlink from
 * the JDK that runs the build, the few glibc libraries it links against from the build machine's Debian package
 * libc6, and a passwd entry for the non-root user. Never published (ImageBuilder refuses to push it); a release
 * builds on the pinned production base instead.
 */
final class LocalBase {

    static final String JAVA_HOME = "/opt/java";
    static final String USER = "185";

    /** Modules a Quarkus service on Vert.x, Hibernate, Kafka (SASL) and JDBC needs, and the JDK's diagnostics. */
    private static final String MODULES = "java.se,jdk.unsupported,jdk.crypto.cryptoki,jdk.naming.dns,jdk.zipfs,"
            + "jdk.management,jdk.jfr,jdk.security.auth,jdk.security.jgss,jdk.net,jdk.charsets,jdk.localedata";

    /** What java links against (ldd of bin/java and lib/server/libjvm.so) plus glibc's DNS and files lookups. */
    private static final List<String> GLIBC = List.of("ld-linux-x86-64.so.2", "libc.so.6", "libm.so.6", "libdl.so.2",
            "libpthread.so.0", "librt.so.1", "libresolv.so.2", "libnss_dns.so.2", "libnss_files.so.2");

    private static final Path DPKG_LIST = Path.of("/var/lib/dpkg/info/libc6:amd64.list");
    private static final Instant FILE_TIME = Instant.ofEpochSecond(1);

    private final Path work;

    LocalBase(Path work) {
        this.work = work;
    }

    /** The base's layers, bottom first. */
    List<FileEntriesLayer> layers() throws IOException {
        return List.of(glibcLayer(), etcLayer(), javaLayer());
    }

    /** Environment the base gives: where java is. */
    Map<String, String> environment() {
        return Map.of("JAVA_HOME", JAVA_HOME, "PATH", JAVA_HOME + "/bin:/usr/local/bin:/usr/bin:/bin");
    }

    /** What went into it, for the image's labels. */
    Map<String, String> provenance() throws IOException {
        Map<String, String> labels = new TreeMap<>();
        labels.put("in.haat.base", "ci-local: not for production");
        labels.put("in.haat.ci-base.java", Runtime.version().toString() + " (" + System.getProperty("java.vendor") + ")");
        labels.put("in.haat.ci-base.glibc", "Debian libc6 " + libc6Version());
        return labels;
    }

    private FileEntriesLayer glibcLayer() throws IOException {
        if (!Files.isReadable(DPKG_LIST)) {
            throw new IllegalStateException("the CI base takes glibc from Debian's libc6 package, and " + DPKG_LIST
                    + " is missing: build on a Debian machine, or with -Dhaat.image.base=production");
        }
        List<String> packaged = Files.readAllLines(DPKG_LIST);
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("glibc");
        for (String library : GLIBC) {
            Path installed = packaged.stream().filter(line -> line.endsWith("/" + library)).map(Path::of)
                    .filter(Files::exists).findFirst()
                    .orElseThrow(() -> new IllegalStateException(library + " is not in Debian's libc6 here"));
            Path real = installed.toRealPath();
            layer.addEntry(real, AbsoluteUnixPath.get("/lib/x86_64-linux-gnu/" + library), FilePermissions.fromOctalString("755"), FILE_TIME);
            if (library.startsWith("ld-linux")) {
                // The program interpreter every x86-64 binary names.
                layer.addEntry(real, AbsoluteUnixPath.get("/lib64/" + library), FilePermissions.fromOctalString("755"), FILE_TIME);
            }
        }
        return layer.build();
    }

    private FileEntriesLayer etcLayer() throws IOException {
        Path etc = Files.createDirectories(work.resolve("etc"));
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        Files.writeString(etc.resolve("passwd"), "root:x:0:0:root:/root:/sbin/nologin\n"
                + "default:x:" + USER + ":" + USER + ":Haat service:/tmp:/sbin/nologin\n", StandardCharsets.UTF_8);
        Files.writeString(etc.resolve("group"), "root:x:0:\ndefault:x:" + USER + ":\n", StandardCharsets.UTF_8);
        Files.writeString(etc.resolve("nsswitch.conf"), "passwd: files\ngroup: files\nhosts: files dns\n", StandardCharsets.UTF_8);
        FilePermissions readable = FilePermissions.fromOctalString("644");
        return FileEntriesLayer.builder().setName("etc")
                .addEntry(etc.resolve("passwd"), AbsoluteUnixPath.get("/etc/passwd"), readable, FILE_TIME)
                .addEntry(etc.resolve("group"), AbsoluteUnixPath.get("/etc/group"), readable, FILE_TIME)
                .addEntry(etc.resolve("nsswitch.conf"), AbsoluteUnixPath.get("/etc/nsswitch.conf"), readable, FILE_TIME)
                // Kubernetes mounts an emptyDir here; without one (a plain container run) anyone may write.
                .addEntry(tmp, AbsoluteUnixPath.get("/tmp"), FilePermissions.fromOctalString("777"), FILE_TIME)
                .build();
    }

    private FileEntriesLayer javaLayer() throws IOException {
        Path runtime = work.resolve("java");
        if (!Files.exists(runtime.resolve("bin/java"))) {
            jlink(runtime);
        }
        return FileEntriesLayer.builder().setName("java")
                .addEntryRecursive(runtime, AbsoluteUnixPath.get(JAVA_HOME),
                        (source, target) -> FilePermissions.fromOctalString(
                                Files.isDirectory(source) || Files.isExecutable(source) ? "755" : "644"),
                        (source, target) -> FILE_TIME)
                .build();
    }

    private static void jlink(Path output) throws IOException {
        ToolProvider jlink = ToolProvider.findFirst("jlink")
                .orElseThrow(() -> new IllegalStateException("jlink is missing: the build must run on a JDK"));
        Files.createDirectories(output.getParent());
        StringWriter log = new StringWriter();
        int status = jlink.run(new PrintWriter(log), new PrintWriter(log), "--add-modules", MODULES, "--strip-debug",
                "--no-header-files", "--no-man-pages", "--compress=zip-6", "--output", output.toString());
        if (status != 0) {
            throw new IllegalStateException("jlink failed (" + status + "): " + log);
        }
    }

    private static String libc6Version() throws IOException {
        Path status = Path.of("/var/lib/dpkg/status");
        if (!Files.isReadable(status)) {
            return "unknown";
        }
        String block = Optional.of(Files.readString(status)).map(s -> {
            int at = s.indexOf("Package: libc6\n");
            return at < 0 ? "" : s.substring(at, Math.max(at, s.indexOf("\n\n", at)));
        }).orElse("");
        return block.lines().filter(line -> line.startsWith("Version: ")).map(line -> line.substring(9)).findFirst()
                .orElse("unknown");
    }
}
