-- POST /api/v1/auth/refresh, chaining the rotated refresh tokens: each thread takes every n-th
-- token of $BENCH_TOKENS ($BENCH_THREADS threads) into a queue; a request takes the oldest token,
-- a 200 response puts the new one back. A token is used once, so a pool serves one wrk run, and
-- each thread's share must exceed its connections (bench/run gives it two tokens per connection).
package.path = os.getenv("BENCH_DIR") .. "/lua/?.lua;" .. package.path
local common = require("common")
local queue, head, tail = {}, 1, 0
setup = common.setup
function init(args)
   local n = tonumber(os.getenv("BENCH_THREADS"))
   for k, row in ipairs(common.rows("BENCH_TOKENS")) do
      if (k - 1) % n == thread_id then tail = tail + 1; queue[tail] = row[2] end
   end
end
function request()
   local token = "pool-exhausted"
   if head <= tail then token = queue[head]; queue[head] = nil; head = head + 1 end
   return wrk.format("POST", "/api/v1/auth/refresh", { ["Content-Type"] = "application/json" },
      '{"refresh_token":"' .. token .. '"}')
end
function response(status, headers, body)
   if status == 200 then
      local token = body:match('"refresh_token"%s*:%s*"([^"]+)"')
      if token then tail = tail + 1; queue[tail] = token end
   end
end
done = common.done
