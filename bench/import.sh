#!/usr/bin/env bash
# Five-year CSV import through the real form: a patient with an empty journal imports 1,826 days (numbers, flare-ups,
# functional wins, notes and tags) in one file, in a fresh Release app process. Prints the request's wall time
# (curl's time_total) and the app's peak RSS (VmHWM) after the import. Issue 19's target: < 2 s and < 300 MB.
# Usage: bench/import.sh [DAYS]   (default 1826; uses the 20 x 730 seed of bench/pages.sh, whose patient4 is emptied)
set -euo pipefail
cd "$(dirname "$0")/.."
DAYS="${1:-1826}"
DATA=bench/.data; mkdir -p "$DATA"
SEED_DB="$DATA/load-20-730.db"; RUN_DB="$DATA/import.db"
PASSWORD=load-test-password-2026
. bench/lib.sh

dotnet build -c Release bench/Healactively.LoadSeed --nologo -v quiet >/dev/null
dotnet build -c Release src/Healactively.Web --nologo -v quiet >/dev/null
[ -f "$SEED_DB" ] || dotnet bench/Healactively.LoadSeed/bin/Release/net10.0/Healactively.LoadSeed.dll seed "$SEED_DB" 20 730
rm -f "$RUN_DB" "$RUN_DB-wal" "$RUN_DB-shm"; cp "$SEED_DB" "$RUN_DB"
sqlite3 "$RUN_DB" "DELETE FROM Wins WHERE PatientId = (SELECT Id FROM AspNetUsers WHERE NormalizedEmail = 'PATIENT4@LOAD.TEST');
  DELETE FROM JournalEntries WHERE PatientId = (SELECT Id FROM AspNetUsers WHERE NormalizedEmail = 'PATIENT4@LOAD.TEST');"

python3 - "$DAYS" > "$DATA/five-years.csv" <<'PY'
import datetime, random, sys
days = int(sys.argv[1]); random.seed(19)
today = datetime.datetime.now(datetime.timezone.utc).date()
print("date,pain,sitting_minutes,walking_meters,flare,stood_without_wincing,slept_through_night,easier_today,triggers,helped")
for d in range(days, 0, -1):
    p = (days - d) / days
    flare = {0: "start", 39: "end"}.get(d % 42, "")
    print(f"{today - datetime.timedelta(days=d)},{max(0, min(10, round(7 - 4 * p + random.randint(-1, 1))))},"
          f"{int(20 + 40 * p) + random.randint(-8, 8)},{int(500 + 2500 * p) + random.randint(-300, 300)},{flare},"
          f"{random.randint(0, 3) // 3},{random.randint(0, 3) // 3},Tied my shoes on day {d},long drive;lifting,heat pack;short walk")
PY

start_app "$RUN_DB"
JAR="$DATA/import.jar"
sign_in patient4@load.test "$JAR"; expect_ok "$JAR" /Journal/Import
RSS_BEFORE_KB=$(awk '/VmRSS/ {print $2}' /proc/$APP/status)
TIME=$(curl -s -o "$DATA/body" -w '%{http_code} %{time_total}' -H "$PROXY_HEADER" -H "Cookie: $(cookie_header "$JAR")" \
  -F "__RequestVerificationToken=$(page_token)" -F "file=@$DATA/five-years.csv;type=text/csv" "$BASE/Journal/Import")
ENTRIES=$(sqlite3 "$RUN_DB" "SELECT count(*) FROM JournalEntries WHERE PatientId = (SELECT Id FROM AspNetUsers WHERE NormalizedEmail = 'PATIENT4@LOAD.TEST')")
WINS=$(sqlite3 "$RUN_DB" "SELECT count(*) FROM Wins WHERE PatientId = (SELECT Id FROM AspNetUsers WHERE NormalizedEmail = 'PATIENT4@LOAD.TEST')")
stop_app
echo "import of $DAYS days ($(stat -c %s "$DATA/five-years.csv") bytes): HTTP ${TIME% *} in ${TIME#* } s; $ENTRIES entries and $WINS wins stored"
echo "app RSS before the import: $((RSS_BEFORE_KB / 1024)) MB; peak RSS of the app (start-up, sign-in, import): $((PEAK_RSS_KB / 1024)) MB"
echo "load average: $(cat /proc/loadavg)"
