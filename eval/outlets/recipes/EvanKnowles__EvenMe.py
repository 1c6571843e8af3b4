"""EvanKnowles/EvenMe: South African articles saved as jsoup text, one line per file.

The source already ran the paragraphs together, so the body is one paragraph; the file has no
headline, so the annotators rebuilt it from the file name (underscores to spaces). Hand repairs
(source.locator): inline 'READ |' link lines and a trailing outlet credit removed (and, in one
seventh-round article, an inline photo caption with its credit).
"""
import os

# Inline related-story links (with the space that follows them), per article.
DROPPED = {
    "za-news24-2024-cape-town-unions-named-staff": [
        "READ | Standard Bank slammed in toxic workplace case, ordered to pay fired employee R1.7m ",
        "ALSO READ | Board pays R3.3m windfall to \u2018incompetent\u2019 CEO axed for misconduct, "
        "non-performance ",
    ],
    # fifth round
    "za-news24-2024-groenewald-prison-video": [
        "READ | Divided reception: Ramaphosa's Parliament opening sparks praise and criticism ",
    ],
    "za-news24-2024-electoral-court-atm-vote-rigging": [
        "READ | 'As big as an elephant': Without proof, Zuma repeats vote-rigging claims as MKP withdraws "
        "court bid ",
        "READ | MK Party drops application to challenge election results, but that's not the end of the "
        "matter ",
    ],
    # seventh round (the Reddy story also loses its inline photo caption and credit)
    "za-news24-2024-reddy-khanyile-suspended-fine": [
        "READ | MKP claims IEC, not its leaders, threatens election fairness ",
        "MKP leader Visvin Reddy outside court at a previous appearance. (Soyiso Maliti/News24) News24 ",
    ],
    "za-news24-2024-nehawu-jump-off-cliff": [
        "READ | EFF agrees with SACP\u2019s Mapaila that ANC would be better off with them in GNU, instead "
        "of the DA ",
    ],
    "za-news24-2024-majodina-water-mafias": [
        "READ | SA water crisis: New minister Pemmy Majodina looks to private sector to fix crumbling "
        "infrastructure ",
        "READ | ON THE ROAD: Tinker Tanker Tender Dry: Residents say Vryburg water shortage is a man-made "
        "crisis ",
    ],
    # twelfth round
    "za-news24-2024-mk-party-drops-election-challenge": [
        "READ | MK Party asks Electoral Court to set aside elections ",
        "READ | MK Party's two-week special: Zuma fires admin boss amid 'mismanagement' allegations ",
    ],
}
# A credit at the very end of the body.
TRAILING = {"za-timeslive-2024-kzn-veldfire-toll": " TimesLIVE",
            "za-reuters-2024-icj-occupation-illegal": " \u2014 Reuters",
            # eighth round
            "za-timeslive-2024-malema-vbs-steenhuisen": " TimesLIVE",
            "za-timeslive-2024-parliament-mandela-funeral-dome": " TimesLIVE"}


def extract(blob, article):
    aid = article["id"]
    body = blob.decode("utf-8")
    for junk in DROPPED.get(aid, []):
        if body.count(junk) != 1:
            raise ValueError(f"{aid}: link text {junk[:30]!r} not found once")
        body = body.replace(junk, "")
    tail = TRAILING.get(aid)
    if tail:
        if not body.endswith(tail):
            raise ValueError(f"{aid}: body does not end with {tail!r}")
        body = body[: -len(tail)]
    name = os.path.basename(article["source"]["path"])
    headline = os.path.splitext(name)[0].replace("_", " ")
    return headline + "\n\n" + body + "\n"
