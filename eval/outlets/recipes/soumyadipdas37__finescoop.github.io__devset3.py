"""MailOnline articles republished as Jekyll posts in soumyadipdas37/finescoop.github.io: articles
added by helper devset3 (to be folded into soumyadipdas37__finescoop.github.io.py).

`source.path` is one post: front matter between "---" lines, whose `title:` is the headline, then the
body with paragraphs separated by blank lines. The text is the headline and every non-empty
paragraph, each stripped of surrounding white space (the posts pad many with spaces and no-break
spaces); photo captions stay, since the post has them inline as paragraphs.
"""


def extract(blob, article):
    text = blob.decode("utf-8")
    lines = text.split("\n")
    if lines[0].strip() != "---":
        raise LookupError("post has no front matter")
    end = next(k for k in range(1, len(lines)) if lines[k].strip() == "---")
    title = next(l for l in lines[1:end] if l.startswith("title:"))[len("title:"):].strip()
    paragraphs, current = [], []
    for line in lines[end + 1:]:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join([title] + paragraphs) + "\n"
