#!/usr/bin/env python3
"""Clustering precision and recall on the gold pairs, and the hand-made variants' classes, read from a
store that ProvenanceEval wrote (see run.sh).

    python3 eval/provenance/measure.py STORE.db INPUT.jsonl            # pairs.tsv and the hand-made variants
    python3 eval/provenance/measure.py STORE.db INPUT.jsonl heldout.tsv  # the held-out pairs only
"""
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: measure.py STORE.db INPUT.jsonl [PAIRS.tsv]")
    db, given = sys.argv[1], sys.argv[2]
    gold_pairs = HERE / (sys.argv[3] if len(sys.argv) == 4 else "pairs.tsv")
    heldout = len(sys.argv) == 4 and gold_pairs.name != "pairs.tsv"
    where = {}  # occurrence id -> (source id, seq)
    with open(given, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            for seq, q in enumerate(a["quotes"]):
                where[q["id"]] = (a["id"], seq)
    c = sqlite3.connect(db)
    stored = {(s, seq): (cluster, variant) for s, seq, cluster, variant in c.execute(
        "SELECT a.source_id, q.seq, o.cluster_id, o.variant FROM occurrences o JOIN quotes q ON q.id = o.quote_id"
        " JOIN articles a ON a.id = q.article_id")}

    def cluster(oid):
        return stored[where[oid]][0]

    tp = fp = fn = tn = 0
    misses = []
    for line in open(gold_pairs, encoding="utf-8"):
        if line.startswith("#") or line.startswith("a\t"):
            continue
        a, b, _, label, _ = line.rstrip("\n").split("\t")
        same = cluster(a) == cluster(b)
        gold = label == "same"
        tp += same and gold
        fp += same and not gold
        fn += gold and not same
        tn += not gold and not same
        if same != gold:
            misses.append(("FP" if same else "FN", a, b))
    read = {"pairs": tp + fp + fn + tn, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "precision": round(tp / max(1, tp + fp), 3), "recall": round(tp / max(1, tp + fn), 3)}
    if heldout:  # the hand-made variants belong to the tuning sample
        print(json.dumps({"read_pairs": read, "file": gold_pairs.name}, indent=1))
        for m in misses:
            print("\t".join(m), file=sys.stderr)
        return
    variants = subprocess.run([sys.executable, str(HERE / "variants.py"), "--pairs"], capture_output=True, text=True,
                              check=True).stdout.splitlines()
    by_kind = {}
    for line in variants:
        a, v, kind, expected = line.split("\t")
        k = by_kind.setdefault(kind, {"pairs": 0, "clustered": 0, "reported_as_expected": 0})
        k["pairs"] += 1
        together = cluster(a) == cluster(v)
        k["clustered"] += together
        tp += together
        fn += not together
        if not together:
            misses.append(("FN", a, v))
        got = stored[where[v]][1]
        ok = (got is None) if expected == "-" else (got is not None and expected in got.split(","))
        k["reported_as_expected"] += together and ok
    print(json.dumps({
        "pairs": tp + fp + fn + tn, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
        "precision": round(tp / max(1, tp + fp), 3), "recall": round(tp / max(1, tp + fn), 3),
        "read_pairs": read, "variants": by_kind}, indent=1))
    for m in misses:
        print("\t".join(m), file=sys.stderr)


if __name__ == "__main__":
    main()
