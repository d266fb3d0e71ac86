package dev.tradedesk.adapter.security.accounts;

import dev.tradedesk.application.accounts.port.out.PasswordHasher;
import dev.tradedesk.domain.accounts.PlainPassword;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id with Bouncy Castle, in the PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash},
 * unpadded base64, as Spring Security's {@code Argon2PasswordEncoder} writes it), so that every hash
 * carries its own parameters and old hashes still verify after the settings change.
 *
 * <p>The hash's memory (1 KiB blocks, {@code m} of them) is taken from a pool shared by the hashes
 * running at once and given back, cleared, when each ends, instead of being allocated afresh: without
 * it every sign-in allocates 19 MiB that stays live for the whole hash, which at tens of sign-ins per
 * second made young collections copy it and slowed each hash two to three times on a default-sized heap
 * (docs/benchmarks.md, figure 1). The pool keeps the memory of {@code pooledHashes} hashes of the
 * configured cost; a hash beyond that allocates its own.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /** Largest memory cost a stored hash may ask for (4 GiB), so a tampered row cannot exhaust the heap. */
    private static final int MAX_MEMORY_KIB = 1 << 22;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2(id|i|d)(?:\\$v=(\\d{1,3}))?\\$m=(\\d{1,8}),t=(\\d{1,4}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();

    private final Argon2Settings settings;
    private final Argon2BytesGenerator.BlockPool pool;
    private final SecureRandom random = new SecureRandom();

    /** A pool for as many hashes at once as there are processors (the default hashing permits). */
    public Argon2PasswordHasher(Argon2Settings settings) {
        this(settings, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param pooledHashes how many hashes of the configured cost keep their memory in the pool (0: none,
     *                     every hash allocates its own); at most this many run at once when hashing is
     *                     bounded by permits
     */
    public Argon2PasswordHasher(Argon2Settings settings, int pooledHashes) {
        if (pooledHashes < 0) {
            throw new IllegalArgumentException("pooledHashes must not be negative: " + pooledHashes);
        }
        this.settings = settings;
        this.pool = pooledHashes == 0 ? null
                : new Argon2BytesGenerator.FixedBlockPool(Math.multiplyExact(pooledHashes, settings.memoryKib()));
    }

    @Override
    public String hash(PlainPassword password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Argon2Parameters parameters = parameters(Argon2Parameters.ARGON2_id, Argon2Parameters.ARGON2_VERSION_13,
                settings.memoryKib(), settings.iterations(), settings.parallelism(), salt);
        byte[] hash = derive(password, parameters, HASH_BYTES);
        return "$argon2id$v=" + Argon2Parameters.ARGON2_VERSION_13
                + "$m=" + settings.memoryKib() + ",t=" + settings.iterations() + ",p=" + settings.parallelism()
                + "$" + BASE64.encodeToString(salt) + "$" + BASE64.encodeToString(hash);
    }

    @Override
    public boolean matches(PlainPassword password, String encodedHash) {
        if (encodedHash == null) {
            return false;
        }
        Matcher phc = PHC.matcher(encodedHash);
        if (!phc.matches()) {
            return false;
        }
        try {
            int type = switch (phc.group(1)) {
                case "id" -> Argon2Parameters.ARGON2_id;
                case "i" -> Argon2Parameters.ARGON2_i;
                default -> Argon2Parameters.ARGON2_d;
            };
            int version = phc.group(2) == null ? Argon2Parameters.ARGON2_VERSION_10 : Integer.parseInt(phc.group(2));
            int memoryKib = Integer.parseInt(phc.group(3));
            int iterations = Integer.parseInt(phc.group(4));
            int parallelism = Integer.parseInt(phc.group(5));
            byte[] salt = Base64.getDecoder().decode(phc.group(6));
            byte[] expected = Base64.getDecoder().decode(phc.group(7));
            boolean knownVersion = version == Argon2Parameters.ARGON2_VERSION_10
                    || version == Argon2Parameters.ARGON2_VERSION_13;
            if (!knownVersion || memoryKib > MAX_MEMORY_KIB || memoryKib < 8 * parallelism || iterations < 1
                    || parallelism < 1 || salt.length < 8 || expected.length < 4) {
                return false;
            }
            byte[] actual = derive(password,
                    parameters(type, version, memoryKib, iterations, parallelism, salt), expected.length);
            return MessageDigest.isEqual(actual, expected);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private Argon2Parameters parameters(int type, int version, int memoryKib, int iterations, int parallelism,
                                        byte[] salt) {
        Argon2Parameters.Builder builder = new Argon2Parameters.Builder(type)
                .withVersion(version)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt);
        if (pool != null) {
            builder.withBlockPool(pool);
        }
        return builder.build();
    }

    private static byte[] derive(PlainPassword password, Argon2Parameters parameters, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.reveal().toCharArray(), out);
        return out;
    }
}
