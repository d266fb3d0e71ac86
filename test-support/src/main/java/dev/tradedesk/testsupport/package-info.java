/**
 * Test infrastructure for the other modules' tests (never production code):
 * {@link dev.tradedesk.testsupport.TestServers} picks the PostgreSQL and Redis servers of a test run
 * and gives the run its own database and key prefix, removed at JVM shutdown.
 */
package dev.tradedesk.testsupport;
