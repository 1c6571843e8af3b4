#!/usr/bin/env bash
# Side by side, in one run: onrecord and Stanford CoreNLP (quote annotator with
# quote.attributeQuotes=true) on the same gold file: quote F1, speaker accuracy, end-to-end F1,
# articles/s, peak memory and the speed ratio.
#
# Usage: bench/corenlp/run.sh [GOLD.jsonl]      (default: ../shared/eval/polnear.dev.jsonl)
# Environment: TYPES (default direct) and PRED_TYPES (default direct,mixed): what is scored;
#   CORENLP_VERSION (default 4.5.10); CORENLP_XMX (default 5g); SHARED (default <root>/../shared).
#
# CoreNLP is GPL: it is fetched from Maven Central on demand into bench/cache/ (git-ignored) and
# run as a separate process. No shipped module depends on it. Needs java, mvn, python3, /usr/bin/time.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
GOLD="$(realpath "${1:-$SHARED/eval/polnear.dev.jsonl}")"
TYPES="${TYPES:-direct}"
PRED_TYPES="${PRED_TYPES:-direct,mixed}"
VERSION="${CORENLP_VERSION:-4.5.10}"
XMX="${CORENLP_XMX:-5g}"
CACHE="$ROOT/bench/cache"
LIB="$CACHE/corenlp-$VERSION/lib"
NAME="$(basename "$GOLD" .jsonl)"
WORK="$CACHE/run-$NAME"
JAR="$ROOT/cli/target/onrecord.jar"

[ -f "$GOLD" ] || { echo "run.sh: no gold file $GOLD" >&2; exit 2; }
for tool in java mvn python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "run.sh: needs $tool" >&2; exit 2; }
done

# 1. CoreNLP and its models, once, into the cache.
if [ ! -f "$LIB/stanford-corenlp-$VERSION-models.jar" ]; then
  echo "== fetching CoreNLP $VERSION and its models from Maven Central into $LIB" >&2
  mkdir -p "$CACHE/corenlp-$VERSION"
  cat > "$CACHE/corenlp-$VERSION/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.bench</groupId><artifactId>corenlp-fetch</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>edu.stanford.nlp</groupId><artifactId>stanford-corenlp</artifactId><version>$VERSION</version></dependency>
    <dependency><groupId>edu.stanford.nlp</groupId><artifactId>stanford-corenlp</artifactId><version>$VERSION</version><classifier>models</classifier></dependency>
  </dependencies>
</project>
POM
  mvn -q -B -s "$ROOT/.mvn/settings.xml" -f "$CACHE/corenlp-$VERSION/pom.xml" \
    dependency:copy-dependencies -DoutputDirectory="$LIB" >&2
fi

# 2. onrecord, built if needed.
if [ ! -f "$JAR" ]; then
  echo "== building onrecord" >&2
  (cd "$ROOT" && mvn -q -B -pl cli -am package -DskipTests >&2)
fi

rm -rf "$WORK" && mkdir -p "$WORK/txt" "$WORK/out"
python3 - "$GOLD" "$WORK" <<'PY'
import json, sys
gold, work = sys.argv[1], sys.argv[2]
with open(gold, encoding="utf-8") as f, open(f"{work}/files.txt", "w") as files:
    for n, line in enumerate(l for l in f if l.strip()):
        path = f"{work}/txt/{n:05d}.txt"
        with open(path, "w", encoding="utf-8") as out:
            out.write(json.loads(line)["text"])
        files.write(path + "\n")
PY
DOCS=$(wc -l < "$WORK/files.txt")
SCORE=(--gold "$GOLD" --types "$TYPES" --pred-types "$PRED_TYPES")

# 3. onrecord: accuracy (and peak memory of that whole process), then throughput after warm-up.
echo "== onrecord on $DOCS documents" >&2
/usr/bin/time -v -o "$WORK/onrecord.time" java -jar "$JAR" eval "${SCORE[@]}" --threads 1 \
  --predictions "$WORK/onrecord.pred.jsonl" --json > "$WORK/onrecord.score.json"
