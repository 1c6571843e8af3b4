"""jawg-zz/kenyan-news: a crawler's SQLite database (data/news.db), table `articles`.

The article is the row whose id the locator names ('SQLite table articles, id=N'); `title` is the
headline (with the outlet's ' - Outlet' suffix removed) and `text` the body, paragraphs separated
by blank lines. Hand repairs (source.locator), per outlet: Citizen Digital's inline Taboola ad
block, Kenyans.co.ke's byline line, 'PHOTO' caption lines and trailing 'Latest News' list, and The
Standard's link-label junk glued to paragraph ends and its subscription footer.
"""
import os
import re
import sqlite3
import tempfile

TITLE_SUFFIXES = (" - Citizen Digital", " - Kenyans.co.ke")
# Inline link labels the Standard's scraper glued to the end of a paragraph.
STANDARD_LABELS = ("Dictionaries & Encyclopedias", "Death & Tragedy")


def row(blob, rid):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "news.db")
        with open(path, "wb") as f:
            f.write(blob)
        con = sqlite3.connect(path)
        try:
            found = con.execute("SELECT title, text FROM articles WHERE id = ?", (rid,)).fetchone()
        finally:
            con.close()
    if found is None:
        raise ValueError(f"no row id={rid} in table articles")
    return found


def cut(text, start, end_marker):
    """Text without the span from `start` to the end of `end_marker`."""
    s = text.index(start)
    e = text.index(end_marker, s) + len(end_marker)
    return text[:s] + text[e:]


def extract(blob, article):
    rid = int(re.search(r"id=(\d+)", article["source"]["locator"]).group(1))
    title, text = row(blob, rid)
    for suffix in TITLE_SUFFIXES:
        title = title.removesuffix(suffix)
    lines = text.split("\n")
    if "'citizen'" in article["source"]["locator"]:
        lines = cut(text, "by Taboola", "Union Square Wines").split("\n")
    elif "'kenyans'" in article["source"]["locator"]:
        if not lines[0].startswith("by "):
            raise ValueError(f"{article['id']}: expected a byline, found {lines[0]!r}")
        lines = lines[1:lines.index("Latest News")]
        lines = [line for line in lines if "PHOTO" not in line]
    elif "'standard'" in article["source"]["locator"]:
        for label in STANDARD_LABELS:
            text = text.replace(label, "")
        lines = text[:text.index("Journalism can't be free")].split("\n")
    paras = [line.strip() for line in lines if line.strip()]
    return title + "\n\n" + "\n\n".join(paras) + "\n"
