"""The company a release is about and its counterparties in the reported events.

The company is the issuer: the feed's issuer when it names one, else the subject of the release's own
"About X" section, else the registrant of a filing, else the first organisation of a press release's
dateline sentence, else the first organisation named in the headline (how news stories are labelled).
Counterparties are the organisations named in the sentences that proved an event, never a regulator;
for an IND only a company named as filing or owning the application counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from bot.classify.document import Document, Region, Sentence
from bot.classify.entities import (
    DOCUMENT,
    STUDY_AFTER,
    WORD_OPENS,
    NameSpan,
    OrgIndex,
    is_exchange,
    is_excluded,
    key,
    listed_after,
    lower_case_listed,
    names_in,
    same_org,
    short_name,
    small_words,
    written_small,
)
from bot.classify.rules import IND_TERM
from bot.classify.text import Search, squash
from bot.models import EventType

__all__ = ["company_of", "company_subjects", "partners_of", "product_subjects"]

_NOT_COMPANY_SUBJECT = re.compile(
    r"['’]s\b|\b(?:the|trial|study|technology|collaboration|disease|syndrome|cancer|carcinoma|platform|program"
    r"|programme|therapy|therapies|vaccine|antibod\w+|drug|products?|pipeline|agreement|transaction)\b|\(\s*[a-z]",
    re.IGNORECASE,
)
_FILING_SUBJECT = re.compile(
    # "Form 6-K: Jinhe Biologics Inc. - third quarter 2024 results": the form first, then its issuer
    r"^(?:(?i:Form)\s+(?:8-K|10-Q|10-K|6-K|20-F)\s*:\s*(?P<name2>[^-–—:]{2,80}?)\s+[-–—:]\s"
    r"|(?P<name>.{2,80}?)\s+(?:8-K|10-Q|10-K|6-K|20-F|424B\d?"
    # "Nordhavn Pharma interim report H1 2025: ...": a European issuer's periodic report
    r"|(?i:interim|half-year(?:ly)?|annual|quarterly)\s+(?i:report))\b)"
)
# a name as a headline writes it: up to six words, each capitalised or joining ("TESARO, Inc.", "Ross & Co"),
# or all in small letters ("bluebird bio")
_READS_AS_NAME = re.compile(
    r"(?:[A-Z0-9]\S*|and|&|of|de|the|-)(?:\s+(?:[A-Z0-9]\S*|and|&|of|de|the|-)){0,5}"
    r"|[a-z0-9][\w&.-]*(?:\s+[a-z0-9][\w&.-]*){0,3}"
)
# the wires a release's dateline names: "(GLOBE NEWSWIRE)", "(PR Newswire)", "/PRNewswire/"
_WIRES = r"GLOBE\s+NEWSWIRE|BUSINESS\s+WIRE|PR\s?Newswire|ACCESSWIRE"
_DATELINE = re.compile(
    r"\b(?:today\s+(?:announced|reported|said|announces|disclosed)|announced\s+today|announces|reported\s+today|"
    + _WIRES
    + r")\b",
    re.IGNORECASE,
)
_SUBJECT_VERB = (
    r"(?:has\s+|have\s+|will\s+|had\s+)?(?:exercis\w+|pays?|paid|receiv\w+|obtain\w+|gain\w+|tak\w+|licens\w+"
    r"|in-licens\w+|opts?|dosed|start\w*|select\w+|launch\w*|submit\w*|fil\w+|grant\w*|acquir\w+|agree\w*"
    r"|enter\w*|sign\w*|return\w*|regain\w*|terminat\w+|declin\w+|decid\w+|nab\w*|buys?|bought|land\w*|gets?"
    r"|hands?|exits?|restructur\w+|amend\w*|extend\w*|initiat\w+|began|begun|advanc\w+|assum\w+|triggers?"
    r"|owes?|earns?)\b"
)
_BEFORE_FRAME = re.compile(
    r"(?:\b(?:from|with|to|by|partner|partners|licensee|licensor|collaborator|pay|pays|paid|grants?|gives?"
    r"|giving|granting|between)\s+(?:its\s+|their\s+|the\s+|a\s+)?(?:[\w-]+-based\s+)?)$",
    re.IGNORECASE,
)
# "RIKEN and Astellas Pharma Inc. today announced": a party announcing the deal with the company
_JOINT_SUBJECT = re.compile(
    r"^\s+(?:and|&)\s+(?-i:[A-Z])[^;]{0,100}?\b(?:today\s+)?(?:jointly\s+)?(?:announce|sign|enter|agree)",
    re.IGNORECASE,
)
_IND_FRAME_BEFORE = re.compile(
    r"(?:\b(?:(?:filed|submitted|sponsored|held|owned)\s+by|partner|licensee|collaborator)\s+(?:its\s+)?"
    r"(?:[\w-]+-based\s+)?)$",
    re.IGNORECASE,
)
_IND_FRAME_AFTER = re.compile(
    r"^(?:['’]s?\s+" + r"(?:[^\s;]+\s+){0,3}?" + IND_TERM + r"|\s*(?:\([^)]{0,40}\)\s*)?(?:has\s+|have\s+)?"
    r"(?:submitted|filed|files|submits|obtain\w*|receiv\w*)\b)",
    re.IGNORECASE,
)
# "CRISPR Therapeutics (NASDAQ: CRSP) and Vertex Pharmaceuticals Incorporated (NASDAQ: VRTX) today announced":
# the second of two firms announcing together (an IND two firms announce is news of both)
_AND_BEFORE = re.compile(r"\b(?:and|&)\s+$", re.IGNORECASE)
_ANNOUNCER_AFTER = re.compile(
    r"^(?:\s*,?\s*(?:Inc|Incorporated|Ltd|Limited|Corp|Corporation|plc|PLC|AG|SA|N\.?V|Co)\b\.?)*"
    r"\s*(?:\([^)]{0,40}\)\s*)?,?\s*(?:today\s+)?(?:jointly\s+)?announce",
    re.IGNORECASE,
)
_APPOSITION = re.compile(
    # ("Renkang Health Investment (Hong Kong) Limited, an affiliate of Renkang": the unit's place and suffix)
    r"^\s*,?\s*(?:\([^)]{0,60}\)(?:\s+(?:Co\.,?\s+)?(?:Limited|Ltd\.?|Inc\.?|LLC|GmbH|AG|B\.V\.))?\s*,?\s*)?"
    r"(?:an?|the|its|one\s+of\s+the|now)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:subsidiary|unit|member|division|affiliate|part|company|companies|arm)\s+(?:of\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
_PARENT_OF_NEXT = re.compile(
    r"^\s*(?:\([^)]{0,40}\)\s*)?(?:unit|affiliate|subsidiary|division|arm)\s+(?-i:[A-Z])", re.IGNORECASE
)
# "when it bought Karuna": a company acquired outright is no longer a party; its buyer is
_ACQUIRED = re.compile(
    r"\b(?:bought|buys?|buying|acquir(?:e|es|ed|ing)|acquisition\s+of|purchase\s+of|purchas(?:e|es|ed|ing)"
    r"|takeover\s+of|took\s+over|tak(?:e|es|ing)\s+over|merg(?:er|ed|es|ing)\s+with|absorb(?:ed|s)?"
    # "under the 2017 sale of Activus Pharma": a firm sold, which the milestone follows, is no party
    # ("which developed the drug before selling Activus Pharma to Formosa")
    r"|sale\s+of|sell(?:s|ing)?|sold|divest(?:iture|ment)\s+of|divest(?:ed|s|ing)|spin-?off\s+of|sp(?:un|ins?)\s+off)"
    r"\s+(?:the\s+|its\s+)?(?:[\w-]+-based\s+)?$",
    re.IGNORECASE,
)
# "rights to KarXT", "in combination with Keytruda", "monalizumab with Imfinzi": a drug, not a party
_PRODUCT_BEFORE = re.compile(
    r"\b(?:(?:rights?|options?|title|access)\s+(?:to|for|on|in)\s+(?:the\s+)?"
    r"|in\s+combination\s+with\s+|[a-z]{3,}(?:mab|nib|cept|ciclib|lisib|parib|stat)\s+(?:with|plus)\s+)$",
    re.IGNORECASE,
)
_PARTNER_BEFORE = re.compile(r"\b(?:partner|licensee|licensor|collaborator)\s+$", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|across|throughout)\s+$", re.IGNORECASE)
_HOLDINGS_AFTER = re.compile(r"['’]s?\s|\s+(?:rights?|assets?|programs?|programmes?|portfolio)\b")
# a molecular target written as one: "FcRn", "TfR1", "IgG4" (capitals inside a short word, or digits)
_TARGET_LIKE = re.compile(r"[A-Z][a-z]{0,3}[A-Z][A-Za-z]{0,3}\d{0,2}|[A-Z]{1,5}\d{1,3}[A-Za-z]?")
_TARGETED_BY_AFTER = re.compile(
    r"[-\s]+(?:directed\s+|targeting\s+|targeted\s+)?(?:antibod(?:y|ies)|blockers?|inhibitors?|agonists?"
    r"|antagonists?|degraders?|bispecifics?|ADCs?|siRNAs?|binders?|modulators?)\b"
)
# a possessive before an institution's name: "Melbourne's Fenwick Institute", "Oxford's Jenner Institute"
_INSTITUTION_NEXT = re.compile(
    r"['’]s\s+(?:[A-Z][\w&.-]*\s+){0,4}?(?:Institute|University|Hospital|Foundation|Centre|Center|College|Clinic"
    r"|School)\b"
)
# a possessive before the unit that acts for its owner ("The University of Harwick's commercialisation
# company")
_UNIT_NEXT = re.compile(
    r"['’]s\s+(?:own\s+)?(?:commerciali[sz]ation|technology[-\s]transfer|tech[-\s]transfer|licensing|venture"
    r"|investment|innovation)\s+(?:company|arm|office|subsidiary|unit)\b",
    re.IGNORECASE,
)
# "the Melbourne company", "from Shanghai partner Huamei": a word that describes the party named next
_DESCRIBES_NEXT = re.compile(
    r"\s+(?:partner|licensee|licensor|collaborator|drugmaker|biotech|company|firm|startup)\b", re.IGNORECASE
)
# diseases named after people: "Duchenne muscular dystrophy", "Sarepta's Duchenne gene therapy"
_EPONYMS = frozenset(
    [
        "duchenne",
        "becker",
        "huntington",
        "parkinson",
        "alzheimer",
        "crohn",
        "fabry",
        "bruton",  # Bruton's tyrosine kinase
        "gaucher",
        "pompe",
        "hodgkin",
        "sjogren",
        "sjögren",
        "tourette",
        "rett",
        "angelman",
        "dravet",
        "batten",
        "wilson",
        "graves",
        "hashimoto",
        "kaposi",
        "ewing",
        "wilms",
        "friedreich",
        "stargardt",
        "leber",
        "usher",
        "barth",
        "alport",
        "behcet",
        "behçet",
        "cushing",
        "addison",
        "canavan",
        "krabbe",
        "hunter",
        "hurler",
        "sanfilippo",
        "morquio",
        "niemann",
        "prader",
        "lennox",
        "charcot",
        "tay",
        "kawasaki",
        "waldenstrom",
        "waldenström",
        "castleman",
    ]
)
# "the Ministry of Health, Labour and Welfare": the rest of a ministry's name, not a firm
_MINISTRY_BEFORE = re.compile(r"\b(?:Ministry|Department|Minister)\s+of\s+[A-Z][\w,&\s]{0,40}$")
_NUMBERED = re.compile(r"[ -]\d+(?:\.\d+)?\b")  # "Claudin 18.2", "Nectin-4": a target, not a firm
# what follows a capitalised name that is a letter's title or a disease's eponym, not a firm
_NOT_A_FIRM_AFTER = re.compile(
    r"(?:['’\"]\s+(?:letters?|notices?)\b|['’]s?\s+(?:syndrome|disease|disorder|sarcoma|lymphoma|ataxia"
    r"|dystrophy|palsy|encephalopathy|anomaly)"
    # "Cambridge, UK start-up Calder Bio", "the Cambridge, Massachusetts, company": a town and its country
    # or state; "KRAS-mutant solid tumours": a target
    r"|,\s*(?-i:UK|U\.K\.|US|U\.S\.|USA|England|Mass\.|Calif\.|Massachusetts|California|New\s+Jersey|N\.J\."
    r"|New\s+York|N\.Y\.|Pennsylvania|Pa\.|Maryland|Md\.|North\s+Carolina|N\.C\.|Texas|Colorado|Colo\."
    r"|Connecticut|Conn\.|Illinois|Ill\.|Washington|Wash\.|Minnesota|Minn\.|Ontario|Quebec|British\s+Columbia"
    # ("developed by Cambridge, Mass.-based Pellucid Therapeutics")
    r"|B\.C\.)(?=[\s,-])"
    # "Edinburgh start-up Bellwood", "an Oxford spin-out": a town that describes a young firm
    r"|\s+(?-i:start-?ups?|spin-?outs?|spinouts?)\b"
    # "the J.P. Morgan Healthcare Conference", "the BIO International Convention": a meeting, not its host
    r"|\s+(?-i:Conference|Convention|Congress|Summit|Symposium|Forum|Meeting|Awards?|Prize)\b)",
    re.IGNORECASE,
)
# lower case only: a title-case headline runs a party into what follows ("Kyowa Kirin Exclusive License")
_TECHNOLOGY_AFTER = re.compile(
    r"(?:-(?:enabled|derived|based)\b|\s+(?:licen[cs]e|technology|platform|program(?:me)?|proteins?|capsids?"
    # ("licenses NorthCHO expression line to Basilisk": a cell line, not a firm)
    r"|(?:expression|cell|production|manufacturing)\s+(?:lines?|systems?|platforms?|hosts?))\b)"
)
_REGULATOR_END = re.compile(r"\b(?:Administration|Agency|Authority|Ministry|Commission|Bureau|Inspectorate)$")
# "a Second Amendment (the "Amendment") to the License Agreement": a document, not a firm
# the licensor upstream of the licence a company now passes on ("its platform, which it licenses from the
# University of X", ", licensed from Y", "under license from Z"): it holds no part in the new deal
_UPSTREAM = re.compile(
    r"(?:\bwhich\s+[^\s,;]+\s+(?:in-)?licen[cs](?:es|ed)|,\s*(?:itself\s+)?(?:in-)?licensed"
    r"|\bunder\s+(?:an?\s+)?(?:exclusive\s+)?licen[cs]e)\s+from\s+(?:the\s+)?$"
    # "all territories except those previously licensed to BeiGene": an earlier licensee, not a party
    r"|\b(?:previously|already|earlier)\s+(?:(?:out-|sub)?licen[cs]ed|partnered)\s+"
    r"(?:by\s+[\w&.-]+(?:\s+[\w&.-]+){0,2}?\s+)?(?:to|with)\s+(?:the\s+)?$"
    # "territories outside BeiGene's Asia/Pacific region": the holder of the rights left out
    r"|\b(?:outside(?:\s+of)?|except|excluding|other\s+than)\s+(?:the\s+)?$"
    # "an exclusive sublicense under the Company's rights under the Ridley License": the licence passed on
    r"|\brights\s+under\s+(?:the\s+|its\s+|our\s+)?$"
    # "granted Eurovance an exclusive sublicense under the Coorong patents": the owner of what is sublicensed
    r"|\bsub-?licen[cs]e\s+under\s+(?:the\s+|its\s+|our\s+)?$",
    re.IGNORECASE,
)
# the licensor named with the year or kind of its licence: "holds rights outside Japan under a 2020 license
# from Kuroshio" (beside a milestone, the licensor is the one paid or paying under it: a party)
_UPSTREAM_NAMED = re.compile(
    r"\bunder\s+(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+){1,2}?licen[cs]e(?:\s+agreement)?\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# the company's own licensor, of the product whose milestone a sentence tells: "JL-1187, which Jinlan
# in-licensed from Pembrook"
_IN_LICENSED_FROM = re.compile(r"\bwhich\s+[^\s,;]+\s+in-licen[cs]ed\s+from\s+(?:the\s+)?$", re.IGNORECASE)
_UNIT_OF = re.compile(
    r"\b(?:(?:subsidiary|unit|affiliate|division|arm)(?:\s+of)?|member\s+of\s+the|part\s+of)\s*,?\s*"
    # ("the U.S.-based arm of China's Sichuan Biokin")
    r"(?:(?:the|its|[\w-]+-(?:listed|based|headquartered)|[A-Z][\w.-]*['’]s)\s+){0,2}$",
    re.IGNORECASE,
)

# "Merck becomes the latest drug maker to take a PDPS licence, following Bristol-Myers Squibb, Novartis and
# Genentech": the firms that took one before, listed after the news (the list is read by splitting it, so
# the test stays linear)
_EARLIER_TAKERS = re.compile(
    r"\b(?:latest|newest|most\s+recent|other|previous|earlier|existing)\b[^.;]{0,80}?"
    r"\b(?:following|joins|joining|alongside|after|such\s+as|like|including)\s+",
    re.IGNORECASE,
)
_LIST_JOINT = re.compile(r",\s+(?:and\s+)?|\s+and\s+", re.IGNORECASE)


def _listed_earlier(text: str, start: int) -> bool:
    """Whether a name at `start` stands in a list of the firms that did the same before."""
    window = text[max(0, start - 300) : start]
    for m in _EARLIER_TAKERS.finditer(window):
        items = _LIST_JOINT.split(window[m.end() :])
        # each listed name short and plain, and the window ending where the next one starts
        if items[-1] == "" and all(0 < len(i) <= 40 and not any(c in i for c in ",;.()") for i in items[:-1]):
            return True
    return False


# "Millennium, the Takeda oncology company", "Kite, a Gilead Company": the parent, in an apposition that
# describes the unit named before it
_APPOSITION_OPENS = re.compile(r"[,:]\s+(?:the|an?)\s+$", re.IGNORECASE)
_PARENT_IN_APPOSITION = re.compile(
    r"[^,;.()]{0,50}?\b(?:company|unit|subsidiary|division|arm)\b", re.IGNORECASE
)

# "Hercules CM NewCo, Inc., a company set up in Delaware this month by Bain Capital": the investors who
# made a new company, not parties to its deal (the new company is)
_FOUNDED_BY = re.compile(
    r"\b(?:company|newco|vehicle|entity|start-?up|venture)\b,?\s+(?:\w+\s+){0,2}?"
    r"(?:set\s+up|formed|founded|co-founded|created|launched|incubated|seeded|backed|financed|funded)\b"
    r"[^.;:()]{0,40}?\bby\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# "its wholly-owned subsidiary SystImmune", "Biokin's subsidiary SystImmune": a unit of the owner named;
# "Forms Diabetes Subsidiary Convergen", "launched a new subsidiary, Orla": a unit the company made; "X and
# its subsidiaries A and B": units of a party, named with it
# "Nxera Pharma -- formerly known as Sosei Group Corporation or Sosei Heptares", "previously named Heptares
# Therapeutics Limited", "f/k/a Acme Bio": a party's former name, not a second party
_FORMER_NAME_BEFORE = re.compile(
    r"\b(?:formerly|previously|f/k/a)(?:\s+(?:known\s+as|named|called))?\s+"
    r"(?:(?:[A-Z][\w&.'-]*\s+){1,5}(?:or|and)\s+)?(?:[A-Z][\w&.'-]*\s+){0,3}$"
)
# the issuer named by its defined name in a filing or an exchange announcement, as the owner of a unit
_DEFINED_OWNERS = frozenset({"Company's", "Company’s", "Group's", "Group’s"})
_OWN_UNIT_BEFORE = re.compile(
    r"\b(?:(?P<owner>its|our|(?:[A-Z][\w&.-]*\s+){0,2}?[A-Z][\w&.-]*?['’]s)"
    r"|(?i:forms|formed|creates|created|launch(?:es|ed)|establish(?:es|ed)|unveil(?:s|ed))(?:\s+(?i:an?|new))*)\s+"
    r"(?:(?:wholly|majority|fully|indirect|direct)[-\s]+(?:owned\s+)?|[\w.-]+\s+)?"
    r"(?:[Ss]ubsidiar(?:y|ies)|[Aa]ffiliates?|[Uu]nits?)\s*,?\s*"
    # "its subsidiaries Shenyang Sunshine Pharmaceutical and 3S Guojian": the second of two units named
    r"(?:[A-Z][\w&.'-]*(?:\s+[\w&.,'()-]+){0,6}?\s*,?\s+and\s+)?$"
)

# "Tayvale Zhongqi Co., Ltd., a wholly-owned subsidiary of the Company": the issuer's own unit, named first
# ("between Jazz and Zymeworks BC Inc., a wholly owned subsidiary": the unit is the name after "and")
_OWN_UNIT_AFTER = re.compile(
    r"(?:(?!\s(?:and|&)\s)[^;()]){0,40}?(?:\([^()]{0,40}\)[^;()]{0,20}?)?,\s*an?\s+(?:(?:wholly|majority|fully|indirect|direct)[-\s]+"
    r"owned\s+)?(?:subsidiary|affiliate|unit)\s+of\s+(?:the\s+Company|us)\b"
)

_ALIAS_OPEN = re.compile(r"\(\s*[\"“]\s*$")

# the patterns above asked only whether they match the words before a name (see `text.Search`)
_ACQUIRED_FOUND = Search(_ACQUIRED)
_UPSTREAM_FOUND = Search(_UPSTREAM)
_UPSTREAM_NAMED_FOUND = Search(_UPSTREAM_NAMED)
_BEFORE_FRAME_FOUND = Search(_BEFORE_FRAME)
_IND_FRAME_BEFORE_FOUND = Search(_IND_FRAME_BEFORE)
_PLACE_BEFORE_FOUND = Search(_PLACE_BEFORE)
_PRODUCT_BEFORE_FOUND = Search(_PRODUCT_BEFORE)
_PARTNER_BEFORE_FOUND = Search(_PARTNER_BEFORE)
_UNIT_OF_FOUND = Search(_UNIT_OF)
_FOUNDED_BY_FOUND = Search(_FOUNDED_BY)


# what an "About X" section says X is, in its first sentence: "Omadacycline is a once-daily oral and
# intravenous aminomethylcycline antibiotic", "Vicineum is a locally administered fusion protein"; a firm's
# section says what the firm is ("a clinical-stage company developing antibodies") before any such noun
_PRODUCT_DESCRIBED = re.compile(
    # ("AeroLock is Harrowgate's proprietary ... platform": a firm's own platform)
    r"\s*(?:\([^()\n]{0,80}\)\s*)?(?:,[^,\n]{0,80},\s*)?is\s+(?:a|an|the|[A-Z][\w&.-]*['’]s?)\s+"
    r"(?:(?!compan|firm|organi[sz]ation|business|group|leader|institut|universit|foundation|develop|focus|arm\b"
    r"|subsidiar|unit\b|division|maker|manufacturer|producer|provider|spin)[^.\n]){0,120}?"
    r"\b(?:inhibitor|antibod(?:y|ies)|drug|candidate|molecule|compound|vaccine|protein|antibiotic|formulation"
    r"|agonist|antagonist|conjugate|oligonucleotide|medicine|biologic|peptide|modulator|degrader|gene\s+therapy"
    r"|antifungal|antiviral|antibacterial|anticoagulant|analgesic|antipsychotic|antidepressant|hormone|enzyme"
    r"|cell\s+therapy|product|treatment|therapy|therapeutic|platform|technology)s?\b"
    # "an ASX-listed drug discovery company"
    # (and "a biopharma technology platform company")
    r"(?!-|\s+(?:[\w-]+\s+){0,2}(?:developer|company|arm|maker|firm))",
    re.IGNORECASE,
)


# a brand's generic name in brackets after it: "Solvaro (fosvorizole)", "Casgevy (exagamglogene autotemcel)"
_GENERIC_NAME = re.compile(r"\s*\((?-i:[a-z][a-z-]{4,})(?:\s+(?-i:[a-z][a-z-]{4,}))?\)")


def _names_a_product(subject: str, opening: str, small: frozenset[str]) -> bool:
    """Whether an "About X" section is a product's: its opening says X is a drug, antibody, ..., or X is one
    word the text also writes in small letters ("About Paxalisib" beside "paxalisib")."""
    word = subject.rstrip("®™ ")
    if word != subject.rstrip() or written_small(word, small):
        return True  # ("About Dermavin®": a registered trademark's section is a product's)
    # ("About monalizumab" opens "Monalizumab is a ... inhibitor": the heading may write it small; "Solvaro
    # (fosvorizole) is ...": a brand with its generic name)
    if opening[: len(word)].lower() != word.lower():
        return False
    rest = opening[len(word) :].lstrip("®™")
    return _PRODUCT_DESCRIBED.match(rest) is not None or _GENERIC_NAME.match(rest) is not None


def product_subjects(doc: Document) -> tuple[str, ...]:
    """The "About X" subjects that name a product: its own section says so, or the text writes it small."""
    if not doc.about_subjects:
        return ()
    small = small_words((doc.title, doc.summary, doc.body))
    sections = dict.fromkeys(zip(doc.about_subjects, doc.about_openings, strict=True))
    return tuple(dict.fromkeys(s for s, opening in sections if _names_a_product(s, opening, small)))


def company_subjects(doc: Document, products: Sequence[str] = ()) -> tuple[str, ...]:
    """The "About X" subjects that name an organisation rather than a product (see `product_subjects`),
    trial or disease."""
    news = squash(" ".join([doc.title, doc.summary, doc.lead]))
    return tuple(
        s
        for s in doc.about_subjects
        if squash(short_name(s)) in news
        and not _NOT_COMPANY_SUBJECT.search(s)
        and not is_excluded(short_name(s))
        and s not in products
    )


_INNER_CAPITAL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def _as_written(name: str, doc: Document) -> str:
    """A name in capitals ("XENCOR, INC.") as the headline, summary or body write it elsewhere ("Xencor");
    a name whose spaces damage took ("BrackwaterBio") as the text writes it whole ("Brackwater Bio")."""
    if " " not in name:
        spaced = _INNER_CAPITAL.sub(" ", name)
        if spaced != name and spaced in " ".join([doc.title, doc.summary, doc.body[:3000]]):
            return spaced
    if name.isupper():
        news = " ".join([doc.title, doc.summary, doc.body[:3000]])
        for m in _occurrences(name, news, re.IGNORECASE):
            if not m.group().isupper():
                return m.group()
    return name


def company_of(doc: Document, index: OrgIndex, *, issuer: str | None) -> str | None:
    """Return the company a release is about, as a short name (pure)."""
    found = _company_of(doc, index, issuer=issuer)
    return _as_written(found, doc) if found is not None else None


def _company_of(doc: Document, index: OrgIndex, *, issuer: str | None) -> str | None:
    if issuer and issuer.strip():
        return short_name(issuer)
    named = _NAMED_ISSUER.search(doc.body[:400])
    if named is not None:
        name = short_name(named.group("name"))
        if name and not is_excluded(name):
            return index.display(name) or name
    news = squash(" ".join([doc.title, doc.summary, doc.lead]))
    subjects = [
        name
        for subject in reversed(doc.about_subjects)
        if (name := short_name(subject))
        and not _NOT_COMPANY_SUBJECT.search(subject)
        and not index.has_product_section(subject)
        # "About XOMA": capitals alone name a disease as often as a firm, unless the lead lists it
        and (not is_excluded(name) or _listed_in(doc.lead[:600], name))
        and squash(name) in news
    ]
    if len(subjects) > 1:
        # a joint release describes both firms: the one the text defines as 'the "Company"' issued it
        defined = [n for n in subjects if any(same_org(n, i) for i in index.issuers)]
        if len(defined) == 1:
            return defined[0]
        # else the one its lead opens with, ticker and all
        issuer = _listed_issuer(doc.lead[:600], index)
        if issuer is not None and key(issuer) in {key(n) for n in subjects}:
            return next(n for n in subjects if key(n) == key(issuer))
        # else the one its lead names first ("Ardent Bio, a new company formed by Brightfen Capital, today
        # launched ...")
        lead = squash(doc.lead[:600])
        opened = [(at, n) for n in subjects if (at := lead.find(squash(n))) >= 0]
        if opened:
            return min(opened)[1]
    if subjects:
        # 'Huaxin Oncology Holdings Limited (the "Company")' beside "About Andover Biotherapeutics": the text
        # names itself; an "About" section of another firm alone describes the counterparty
        if len(subjects) == 1 and index.issuers and not any(same_org(subjects[0], i) for i in index.issuers):
            return index.display(index.issuers[0]) or index.issuers[0]
        return subjects[0]
    m = _FILING_SUBJECT.match(doc.title)
    # a filing's headline, or a periodic report's ("Nordhavn Pharma interim report H1 2025: ..."), names
    # its issuer first
    if m is not None and (doc.is_filing or m.group(0).lower().endswith("report")):
        name = short_name((m.group("name") or m.group("name2")).rstrip(":"))
        # (not a story's headline told from a filing: "FDA lifts clinical hold on Marlowe Bio's MRL-07, 8-K
        # shows")
        if name and _READS_AS_NAME.fullmatch(name):
            return index.display(name) or name
    if index.issuers:
        # 'Oakhurst Immunotherapeutics, Inc. (the "Company")': the issuer the text names as itself
        return index.display(index.issuers[0]) or index.issuers[0]
    issuer = _listed_issuer(doc.lead[:600], index)
    if issuer is not None:
        return issuer
    if doc.lead and _DATELINE.search(doc.lead[:600]):
        found = _first_org(doc.lead[:600], index)
        if found is not None:
            return _opening_subject(doc, doc.lead[:600], found)
    receiver = _RECEIVER_HEADLINE.match(doc.title)
    if receiver is not None:
        name = short_name(receiver.group("name"))
        if not is_excluded(name) or index.is_listed(name):
            return index.display(name) or name
    found = _first_org(doc.title, index)
    if found is not None:
        return _opening_subject(doc, doc.title, found)
    found = _first_org(doc.summary, index) or _first_org(doc.lead, index)
    if found is not None:
        return _opening_subject(doc, " ".join([doc.summary, doc.lead]), found)
    return _lower_case_listed(" ".join([doc.summary, doc.lead, doc.title])) or _headline_subject(doc.title)


# what a firm named first in a headline does: money or a deal comes its way
_FIRM_VERB = re.compile(
    r"\s+(?:banks?|bags?|earns?|nets?|pockets?|collects?|receives?|gets?|wins?|lands?|secures?|books?|scores?"
    r"|signs?|inks?|licenses?|grabs?|snags?|nabs?|regains?)\b",
    re.IGNORECASE,
)


def _opening_subject(doc: Document, text: str, found: str) -> str:
    """The firm a sentence-case headline opens with, before its verb, dealing with another firm, where a
    text names it ahead of the firm found there: "Symphogen licenses Sym004 to Merck KGaA" names its subject
    first, though only the other firm's legal suffix shows that it is a firm."""
    subject = _headline_subject(doc.title)
    if subject is None or same_org(subject, found):
        return found
    # the other firm follows "to", "with" or "from" in the headline (a word may stand between: "to Japan's")
    dealt = re.search(
        r"\s(?:to|with|from)\s+(?:[\w'’.-]+\s+){0,2}?" + re.escape(found.split()[0]) + r"\b", doc.title
    )
    # or the subject banks, earns or signs something and the other firm stands later in the headline ("Sosei
    # Heptares banks another $5m as third Pfizer-picked GPCR drug reaches volunteers")
    later = (
        doc.title.startswith(subject)
        and _FIRM_VERB.match(doc.title, len(subject)) is not None
        and re.search(r"\b" + re.escape(found.split()[0]) + r"\b", doc.title[len(subject) :]) is not None
    )
    if dealt is None and not later:
        return found
    written = squash(text)
    at = written.find(squash(subject))
    return subject if 0 <= at < written.find(squash(found)) else found


