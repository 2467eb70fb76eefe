-- wrk script for the load benchmark (driven by benchmarks/load/run.py --generator wrk): the widget's
-- two calls for people who answer, `recordDisplay` and a completed `submitResponse` with a fresh
-- idempotency key, at a fixed rate.
--
-- Why wrk: it is C with LuaJIT. locust's Python cost about half a core at 1,000 requests/s on a
-- machine whose two cores the server needs; wrk with one thread per connection still cost a
-- quarter (each thread wakes ten times a second for its own statistics), wrk with a few threads of
-- many connections costs a few per cent.
--
-- With many connections per thread, request() and response() do not say which connection they are
-- for, so an answer cannot be paired with its request here. run.py therefore runs two wrk
-- processes, one per call (mode "display" or "submit"), and wrk itself times each call; a
-- respondent's display and answer are the n-th request of thread t in either process (the same
-- externalId), so the server sees one respondent shown the survey and answering, as from the widget.
--
-- Arguments after `--`: mode out_dir comments_file token run_id requests_per_second_per_thread
-- seconds. comments_file holds one comment per line, each already a JSON string literal. No request
-- starts after `seconds` (run.py gives wrk's -d a grace period on top, so that the answers in flight
-- come back instead of being cut off).
-- Each thread appends lines to out_dir/wrk-<mode>-<thread>.log, flushed at least once a second and
-- when the thread has no more requests to start:
--   Q <key>          a submitResponse about to be sent
--   A <id>           an answer that acknowledged a submission with this response id
--   R <outcome>      a submission answered with an error (outcome as locustfile.py names it)
--   D <outcome>      a recordDisplay answer
-- At the end, the file $VOC_WRK_SUMMARY holds wrk's own latency percentiles (ms) and socket errors.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } voc_timespec;
  int clock_gettime(int clock_id, voc_timespec *tp);
]]
local ts = ffi.new("voc_timespec")

local function now()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) * 1e-9
end

local DISPLAY = '{"query":"mutation($t:String!,$r:RespondentInput){recordDisplay(token:$t,respondent:$r)' ..
    '{ok errors{code field message}}}","variables":{"t":"%s","r":%s}}'
-- The widget asks for errors only; the benchmark also asks for the id, to reconcile.
local SUBMIT = '{"query":"mutation($i:SubmitResponseInput!){submitResponse(input:$i){response{id} ' ..
    'errors{code field message}}}","variables":{"i":{"token":"%s","idempotencyKey":"%s","score":%d,' ..
    '"comment":%s,"completed":true,"respondent":%s,"locale":"zh-CN","channel":"WIDGET",' ..
    '"pageUrl":"https://shop.example.com/orders/confirm"}}}'
local HEADERS = { ["Content-Type"] = "application/json", ["Origin"] = "https://shop.example.com" }
local PLANS = { "free", "pro", "team" }
local REGIONS = { "华东", "华北", "华南", "西南" }

-- main state: number the threads, and write wrk's latency figures at the end
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

-- (the main state gets no script arguments: run.py names the file in the environment)
function done(summary, latency, requests)
  local f = io.open(os.getenv("VOC_WRK_SUMMARY"), "w")
  f:write(string.format("requests %d\n", summary.requests))
  for _, p in ipairs({ 50, 95, 99 }) do
    f:write(string.format("p%d_ms %.2f\n", p, latency:percentile(p) / 1000))
  end
  f:write(string.format("max_ms %.2f\n", latency.max / 1000))
  local e = summary.errors
  f:write(string.format("errors connect %d read %d write %d status %d timeout %d\n", e.connect, e.read, e.write,
      e.status, e.timeout))
  f:close()
end

-- thread state
local mode, out, token, run_id, interval, end_at
local comments = {}
local count = 0
local verified = false
local next_at
local flushed_at = 0

function init(args)
  mode, token, run_id = args[1], args[4], args[5]
  interval, end_at = 1 / tonumber(args[6]), now() + tonumber(args[7])
  math.randomseed(thread_id * 7919 + (mode == "submit" and 1 or 0))
  -- A slice of the comments per thread is plenty.
  local i = 0
  for line in io.lines(args[3]) do
    if i % 50 == thread_id % 50 then comments[#comments + 1] = line end
    i = i + 1
  end
  if #comments == 0 then comments[1] = '"送餐很快，味道不错"' end
  out = io.open(string.format("%s/wrk-%s-%d.log", args[2], mode, thread_id), "w")
  out:setvbuf("full", 65536)
  next_at = now()
end

-- Both processes draw a respondent's attributes from the same sequence: the n-th respondent of
-- thread t is the same person in either.
local function respondent(n)
  local plan, region = PLANS[n % #PLANS + 1], REGIONS[(n * 7 + thread_id) % #REGIONS + 1]
  return string.format('{"externalId":"load-%s-%d-%d","attributes":{"plan":"%s","region":"%s"}}',
      run_id, thread_id, n, plan, region)
end

local function score()
  local roll = math.random()
  if roll < 0.45 then return 9 + math.random(0, 1) end
  if roll < 0.70 then return 7 + math.random(0, 1) end
  return math.random(0, 6)
end

function request()
  -- wrk calls request() once on the first thread's state before any thread runs, to check the
  -- script's request, and never sends what it gets. Logged, that call was a submission that "got no
  -- answer": the one per run reported until 2026-11-24 (key <run>-1-1, never stored).
  if not verified then
    verified = true
    if thread_id == 1 then return wrk.format("POST", "/graphql", HEADERS, "{}") end
  end
  count = count + 1
  if mode == "display" then
    return wrk.format("POST", "/graphql", HEADERS, string.format(DISPLAY, token, respondent(count)))
  end
  local key = string.format("%s-%d-%d", run_id, thread_id, count)
  out:write("Q ", key, "\n")
  local body = string.format(SUBMIT, token, key, score(), comments[math.random(#comments)], respondent(count))
  return wrk.format("POST", "/graphql", HEADERS, body)
end

-- The outcome label of an answer, as locustfile.py names them: "ok", "http_<status>",
-- "graphql:<code>" or "error:<code>"; with the call's payload when there is one.
local function outcome(status, body, field)
  if status ~= 200 then return "http_" .. status end
  local payload = body:match('"' .. field .. '":(%b{})')
  if payload == nil then
    return "graphql:" .. (body:match('"code":"([%w_]+)"') or "GRAPHQL_ERROR")
  end
  local code = payload:match('"errors":%[{"code":"([%w_]+)"')
  if code then return "error:" .. code end
  return "ok", payload
end

function response(status, headers, body)
  if mode == "display" then
    local label, payload = outcome(status, body, "recordDisplay")
    if label == "ok" and not payload:find('"ok":true', 1, true) then label = "error:NOT_OK" end
    out:write("D ", label, "\n")
  else
    local label, payload = outcome(status, body, "submitResponse")
    local id = payload and payload:match('"response":{"id":"([^"]+)"')
    if label == "ok" and id == nil then label = "error:NO_ID" end
    if label == "ok" then out:write("A ", id, "\n") else out:write("R ", label, "\n") end
  end
  local t = now()
  if t - flushed_at >= 1 then
    out:flush()
    flushed_at = t
  end
end

-- One schedule per thread over its connections: a request is due every `interval` seconds; when
-- every connection is busy the thread falls behind and catches up as they free, until the end.
function delay()
  next_at = next_at + interval
  local t = now()
  if t > end_at then -- done: idle until wrk stops
    out:flush()
    return 1e9
  end
  local wait = next_at - t
  if wait <= 0 then return 0 end
  return wait * 1000
end
