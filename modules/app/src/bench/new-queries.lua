-- wrk script (LuaJIT, so Lua 5.1: no bit operators) for benchmark.sh's "search-new" row: every request is a search for "matcha" that no
-- request asked in the last seconds, so the server's one-second memory of recent searches
-- (community RecentSearchHits) never answers and each request costs a whole index search.
-- The variants differ only in what the analyser removes (letter case, trailing full stops), so
-- Lucene runs the same query as for "matcha". 64 spellings x 91 endings = 5,824 variants, which
-- each of wrk's threads walks in its own order: at 1,000 requests/s none repeats within 5 s.
local threads = 0

function setup(thread)
  thread:set("first", threads * 2912)
  threads = threads + 1
end

function init(args)
  n = first
end

local function variant(i)
  local word = "matcha"
  local spelled = {}
  local caps = i % 64
  for k = 1, #word do
    local c = word:sub(k, k)
    if math.floor(caps / 2 ^ (k - 1)) % 2 == 1 then c = c:upper() end
    spelled[k] = c
  end
  return table.concat(spelled) .. string.rep(".", math.floor(i / 64) % 91)
end

function request()
  n = n + 1
  return wrk.format("GET", "/api/v1/search/notes?q=" .. variant(n % 5824))
end
