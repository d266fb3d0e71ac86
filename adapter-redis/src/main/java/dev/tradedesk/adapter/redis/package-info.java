/**
 * Redis over Lettuce: only data that can be rebuilt, and every feature degrades to a documented safe
 * behaviour when Redis is down or slow.
 *
 * <table>
 * <caption>What lives in Redis (every name under the node's key prefix)</caption>
 * <tr><th>name</th><th>type</th><th>written by</th><th>without Redis</th></tr>
 * <tr><td>{@code <limit key>}</td><td>hash</td><td>{@code RedisRateLimiter}</td>
 *     <td>{@code RateLimiterUnavailableException}; the caller falls back to per-node counters</td></tr>
 * <tr><td>{@code revocations}</td><td>channel</td><td>{@code LettuceRevocationBus}</td>
 *     <td>nodes catch up from the database on resubscription</td></tr>
 * <tr><td>{@code account-changes}</td><td>channel</td><td>{@code LettuceAccountChangeBus}</td>
 *     <td>nodes stop keeping copies of account fields while their subscription is down and drop them
 *     all when it is back</td></tr>
 * <tr><td>{@code market:ticks}</td><td>channel</td><td>{@code LettuceTickerFanout}</td>
 *     <td>{@code publish} throws {@code FanoutUnavailableException} at once; receivers hear nothing
 *     until Redis is back</td></tr>
 * <tr><td>{@code market:price:<SYMBOL>}</td><td>hash, 1 h TTL</td><td>{@code RedisPriceCache}</td>
 *     <td>reads miss, writes are dropped, nothing throws</td></tr>
 * <tr><td>{@code lease:<name>}</td><td>string, the lease's TTL</td><td>{@code RedisLeases}</td>
 *     <td>nobody holds or gets a lease: the guarded work stops rather than runs twice</td></tr>
 * </table>
 *
 * <p><b>Redis Cluster.</b> A Lua script may only touch keys that hash to one slot. The lease, price
 * cache and rate-limit-release scripts take exactly one key each, so they run on Cluster unchanged;
 * {@code rate-limit-acquire.lua} takes every key of one attempt (e.g. per account and per address),
 * which on Cluster needs those keys to share a hash tag ({@code {...}}) or to be checked one by one.
 * Classic pub/sub channels reach subscribers on every cluster node. What Cluster would still need is a
 * {@code RedisClusterClient} in {@link dev.tradedesk.adapter.redis.common.RedisConnections}, which today
 * connects to one server (or one endpoint in front of a replica set).
 */
package dev.tradedesk.adapter.redis;
