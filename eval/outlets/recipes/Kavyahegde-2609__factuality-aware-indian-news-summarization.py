"""factuality-aware-indian-news-summarization data/processed/val_1k.csv: Indian news articles.

The row is the locator's "CSV data row index N" (0-based, header not counted); its `headline`
column is the headline and `article` the body, where every line (single or blank-line separated)
is a paragraph. Hand repairs per article: promo lines dropped and paragraph joins the source ran
together ("said.According") split. The text ends with a newline, as the annotated texts do.
Articles of the third round (data/processed/Google colab/val_1k.csv) name their row in `source.row`
and its headline in `source.headline`; scraped ad slots (paragraphs reading just "Advertisement")
are dropped. Articles of the fifth round may list in `source.drop` the starts of paragraphs to drop
(inline related-story links).
"""
import csv
import io
import re

# Lines the annotators dropped (promos), by the start of the line.
DROPPED = {
    "in-hindustantimes-2024-cricketers-tauba-complaint": ["Explore Crickit"],
}
# Paragraph breaks lost in the source, restored: (text before the break, text after it).
GLUED = {
    "in-thehindu-2024-bmw-crash-sena-sacks": [("said.", "According"), ("July 9.", "BMC razes")],
}


def by_row(blob, source):
    csv.field_size_limit(1 << 30)
    row = list(csv.DictReader(io.StringIO(blob.decode("utf-8"))))[int(source["row"])]
    headline = row["headline"].strip()
    if headline != source["headline"]:
        raise LookupError(f"row {source['row']} has headline {headline[:60]!r}")
    paragraphs = [line.strip() for line in row["article"].split("\n") if line.strip()]
    dropped = source.get("drop", [])
    paragraphs = [p for p in paragraphs if p != "Advertisement" and not any(p.startswith(d) for d in dropped)]
    return "\n\n".join([headline] + paragraphs) + "\n"


def extract(blob, article):
    if "row" in article["source"]:
        return by_row(blob, article["source"])
    locator = article["source"]["locator"]
    m = re.search(r"row index (\d+)", locator)
    if not m:
        raise LookupError(f"{article['id']}: locator names no CSV row index: {locator}")
    csv.field_size_limit(1 << 30)
    rows = list(csv.DictReader(io.StringIO(blob.decode("utf-8"), newline="")))
    row = rows[int(m.group(1))]
    # The locator quotes the headline (cut short with "…"): a check that the row is the right one.
    quoted = locator.split("headline '", 1)[1] if "headline '" in locator else ""
    quoted = quoted.split("\u2026")[0] if "\u2026" in quoted else quoted.rsplit("'", 1)[0]
    if not row["headline"].startswith(quoted):
        raise LookupError(f"{article['id']}: row {m.group(1)} has headline {row['headline']!r}")
    body = row["article"]
    for before, after in GLUED.get(article["id"], []):
        if body.count(before + after) != 1:
            raise LookupError(f"{article['id']}: glued join {before + after!r} not found once")
        body = body.replace(before + after, before + "\n" + after)
    dropped = DROPPED.get(article["id"], [])
    paragraphs = [line.strip() for line in body.split("\n")]
    paragraphs = [p for p in paragraphs if p and not any(p.startswith(d) for d in dropped)]
    return "\n\n".join([row["headline"].strip()] + paragraphs) + "\n"
