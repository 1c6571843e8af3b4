#!/usr/bin/env python3
"""Rebuilds the dev set's article texts from their public sources into ../devsets/outlets/texts.

  fetch-texts.py --mirrors /work/.mirror [--pages ../devsets/outlets/pages] [--only ID ...]

The texts never enter this repository (GUIDELINES.md); this script is how a new machine gets them
back. For each article of articles.jsonl:

- a `source.repo` article: the file `source.path` at `source.commit` is read from a bare mirror of
  that repository (`--mirrors` holds one git directory per repository, named owner+name…, as the
  search tool's `fetch` lays them out), and the recipe module of that repository
  (`recipes/<owner>__<name>.py`, function `extract(blob, article) -> str`) turns it into the
  text GUIDELINES.md describes, hand repairs included;
- a stored-pages article: the page as the `pages` corpus stores it, saved by hand to
  `--pages/<id>.txt` (the corpus cannot be reached from a script), and `recipes/pages.py` keeps the
  lines its locator names.

A text is written only when its SHA-256 equals the annotated one. Otherwise it goes to
`<id>.txt.rejected`, and the first annotation whose cue or speaker words are not at their offsets
is printed: that is where the rebuilt text first departs from the annotated one.
"""
import argparse, glob, hashlib, importlib.util, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
STANDOFF = os.path.join(HERE, "articles.jsonl")
RECIPES = os.path.join(HERE, "recipes")
DEFAULT_ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "devsets", "outlets"))


def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def recipe(name):
    path = os.path.join(RECIPES, name + ".py")
    if not os.path.exists(path):
        return None
    spec = importlib.util.spec_from_file_location("recipe_" + name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def git_dir(mirrors, repo):
    owner_name = repo.replace("/", "+")
    for candidate in sorted(glob.glob(os.path.join(mirrors, owner_name + "*"))):
        for root, dirs, files in os.walk(candidate):
            if "HEAD" in files and "objects" in dirs:
                return root
    return None


def blob(mirrors, source):
    gd = git_dir(mirrors, source["repo"])
    if gd is None:
        raise LookupError(f"no mirror of {source['repo']} under {mirrors} (fetch github:{source['repo']})")
    out = subprocess.run(["git", "--git-dir", gd, "show", f"{source['commit']}:{source['path']}"],
                         capture_output=True)
    if out.returncode != 0:
        raise LookupError(f"{source['repo']}@{source['commit'][:10]}:{source['path']}: "
                          + out.stderr.decode(errors="replace").strip())
    return out.stdout


def first_departure(text, article):
    """The first annotation (by offset) whose cue or speaker words are not where articles.jsonl says."""
    for q in sorted(article["quotes"], key=lambda q: q["start"]):
        for field in ("cue",):
            if q.get(field) and q.get("cue_start") is not None:
                seen = text[q["cue_start"]:q["cue_end"]]
                if seen != q["cue"]:
                    return f"cue {q['cue']!r} expected at {q['cue_start']}, text has {seen!r}"
    if article["quotes"]:
        last = max(q["end"] for q in article["quotes"])
        if last > len(text):
            return f"text has {len(text)} code points, an annotation ends at {last}"
    return "every cue is at its offset: the difference is elsewhere (whitespace, a dropped line, the end)"


def rebuild(article, args):
    source = article.get("source") or {}
    if "repo" in source:
        module = recipe(source["repo"].replace("/", "__"))
        if module is None:
            raise LookupError(f"no recipe recipes/{source['repo'].replace('/', '__')}.py")
        return module.extract(blob(args.mirrors, source), article)
    module = recipe("pages")
    page = os.path.join(args.pages, article["id"] + ".txt")
    if module is None or not os.path.exists(page):
        raise LookupError(f"stored page not saved at {page} (or no recipes/pages.py)")
    return module.extract(open(page, encoding="utf-8").read(), article)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--mirrors", default="/work/.mirror")
    p.add_argument("--pages", default=os.path.join(DEFAULT_ROOT, "pages"))
    p.add_argument("--texts", default=os.path.join(DEFAULT_ROOT, "texts"))
    p.add_argument("--only", nargs="*")
    args = p.parse_args()
    os.makedirs(args.texts, exist_ok=True)
    articles = [json.loads(line) for line in open(STANDOFF, encoding="utf-8")]
    ok = failed = 0
    for a in articles:
        if args.only and a["id"] not in args.only:
            continue
        target = os.path.join(args.texts, a["id"] + ".txt")
        try:
            text = rebuild(a, args)
        except (LookupError, ValueError) as e:
            print(f"{a['id']}: {e}", file=sys.stderr)
            failed += 1
            continue
        if sha(text) == a["text_sha256"]:
            with open(target, "w", encoding="utf-8") as f:
                f.write(text)
            if os.path.exists(target + ".rejected"):
                os.remove(target + ".rejected")
            ok += 1
        else:
            with open(target + ".rejected", "w", encoding="utf-8") as f:
                f.write(text)
            print(f"{a['id']}: SHA-256 differs; {first_departure(text, a)}", file=sys.stderr)
            failed += 1
    print(f"{ok} texts rebuilt, {failed} not")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
