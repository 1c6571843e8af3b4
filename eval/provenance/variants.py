#!/usr/bin/env python3
"""Hand-made variants of real quotations from PolNeAR dev and train, for the gold sample.

Each variant is one change made by rule to a real direct quotation (chosen by a fixed seed), written as
an article of its own (outlet "variants", published the day after the original) so that the store must
cluster it with the original. Nothing here is committed but the rules: the texts are rebuilt from the
shared files each run.

    python3 eval/provenance/variants.py >> /tmp/prov/occurrences.jsonl   # articles for ProvenanceEval
    python3 eval/provenance/variants.py --pairs                          # id, variant id, kind, expected class

Kinds and what the store must report: negation (a "not" put after the first auxiliary, or taken out):
negation-added / negation-removed; number (a number in digits changed): number-changed; substitution
(the longest word swapped for another quotation's longest word): words-substituted; truncation (the
first 60% of the words): no variant; bracket (a pronoun replaced by "[Surname]", or "[sic]" put after
the third word): no variant.
"""
import datetime
import json
import random
import re
import sys

from occurrences import articles, occurrence_id

PER_KIND = 30
AUX = re.compile(r"\b(is|are|was|were|will|would|can|could|should|do|does|did|has|have|had|must)\b", re.I)
NEG = re.compile(r"\s+not\b|n['’]t\b", re.I)
NUMBER = re.compile(r"\b\d[\d,]*\b")
PRONOUN = re.compile(r"\b(he|she|they|him|her|them)\b")


def bases():
    """Direct quotations of 8 to 60 words by a named speaker, in a fixed random order."""
    out = []
    for a in articles():
        for q in a["quotes"]:
            n = len(q["text"].split())
            if q["type"] == "direct" and 8 <= n <= 60 and q.get("speaker"):
                out.append((a, q))
    random.Random(1515).shuffle(out)
    return out


def negation(text):
    if NEG.search(text):
        return NEG.sub("", text, count=1), "negation-removed"
    m = AUX.search(text)
    return (text[:m.end()] + " not" + text[m.end():], "negation-added") if m else None


def number(text):
    # The speaker's numbers only: one inside an outlet's [brackets] is not the speaker's words.
    m = next((m for m in NUMBER.finditer(text) if text.rfind("[", 0, m.start()) <= text.rfind("]", 0, m.start())), None)
    if not m:
        return None
    digits = m.group().replace(",", "")
    changed = str(int(digits) + 3) if len(digits) < 4 else digits[0] + "0" + digits[2:]
    return text[:m.start()] + changed + text[m.end():], "number-changed"


def longest(text):
    return max(re.findall(r"[A-Za-z]{5,}", text), key=len, default=None)


def substitution(text, other):
    word, swap = longest(text), longest(other)
    if not word or not swap or word.lower() == swap.lower():
        return None
    return re.sub(r"\b" + word + r"\b", swap.lower(), text, count=1), "words-substituted"


def truncation(text):
    words = text.split()
    return " ".join(words[:max(5, int(len(words) * 0.6))]), None


def bracket(text, speaker):
    m = PRONOUN.search(text)
    surname = re.findall(r"[A-Z][a-z]+", speaker)
    if m and surname:
        return text[:m.start()] + "[" + surname[-1] + "]" + text[m.end():], None
    words = text.split(" ")
    return " ".join(words[:3] + ["[sic]"] + words[3:]), None


def variants():
    pool = bases()
    made = {"negation": [], "number": [], "substitution": [], "truncation": [], "bracket": []}
    for i, (a, q) in enumerate(pool):
        text = q["text"]
        for kind in made:
            if len(made[kind]) >= PER_KIND:
                continue
            if kind == "negation":
                got = negation(text)
            elif kind == "number":
                got = number(text)
            elif kind == "substitution":
                got = substitution(text, pool[(i + 1) % len(pool)][1]["text"])
            elif kind == "truncation":
                got = truncation(text)
            else:
                got = bracket(text, q["speaker"])
            if got and got[0] != text:
                made[kind].append((a, q, got[0], got[1]))
                break  # one variant a base quotation, so that every pair is independent
    for kind, rows in made.items():
        for n, (a, q, text, expected) in enumerate(rows):
            yield kind, n, a, q, text, expected


def main():
    pairs = "--pairs" in sys.argv
    for kind, n, a, q, text, expected in variants():
        vid = f"variant-{kind}-{n}"
        if pairs:
            print("\t".join([occurrence_id(a, q), f"{vid}:0", kind, expected or "-"]))
            continue
        day = datetime.date.fromisoformat(a["meta"]["publication_date"]) + datetime.timedelta(days=1)
        print(json.dumps({"id": vid, "outlet": "variants", "published": day.isoformat(),
                          "quotes": [{"id": f"{vid}:0", "type": "direct", "speaker": q["speaker"], "text": text}]}))


if __name__ == "__main__":
    main()
