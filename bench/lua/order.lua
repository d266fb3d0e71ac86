-- POST /api/v1/orders: market orders on $BENCH_SYMBOL, quantity $BENCH_QUANTITY, over the token pool in
-- $BENCH_TOKENS. Each thread takes its own share of the pool, and each wallet alternates buy and sell
-- (a buy first), so every wallet keeps cash and a position and refusals stay rare; with one token
-- (the hot wallet) every connection works on the same wallet.
package.path = os.getenv("BENCH_DIR") .. "/lua/?.lua;" .. package.path
local common = require("common")
local tokens, sides, i = {}, {}, 0
local symbol = os.getenv("BENCH_SYMBOL") or "BTCUSDT"
local quantity = os.getenv("BENCH_QUANTITY") or "0.0002"
setup = common.setup
function init(args)
   local threads = tonumber(os.getenv("BENCH_THREADS") or "1")
   local all = common.rows("BENCH_TOKENS")
   for k, row in ipairs(all) do
      if #all < threads or (k - 1) % threads == (thread_id or 0) then tokens[#tokens + 1] = row[1] end
   end
   for k = 1, #tokens do sides[k] = 0 end
end
function request()
   i = i % #tokens + 1
   sides[i] = sides[i] + 1
   local side = (sides[i] % 2 == 1) and "buy" or "sell"
   return wrk.format("POST", "/api/v1/orders", {
      ["Authorization"] = "Bearer " .. tokens[i], ["Content-Type"] = "application/json" },
      string.format('{"symbol":"%s","side":"%s","quantity":"%s"}', symbol, side, quantity))
end
done = common.done
