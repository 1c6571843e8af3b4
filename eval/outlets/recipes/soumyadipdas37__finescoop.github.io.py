"""finescoop.github.io: MailOnline stories republished as Markdown posts with YAML front matter.

The front matter's `title` is the headline (as the republisher left it, punctuation lost); the body
after the closing `---` holds one paragraph per blank-line-separated block, image captions inline as
in the source. Lines are stripped of spaces and no-break spaces (MailOnline's trailing &nbsp;), and
the text ends with a newline, as the annotated texts do. `source.drop` (twelfth round) lists the
starts of paragraphs to drop (an old post's byline, date and comments-link lines).
"""


def extract(blob, article):
    lines = blob.decode("utf-8").replace("\r\n", "\n").split("\n")
    if lines[0].strip() != "---":
        raise ValueError(f"{article['id']}: {article['source']['path']} has no front matter")
    end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    title = next(l.split(":", 1)[1] for l in lines[1:end] if l.startswith("title:"))
    paragraphs, current = [], []
    for line in lines[end + 1:]:
        line = line.strip()  # str.strip() also drops U+00A0
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    dropped = article["source"].get("drop", [])
    paragraphs = [p for p in paragraphs if not any(p.startswith(d) for d in dropped)]
    return "\n\n".join([title.strip()] + paragraphs) + "\n"
