# Shared pieces of bench/load.sh and bench/pages.sh: starting the Release app as behind a TLS proxy, cookies kept by
# the script, the real sign-in forms (two-factor for staff), and wrk runs. Source it after setting DATA (a folder for
# the app's log, the last answer's body and headers, cookie jars) and PASSWORD (the seeded accounts' password).
#
# The app runs as deployed behind a TLS-terminating proxy on the same host: plain HTTP on loopback, and every request
# (curl and wrk) says X-Forwarded-Proto: https, which the app honours from a loopback peer (UseForwardedHeaders).
# So it sets its real Production cookies (__Host-, Secure), antiforgery accepts the posts, and no TLS cost is
# measured. Cookies are kept by this script (Set-Cookie answers into a name<TAB>value file) and sent as a Cookie
# header: curl's own jar may refuse Secure cookies over http.
PROXY_HEADER="X-Forwarded-Proto: https"
APP_DLL=src/Healactively.Web/bin/Release/net10.0/Healactively.Web.dll
# Clinicians' authenticator key, as bench/Healactively.LoadSeed/BulkSeeder.cs stores it.
CLINICIAN_KEY=LOADTESTCLINICIANKEY2FA234567ABC

# start_app DB_FILE [ENV=VALUE...]: the Release app on a free loopback port with Production config from
# appsettings.json; only the database file, no demo data and Warning-level logs (request logging at Information would
# put one console line per request in the measurement). Sets APP (its pid) and BASE; waits for /health/live.
start_app() {
  local db=$1; shift
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  BASE="http://127.0.0.1:$port"
  echo "== start the app on $BASE (as behind a TLS proxy: $PROXY_HEADER)"
  env ASPNETCORE_ENVIRONMENT=Production App__BaseUrl="$BASE" ConnectionStrings__Sqlite="Data Source=$PWD/$db" DemoData__Seed=false \
    Serilog__MinimumLevel__Default=Warning ASPNETCORE_HTTPS_PORTS= "$@" \
    dotnet "$APP_DLL" --urls "$BASE" > "$DATA/app.log" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true' EXIT
  # Start-up applies pending migrations to the copied seed (e.g. a new index over millions of rows).
  for _ in $(seq 1 600); do curl -fs -H "$PROXY_HEADER" "$BASE/health/live" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -fs -H "$PROXY_HEADER" "$BASE/health/live" >/dev/null || { echo "app did not start"; cat "$DATA/app.log"; exit 1; }
}

# stop_app: prints nothing; PEAK_RSS_KB is the app's peak resident set.
stop_app() {
  PEAK_RSS_KB=$(awk '/VmHWM/ {print $2}' /proc/$APP/status)
  kill $APP; wait $APP 2>/dev/null || true; trap - EXIT
}

cookie_header() { awk -F'\t' '{ printf "%s%s=%s", (NR > 1 ? "; " : ""), $1, $2 }' "$1"; }
# fetch JAR URL [curl args...]: one request through the "proxy" with JAR's cookies; the answer's Set-Cookie go into JAR,
# the body into $DATA/body; prints "STATUS LOCATION" (LOCATION as a path, empty unless a redirect).
fetch() {
  local jar=$1 url=$2; shift 2
  touch "$jar"
  local status
  status=$(curl -s -o "$DATA/body" -D "$DATA/headers" -w '%{http_code}' -H "$PROXY_HEADER" -H "Cookie: $(cookie_header "$jar")" "$@" "$BASE$url")
  awk -F'\t' 'FILENAME == ARGV[1] { if (NF == 2) c[$1] = $2; next }
    { sub(/\r$/, "") }
    tolower(substr($0, 1, 11)) == "set-cookie:" {
      pair = substr($0, 12); sub(/^ +/, "", pair); sub(/;.*/, "", pair)
      i = index(pair, "="); name = substr(pair, 1, i - 1); value = substr(pair, i + 1)
      if (value == "" || tolower($0) ~ /expires=thu, 01 jan 1970/) delete c[name]; else c[name] = value
    }
    END { for (n in c) print n "\t" c[n] }' "$jar" "$DATA/headers" > "$jar.new"
  mv "$jar.new" "$jar"
  echo "$status $(awk 'tolower($1) == "location:" { sub(/\r$/, ""); print $2 }' "$DATA/headers" | sed 's#^https\?://[^/]*##')"
}
page_token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$DATA/body" | head -1 | sed 's/.*value="//;s/"$//'; }
# totp BASE32KEY: the authenticator app's current code (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits).
totp() {
  python3 -c 'import base64, hmac, struct, sys, time
key = base64.b32decode(sys.argv[1] + "=" * (-len(sys.argv[1]) % 8))
mac = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), "sha1").digest()
offset = mac[-1] & 15
print("%06d" % ((struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000))' "$1"
}

