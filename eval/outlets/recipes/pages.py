"""Recipe for the stored-pages articles (20 of the second round, 5 of the sixth): from the page text
the `pages` corpus returns to the text.

`page_text` is the stored page exactly as the search tool returns it (its `excerpt`, saved by hand
to ../devsets/outlets/pages/<id>.txt, see ../fetch-texts.py). Each article's `source.locator` says
which lines of that page were kept; LINES below writes those choices as code, one entry per id:

- `drop`: lines dropped wherever they are (navigation, bylines, date lines, photo captions and
  credits, promos), each a regular expression the whole line must match;
- `until`: the first line matching it, and everything after it, is dropped (trailing promos,
  'Advertisement', link lists, credits the excerpt cuts off);
- `dedupe`: a line equal to the previous kept line is dropped (headlines the page repeats);
- `join`: a kept line matching it is joined to the next kept line with one space (a print line
  break inside a paragraph, PressReader).

Common to every page: the corpus's leading " date YYYY-MM-DD " metadata is not page text; trailing
spaces at line ends are removed; every non-blank line is one paragraph (the first one the headline
where the page has one); the text is the paragraphs joined by a blank line, ending with a newline.

The corpus holds more than one stored version of some URLs (CTV, Sunday World, The Star Sheffield,
CNBC): save the one the locator describes (CTV: the longer one with 'whaht'; Sunday World: the one
with the breadcrumb; The Star: the one with the byline; CNBC: the one beginning with its date line
and the body). A wrong version fails on the SHA-256, not silently.
"""
import re

DATE_PREFIX = re.compile(r"^ date \S+ ")

LINES = {
    "au-abc-2014-echuca-moama-bridge-pledge": {},
    "au-newsmail-2020-bundaberg-riverside-wounding": {
        "drop": [r"Menu", r"Officer in Charge of Bundaberg CIB .*", r"Geordi Offord",
                 r"\S+@news-mail\.com\.au", r"\d+\w\w \w{3} \d{4} \d+:\d\d [AP]M"]},
    "au-qt-2018-ipswich-veteran-councillors": {
        "drop": [r"Cr David Morrison\.( Inga Williams)?"]},
    "au-sheppnews-2014-racial-law-retreat-joy": {
        "until": r"Article and image courtesy.*"},
    "ca-ctv-2018-rigaud-tax-hike-second-look": {},
    "ca-epochtimes-2023-rcmp-cancels-alert": {
        "dedupe": True,
        "drop": [r"The RCMP logo is seen .*\(The Canadian Press/.*\)", r"\d+/\d+/\d{4}", r"Updated:",
                 r"The Canadian Press contributed to this report\.", r"Editor’s note: .*"]},
    "ca-globalnews-2022-halifax-bus-terminal-knife": {
        "drop": [r"Menu", r"Crime", r"By .* Global News", r"Posted \w+ \d+, \d{4} .*",
                 r"Click to play video: .*", r".* – [A-Z][a-z]{2} \d+, \d{4}", r"Read more: .*"]},
    "ca-gx94-2019-rcmp-search-forces-assist": {
        "until": r"More from GX94 Radio"},
    "ie-irishexaminer-2024-saggart-misinformation": {
        "drop": [r".* File picture: Eddie O'Hare"]},
    "ie-joe-2019-gardai-firearm-arrests": {
        "drop": [r"Search icon", r"News", r"\d+\w\w \w{3} \d{4}", r"Alan Loughnane",
                 r"Stolen bikes Dublin"],
        "until": r"LISTEN: .*"},
    "ie-radiokerry-2020-ross-castle-gathering": {},
    "ie-sundayworld-2023-tallaght-station-evacuated": {
        "drop": [r"- Home >", r"- News >", r"- Latest News", r"File photo"],
        "until": r"Today's Headlines"},
    "nz-odt-2021-vandervis-leaving-meeting-wrong": {
        "until": r"Advertisement"},
    "nz-odt-2024-queenstown-councillor-told-off": {},
    "nz-rnz-2025-ipca-wrong-powers-arrest": {
        "dedupe": True,
        "drop": [r"logo", r"RNZ News\d+ \w+ ago", r"Photo:", r"RNZ / .*"],
        "until": r"Sign up for .*"},
    "ph-gma-2024-batangas-barangay-captain-gunfire": {},
    "ph-philstar-2022-malabon-barangay-captain-murder": {},
    "uk-hulldailymail-2020-drone-helicopter-operation": {
        "drop": [r"Hull Daily Mail", r"-"],
        "until": r"Newspapers in English",
        "join": r".* area of"},
    "uk-sheffieldstar-2024-station-knife-report": {
        "drop": [r"By Harry Harrison", r"Published \d+\w\w \w+ \d{4}, \d\d:\d\d BST"]},
    "us-cnbc-2018-abc-cancels-roseanne": {},
    # sixth round
    "ng-premiumtimes-2019-police-arrest-okeregbe-kidnappers": {},
    "ng-punch-2021-delta-police-kidnappers-cultists": {
        "drop": [r"\u00d7", r"Most Widely Read Newspaper", r"police", r"FILE: A Nigeria policeman"],
        "until": r"Copyright PUNCH\."},
    "pk-arynews-governor-notice-killing-police-presence": {
        "until": r"Comments"},
    "pk-dunyanews-2024-karachi-ramazan-street-crimes": {},
    "ke-thestar-2020-nairobi-court-covid-sideshows": {
        "drop": [r"In Summary", r"\u2022 .*", r"Supreme Court", r"Image: FILE"]},
}


def extract(page_text, article):
    spec = LINES.get(article["id"])
    if spec is None:
        raise LookupError(f"recipes/pages.py has no line choice for {article['id']}")
    lines = [line.rstrip() for line in DATE_PREFIX.sub("", page_text, count=1).split("\n")]
    if "until" in spec:
        stop = re.compile(spec["until"])
        cut = next((i for i, line in enumerate(lines) if stop.fullmatch(line)), None)
        if cut is None:
            raise LookupError(f"{article['id']}: no line matches until={spec['until']!r}")
        lines = lines[:cut]
    drops = [re.compile(p) for p in spec.get("drop", [])]
    kept = []
    for line in lines:
        if not line or any(d.fullmatch(line) for d in drops):
            continue
        if spec.get("dedupe") and kept and kept[-1] == line:
            continue
        kept.append(line)
    if "join" in spec:
        join = re.compile(spec["join"])
        joined = []
        for line in kept:
            if joined and join.fullmatch(joined[-1]):
                joined[-1] += " " + line
            else:
                joined.append(line)
        kept = joined
    return "\n\n".join(kept) + "\n"
