package dev.tradedesk.adapter.security.accounts;

/**
 * Argon2id cost parameters. The defaults are OWASP's first recommendation (Password Storage Cheat
 * Sheet): 19 MiB of memory, 2 iterations, 1 lane.
 */
public record Argon2Settings(int memoryKib, int iterations, int parallelism) {

    public static final Argon2Settings OWASP = new Argon2Settings(19_456, 2, 1);

    public Argon2Settings {
        if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("Argon2 needs iterations >= 1, parallelism >= 1, memory >= 8 KiB per lane");
        }
    }
}
