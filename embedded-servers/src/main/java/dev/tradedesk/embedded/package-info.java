/**
 * Embedded PostgreSQL 17 ({@link dev.tradedesk.embedded.EmbeddedPostgresServer}) and Redis
 * ({@link dev.tradedesk.embedded.EmbeddedRedisServer}), run from binaries shipped in jars: the
 * application uses them when no {@code DATABASE_URL}/{@code REDIS_URL} is given, and tests use them
 * when there is neither a configured server nor Docker. Both also work when the JVM runs as root.
 */
package dev.tradedesk.embedded;
