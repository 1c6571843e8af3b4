"""jcdarwin/stuff-mini-news: data/stories.js, a JS module holding Stuff's JSON feed of 2016-02-20.

The locator names the story (stories[N], with its Stuff id); `title` is the headline and `body` is
HTML whose <p> elements are the paragraphs. Hand repairs (source.locator): the bold 'READ MORE' link
block, the Facebook follow widget, and the map/quiz iframes and infogram script dropped. As a reader
sees it, &nbsp; is a space and runs of spaces are one (the body has 'the&nbsp; computer-based').
"""
import html
import json
import re


def story(blob, article):
    text = blob.decode("utf-8")
    stories = json.loads(text[text.index("{"):text.rindex("}") + 1])["stories"]
    m = re.search(r"stories\[(\d+)\] \(id (\d+)", article["source"]["locator"])
    found = stories[int(m.group(1))]
    if str(found["id"]) != m.group(2):
        raise ValueError(f"{article['id']}: stories[{m.group(1)}] has id {found['id']}, not {m.group(2)}")
    return found


def extract(blob, article):
    found = story(blob, article)
    paras = []
    for chunk in found["body"].split("</p>"):
        if "READ MORE" in chunk:
            continue
        chunk = re.sub(r"<(iframe|script)\b.*?</\1>", "", chunk, flags=re.S)
        chunk = re.sub(r"<div\b.*?</div>", "", chunk, flags=re.S)
        text = html.unescape(re.sub(r"<[^>]+>", "", chunk)).replace("\xa0", " ")
        text = re.sub(r" {2,}", " ", text).strip()
        if text:
            paras.append(text)
    return found["title"] + "\n\n" + "\n\n".join(paras) + "\n"
