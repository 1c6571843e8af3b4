#!/bin/sh
# Retrains the confidence model (core/src/main/resources/org/onrecord/attribution/confidence-model.tsv)
# from the engine's own output on PolNeAR train (speakers by mention, or by name where the gold gives
# a name) and the multi-outlet dev set's tuning half (speakers by name), then rebuilds the jar so the
# engine uses it. Run it from the repository after any change to the engine's output; the trainer is
# deterministic, so the same engine and data give the same file. Paths: SHARED (default ../shared)
# holds eval/polnear.train.jsonl; OUTLETS (default ../devsets/outlets) holds outlets.tune.jsonl
# (built by eval/outlets/build.py). Extra arguments go to `onrecord confidence` (e.g. --margin 1).
set -eu
SHARED=${SHARED:-../shared}
OUTLETS=${OUTLETS:-../devsets/outlets}
MODEL=core/src/main/resources/org/onrecord/attribution/confidence-model.tsv
mvn -q -B -ntp -DskipTests package -pl cli -am
java -jar cli/target/onrecord.jar confidence \
    --gold "$SHARED/eval/polnear.train.jsonl" \
    --gold-by-name "$OUTLETS/outlets.tune.jsonl" \
    --note "Engine: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- core || echo ' with uncommitted changes in core')." \
    --note "Command: scripts/train-confidence.sh $*" \
    --write "$MODEL" "$@"
mvn -q -B -ntp -DskipTests package -pl cli -am
echo "train-confidence: wrote $MODEL; check it with (docs/BENCHMARKS.md, section Confidence):"
echo "  java -jar cli/target/onrecord.jar confidence --curve --gold $SHARED/eval/polnear.dev.jsonl --gold-by-name $OUTLETS/outlets.tune.jsonl --gold $OUTLETS/outlets.check.jsonl --gold-by-name $OUTLETS/outlets.check.jsonl"
echo "  java -jar cli/target/onrecord.jar confidence --cross-check --gold $SHARED/eval/polnear.train.jsonl --gold-by-name $OUTLETS/outlets.tune.jsonl"
