package dev.tradedesk.testsupport;

/** Where a test run's server comes from, in the order {@link TestServers} tries them. */
public enum ServerSource {

    /** The server named by {@code TEST_DATABASE_URL} / {@code TEST_REDIS_URL}, as on CI; started by someone else. */
    ENVIRONMENT,

    /** A container started with Testcontainers, because Docker is available. */
    TESTCONTAINERS,

    /** A server from the embedded-servers module, started in this JVM. */
    EMBEDDED
}
