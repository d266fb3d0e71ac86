-- GET /api/v1/users/me with valid access tokens, round robin over the pool in $BENCH_TOKENS
-- (lines "<access token> <refresh token>"), each thread starting at its own place.
package.path = os.getenv("BENCH_DIR") .. "/lua/?.lua;" .. package.path
local common = require("common")
local tokens, i = {}, 0
setup = common.setup
function init(args)
   for _, row in ipairs(common.rows("BENCH_TOKENS")) do tokens[#tokens + 1] = row[1] end
   i = ((thread_id or 0) * 7919) % #tokens
end
function request()
   i = i % #tokens + 1
   return wrk.format("GET", "/api/v1/users/me", { ["Authorization"] = "Bearer " .. tokens[i] })
end
done = common.done
