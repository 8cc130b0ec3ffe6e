#!/usr/bin/env bash
# HTTP load benchmark of the real app (Release, Production config, SQLite in WAL) over a large seeded database.
# Seeds PATIENTS x DAYS (default 10,000 x 365, plus a clinician per 200 patients, linked) once with the bulk seeder,
# copies it fresh for every run, starts the app on 127.0.0.1 and drives it with wrk: /health/live, patient home,
# journal save (wrk lua, real form post), clinician home; plus the raw SQLite commit rate of this disk.
# Usage: bench/load.sh [PATIENTS] [DAYS]   env: DURATION=20s WARMUP=5s CONNECTIONS=32 THREADS=2 RESEED=1
set -euo pipefail
cd "$(dirname "$0")/.."
PATIENTS="${1:-10000}"; DAYS="${2:-365}"
DURATION="${DURATION:-20s}"; WARMUP="${WARMUP:-5s}"; CONNECTIONS="${CONNECTIONS:-32}"; THREADS="${THREADS:-2}"
DATA=bench/.data; mkdir -p "$DATA"
SEED_DB="$DATA/load-$PATIENTS-$DAYS.db"; RUN_DB="$DATA/run.db"
PASSWORD=load-test-password-2026
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 2; }

echo "== build (Release)"
dotnet build -c Release bench/Healactively.LoadSeed --nologo -v quiet >/dev/null
SEEDER="dotnet bench/Healactively.LoadSeed/bin/Release/net10.0/Healactively.LoadSeed.dll"
APP_DLL=src/Healactively.Web/bin/Release/net10.0/Healactively.Web.dll

if [ ! -f "$SEED_DB" ] || [ "${RESEED:-0}" = 1 ]; then
  echo "== seed $PATIENTS patients x $DAYS days"
  $SEEDER seed "$SEED_DB" "$PATIENTS" "$DAYS"
fi
rm -f "$RUN_DB" "$RUN_DB-wal" "$RUN_DB-shm"; cp "$SEED_DB" "$RUN_DB"

echo "== raw SQLite commits (WAL, one insert per transaction, same disk)"
RAW=$($SEEDER raw-commits "$DATA/raw.db" 5 | awk '/raw_commits_per_second/ {print $2}')
rm -f "$DATA/raw.db"*

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
# The app runs as deployed behind a TLS-terminating proxy on the same host: plain HTTP on loopback, and every request
# (curl and wrk) says X-Forwarded-Proto: https, which the app honours from a loopback peer (UseForwardedHeaders).
# So it sets its real Production cookies (__Host-, Secure), antiforgery accepts the posts, and no TLS cost is
# measured. Cookies are kept by this script (Set-Cookie answers into a name<TAB>value file) and sent as a Cookie
# header: curl's own jar may refuse Secure cookies over http.
PROXY_HEADER="X-Forwarded-Proto: https"
echo "== start the app on $BASE (as behind a TLS proxy: $PROXY_HEADER)"
# Production config from appsettings.json; only the database file, no demo data and Warning-level logs
# (request logging at Information would put one console line per request in the measurement).
ASPNETCORE_ENVIRONMENT=Production App__BaseUrl="$BASE" ConnectionStrings__Sqlite="Data Source=$PWD/$RUN_DB" DemoData__Seed=false \
  Serilog__MinimumLevel__Default=Warning ASPNETCORE_HTTPS_PORTS= \
  dotnet "$APP_DLL" --urls "$BASE" > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
# Start-up applies pending migrations to the copied seed (e.g. a new index over millions of rows).
for _ in $(seq 1 600); do curl -fs -H "$PROXY_HEADER" "$BASE/health/live" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs -H "$PROXY_HEADER" "$BASE/health/live" >/dev/null || { echo "app did not start"; cat "$DATA/app.log"; exit 1; }

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
# per 30 s step; every run starts from a fresh copy of the seed, so one sign-in per clinician per run is safe.
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

DATES=$(python3 -c 'import datetime; t=datetime.datetime.now(datetime.timezone.utc).date(); print(",".join(str(t-datetime.timedelta(days=d)) for d in range(1,31)))')
# Clinicians' authenticator key, as bench/Healactively.LoadSeed/BulkSeeder.cs stores it.
CLINICIAN_KEY=LOADTESTCLINICIANKEY2FA234567ABC

# run NAME wrk-args...: prints rps, p50, p99 from wrk --latency.
declare -A RPS P50 P99
run() {
  local name=$1; shift
  echo "== $name: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout 10s --latency" 
  # Warm-up first (JIT tiers, caches, SQLite pages), discarded: every endpoint is measured warm, /health/live included.
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -H "$PROXY_HEADER" "$@" >/dev/null
  local out; out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -H "$PROXY_HEADER" "$@")
  echo "$out" | grep -E 'Requests/sec|Non-2xx|Socket errors|saves_' || true
  SAVES_PER_SECOND=$(echo "$out" | awk '/saves_per_second/ {print $2}')
  RPS[$name]=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  P50[$name]=$(echo "$out" | awk '$1 == "50%" {print $2}')
  P99[$name]=$(echo "$out" | awk '$1 == "99%" {print $2}')
}
# Each wrk run starts right after its own sign-in: wrk cannot keep a renewed cookie, and a session cookie older than
# the app's security-stamp interval (1 min) would make every request re-check the stamp and issue a new cookie.
# So keep WARMUP + DURATION well under a minute.
LOAD_BEFORE=$(cat /proc/loadavg)
run health-live "$BASE/health/live"

echo "== sign in patient0"
sign_in patient0@load.test "$DATA/patient0.jar"; expect_ok "$DATA/patient0.jar" /Home
run patient-home -H "Cookie: $(cookie_header "$DATA/patient0.jar")" "$BASE/Home"

echo "== sign in patient0 and patient1 again, journal form tokens"
SAVE_ARGS=()
for n in 0 1; do
  jar="$DATA/patient$n.jar"; sign_in "patient$n@load.test" "$jar"; expect_ok "$jar" /Journal/Entry
  SAVE_ARGS+=("$(cookie_header "$jar")" "$(page_token)")
done
SAVES_PER_SECOND=
run journal-save -s bench/journal-save.lua "$BASE" -- "$DATES" "${SAVE_ARGS[@]}"
SAVES=$SAVES_PER_SECOND

echo "== sign in clinician0 (password, then authenticator code)"
sign_in clinician0@load.test "$DATA/clinician0.jar" "$CLINICIAN_KEY"; expect_ok "$DATA/clinician0.jar" /Clinician
run clinician-home -H "Cookie: $(cookie_header "$DATA/clinician0.jar")" "$BASE/Clinician"
LOAD_AFTER=$(cat /proc/loadavg)

PEAK_RSS_KB=$(awk '/VmHWM/ {print $2}' /proc/$APP/status)
kill $APP; wait $APP 2>/dev/null || true; trap - EXIT

echo
echo "== results: $PATIENTS patients x $DAYS days, $CONNECTIONS connections, $THREADS wrk threads, $DURATION each"
printf '%-16s %10s %10s %10s\n' endpoint rps p50 p99
for name in health-live patient-home journal-save clinician-home; do
  printf '%-16s %10s %10s %10s\n' "$name" "${RPS[$name]}" "${P50[$name]}" "${P99[$name]}"
done
printf '%-16s %10s\n' raw-sqlite-commit "$RAW" journal-saves/s "$SAVES"
echo "load average before: $LOAD_BEFORE"
echo "load average after:  $LOAD_AFTER"
echo "peak RSS of the app: $((PEAK_RSS_KB / 1024)) MB"
