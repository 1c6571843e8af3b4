"""Content-Editorial-Assistant news-dataset.json: CBC News stories as a JSON list of records.

The record is the one the locator names ("JSON list index N, content_id X"; the content_id is
checked). `content_headline` is the headline; `body` has lost its paragraph breaks, so it is kept as
one block, except that the inline subheads (listed below per article, as the annotators split them)
go onto their own paragraphs. &nbsp; becomes a space and runs of spaces collapse to one; the text
ends with a newline, as the annotated texts do.
"""
import json
import re

# The subheads each annotated body was split at, in order, as they appear in `body` after
# &nbsp; -> space (CBC runs a subhead into the surrounding sentences with single spaces).
SUBHEADS = {
    "ca-cbc-2020-montreal-food-banks-botanical-garden": ["Part of city's vision for urban agriculture"],
    "ca-cbc-2021-windsor-hospital-staff-suspended": ["Erie St. Clair hospitals agree to same policy"],
    "ca-cbc-2023-order-of-canada-freak-of-nurture": ["At home and abroad", "'Freak of nurture'"],
    "ca-cbc-2024-musquodoboit-water-project-drought": ["'Extremely dry fall'", "Thousands spent"],
    # seventh round
    "ca-cbc-2020-ottawa-oldest-businesses-covid": [
        "Château Lafayette, Est. 1849", "Marchand Electric, Est. 1892", "ER Fisher Menswear, Est. 1905",
        "McIntosh and Watts, Est. 1906", "Frisby Tire, Est. 1920"],
    "ca-cbc-2023-poland-opposition-exit-poll": ["LGBT rights, Ukraine and abortion key issues"],
    "ca-cbc-2020-greater-vancouver-zoo-safari-revamp": [
        "Concerns over lack of space", "Breeding debate", "Conflict of interest concern"],
}


def extract(blob, article):
    locator = article["source"]["locator"]
    m = re.search(r"JSON list index (\d+), content_id ([\d.]+)", locator)
    if not m:
        raise LookupError(f"{article['id']}: locator names no list index/content_id: {locator}")
    record = json.loads(blob.decode("utf-8"))[int(m.group(1))]
    if record["content_id"] != m.group(2):
        raise LookupError(f"{article['id']}: index {m.group(1)} holds content_id {record['content_id']}")
    body = re.sub(" +", " ", record["body"].replace("&nbsp;", " "))
    parts, rest = [], body
    for subhead in SUBHEADS.get(article["id"], []):
        i = rest.find(" " + subhead + " ")
        if i < 0:
            raise LookupError(f"{article['id']}: subhead {subhead!r} not found in body")
        parts.append(rest[:i])
        parts.append(subhead)
        rest = rest[i + 1 + len(subhead):]
    parts.append(rest)
    return "\n\n".join([record["content_headline"].strip()] + [p.strip() for p in parts]) + "\n"
