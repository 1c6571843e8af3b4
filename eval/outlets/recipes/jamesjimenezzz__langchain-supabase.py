"""jamesjimenezzz/langchain-supabase: rappler_fax_checks.json, a scraped list of Rappler fact checks.

Each item has `title` (the headline) and `content`, whose '\\n'-separated lines are the paragraphs.
The scraper dropped link tags together with the spaces around them ('aJuly 23', 'criticsto') and
glued run-in labels to their text ('Claim:The'); the annotators restored those spaces (listed per
article below, each checked to occur exactly once) and read &nbsp; as a space. Bustos Dam's trailing
tipline boilerplate ('Keep us aware …') is dropped, as it is from the seventh round's Dela Rosa fact check,
the eighth round's Bam Aquino one and the twelfth round's Duterte one.
"""
import json
import re

# Spaces lost around stripped links: (as in the source, as restored).
LINK_SPACES = {
    "ph-rappler-2025-bustos-dam-factcheck": [
        ("aJuly", "a July"), ("amoniker", "a moniker"), ("criticsto", "critics to"),
        ("Bangagwill", "Bangag will"), ("begandischarging", "began discharging"),
        ("waterfollowing", "water following"), ("thesouthwest", "the southwest"),
        ("aPhilippine", "a Philippine"), ("tofloodwaters", "to floodwaters"),
        ("aboutdisasters", "about disasters"),
    ],
    "ph-rappler-2025-sc-impeachment-factcheck": [
        ("ofVice", "of Vice"), ("Duterteis", "Duterte is"), ("SCissued", "SC issued"),
        ("25barring", "25 barring"), ("TheSupreme", "The Supreme"), ("rulingdid", "ruling did"),
        ("theimpeachment", "the impeachment"), ("proceedingsagainst", "proceedings against"),
        ("(READ:DOCUMENT", "(READ: DOCUMENT"), ("complaintswere", "complaints were"),
        ("(READ:Sara", "(READ: Sara"), ("TheHouse", "The House"),
        ("Representativesis", "Representatives is"), ("withSpokesperson", "with Spokesperson"),
        ("Abantecalling", "Abante calling"), ("Abantesaidthat", "Abante said that"),
        (".\u201d\u2013 Marjuice", ".\u201d \u2013 Marjuice"), ("AnAries", "An Aries"),
        ("Fellowof", "Fellow of"), ("ofAng", "of Ang"),
    ],
    # seventh round
    "ph-rappler-2025-dela-rosa-ang-complaint-factcheck": [
        ("missingsabungeros(cockfighting", "missing sabungeros (cockfighting"),
        ("added:\u201cNagkalaglagan", "added: \u201cNagkalaglagan"),
        ("arestado!\u201d(Everyone", "arestado!\u201d (Everyone"),
        ("thecase of the missingsabungeros.", "the case of the missing sabungeros."),
        ("apress conferencewhere", "a press conference where"),
        ("the missingsabungeros, and", "the missing sabungeros, and"),
        ("theSenate hearing on thesabungeroscase", "the Senate hearing on the sabungeros case"),
        ("Headded", "He added"), ("fromKellogg", "from Kellogg"),
        ("modelscommonly create bodieswith", "models commonly create bodies with"),
        ("a40%", "a 40%"), ("senator\u2019sactivities", "senator\u2019s activities"),
        ("words\u201cUSA", "words \u201cUSA"), ("missingsabungeroshas", "missing sabungeros has"),
        ("(READ:TIMELINE", "(READ: TIMELINE"), ("thesabungeroswerestrangled", "the sabungeros were strangled"),
        ("namedAngas", "named Ang as"), ("(READ:Atong", "(READ: Atong"),
        ("forthe alleged remains of the victimsin Taal Lake hadbegun.\u2013Jerry",
         "for the alleged remains of the victims in Taal Lake had begun. \u2013 Jerry"),
        ("programhere.", "program here."), ("oneFact Checkat", "one Fact Check at"),
    ],
    # eighth round
    "ph-rappler-2025-bam-aquino-deepfake-factcheck": [
        ("program,TV Patrol", "program, TV Patrol"), ("officialABS-CBN", "official ABS-CBN"),
        ("aJuly", "a July"), ("in apost on", "in a post on"),
        ("asInquirer.net,Manila Bulletin,News5,Interaksyon, andBusinessWorld Online",
         "as Inquirer.net, Manila Bulletin, News5, Interaksyon, and BusinessWorld Online"),
        ("legitimateABS-CBN", "legitimate ABS-CBN"), ("(READ:Phishing", "(READ: Phishing"),
        ("asFebruary 2025andApril 2025using", "as February 2025 and April 2025 using"),
        ("byartificial intelligence (AI)technologies", "by artificial intelligence (AI) technologies"),
        ("programhere.", "program here."),
    ],
    # twelfth round
    "ph-rappler-2025-duterte-skin-and-bones-factcheck": [
        ("hadlost a lot of weightwhile", "had lost a lot of weight while"),
        ("detectorSight Engineflagged", "detector Sight Engine flagged"),
        ("fromHive Moderationshow", "from Hive Moderation show"), ("content.Decopy AI", "content. Decopy AI"),
        ("recentlydebunkedphotos", "recently debunked photos"), ("alsofact-checkeda", "also fact-checked a"),
        ("aninterviewwith", "an interview with"), ("alsosaid the samewhen", "also said the same when"),
        ("wasarrestedon", "was arrested on"), ("2025.\u2013 Angelee", "2025. \u2013 Angelee"),
        ("Rappler\u2019sAries", "Rappler\u2019s Aries"),
    ],
}
# Run-in labels at the start of a line ('Claim:', 'The facts:', subheads like 'Bustos Dam:').
LINK_SPACES["ph-rappler-2025-tantoco-suspects-factcheck"] = [
    ("URLhttps://", "URL https://"), ("toTantoco", "to Tantoco"), ("itsdisclaimerthat", "its disclaimer that"),
    ("executivediedon", "executive died on"), ("hiscause of deathwas", "his cause of death was"),
    ("effects.\u201dHe", "effects.\u201d He"), ("hasclarifiedthat", "has clarified that"),
    ("(READ:[Closer", "(READ: [Closer"), ("previouslyfact-checkedthe", "previously fact-checked the"),
    ("alsofact-checked", "also fact-checked"), ("Sonza.\u2013", "Sonza. \u2013"), ("programhere.", "program here."),
]
LABELS = {
    "ph-rappler-2025-tantoco-suspects-factcheck": [
        "Claim:", "Why we fact-checked this:", "The facts:", "On Tantoco\u2019s death:", "\u2018No one summoned\u2019:",
        "Previous related fact-checks:"],
    "ph-rappler-2025-bustos-dam-factcheck": [
        "Claim:", "Why we fact-checked this:", "The facts:", "Bustos Dam:", "Previous fact-checks:"],
    "ph-rappler-2025-sc-impeachment-factcheck": [
        "Claim:", "Why we fact-checked this:", "The facts:", "\u2018Unconstitutional\u2019:",
        "Motion for reconsideration:"],
    "ph-rappler-2025-dela-rosa-ang-complaint-factcheck": [
        "Claim:", "Why we fact-checked this:", "The facts:", "Likely AI-generated photo:",
        "Baseless claims:", "The missing sabungeros:"],
    # eighth round
    "ph-rappler-2025-bam-aquino-deepfake-factcheck": [
        "Claim:", "Why we fact-checked this:", "The facts:", "Fake website:", "Previous related fact-checks:"],
    # twelfth round
    "ph-rappler-2025-duterte-skin-and-bones-factcheck": [
        "Claim:", "Why we fact-checked this:", "The facts:", "\u2018Skin and bones\u2019:", "ICC arrest:"],
}
BOILERPLATE = "Keep us aware of suspicious Facebook pages"


def extract(blob, article):
    aid = article["id"]
    index = int(re.search(r"JSON list index (\d+)", article["source"]["locator"]).group(1))
    item = json.loads(blob.decode("utf-8"))[index]
    content = item["content"]
    for lost, restored in LINK_SPACES.get(aid, []):
        if content.count(lost) != 1:
            raise ValueError(f"{aid}: {lost!r} does not occur exactly once")
        content = content.replace(lost, restored)
    lines = content.replace("\xa0", " ").split("\n")
    for k, line in enumerate(lines):
        for label in LABELS.get(aid, []):
            if line.startswith(label) and not line.startswith(label + " "):
                lines[k] = label + " " + line[len(label):]
    lines = [line for line in lines if line.strip()]
    for k, line in enumerate(lines):
        if line.startswith(BOILERPLATE):
            lines = lines[:k]
            break
    return item["title"] + "\n\n" + "\n\n".join(lines) + "\n"
