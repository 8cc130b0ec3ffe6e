#!/usr/bin/env bash
# Page benchmark: every page a patient uses, the clinician timeline and the two posts, against the framework's own
# signed-in page and form post, in ONE Release app process, one after the other.
# Seeds PATIENTS x DAYS (default 20 x 730; `bench/pages.sh 10000 365` for the big database) once with the bulk seeder,
# copies it fresh, starts the app (as behind a TLS proxy, Production config, SQLite in WAL) and, for each row, signs in
# fresh, fetches the page once (status and HTML size), then runs wrk (WARMUP discarded, DURATION measured).
# Usage: bench/pages.sh [PATIENTS] [DAYS]   env: DURATION=10s WARMUP=3s CONNECTIONS=32 THREADS=2 RESEED=1
#
# /Home is measured uncached: the app runs with PatientViewCache__Uncached__0=home. The view cache (PatientViewCache)
# keeps a patient's home under their journal stamp, local day and unit, so wrk replaying one cookie would otherwise
# measure one cached view after the first request, and no query string changes that key. The other cached views stay
# cached, as in production: the progress charts and "what helps" are computed once per journal stamp (the first
# request of each run, then reused), and the clinician's triage rows are not requested here.
set -euo pipefail
cd "$(dirname "$0")/.."
PATIENTS="${1:-20}"; DAYS="${2:-730}"
DURATION="${DURATION:-10s}"; WARMUP="${WARMUP:-3s}"; CONNECTIONS="${CONNECTIONS:-32}"; THREADS="${THREADS:-2}"
DATA=bench/.data; mkdir -p "$DATA"
SEED_DB="$DATA/load-$PATIENTS-$DAYS.db"; RUN_DB="$DATA/pages.db"
PASSWORD=load-test-password-2026
. bench/lib.sh
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install -y sqlite3"; exit 2; }
[ "$PATIENTS" -ge 4 ] || { echo "need at least 4 patients"; exit 2; }

echo "== build (Release)"
dotnet build -c Release bench/Healactively.LoadSeed --nologo -v quiet >/dev/null
dotnet build -c Release src/Healactively.Web --nologo -v quiet >/dev/null
SEEDER="dotnet bench/Healactively.LoadSeed/bin/Release/net10.0/Healactively.LoadSeed.dll"
if [ ! -f "$SEED_DB" ] || [ "${RESEED:-0}" = 1 ]; then
  echo "== seed $PATIENTS patients x $DAYS days"
  $SEEDER seed "$SEED_DB" "$PATIENTS" "$DAYS"
fi
rm -f "$RUN_DB" "$RUN_DB-wal" "$RUN_DB-shm"; cp "$SEED_DB" "$RUN_DB"
# Seeds made before the seeder raised journal stamps left them at 0, under which no view is cached: raise them as the
# app's first journal write would.
sqlite3 "$RUN_DB" "UPDATE AspNetUsers SET JournalStamp = 1 WHERE JournalStamp = 0"
PATIENT0_ID=$(sqlite3 "$RUN_DB" "SELECT Id FROM AspNetUsers WHERE NormalizedEmail = 'PATIENT0@LOAD.TEST'")

# Every row signs in fresh (about 15 sign-in posts a run): the sign-in rate limit (10 posts a minute per address) is
# raised for this process only.
start_app "$RUN_DB" PatientViewCache__Uncached__0=home RateLimiting__PermitLimit=1000
declare -A RPS P50 P99 CPU_MS BYTES
ROWS=()
LOAD_BEFORE=$(cat /proc/loadavg)

# page NAME EMAIL URL [AUTHENTICATOR_KEY]: fresh sign-in, the page once (200 and its HTML size), then wrk on it.
page() {
  local name=$1 email=$2 url=$3 key=${4:-} jar="$DATA/pages.jar"
  sign_in "$email" "$jar" "$key"; expect_ok "$jar" "$url"
  BYTES[$name]=$(stat -c %s "$DATA/body")
  wrk_run "$name" -H "Cookie: $(cookie_header "$jar")" "$BASE$url"
  ROWS+=("$name")
}

P=patient0@load.test
page "GET /Identity/Account/Manage" $P /Identity/Account/Manage
page "GET /Home (uncached)" $P /Home
page "GET /Journal/Entry" $P /Journal/Entry
page "GET /Journal" $P /Journal
page "GET /Wins" $P /Wins
page "GET /Progress?range=30" $P "/Progress?range=30"
page "GET /Progress?range=90" $P "/Progress?range=90"
page "GET /Progress?range=365" $P "/Progress?range=365"
page "GET /Progress/WhatHelps" $P /Progress/WhatHelps
page "GET /Wins/Week" $P /Wins/Week
# The clinician timeline of patient0 (clinician0 is linked to the first 200 patients); every request writes its audit row.
page "GET /Clinician/Patients/{id}" clinician0@load.test "/Clinician/Patients/$PATIENT0_ID" "$CLINICIAN_KEY"

