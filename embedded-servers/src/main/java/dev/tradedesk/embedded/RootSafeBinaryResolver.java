package dev.tradedesk.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * Supplies zonky's PostgreSQL binaries archive re-packed so that a JVM running as root can start
 * PostgreSQL, which refuses to run as root, where zonky's own way (a user namespace) is not allowed;
 * see {@link PostgresUser#NOBODY}.
 *
 * <p>{@code bin/initdb} and {@code bin/pg_ctl} become {@code bin/initdb.bin} and {@code bin/pg_ctl.bin}
 * (PostgreSQL still finds {@code postgres} beside them), and small {@code sh} scripts take their names
 * (see {@code run-as-nobody.sh}): as root they hand the binaries and the new data directory to
 * {@code nobody} and run the real tool through {@code setpriv} as {@code nobody}; as anyone else they
 * run it unchanged.
 *
 * <p>Re-compressing takes seconds, so the result is cached in {@code java.io.tmpdir}, keyed by the
 * original archive and the script; within one JVM zonky itself also remembers the extracted binaries
 * per resolver instance, which is why there is a single {@link #INSTANCE}.
 */
final class RootSafeBinaryResolver implements PgBinaryResolver {

    static final RootSafeBinaryResolver INSTANCE = new RootSafeBinaryResolver(
            DefaultPostgresBinaryResolver.INSTANCE,
            Path.of(System.getProperty("java.io.tmpdir"), "tradedesk-embedded-pg"));

    static final List<String> WRAPPED_TOOLS = List.of("initdb", "pg_ctl");

    private static final Logger log = LoggerFactory.getLogger(RootSafeBinaryResolver.class);
    private static final String WRAPPER_TEMPLATE = loadWrapperTemplate();
    /** The fastest preset: the archive is extracted once per machine, its size hardly matters. */
    private static final int XZ_PRESET = 0;

    private final PgBinaryResolver original;
    private final Path cacheDirectory;

    RootSafeBinaryResolver(PgBinaryResolver original, Path cacheDirectory) {
        this.original = original;
        this.cacheDirectory = cacheDirectory;
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        byte[] archive;
        try (InputStream in = original.getPgBinary(system, machineHardware)) {
            archive = in.readAllBytes();
        }
        Optional<Path> cache = usableCacheDirectory();
        if (cache.isEmpty()) {
            ByteArrayOutputStream repacked = new ByteArrayOutputStream(archive.length + archive.length / 4);
            repackTimed(archive, repacked);
            return new ByteArrayInputStream(repacked.toByteArray());
        }
        Path cached = cache.get().resolve("postgres-" + system + "-" + machineHardware + "-" + cacheKey(archive) + ".txz");
        if (Files.isRegularFile(cached)) {
            log.debug("Using PostgreSQL binaries re-packed for root from {}", cached);
        } else {
            Path partial = Files.createTempFile(cache.get(), "repacking-", ".txz.tmp");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                    repackTimed(archive, out);
                }
                moveIntoPlace(partial, cached);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        return new BufferedInputStream(Files.newInputStream(cached));
    }

    /**
     * Copies a zonky binaries archive (tar in xz), renaming the wrapped tools to {@code <tool>.bin} and
     * adding the wrapper scripts under their names. Every other entry is copied unchanged.
     */
    static void repack(InputStream txz, OutputStream out) throws IOException {
        Map<String, TarArchiveEntry> wrapped = new LinkedHashMap<>();
        try (TarArchiveInputStream tarIn = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(txz)));
             TarArchiveOutputStream tarOut = new TarArchiveOutputStream(new XZOutputStream(out, new LZMA2Options(XZ_PRESET)))) {
            tarOut.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tarOut.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            TarArchiveEntry entry;
            while ((entry = tarIn.getNextEntry()) != null) {
                String name = entry.getName();
                Optional<String> tool = wrappedTool(entry);
                if (tool.isPresent()) {
                    wrapped.put(tool.get(), entry);
                    entry.setName(name + ".bin");
                }
                tarOut.putArchiveEntry(entry);
                if (entry.isFile()) {
                    tarIn.transferTo(tarOut);
                }
                tarOut.closeArchiveEntry();
                entry.setName(name);
            }
            if (!wrapped.keySet().containsAll(WRAPPED_TOOLS)) {
                throw new IllegalStateException("The PostgreSQL binaries archive has no bin/initdb or bin/pg_ctl: "
                        + "its layout changed, the root workaround in " + RootSafeBinaryResolver.class.getName()
                        + " needs updating");
            }
            for (Map.Entry<String, TarArchiveEntry> tool : wrapped.entrySet()) {
                byte[] script = wrapperScript(tool.getKey()).getBytes(UTF_8);
                TarArchiveEntry scriptEntry = new TarArchiveEntry(tool.getValue().getName());
                scriptEntry.setMode(0100755);
                scriptEntry.setSize(script.length);
                scriptEntry.setModTime(tool.getValue().getModTime()); // the same bytes on every re-pack
                tarOut.putArchiveEntry(scriptEntry);
                tarOut.write(script);
                tarOut.closeArchiveEntry();
            }
            tarOut.finish();
        }
    }

    /** The {@code sh} script that takes the place of {@code tool}, one of {@link #WRAPPED_TOOLS}. */
    static String wrapperScript(String tool) {
        return WRAPPER_TEMPLATE.replace("@TOOL@", tool);
    }

    private static Optional<String> wrappedTool(TarArchiveEntry entry) {
        if (!entry.isFile()) {
            return Optional.empty();
        }
        String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
        return WRAPPED_TOOLS.stream().filter(tool -> name.equals("bin/" + tool)).findFirst();
    }

    private static void repackTimed(byte[] archive, OutputStream out) throws IOException {
        log.info("This JVM runs as root, which PostgreSQL refuses: re-packing the PostgreSQL binaries so that "
                + "initdb and pg_ctl run as nobody (uid 65534)");
        long started = System.nanoTime();
        repack(new ByteArrayInputStream(archive), out);
        log.info("Re-packed the PostgreSQL binaries in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The cache directory, created private to this user; empty (no caching) if it cannot be created or
     * could be written by others, since whatever it holds is later run as root.
     */
    private Optional<Path> usableCacheDirectory() {
        try {
            if (!Files.isDirectory(cacheDirectory)) {
                try {
                    Files.createDirectories(cacheDirectory,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } catch (FileAlreadyExistsException raced) {
                    // created meanwhile by another JVM; checked below like any existing directory
                }
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(cacheDirectory);
            Object owner = Files.getAttribute(cacheDirectory, "unix:uid");
            OptionalInt self = ProcessUser.effectiveUid();
            boolean ownedBySelf = self.isPresent() && owner instanceof Integer uid && uid == self.getAsInt();
            if (ownedBySelf
                    && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                return Optional.of(cacheDirectory);
            }
            log.warn("Not caching the re-packed PostgreSQL binaries: {} is not private to this user", cacheDirectory);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            log.warn("Not caching the re-packed PostgreSQL binaries: {} is unusable ({})", cacheDirectory, e.toString());
        }
        return Optional.empty();
    }

    private static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String cacheKey(byte[] archive) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(archive);
            sha256.update(WRAPPER_TEMPLATE.getBytes(UTF_8));
            sha256.update((byte) XZ_PRESET);
            return HexFormat.of().formatHex(sha256.digest()).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static String loadWrapperTemplate() {
        try (InputStream in = RootSafeBinaryResolver.class.getResourceAsStream("run-as-nobody.sh")) {
            if (in == null) {
                throw new IllegalStateException("run-as-nobody.sh is missing beside " + RootSafeBinaryResolver.class);
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
