-- wrk script for benchmark.sh's "note-many" row: each request is the page of a note drawn at random
-- from all the seeded ones (ids NOTES_FIRST .. NOTES_FIRST + NOTES_COUNT - 1, from the environment),
-- so concurrent requests almost never ask for the same note. "note-detail" asks for one note
-- only: a viral note, where requests that are read together share even the row.
local threads = 0

function setup(thread)
  thread:set("seed", threads + 1)
  threads = threads + 1
end

function init(args)
  math.randomseed(seed * 7919)
  first = tonumber(os.getenv("NOTES_FIRST"))
  count = tonumber(os.getenv("NOTES_COUNT"))
end

function request()
  return wrk.format("GET", "/api/v1/notes/" .. (first + math.random(0, count - 1)))
end