# The floor for posts: the framework's own form post that writes one row (a new phone number every post), patient3.
JAR="$DATA/pages.jar"
sign_in patient3@load.test "$JAR"; expect_ok "$JAR" /Identity/Account/Manage
wrk_run "POST Manage phone number" -s bench/manage-phone.lua "$BASE" -- "$(cookie_header "$JAR")" "$(page_token)"
ROWS+=("POST Manage phone number")

# Real saves: patients 0 and 1 (one per wrk thread) change pain and sitting on each of the last 30 days in turn.
DATES=$(python3 -c 'import datetime; t=datetime.datetime.now(datetime.timezone.utc).date(); print(",".join(str(t-datetime.timedelta(days=d)) for d in range(1,31)))')
SAVE_ARGS=()
for n in 0 1; do
  jar="$DATA/patient$n.jar"; sign_in "patient$n@load.test" "$jar"; expect_ok "$jar" /Journal/Entry
  SAVE_ARGS+=("$(cookie_header "$jar")" "$(page_token)")
done
wrk_run "POST journal save (a change)" -s bench/journal-save.lua "$BASE" -- "$DATES" "${SAVE_ARGS[@]}"
ROWS+=("POST journal save (a change)")

# A save that changes nothing: patient2's yesterday is first saved once with the values the script then repeats.
YESTERDAY=${DATES%%,*}
jar="$DATA/patient2.jar"; sign_in patient2@load.test "$jar"; expect_ok "$jar" "/Journal/Entry/$YESTERDAY"
VERSION=$(grep -o 'name="Input.Version" value="[0-9]*"' "$DATA/body" | grep -o '[0-9]*"$' | tr -d '"')
answer=$(fetch "$jar" "/Journal/Entry/$YESTERDAY" --data-urlencode "__RequestVerificationToken=$(page_token)" \
  --data-urlencode "Input.Version=$VERSION" --data-urlencode "FormKey=primeprime0001" --data-urlencode "Input.Pain=4" --data-urlencode "Input.SittingMinutes=30")
[ "${answer%% *}" = 302 ] || { echo "priming save answered $answer"; exit 1; }
expect_ok "$jar" "/Journal/Entry/$YESTERDAY"
VERSION=$(grep -o 'name="Input.Version" value="[0-9]*"' "$DATA/body" | grep -o '[0-9]*"$' | tr -d '"')
JOURNAL_SAVE_SAME=1 wrk_run "POST journal save (no change)" -s bench/journal-save.lua "$BASE" -- "$YESTERDAY=$VERSION" "$(cookie_header "$jar")" "$(page_token)"
ROWS+=("POST journal save (no change)")

LOAD_AFTER=$(cat /proc/loadavg)
stop_app

echo
echo "== results: $PATIENTS patients x $DAYS days, $CONNECTIONS connections, $THREADS wrk threads, $DURATION each after $WARMUP warm-up"
echo "   GET rows: ratios to GET /Identity/Account/Manage; POST rows: ratios to POST Manage phone number"
echo "   CPU: the app's CPU milliseconds per request (user + system, /proc); CPU ratio: the floor's CPU per request / this row's"
printf '| %-34s | %10s | %9s | %9s | %10s | %8s | %8s | %9s |\n' page "requests/s" p50 p99 "HTML bytes" "ratio" "CPU ms" "CPU ratio"
printf '|%s|%s:|%s:|%s:|%s:|%s:|%s:|%s:|\n' "------------------------------------" "-----------" "----------" "----------" "-----------" "---------" "---------" "----------"
for name in "${ROWS[@]}"; do
  case "$name" in POST*) floor="POST Manage phone number"; bytes=- ;; *) floor="GET /Identity/Account/Manage"; bytes=${BYTES[$name]} ;; esac
  ratio=$(python3 -c "print('%.2f' % (float('${RPS[$name]}') / float('${RPS[$floor]}')))")
  cpu_ratio=$(python3 -c "print('%.2f' % (float('${CPU_MS[$floor]}') / max(0.001, float('${CPU_MS[$name]}'))))")
  printf '| %-34s | %10s | %9s | %9s | %10s | %8s | %8s | %9s |\n' "\`$name\`" "${RPS[$name]}" "${P50[$name]}" "${P99[$name]}" "$bytes" "$ratio" "${CPU_MS[$name]}" "$cpu_ratio"
done
echo "load average before: $LOAD_BEFORE"
echo "load average after:  $LOAD_AFTER"
echo "peak RSS of the app: $((PEAK_RSS_KB / 1024)) MB"
