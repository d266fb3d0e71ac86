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
 * <p>Prints {@code hash_ms=<median ms of one check>} and {@code hash=<PHC string of password>}, the hash
 * the seeded benchmark accounts get.
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
    }

    private static void check(Argon2PasswordHasher hasher, PlainPassword password, String hash) {
        if (!hasher.matches(password, hash)) {
            throw new IllegalStateException("Argon2 check failed");
        }
    }
}
