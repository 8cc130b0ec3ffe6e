#!/usr/bin/env bash
# HTTP load benchmark of the real app (Release, Production config, SQLite in WAL) over a large seeded database.
# Seeds PATIENTS x DAYS (default 10,000 x 365, plus a clinician per 200 patients, linked) once with the bulk seeder,
# copies it fresh for every run, starts the app on 127.0.0.1 and drives it with wrk: /health/live, patient home,
# journal save (wrk lua, real form post), clinician home; plus the raw SQLite commit rate of this disk.
# Usage: bench/load.sh [PATIENTS] [DAYS]   env: DURATION=20s CONNECTIONS=32 THREADS=2 RESEED=1
set -euo pipefail
cd "$(dirname "$0")/.."
PATIENTS="${1:-10000}"; DAYS="${2:-365}"
DURATION="${DURATION:-20s}"; CONNECTIONS="${CONNECTIONS:-32}"; THREADS="${THREADS:-2}"
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
echo "== start the app on $BASE"
# Production config from appsettings.json; only the database file, no demo data and Warning-level logs
# (request logging at Information would put one console line per request in the measurement).
ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Sqlite="Data Source=$PWD/$RUN_DB" DemoData__Seed=false \
  Serilog__MinimumLevel__Default=Warning ASPNETCORE_HTTPS_PORTS= \
  dotnet "$APP_DLL" --urls "$BASE" > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
# Start-up applies pending migrations to the copied seed (e.g. a new index over millions of rows).
for _ in $(seq 1 600); do curl -fs "$BASE/health/live" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$BASE/health/live" >/dev/null || { echo "app did not start"; cat "$DATA/app.log"; exit 1; }

# sign_in EMAIL JAR: the real login form (antiforgery token from the page), cookies into JAR.
sign_in() {
  local token
  token=$(curl -fs -c "$2" "$BASE/Identity/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -fs -o /dev/null -b "$2" -c "$2" -w '%{http_code}' --data-urlencode "Input.Email=$1" --data-urlencode "Input.Password=$PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/Identity/Account/Login" | grep -q 302 || { echo "sign-in failed for $1"; exit 1; }
}
cookie_header() { awk '!/^#/ || /^#HttpOnly_/ {sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s=%s; ", $6, $7}' "$1" | sed 's/; $//'; }
form_token() { curl -fs -b "$2" -c "$2" "$BASE$1" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }

echo "== sign in"
SAVE_ARGS=()
for n in 0 1; do
  jar="$DATA/patient$n.jar"; rm -f "$jar"; sign_in "patient$n@load.test" "$jar"
  token=$(form_token /Journal/Entry "$jar")
  SAVE_ARGS+=("$(cookie_header "$jar")" "$token")
done
PATIENT_COOKIE=$(cookie_header "$DATA/patient0.jar")
jar="$DATA/clinician0.jar"; rm -f "$jar"; sign_in "clinician0@load.test" "$jar"; CLINICIAN_COOKIE=$(cookie_header "$jar")
DATES=$(python3 -c 'import datetime; t=datetime.datetime.now(datetime.timezone.utc).date(); print(",".join(str(t-datetime.timedelta(days=d)) for d in range(1,31)))')

for url in /Home /Clinician; do
  cookie=$PATIENT_COOKIE; [ "$url" = /Clinician ] && cookie=$CLINICIAN_COOKIE
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE$url"); [ "$code" = 200 ] || { echo "GET $url answered $code"; exit 1; }
done

# run NAME wrk-args...: prints rps, p50, p99 from wrk --latency.
declare -A RPS P50 P99
run() {
  local name=$1; shift
  echo "== $name: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout 10s --latency" 
  curl -s -o /dev/null "$BASE/health/live"
  local out; out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency "$@")
  echo "$out" | grep -E 'Requests/sec|Non-2xx|Socket errors|saves_' || true
  RPS[$name]=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  P50[$name]=$(echo "$out" | awk '$1 == "50%" {print $2}')
  P99[$name]=$(echo "$out" | awk '$1 == "99%" {print $2}')
}
run health-live "$BASE/health/live"
run patient-home -H "Cookie: $PATIENT_COOKIE" "$BASE/Home"
run journal-save -s bench/journal-save.lua "$BASE" -- "$DATES" "${SAVE_ARGS[@]}"
run clinician-home -H "Cookie: $CLINICIAN_COOKIE" "$BASE/Clinician"

PEAK_RSS_KB=$(awk '/VmHWM/ {print $2}' /proc/$APP/status)
kill $APP; wait $APP 2>/dev/null || true; trap - EXIT

echo
echo "== results: $PATIENTS patients x $DAYS days, $CONNECTIONS connections, $THREADS wrk threads, $DURATION each"
printf '%-16s %10s %10s %10s\n' endpoint rps p50 p99
for name in health-live patient-home journal-save clinician-home; do
  printf '%-16s %10s %10s %10s\n' "$name" "${RPS[$name]}" "${P50[$name]}" "${P99[$name]}"
done
printf '%-16s %10s\n' raw-sqlite-commit "$RAW"
echo "peak RSS of the app: $((PEAK_RSS_KB / 1024)) MB"
