-- GET /.well-known/jwks.json, no authentication (the baseline of figure 2).
package.path = os.getenv("BENCH_DIR") .. "/lua/?.lua;" .. package.path
local common = require("common")
wrk.method = "GET"
wrk.path = "/.well-known/jwks.json"
done = common.done
