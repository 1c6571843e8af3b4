"""MisterSeitz/sa-news-intelligence: a News24 article page saved from a browser (sample/*.html).

Headline = the <h1 class="article__title">; body = the <p> elements of div.article__body, up to the
sidebar that follows the article (its first item is stamped '5h ago'). That leaves out the
'For more financial news' list item, the ad slots and the newsletter box, which are not <p>.
"""
import html
import re


def extract(blob, article):
    page = blob.decode("utf-8")
    headline = re.search(r'<h1 class="article__title">(.*?)</h1>', page, re.S).group(1)
    start = page.index('class="article__body')
    end = page.index("5h ago", start)
    paras = []
    for m in re.finditer(r"<p\b[^>]*>(.*?)</p>", page[start:end], re.S):
        text = html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip()
        if text:
            paras.append(text)
    return html.unescape(headline).strip() + "\n\n" + "\n\n".join(paras) + "\n"
