#!/usr/bin/env bash
# The long fuzz run (docs/FUZZING.md): EngineFuzzTest and ReadersFuzzTest round after round, each round
# with a fresh random seed, for MINUTES (default 30). Stops at the first failing round, whose jqwik report
# (the shrunk sample and the seed to replay it) is in core/target/surefire-reports/.
#   scripts/fuzz.sh [MINUTES]     env: TRIES (per property per round, default 2000),
#                                      MAX_CHARS (engine texts, default 100000), MAX_BYTES (reader inputs,
#                                      default 300000), DEADLINE_MS (per article, default 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-30}
end=$(( $(date +%s) + minutes * 60 ))
round=0
tries=0
while [ "$(date +%s)" -lt "$end" ]; do
  round=$((round + 1))
  if ! mvn -q -B -ntp test -pl core -Dtest='EngineFuzzTest,ReadersFuzzTest' -Dsurefire.failIfNoSpecifiedTests=false -Dmaven.test.redirectTestOutputToFile=true \
      -Djqwik.tries.default="${TRIES:-2000}" -Donrecord.fuzz.maxChars="${MAX_CHARS:-100000}" \
      -Donrecord.fuzz.maxBytes="${MAX_BYTES:-300000}" -Donrecord.fuzz.deadlineMs="${DEADLINE_MS:-20000}"; then
    echo "fuzz: round $round FAILED after $(( (end - minutes * 60 - $(date +%s)) / -60 )) min; see core/target/surefire-reports/"
    exit 1
  fi
  n=$(grep -ho 'tries = [0-9]*' core/target/surefire-reports/*FuzzTest-output.txt 2>/dev/null | awk '{s += $3} END {print s + 0}')
  tries=$((tries + n))
  echo "fuzz: round $round passed ($n tries, $tries in all) at $(date -u +%H:%M:%S)"
done
echo "fuzz: $round rounds, $tries tries, no failure in $minutes min"
