#!/usr/bin/env python3
"""Measures a prediction file against the hand-judged sample in eval/unlabelled/audit/audit.jsonl
(see the README there): who-said-what precision with 95% Wilson intervals, and, given a second
prediction file, what happened to each audited quotation (speaker changed, right->wrong, gone...).

Usage (from the repository root):
  python3 eval/unlabelled/audit.py PRED.jsonl                # precision of one run
  python3 eval/unlabelled/audit.py BEFORE.jsonl AFTER.jsonl  # and what changed between two runs
  options: --audit FILE (default eval/unlabelled/audit/audit.jsonl; repeat it to pool several judged
           samples, e.g. --audit eval/unlabelled/audit/audit.jsonl --audit eval/unlabelled/audit/audit2.jsonl),
           --list (print every changed item)

PRED files are the output of `extract --jsonl` over ../devsets/unlabelled/unl.jsonl. An audited
quotation is matched to the predicted quotation of the same article whose span overlaps it most
(code-point offsets). A speaker name equal to the audited one keeps the audited verdict; a different
name is judged by token overlap with the audited gold speaker (titles and punctuation dropped): all of
its tokens among the gold's, or all of the gold's among its own, counts as right; anything else is
'unknown' (never judged by hand), reported separately and bounded both ways."""
import argparse, json, math, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument('pred', nargs='+')
ap.add_argument('--audit', action='append')
ap.add_argument('--list', action='store_true')
args = ap.parse_args()

QT = {'direct', 'mixed', 'indirect'}
RIGHT = {'right-name', 'right-description', 'right-unnamed'}
TITLES = set('mr mrs ms miss dr prof professor sir lord lady dame president minister chief cm pm judge '
             'sheriff general gen col justice rev the a an of for and his her their its'.split())

def wilson(k, n, z=1.96):
    if n == 0: return (0.0, 0.0)
    p = k / n; d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d; h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, c - h), min(1.0, c + h))

def fmt(k, n):
    lo, hi = wilson(k, n)
    return f'{k}/{n} = {100*k/n:.1f}% [{100*lo:.1f}-{100*hi:.1f}]' if n else '0/0'

def toks(s):
    return {t for t in re.findall(r"[a-z0-9]+", (s or '').lower().replace('’', "'")) if t not in TITLES}

def same_person(a, b):
    ta, tb = toks(a), toks(b)
    return bool(ta) and bool(tb) and (ta <= tb or tb <= ta)

def load_pred(path):
    P = {}
    for line in open(path, encoding='utf-8'):
        d = json.loads(line)
        P[d['id']] = d['quotes']
    return P

def match(P, a):
    best, bo = None, 0
    for q in P.get(a['id'], []):
        o = min(q['end'], a['end']) - max(q['start'], a['start'])
        if o > bo: best, bo = q, o
    return best

def judge(a, q):
    """(state, verdict) of audited item a under predicted quote q."""
    if q is None: return 'gone', None
    if q['type'] not in QT: return 'now-' + q['type'], None
    name = (q.get('speaker') or {}).get('name')
    if not name: return 'silent', None
    if a['speaker'] and name == a['speaker']: return 'same', a['speaker_verdict']
    if a['draw'] == 'silent' and not a['speaker'] and not name: return 'same', a['speaker_verdict']
    if a['gold'] and same_person(name, a['gold']):
        return 'changed', 'right-name' if a['gold_kind'] == 'name' else 'right-description'
    if a['speaker'] and a['speaker_verdict'] in RIGHT and same_person(name, a['speaker']):
        return 'changed', a['speaker_verdict']
    return 'changed', 'unknown'

AUDITS = args.audit or [os.path.join(HERE, 'audit', 'audit.jsonl')]
A = [dict(json.loads(l), _src=i) for i, f in enumerate(AUDITS) for l in open(f, encoding='utf-8')]
key = lambda a: (a['_src'], a['n'])  # item numbers restart in each audit file
tag = lambda a: f"#{a['n']}" + (f"@{os.path.basename(AUDITS[a['_src']])}" if len(AUDITS) > 1 else '')
if len(AUDITS) > 1: print('pooled audit files: ' + ', '.join(f'{f} ({sum(1 for a in A if a["_src"] == i)})' for i, f in enumerate(AUDITS)))
named = [a for a in A if a['draw'] == 'named']
silent = [a for a in A if a['draw'] == 'silent']
realq = lambda a: a['span'] in ('quote', 'boundary')