def _occurrences(name: str, text: str, flags: int = 0) -> Iterator[re.Match[str]]:
    """Where a text writes a name as a whole word."""
    return re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text, flags)


def _listed_in(text: str, name: str) -> bool:
    """Whether a text writes a name with its ticker in brackets after it ("XOMA Ltd. (Nasdaq: XOMA)")."""
    return any(listed_after(text, m.end()) for m in _occurrences(name, text))


# a timely-disclosure notice (Tokyo's format) names its issuer on a line of its own: "Company name: X Inc."
_NAMED_ISSUER = re.compile(
    r"(?:^|\n)[ \t]*(?:Company\s+name|Name\s+of\s+(?:the\s+)?(?:listed\s+)?company|Name\s+of\s+issuer)"
    r"[ \t]*[:：][ \t]*"
    r"(?P<name>[^\n(:]{2,80}?)[ \t]*(?:\(|\n|$)",
    re.IGNORECASE,
)


def _lower_case_listed(text: str) -> str | None:
    """A name in lower case with its ticker in brackets after it, for a release whose company is unnamed."""
    return next(lower_case_listed(text[:2000]), None)


# "PharmaMar to receive $100 million from Jazz": whoever receives from a named payer is the company
_RECEIVER_HEADLINE = re.compile(
    r"(?P<name>(?-i:[A-Z][\w&'.-]*)(?:\s+(?-i:[A-Z][\w&'.-]*)){0,3}?)\s+"
    r"(?:to\s+(?:receive|collect|get|bank|earn|pocket)|receives|collects|gets|banks|earns|pockets)\b"
    r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,100}?\b(?:from|as|after|when)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)


