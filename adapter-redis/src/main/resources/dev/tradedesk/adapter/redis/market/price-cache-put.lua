-- Stores a tick unless a newer one is stored (RedisPriceCache.put); an equally old one replaces it.
-- KEYS[1]: the symbol's hash {s: as-of epoch seconds, n: its nanoseconds, t: the encoded tick}.
-- ARGV: as-of epoch seconds, nanoseconds, encoded tick, time to live (ms).
-- One key only, so it runs unchanged on Redis Cluster. Returns 1 when stored, 0 when ignored.
local stored = redis.call('HMGET', KEYS[1], 's', 'n')
local seconds = tonumber(ARGV[1])
local nanos = tonumber(ARGV[2])
local storedSeconds = tonumber(stored[1])
local storedNanos = tonumber(stored[2])
if storedSeconds and storedNanos and
    (storedSeconds > seconds or (storedSeconds == seconds and storedNanos > nanos)) then
  return 0
end
redis.call('HSET', KEYS[1], 's', ARGV[1], 'n', ARGV[2], 't', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1
