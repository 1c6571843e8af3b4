#!/usr/bin/env bash
# Benchmark (not a test): the Spark job in local mode against the plain CLI on generated corpora,
# with 1 and 2 cores.
#   spark/bench/throughput.sh [ARTICLES] [REPEATS]   (default 60000 articles, 3 repeats)
# Two corpora of synthetic news-like articles: plain text (ARTICLES of them) and HTML pages padded
# to 100 KB with scripts, menus and links (ARTICLES/40). Each command runs REPEATS times (the
# fastest counts: the machine may be shared) on the corpus and on one a sixth of its size. Reported:
#   wall s      wall clock on the large corpus, JVM and Spark start-up included
#   end-to-end  articles / wall s
#   steady      (large - small) / (wall large - wall small): start-up and fixed costs removed
#   per cpu-s   (large - small) / (CPU s large - CPU s small), user + system time of the process:
#               the figure to size a cluster with, and the one least disturbed by other load
#   overhead    CLI per cpu-s / job per cpu-s
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
large="${1:-60000}"
repeats="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$root" && mvn -q -B -DskipTests -pl cli,spark -am package >&2)
"$root/spark/bin/onrecord-spark" --version >/dev/null   # resolves Spark's classpath once, untimed
# The jars are copied so that editing the sources meanwhile cannot trigger a rebuild mid-run.
cp "$root/cli/target/onrecord.jar" "$root/spark/target/onrecord-spark.jar" "$work/"
classpath="$work/onrecord-spark.jar:$(cat "$root/spark/target/local-classpath.txt")"
generate() { java -cp "$classpath" org.onrecord.spark.SyntheticCorpus "$@"; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"

measure() {  # runs "$@" REPEATS times; prints the fastest wall seconds and the least CPU seconds
  local best_wall="" best_cpu="" t wall cpu
  for _ in $(seq "$repeats"); do
    t=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>"$work/stderr"; } 2>&1 ) \
      || { cat "$work/stderr" >&2; exit 1; }
    wall=$(echo "$t" | tail -1 | awk '{print $1}'); cpu=$(echo "$t" | tail -1 | awk '{print $2 + $3}')
    if [ -z "$best_wall" ] || [ "$(echo "$wall < $best_wall" | bc -l)" = 1 ]; then best_wall=$wall; fi
    if [ -z "$best_cpu" ] || [ "$(echo "$cpu < $best_cpu" | bc -l)" = 1 ]; then best_cpu=$cpu; fi
  done
  echo "$best_wall $best_cpu"
}
cli() { java -jar "$work/onrecord.jar" extract --jsonl --threads "$1" --no-progress "$2"; }
job() {  # what spark/bin/onrecord-spark runs
  rm -rf "$work/out"
  java @"$root/spark/conf/java-options" -Dlog4j2.configurationFile="$root/spark/conf/log4j2.properties" \
    -Dspark.ui.enabled=false -cp "$classpath" org.onrecord.spark.SparkMain \
    extract --master "local[$1]" --input "$2" --output "$work/out"
}

compare() {  # compare NAME SMALL_N LARGE_N: both tools, 1 and 2 cores
  local name=$1 small=$2 big=$3 cores s l rate steady cpu_rate cli_cpu_rate
  printf '\n%s: %s articles (%s bytes as JSONL), small corpus %s; load average %s\n' "$name" "$big" \
    "$(stat -c %s "$work/$name-$big.jsonl")" "$small" "$(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-24s %8s %11s %8s %10s %9s\n' run "wall s" end-to-end steady "per cpu-s" overhead
  for cores in 1 2; do
    for tool in cli job; do
      s=($(measure "$tool" "$cores" "$work/$name-$small.jsonl")); l=($(measure "$tool" "$cores" "$work/$name-$big.jsonl"))
      rate=$(echo "$big / ${l[0]}" | bc -l); steady=$(echo "($big - $small) / (${l[0]} - ${s[0]})" | bc -l)
      cpu_rate=$(echo "($big - $small) / (${l[1]} - ${s[1]})" | bc -l)
      if [ "$tool" = cli ]; then cli_cpu_rate=$cpu_rate; label="cli --threads $cores"; else label="spark job local[$cores]"; fi
      printf '%-24s %8.1f %11.0f %8.0f %10.0f %9.2f\n' "$label" "${l[0]}" "$rate" "$steady" "$cpu_rate" \
        "$(echo "$cli_cpu_rate / $cpu_rate" | bc -l)"
    done
  done
}

text_small=$(( large / 6 )); pages=$(( large / 40 )); pages_small=$(( pages / 5 ))
generate "$text_small" "$work/text-$text_small.jsonl"; generate "$large" "$work/text-$large.jsonl"
generate "$pages_small" "$work/html-$pages_small.jsonl" --html 100; generate "$pages" "$work/html-$pages.jsonl" --html 100
compare text "$text_small" "$large"
compare html "$pages_small" "$pages"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
