-- GET /api/v1/orders (order history, newest first) over the pool in $BENCH_HISTORY (lines
-- "<access token> <cursor>"): for each user in turn its first page, then its second page (the cursor
-- the first page returns, computed by bench/run), both with limit $BENCH_HISTORY_LIMIT. Each thread
-- starts at its own place.
package.path = os.getenv("BENCH_DIR") .. "/lua/?.lua;" .. package.path
local common = require("common")
local rows, i, second = {}, 0, true
local limit = os.getenv("BENCH_HISTORY_LIMIT") or "25"
setup = common.setup
function init(args)
   rows = common.rows("BENCH_HISTORY")
   i = ((thread_id or 0) * 7919) % #rows
end
function request()
   if second then i = i % #rows + 1 end
   second = not second
   local path = "/api/v1/orders?limit=" .. limit
   if second then path = path .. "&cursor=" .. rows[i][2] end
   return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. rows[i][1] })
end
done = common.done
