-- wrk script: the framework's own signed-in form post that writes one row, POST /Identity/Account/Manage changing the
-- phone number (a different number every post), as behind a TLS-terminating proxy. bench/pages.sh compares journal
-- saves with it. Args: COOKIE TOKEN (the signed-in session and the Manage page's antiforgery token).
local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  cookie = args[1]
  token = args[2]
  sent = 0
  changed = 0
  refused = 0
end

function request()
  sent = sent + 1
  local body = "__RequestVerificationToken=" .. token ..
    "&Input.PhoneNumber=" .. string.format("%%2B44%d%09d", id, sent)
  return wrk.format("POST", "/Identity/Account/Manage", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
    ["X-Forwarded-Proto"] = "https",
  }, body)
end

function response(status, headers, body)
  if status == 302 then changed = changed + 1 else refused = refused + 1 end
end

function done(summary, latency, requests)
  local c, r = 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("changed")
    r = r + t:get("refused")
  end
  io.write(string.format("posts_redirected %d  posts_not_redirected %d\n", c, r))
end
