#!/usr/bin/env python3
"""Turn CoreNLP's JSON output (one file per document) into the scorer's prediction JSONL.

Usage: convert.py GOLD LIST OUT_DIR > predictions.jsonl
  GOLD     the gold JSONL the texts came from (for ids and texts)
  LIST     the file list given to CoreNLP, one text file a line, in gold order
  OUT_DIR  CoreNLP's -outputDirectory (files named <text file name>.json)

CoreNLP's character offsets are Java String (UTF-16) indices; the scorer counts code points,
so every offset goes through a UTF-16 -> code point table built from the document's text.
A quote's speaker is CoreNLP's canonical speaker when it resolved one, else its speaker (skipping
CoreNLP's "Unknown"), with
the attributing mention's span (token indices, end inclusive) as the mention.
"""
import json, os, sys


def utf16_to_cp(text):
    table = []
    for cp_index, ch in enumerate(text):
        table.append(cp_index)
        if ord(ch) > 0xFFFF:
            table.append(cp_index)
    table.append(len(text))
    return table


def convert(doc, corenlp):
    text = doc["text"]
    to_cp = utf16_to_cp(text)
    tokens = [t for s in corenlp.get("sentences", []) for t in s.get("tokens", [])]
    quotes = []
    for q in corenlp.get("quotes", []):
        # CoreNLP writes "Unknown" where a sieve found no one; the other field may still name someone.
        names = [n for n in (q.get("canonicalSpeaker"), q.get("speaker")) if n and n != "Unknown"]
        name = names[0] if names else None
        speaker = None
        if name:
            mention = None
            mb, me = q.get("mentionBegin"), q.get("mentionEnd")
            if mb is not None and me is not None and 0 <= mb <= me < len(tokens):
                s = to_cp[tokens[mb]["characterOffsetBegin"]]
                e = to_cp[tokens[me]["characterOffsetEnd"]]
                mention = {"start": s, "end": e, "text": text[s:e]}
            speaker = {"name": name, "mention": mention}
        quotes.append({"start": to_cp[q["beginIndex"]], "end": to_cp[q["endIndex"]], "type": "direct",
                       "speaker": speaker, "rule": q.get("speakerSieve")})
    return {"id": doc["id"], "quotes": quotes}


def main():
    gold_path, list_path, out_dir = sys.argv[1:4]
    with open(gold_path, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    with open(list_path, encoding="utf-8") as f:
        files = [line.strip() for line in f if line.strip()]
    if len(docs) != len(files):
        sys.exit(f"convert.py: {len(docs)} gold documents but {len(files)} files in {list_path}")
    for doc, path in zip(docs, files):
        out = os.path.join(out_dir, os.path.basename(path) + ".json")
        if not os.path.exists(out):
            print(f"convert.py: no CoreNLP output for {doc['id']} ({out}); scored as no quotes", file=sys.stderr)
            corenlp = {}
        else:
            with open(out, encoding="utf-8") as f:
                corenlp = json.load(f)
        print(json.dumps(convert(doc, corenlp), ensure_ascii=False))


if __name__ == "__main__":
    main()
