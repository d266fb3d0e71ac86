package dev.tradedesk.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/** Who this JVM runs as, read from {@code /proc/self/status} (Linux); elsewhere it is unknown. */
final class ProcessUser {

    /** The uid and gid of {@code nobody}/{@code nogroup} on Debian and most other Linux distributions. */
    static final int NOBODY = 65534;

    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessUser() {
    }

    /** True when the effective user is root, the case in which PostgreSQL refuses to run. */
    static boolean isRoot() {
        OptionalInt uid = effectiveUid();
        return uid.isPresent() && uid.getAsInt() == 0;
    }

    /** The effective uid of this JVM, or empty where {@code /proc} does not tell it (not Linux). */
    static OptionalInt effectiveUid() {
        if (!Files.isReadable(STATUS)) {
            return OptionalInt.empty();
        }
        try {
            // "Uid:\t<real>\t<effective>\t<saved>\t<filesystem>"
            return Files.readAllLines(STATUS).stream()
                    .filter(line -> line.startsWith("Uid:"))
                    .map(line -> line.substring("Uid:".length()).trim().split("\\s+"))
                    .filter(ids -> ids.length >= 2)
                    .mapToInt(ids -> Integer.parseInt(ids[1]))
                    .findFirst();
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
