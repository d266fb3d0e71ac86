-- Gives a lease up if the caller holds it (RedisLeases.release); anybody else's lease stays.
-- KEYS[1]: the lease. ARGV[1]: holder. One key only (Redis Cluster). Returns 1 when deleted, else 0.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
