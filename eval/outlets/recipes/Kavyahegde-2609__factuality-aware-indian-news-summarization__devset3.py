"""Indian news articles in Kavyahegde-2609/factuality-aware-indian-news-summarization
(data/processed/Google colab/val_1k.csv): articles added by helper devset3.

The CSV has a header row (newspaper_name, date, headline, article, ...). `source.row` is the 0-based
index of the article's data row; its `headline` must equal `source.headline` as a check. The text is
the headline, then the `article` field's paragraphs (every line break ends one: the field separates
paragraphs by blank lines in some rows and by a single line break in others), without the
scraped ad slots (paragraphs reading just "Advertisement").
"""
import csv, io


def extract(blob, article):
    csv.field_size_limit(1 << 30)
    rows = list(csv.DictReader(io.StringIO(blob.decode("utf-8"))))
    row = rows[int(article["source"]["row"])]
    headline = row["headline"].strip()
    if headline != article["source"]["headline"]:
        raise LookupError(f"row {article['source']['row']} has headline {headline[:60]!r}")
    paragraphs = [line.strip() for line in row["article"].split("\n") if line.strip()]
    paragraphs = [p for p in paragraphs if p != "Advertisement"]
    return "\n\n".join([headline] + paragraphs) + "\n"