def report(path):
    P = load_pred(path)
    print(f'== {path}')
    rows = []
    for a in named:
        st, v = judge(a, match(P, a))
        rows.append((a, st, v))
    live = [(a, v) for a, st, v in rows if v is not None]
    unk = sum(1 for a, v in live if v == 'unknown')
    states = Counter(st for a, st, v in rows)
    print(f'audited named quotations: {len(named)}; still predicted with a speaker: {len(live)}'
          f' (unchanged {states["same"]}, speaker changed {states["changed"]}, unknown verdicts {unk});'
          f' gone {states["gone"]}, now silent {states["silent"]}, now another type '
          f'{sum(v for k, v in states.items() if k.startswith("now-"))}')
    def block(label, items):
        n = len(items)
        if not n: return
        sn = sum(1 for a, v in items if v == 'right-name')
        sl = sum(1 for a, v in items if v in RIGHT)
        qn = sum(1 for a, v in items if v == 'right-name' and realq(a))
        ql = sum(1 for a, v in items if v in RIGHT and realq(a))
        u = sum(1 for a, v in items if v == 'unknown')
        extra = f'   (+{u} unknown: counted wrong here; all right would add {u})' if u else ''
        print(f'  {label:<22} n={n:<4} quote+right name {fmt(qn, n):<28} quote+right any {fmt(ql, n):<28}'
              f' | speaker only: name {fmt(sn, n)}, any {fmt(sl, n)}{extra}')
    block('all', live)
    for t in ('direct', 'mixed', 'indirect'):
        block('type ' + t, [(a, v) for a, v in live if a['type'] == t])
    for s in sorted({a['id'].split(':')[0] for a, v in live}):
        block('source ' + s, [(a, v) for a, v in live if a['id'].split(':')[0] == s])
    rq = [(a, v) for a, v in live if realq(a)]
    n = len(rq)
    print(f'  speaker precision on real quotations only (span quote/boundary, n={n}): '
          f'name {fmt(sum(1 for a, v in rq if v == "right-name"), n)}, '
          f'any {fmt(sum(1 for a, v in rq if v in RIGHT), n)}')
    # silent draw
    sm = Counter()
    for a in silent:
        st, v = judge(a, match(P, a))
        q = match(P, a)
        name = q and (q.get('speaker') or {}).get('name')
        if q is None or q['type'] not in QT: sm['gone'] += 1
        elif not name: sm['still silent, ' + a['speaker_verdict']] += 1
        elif a['gold'] and same_person(name, a['gold']): sm['now named right (' + a['speaker_verdict'] + ')'] += 1
        else: sm['now named, unjudged (' + a['speaker_verdict'] + ')'] += 1
    print(f'  silent draw ({len(silent)}): ' + ', '.join(f'{k} {v}' for k, v in sorted(sm.items())))
    return {key(a): (st, v) for a, st, v in rows}, P

res = [report(p) for p in args.pred]
if len(res) == 2:
    (r0, P0), (r1, P1) = res
    print(f'== change {args.pred[0]} -> {args.pred[1]}')
    C = Counter(); lst = []
    for a in named:
        q0, q1 = match(P0, a), match(P1, a)
        n0 = q0 and (q0.get('speaker') or {}).get('name'); n1 = q1 and (q1.get('speaker') or {}).get('name')
        s1, v1 = r1[key(a)]; s0, v0 = r0[key(a)]
        if v1 is None:
            if v0 is not None: C['no longer predicted (' + s1 + ')'] += 1; lst.append((a, n0, n1, s1))
            continue
        if n0 == n1: continue
        C['speaker changed'] += 1
        old_right = v0 in RIGHT
        if v1 == 'unknown': k = 'right->unknown' if old_right else 'wrong->unknown'
        elif v1 in RIGHT:
            if not old_right: k = 'wrong->right'
            elif v0 != 'right-name' and v1 == 'right-name': k = 'right description/pronoun->right name'
            else: k = 'right->right (renamed)'
        else: k = 'right->wrong' if old_right else 'wrong->wrong'
        if old_right and v1 == 'unknown': k = 'right->wrong (no longer the judged speaker)'
        C[k] += 1; lst.append((a, n0, n1, k))
    for a in silent:
        q0, q1 = match(P0, a), match(P1, a)
        n0 = q0 and (q0.get('speaker') or {}).get('name'); n1 = q1 and (q1.get('speaker') or {}).get('name')
        if n1 and n1 != n0:
            k = 'silent item now named ' + ('right' if a['gold'] and same_person(n1, a['gold']) else 'unjudged') + f' (was {a["speaker_verdict"]})'
            C[k] += 1; lst.append((a, n0, n1, k))
        elif q0 is not None and q1 is None:
            C['silent item no longer predicted'] += 1
    for k, v in sorted(C.items()): print(f'  {k}: {v}')
    if args.list:
        for a, n0, n1, k in lst:
            print(f'  {tag(a)} {a["id"]} {a["start"]}-{a["end"]} {a["type"]}: {n0!r} -> {n1!r}  [{k}; gold {a["gold"]!r}, was {a["speaker_verdict"]}]')
