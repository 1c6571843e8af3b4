"""bbc-news-archive: BBC News articles archived as bilingual study pages (docs/YYYY/M/*.html).

The page's first <h1> is the headline; each <div class="para-wrap"> holds one English paragraph
as its first <p> (its `anno-toggle` span is empty) followed by a machine translation
(<p class="zh-para-auto">) and annotation widgets, all dropped. Entities are decoded by the parser,
paragraphs stripped; the text ends with a newline, as the annotated texts do.
"""
from html.parser import HTMLParser


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.headline = None
        self.paragraphs = []
        self._in_h1 = False
        self._h1 = []
        self._div_depth = 0        # depth of <div> nesting inside the current para-wrap, 0 = outside
        self._wrap_has_p = False   # the para-wrap's English <p> has been read
        self._in_p = False
        self._p = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "h1" and self.headline is None:
            self._in_h1 = True
        elif tag == "div":
            if self._div_depth:
                self._div_depth += 1
            elif "para-wrap" in (attrs.get("class") or "").split():
                self._div_depth, self._wrap_has_p = 1, False
        elif tag == "p" and self._div_depth == 1 and not self._wrap_has_p:
            self._in_p, self._p = True, []

    def handle_endtag(self, tag):
        if tag == "h1" and self._in_h1:
            self._in_h1, self.headline = False, "".join(self._h1).strip()
        elif tag == "div" and self._div_depth:
            self._div_depth -= 1
        elif tag == "p" and self._in_p:
            self._in_p, self._wrap_has_p = False, True
            self.paragraphs.append("".join(self._p).strip())

    def handle_data(self, data):
        if self._in_h1:
            self._h1.append(data)
        elif self._in_p:
            self._p.append(data)


def extract(blob, article):
    page = _Page()
    page.feed(blob.decode("utf-8"))
    page.close()
    if not page.headline or not page.paragraphs:
        raise LookupError(f"{article['id']}: no <h1> or no para-wrap paragraphs in {article['source']['path']}")
    return "\n\n".join([page.headline] + [p for p in page.paragraphs if p]) + "\n"
