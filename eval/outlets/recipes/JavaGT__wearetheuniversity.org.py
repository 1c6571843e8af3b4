"""JavaGT/wearetheuniversity.org: Hugo-style Markdown posts reposting Wellington.Scoop items.

The file is front matter (its `title` is the headline) and an HTML body of <p> elements. The body's
first paragraph opens with a credit line ('News from …', 'Report from …') ended by <br>; the
annotators dropped it. One post has a stray unclosed '<p>', so splitting on <p>/</p> and dropping
empty chunks is what gives the reader's paragraphs.
"""
import html
import re

CREDITS = ("News from ", "Report from ")


def extract(blob, article):
    _, front, body = blob.decode("utf-8").split("---\n", 2)
    title = re.search(r'^title: "(.*)"$', front, re.M).group(1)
    paras = []
    for chunk in re.split(r"</?p>", body):
        chunk = re.sub(r"<br\s*/?>\s*", "\n", chunk)
        text = html.unescape(re.sub(r"<[^>]+>", "", chunk)).strip()
        if text:
            paras.append(text)
    credit, rest = paras[0].split("\n", 1)
    if not credit.startswith(CREDITS):
        raise ValueError(f"{article['id']}: expected a credit line, found {credit!r}")
    paras[0] = rest.strip()
    return title + "\n\n" + "\n\n".join(paras) + "\n"