# a news headline in sentence case opens with its subject and a verb or a possessive: "Lattice Fold inks
# enterprise licence", "Salubris nabs mainland China rights", "Salubris' monthly PCSK9 antibody filed"
_HEADLINE_SUBJECT = re.compile(
    # ("Optio Royalty & Licensing Partners closes second fund")
    r"(?P<name>(?-i:[A-Z][\w&.-]*)(?:\s+(?:&\s+)?(?-i:[A-Z][\w&.-]*)){0,3}?)(?:['’]s?)?\s+"
    r"(?-i:[a-z]{2,}s|to|said|signs|cuts|won|got|hit)\b"
)
_QUESTION_WORD = re.compile(r"(?i:will|did|does|do|is|are|was|can|could|should|would|how|why|what|who)\b")


def _headline_subject(title: str) -> str | None:
    """The firm a sentence-case headline opens with, named before its verb ("Lattice Fold inks enterprise
    licence"), for a news item that names its company nowhere else as a firm."""
    m = _HEADLINE_SUBJECT.match(title)
    if m is None or _QUESTION_WORD.match(title):
        return None
    # "Stillwater-backed Eskdale Neuro raises": what backs or hosts the firm is no part of its name
    name = short_name(_BACKED_BY.sub("", m.group("name")))
    return name if name and not is_excluded(name) else None


