#!/usr/bin/env python3
"""Draws the audit sample (README.md here): from a prediction file of `extract --jsonl` over
unl.jsonl, 250 direct/mixed/indirect quotations that have a speaker name and 50 that have none,
uniformly at random (seed 17), at most 3 per article in each draw.
Usage: python3 sample.py pred.base.jsonl > sample.jsonl"""
import json, random, sys
TYPES = {'direct', 'mixed', 'indirect'}
named, silent = [], []
for line in open(sys.argv[1], encoding='utf-8'):
    d = json.loads(line)
    for q in d['quotes']:
        if q['type'] not in TYPES: continue
        sp = q.get('speaker') or {}
        rec = {'id': d['id'], 'start': q['start'], 'end': q['end'], 'type': q['type'],
               'speaker': sp.get('name'),
               'mention': (sp.get('mention') or {}).get('text'),
               'mstart': (sp.get('mention') or {}).get('start'),
               'cue': (q.get('cue') or {}).get('text'),
               'cstart': (q.get('cue') or {}).get('start'),
               'rule': q.get('rule'), 'confidence': q.get('confidence')}
        (named if sp.get('name') else silent).append(rec)
def draw(pool, n, rnd):
    pool = sorted(pool, key=lambda r: (r['id'], r['start'], r['end']))
    rnd.shuffle(pool)
    per, out = {}, []
    for r in pool:
        if per.get(r['id'], 0) >= 3: continue
        per[r['id']] = per.get(r['id'], 0) + 1
        out.append(r)
        if len(out) == n: break
    return out
rnd = random.Random(17)
for i, r in enumerate(draw(named, 250, rnd)): print(json.dumps(dict(r, n=i + 1, draw='named'), ensure_ascii=False))
for i, r in enumerate(draw(silent, 50, rnd)): print(json.dumps(dict(r, n=251 + i, draw='silent'), ensure_ascii=False))
