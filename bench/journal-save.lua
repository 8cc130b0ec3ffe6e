-- wrk script: journal saves by signed-in patients through the real form (antiforgery token, version, one-time key),
-- as behind a TLS-terminating proxy (X-Forwarded-Proto: https; the app's cookies are Secure and antiforgery wants HTTPS).
-- Args: DATES COOKIE1 TOKEN1 [COOKIE2 TOKEN2 ...]; DATES is a comma list of the days to edit (all journaled, version 1 in the seed).
-- Thread n posts as patient n and walks its days in a cycle, so pass k over a day sends version 1 + k: no conflicts
-- as long as fewer requests are in flight per thread than there are days.
local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  dates = {}
  for d in string.gmatch(args[1], "[^,]+") do table.insert(dates, d) end
  local pairs_count = (#args - 1) / 2
  local n = ((id - 1) % pairs_count)
  cookie = args[2 + 2 * n]
  token = args[3 + 2 * n]
  sent = 0
  saved = 0
  refused = 0
end

function request()
  local i = sent % #dates
  local version = 1 + math.floor(sent / #dates)
  sent = sent + 1
  local body = "__RequestVerificationToken=" .. token ..
    "&Input.Version=" .. version ..
    "&FormKey=" .. string.format("w%02d%012d", id, sent) ..
    "&Input.Pain=" .. (sent % 11) ..
    "&Input.SittingMinutes=" .. (20 + sent % 40)
  return wrk.format("POST", "/Journal/Entry/" .. dates[i + 1], {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
    ["X-Forwarded-Proto"] = "https",
  }, body)
end

function response(status, headers, body)
  if status == 302 then saved = saved + 1 else refused = refused + 1 end
end

function done(summary, latency, requests)
  local s, r = 0, 0
  for _, t in ipairs(threads) do
    s = s + t:get("saved")
    r = r + t:get("refused")
  end
  io.write(string.format("saves_redirected %d  saves_not_redirected %d\n", s, r))
  io.write(string.format("saves_per_second %.1f\n", s / (summary.duration / 1e6)))
end
