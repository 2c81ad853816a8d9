-- wrk script: each thread is one writer with one connection, appending verdicts to its own claim.
-- BENCH_CLAIMS="id:revision,id:revision,..." (one per thread); BENCH_AUTH is the Basic credential (base64).
-- After each answer the writer takes the revision it created (201) or the current one named in a 409.
local claims = {}
for id, rev in string.gmatch(os.getenv("BENCH_CLAIMS") or "", "([%w%-]+):(%d+)") do
  table.insert(claims, { id = id, rev = tonumber(rev) })
end
local next_thread = 1

function setup(thread)
  local claim = claims[((next_thread - 1) % #claims) + 1]
  thread:set("claim", claim.id)
  thread:set("rev", claim.rev)
  next_thread = next_thread + 1
end

function init(args)
  headers = {}
  headers["Content-Type"] = "application/json"
  headers["Authorization"] = "Basic " .. os.getenv("BENCH_AUTH")
  statuses = { "HELD", "FAILED", "PARTIAL" }
  n = 0
end

function request()
  n = n + 1
  local body = string.format('{"status":"%s","asOf":"2026-11-30","rationale":"Benchmark write %d",' ..
    '"expectedRevision":%d,"evidence":[{"date":"2026-11-01","summary":"Benchmark evidence","source":"bench"}]}',
    statuses[(n % 3) + 1], n, rev)
  return wrk.format("POST", "/api/claims/" .. claim .. "/verdicts", headers, body)
end

function response(status, headers, body)
  if status == 201 then
    local number = string.match(body, '"number":(%d+)')
    if number then rev = tonumber(number) end
  elseif status == 409 then
    local current = string.match(body, "current revision is (%d+)")
    if current then rev = tonumber(current) end
  end
end
