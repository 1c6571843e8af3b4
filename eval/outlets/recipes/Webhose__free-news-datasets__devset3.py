"""webz.io's free news datasets (Webhose/free-news-datasets): articles added by helper devset3.

`source.path` is a zip whose stored copy has no central directory (it is truncated), so members are
read from their local file headers. `source.member` names the article's JSON member; the text is its
`title` then its `text`, one paragraph per non-empty line, without the lines `source.drop` lists
(0-based indexes into the non-empty lines of `text`: a repeated headline, timestamps, a paywall box).
`source.title` replaces the title when the outlet's name was appended to it (" – Butler Eagle").
"""
import json, struct, zlib


def members(blob):
    at = 0
    while True:
        at = blob.find(b"PK\x03\x04", at)
        if at < 0:
            return
        _, _, method, _, _, _, csize, _, nlen, xlen = struct.unpack("<HHHHHIIIHH", blob[at + 4:at + 30])
        name = blob[at + 30:at + 30 + nlen].decode("utf-8")
        start = at + 30 + nlen + xlen
        data = blob[start:start + csize] if csize else blob[start:]
        if method == 8:
            data = zlib.decompressobj(-15).decompress(data)
        yield name, data
        at = start + max(csize, 1)


def extract(blob, article):
    source = article["source"]
    for name, data in members(blob):
        if name == source["member"]:
            doc = json.loads(data)
            lines = [l.strip() for l in doc["text"].split("\n") if l.strip()]
            drop = set(source.get("drop", []))
            body = [l for k, l in enumerate(lines) if k not in drop]
            return "\n\n".join([source.get("title") or doc["title"].strip()] + body) + "\n"
    raise LookupError(f"no member {source['member']} in {source['path']}")
