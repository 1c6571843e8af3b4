#!/usr/bin/env python3
"""The multi-outlet dev set: authoring files -> standoff annotations -> gold JSONL.

  build.py import [--ann ../devsets/outlets/ann] [--texts ../devsets/outlets/texts]
      Reads the hand-written authoring files (GUIDELINES.md), resolves every quoted string to
      code point offsets in its article's text, and writes eval/outlets/articles.jsonl: one article
      a line with provenance, the text's SHA-256, its split and the annotations as offsets only
      (no article text ever enters the repository). Fails, naming file and entry, on any string
      that is not in the text.
  build.py gold [--texts ../devsets/outlets/texts] [--out ../devsets/outlets]
      Joins articles.jsonl with the texts (checking each SHA-256) and writes the gold files of
      ../shared/eval/README.md: outlets.tune.jsonl, outlets.check.jsonl and outlets.all.jsonl.

Splits: within each country, articles sorted by the SHA-256 of their id alternate between tune
and check, so both halves span every country; an article keeps its split once assigned, and an
authoring file may fix it with `"split": "tune"` or `"check"` (articles added to grow one half).

`import` updates only the articles that have an authoring file: a line of articles.jsonl with no
authoring file (its authoring file was lost, or lives on another machine) is kept byte for byte.
"""
import argparse, glob, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
STANDOFF = os.path.join(HERE, "articles.jsonl")
DEFAULT_ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "devsets", "outlets"))
TYPES = {"direct", "mixed", "indirect", "stance"}
ACTS = {"speech", "thought", "finding"}
POLARITIES = {"support", "oppose", "neutral"}


def fail(msg):
    sys.exit(f"build.py: {msg}")


def find(text, needle, occurrence, where):
    at = -1
    for _ in range(occurrence):
        at = text.find(needle, at + 1)
        if at < 0:
            fail(f"{where}: {needle[:60]!r} occurs fewer than {occurrence} times in the text")
    return at