_BACKED_BY = re.compile(r"^[\w.&]+-(?:backed|based|funded|owned|listed|headquartered)\s+")


def _listed_issuer(lead: str, index: OrgIndex) -> str | None:
    """The issuer a dated press-release lead opens with, its ticker after it ("Orion Bio AG (SIX: ORIO)")."""
    # a news story opens the same way ("TEL AVIV -- Compugen Ltd. (Nasdaq: CGEN) said"): it names no issuer
    if not _DATED_DATELINE.match(lead):
        return None
    text = _undateline(lead)
    spans = names_in(text)
    if not spans or spans[0].start > 4 or spans[0].product or not listed_after(text, spans[0].end):
        return None
    if _REPORTED_SPEECH.match(text, text.find(")", spans[0].end) + 1):
        return None
    name = short_name(spans[0].name)
    if not name or is_excluded(name):
        return None
    return index.display(name) or name


def _first_org(text: str, index: OrgIndex) -> str | None:
    """The first name in a text that the document shows to be an organisation."""
    text = _undateline(text)
    for span in names_in(text):
        if span.product:
            continue
        opener = text[: span.start].rsplit(None, 1)[-1:] if span.start else []
        if opener and opener[0] in WORD_OPENS:
            # "Option Care Health posts ...": the common word opens the firm's name where the text shows
            # the whole name to be a firm's
            shown = index.display(f"{opener[0]} {span.name}")
            if shown is not None:
                return shown
        words = span.name.split()
        for n in range(len(words), 0, -1):  # "Enzon IND for" in a headline: the longest prefix that is one
            shown = index.display(" ".join(words[:n]))
            if shown is not None and (not is_excluded(shown) or index.is_listed(shown)):
                return shown
        if _CODE_NAME.fullmatch(span.name):
            # "AMRI bags $3M milestone": a headline may name a firm by its ticker
            named = index.by_symbol(span.name)
            if named is not None:
                return named
    return None


