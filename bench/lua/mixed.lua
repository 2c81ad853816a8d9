-- wrk script: cycles through the paths in BENCH_PATHS (comma-separated), one after another on each connection.
local paths = {}
for path in string.gmatch(os.getenv("BENCH_PATHS") or "/", "([^,]+)") do
  table.insert(paths, path)
end
local i = 0

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