def whole_word(text, at, length):
    """Whether text[at:at+length] is not part of a longer word ("he" inside "the" is not "he")."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + length] if at + length < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def nearest(text, needle, anchor, where):
    """The whole-word occurrence of needle closest to anchor (a speaker or cue mention near its quote)."""
    best, at = None, text.find(needle)
    while at >= 0:
        if whole_word(text, at, len(needle)) and (best is None or abs(at - anchor) < abs(best - anchor)):
            best = at
        at = text.find(needle, at + 1)
    if best is None:
        fail(f"{where}: {needle[:60]!r} is not in the text")
    return best


def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_standoff():
    if not os.path.exists(STANDOFF):
        return {}
    return {a["id"]: a for a in map(json.loads, open(STANDOFF, encoding="utf-8"))}


def assign_splits(articles, previous):
    """Gives every article without a split one, counting the splits already held in its country."""
    by_country = {}
    for a in articles:
        by_country.setdefault(a["country"], []).append(a)
    for group in by_country.values():
        group.sort(key=lambda a: hashlib.sha256(a["id"].encode()).hexdigest())
        counts = {"tune": 0, "check": 0}
        for a in group:
            if "split" not in a and a["id"] in previous and "split" in previous[a["id"]]:
                a["split"] = previous[a["id"]]["split"]
            if "split" in a:
                counts[a["split"]] += 1
        for a in group:
            if "split" not in a:
                a["split"] = "check" if counts["check"] < counts["tune"] else "tune"
                counts[a["split"]] += 1


def import_(args):
    previous = load_standoff()
    articles = []
    for path in sorted(glob.glob(os.path.join(args.ann, "*.json"))):
        ann = json.load(open(path, encoding="utf-8"))
        aid = ann["id"]
        if ann.get("split") not in (None, "tune", "check"):
            fail(f"{path}: split must be tune or check")
        tpath = os.path.join(args.texts, aid + ".txt")
        if not os.path.exists(tpath):
            fail(f"{path}: no text at {tpath}")
        text = open(tpath, encoding="utf-8").read()
        quotes = []
        for k, q in enumerate(ann.get("quotes", []), 1):
            where = f"{os.path.basename(path)} entry {k}"
            if q.get("type") not in TYPES:
                fail(f"{where}: type must be one of {sorted(TYPES)}")
            start = find(text, q["text"], int(q.get("occurrence", 1)), where)
            g = {"start": start, "end": start + len(q["text"]), "type": q["type"],
                 "speaker": q.get("speaker")}
            if q.get("speaker_mention"):
                if q.get("speaker_mention_occurrence"):
                    s = find(text, q["speaker_mention"], int(q["speaker_mention_occurrence"]), where)
                else:
                    s = nearest(text, q["speaker_mention"], start, where)
                g["speaker_start"], g["speaker_end"] = s, s + len(q["speaker_mention"])
            else:
                g["speaker_start"] = g["speaker_end"] = None
            if q.get("cue"):
                c = text.find(q["cue"])
                if c >= 0 and q.get("cue_occurrence"):
                    c = find(text, q["cue"], int(q["cue_occurrence"]), where)
                    g["cue"] = q["cue"]
                    g["cue_start"], g["cue_end"] = c, c + len(q["cue"])
                elif c >= 0:
                    c = nearest(text, q["cue"], start, where)
                    g["cue"] = q["cue"]
                    g["cue_start"], g["cue_end"] = c, c + len(q["cue"])
                else:
                    g["cue"] = q["cue"]
            if q["type"] == "indirect":
                if q.get("act") not in ACTS:
                    fail(f"{where}: an indirect entry needs act in {sorted(ACTS)}")
                g["act"] = q["act"]
            elif q.get("act") in ACTS:
                g["act"] = q["act"]
            if q["type"] == "stance":
                if q.get("polarity") not in POLARITIES:
                    fail(f"{where}: a stance needs polarity in {sorted(POLARITIES)}")
                g["polarity"] = q["polarity"]
                if q.get("target"):
                    t = nearest(text, q["target"], start, where)
                    g["target_start"], g["target_end"] = t, t + len(q["target"])
            quotes.append(g)
        quotes.sort(key=lambda g: (g["start"], g["end"]))
        meta = {k: ann.get(k) for k in ("id", "outlet", "country", "topic", "published", "url", "house_style", "source")}
        meta["text_sha256"] = sha(text)
        meta["words"] = len(text.split())
        meta["quotes"] = quotes
        if ann.get("split"):
            meta["split"] = ann["split"]
        articles.append(meta)
    # Articles with no authoring file keep their line untouched (and count in their country's split).
    kept = {aid: a for aid, a in previous.items() if aid not in {a["id"] for a in articles}}
    assign_splits(articles + list(kept.values()), previous)
    lines = {a["id"]: json.dumps(a, ensure_ascii=False, sort_keys=True) for a in articles}
    if os.path.exists(STANDOFF):
        for line in open(STANDOFF, encoding="utf-8"):
            aid = json.loads(line)["id"]
            if aid in kept:
                lines[aid] = line.rstrip("\n")
    with open(STANDOFF, "w", encoding="utf-8") as out:
        for aid in sorted(lines):
            out.write(lines[aid] + "\n")
    n = sum(len(a["quotes"]) for a in articles)
    print(f"{len(articles)} articles from authoring files ({n} annotations), {len(kept)} kept as they were "
          f"-> {os.path.relpath(STANDOFF)}")


def gold(args):
    articles = load_standoff()
    if not articles:
        fail(f"{STANDOFF} is empty: run build.py import first")
    os.makedirs(args.out, exist_ok=True)
    files = {s: open(os.path.join(args.out, f"outlets.{s}.jsonl"), "w", encoding="utf-8") for s in ("tune", "check", "all")}
    missing = []
    for aid, a in sorted(articles.items()):
        tpath = os.path.join(args.texts, aid + ".txt")
        if not os.path.exists(tpath):
            missing.append(aid)
            continue
        text = open(tpath, encoding="utf-8").read()
        if sha(text) != a["text_sha256"]:
            fail(f"{tpath}: the text differs from the one annotated (SHA-256)")
        quotes = []
        for g in a["quotes"]:
            q = dict(g)
            q["text"] = text[g["start"]:g["end"]]
            quotes.append(q)
        doc = {"id": aid, "text": text, "outlet": a.get("outlet"), "country": a.get("country"),
               "topic": a.get("topic"), "published": a.get("published"), "url": a.get("url"), "quotes": quotes}
        line = json.dumps(doc, ensure_ascii=False) + "\n"
        files[a["split"]].write(line)
        files["all"].write(line)
    for f in files.values():
        f.close()
    if missing:
        fail(f"no text for {len(missing)} articles ({', '.join(missing[:5])}…): run fetch-texts.py first")
    print(f"{len(articles)} articles -> {args.out}/outlets.{{tune,check,all}}.jsonl")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("command", choices=["import", "gold"])
    p.add_argument("--ann", default=os.path.join(DEFAULT_ROOT, "ann"))
    p.add_argument("--texts", default=os.path.join(DEFAULT_ROOT, "texts"))
    p.add_argument("--out", default=DEFAULT_ROOT)
    a = p.parse_args()
    import_(a) if a.command == "import" else gold(a)


if __name__ == "__main__":
    main()
