package dev.tradedesk.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where user namespaces are forbidden (Docker's default seccomp profile), a root JVM runs PostgreSQL as
 * nobody through the re-packed binaries. This test makes a child JVM believe so, with an {@code unshare}
 * that always fails first on its PATH, and checks that it stores and keeps data that way.
 */
class RootWithoutUserNamespacesTest {

    @Test
    void runsPostgresAsNobodyAndKeepsDataAcrossRestarts(@TempDir Path work) throws Exception {
        assumeTrue(ProcessUser.isRoot(), "only as root");
        Path fakeBin = Files.createDirectory(work.resolve("bin"));
        Path unshare = fakeBin.resolve("unshare");
        Files.writeString(unshare, "#!/bin/sh\necho 'unshare: not permitted here' >&2\nexit 1\n");
        Files.setPosixFilePermissions(unshare, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path dataDirectory = Files.createTempDirectory("tradedesk-pg-nobody-"); // under /tmp, reachable by nobody
        Path unreachable = work.resolve("private").resolve("data"); // @TempDir is rwx------
        try {
            ProcessBuilder child = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    RestartProbe.class.getName(), dataDirectory.toString(), unreachable.toString())
                    .redirectErrorStream(true);
            child.environment().put("PATH", fakeBin + ":" + System.getenv("PATH"));
            Process process = child.start();
            String output = new String(process.getInputStream().readAllBytes(), UTF_8);
            assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
            System.out.println(output);

            assertThat(process.exitValue()).as(output).isZero();
            Map<String, String> probe = probe(output);
            assertThat(probe).containsEntry("user", "NOBODY")
                    .containsEntry("postmaster-uid", "65534")
                    .containsEntry("data-owner", "65534")
                    .containsEntry("row", "ETHUSDT");
            assertThat(probe.get("unreachable")).contains("nobody cannot reach it", work + " is not searchable by others");
        } finally {
            try (Stream<Path> paths = Files.walk(dataDirectory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static Map<String, String> probe(String output) {
        Map<String, String> probe = new LinkedHashMap<>();
        for (String line : List.of(output.split("\n"))) {
            if (line.startsWith("probe: ")) {
                String[] keyValue = line.substring("probe: ".length()).split("=", 2);
                probe.put(keyValue[0], keyValue[1]);
            }
        }
        return probe;
    }
}
