#!/usr/bin/env bash
# Benchmark (not a test): the Spark job in local mode against the plain CLI on generated corpora,
# with 1 and 2 cores.
#   spark/bench/throughput.sh [ARTICLES] [REPEATS]   (default 60000 synthetic news-like articles, 3)
# Each command runs REPEATS times (the fastest counts: the machine is shared) on a corpus of
# ARTICLES and on one of ARTICLES/6. Reported per run:
#   end-to-end articles/s on the large corpus (wall clock, JVM and Spark start-up included);
#   steady articles/s = (large - small) / (time large - time small), start-up and fixed costs removed;
#   overhead = CLI rate / job rate, for both.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
large="${1:-60000}"
repeats="${2:-3}"
small=$(( large / 6 ))
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$root" && mvn -q -B -DskipTests -pl cli,spark -am package >&2)
"$root/spark/bin/onrecord-spark" --version >/dev/null   # resolves Spark's classpath once, untimed
# The jars are copied so that editing the sources meanwhile cannot trigger a rebuild mid-run.
cp "$root/cli/target/onrecord.jar" "$root/spark/target/onrecord-spark.jar" "$work/"
classpath="$work/onrecord-spark.jar:$(cat "$root/spark/target/local-classpath.txt")"
for n in "$small" "$large"; do
  java -cp "$classpath" org.onrecord.spark.SyntheticCorpus "$n" "$work/corpus-$n.jsonl"
done
bytes=$(stat -c %s "$work/corpus-$large.jsonl")
echo "corpus: $large articles, $bytes bytes ($(( bytes / large )) bytes/article as JSONL); small corpus $small"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

seconds() {  # runs "$@" REPEATS times and prints the fastest wall-clock seconds
  local best="" start end t
  for _ in $(seq "$repeats"); do
    start=$(date +%s.%N)
    "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  done
  echo "$best"
}
cli() { java -jar "$work/onrecord.jar" extract --jsonl --threads "$1" --no-progress "$work/corpus-$2.jsonl"; }
job() {  # what spark/bin/onrecord-spark runs
  rm -rf "$work/out"
  java @"$root/spark/conf/java-options" -Dlog4j2.configurationFile="$root/spark/conf/log4j2.properties" \
    -Dspark.ui.enabled=false -cp "$classpath" org.onrecord.spark.SparkMain \
    extract --master "local[$1]" --input "$work/corpus-$2.jsonl" --output "$work/out"
}

printf '%-24s %10s %14s %14s %10s %10s\n' run "seconds" "end-to-end/s" "steady/s" overhead "(steady)"
for cores in 1 2; do
  cs=$(seconds cli "$cores" "$small"); cl=$(seconds cli "$cores" "$large")
  js=$(seconds job "$cores" "$small"); jl=$(seconds job "$cores" "$large")
  cli_rate=$(echo "$large / $cl" | bc -l); cli_steady=$(echo "($large - $small) / ($cl - $cs)" | bc -l)
  job_rate=$(echo "$large / $jl" | bc -l); job_steady=$(echo "($large - $small) / ($jl - $js)" | bc -l)
  printf '%-24s %10.1f %14.0f %14.0f %10s %10s\n' "cli --threads $cores" "$cl" "$cli_rate" "$cli_steady" 1.00 1.00
  printf '%-24s %10.1f %14.0f %14.0f %10.2f %10.2f\n' "spark job local[$cores]" "$jl" "$job_rate" "$job_steady" \
    "$(echo "$cli_rate / $job_rate" | bc -l)" "$(echo "$cli_steady / $job_steady" | bc -l)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
