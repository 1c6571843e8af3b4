"""The Guardian, from suisui-daigaku/cs-nano-demos (spider/guardian/guardians_articles_Christchurch_shooting_full.md).

The file is one Markdown section per article: "## N, headline", a blank line, the article's URL, a
blank line, the standfirst as a "> " quotation, then the paragraphs separated by blank lines, up to
the next "## " heading. The article is found by its URL (article["url"], on the line after its
heading); the text is the headline, the standfirst and the paragraphs, with trailing spaces dropped.
"""


def extract(blob, article):
    lines = blob.decode("utf-8").split("\n")
    at = lines.index(article["url"])
    heading = lines[at - 2]
    if not heading.startswith("## "):
        raise LookupError(f"no '## ' heading two lines above {article['url']}")
    headline = heading.split(", ", 1)[1].strip()
    paragraphs, current = [], []
    for line in lines[at + 1:]:
        if line.startswith("## "):
            break
        line = line.strip()
        if line.startswith("> "):
            line = line[2:].strip()
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join([headline] + paragraphs) + "\n"
