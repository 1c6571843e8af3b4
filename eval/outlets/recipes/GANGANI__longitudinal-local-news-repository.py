"""GANGANI/longitudinal-local-news-repository: local-news crawls stored as gzip files.

Two kinds of source:
- a WARC (results/warc/…warc.gz, wget output): the 200 response record whose WARC-Target-URI is
  the article URL; its HTTP body is chunked, so chunk-size markers are removed before reading the
  Arc XP page data `Fusion.globalContent=` (JSON). Headline = headlines.basic; paragraphs = the
  content_elements of type text, tags stripped and runs of spaces read as one (as a browser shows
  them: the AP copy has double spaces throughout). Hand repair: the bracketed related-story links
  ('<i>[</i><a …>…</a><i>]</i>') dropped.
- a saved article page (results/html/…html.gz, Ellington CMS): headline <h2 class="header">,
  subhead <h3 class="sub_header"> as the first paragraph, then the <p> elements of the story body;
  photo caption, byline and copyright footer are outside those and so left out.
"""
import gzip
import html
import json
import re


def strip_tags(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def dechunk(body):
    out, pos = bytearray(), 0
    while True:
        eol = body.index(b"\r\n", pos)
        size = int(body[pos:eol].split(b";")[0], 16)
        if size == 0:
            return bytes(out)
        out += body[eol + 2:eol + 2 + size]
        pos = eol + 2 + size + 2


def warc_response(warc, url):
    starts = [m.start() for m in re.finditer(rb"WARC/1\.[01]\r\n", warc)] + [len(warc)]
    for begin, end in zip(starts, starts[1:]):
        record = warc[begin:end]
        head_end = record.index(b"\r\n\r\n")
        head = record[:head_end].decode("utf-8", "replace")
        if "WARC-Type: response" not in head:
            continue
        target = re.search(r"WARC-Target-URI: <?([^>\s]+)>?", head).group(1)
        if target != url:
            continue
        http = record[head_end + 4:]
        http_head_end = http.index(b"\r\n\r\n")
        http_head = http[:http_head_end].decode("latin-1")
        if not http_head.startswith("HTTP/1.1 200"):
            continue
        body = http[http_head_end + 4:]
        if re.search(r"Transfer-Encoding:\s*chunked", http_head, re.I):
            body = dechunk(body)
        return body.decode("utf-8")
    raise ValueError(f"no 200 response for {url}")


def from_warc(blob, article):
    page = warc_response(gzip.decompress(blob), article["url"])
    start = page.index("Fusion.globalContent=") + len("Fusion.globalContent=")
    content, _ = json.JSONDecoder().raw_decode(page[start:])
    paras = []
    for element in content["content_elements"]:
        if element["type"] != "text" or element["content"].startswith("<i>[</i>"):
            continue
        text = re.sub(r" {2,}", " ", strip_tags(element["content"])).strip()
        if text:
            paras.append(text)
    return content["headlines"]["basic"] + "\n\n" + "\n\n".join(paras) + "\n"


def from_page(blob, article):
    page = gzip.decompress(blob).decode("utf-8")
    headline = strip_tags(re.search(r'<h2 class="header">(.*?)</h2>', page, re.S).group(1)).strip()
    subhead = strip_tags(re.search(r'<h3 class="sub_header">(.*?)</h3>', page, re.S).group(1)).strip()
    start = page.index('id="target-story_body_template"')
    body = page[start:page.index("</div>", start)]
    paras = [strip_tags(m.group(1)).strip() for m in re.finditer(r"<p\b[^>]*>(.*?)</p>", body, re.S)]
    return headline + "\n\n" + "\n\n".join([subhead] + [p for p in paras if p]) + "\n"


def extract(blob, article):
    if article["source"]["path"].endswith(".warc.gz"):
        return from_warc(blob, article)
    return from_page(blob, article)
