#!/usr/bin/env python3
"""Measure how often each kind of attribution is right end to end, and write the confidence table.

Usage:
  scripts/confidence-table.py --gold G1.jsonl --pred P1.jsonl [--gold G2 --pred P2 ...] [--write FILE]
  scripts/confidence-table.py --curve --gold G --pred P

PRED files are `onrecord extract --jsonl` output for the GOLD files' articles (same ids). A predicted
quote is right end to end as the reference scorer (../shared/tools/score.py) decides: at least half
of it lies inside gold content, and its speaker is right for the gold quote it overlaps most (mention
overlap or name). Each quote falls in a cell: its rule, whether it is in marks or reported, and what
kind of words name its speaker (a name, a pronoun, a description, or none). A cell's confidence is
its smoothed precision (right + 1) / (n + 2) on the gold file where it does worst, so that rare
cells stay modest and a cell is no surer than on the least favourable corpus. --write prints the table in the engine's format (core resources, attribution/confidence.tsv).
--curve prints precision and recall of the quotes at or above each confidence threshold.
"""
import argparse, collections, importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("score", os.path.join(HERE, "..", "..", "shared", "tools", "score.py"))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def lexicon_words(*classes):
    """Words of the engine's lexicon with any of these classes (function-words.tsv), so that the
    cells here are the cells the engine looks up."""
    path = os.path.join(HERE, "..", "core", "src", "main", "resources", "org", "onrecord", "lexicon", "function-words.tsv")
    out = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        word, cls = line.rstrip("\n").split("\t")[:2]
        if set(cls.split(",")) & set(classes):
            out.add(word)
    return out


PRONOUNS = lexicon_words("pronoun", "relative")


def kind(q):
    s = q.get("speaker")
    if not s:
        return "none"
    m = (s.get("mention") or {}).get("text") or ""
    words = m.split()
    if len(words) == 1 and m.lower() in PRONOUNS:
        return "pronoun"
    if words and all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return "name"
    return "description"


def cell(q):
    marked = "marked" if q["type"] == "direct" else "reported"
    return (q.get("rule") or "none", marked, kind(q))


def outcomes(gold_path, pred_path):
    gold = score.load(gold_path)
    for line in open(pred_path, encoding="utf-8"):
        x = json.loads(line)
        g = gold.get(x.get("id"))
        if g is None or "quotes" not in x:
            continue
        text = g["text"]
        gsets = [score.letters(text, score.gold_spans(q)) for q in g["quotes"]]
        gold_any = set().union(*gsets) if gsets else set()
        for q in x["quotes"]:
            ps = score.letters(text, [(q["start"], q["end"])])
            if not ps:
                continue
            ok = len(ps & gold_any) / len(ps) >= 0.5
            if ok:
                best = max(range(len(gsets)), key=lambda i: len(ps & gsets[i]))
                ok = score.speaker_ok(g["quotes"][best], q)
            yield q, ok


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", action="append", required=True)
    ap.add_argument("--pred", action="append", required=True)
    ap.add_argument("--write")
    ap.add_argument("--curve", action="store_true")
    a = ap.parse_args()
    if len(a.gold) != len(a.pred):
        sys.exit("confidence-table: one --pred per --gold")
    rows = [o for g, p in zip(a.gold, a.pred) for o in outcomes(g, p)]
    if a.curve:
        n = len(rows)
        right_all = sum(ok for _, ok in rows)
        print("threshold\tquotes\tshare\te2e_precision")
        for t in (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
            kept = [ok for q, ok in rows if q.get("confidence", 0) >= t]
            print(f"{t:.2f}\t{len(kept)}\t{len(kept) / n:.3f}\t{sum(kept) / max(1, len(kept)):.4f}")
        print(f"# {n} predicted quotes, {right_all} right end to end")
        return
    cells = collections.defaultdict(lambda: [0, 0])
    for q, ok in rows:
        c = cells[cell(q)]
        c[0] += 1
        c[1] += ok
    # worst corpus first: a cell is as sure as it is on the corpus where it does worst
    per_corpus = []
    for g, p in zip(a.gold, a.pred):
        counts = collections.defaultdict(lambda: [0, 0])
        for q, ok in outcomes(g, p):
            counts[cell(q)][0] += 1
            counts[cell(q)][1] += ok
        per_corpus.append(counts)
    out = [
        "# Confidence of an attribution by its cell: rule <TAB> marked|reported <TAB> speaker words",
        "# (name|pronoun|description|none) <TAB> confidence <TAB> quotes <TAB> right end to end.",
        "# Built by scripts/confidence-table.py from onrecord's own output on PolNeAR train and the",
        "# multi-outlet dev set's tuning half (eval/outlets), scored as ../shared/tools/score.py does;",
        "# confidence = (right + 1) / (quotes + 2) on the corpus where the cell does worst; quotes and right",
        "# are pooled over both. The command that built it is in docs/BENCHMARKS.md.",
    ]
    for key in sorted(cells):
        n, ok = cells[key]
        conf = min((c[key][1] + 1) / (c[key][0] + 2) for c in per_corpus if key in c)
        out.append("\t".join(key) + f"\t{conf:.3f}\t{n}\t{ok}")
    text = "\n".join(out) + "\n"
    if a.write:
        open(a.write, "w", encoding="utf-8").write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
