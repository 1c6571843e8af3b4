"""ghana-news-feed public/news-feed.json: Ghanaian stories scraped into {"stories": [...]}.

The story is the locator's stories[N] (its source and the start of its title are checked). `title`
is the headline; `content` is HTML whose <p> elements and blank-line-separated blocks are the
paragraphs (tags stripped, entities decoded, lines stripped). Hand repairs per article: inline
related-story links, desk initials and credit lines dropped (in the ninth round also a radio
station's trailing boilerplate). The text ends with a newline, as the
annotated texts do.
"""
import html
import json
import re

# Paragraphs the annotators dropped (related-story links, desk initials, credits), by their start.
DROPPED = {
    "gh-ghanaweb-2026-charles-taylor-kotoko": [
        "Dan Kwaku Yeboah fires GFA over",  # related-story link
        "SB/JE",
        "'To hell with them' – Professor Frimpong Boateng",  # related-story link
        "TWI NEWS",
    ],
    "gh-starrfm-2026-gups-election-suit": ["Source: Starrfm.com.gh"],
    # fourth round: bylines and the subscription line
    "gh-dailyguide-2026-surrogate-quadruplets-iui": ["By Vera Owusu Sarpong"],
    "gh-bft-2026-agc-zero-tariffs-china": ["By Juliet ETEFE", "Subscribe to get the latest posts"],
    # fifth round: related-story links and desk initials
    "gh-ghanaweb-2026-jammeh-reparations-ghanaians": [
        "Watch CCTV footage of fatal stabbing",  # related-story link
        "Reparations key to securing justice for Africans worldwide",  # related-story link
        "JKB/AE",
        "'To hell with them' – Professor Frimpong Boateng",  # related-story link
        "TWI NEWS",
    ],
    # ninth round: Asaase Radio's trailing station, affiliate and social-media boilerplate
    "gh-asaaseradio-2026-npp-lawyer-utility-hikes": [
        "Asaase Broadcasting Company airs", "Affiliates:", "Listen online:", "Follow us:", "X:\u00a0@asaaseradio",
        "Instagram:\u00a0asaaseradio", "LinkedIn:\u00a0company/asaaseradio", "Facebook:\u00a0asaase",
        "YouTube:\u00a0AsaaseRadioXtra",
        "Join the conversation.", "#AsaaseRadio", "#AsaasePa", "#TheVoiceofOurLand",
    ],
}


def extract(blob, article):
    locator = article["source"]["locator"]
    m = re.search(r"stories\[(\d+)\] \(source ([^,]+), title '([^'\u2026]*)", locator)
    if not m:
        raise LookupError(f"{article['id']}: locator names no stories[N]: {locator}")
    story = json.loads(blob.decode("utf-8"))["stories"][int(m.group(1))]
    if story["source"] != m.group(2) or not story["title"].startswith(m.group(3)):
        raise LookupError(f"{article['id']}: stories[{m.group(1)}] is {story['source']}: {story['title']!r}")
    content = re.sub(r"</p>\s*<p[^>]*>", "\n", story["content"])
    content = html.unescape(re.sub(r"<[^>]+>", "", content))
    dropped = DROPPED.get(article["id"], [])
    paragraphs = [line.strip() for line in content.split("\n")]
    paragraphs = [p for p in paragraphs if p and not any(p.startswith(d) for d in dropped)]
    return "\n\n".join([story["title"].strip()] + paragraphs) + "\n"
