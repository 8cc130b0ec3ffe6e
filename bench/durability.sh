#!/usr/bin/env bash
# Runs the kill-mid-load durability test ten times (each run = the test's two cases: 50 writers through the real
# pages of a real server process, SIGKILL, restart, every acknowledged save checked, PRAGMA integrity_check).
# Prints one line per run and a summary; exits non-zero if any run failed.
# Usage: bench/durability.sh [runs]   (default 10; builds Debug once first)
set -uo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"

dotnet build tests/Healactively.Web.Tests --nologo -v quiet >/dev/null || { echo "build failed"; exit 2; }

passed=0; failed=0; acked=0
for i in $(seq 1 "$runs"); do
  log=$(mktemp)
  if dotnet test tests/Healactively.Web.Tests --no-build --nologo \
      --filter "FullyQualifiedName~Durability.DurabilityTests" \
      --logger "console;verbosity=detailed" >"$log" 2>&1; then
    verdict=PASS; passed=$((passed + 1))
  else
    verdict=FAIL; failed=$((failed + 1))
  fi
  n=$(grep -oE '[0-9]+ saves acknowledged' "$log" | awk '{s += $1} END {print s + 0}')
  lost=$(grep -oE '[0-9]+ acknowledged saves missing' "$log" | awk '{s += $1} END {print s + 0}')
  acked=$((acked + n))
  printf 'run %2d: %s  acknowledged %4d  missing %d\n' "$i" "$verdict" "$n" "$lost"
  if [ "$verdict" = FAIL ]; then
    grep -E 'Error Message|Assert|Exception' "$log" | head -5 | sed 's/^/        /'
  fi
  rm -f "$log"
done

echo "summary: $passed/$runs runs passed, $failed failed; $acked acknowledged saves checked after SIGKILL"
[ "$failed" -eq 0 ]
