-- wrk script for bench/content-delivery.sh: GETs a package's files in turn, as browsers loading a
-- module ask for them. Arguments (after --): the URL path prefix of the package ("/" for nginx,
-- "/content/<key>/" for us) and a list file with one "path[<TAB>Header: value]" per line.
-- Every request sends a browser's Accept-Encoding; servers compress only text.
-- done() prints one line: RESULT <requests/s> <p95 ms> <p99 ms> <socket errors> <HTTP errors>.

local requests = {}
local counter = 1
local threads = 0

function setup(thread)
  -- each thread starts at another file, so that 64 connections never ask in lockstep
  thread:set("offset", threads * 5)
  threads = threads + 1
end

function init(args)
  local prefix, list = args[1], args[2]
  for line in io.lines(list) do
    local path, extra = line:match("^([^\t]+)\t?(.*)$")
    if path then
      local headers = { ["Accept-Encoding"] = "gzip, deflate, br" }
      local name, value = extra:match("^([^:]+):%s*(.*)$")
      if name then
        headers[name] = value
      end
      requests[#requests + 1] = wrk.format("GET", prefix .. path, headers)
    end
  end
  assert(#requests > 0, "no requests in " .. tostring(list))
  counter = (offset or 0) % #requests + 1
end

function request()
  local formatted = requests[counter]
  counter = counter % #requests + 1
  return formatted
end

function done(summary, latency, _)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, e.connect + e.read + e.write + e.timeout, e.status))
end
