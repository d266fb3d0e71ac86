-- Extends a lease its holder has (RedisLeases.acquire, after SET NX found it taken).
-- KEYS[1]: the lease (a string holding the holder's name). ARGV[1]: holder, ARGV[2]: time to live (ms).
-- One key only, so it runs unchanged on Redis Cluster. Returns 1 when extended, 0 when held by another
-- holder or by nobody (the caller answers false; its next attempt takes the free lease with SET NX).
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
