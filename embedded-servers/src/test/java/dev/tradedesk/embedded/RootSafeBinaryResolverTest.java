package dev.tradedesk.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

class RootSafeBinaryResolverTest {

    @Test
    void renamesInitdbAndPgCtlAndPutsWrappersInTheirPlace() throws IOException {
        byte[] archive = txz(List.of(
                directory("bin/"),
                file("bin/initdb", "real initdb"),
                file("bin/pg_ctl", "real pg_ctl"),
                file("bin/postgres", "real postgres"),
                symlink("lib/libpq.so", "libpq.so.5"),
                file("share/postgresql/postgres.bki", "catalog")));

        Map<String, String> repacked = contents(repack(archive));

        assertThat(repacked.keySet()).containsExactly("bin/", "bin/initdb.bin", "bin/pg_ctl.bin", "bin/postgres",
                "lib/libpq.so -> libpq.so.5", "share/postgresql/postgres.bki", "bin/initdb", "bin/pg_ctl");
        assertThat(repacked).containsEntry("bin/initdb.bin", "real initdb")
                .containsEntry("bin/pg_ctl.bin", "real pg_ctl")
                .containsEntry("bin/postgres", "real postgres")
                .containsEntry("bin/initdb", RootSafeBinaryResolver.wrapperScript("initdb"))
                .containsEntry("bin/pg_ctl", RootSafeBinaryResolver.wrapperScript("pg_ctl"));
        assertThat(RootSafeBinaryResolver.wrapperScript("pg_ctl"))
                .startsWith("#!/bin/sh")
                .contains("real=\"$bin_dir/pg_ctl.bin\"")
                .doesNotContain("@TOOL@");
        assertThat(repack(archive)).as("the same bytes every time").isEqualTo(repack(archive));
    }

    @Test
    void refusesAnArchiveWithoutTheTools() throws IOException {
        byte[] archive = txz(List.of(file("bin/postgres", "real postgres")));

        assertThatThrownBy(() -> repack(archive))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bin/initdb");
    }

    @Test
    void repacksTheShippedLinuxBinariesAndCachesThem() throws IOException {
        // the shared instance and cache: re-packing the real archive takes seconds, once per machine
        RootSafeBinaryResolver resolver = RootSafeBinaryResolver.INSTANCE;

        List<String> names;
        try (InputStream repacked = resolver.getPgBinary("Linux", "x86_64")) {
            names = names(repacked);
        }

        assertThat(names).contains("bin/initdb", "bin/initdb.bin", "bin/pg_ctl", "bin/pg_ctl.bin", "bin/postgres")
                .doesNotHaveDuplicates();
        try (InputStream original = RootSafeBinaryResolverTest.class.getResourceAsStream("/postgres-linux-x86_64.txz")) {
            assertThat(names).hasSize(names(original).size() + 2);
        }
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "tradedesk-embedded-pg");
        try (Stream<Path> cached = Files.list(cache)) {
            assertThat(cached.map(path -> path.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("postgres-Linux-x86_64-") && name.endsWith(".txz"));
        }
        try (InputStream again = resolver.getPgBinary("Linux", "x86_64")) {
            assertThat(names(again)).isEqualTo(names);
        }
    }

    @Test
    void wrapperRunsTheRealToolAsNobodyWithItsArgumentsAndGivesItTheDataDirectory() throws Exception {
        assumeTrue(ProcessUser.isRoot(), "only as root");
        Path pgDir = Files.createTempDirectory("tradedesk-wrapper-test-"); // under /tmp, reachable by nobody
        try {
            Path bin = Files.createDirectories(pgDir.resolve("bin"));
            Path report = pgDir.resolve("report.txt");
            Files.writeString(bin.resolve("initdb"), RootSafeBinaryResolver.wrapperScript("initdb"));
            Files.writeString(bin.resolve("initdb.bin"), "#!/bin/sh\n{ id -u; for a in \"$@\"; do echo \"[$a]\"; done; } > " + report + "\n");
            Files.setPosixFilePermissions(bin.resolve("initdb"), PosixFilePermissions.fromString("rwxr--r--"));
            Files.setPosixFilePermissions(bin.resolve("initdb.bin"), PosixFilePermissions.fromString("rwxr--r--"));
            Path dataDir = Files.createDirectory(pgDir.resolve("data"));
            Files.createFile(report);
            Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw-rw-"));

            Process process = new ProcessBuilder(bin.resolve("initdb").toString(), "-A", "trust", "-D", dataDir.toString(),
                    "-o", "-p 5432 -F").redirectErrorStream(true).start();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes(), UTF_8)).isZero();

            assertThat(Files.readAllLines(report)).containsExactly(
                    "65534", "[-A]", "[trust]", "[-D]", "[" + dataDir + "]", "[-o]", "[-p 5432 -F]");
            assertThat(EmbeddedPostgresServer.ownerUid(dataDir)).hasValue(ProcessUser.NOBODY);
            assertThat(Files.getPosixFilePermissions(bin.resolve("initdb.bin")))
                    .as("made executable for nobody").isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
        } finally {
            try (Stream<Path> paths = Files.walk(pgDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static byte[] repack(byte[] archive) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RootSafeBinaryResolver.repack(new ByteArrayInputStream(archive), out);
        return out.toByteArray();
    }

    private static byte[] txz(List<Entry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new XZOutputStream(bytes, new LZMA2Options(0)))) {
            for (Entry entry : entries) {
                tar.putArchiveEntry(entry.header());
                tar.write(entry.content());
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Entry name (with " -> target" for links) to content, in archive order. */
    private static Map<String, String> contents(byte[] txz) throws IOException {
        Map<String, String> contents = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(txz)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String name = entry.isSymbolicLink() ? entry.getName() + " -> " + entry.getLinkName() : entry.getName();
                contents.put(name, new String(tar.readAllBytes(), UTF_8));
            }
        }
        return contents;
    }

    private static List<String> names(InputStream txz) throws IOException {
        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(txz))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private record Entry(TarArchiveEntry header, byte[] content) {
    }

    private static Entry directory(String name) {
        return new Entry(new TarArchiveEntry(name), new byte[0]);
    }

    private static Entry file(String name, String content) {
        byte[] bytes = content.getBytes(UTF_8);
        TarArchiveEntry header = new TarArchiveEntry(name);
        header.setSize(bytes.length);
        header.setMode(0100755);
        return new Entry(header, bytes);
    }

    private static Entry symlink(String name, String target) {
        TarArchiveEntry header = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
        header.setLinkName(target);
        return new Entry(header, new byte[0]);
    }
}
