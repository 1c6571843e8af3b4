#!/usr/bin/env python3
"""Prints each sampled quotation in its article: the span in [[ ]], the speaker mention in {{ }}, the
cue in << >>, with the paragraphs around it (for judging by eye; prints article text, so keep its
output out of the repository).
Usage: python3 show.py unl.jsonl sample.jsonl [FIRST LAST] [--before N] [--width W]"""
import json, sys, re
args = sys.argv[1:]
before = 2; width = 350
if '--before' in args: i = args.index('--before'); before = int(args[i+1]); del args[i:i+2]
if '--width' in args: i = args.index('--width'); width = int(args[i+1]); del args[i:i+2]
unl, sample = args[0], args[1]
lo, hi = (int(args[2]), int(args[3])) if len(args) > 3 else (1, 10**9)
recs = [json.loads(l) for l in open(sample, encoding='utf-8')]
recs = [r for r in recs if lo <= r['n'] <= hi]
want = {r['id'] for r in recs}
texts = {}
for line in open(unl, encoding='utf-8'):
    d = json.loads(line)
    if d['id'] in want: texts[d['id']] = d['text']
for r in recs:
    t = texts[r['id']]
    marks = [(r['start'], '[['), (r['end'], ']]')]
    if r.get('mstart') is not None and r.get('mention'):
        marks += [(r['mstart'], '{{'), (r['mstart'] + len(r['mention']), '}}')]
    if r.get('cstart') is not None and r.get('cue'):
        marks += [(r['cstart'], '<<'), (r['cstart'] + len(r['cue']), '>>')]
    s = t
    for pos, m in sorted(marks, key=lambda x: -x[0]): s = s[:pos] + m + s[pos:]
    # paragraph bounds in the original text
    paras = [(m.start(), m.end()) for m in re.finditer(r'[^\n]+', t)]
    def shift(p, close=False):  # original offset -> offset in marked string (close: after closing marks at p)
        return p + sum(len(m) for pos, m in marks if pos < p or (close and pos == p and m in (']]', '}}', '>>')))
    idx = [k for k, (a, b) in enumerate(paras) if b > r['start'] and a < r['end']]
    k0, k1 = max(0, idx[0] - before), min(len(paras) - 1, idx[-1] + 1)
    ms = r.get('mstart')
    if ms is not None:
        km = [k for k, (a, b) in enumerate(paras) if a <= ms < b]
        if km: k0 = min(k0, km[0])
    print(f"=== #{r['n']} {r['draw']} {r['type']} id={r['id']} {r['start']}-{r['end']}  SPEAKER={r['speaker']!r} mention={r['mention']!r} cue={r['cue']!r} rule={r['rule']}")
    if k0 > 0: print('   ' + t[paras[0][0]:paras[0][1]][:160] + ('…' if paras[k0][0] > paras[0][1] + 1 else ''))
    for k in range(k0, k1 + 1):
        a, b = paras[k]
        seg = s[shift(a):shift(b, True)]
        inner = k in idx or (ms is not None and a <= ms < b)
        if inner and b - a > 1400:  # a long paragraph (some sources have one per article): clip around span and mention
            lo_ = min(r['start'], ms if ms is not None and a <= ms < b else r['start']) - 600
            hi_ = max(r['end'], (ms or 0) if ms is not None and a <= ms < b else r['end']) + 250
            lo_, hi_ = max(a, lo_), min(b, hi_)
            seg = ('…' if lo_ > a else '') + s[shift(lo_):shift(hi_, True)] + ('…' if hi_ < b else '')
        if not inner and len(seg) > width: seg = ('…' + seg[-width:]) if k < idx[0] else (seg[:width] + '…')
        print(('>> ' if k in idx else '   ') + seg)
    print()
