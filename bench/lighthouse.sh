#!/usr/bin/env bash
# Lighthouse on a phone: Lighthouse 12.2.3 (npm, installed under bench/.data, never committed) with Debian's Chromium,
# its default mobile emulation and simulated throttling, against the Release app (Production config, as behind a TLS
# proxy, SQLite seeded by the bulk seeder: PATIENTS x DAYS, default 4 x 730). Each page is audited RUNS times (default
# 3) with a fresh signed-in cookie (the real sign-in forms via curl; two-factor for the clinician) and the medians of
# performance, accessibility and best practices are printed, with the median total blocking time and DOM size.
# Usage: bench/lighthouse.sh [PATIENTS] [DAYS]   env: RUNS=3 RESEED=1 (RUNS=1 for a quick look)
set -euo pipefail
cd "$(dirname "$0")/.."
PATIENTS="${1:-4}"; DAYS="${2:-730}"; RUNS="${RUNS:-3}"
DATA=bench/.data; mkdir -p "$DATA"
SEED_DB="$DATA/load-$PATIENTS-$DAYS.db"; RUN_DB="$DATA/lighthouse.db"
PASSWORD=load-test-password-2026
LH_DIR="$DATA/lighthouse-12.2.3"; OUT="$DATA/lighthouse"
. bench/lib.sh
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install -y sqlite3"; exit 2; }
[ -x /usr/bin/chromium ] || { echo "chromium is missing: apt-get install -y chromium"; exit 2; }
if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ]; then
  echo "== npm i -E lighthouse@12.2.3 (in $LH_DIR)"
  mkdir -p "$LH_DIR"; (cd "$LH_DIR" && npm init -y >/dev/null && npm i -E --no-audit --no-fund lighthouse@12.2.3 >/dev/null)
fi
LIGHTHOUSE="$LH_DIR/node_modules/.bin/lighthouse"

# Published, as deployed: a Release build alone has no wwwroot beside it (and not the pre-compressed copies the static
# asset endpoints point to), so run from bin/ its styles and scripts would answer empty.
echo "== build (Release) and publish"
dotnet build -c Release bench/Healactively.LoadSeed --nologo -v quiet >/dev/null
PUBLISH="$PWD/$DATA/publish"
rm -rf "$PUBLISH"; dotnet publish -c Release src/Healactively.Web -o "$PUBLISH" --nologo -v quiet >/dev/null
APP_DLL="$PUBLISH/Healactively.Web.dll"
SEEDER="dotnet bench/Healactively.LoadSeed/bin/Release/net10.0/Healactively.LoadSeed.dll"
if [ ! -f "$SEED_DB" ] || [ "${RESEED:-0}" = 1 ]; then
  echo "== seed $PATIENTS patients x $DAYS days"
  $SEEDER seed "$SEED_DB" "$PATIENTS" "$DAYS"
fi
rm -f "$RUN_DB" "$RUN_DB-wal" "$RUN_DB-shm"; cp "$SEED_DB" "$RUN_DB"
sqlite3 "$RUN_DB" "UPDATE AspNetUsers SET JournalStamp = 1 WHERE JournalStamp = 0"
PATIENT0_ID=$(sqlite3 "$RUN_DB" "SELECT Id FROM AspNetUsers WHERE NormalizedEmail = 'PATIENT0@LOAD.TEST'")
start_app "$RUN_DB" RateLimiting__PermitLimit=1000 ASPNETCORE_CONTENTROOT="$PUBLISH"
rm -rf "$OUT"; mkdir -p "$OUT"

# audit NAME URL [EMAIL [AUTHENTICATOR_KEY]]: RUNS audits, each after a fresh sign-in (none for a visitor's page).
audit() {
  local name=$1 url=$2 email=${3:-} key=${4:-} jar="$DATA/lighthouse.jar" run
  for run in $(seq 1 "$RUNS"); do
    local headers="{\"X-Forwarded-Proto\": \"https\"}"
    if [ -n "$email" ]; then
      [ -z "$key" ] || [ "$run" = 1 ] || wait_next_step
      sign_in "$email" "$jar" "$key"; expect_ok "$jar" "$url"
      headers="{\"X-Forwarded-Proto\": \"https\", \"Cookie\": \"$(cookie_header "$jar")\"}"
    fi
    echo "$headers" > "$OUT/headers.json"
    CHROME_PATH=/usr/bin/chromium "$LIGHTHOUSE" "$BASE$url" --quiet \
      --only-categories=performance,accessibility,best-practices \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" --extra-headers="$OUT/headers.json" \
      --output=json --output-path="$OUT/$name-$run.json" >/dev/null 2>"$OUT/$name-$run.log" || echo "   (lighthouse exited non-zero on $name run $run; see $OUT/$name-$run.log)"
  done
  ROWS+=("$name|$url")
}
# A staff code works once per 30 s step: the next sign-in of the same clinician waits for the next step.
wait_next_step() { sleep $((31 - $(date +%s) % 30)); }

ROWS=()
P=patient0@load.test
audit landing /
audit login /Identity/Account/Login
audit home /Home $P
audit journal-entry /Journal/Entry $P
audit journal /Journal $P
audit wins /Wins $P
audit progress /Progress $P
audit progress-365 "/Progress?range=365" $P
audit clinician /Clinician clinician0@load.test "$CLINICIAN_KEY"
audit timeline "/Clinician/Patients/$PATIENT0_ID" clinician0@load.test "$CLINICIAN_KEY"
stop_app

echo
echo "== medians of $RUNS runs (Lighthouse 12.2.3, mobile emulation, simulated throttling)"
python3 - "$OUT" "$RUNS" "${ROWS[@]}" <<'PY'
import json, statistics, sys, os
out, runs, rows = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
print(f"| page | performance | accessibility | best practices | total blocking time (ms) | DOM nodes |")
print(f"|---|---:|---:|---:|---:|---:|")
for row in rows:
    name, url = row.split("|", 1)
    reports = []
    for run in range(1, runs + 1):
        path = os.path.join(out, f"{name}-{run}.json")
        if os.path.exists(path):
            with open(path) as f:
                reports.append(json.load(f))
    if not reports:
        print(f"| `{url}` | — | — | — | — | — |"); continue
    def median_score(cat):
        values = [r["categories"][cat]["score"] for r in reports if r["categories"][cat]["score"] is not None]
        return round(statistics.median(values) * 100) if values else "—"
    def median_audit(audit):
        values = [r["audits"][audit].get("numericValue") for r in reports if r["audits"].get(audit, {}).get("numericValue") is not None]
        return round(statistics.median(values)) if values else "—"
    shown = "/Clinician/Patients/{id}" if url.startswith("/Clinician/Patients/") else url
    print(f"| `{shown}` | {median_score('performance')} | {median_score('accessibility')} | {median_score('best-practices')} | {median_audit('total-blocking-time')} | {median_audit('dom-size')} |")
PY
