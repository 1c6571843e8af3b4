#!/usr/bin/env python3
"""diff.py A.jsonl B.jsonl [N] [CORPUS]: between two engines' predictions (eval --predictions) on the
unlabelled corpus, the quotes whose speaker name changed (same span), vanished or appeared, with a
random sample of N of each (seed 7) in context, to be read by eye. CORPUS: ../devsets/unlabelled/unl.jsonl."""
import json, random, sys
texts = {json.loads(l)['id']: json.loads(l)['text'] for l in open(sys.argv[4] if len(sys.argv) > 4 else '../devsets/unlabelled/unl.jsonl')}
def load(f):
    out = {}
    for l in open(f):
        d = json.loads(l)
        out[d['id']] = {(q['start'], q['end'], q['type']): ((q.get('speaker') or {}).get('name'), (q.get('speaker') or {}).get('mention')) for q in d['quotes']}
    return out
a, b = load(sys.argv[1]), load(sys.argv[2]); n = int(sys.argv[3]) if len(sys.argv) > 3 else 25
changed, gone, new = [], [], []
for i in a:
    qa, qb = a[i], b.get(i, {})
    for k, v in qa.items():
        if k not in qb: gone.append((i, k, v, None))
        elif qb[k][0] != v[0]: changed.append((i, k, v, qb[k]))
    for k, v in qb.items():
        if k not in qa: new.append((i, k, None, v))
print(f'speaker changed {len(changed)}, quotes gone {len(gone)}, new {len(new)}')
random.seed(7)
for name, xs in [('CHANGED', changed), ('GONE', gone), ('NEW', new)]:
    for i, k, va, vb in random.sample(xs, min(n, len(xs))):
        t = texts[i]; ment = (vb or va)[1]
        s = min(k[0], ment['start'] if ment else k[0])
        print(f"{name} {i[:40]} {k[2]} {va[0] if va else '-'!r} -> {vb[0] if vb else '-'!r}\n    …{t[max(0, s - 100):min(k[1], s + 400)]}…".replace('\n\n', ' ¶ '))
