package dev.tradedesk.adapter.security.accounts;

import dev.tradedesk.application.accounts.port.out.PasswordHasher;
import dev.tradedesk.domain.accounts.PlainPassword;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id with Bouncy Castle, in the PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash},
 * unpadded base64, as Spring Security's {@code Argon2PasswordEncoder} writes it), so that every hash
 * carries its own parameters and old hashes still verify after the settings change.
 *
 * <p>The hash's memory (1 KiB blocks, {@code m} of them) is reused instead of being allocated afresh:
 * without that every sign-in allocates 19 MiB that stays live for the whole hash, which at tens of
 * sign-ins per second made young collections copy it and slowed each hash two to three times on a
 * default-sized heap (docs/benchmarks.md, figure 1). Each running hash takes a block pool of its own,
 * sized for one hash of the configured cost, and gives it back, cleared, when it ends; up to
 * {@code pooledHashes} such pools are kept, and a hash that finds none idle makes one. One pool shared
 * by the hashes running at once was slower: its lock was taken twice per block by every hash, and the
 * hashes' blocks interleaved in its list, so each hash's memory ended up scattered over the others'
 * (two hashes at once reached 0.58-0.80 of twice one; with a pool each, 0.98; bench/findings.md).
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
    /** Idle block pools, each for one hash of the configured cost; null when nothing is pooled. */
    private final BlockingQueue<OneHashBlockPool> idlePools;
    private final SecureRandom random = new SecureRandom();

    /** A pool for as many hashes at once as there are processors (the default hashing permits). */
    public Argon2PasswordHasher(Argon2Settings settings) {
        this(settings, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param pooledHashes how many hashes' memory of the configured cost is kept between hashes (0: none,
     *                     every hash allocates its own); at most this many run at once when hashing is
     *                     bounded by permits
     */
    public Argon2PasswordHasher(Argon2Settings settings, int pooledHashes) {
        if (pooledHashes < 0) {
            throw new IllegalArgumentException("pooledHashes must not be negative: " + pooledHashes);
        }
        this.settings = settings;
        this.idlePools = pooledHashes == 0 ? null : new ArrayBlockingQueue<>(pooledHashes);
    }

    @Override
    public String hash(PlainPassword password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Argon2Parameters.Builder parameters = parameters(Argon2Parameters.ARGON2_id, Argon2Parameters.ARGON2_VERSION_13,
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

    private static Argon2Parameters.Builder parameters(int type, int version, int memoryKib, int iterations,
                                                       int parallelism, byte[] salt) {
        return new Argon2Parameters.Builder(type)
                .withVersion(version)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt);
    }

    /** The hash, its memory from an idle block pool (or a new one), which is then kept if there is room. */
    private byte[] derive(PlainPassword password, Argon2Parameters.Builder parameters, int length) {
        OneHashBlockPool pool = null;
        if (idlePools != null) {
            pool = idlePools.poll();
            if (pool == null) {
                pool = new OneHashBlockPool(settings.memoryKib());
            }
            parameters.withBlockPool(pool);
        }
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(parameters.build());
            byte[] out = new byte[length];
            generator.generateBytes(password.reveal().toCharArray(), out);
            return out;
        } finally {
            if (pool != null) {
                idlePools.offer(pool); // dropped when enough are idle already
            }
        }
    }

    /**
     * The blocks of one hash at a time (no lock: a pool is taken by one hash and given back when it ends).
     * A block is cleared when it is given back, so idle memory holds nothing derived from a password and
     * a block taken again is all zeros, as a new one is. Bouncy Castle's {@code FixedBlockPool} clears it
     * both when it is given back and when it is taken again: 19 MiB written twice per hash, 4-6% of a
     * check in a trial. Blocks beyond the capacity are cleared and dropped.
     */
    static final class OneHashBlockPool implements Argon2BytesGenerator.BlockPool {

        private final Argon2BytesGenerator.Block[] blocks;
        private int size;

        OneHashBlockPool(int capacity) {
            this.blocks = new Argon2BytesGenerator.Block[capacity];
        }

        @Override
        public Argon2BytesGenerator.Block allocate() {
            if (size == 0) {
                return new Argon2BytesGenerator.Block();
            }
            Argon2BytesGenerator.Block block = blocks[--size];
            blocks[size] = null;
            return block;
        }

        @Override
        public void deallocate(Argon2BytesGenerator.Block block) {
            block.clear();
            if (size < blocks.length) {
                blocks[size++] = block;
            }
        }

        int idleBlocks() {
            return size;
        }
    }
}
