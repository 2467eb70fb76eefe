-- wrk script for the load benchmark (driven by benchmarks/load/run.py --generator wrk): what the
-- widget does for one person who answers, `recordDisplay` then one completed `submitResponse` with a
-- fresh idempotency key, at a fixed pace per connection.
--
-- Why wrk: it is C with LuaJIT and costs a few per cent of a core at 1,000 requests/s, where
-- locust's Python costs about half a core on a machine whose two cores the server needs.
--
-- Each wrk thread has exactly one connection (run.py passes -t N -c N), so the calls below strictly
-- alternate request() -> response() per thread, and one thread's state is one respondent's. That is
-- what lets this script time every request and pair every answer with its idempotency key.
--
-- Arguments after `--`: out_dir comments_file token run_id respondents_per_second_per_connection
-- seconds: no respondent starts after that many seconds (run.py gives wrk's -d a grace period on
-- top, so that the answers in flight come back instead of being cut off).
-- comments_file holds one comment per line, each already a JSON string literal.
-- Each thread appends lines to out_dir/wrk-<thread>.log, flushed at least once a second and when the
-- thread has no more respondents to start (a write per line cost more CPU than the requests):
--   D <ms> <outcome>                 a recordDisplay answer
--   Q <key>                          a submitResponse about to be sent
--   S <ms> <key> <outcome> [<id>]    its answer; outcome ok carries the response id
--   X <key>                          no answer: the connection failed while it was in flight
-- A key with Q and no S or X was in flight when wrk stopped: run.py counts it as unknown outcome.

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

-- main state: number the threads
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

-- thread state
local out, token, run_id, interval, end_at
local comments = {}
local step = "display" -- what the next request() sends
local respondent, sent_at, key
local pending = nil -- "display" or "submit" while a request is in flight
local next_at
local flushed_at = 0
local count = 0

function init(args)
  local out_dir, comments_file = args[1], args[2]
  token, run_id, interval = args[3], args[4], 1 / tonumber(args[5])
  end_at = now() + tonumber(args[6])
  math.randomseed(thread_id * 7919 + math.floor(now() * 1000) % 100000)
  -- A slice of the comments per thread: a thousand threads must not each hold all of them.
  local i = 0
  for line in io.lines(comments_file) do
    if i % 200 == thread_id % 200 then comments[#comments + 1] = line end
    i = i + 1
  end
  if #comments == 0 then comments[1] = '"送餐很快，味道不错"' end
  out = io.open(string.format("%s/wrk-%d.log", out_dir, thread_id), "w")
  out:setvbuf("full", 65536)
  -- A random phase spreads the threads' first respondents over one period.
  next_at = now() + math.random() * interval
end

local function score()
  local roll = math.random()
  if roll < 0.45 then return 9 + math.random(0, 1) end
  if roll < 0.70 then return 7 + math.random(0, 1) end
  return math.random(0, 6)
end

function request()
  if pending == "submit" then out:write("X ", key, "\n") end
  if step == "display" then
    respondent = string.format('{"externalId":"load-%s-%d-%d","attributes":{"plan":"%s","region":"%s"}}',
        run_id, thread_id, count, PLANS[math.random(#PLANS)], REGIONS[math.random(#REGIONS)])
    pending = "display"
    sent_at = now()
    return wrk.format("POST", "/graphql", HEADERS, string.format(DISPLAY, token, respondent))
  end
  key = string.format("%s-%d-%d", run_id, thread_id, count)
  local body = string.format(SUBMIT, token, key, score(), comments[math.random(#comments)], respondent)
  out:write("Q ", key, "\n")
  pending = "submit"
  sent_at = now()
  return wrk.format("POST", "/graphql", HEADERS, body)
end

-- The outcome label of an answer, as locustfile.py names them: "ok", "http_<status>",
-- "graphql:<code>" or "error:<code>".
local function outcome(status, body, field)
  if status >= 500 then return "http_" .. status end
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
  local ms = (now() - sent_at) * 1000
  if pending == "display" then
    local label, payload = outcome(status, body, "recordDisplay")
    if label == "ok" and not payload:find('"ok":true', 1, true) then label = "error:NOT_OK" end
    out:write(string.format("D %.2f %s\n", ms, label))
    step = "submit"
  else
    local label, payload = outcome(status, body, "submitResponse")
    local id = payload and payload:match('"response":{"id":"([^"]+)"')
    if label == "ok" and id == nil then label = "error:NO_ID" end
    out:write(string.format("S %.2f %s %s %s\n", ms, key, label, id or "-"))
    step = "display"
    count = count + 1
  end
  pending = nil
  local t = now()
  if t - flushed_at >= 1 then
    out:flush()
    flushed_at = t
  end
end

function delay()
  if step == "submit" then return 0 end -- the same respondent answers at once
  next_at = next_at + interval
  local t = now()
  -- done (also when behind schedule: no catching up after the end): idle until wrk stops
  if next_at > end_at or t > end_at then
    out:flush()
    return 1e9
  end
  local wait = next_at - t
  if wait <= 0 then return 0 end
  return wait * 1000
end
