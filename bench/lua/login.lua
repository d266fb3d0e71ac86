-- POST /api/v1/auth/login with the right password, round robin over the accounts in $BENCH_EMAILS.
package.path = os.getenv("BENCH_DIR") .. "/lua/?.lua;" .. package.path
local common = require("common")
local emails, i = {}, 0
local password = os.getenv("BENCH_PASSWORD")
setup = common.setup
function init(args)
   for _, row in ipairs(common.rows("BENCH_EMAILS")) do emails[#emails + 1] = row[1] end
   i = ((thread_id or 0) * 7919) % #emails
end
function request()
   i = i % #emails + 1
   return wrk.format("POST", "/api/v1/auth/login", { ["Content-Type"] = "application/json" },
      '{"email":"' .. emails[i] .. '","password":"' .. password .. '"}')
end
done = common.done