_CODE_NAME = re.compile(r"[A-Z]{2,5}")


_DATELINE_HEAD = re.compile(
    r"^.{0,240}?(?:\((?:" + _WIRES + r")\)|/PRNewswire/|/\s*ACCESSWIRE\s*/"
    r"|(?:19|20)\d\d(?:;\s*[\d.]+\s*CET)?(?:;\s*regulated information)?|^[A-Z][A-Z .,&]{2,60}"
    # "ZUG and BOSTON --", "CAMBRIDGE, Mass. and BOSTON --": places in capitals, joined, with a state's
    # abbreviation
    r"|^[A-Z][A-Z.'-]+(?:[ ,]{1,2}(?:[A-Z][A-Z.'-]+|and|&|[A-Z][a-z]{1,5}\.)){1,8}(?=\s*[-–—]{1,2}\s))"
    r"\s*(?:[-–—]{1,2}|:)\s+",
    re.DOTALL,
)


_DATED_DATELINE = re.compile(
    r"^[^\n]{0,160}?(?:\b(?:19|20)\d\d\b|" + _WIRES + r")[^\n]{0,60}?"
    r"(?:[-–—]{1,2}|:)\s",
    re.IGNORECASE,
)
_REPORTED_SPEECH = re.compile(r"[^.;]{0,40}?\b(?:said|says|told|reported\s+on)\b", re.IGNORECASE)


def _undateline(text: str) -> str:
    """A sentence without its dateline ("SAN DIEGO, Nov. 2, 2020 (GLOBE NEWSWIRE) --")."""
    m = _DATELINE_HEAD.match(text)
    return text[m.end() :] if m is not None and m.end() < len(text) else text


_VERB_AFTER = re.compile(r"^\s*(?:\([^)]{0,50}\)\s*,?\s*)?" + _SUBJECT_VERB, re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\s")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$")
_WORDS_TO_COMMA = re.compile(r"^[^,()]{0,40}?(?=\s*[,(])")


# the words for an application to a regulator to start trials (see `IND_TERM`), or for its filing
_APPLICATION_WORDS = re.compile(
    r"\b(?:IND|CTA|CTN|INDs|applications?|notifications?|submi\w+|fil(?:ed|es|ing)|lodg\w+|trials?|stud(?:y|ies))\b",
    re.IGNORECASE,
)


def _clause_tells_an_application(text: str, at: int) -> bool:
    """Whether the clause holding a name (between semicolons) speaks of a trial application: "Health Canada
    has issued a No Objection Letter ...; a payment from partner Basaltine will fall due" names the partner in
    a clause about money, not about who filed."""
    start = text.rfind(";", 0, at) + 1
    end = text.find(";", at)
    return _APPLICATION_WORDS.search(text, start, end if end >= 0 else len(text)) is not None


