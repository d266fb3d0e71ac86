import dev.tradedesk.adapter.security.accounts.Argon2PasswordHasher;
import dev.tradedesk.adapter.security.accounts.Argon2Settings;
import dev.tradedesk.domain.accounts.PlainPassword;
import java.util.Arrays;

/**
 * The hash-bound limit of password sign-in (benchmark figure 1): how long one Argon2id check takes
 * with the configured parameters, through the service's own adapter class
 * ({@link Argon2PasswordHasher}), on one thread, after warming up the JIT.
 *
 * <p>Run on the class path of the packaged service's libraries (bench/run does it):
 * {@code java -cp 'libs/*' bench/HashTime.java <memoryKib> <iterations> <parallelism> <samples> <password>}
 *
 * <p>Prints {@code hash_ms=<median ms of one check>}, {@code hash=<PHC string of password>} (the hash
 * the seeded benchmark accounts get) and {@code parallel_per_s=} (checks per second with one thread per
 * core hashing at once).
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
        Thread[] workers = new Thread[threads];
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                for (int i = 0; i < samples; i++) {
                    check(hasher, password, hash);
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
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("parallel_per_s=%.2f%n", threads * samples / seconds);
    }

    private static void check(Argon2PasswordHasher hasher, PlainPassword password, String hash) {
        if (!hasher.matches(password, hash)) {
            throw new IllegalStateException("Argon2 check failed");
        }
    }
}
