#!/usr/bin/env python3
"""Builds the unlabelled corpus (eval/unlabelled/README.md) from the bare mirrors of the dev set's
public sources, leaving out every article of the dev set: by its source (the repository file, row,
story or record eval/outlets/articles.jsonl names) and by text (any 180-character run shared with a
dev-set text, whatever its alignment).
Usage: python3 eval/unlabelled/build.py [--mirrors DIR] [--devsets DIR]   (from the repository root)"""
import argparse, csv, glob, html, io, json, os, random, re, sqlite3, subprocess, sys, tempfile
ap = argparse.ArgumentParser()
ap.add_argument('--mirrors', default='../.mirror', help='bare mirrors, one per repository, as owner+name/repo')
ap.add_argument('--devsets', default='../devsets', help='holds outlets/texts/*.txt; the corpus is written to DIR/unlabelled/')
args = ap.parse_args()
M = args.mirrors
OUT = os.path.join(args.devsets, 'unlabelled')
os.makedirs(OUT, exist_ok=True)
def show(repo, path):
    return subprocess.run(['git', f'--git-dir={M}/{repo}/repo', 'show', f'HEAD:{path}'], capture_output=True).stdout
def ls(repo):
    return subprocess.run(['git', f'--git-dir={M}/{repo}/repo', 'ls-tree', '-r', '--name-only', 'HEAD'], capture_output=True, text=True).stdout.splitlines()
def norm(s): return re.sub(r'\W+', '', s.lower())
dev = [norm(open(f, encoding='utf-8').read()) for f in glob.glob(os.path.join(args.devsets, 'outlets/texts/*.txt'))]
devkeys = set()
for d in dev:
    for i in range(0, max(1, len(d) - 120), 60): devkeys.add(d[i:i+120])
def indev(text):
    """Shares a run with a dev-set text: keys are cut every 60 characters, so probing every offset
    finds any shared run of 180 or more (a probe at every 37th, as before, could miss a short text
    whose copy is shifted by a headline or a dateline)."""
    n = norm(text)
    return any(n[i:i+120] in devkeys for i in range(0, max(1, len(n) - 119)))
ARTICLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'outlets', 'articles.jsonl')
devsources = set()
for line in open(ARTICLES, encoding='utf-8'):
    s = json.loads(line).get('source') or {}
    repo, path, loc = s.get('repo'), s.get('path'), str(s.get('locator') or '')
    if repo == 'soumyadipdas37/finescoop.github.io': devsources.add(('mailonline', path))
    elif repo == 'Kavyahegde-2609/factuality-aware-indian-news-summarization':
        row = s.get('row')
        if row is None:
            m = re.search(r'row index (\d+)', loc); row = m and m.group(1)
        devsources.add(('india', f'{path}#{row}'))
    elif repo == 'oscarmireku/ghana-news-feed':
        m = re.search(r'stories\[(\d+)\]', loc)
        if m: devsources.add(('ghana', f"{s['commit'][:8]}#{m.group(1)}"))
    elif repo == 'jawg-zz/kenyan-news':
        m = re.search(r'id=(\d+)', loc)
        if m: devsources.add(('kenya', f'news.db#{m.group(1)}'))
    elif repo == 'EvanKnowles/EvenMe': devsources.add(('southafrica', path))
def strip(h):
    h = re.sub(r'(?is)<(script|style).*?</\1>', '', h)
    h = re.sub(r'(?i)</p>|<br\s*/?>', '\n\n', h)
    return html.unescape(re.sub(r'<[^>]+>', '', h))
out = []; rnd = random.Random(6)
posts = [p for p in ls('soumyadipdas37+finescoop.github.io') if p.startswith('source/_posts/') and p.endswith('.md')]
for p in rnd.sample(posts, 1500):
    t = show('soumyadipdas37+finescoop.github.io', p).decode('utf-8', 'replace')
    m = re.match(r'(?s)---\n(.*?)\n---\s*\n(.*)', t)
    if not m: continue
    title = re.search(r'(?m)^title: (.*)$', m.group(1))
    out.append(('mailonline', p, (title.group(1).strip() + '\n\n' if title else '') + m.group(2)))
K = 'Kavyahegde-2609+factuality-aware-indian-news-summarization'
for p in ['data/processed/Google colab/val_1k.csv', 'data/processed/val_small.csv', 'data/processed/train_small.csv']:
    rows = list(csv.DictReader(io.StringIO(show(K, p).decode('utf-8', 'replace'))))
    for i, r in enumerate(rows):
        body = r.get('article') or r.get('text') or ''
        if len(body) < 600: continue
        out.append(('india', f'{p}#{i}', (r.get('headline') or '').strip() + '\n\n' + body.replace('\n', '\n\n')))
for c in subprocess.run(['git', f'--git-dir={M}/oscarmireku+ghana-news-feed/repo', 'log', '--format=%H', '--', 'public/news-feed.json'], capture_output=True, text=True).stdout.split():
    d = json.loads(subprocess.run(['git', f'--git-dir={M}/oscarmireku+ghana-news-feed/repo', 'show', f'{c}:public/news-feed.json'], capture_output=True).stdout)
    for i, s in enumerate(d.get('stories', [])):
        body = strip(s.get('content') or '')
        if len(body) > 600: out.append(('ghana', f'{c[:8]}#{i}', (s.get('title') or '') + '\n\n' + body))
with tempfile.NamedTemporaryFile(suffix='.db') as f:
    f.write(show('jawg-zz+kenyan-news', 'data/news.db')); f.flush()
    db = sqlite3.connect(f.name)
    cols = [r[1] for r in db.execute('pragma table_info(articles)')]
    for row in db.execute('select * from articles'):
        r = dict(zip(cols, row)); body = r.get('text') or ''
        if len(body) > 600: out.append(('kenya', f"news.db#{r.get('id')}", (r.get('title') or '') + '\n\n' + body))
for p in ls('EvanKnowles+EvenMe'):
    if p.endswith('.xhtml'):
        body = strip(show('EvanKnowles+EvenMe', p).decode('utf-8', 'replace'))
        if len(body) > 600: out.append(('southafrica', p, body))
seen = set(); n = 0
with open(os.path.join(OUT, 'unl.jsonl'), 'w') as w, open(os.path.join(OUT, 'unl.gold.jsonl'), 'w') as g:
    for src, loc, text in out:
        text = re.sub(r'\n{3,}', '\n\n', text.replace('\r', '')).strip()
        k = norm(text)[:300]
        if k in seen or (src, loc) in devsources or indev(text): continue
        seen.add(k); n += 1
        w.write(json.dumps({'id': f'{src}:{loc}', 'text': text}) + '\n')
        g.write(json.dumps({'id': f'{src}:{loc}', 'text': text, 'quotes': []}) + '\n')
print(n, 'articles;', {s: sum(1 for o in out if o[0] == s) for s in {o[0] for o in out}})
