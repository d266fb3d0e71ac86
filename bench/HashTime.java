import dev.tradedesk.adapter.security.accounts.Argon2PasswordHasher;
import dev.tradedesk.adapter.security.accounts.Argon2Settings;
import dev.tradedesk.domain.accounts.PlainPassword;
import java.util.Arrays;
import java.util.function.IntToLongFunction;

/**
 * The hash-bound limit of password sign-in (benchmark figure 1): how long one Argon2id check takes
 * with the configured parameters, through the service's own adapter class
 * ({@link Argon2PasswordHasher}), on one thread, after warming up the JIT.
 *
 * <p>Run on the class path of the packaged service's libraries (bench/run does it):
 * {@code java -cp 'libs/*' bench/HashTime.java <memoryKib> <iterations> <parallelism> <samples> <password>}
 *
 * <p>Prints {@code hash_ms=<median ms of one check>}, {@code hash=<PHC string of password>} (the hash
 * the seeded benchmark accounts get), {@code parallel_per_s=} (checks per second with one thread per
 * core hashing at once) and {@code scaling_argon2=}, {@code scaling_compute=}, {@code scaling_memory=} (how
 * well that and two controls scale from one thread to one per core; see below).
 */
public class HashTime {

    public static void main(String[] args) {
        int memoryKib = Integer.parseInt(args[0]);
        int iterations = Integer.parseInt(args[1]);
        int parallelism = Integer.parseInt(args[2]);
        int samples = Integer.parseInt(args[3]);
        PlainPassword password = PlainPassword.of(args[4]);

        Argon2PasswordHasher hasher = new Argon2PasswordHasher(new Argon2Settings(memoryKib, iterations, parallelism));
        String hash = hasher.hash(password);
        for (int i = 0; i < Math.max(5, samples / 2); i++) { // warm-up: JIT-compile the Blake2b/Argon2 loops
            check(hasher, password, hash);
        }
        double[] millis = new double[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            check(hasher, password, hash);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = samples % 2 == 1 ? millis[samples / 2] : (millis[samples / 2 - 1] + millis[samples / 2]) / 2;
        System.out.printf("hash_ms=%.3f%n", median);
        System.out.printf("hash_ms_min=%.3f%n", millis[0]);
        System.out.printf("hash_ms_max=%.3f%n", millis[samples - 1]);
        System.out.println("hash=" + hash);

        // not the limit of the issue's definition, a diagnostic: as many threads hashing at once as
        // there are cores, as the service's hashing permits allow. Argon2id is memory-hard, so
        // concurrent hashes share memory bandwidth and caches and may each take longer than one alone.
        int threads = Runtime.getRuntime().availableProcessors();
        double parallel = rate(threads, worker -> {
            check(hasher, password, hash);
            return 0;
        }, 2.0);
        System.out.printf("parallel_per_s=%.2f%n", parallel);
        System.out.printf("scaling_argon2=%.2f%n", parallel / (threads * 1000 / median));

        // Two controls for that diagnostic, to tell what stops concurrent hashes from scaling: the same
        // thread counts on work that stays in each core's own cache (Blake2b, Argon2's hash function, over
        // 1 KiB), and on work that only walks memory the way Argon2 does (a 19 MiB array per thread, 1 KiB
        // blocks, each mixed with an earlier block chosen by its own contents). Scaling = work per second
        // with one thread per core / (cores x work per second with one thread): 1 means the cores do not
        // slow each other down.
        System.out.printf("scaling_compute=%.2f%n", scaling(threads, HashTime::compute));
        System.out.printf("scaling_memory=%.2f%n", scaling(threads, HashTime::walkMemory));
    }

    /**
     * Work units per second with {@code threads} threads / (threads x with one thread), 1 s each, after a
     * warm-up; one thread is measured before and after the threads and the two averaged.
     */
    private static double scaling(int threads, IntToLongFunction unit) {
        rate(threads, unit, 1.5); // warm-up (JIT), and every thread's memory allocated
        double oneBefore = rate(1, unit, 1.0);
        double many = rate(threads, unit, 1.0);
        double oneAfter = rate(1, unit, 1.0);
        return many / (threads * (oneBefore + oneAfter) / 2);
    }

    private static double rate(int threads, IntToLongFunction unit, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long[] done = new long[threads];
        Thread[] workers = new Thread[threads];
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int index = t;
            workers[t] = new Thread(() -> {
                long sink = 0;
                while (System.nanoTime() < deadline) {
                    sink += unit.applyAsLong(index);
                    done[index]++;
                }
                if (sink == 42) {
                    System.out.print(""); // keeps the work from being optimised away
                }
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        return Arrays.stream(done).sum() / ((System.nanoTime() - start) / 1e9);
    }

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final byte[][] BLOCKS = new byte[CORES][1024];

    /** 64 Blake2b-512 digests of a 1 KiB block: in-cache arithmetic only. */
    private static long compute(int worker) {
        byte[] block = BLOCKS[worker];
        org.bouncycastle.crypto.digests.Blake2bDigest digest = new org.bouncycastle.crypto.digests.Blake2bDigest(512);
        byte[] out = new byte[64];
        for (int i = 0; i < 64; i++) {
            digest.update(block, 0, block.length);
            digest.doFinal(out, 0);
            block[i] ^= out[i & 63];
        }
        return out[0];
    }

    private static final int BLOCK_LONGS = 128; // 1 KiB
    private static final long[][] MEMORY = new long[CORES][19 * 1024 * BLOCK_LONGS];

    /** One pass over a 19 MiB array in 1 KiB blocks, each mixed with an earlier block its contents choose. */
    private static long walkMemory(int worker) {
        long[] memory = MEMORY[worker];
        int blocks = memory.length / BLOCK_LONGS;
        long state = memory[0] + 1;
        for (int b = 1; b < blocks; b++) {
            int ref = (int) Long.remainderUnsigned(state, b) * BLOCK_LONGS;
            int at = b * BLOCK_LONGS;
            for (int i = 0; i < BLOCK_LONGS; i++) {
                memory[at + i] ^= memory[ref + i] + memory[at - BLOCK_LONGS + i];
            }
            state = state * 6364136223846793005L + memory[at];
        }
        return state;
    }

    private static void check(Argon2PasswordHasher hasher, PlainPassword password, String hash) {
        if (!hasher.matches(password, hash)) {
            throw new IllegalStateException("Argon2 check failed");
        }
    }
}
