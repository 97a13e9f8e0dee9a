-- wrk script: each request carries the next session cookie from the file named by COOKIES (one per line),
-- so the load is spread over many connected users.
local cookies = {}
for line in io.lines(os.getenv("COOKIES")) do
  cookies[#cookies + 1] = line
end
local i = 0
request = function()
  i = i % #cookies + 1
  return wrk.format("GET", wrk.path, { ["Cookie"] = cookies[i] })
end