# sign_in EMAIL JAR [AUTHENTICATOR_KEY]: the real login form (antiforgery token from the page), then for staff the
# real two-factor form with a fresh code; the session cookies end up in JAR. The app accepts a code once per user
# per 30 s step: signing the same clinician in twice within a run needs a wait for the next step (wait_totp_step).
sign_in() {
  local email=$1 jar=$2 key=${3:-} answer token
  rm -f "$jar"
  answer=$(fetch "$jar" /Identity/Account/Login); [ "${answer%% *}" = 200 ] || { echo "GET login answered $answer"; exit 1; }
  token=$(page_token)
  answer=$(fetch "$jar" /Identity/Account/Login --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token")
  [ "${answer%% *}" = 302 ] || { echo "sign-in failed for $email: $answer"; exit 1; }
  [ -z "$key" ] && return 0
  local second=${answer#* }
  case "$second" in /Identity/Account/LoginWith2fa*) ;; *) echo "expected the two-factor step for $email, was sent to $second"; exit 1;; esac
  answer=$(fetch "$jar" "$second"); [ "${answer%% *}" = 200 ] || { echo "GET $second answered $answer"; exit 1; }
  token=$(page_token)
  answer=$(fetch "$jar" "$second" --data-urlencode "Input.Code=$(totp "$key")" --data-urlencode "__RequestVerificationToken=$token")
  [ "${answer%% *}" = 302 ] || { echo "two-factor code refused for $email: $answer"; exit 1; }
}
# expect_ok JAR URL: the signed-in page answers 200 (not a redirect to sign-in or to two-factor enrolment).
expect_ok() { local answer; answer=$(fetch "$1" "$2"); [ "${answer%% *}" = 200 ] || { echo "GET $2 answered $answer"; exit 1; }; }

# app_cpu_ticks: the app's user + system CPU time so far, in clock ticks (/proc/PID/stat).
app_cpu_ticks() { awk '{ print $14 + $15 }' /proc/$APP/stat; }

# wrk_run NAME wrk-args...: a discarded warm-up of WARMUP (JIT tiers, caches, SQLite pages), then DURATION measured
# with --latency; sets RPS[NAME], P50[NAME], P99[NAME], CPU_MS[NAME] (the app's CPU milliseconds per request over the
# measured run: steadier than requests/s when other work shares the cores) and SAVES_PER_SECOND (from the journal-save script), and prints
# wrk's requests/s, non-2xx and socket-error lines. Needs THREADS, CONNECTIONS, WARMUP, DURATION and
# "declare -A RPS P50 P99 CPU_MS" in the caller. A session cookie older than the security-stamp interval (1 min) makes every
# request re-validate and get a new cookie, which wrk cannot keep: sign in right before, and keep WARMUP + DURATION
# well under a minute.
wrk_run() {
  local name=$1; shift
  echo "== $name: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout 10s --latency"
  [ "$WARMUP" = 0 ] || wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -H "$PROXY_HEADER" "$@" >/dev/null
  local before; before=$(app_cpu_ticks)
  local out; out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -H "$PROXY_HEADER" "$@")
  local after; after=$(app_cpu_ticks)
  local requests; requests=$(echo "$out" | awk '/requests in/ {print $1}')
  CPU_MS[$name]=$(python3 -c "print('%.2f' % (($after - $before) * 1000 / $(getconf CLK_TCK) / max(1, $requests)))")
  echo "$out" | grep -E 'Requests/sec|Non-2xx|Socket errors|saves_|posts_' || true
  SAVES_PER_SECOND=$(echo "$out" | awk '/saves_per_second/ {print $2}')
  RPS[$name]=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  P50[$name]=$(echo "$out" | awk '$1 == "50%" {print $2}')
  P99[$name]=$(echo "$out" | awk '$1 == "99%" {print $2}')
}