def _in_frame(text: str, start: int, end: int, *, ind: bool) -> bool:
    """True when a name stands where a counterparty stands ("from X", "X has exercised", "X's IND")."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 80]
    if ind:
        return bool(
            (_IND_FRAME_BEFORE_FOUND.found(before) and _clause_tells_an_application(text, start))
            or _IND_FRAME_AFTER.match(after)
            or _JOINT_SUBJECT.match(after)
            or (_AND_BEFORE.search(before) and _ANNOUNCER_AFTER.match(after))
        )
    if _BEFORE_FRAME_FOUND.found(before) or _JOINT_SUBJECT.match(after):
        return True
    return bool(_VERB_AFTER.match(after)) or bool(_POSSESSIVE_AFTER.match(after))


def _regulator(name: str) -> bool:
    return _REGULATOR_END.search(name) is not None and is_excluded(name)


def _names(written: str, shown: str, index: OrgIndex) -> bool:
    """Whether words name the firm shown as a whole: its short name, or the opening words of a name the
    text gives in full ("Meridale" of "Meridale Pharmaceuticals, Inc.", "Sakura Daiichi" of "Sakura Daiichi
    Pharma Co., Ltd."; not "Daiichi" of the well-known "Daiichi Sankyo", which the text never names)."""
    if key(shown) == key(short_name(written)):
        return True
    words, opening = shown.lower().split(), written.lower().split()
    return len(words) > len(opening) and words[: len(opening)] == opening and index.named_here(shown)


def _split(span: NameSpan, index: OrgIndex) -> list[NameSpan]:
    """A title-case run of names split where a known firm ends ("Acme Bio Grants Kyowa Kirin Exclusive")."""
    words = span.name.split(" ")
    if len(words) < 2 or _regulator(span.name):
        return [span]  # "National Medical Products Administration": a regulator, however it starts
    whole = index.display(span.name)
    if whole is not None and (_names(span.name, whole, index) or key(span.name) in index.aliases):
        return [span]  # a firm's name, or a short name the text defines for one ("Sosei Heptares")
    for n in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:n])
        shown = index.display(prefix)
        if (
            shown is None
            or not _names(prefix, shown, index)
            or is_excluded(" ".join(words[: n + 1]))
            or any(_regulator(" ".join(words[:m])) for m in range(n + 2, len(words) + 1))
        ):
            continue  # "European Medicines Agency (of X)" is one name, whatever its first words name
        offset = len(prefix) + 1
        rest = names_in(span.name[offset:])
        out = [
            NameSpan(
                name=prefix, start=span.start, end=span.start + len(prefix), suffixed=False, product=False
            )
        ]
        for i, r in enumerate(rest):
            last = i == len(rest) - 1
            out.append(
                NameSpan(
                    name=r.name,
                    start=span.start + offset + r.start,
                    end=span.start + offset + r.end,
                    suffixed=span.suffixed if last else r.suffixed,
                    product=span.product if last else r.product,
                )
            )
        return out
    return [span]


def _owns_the_company(text: str, span: NameSpan, company: str) -> bool:
    """Whether one word stands in the possessive before the company's name: a place or an owner."""
    if " " in span.name or not text.startswith(("'s ", "’s "), span.end):
        return False
    return squash(text[span.end + 3 : span.end + 3 + 2 * len(company)]).startswith(squash(company))


# a headline's deal "for" kinds of medicine: "Sign Licence Agreement for Inhaled siRNA Medicines"
_DEAL_FOR_BEFORE = re.compile(
    r"\b(?:Agreement|Licen[cs]e|Deal|Pact|Collaboration|Partnership|Rights|Option)\s+(?:for|to|on|covering)\s+$"
)
_WHAT_A_DEAL_COVERS = re.compile(
    r"\s(?:Medicines|Therapies|Treatments|Candidates|Programs|Programmes|Vaccines|Antibodies|Compounds|Assets"
    r"|Products|Drugs)$"
)
# a trial's acronym and its number ("HORIZON-2", "LUMEN-3"): a drug's code has more digits ("NVT-330")
_NUMBERED_TRIAL = re.compile(r"[A-Z]{4,}-\d{1,2}\b(?![-.]\d)")


def _no_firm(text: str, span: NameSpan) -> bool:
    """A capitalised name its words show to be no firm: a document ("a Second Amendment"), a place or a
    target described by what follows ("Shanghai partner X", "Claudin 18.2"), a letter's title or a
    disease ("'Study May Proceed' letter", "Sjögren's syndrome", "Duchenne"), the rest of a ministry's
    name, or a technology ("its Captisol license", "Captisol-enabled")."""
    if DOCUMENT.search(span.name) or span.name.lower() in _EPONYMS:
        return True
    if " " not in span.name and (_DESCRIBES_NEXT.match(text, span.end) or _NUMBERED.match(text, span.end)):
        return True
    if _NOT_A_FIRM_AFTER.match(text, span.end) or _TECHNOLOGY_AFTER.match(text, span.end):
        return True
    if span.name.isupper() and " " not in span.name and STUDY_AFTER.match(text, span.end):
        return True  # "the HORIZON study", "in HORIZON, a Phase 2b clinical study": a trial's name
    if _NUMBERED_TRIAL.match(span.name):
        return True  # "in the HORIZON-2 Phase IIb study": a trial's name and number, no firm's
    before = max(0, span.start - 40)
    if _WHAT_A_DEAL_COVERS.search(span.name) and _DEAL_FOR_BEFORE.search(text, before, span.start):
        return True  # "Sign Licence Agreement for Inhaled siRNA Medicines": what the deal covers
    if _TARGET_LIKE.fullmatch(span.name) and _TARGETED_BY_AFTER.match(text, span.end):
        return True  # "its FcRn blocker DOR-12", "an FcRn antibody": the target a drug acts on
    return _MINISTRY_BEFORE.search(text, max(0, span.start - 60), span.start) is not None


def _alias_of_a_firm(name: str, index: OrgIndex) -> bool:
    """Whether a name read as no firm's (a code such as "JT") is the alias the text gave a firm:
    'Japan Tobacco Inc. ("JT")'."""
    full = index.aliases.get(key(name))
    return full is not None and not is_excluded(full)


# a plain noun after a capitalised word makes it a modifier: "IND-enabling studies", "DARPin therapeutics"
_KIND_OF_THING_AFTER = re.compile(
    r"\s+(?:studies|study|trials?|therapeutics|therapies|therapy|molecules?|candidates?|programs?|programmes?"
    r"|platforms?|technology|technologies|antibod(?:y|ies)|products?|drugs?|compounds?|medicines?|work"
    # "its T-cell engaging bispecific antibody"
    r"|engag\w*|redirect\w*|bispecifics?|conjugates?|receptors?|inhibitors?|agonists?|degraders?|vaccines?)\b"
)


# "gives Merck a TROP2 asset to compete with Gilead's Trodelvy": the firms named after are rivals
_RIVAL_BEFORE_FOUND = Search(
    re.compile(r"\bcompet(?:e|es|ing)\s+(?:with|against)\b[^.;:!?]*$", re.IGNORECASE)
)
# "Sichuan Kelun Pharmaceutical (SZSE: 002422) said its biologics subsidiary Kelun-Biotech": its owner
_ITS_UNIT_AFTER = re.compile(
    r"(?:\s*\([^()]{0,40}\))?\s*,?\s+(?:said|says|announced|announces|reported|disclosed|stated)?\s*"
    r"(?:that\s+)?its\s+(?:[\w-]+\s+){0,3}?(?:subsidiary|unit|affiliate|arm)\s*,?\s+"
)


def _parent_of(text: str, span: NameSpan, company: str) -> bool:
    """Whether the firm named at `span` is said, right after, to own the company ("X said its unit Y")."""
    m = _ITS_UNIT_AFTER.match(text, span.end, min(len(text), span.end + 120))
    if m is None:
        return False
    unit = names_in(text[m.end() : m.end() + 80])
    return bool(unit) and unit[0].start == 0 and same_org(short_name(unit[0].name), company)


_COUNT_WORDS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several"])
# verbs a headline capitalises after "to": "Agreement with Roche to Discover Novel Precision Oncology
# Medicines" names a purpose, not a firm
_PURPOSE_VERBS = frozenset(
    {
        *("discover", "develop", "advance", "accelerate", "expand", "create", "build", "bring", "treat"),
        *("target", "deliver", "explore", "evaluate", "identify", "commercialize", "commercialise"),
        *("co-develop", "research", "design", "enable", "address", "combat", "fight", "tackle"),
    }
)
_THROUGH_ITS = re.compile(r",?\s+(?:acting\s+)?(?:through|via|by\s+way\s+of)\s+")


