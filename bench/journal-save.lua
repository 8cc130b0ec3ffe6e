-- wrk script: journal saves by signed-in patients through the real form (antiforgery token, version, one-time key),
-- as behind a TLS-terminating proxy (X-Forwarded-Proto: https; the app's cookies are Secure and antiforgery wants HTTPS).
-- Args: DATES COOKIE1 TOKEN1 [COOKIE2 TOKEN2 ...]; DATES is a comma list of the days to edit (all journaled, version 1 in
-- the seed), each optionally with its current version (2026-12-01=3).
-- With JOURNAL_SAVE_SAME=1 in the environment every post sends the same values (pain 4, sitting 30 min, nothing else)
-- and the same version: after a first save of those values (bench/pages.sh makes it), each post is a save that
-- changes nothing.
-- Thread n posts as patient n and walks its days in a cycle, sending the version it expects each day to have. When a
-- slow save is overtaken (a later post of the same day arrives first), the app answers 409 with the day's current
-- version; the script takes it from the page, so one late save costs a few 409s instead of every later save of that day.
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
  versions = {}
  same = os.getenv("JOURNAL_SAVE_SAME") == "1"
  local plain = {}
  for _, item in ipairs(dates) do
    local d, v = item:match("^([^=]+)=?(%d*)$")
    table.insert(plain, d)
    versions[d] = tonumber(v) or 1
  end
  dates = plain
  sent = 0
  saved = 0
  refused = 0
end

function request()
  local date = dates[(sent % #dates) + 1]
  local version = versions[date]
  if not same then versions[date] = version + 1 end
  sent = sent + 1
  local pain, sitting = sent % 11, 20 + sent % 40
  if same then pain, sitting = 4, 30 end
  local body = "__RequestVerificationToken=" .. token ..
    "&Input.Version=" .. version ..
    "&FormKey=" .. string.format("w%02d%012d", id, sent) ..
    "&Input.Pain=" .. pain ..
    "&Input.SittingMinutes=" .. sitting
  return wrk.format("POST", "/Journal/Entry/" .. date, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
    ["X-Forwarded-Proto"] = "https",
  }, body)
end

-- The day after "YYYY-MM-DD" (the 409 page links the previous day; noon keeps clear of daylight-saving shifts).
local function day_after(text)
  local y, m, d = text:match("(%d+)-(%d+)-(%d+)")
  return os.date("%Y-%m-%d", os.time({ year = tonumber(y), month = tonumber(m), day = tonumber(d) + 1, hour = 12 }))
end

function response(status, headers, body)
  if status == 302 then
    saved = saved + 1
    return
  end
  refused = refused + 1
  if status == 409 then
    local previous = body:match('href="/Journal/Entry/(%d%d%d%d%-%d%d%-%d%d)"')
    local current = body:match('name="Input%.Version" value="(%d+)"')
    if previous and current and versions[day_after(previous)] then versions[day_after(previous)] = tonumber(current) end
  end
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