/usr/bin/time -v -o "$WORK/onrecord.bench.time" java -jar "$JAR" bench --corpus "$GOLD" --threads 1 \
  --warmup 5 --seconds 10 --lengths 5 --json > "$WORK/onrecord.bench.json"

# 4. CoreNLP: the full pipeline its quote attribution needs, one JSON file per document.
echo "== CoreNLP $VERSION on $DOCS documents (about 20 s to load, then seconds per article)" >&2
/usr/bin/time -v -o "$WORK/corenlp.time" java -Xmx"$XMX" -cp "$LIB/*" edu.stanford.nlp.pipeline.StanfordCoreNLP \
  -annotators tokenize,ssplit,pos,lemma,ner,depparse,coref,quote -quote.attributeQuotes true \
  -filelist "$WORK/files.txt" -outputFormat json -outputDirectory "$WORK/out" > "$WORK/corenlp.log" 2>&1 \
  || { tail -20 "$WORK/corenlp.log" >&2; exit 1; }
python3 "$ROOT/bench/corenlp/convert.py" "$GOLD" "$WORK/files.txt" "$WORK/out" > "$WORK/corenlp.pred.jsonl"
java -jar "$JAR" eval "${SCORE[@]}" --from "$WORK/corenlp.pred.jsonl" --json > "$WORK/corenlp.score.json"
java -jar "$JAR" eval "${SCORE[@]}" --from "$WORK/corenlp.pred.jsonl" --errors 0 > "$WORK/corenlp.report.txt"
java -jar "$JAR" eval "${SCORE[@]}" --from "$WORK/onrecord.pred.jsonl" --errors 0 > "$WORK/onrecord.report.txt"

# 5. The table.
python3 - "$WORK" "$DOCS" "$VERSION" "$GOLD" "$TYPES" "$PRED_TYPES" <<'PY'
import json, re, sys
work, docs, version, gold, types, pred_types = sys.argv[1], int(sys.argv[2]), *sys.argv[3:]

def rss_mb(path):
    return int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(path).read()).group(1)) / 1024

def wall_s(path):
    t = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", open(path).read()).group(1)
    s = 0.0
    for part in t.split(":"):
        s = s * 60 + float(part)
    return s

log = open(f"{work}/corenlp.log").read()
setup = float(re.search(r"Pipeline setup: ([\d.]+) sec", log).group(1))
total = float(re.search(r"Total time for StanfordCoreNLP pipeline: ([\d.]+) sec", log).group(1))
bench = json.load(open(f"{work}/onrecord.bench.json"))
ours = json.load(open(f"{work}/onrecord.score.json"))
theirs = json.load(open(f"{work}/corenlp.score.json"))
our_speed = bench["throughput"][0]["articles_per_s"]
their_speed = docs / (total - setup)
rows = [
    ("onrecord", ours, our_speed, rss_mb(f"{work}/onrecord.time"), wall_s(f"{work}/onrecord.time")),
    (f"CoreNLP {version}", theirs, their_speed, rss_mb(f"{work}/corenlp.time"), wall_s(f"{work}/corenlp.time")),
]
print(f"gold: {gold} ({docs} documents), gold types {types}, predicted types {pred_types}")
print(f"| system | quote P | quote R | quote F1 | speaker acc | e2e F1 | articles/s (1 thread, loaded) | peak RSS (MB) | whole run (s) |")
print("|---|---|---|---|---|---|---|---|---|")
for name, s, speed, rss, wall in rows:
    print(f"| {name} | {s['P']:.4f} | {s['R']:.4f} | {s['F1']:.4f} | {s['speaker_acc']:.4f} | {s['e2e_F1']:.4f} "
          f"| {speed:,.2f} | {rss:,.0f} | {wall:,.1f} |")
print(f"speed ratio (articles/s, 1 thread, after loading): {our_speed / their_speed:,.0f}x")
print(f"CoreNLP: pipeline setup {setup:.1f} s, {total - setup:.1f} s for {docs} documents; "
      f"onrecord: {bench['throughput'][0]['articles']} articles in {bench['throughput'][0]['seconds']:.1f} s after warm-up")
PY
echo "(details: $WORK/onrecord.report.txt, $WORK/corenlp.report.txt)" >&2
