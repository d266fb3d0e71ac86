-- Takes back one attempt (RedisRateLimiter.release): below the free attempts, a wait is lifted.
-- KEYS[1]: the counter (see rate-limit-acquire.lua). ARGV[1]: now (epoch ms), ARGV[2]: free attempts.
local state = redis.call('HMGET', KEYS[1], 'n', 'forget')
local n = tonumber(state[1])
if not n then
  return 0
end
if tonumber(ARGV[1]) >= (tonumber(state[2]) or 0) or n <= 1 then
  redis.call('DEL', KEYS[1])
  return 0
end
n = n - 1
if n < tonumber(ARGV[2]) then
  redis.call('HSET', KEYS[1], 'n', string.format('%d', n), 'until', '0')
else
  redis.call('HSET', KEYS[1], 'n', string.format('%d', n))
end
return 0