def _its_other_firm(text: str, spans: Sequence[NameSpan], at: int, company: str | None) -> bool:
    """Whether the name nearest before `at` (where "its" stands) is a firm other than the company."""
    before = [s for s in spans if s.end <= at and not s.product]
    if company is None or not before:
        return False
    nearest = max(before, key=lambda s: s.end)
    return _THROUGH_ITS.fullmatch(text, nearest.end, at) is not None and not same_org(
        short_name(nearest.name), company
    )


# a capital letter opening a lower-case word: "B-cell", "T-cell", "X-ray", "N-terminal"
_LETTER_TERM = re.compile(r"[A-Z]-[a-z]+")
# the capitalised word right before a name ("Japan" of "Japan Tobacco", cut off as a place)
_WORD_BEFORE = re.compile(r"(?<![\w&.'’-])([A-Z][a-z]+)\s$")


def _candidates(
    sentence: Sentence,
    index: OrgIndex,
    *,
    ind: bool,
    milestone: bool = False,
    company: str | None = None,
    units: list[str] | None = None,
) -> list[tuple[str, str]]:
    """(name as shown, parent named in apposition or "") for each counterparty candidate of a sentence;
    the company's own units met on the way are added to `units`."""
    text = _undateline(sentence.text)
    out: list[tuple[str, str]] = []
    spans = [piece for whole in names_in(text) for piece in _split(whole, index)]
    for name in index.lower_names:
        # "sanofi-aventis obtains exclusive licences": a firm the text writes in lower case, met again
        spans.extend(
            NameSpan(name=name, start=m.start(), end=m.end(), suffixed=True, product=False)
            for m in _occurrences(name, text)
        )
    # a sentence without the words that open a list of earlier takers needs no look for one per name
    earlier_takers = _EARLIER_TAKERS.search(text) is not None
    # "...; Kaito pays Pemberly Therapeutics a $12 million milestone ...; Rusk Bio closes a $50 million Series
    # B": in a list of news, the firms of an item that tells no deal event are no party to one
    idle = _idle_items(text) if ";" in text else []
    upstream: list[tuple[str, str]] = []  # licensors upstream of the licence the sentence tells of
    for span in spans:
        if idle and any(a <= span.start < b for a, b in idle):
            continue
        if _LETTER_TERM.fullmatch(span.name):
            continue  # "FcRn blockade with B-cell depletion": a letter that opens a common word, no firm
        first, _, rest = span.name.partition(" ")
        if rest and first.lower() in _COUNT_WORDS and index.display(rest) is not None:
            # "Gilead Exercises Options to Three Arcus Biosciences Clinical-Stage Programs": a count, then
            # the firm
            span = NameSpan(
                name=rest,
                start=span.end - len(rest),
                end=span.end,
                suffixed=span.suffixed,
                product=span.product,
            )
        # "Japan Tobacco has filed", "Pune's Sahyog Lifesciences": a word the name opens with, cut off as if
        # it said where the firm is or what it does, where the name alone is no firm's and the text names
        # the firm whole elsewhere (the cheap test first: most names are firms')
        word_before = (
            _WORD_BEFORE.search(text, max(0, span.start - 20), span.start)
            if index.display(span.name) is None
            else None
        )
        if (
            word_before is not None
            and word_before.group(1).lower() not in _COUNT_WORDS
            and index.named_here(whole := index.display(word_before.group(1) + " " + span.name) or "")
        ):
            span = NameSpan(
                name=whole, start=word_before.start(1), end=span.end, suffixed=span.suffixed, product=False
            )
        if (
            span.name.split(" ", 1)[0].lower() in _PURPOSE_VERBS
            and text[max(0, span.start - 3) : span.start] == "to "
        ):
            continue  # "with Roche to Discover Novel Precision Oncology Medicines": what the deal is for
        # ("the Oxford spin-out listed on AIM (AIM: CMBK)": an exchange, with the ticker it lists)
        if (
            span.product
            or is_exchange(span.name)
            or (
                is_excluded(span.name)
                and not _alias_of_a_firm(span.name, index)
                and not index.is_listed(span.name)
            )
        ):
            continue
        if _no_firm(text, span) or _FORMER_NAME_BEFORE.search(text, max(0, span.start - 80), span.start):
            continue
        if company and _owns_the_company(text, span, company):
            continue  # "Vancouver's Fraser & Lyle Biopharma": the company's town (or its owner), no party
        if " " not in span.name and _INSTITUTION_NEXT.match(text, span.end) is not None:
            continue  # "to Melbourne's Fenwick Institute": the institution's town (or its owner), no party
        if _UNIT_NEXT.match(text, span.end) is not None:
            continue  # "The University of Harwick's commercialisation company": the unit's owner, no party
        own = _OWN_UNIT_BEFORE.search(text, max(0, span.start - 110), span.start)
        if (
            own is not None
            and own.group("owner") == "its"
            and _its_other_firm(text, spans, own.start(), company)
        ):
            continue  # "grants Sanofi, through its subsidiary Genzyme": the unit of the party just named
        if (
            own is not None
            and (
                own.group("owner") in {None, "its", "our"}
                # ("the Company's wholly-owned subsidiary Plethora": the issuer's own, by its defined name)
                or (own.group("owner") in _DEFINED_OWNERS and " and " not in own.group(0))
                or (company is not None and same_org(short_name(own.group("owner")), company))
            )
        ) or _OWN_UNIT_AFTER.match(text, span.end, min(len(text), span.end + 140)) is not None:
            if units is not None:
                units.append(short_name(span.name))
            continue  # the company's own unit, not a counterparty
        shown = index.display(span.name)
        framed = _in_frame(text, span.start, span.end, ind=ind)
        if ind and not framed:
            continue
        if shown is None and _PRODUCT_BEFORE_FOUND.found(text[max(0, span.start - 30) : span.start]):
            continue  # "Greater China rights to KarXT": the product licensed, not a party
        if (
            shown is None
            and " " not in span.name
            and _PARTNER_BEFORE_FOUND.found(text[max(0, span.start - 30) : span.start])
        ):
            shown = short_name(span.name)  # "from Partner Zentalis": named a partner, even in a headline
        if shown is None:
            if index.is_product(span.name):
                continue  # "approved X with Rybrevant": a drug the text names "Rybrevant (amivantamab)"
            if index.is_study(span.name):
                continue  # "The start of TRELLIS triggers", where the release speaks of "the TRELLIS study"
            if sentence.region is Region.TITLE or not framed or (" " in span.name and not span.suffixed):
                continue  # headlines capitalise every word: only names the document shows to be firms
            if len(span.name) < 3 or _ARTICLE_BEFORE.search(text[max(0, span.start - 4) : span.start]):
                continue  # "a Nanobody": a common noun capitalised, not a firm
            if _KIND_OF_THING_AFTER.match(text, span.end) is not None:
                continue  # "from IND-enabling studies onward", "of DARPin therapeutics": what a thing is
            shown = short_name(span.name)
        if _PLACE_BEFORE_FOUND.found(
            text[max(0, span.start - 12) : span.start]
        ) and not _HOLDINGS_AFTER.match(text[span.end : span.end + 12]):
            continue  # "office space in Boston": a place, whatever firm bears its name
        if _ACQUIRED_FOUND.found(text[max(0, span.start - 40) : span.start]) and not _HOLDINGS_AFTER.match(
            text[span.end : span.end + 12]
        ):
            continue  # the company bought, not its rights: it left the deal when its buyer took over
        if _UPSTREAM_FOUND.found(text[max(0, span.start - 50) : span.start]) or (
            not milestone and _UPSTREAM_NAMED_FOUND.found(text[max(0, span.start - 50) : span.start])
        ):
            if milestone and _IN_LICENSED_FROM.search(text, max(0, span.start - 50), span.start) is not None:
                upstream.append((shown, ""))  # a party only where the sentence names no other (below)
            continue  # the licensor of the licence passed on, not a party to this deal
        if _ALIAS_OPEN.search(text, max(0, span.start - 4), span.start) is not None:
            continue  # 'SystImmune, Inc. ("SystImmune")': the name just read again, as its short name
        if _FOUNDED_BY_FOUND.found(text[max(0, span.start - 90) : span.start]):
            continue  # the investors who made the new company that is the party
        if earlier_takers and _listed_earlier(text, span.start):
            continue  # one of the firms that did the same before, listed beside the news
        if _UNIT_OF_FOUND.found(text[max(0, span.start - 30) : span.start]):
            continue  # "a subsidiary of X": X is the unit's parent, named with it already
        if _RIVAL_BEFORE_FOUND.found(text[max(0, span.start - 90) : span.start]):
            continue  # "gives Merck an asset to compete with Gilead's Trodelvy": a rival, not a party
        if company and _parent_of(text, span, company):
            continue  # "Sichuan Kelun (SZSE: 002422) said its subsidiary Kelun-Biotech": the company's owner
        if (
            _APPOSITION_OPENS.search(text, max(0, span.start - 8), span.start) is not None
            and _PARENT_IN_APPOSITION.match(text, span.start, span.end + 50) is not None
        ):
            continue  # "Millennium, the Takeda oncology company": the parent of the unit just named
        if _PARENT_OF_NEXT.match(text[span.end : span.end + 40]):
            continue  # "Johnson & Johnson unit Janssen": the unit that follows is the party
        parent = ""
        tail = text[span.end : span.end + 120]
        app = _APPOSITION.match(_WORDS_TO_COMMA.sub("", tail, count=1)) or _APPOSITION.match(tail)
        if app is not None:
            nxt = names_in(tail[app.end() :])
            if nxt:
                parent = short_name(nxt[0].name)
        out.append((shown, parent))
    # "... JL-1187, which Jinlan in-licensed from Pembrook Therapeutics, triggering a US$6 million milestone
    # payment from Jinlan to its U.S. partner": with no other party named, the licensor is the one paid
    if upstream and all(company is not None and same_org(shown, company) for shown, _ in out):
        out.extend(upstream)
    return out


