#!/usr/bin/env python3
"""Draws the audit sample (README.md here): from a prediction file of `extract --jsonl` over
unl.jsonl, 250 direct/mixed/indirect quotations that have a speaker name and 50 that have none,
uniformly at random (seed 17), at most 3 per article in each draw.
Usage: python3 sample.py pred.base.jsonl > sample.jsonl
The second sample (audit2.jsonl): python3 sample.py pred.base.jsonl --seed 18 --named 200 --silent 50
  --exclude sample17.jsonl > sample18.jsonl  (skips every quotation of the first sample, same id+start+end)"""
import argparse, json, random, sys
ap = argparse.ArgumentParser()
ap.add_argument('pred')
ap.add_argument('--seed', type=int, default=17)
ap.add_argument('--named', type=int, default=250)
ap.add_argument('--silent', type=int, default=50)
ap.add_argument('--exclude', action='append', default=[])
args = ap.parse_args()
skip = {(r['id'], r['start'], r['end']) for f in args.exclude for r in map(json.loads, open(f, encoding='utf-8'))}
TYPES = {'direct', 'mixed', 'indirect'}
named, silent = [], []
for line in open(args.pred, encoding='utf-8'):
    d = json.loads(line)
    for q in d['quotes']:
        if q['type'] not in TYPES or (d['id'], q['start'], q['end']) in skip: continue
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
rnd = random.Random(args.seed)
for i, r in enumerate(draw(named, args.named, rnd)): print(json.dumps(dict(r, n=i + 1, draw='named'), ensure_ascii=False))
for i, r in enumerate(draw(silent, args.silent, rnd)): print(json.dumps(dict(r, n=args.named + 1 + i, draw='silent'), ensure_ascii=False))
