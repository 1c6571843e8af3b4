#!/usr/bin/env python3
"""Compare two engines' extraction output on PolNeAR train + dev and the reference article.

Usage: scripts/output-diff.py OLD_JAR NEW_JAR [--shared ../shared] [--cache DIR]
                              [--ignore shape,act] [--show 20]

Runs `extract --jsonl` (and `extract --json` on the reference article) with both jars, drops the
fields named by --ignore (fields added since OLD_JAR, so additive changes do not count), and
compares what is left record by record. Prints one line per file and the first differing
quotes with their article id, so a behaviour-preserving refactor can show it is one. Exit 0 when
identical, 1 when anything differs. OLD_JAR's output is cached in --cache by the jar's checksum.
"""
import argparse, hashlib, json, os, subprocess, sys


def run(jar, args):
    out = subprocess.run(["java", "-jar", jar] + args, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"output-diff: {jar} {' '.join(args)} failed: {out.stderr.strip()[:300]}")
    return out.stdout


def cached(jar, args, cache):
    digest = hashlib.sha256(open(jar, "rb").read()).hexdigest()[:16]
    key = hashlib.sha256((" ".join(args)).encode()).hexdigest()[:12]
    path = os.path.join(cache, f"{digest}-{key}.out")
    if not os.path.exists(path):
        os.makedirs(cache, exist_ok=True)
        with open(path, "w") as f:
            f.write(run(jar, args))
    return open(path).read()


def strip(node, ignore):
    if isinstance(node, dict):
        return {k: strip(v, ignore) for k, v in node.items() if k not in ignore}
    if isinstance(node, list):
        return [strip(v, ignore) for v in node]
    return node


def quote_key(q):
    sp = q.get("speaker") or {}
    return (q.get("start"), q.get("end"), q.get("type"), sp.get("name"), q.get("rule"))


def compare(name, old_text, new_text, ignore, show):
    old_docs = [strip(json.loads(l), ignore) for l in old_text.splitlines() if l.strip()]
    new_docs = [strip(json.loads(l), ignore) for l in new_text.splitlines() if l.strip()]
    if len(old_docs) != len(new_docs):
        print(f"{name}: {len(old_docs)} records before, {len(new_docs)} after")
        return 1
    docs = quotes_changed = 0
    shown = 0
    for o, n in zip(old_docs, new_docs):
        if o == n:
            continue
        docs += 1
        oq, nq = o.get("quotes", []), n.get("quotes", [])
        ok, nk = {quote_key(q): q for q in oq}, {quote_key(q): q for q in nq}
        gone = [q for k, q in ok.items() if k not in nk or nk[k] != q]
        came = [q for k, q in nk.items() if k not in ok or ok[k] != q]
        quotes_changed += max(len(gone), len(came))
        if not gone and not came and shown < show:
            keys = sorted(k for k in set(o) | set(n) if o.get(k) != n.get(k))
            print(f"  {o.get('id')}: quotes equal; differs in {', '.join(keys)}")
            shown += 1
        for q in gone:
            if shown < show:
                print(f"  {o.get('id')} - {json.dumps(q, ensure_ascii=False)[:400]}")
                shown += 1
        for q in came:
            if shown < show:
                print(f"  {o.get('id')} + {json.dumps(q, ensure_ascii=False)[:400]}")
                shown += 1
    print(f"{name}: {len(old_docs)} records, {docs} differ, {quotes_changed} quotes changed")
    return 1 if docs else 0


def main():
    p = argparse.ArgumentParser()
    p.add_argument("old")
    p.add_argument("new")
    p.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    p.add_argument("--cache", default=os.path.join(os.path.expanduser("~"), ".cache", "onrecord-output-diff"))
    p.add_argument("--ignore", default="")
    p.add_argument("--show", type=int, default=20)
    a = p.parse_args()
    ignore = {f for f in a.ignore.split(",") if f}
    inputs = [("train", ["extract", "--jsonl", os.path.join(a.shared, "eval", "polnear.train.jsonl")]),
              ("dev", ["extract", "--jsonl", os.path.join(a.shared, "eval", "polnear.dev.jsonl")]),
              ("reference article", ["extract", "--jsonl", "-"])]
    seed = os.path.join(a.shared, "data", "seed-article.txt")
    failed = 0
    for name, args in inputs:
        if name == "reference article":
            # one JSONL line, so both sides compare the same way
            line = json.dumps({"id": "seed-article", "text": open(seed, encoding="utf-8").read()})
            tmp = os.path.join(a.cache, "seed-article.jsonl")
            os.makedirs(a.cache, exist_ok=True)
            with open(tmp, "w") as f:
                f.write(line + "\n")
            args = ["extract", "--jsonl", tmp]
        failed |= compare(name, cached(a.old, args, a.cache), run(a.new, args), ignore, a.show)
    sys.exit(failed)


if __name__ == "__main__":
    main()
