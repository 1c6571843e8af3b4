"""DavidDexterCharles/GBK-Topic-Modeler: Trinidad and Tobago news texts in a topic-modelling experiment.

`iDocumentation/experiment2/documents.py` (`document = [...]`) and `pages.py` (`page = [...]`) are
Python files holding one list of triple-quoted article bodies each (Trinidad Express, Newsday and CMC
copy, 2014-19): no headline, one paragraph a line, lines indented. The list is read with
`ast.literal_eval` (never executed); `source.index` names the item. The text is its non-empty lines,
stripped, one paragraph each (so the text begins with the body, as the stored pages without a
headline do). Hand repairs (source.locator), per article:
- `source.drop`: 0-based indexes of those lines to drop: the experiment's topic labels put on
  lines of their own ('he1alth1', 'ec1onomy1 labor1'), the Express's inline subscription promo
  ('Get caught up with news from the news leader' / 'Subscribe now and get access to …'), share
  buttons and photo credits on lines of their own;
- `source.replace`: pairs [old, new], each old string occurring exactly once in the kept text: a
  topic label run into a word ('Pr1ivate' -> 'Private').
"""
import ast


def extract(blob, article):
    src = article["source"]
    tree = ast.parse(blob.decode("utf-8"))
    items = ast.literal_eval(tree.body[0].value)
    lines = [line.strip() for line in items[int(src["index"])].split("\n") if line.strip()]
    drop = set(src.get("drop", []))
    paras = [line for k, line in enumerate(lines) if k not in drop]
    text = "\n\n".join(paras) + "\n"
    for old, new in src.get("replace", []):
        if text.count(old) != 1:
            raise ValueError(f"{article['id']}: {old!r} occurs {text.count(old)} times")
        text = text.replace(old, new)
    return text
