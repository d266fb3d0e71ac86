-- One attempt on every counter, or on none (RedisRateLimiter.tryAcquire; the rule is ThrottlePolicy's).
-- KEYS: the counters, hashes {n: attempts, until: blocked until (epoch ms), forget: forgotten at (epoch ms)}.
-- ARGV[1]: now (epoch ms); then for each key: free attempts, base delay, max delay, window (ms).
-- Returns 0 when admitted (counted on every key), else the longest wait in ms (nothing counted).
local now = tonumber(ARGV[1])
local counts = {}
local wait = 0
for i, key in ipairs(KEYS) do
  local state = redis.call('HMGET', key, 'n', 'until', 'forget')
  local n = tonumber(state[1]) or 0
  local blocked = tonumber(state[2]) or 0
  if now >= (tonumber(state[3]) or 0) then
    n = 0
    blocked = 0
  end
  if blocked - now > wait then
    wait = blocked - now
  end
  counts[i] = n
end
if wait > 0 then
  return wait
end
for i, key in ipairs(KEYS) do
  local arg = 2 + (i - 1) * 4
  local free = tonumber(ARGV[arg])
  local base = tonumber(ARGV[arg + 1])
  local max = tonumber(ARGV[arg + 2])
  local window = tonumber(ARGV[arg + 3])
  local n = counts[i] + 1
  local blocked = 0
  if n >= free then
    local doublings = n - free
    local delay = max
    if doublings < 62 and base <= math.floor(max / 2 ^ doublings) then
      delay = base * 2 ^ doublings
    end
    blocked = now + delay
  end
  local forget = math.max(now, blocked) + window
  redis.call('HSET', key, 'n', string.format('%d', n), 'until', string.format('%d', blocked),
    'forget', string.format('%d', forget))
  redis.call('PEXPIRE', key, string.format('%d', forget - now))
end
return 0
