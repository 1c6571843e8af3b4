#!/usr/bin/env bash
# Usage: scripts/eval-all.sh JAR [outfile]   (from the repository root)
# Runs `java -jar JAR eval` on PolNeAR dev and on the outlets tune and check halves and prints
# one table of the headline figures (as eval prints them). Only the figure lines of eval's
# output are kept (--errors 0, no breakdown shown), so no check-article text is ever printed.
# Paths can be overridden with POLNEAR_DEV=... OUTLETS=... ; eval threads with THREADS=N.
set -u
if [ $# -lt 1 ] || [ ! -f "$1" ]; then
  echo "usage: $0 JAR [outfile]" >&2
  exit 2
fi
JAR=$1
OUT=${2:-}
P=${POLNEAR_DEV:-../shared/eval/polnear.dev.jsonl}
O=${OUTLETS:-../devsets/outlets}
THREADS_OPT=()
[ -n "${THREADS:-}" ] && THREADS_OPT=(--threads "$THREADS")

MARKS="--types direct --pred-types direct,mixed"
SPEECH="--types direct,mixed,indirect --pred-types direct,mixed,indirect"

# label|gold|options
RUNS=(
  "polnear-dev  marks|$P|$MARKS"
  "polnear-dev  all types|$P|--types direct,mixed,indirect --pred-types direct,mixed,indirect,stance"
)
for half in tune check; do
  RUNS+=(
    "$half  marks|$O/outlets.$half.jsonl|$MARKS"
    "$half  marks by-name|$O/outlets.$half.jsonl|$MARKS --by-name"
    "$half  speech|$O/outlets.$half.jsonl|$SPEECH"
    "$half  speech by-name|$O/outlets.$half.jsonl|$SPEECH --by-name"
    "$half  speech acts=speech by-name|$O/outlets.$half.jsonl|$SPEECH --acts speech --by-name"
  )
done

report() {
  echo "jar: $JAR ($(stat -c '%y' "$JAR" | cut -d. -f1), sha256 $(sha256sum "$JAR" | cut -c1-12))"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  printf '%-34s %5s %5s  %6s %6s %6s  %6s %5s  %6s  %s\n' \
    run gold pred P R F1 spkacc spk_n e2eF1 "junk (bare pronouns)"
  for r in "${RUNS[@]}"; do
    IFS='|' read -r label gold opts <<<"$r"
    if [ ! -f "$gold" ]; then
      printf '%-34s missing gold %s\n' "$label" "$gold"; continue
    fi
    # shellcheck disable=SC2086
    res=$(java -jar "$JAR" eval --gold "$gold" $opts --errors 0 "${THREADS_OPT[@]}" 2>&1)
    rc=$?
    line=$(grep -m1 '^score.py:' <<<"$res")
    if [ $rc -ne 0 ] || [ -z "$line" ]; then
      printf '%-34s FAILED (exit %s): %s\n' "$label" "$rc" "$(tail -1 <<<"$res")"; continue
    fi
    get() { sed -n "s/.*[ :]$1=\([^ ]*\).*/\1/p" <<<"$line"; }
    junk=$(grep -m1 '^junk speakers' <<<"$res" \
      | sed -n 's/^junk speakers *\([0-9]*\) of \([0-9]*\).*bare pronouns \([0-9]*\).*/\1\/\2 (\3)/p')
    printf '%-34s %5s %5s  %6s %6s %6s  %6s %5s  %6s  %s\n' "$label" \
      "$(get gold)" "$(get pred)" "$(get P)" "$(get R)" "$(get F1)" \
      "$(get speaker_acc)" "$(get speaker_n)" "$(get e2e_F1)" "${junk:--}"
  done
  echo "marks = --types direct --pred-types direct,mixed; speech = --types direct,mixed,indirect --pred-types direct,mixed,indirect;"
  echo "all types = --types direct,mixed,indirect --pred-types direct,mixed,indirect,stance; speakers by mention overlap unless by-name."
}

if [ -n "$OUT" ]; then
  report | tee "$OUT"
else
  report
fi
