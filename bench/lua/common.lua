-- Shared by the wrk scripts of bench/run: one machine-readable result line per wrk run.
local common = {}

-- The lines of the file named by the environment variable `var`, split into fields on white space.
function common.rows(var)
   local path = os.getenv(var)
   if not path then error(var .. " is not set") end
   local rows = {}
   for line in io.lines(path) do
      if line ~= "" then
         local fields = {}
         for f in line:gmatch("%S+") do fields[#fields + 1] = f end
         rows[#rows + 1] = fields
      end
   end
   if #rows == 0 then error(path .. " is empty") end
   return rows
end

-- Numbers the threads, so that each can take its own share of a token pool.
local threads = {}
function common.setup(thread)
   thread:set("thread_id", #threads)
   threads[#threads + 1] = thread
end

-- requests: completed responses; ok: those with a status below 400; latency in microseconds.
function common.done(summary, latency, requests)
   local e = summary.errors
   local ok = summary.requests - e.status
   local seconds = summary.duration / 1e6
   io.write(string.format(
      "BENCH requests=%d ok=%d status_errors=%d socket_errors=%d seconds=%.3f rps_ok=%.2f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
      summary.requests, ok, e.status, e.connect + e.read + e.write + e.timeout, seconds, ok / seconds,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end

return common
