#!/bin/sh
# Rebuilds the gold sample's occurrences from the shared PolNeAR files, writes them into real stores with
# clusters on and off, and measures clustering on the gold pairs and on the held-out pairs (docs/PROVENANCE.md).
# Usage: eval/provenance/run.sh [WORKDIR]   (run from the repository root after mvn -DskipTests package
# and mvn -pl store -am test-compile; WORKDIR defaults to /tmp/onrecord-provenance)
set -eu
work=${1:-/tmp/onrecord-provenance}
mkdir -p "$work"
here=$(dirname "$0")
python3 "$here/occurrences.py" store-input "$work/occurrences.jsonl"
python3 "$here/variants.py" >> "$work/occurrences.jsonl"
m2=${M2_REPO:-$HOME/.m2/repository}
cp="core/target/classes:store/target/classes:store/target/test-classes"
for jar in com/fasterxml/jackson/core/jackson-databind/2.18.2/jackson-databind-2.18.2.jar \
    com/fasterxml/jackson/core/jackson-annotations/2.18.2/jackson-annotations-2.18.2.jar \
    com/fasterxml/jackson/core/jackson-core/2.18.2/jackson-core-2.18.2.jar \
    org/xerial/sqlite-jdbc/3.54.1.0/sqlite-jdbc-3.54.1.0.jar \
    io/github/java-diff-utils/java-diff-utils/4.12/java-diff-utils-4.12.jar; do
  cp="$cp:$m2/$jar"
done
for mode in off on off on; do
  java -cp "$cp" org.onrecord.store.ProvenanceEval "$work/occurrences.jsonl" "$work/store-$mode.db" "$mode"
done
python3 "$here/measure.py" "$work/store-on.db" "$work/occurrences.jsonl" 2> "$work/misses.tsv"
echo "misses (FP/FN pairs): $work/misses.tsv"
python3 "$here/measure.py" "$work/store-on.db" "$work/occurrences.jsonl" heldout.tsv 2> "$work/heldout-misses.tsv"
echo "held-out misses (FP/FN pairs): $work/heldout-misses.tsv"
