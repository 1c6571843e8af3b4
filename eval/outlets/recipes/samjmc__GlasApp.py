"""samjmc/GlasApp: Irish news articles pasted as test fixtures into TypeScript scripts.

The article is the `const testArticle = {…}` object: `title` (a double-quoted string) is the
headline and `content` (a template literal whose paragraphs are already separated by blank lines)
the body. No hand repairs. The repository is too large for a full mirror (about 800 MB); a partial
clone that has the blob of `source.path` at `source.commit` is enough.
"""
import json
import re

ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "`": "`", "$": "$", '"': '"', "'": "'"}


def template_literal(raw):
    if "${" in raw.replace("\\${", ""):
        raise ValueError("template literal has an interpolation")
    return re.sub(r"\\(.)", lambda m: ESCAPES[m.group(1)], raw, flags=re.S)


def extract(blob, article):
    source = blob.decode("utf-8")
    start = source.index("const testArticle = {")
    title = re.compile(r'title:\s*("(?:[^"\\]|\\.)*")').search(source, start)
    content = re.compile(r"content:\s*`((?:[^`\\]|\\.)*)`", re.S).search(source, start)
    if title is None or content is None:
        raise ValueError(f"{article['id']}: testArticle has no title or content")
    return json.loads(title.group(1)) + "\n\n" + template_literal(content.group(1)) + "\n"
