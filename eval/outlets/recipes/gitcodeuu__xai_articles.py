"""gitcodeuu/xai_articles: a scraper's committed output, one JSON file per article under
data/<source>/articles/YYYY/MM/DD/ (Dawn, Associated Press of Pakistan).

`title` is the page title, with Dawn's ' - <Section> - DAWN.COM' suffix (cut: the headline is what
comes before it; `source.title` gives the headline where the suffix is missing or the title was
kept otherwise); `content` holds one paragraph per blank-line-separated block. Lines are stripped
of spaces and no-break spaces; the trailing print credit ('Published in Dawn, <date>') is dropped,
as other recipes drop credits. The text ends with a newline, as the annotated texts do.
"""
import json
import re


def extract(blob, article):
    d = json.loads(blob.decode("utf-8"))
    src = article["source"]
    title = src.get("title") or re.sub(r" - [^-]+ - DAWN\.COM$", "", d["title"].strip())
    paragraphs = []
    for block in d["content"].replace("\r\n", "\n").split("\n\n"):
        block = " ".join(line.strip() for line in block.split("\n") if line.strip())
        if block:
            paragraphs.append(block)
    if paragraphs and re.match(r"Published in Dawn, ", paragraphs[-1]):
        paragraphs.pop()
    return "\n\n".join([title.strip()] + paragraphs) + "\n"
