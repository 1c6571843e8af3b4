"""Webhose/free-news-datasets: zips of webz.io news JSON, one article per member.

The stored zip is cut short (no central directory), so zipfile cannot open it: the member the
locator names is found by walking the local file headers. Its `title` is the headline and its
`text` the body. Hand repairs (source.locator), per article:
- AJC: one line per paragraph; the 'Explore …' link, the 'Credit:' photo lines and the trailing
  Related/author box (0-based lines 25-28) dropped;
- Dayton Daily News: the source ran paragraphs together with no space ('berth.Holmes'); a break is
  restored where sentence-final punctuation (with its closing quote) is directly followed by a
  capital or an opening quote, plus one before 'Roster news:'; the embedded tweet and the trailing
  'SATURDAY’S GAME' box dropped.
Articles of the third round name their member in `source.member` instead, with the 0-based indexes
of the non-empty `text` lines to drop in `source.drop` (a repeated headline, timestamps, a paywall
box) and, where the outlet's name was appended to the title, the headline in `source.title`.
Articles of the fourth round may also list in `source.remove` literal strings cut from `text` before
it is split (every occurrence; each must occur): inline 'Advertisement ' slots, survey promos,
copyright and author boxes run into the body.
Articles of the seventh round may also give, applied before `remove` and in this order:
`source.unlink` (true: Markdown links '[words](http…)' read as their words, as a reader sees them);
`source.breaks` (true: paragraph breaks restored where the source ran paragraphs together with no
space, as for Dayton above: after sentence-final punctuation, with its closing quote, directly
followed by a capital or an opening quote); `source.replace` (pairs [old, new], each old string
occurring exactly once: a standfirst run into the body split off with '\n', an embedded tweet or a
trailing fixture list cut).
"""
import json
import re
import struct
import zlib

LOCAL_HEADER = b"PK\x03\x04"


def member(blob, wanted):
    pos = 0
    while True:
        pos = blob.find(LOCAL_HEADER, pos)
        if pos < 0:
            raise ValueError(f"no zip member {wanted!r}")
        _, flag, method, _, _, _, csize, _, nlen, xlen = struct.unpack("<HHHHHIIIHH", blob[pos + 4:pos + 30])
        name = blob[pos + 30:pos + 30 + nlen].decode("utf-8", "replace")
        start = pos + 30 + nlen + xlen
        if name == wanted:
            if flag & 0x08:
                raise ValueError(f"{wanted}: sizes in a data descriptor are not supported")
            data = blob[start:start + csize]
            return data if method == 0 else zlib.decompress(data, -15)
        pos = start + csize if csize else start + 1


def ajc(title, text):
    lines = text.split("\n")[:25]
    lines = [line for line in lines if not line.startswith(("Explore ", "Credit:"))]
    return title + "\n\n" + "\n\n".join(lines) + "\n"


def dayton(title, text):
    tweet = text.index("Dayton\u2019s DaRon Holmes II broke")
    after = text.index(" ", text.index("pic.twitter.com/", tweet)) + 1
    text = text[:tweet] + text[after:]
    text = text[:text.index(" SATURDAY\u2019S GAME")]
    text = re.sub(r"([.?!][\u201d\"]?)(?=[A-Z\u201c])", "\\1\n", text)
    text = text.replace(" Roster news:", "\nRoster news:")
    return title + "\n\n" + "\n\n".join(p.strip() for p in text.split("\n")) + "\n"


LAYOUTS = {
    "us-ajc-2023-new-years-eve-weddings": ajc,
    "us-daytondailynews-2023-daron-holmes-records": dayton,
}


def listed(source, title, text):
    if source.get("unlink"):
        text = re.sub(r"\[([^\]\n]*)\]\((?:https?://[^)\s]*)\)", "\\1", text)
    if source.get("breaks"):
        text = re.sub(r"([.?!][\u201d\"]?)(?=[A-Z\u201c])", "\\1\n", text)
    for old, new in source.get("replace", []):
        if text.count(old) != 1:
            raise ValueError(f"text has {text.count(old)} occurrences of {old[:40]!r}, not one")
        text = text.replace(old, new)
    for junk in source.get("remove", []):
        if junk not in text:
            raise ValueError(f"text has no {junk[:40]!r} to remove")
        text = text.replace(junk, "")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    drop = set(source.get("drop", []))
    body = [line for k, line in enumerate(lines) if k not in drop]
    return "\n\n".join([source.get("title") or title.strip()] + body) + "\n"


def extract(blob, article):
    source = article["source"]
    if "member" in source:
        item = json.loads(member(blob, source["member"]).decode("utf-8"))
        return listed(source, item["title"], item["text"])
    name = re.search(r"zip member '([^']+)'", source["locator"]).group(1)
    item = json.loads(member(blob, name).decode("utf-8"))
    layout = LAYOUTS.get(article["id"])
    if layout is None:
        raise ValueError(f"{article['id']}: no layout for this article")
    return layout(item["title"], item["text"])