# the words of a deal event, one of which an item of a list of news holds if it tells one
_EVENT_WORDS = re.compile(
    r"licen[cs]|\brights?\b|milestone|payments?\b|up-?front|\bpa(?:y|ys|id|ying)\b|royalt|option|\bIND\b|\bCT[AN]s?\b"
    r"|clinical\s+trial|clear|hold|deal|pact|agreement|collaborat|partner|tie-up|alliance|fee\b|sublicen"
    r"|opt-?in|terminat|hands?\s+back|return|acquir|investigational|trial\s+application"
    # what sets off a payment told in the next item: "Hallström has dosed the first patient ...; the study
    # start entitles Quillon to a payment"
    r"|dos(?:ed|es|ing)|first\s+patient|enrol|approv|launch",
    re.IGNORECASE,
)


def _idle_items(text: str) -> list[tuple[int, int]]:
    """Where the items of a list of news split by ";" stand that tell no deal event (none when every item
    tells one, or there is one item)."""
    cuts, depth = [], 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0:
            cuts.append(i)  # (not "(NYSE: NVS; SIX: NOVN)": a list in brackets)
    if not cuts:
        return []
    out: list[tuple[int, int]] = []
    for start, end in zip([0, *(c + 1 for c in cuts)], [*cuts, len(text)], strict=True):
        if _EVENT_WORDS.search(text, start, end) is None:
            out.append((start, end))
    return out if len(out) <= len(cuts) else []


def _misread(name: str, company: str) -> bool:
    """Whether a one-word name is the company's first word with one letter damaged or two swapped
    ("Fyrhoim" for "Fyrholm", "Comapny" for "Company", as text recognition and typing write them): long
    words only, where one letter cannot make another firm."""
    word, first = squash(name), squash(company.split()[0])
    if "rn" in word and word.replace("rn", "m") == first:
        return True  # "Cornpany": "m" read as "rn"
    if " " in name.strip() or len(word) < 6 or len(word) != len(first) or word == first:
        return False
    wrong = [i for i, (a, b) in enumerate(zip(word, first, strict=True)) if a != b]
    swapped = len(wrong) == 2 and wrong[1] == wrong[0] + 1 and word[wrong[0]] == first[wrong[1]]
    return len(wrong) == 1 or (swapped and word[wrong[1]] == first[wrong[0]])


def _owned_by(text: str, parent: str) -> bool:
    """Whether a text names a firm as the parent of another ("a subsidiary of GenScript"), not only as
    what follows a description ("a gene therapy company focused on ... , today announced that Pharocyte")."""
    return (
        re.search(
            r"\b(?:subsidiar(?:y|ies)|unit|member|division|part|arm|affiliate)\s+of\s+(?:the\s+)?"
            + re.escape(parent),
            text,
            re.IGNORECASE,
        )
        is not None
    )


# a university's technology-transfer company, named by the university's place: "Tarnbridge Enterprise" of
# the University of Tarnbridge, "Calderbrook Innovations" of the University of Calderbrook
_TECH_TRANSFER = re.compile(
    r"(?P<place>[A-Z][\w'’-]+)\s+(?:Enterprises?|Innovations?|Ventures|Research\s+Foundation|Technologies"
    r"|Licensing|Commerciali[sz]ation|Innovation\s+Partners|Research\s+Enterprise)"
)
_UNIVERSITY_OF = re.compile(r"University\s+of\s+(?P<place>[A-Z][\w'’-]+)$")


def _tech_transfer_arm(name: str, found: Sequence[str]) -> bool:
    """Whether a name is the technology-transfer company of a university found beside it (one party)."""
    arm = _TECH_TRANSFER.fullmatch(name)
    if arm is None:
        return False
    for other in found:
        university = _UNIVERSITY_OF.search(other)
        if university is not None and university.group("place") == arm.group("place"):
            return True
    return False


def partners_of(
    sentences_by_event: Mapping[EventType, Sequence[Sentence]],
    index: OrgIndex,
    *,
    company: str | None,
) -> tuple[str, ...]:
    """Return the counterparties named in the sentences that proved each event, one name per party."""
    found: list[str] = []
    parents: list[str] = []
    units: list[str] = []  # the company's own units: never a counterparty, wherever else they are named

    owners: list[str] = []  # the company's own parents: "Legend Biotech, a subsidiary of GenScript"
    parent_of: dict[str, str] = {}  # a unit named with its parent in apposition, and that parent

    def parent_named(name: str) -> bool:
        key = squash(name)
        return any(squash(p) == key for p in parents) or any(same_org(p, name) for p in owners)

    for event, sentences in sentences_by_event.items():
        for sentence in sentences:
            for shown, parent in _candidates(
                sentence,
                index,
                ind=event is EventType.IND,
                milestone=event is EventType.MILESTONE,
                company=company,
                units=units,
            ):
                if company and (
                    same_org(shown, company)
                    or squash(company).startswith(squash(shown))
                    or _misread(shown, company)
                    or _misread(shown, "Company")  # "The Comapny agreed to pay": the company, mistyped
                ):
                    if parent and _owned_by(sentence.text, parent):
                        owners.append(parent)
                    continue
                if any(same_org(shown, issuer) for issuer in index.issuers):
                    continue  # 'CSPC Pharmaceutical Group Limited (the "Company")': the company, by name
                if (
                    company
                    and "-" in shown
                    and any(same_org(part, company) for part in shown.split("-") if part)
                ):
                    continue  # "Dicerna-Lilly collaboration": a name for the alliance, not a party
                if parent_named(shown):
                    continue
                twin = next((i for i, other in enumerate(found) if same_org(shown, other)), None)
                if twin is not None:
                    if len(shown.split()) > len(found[twin].split()):
                        found[twin] = shown  # "Vir", then "Vir Biotechnology": keep the full name
                    continue
                found.append(shown)
                if parent:
                    parents.append(parent)
                    parent_of[shown] = parent
    # "Tasly Biopharmaceuticals, a unit of Tasly Pharmaceutical Group": the parent is no second party; nor is
    # the unit of a party named on its own ("Renkang Health Investment (Hong Kong) Limited, an affiliate of
    # Renkang", which buys the shares of Renkang's deal)
    kept = [
        f
        for f in found
        if not parent_named(f)
        and not any(same_org(f, u) for u in units)
        and not (
            f in parent_of
            and any(g != f and not parent_named(g) and same_org(parent_of[f], g) for g in found)
        )
    ]
    return tuple(f for f in kept if not _tech_transfer_arm(f, kept))
