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
. bench/lib.sh
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install -y sqlite3"; exit 2; }

echo "== build (Release)"
dotnet build -c Release bench/Healactively.LoadSeed --nologo -v quiet >/dev/null
SEEDER="dotnet bench/Healactively.LoadSeed/bin/Release/net10.0/Healactively.LoadSeed.dll"

if [ ! -f "$SEED_DB" ] || [ "${RESEED:-0}" = 1 ]; then
  echo "== seed $PATIENTS patients x $DAYS days"
  $SEEDER seed "$SEED_DB" "$PATIENTS" "$DAYS"
fi
rm -f "$RUN_DB" "$RUN_DB-wal" "$RUN_DB-shm"; cp "$SEED_DB" "$RUN_DB"
# Seeds made before the seeder raised journal stamps left them at 0, under which no view is cached: raise them as the
# app's first journal write would.
sqlite3 "$RUN_DB" "UPDATE AspNetUsers SET JournalStamp = 1 WHERE JournalStamp = 0"

echo "== raw SQLite commits (WAL, one insert per transaction, same disk)"
RAW=$($SEEDER raw-commits "$DATA/raw.db" 5 | awk '/raw_commits_per_second/ {print $2}')
rm -f "$DATA/raw.db"*

start_app "$RUN_DB"

DATES=$(python3 -c 'import datetime; t=datetime.datetime.now(datetime.timezone.utc).date(); print(",".join(str(t-datetime.timedelta(days=d)) for d in range(1,31)))')

declare -A RPS P50 P99 CPU_MS
# Each wrk run starts right after its own sign-in: wrk cannot keep a renewed cookie, and a session cookie older than
# the app's security-stamp interval (1 min) would make every request re-check the stamp and issue a new cookie.
# So keep WARMUP + DURATION well under a minute.
LOAD_BEFORE=$(cat /proc/loadavg)
wrk_run health-live "$BASE/health/live"

echo "== sign in patient0"
sign_in patient0@load.test "$DATA/patient0.jar"; expect_ok "$DATA/patient0.jar" /Home
wrk_run patient-home -H "Cookie: $(cookie_header "$DATA/patient0.jar")" "$BASE/Home"

echo "== sign in patient0 and patient1 again, journal form tokens"
SAVE_ARGS=()
for n in 0 1; do
  jar="$DATA/patient$n.jar"; sign_in "patient$n@load.test" "$jar"; expect_ok "$jar" /Journal/Entry
  SAVE_ARGS+=("$(cookie_header "$jar")" "$(page_token)")
done
SAVES_PER_SECOND=
wrk_run journal-save -s bench/journal-save.lua "$BASE" -- "$DATES" "${SAVE_ARGS[@]}"
SAVES=$SAVES_PER_SECOND

echo "== sign in clinician0 (password, then authenticator code)"
sign_in clinician0@load.test "$DATA/clinician0.jar" "$CLINICIAN_KEY"; expect_ok "$DATA/clinician0.jar" /Clinician
wrk_run clinician-home -H "Cookie: $(cookie_header "$DATA/clinician0.jar")" "$BASE/Clinician"
LOAD_AFTER=$(cat /proc/loadavg)

stop_app

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
