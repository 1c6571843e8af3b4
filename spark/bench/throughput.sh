#!/usr/bin/env bash
# Benchmark (not a test): the Spark job in local mode against the plain CLI on one generated corpus,
# with 1 and 2 cores. Prints articles/s and the job's overhead ratio (CLI rate / job rate).
#   spark/bench/throughput.sh [ARTICLES]      (default 60000 synthetic news-like articles)
# Wall-clock times include JVM (and Spark) start-up, as a user would see them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
articles="${1:-60000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$root" && mvn -q -B -DskipTests -pl cli,spark -am package >&2)
"$root/spark/bin/onrecord-spark" --version >/dev/null   # resolves Spark's classpath once, untimed
corpus="$work/corpus.jsonl"
java -cp "$root/spark/target/onrecord-spark.jar:$(cat "$root/spark/target/local-classpath.txt")" \
  org.onrecord.spark.SyntheticCorpus "$articles" "$corpus"
echo "corpus: $articles articles, $(stat -c %s "$corpus") bytes ($(( $(stat -c %s "$corpus") / articles )) bytes/article)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

seconds() {  # runs "$@" and prints its wall-clock seconds
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
rate() { echo "scale=0; $articles / $1" | bc; }

printf '%-28s %9s %12s %10s\n' run seconds articles/s overhead
for cores in 1 2; do
  cli=$(seconds java -jar "$root/cli/target/onrecord.jar" extract --jsonl --threads "$cores" --no-progress "$corpus")
  job=$(seconds "$root/spark/bin/onrecord-spark" extract --master "local[$cores]" --input "$corpus" \
        --output "$work/out-$cores")
  printf '%-28s %9.1f %12s %10s\n' "cli --threads $cores" "$cli" "$(rate "$cli")" "1.00"
  printf '%-28s %9.1f %12s %10.2f\n' "spark job local[$cores]" "$job" "$(rate "$job")" "$(echo "$job / $cli" | bc -l)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
