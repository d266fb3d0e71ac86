package dev.tradedesk.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * For local runs on the embedded database only: a key-encryption key generated on first start and kept
 * beside the data ({@code <data dir>/key-encryption-key}, readable by its owner only), so that signing
 * keys and the tokens they signed survive restarts. Deployments set TRADEDESK_KEY_ENCRYPTION_KEY.
 */
final class LocalKeyEncryptionKey {

    private static final String FILE = "key-encryption-key";

    private LocalKeyEncryptionKey() {
    }

    static String readOrCreate(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        try {
            Files.createDirectories(dataDirectory);
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException raced) {
                    // another process made it first: use theirs
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
