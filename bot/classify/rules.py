"""Event rules as data: what each rule looks for, which event it proves or blocks, and what it yields.

A `prove` rule yields evidence for one event when its pattern matches a sentence. A negative rule
stops that evidence: `mask` rules remove words before any matching ("IND-enabling", "Milestone
Pharmaceuticals"), `sentence` rules block the event in the whole sentence, `overlap` rules block only
a match they overlap, and `prefix` rules block a match when their words stand in the clause before
it ("plans to file", "if", "not"). Every pattern is bounded: windows are `{0,N}` repetitions of
disjoint token classes, so matching stays linear on hostile text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from bot.classify.text import MODAL_MAY
from bot.models import EventType

__all__ = ["RULES", "Effect", "Rule", "Scope", "date_parts", "rules_for"]

M, IND, L = EventType.MILESTONE, EventType.IND, EventType.LICENSING
ALL = (M, IND, L)


class Effect(StrEnum):
    """What a rule does when it matches."""

    PROVE = "prove"
    BLOCK = "block"
    MASK = "mask"


class Scope(StrEnum):
    """Where a negative rule's words must stand to stop a match."""

    SENTENCE = "sentence"  # anywhere in the sentence
    OVERLAP = "overlap"  # overlapping the matched words
    PREFIX = "prefix"  # in the clause before the match, or inside it
    LEAD_IN = "lead_in"  # anywhere in the sentence before the match
    SPAN = "span"  # masks: the words themselves are removed
    VERB = "verb"  # the matched verb and the two words before it
    CLAUSE = "clause"  # anywhere in the clause holding the match (dates after the release)
    AFTER = "after"  # the words right after the match (dated rules: only dates well before the release)


@dataclass(frozen=True, slots=True)
class Rule:
    """One named rule: its pattern, the events it proves or blocks, and the evidence it yields."""

    name: str
    effect: Effect
    events: tuple[EventType, ...]
    pattern: re.Pattern[str]
    yields: str  # what a match means, shown to people reading the rule table
    scope: Scope = Scope.SENTENCE
    cues: tuple[str, ...] = ()  # lower-case words one of which must be in the sentence before trying
    unless: re.Pattern[str] | None = None  # a negative rule does not apply when this matches the sentence
    exempt: frozenset[str] = frozenset()  # prove rules a negative rule never stops
    payment_context: bool = False  # prove rule needs money or payment words in the same sentence
    modal_free: bool = False  # prove rule whose own words are modal ("may proceed")
    dated: bool = False  # negative rule whose words are dates: it blocks only dates well before publication
    window: int = 0  # prefix rules: how many words before the match they look at (0: the whole clause)
    body_only: bool = False  # negative rule that never stops a match in the headline, summary or lead


def _c(pattern: str, *, case: bool = False) -> re.Pattern[str]:
    """Compile a rule pattern; rules ignore case unless they say otherwise."""
    return re.compile(pattern, 0 if case else re.IGNORECASE)


# --- shared vocabulary ----------------------------------------------------------------------------------
_GAP = r"(?:[^\s;]+\s+){{0,{n}}}?"  # up to n words, never crossing a ";"


def _gap(n: int) -> str:
    return _GAP.format(n=n)


MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
# a sum of money as a headline or lead writes it: "$6 million", "USD 5.0m", "¥500m", "A$4.6 million"
_SUM = (
    # ("US$3 million", "C$2.5 million", "HK$6,240,000": a dollar sign may carry its country's letters)
    r"(?:(?:[A-Z]{1,3})?[$€£¥₩]|\b(?:USD|EUR|GBP|JPY|CHF|SEK|DKK|NOK|KRW|CNY|RMB|AUD|CAD)\s?)\s?\d[\d.,]*\s*"
    r"(?:million|billion|bn|mn|m|b)?"
)
# a sum with its currency before it, or named after it in words ("45 million euros")
_SUM_OR_WORDS = (
    r"(?:" + _SUM + r"|\d[\d.,]*\s*(?:million|billion|mn|bn|m)?\s+"
    r"(?:euros?|dollars|yen|francs|pounds|kronor|kroner|won|yuan|rupees))"
)
# months written in full, for the rules that date an event by a month alone
MONTH_NAMES = (
    *("january", "february", "march", "april", "may", "june", "july", "august"),
    *("september", "october", "november", "december"),
)
_MONTH_NAME = "(?P<m>" + "|".join(MONTH_NAMES) + ")"
# "in 2017", "on 10 January 2020", "in November 2022", "signed in mid-2018", "since 2013"; group y is the
# year, group m the month when written
DATE = _c(
    # (a season: "in the spring of 2024", "during summer 2023")
    r"\b(?:(?:in|on|since|during|from|as\s+of|signed|dated|until)\s+(?:(?P<q>early|mid|late)[-\s]+"
    r"|(?:the\s+)?(?:(?:early|late)\s+)?(?P<sn>spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?"
    r"(?:(?:fiscal|calendar)\s+(?:year\s+)?)?(?:\d{1,2}\s+)?(?:(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?"
    r"(?:\d{1,2},?\s+)?(?P<y>(?:19|20)\d\d)\b"
    r"|\b(?P<m2>jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(?P<y2>(?:19|20)\d\d)\b"
    # a quarter: "in the second quarter of 2023", "during Q2 2023", "accepted in 2Q19"
    r"|\b(?:in|during|since)\s+(?:the\s+)?(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th)\s+"
    r"(?:calendar\s+|fiscal\s+)?quarter\s+of\s+(?:(?:fiscal|calendar)\s+(?:year\s+)?)?(?P<y3>(?:19|20)\d\d)\b"
    r"|\b(?:in|during|since)\s+(?:the\s+)?(?:q(?P<qn2>[1-4])(?:\s+of)?\s*(?P<y4>(?:19|20)\d\d)"
    r"|(?P<qn3>[1-4])q\s?(?P<y5>\d\d))\b)"
)
# words that make a recap news after all: "recapped its quarter and today announced ..."
_TOLD_AS_NEW = _c(r"\bfor\s+the\s+first\s+time\b|\bnewly\b|\btoday\b")
_QUARTER_END = {"first": 3, "1st": 3, "1": 3, "second": 6, "2nd": 6, "2": 6}
_QUARTER_END |= {"third": 9, "3rd": 9, "3": 9, "fourth": 12, "4th": 12, "4": 12}


def date_parts(groups: dict[str, str | None]) -> tuple[int | None, int | None, bool]:
    """The year, the month (1-12, None when not written) and whether it is a quarter's last month, of a
    match of `DATE` (or of a pattern holding it); a month without a year has no year."""
    year_text = groups.get("y") or groups.get("y2") or groups.get("y3") or groups.get("y4")
    short = groups.get("y5")
    if year_text is None and short is not None:
        year_text = "20" + short  # "2Q19"
    quarter = groups.get("qn") or groups.get("qn2") or groups.get("qn3")
    if quarter is not None:
        return (int(year_text) if year_text else None), _QUARTER_END[quarter.lower()], True
    month_text = (groups.get("m") or groups.get("m2") or "")[:3].lower()
    month = MONTHS.index(month_text) + 1 if month_text else None
    return (int(year_text) if year_text else None), month, False


# a thing named by the year it happened: "its 2024 agreement", "the 2025 IND clearance"
_NAMED_BY_YEAR = (
    # ("describes Wexford University licence and 2024 IND clearance for PLO-402": a list's next item)
    r"\b(?:its|their|the|a|an|our|this|that|and|plus|[\w-]+(?:'s|s'))\s+(?P<y>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?"
)
# a deal named by the year it was made: "its 2024 agreement", "a 2023 deal" (group y is the year)
_YEAR_NAMED_DEAL = (
    _NAMED_BY_YEAR
    + r"(?:agreements?|licen[cs]es?|deals?|collaborations?|pacts?|partnerships?|alliances?|transactions?)\b"
)

# a deal named by the year it was made: "Under the 2020 agreement EQRx paid an upfront fee", "the Company's
# 2019 licence from Carrowmore Ventures" (group y is the year)
YEAR_DEAL = _c(
    r"\b(?:the|its|their|our|this|that|a|an|[\w-]+(?:'s|s'|’s))\s+(?P<y>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agreements?|licen[cs]es?|deals?|collaborations?|transactions?|partnerships?|alliances?|contracts?"
    r"|pacts?|tie-ups?|accords?)\b"
)

# the licensing rules that tell news of a deal made before: ending it, changing it, taking up an option
# under it; what makes a deal old does not make these background
NEWS_OF_AN_OLD_DEAL = frozenset(
    {"licensing.terminated", "licensing.rights_returned", "licensing.amended", "licensing.closing"}
    | {"licensing.option_exercised", "licensing.option_declined"}
)


# words after an event's verb that start a phrase of their own: a date after them dates that phrase ("under
# the agreement signed in 2019" dates the agreement, not the payment), not the event
_OWN_PHRASE = (
    r"under|which|that|who|whose|after|before|following|when|while|and|but|as|agreements?|deals?|licen[cs]e\w*"
    r"|collaborations?|signed|dated|entered|since|until|from"
    # a clause of its own on what was done before ("lifted the hold it placed in October 2019")
    r"|(?:it|they|we)\s+(?:had\s+)?[a-z]+ed"
)


# a time in the past told relative to the release ("last summer", "two years ago")
_RELATIVE_PAST = (
    r"\b(?:last\s+(?:year|summer|spring|autumn|fall|winter|month|quarter)|years?\s+ago|a\s+year\s+earlier"
    # "has licensed three degrader programmes in the past two years": a count of deals over time
    r"|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:years|decades)"
    r"|earlier\s+(?:this|that|in\s+the)\s+(?:year|month|quarter|spring|summer|autumn|fall|winter))\b"
)
# up to fourteen words after an event's words, none opening a relative clause on something else
_LATER_IN_CLAUSE = r"(?:\s+(?!(?:which|who|whom|whose)\b)[^\s;]+){0,14}?\s+"
# a time counted from another event ("three years after licensing it"): it dates an event told after it
_TIME_AFTER = (
    # (not "its second bet in a month after licensing X": within a month, not a month later; nor
    # "lifted the hold less than three months after imposing it": how soon the news followed another)
    r"\b(?:(?<!\bin\s)(?<!\bthan\s)(?<!\bjust\s)(?<!\bonly\s)(?<!\bwithin\s)(?<!\bunder\s)"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\d+)\s+"
    r"(?:years?|months?)\s+(?:after|since)|anniversary)\b"
)


IND_TERM = (
    r"(?:(?-i:\bIND\b)(?:\s+applications?)?"
    r"|investigational\s+new\s+drugs?(?:\s*\((?-i:IND)\))?(?:\s+applications?)?(?:\s*\((?-i:IND)\))?"
    # ("clinical trial plan notification": Japan's, filed with the PMDA)
    r"|clinical\s+trials?\s+(?:plan\s+)?(?:applications?|authori[sz]ations?|notifications?)(?:\s*\((?:CTA|CTN)\))?"
    r"|(?-i:Clinical\s+Trial\s+Plan)\b"
    # ("implied approval for its application to conduct clinical trials of ARD-201": the CTA by its purpose)
    r"|applications?\s+to\s+(?:conduct|run|start|begin|initiate|carry\s+out)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w/-]+\s+){0,3}?(?:clinical\s+)?(?:trials?|stud(?:y|ies))\b"
    r"|(?-i:\bCTA\b(?![-\w])|\bCTN\b(?![-\w])))"
)
REGULATOR = (
    r"(?:(?-i:FDA|NMPA|CFDA|CDE|MHRA|PMDA|TGA|EMA|HPRA|MFDS|HREC|ANSM|BfArM|AIFA|HSA|IRB|ANVISA|AEMPS|PEI|DKMA"
    r"|COFEPRIS|ANMAT|SAHPRA|CDSCO|DCGI|FAMHP|AFMPS|INFARMED|Fimea|NoMA|BASG)"
    # Germany's, Belgium's, Sweden's, Denmark's and Norway's agencies, named in full
    r"|Paul[-\s]Ehrlich[-\s]Instit(?:ut|ute)|Federal\s+Agency\s+for\s+Medicines(?:\s+and\s+Health\s+Products)?"
    r"|(?:Swedish\s+)?Medical\s+Products\s+Agency|(?:Danish|Norwegian)\s+Medicines\s+Agency"
    r"|Food\s+and\s+Drug\s+Admini\s?stration|National\s+Medical\s+Products\s+Administration"
    r"|Center\s+for\s+Drug\s+Evaluation|Medicines\s+and\s+Healthcare\s+products\s+Regulatory\s+Agency"
    r"|Therapeutic\s+Goods\s+Administration|Health\s+Canada|European\s+Medicines\s+Agency|Medsafe|Swissmedic"
    r"|Ministry\s+of\s+Food\s+and\s+Drug\s+Safety|Central\s+Drugs\s+Standard\s+Control\s+Organi[sz]ation"
    r"|Drugs?\s+Control(?:ler)?\s+(?:Administration|General|Authority|Department)"
    r"|agency|regulators?|(?:health\s+)?authorit(?:y|ies)|ethics\s+committee|Health\s+Research\s+Authority)"
)
# "following IND approval from China's NMPA in June": the regulator that decided, part of the event it dates
_BY_REGULATOR = r"\s+(?:from|by)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}?(?:" + REGULATOR + r")"
# "outside the United States", "beyond Greater China": a territory's rights, named by the market left out
_OUTSIDE_A_MARKET = (
    r"(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?"
    + r"(?:United\s+States|U\.S\.|US|China|Greater\s+China|Japan|Europe)"
)
_TRIAL = r"(?:clinical\s+)?(?:trials?|stud(?:y|ies))\b"
_TGA = r"(?:(?-i:TGA)|Therapeutic\s+Goods\s+Administration)\b"
# words that show an approval is of a drug, not of a trial, when they stand between the verb and "trial"
_NOT_TRIAL_GAP = r"(?:(?!based\b|basis\b|data\b|results?\b|following\b|drug\b|label\b|marketing\b)[^\s;]+\s+)"
_LICENCE = r"(?:licen[cs]es?|licensing|sub-?licen[cs]es?|options?)"
_AGREEMENT = (
    r"(?:agreements?|deals?|pacts?|arrangements?|collaborations?|partnerships?|alliances?|transactions?"
    r"|contracts?|licen[cs]es?)"
)
# a word that holds no full stop, or a sum whose decimal point is none ("EUR 1.5 million", "(about $3.8")
_WORD_OR_DECIMAL = r"(?:[^\s.;]+|[^\s;]*\d\.\d[^\s;]*)"
# a word without a comma or full stop, or an abbreviation written with full stops ("U.S.")
_WORD_OR_ABBREVIATION = r"(?:[^\s;,.]+|(?-i:(?:[A-Z]\.){2,}))"
# "weighs its options", "strategic options": a choice before the word, not a licence option
_NOT_A_CHOICE = r"(?<!strategic\s)(?<!weighs\s)(?<!weighing\s)(?<!exploring\s)(?<!explores\s)"
_RIGHTS = (
    # (not a compound: "licence-fee receipts", "the total milestone and licence fees it has earned")
    # (nor "acquires the right to receive a portion of the future milestone payments": a royalty sale)
    # (nor "a contingent value right worth EUR 3 per share", "a rights issue": what shareholders get)
    r"(?:(?<!preferential\s)(?<!voting\s)(?<!subscription\s)(?<!value\s)(?<!unit\s)(?:co-)?rights?"
    # ("secured on the right to the milestone payment": a claim on money, sold or pledged)
    r"(?!\s+to\s+(?:receive|collect|a\s+share|share\s+in|royalt|payments?"
    r"|the\s+(?:[\w$.,-]+\s+){0,4}?(?:milestones?|royalt\w*|payments?))\b|\s+(?:issues?|offerings?|plans?)\b)"
    r"|licen[cs]es?(?!-|\s+(?:fees?|income|revenues?|receipts)\b)|sub-?licen[cs]es?"
    # (not "a new treatment option" for patients)
    # (nor "weighs its options", "gives us the option of a targeted strategy": a choice)
    r"|(?<!treatment\s)(?<!therapeutic\s)(?<!therapy\s)(?<!care\s)"
    + _NOT_A_CHOICE
    + r"options?(?!\s+(?:payments?|fees?|exercise\s+fees?)"
    # ("gives paediatric cardiologists a licensed, accurately dosed option for young patients": a treatment)
    r"|\s+for\s+(?:[\w-]+\s+){0,2}?(?:patients|children|people|adults|infants|families|women|men)\b"
    r"|\s+of\s+(?!(?:an?\s+|the\s+)?(?:exclusive|licen|sub|co-|acquir|obtain|negotiat|extend|expand))))\b"
)
PAYMENT_WORDS = re.compile(
    r"\b(?:payments?|paid|pay|pays|paying|fees?|cash|due|owes?|owed|proceeds|revenue|earn\w*|trigger\w*|invoic\w*"
    r"|receiv\w*|collect\w*|bank\w*|pocket\w*|book\w*)\b",
    re.IGNORECASE,
)

# what a milestone's payer or payee "will" do with it
_TO_BE_PAID = r"(?:receive|collect|be\s+paid|get|earn|pay|owe)"
_MILESTONE_VERB = (
    r"(?P<v>earn(?:s|ed|ing)?|achiev(?:e|es|ed|ing)|reach(?:es|ed|ing)?|hit(?:s|ting)?|complet(?:e|es|ed|ing)"
    r"|met|meets?|bank(?:s|ed)?|book(?:s|ed)?|pocket(?:s|ed)?|collect(?:s|ed|ing)?|receiv(?:e|es|ed|ing)"
    r"|gets?|got|trigger(?:s|ed|ing)?|entitl(?:e|es|ed|ing)|pa(?:y|ys|id|ying)|owe(?:s|d)?|due|delivers?"
    r"|secur(?:e|es|ed|ing)|nets?(?!\s+(?:operating|cash|loss|income|revenues?|proceeds|sales|profit|result))|netted"
    r"|lands?|landed|recogni[sz](?:e|es|ed)|unlock(?:s|ed)?|wins?|won|crystalli[sz](?:e|es|ed|ing)"
    r"|result(?:s|ed)?\s+in|le(?:d|ads?)\s+to|prompt(?:s|ed)|(?:achievement|receipt|attainment)\s+of"
    # "made a $4.0 million milestone payment to licensor X" (not "made progress towards its milestones")
    r"|made(?=\s+(?:an?\s+|the\s+|its\s+)?(?:[^\s;]+\s+){0,4}?milestone\s+payments?\b))"
)

# "…disclosed that it had received…": past perfect in reported speech is how a story tells fresh news
REPORTED_HAD = _c(
    # ("informed the Company that the U.S. Food and Drug Administration had completed its 30-day review")
    r"\b(?:said|says|announced|reported|disclosed|told|confirmed|noted|stated|explained|disclosure|informed|notified"
    r"|advised"
    # a capital's abbreviating full stop does not end the report: "said the U.S. Food and Drug
    # Administration had removed the hold"
    r"|announcement|statement|notice)\b(?:[^.;]|(?<=\b[A-Z])\.){0,60}\bhad\b"
)

# "the technical fee was triggered by the commercial launch": what set off a payment the news tells (a body
# sentence saying so is no recap, and the sum is in the sentence before)
PAYMENT_CAUSE = r"the\s+(?:[\w-]+\s+){0,2}?(?:fee|payment)\s+(?:was|were|has\s+been)\s+triggered\s+by\b"

# what keeps a simple past in the body news: reported speech ("said the FDA had removed the hold"), or a
# sentence that opens by tying its verb to the news ("At the same time, the companies amended their
# licence"), or one telling what caused the payment the news is about
_PAST_NEWS = _c(
    REPORTED_HAD.pattern
    + r"|^\s*(?:at\s+the\s+same\s+time|simultaneously|concurrently|in\s+parallel|alongside\s+(?:the|this)"
    r"\s+(?:agreement|deal|transaction|announcement))\b"
    r"|^\s*" + PAYMENT_CAUSE
)

# "not previously announced", "has not been disclosed before": news told for the first time
NOT_ANNOUNCED_BEFORE = (
    r"(?:(?:not|never)\s+(?:been\s+)?(?:previously|yet|before|publicly)\s+(?:been\s+)?"
    # "has not previously been publicly announced"
    r"(?:(?<=previously\sbeen\s)publicly\s+)?(?:announced|disclosed|reported|made\s+public|flagged)\b"
    # "has not been announced before"
    r"|(?:not|never)\s+(?:been\s+)?(?:announced|disclosed|reported|made\s+public)\s+(?:before|previously)\b"
    # "to disclose a technology licence with Daiichi Sankyo that it had not announced separately"
    # ("a line in the interim report's partnership section that the company had not flagged elsewhere")
    r"|(?:not|never)\s+(?:been\s+)?(?:announced|disclosed|reported|flagged|mentioned|publici[sz]ed|highlighted)"
    r"\s+(?:it\s+)?(?:separately|elsewhere)\b"
    # "The company had not disclosed the decision before the call"
    r"|(?:not|never)\s+(?:previously\s+|publicly\s+)?(?:announced|disclosed|reported)\s+(?:the|this|that|its)\s+"
    r"(?:decision|news|result|approval|clearance|payment|milestone|agreement|deal|letter|notice|notification)s?\s+"
    r"(?:before|previously|until)\b)"
)

# --- milestone ------------------------------------------------------------------------------------------
_MILESTONE_PROVE = (
    Rule(
        "milestone.earned",
        Effect.PROVE,
        (M,),
        # ("earning Zealand Pharma (Nasdaq Copenhagen: ZEAL) a EUR 4 million (DKK 30 million) milestone")
        # (not "pays EUR 15.0 million and takes on additional milestone obligations": terms ahead)
        _c(
            r"\b"
            + _MILESTONE_VERB
            + r"\s+(?:\([^()]{0,40}\)\s+|[^\s;]+\s+){0,8}?milestones?\b(?!\s+(?:obligations?|commitments?)\b)"
        ),
        "a milestone earned, received, triggered or paid now",
        cues=("milestone",),
        payment_context=True,
    ),
    Rule(
        "milestone.payment_achieved",
        Effect.PROVE,
        (M,),
        _c(
            r"\bmilestones?(?:\s+payments?)?(?:\s+(?:of|worth)\s+[^\s;]+(?:\s+(?:million|billion|m|bn))?)?"
            r"(?:\s+(?:to|from)\s+[^\s;]+(?:\s+[A-Z][^\s;]*){0,3})?"
            # ("The $8 million development milestone that was to be paid on dosing of the first patient ...
            # has been accelerated and is now earned": what it was first due on, then what has become of it)
            r"(?:\s+(?:that|which)\s+(?:was|were|had\s+been)\s+(?:due|payable|to\s+be\s+paid)\s+[^.;]{0,100}?"
            r"(?=\s+(?:has|have|was|were|is|are)\s))?"
            r"(?:\s+(?:has|have|was|were|is|are))?(?:\s+(?:been|now|also|today|already|just))*"
            r"\s+(?P<v>triggered|earned|achieved|received|reached|paid|met|completed|brought\s+forward"
            r"|accelerated|bec(?:ame|ome)\s+(?:payable|due)|made(?=\s+(?:to|by)\s+(?!date\b)))\b"
        ),
        "a milestone payment that has been triggered, earned, paid or became payable",
        cues=("milestone",),
        payment_context=True,
    ),
    Rule(
        "milestone.announced_payment",
        Effect.PROVE,
        (M,),
        _c(
            # (not the noun: "said in its annual report on Wednesday, lifted by milestone payments")
            r"\b(?<!as\s)(?<!annual\s)(?<!interim\s)(?<!quarterly\s)(?<!its\s)(?<!the\s)(?<!a\s)(?<!this\s)"
            r"(?P<v>announc(?:e|es|ed)|report(?:s|ed)?|confirm(?:s|ed)?)\s+"
            + _gap(6)
            + r"milestone\s+payments?"
        ),
        "a release announcing a milestone payment",
        cues=("milestone",),
    ),
    Rule(
        "milestone.payment_is_milestone",
        Effect.PROVE,
        (M,),
        _c(
            r"\b(?:the|this)\s+(?:[\w$€£¥.,-]+\s+){0,3}?payment\s+(?P<v>is|was|represents|constitutes)\s+"
            r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?milestone\b(?!\s+payments?\s+(?:of\s+)?up\s+to)"
        ),
        "a payment just reported, named as a milestone ('The payment is a clinical milestone')",
        cues=("milestone",),
    ),
    Rule(
        "milestone.paid_on_progress",
        Effect.PROVE,
        (M,),
        _c(
            r"\b(?P<v>nabs?|bags?|earns?|gets?|receives?|collects?|pockets?|banks?|lands?|scores?|wins?)\s+(?:an?\s+)?"
            r"(?:US|A|C)?[$€£¥]\s?[\d.,]+\s?(?:[MmBbKk]n?|million|billion|mio)?\s+(?:payment\s+)?from\s+[^\s;]+"
            r"(?:\s+(?-i:[A-Z])[^\s;]*){0,3}?\s+(?:on|after|upon|following|as)\s+(?:[\w-]+\s+){0,4}?"
            r"(?:start|dosing|dosed|initiation|approval|filing|acceptance|clearance|launch|enrol\w+|entry|progress"
            r"|Ph(?:ase)?\s?[1-3I]+\w*)\b"
        ),
        "money from a partner on its programme's progress ('nabs $5M from Orrery on Ph2 start')",
        cues=("from",),
    ),
    Rule(
        "milestone.event_fee",
        Effect.PROVE,
        (M,),
        _c(
            r"\b"
            + _MILESTONE_VERB
            + r"\s+"
            + _gap(6)
            + r"(?:development|regulatory|clinical|technology(?!\s+access)|achievement|success|approval)"
            r"\s+(?:fees?|payments?)\b"
            # an access fee an event sets off: "Clearance of the IND also triggers a $3 million technology
            # access fee that Quillon owes to Synthera" (one paid on signing is the deal's upfront)
            r"|\b(?P<v2>trigger(?:s|ed|ing)?)\s+" + _gap(6) + r"technology\s+access\s+fees?\b"
        ),
        "a fee or payment named for a development event, due now ('entitling Hwaseong to a technology fee')",
        cues=("fee", "payment"),
        payment_context=True,
    ),
    Rule(
        "milestone.entitled_payment",
        Effect.PROVE,
        (M,),
        _c(
            r"\b(?P<v>bec(?:ame|ome|omes|oming)\s+entitled|is\s+now\s+entitled)\s+to\s+(?:an?|the)\s+"
            # ("has become entitled to a EUR 20 million commercial payment")
            r"(?:[\w$€£¥.,-]+\s+){0,5}?(?:payments?|fees?)\b"
        ),
        "a payment the company has become entitled to ('With the approval, Helmsdale has become entitled "
        "to a payment of EUR 10 million')",
        cues=("entitled",),
        payment_context=True,
    ),
    Rule(
        "milestone.payment_due",
        Effect.PROVE,
        (M,),
        _c(
            # ("a milestone payment of US$2.0 million (approximately GBP 1.6 million) has become payable": a
            # sum's decimal point is no full stop)
            r"\b(?:payments?|milestones?|fees?|sum|amount)\b(?:[^.;]|\.(?=\d)){0,80}?\b(?P<v>(?:has|have)\s+"
            r"(?:now\s+|therefore\s+|thus\s+|thereby\s+|also\s+)?(?:become\s+(?:due|payable)|fallen\s+due)|fell\s+due)\b"
            # ("has made a KRW 6.5 billion payment due to the company": a sum's decimal point is no full stop)
            # ("has made a EUR 3.0 million (about $3.8 million) payment from Merck KGaA due to Idera")
            r"|\b(?P<v2>(?:has\s+)?(?:made|makes))\s+(?:an?|the)\s+(?:" + _WORD_OR_DECIMAL + r"\s+){0,8}?"
            r"(?:payments?|milestones?)"
            r"\s+(?:[^\s;.]+\s+){0,5}?(?:due|payable)\b(?!\s+(?:up)?on\b|\s+if\b|\s+when\b)"
            r"|\b(?:reach(?:ed|es)|exceed(?:ed|s)|achiev(?:ed|es)|met|pass(?:ed|es)|surpass(?:ed|es)|cross(?:ed|es)"
            r"|dos(?:ed|es)|initiat(?:ed|es)|start(?:ed|s)|approv(?:ed|es)|clear(?:ed|s)|accept(?:ed|s)|launch(?:ed|es)"
            # "has let the IND take effect, which entitles the Cambridge, Mass. company to a $22.5 million
            # payment": an application in effect is one cleared
            r"|(?:tak(?:e|es|en)|took)\s+effect|(?:went|gone|go(?:es)?|came|come)\s+into\s+effect"
            r")\b[^.;]{0,150}?\s(?P<v3>(?:which|that)\s+entitles)\s+(?:[\w'’.,-]+\s+){1,5}?to\s+"
            r"(?:(?:an?|the)\s+(?:[^\s;]+\s+){0,4}?(?:payment|fee)\b|" + _SUM + r")"
            # "clearance of Huaxin's first IND entitles Tessaline to a payment of US$3 million", "has granted
            # implied approval to the IND, entitling Tessaline to US$3 million": an event's entitlement
            # ("Passing that level entitles Harcourt to a one-off payment of JPY 1.5 billion")
            r"|\b(?:clearance|approval|acceptance|dosing|initiation|launch|achievement|completion|cleared|approved"
            r"|accepted|dosed|initiated|launched|achieved|completed|granted|passing|reaching|exceeding|surpassing"
            r"|crossing|achieving|meeting|authori[sz]ation|authori[sz]ed|randomi[sz]ation|randomi[sz]ed)\b[^.;]{0,150}?\b"
            r"(?P<v4>entitl(?:es|ing))\s+(?:[\w'’-]+\s+){1,3}?to\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:payment|fee)\b|" + _SUM + r")"
            # "EUR 3.0 Million Now Owed to Idera by Merck KGaA", "A payment of EUR 3.0 million is owed to
            # Idera as a result": a sum owed now (not amounts owed under a loan or a deal's terms)
            r"|"
            + _SUM
            + r"(?:\s*\([^()]{0,40}\))?\s+(?:[\w-]+\s+){0,2}?(?:is\s+|are\s+)?now\s+(?P<v5>owed)\s+to\b"
            # "Jazz wins accelerated FDA nod for Ziihera, and now owes Zymeworks $25 million"
            r"|\bnow\s+(?P<v7>owes)\s+(?:[\w'’&.-]+\s+){1,4}?"
            + _SUM
            # "Dosing of the first patient ... has made JPY 750 million (about NOK 53 million) payable to
            # Nordhavn"
            + r"|\b(?P<v8>(?:has|have)\s+made)\s+"
            + _SUM
            + r"(?:\s*\([^()]{0,40}\))?\s+(?:due|payable)\s+to\b"
            + r"|\b(?:payments?|fees?|milestones?)\s+of\s+"
            + _SUM
            + r"(?:\s*\([^()]{0,40}\))?\s+(?:is|are|was|were"
            r"|has\s+been|have\s+been)\s+(?:now\s+)?(?P<v6>owed)\s+to\b"
            # "a EUR 2 million development payment falls due to Weissdorn", "EUR 2 Million Falls Due to
            # Weissdorn as EU Authorises ...": owed to a party now (not "falls due to X upon approval")
            + r"|(?:\b(?:payments?|milestones?|fees?)|"
            + _SUM
            + r")(?:\s*\([^()]{0,40}\))?\s+(?P<v9>falls)\s+due\s+to\s+(?:(?-i:[A-Z])|the\s+company\b)"
            r"(?![^.;]{0,60}\b(?:upon|when|if|once|on\s+(?:the\s+)?(?:approval|achievement|launch|dosing))\b)"
        ),
        "a payment an event has made due now ('a payment of US$25 million has now become due', 'sales passed "
        "the threshold, which entitles BioArctic to a sales milestone payment')",
        cues=("due", "payable", "entitles", "entitling", "owed", "owes"),
        payment_context=True,
    ),
    Rule(
        "milestone.invoiced",
        Effect.PROVE,
        (M,),
        _c(
            # ("Regent Pacific Bills Wanbang US$800,000 as China's Regulator Takes Up Senstend Trial Filing")
            r"\b(?P<v>invoic(?:es|ed|ing)|bill(?:s|ed|ing)|(?:has\s+)?issued\s+an\s+invoice)\b[^.;]{0,120}?"
            r"\b(?:after|as|following|upon|on|when)\b[^.;]{0,120}?"
            r"\b(?:accept(?:s|ed|ance)|clear(?:s|ed|ance)|approv(?:es|ed|al)|dos(?:ed|ing)|achiev(?:es|ed|ement)"
            r"|reach(?:es|ed)|initiat(?:es|ed|ion)|start(?:s|ed)?|complet(?:es|ed|ion)|fil(?:ed|ing)|submi\w+"
            # ("Invoices Hoshimura JPY 750 Million as First Japanese Patient Receives NDT-417")
            r"|readouts?|met|randomi[sz](?:es|ed)|(?:patients?|subjects?|participants?)\s+(?:receives?|received))\b"
            # "US$800,000 Milestone Invoice to Jiangsu Wanbang"
            r"|\b(?P<v5>milestone\s+invoices?)\b"
            # "has invoiced partner Baltera Pharma a development milestone of SEK 40 million": the milestone
            # named as what is billed
            # ("has invoiced licensee Pelican Bay Pharmaceuticals for a £1.5 million development milestone")
            r"|\b(?P<v4>invoic(?:es|ed)|bill(?:s|ed))\s+(?:[\w-]+\s+){0,6}?(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:[^\s\d;]{0,4}\d[\d.,]*\s?(?:million|billion|m|mn|bn)\s+(?:[\w-]+\s+){0,2}?)?"
            r"milestone\b(?!\s+payments?\s+of\s+up\s+to)"
            # "has accordingly issued an invoice to Jiangsu Wanbang for US$800,000": for the step just told
            r"|\b(?:accordingly|therefore|consequently|thereupon)\s+(?P<v2>invoiced|issued\s+an\s+invoice)\b"
            # "China's NMPA has accepted ... the IND ..., and Plethora has invoiced Jiangsu Wanbang US$800k"
            r"|\b(?:accepted|cleared|approved|dosed|initiated|started|completed|achieved|reached)\b[^.;]{0,200}?"
            r"\b(?:has|have)\s+(?P<v3>invoiced|issued\s+an\s+invoice)\b"
        ),
        "a payment invoiced for an event reached ('has invoiced Wanbang US$800,000 after the NMPA accepted "
        "the IND')",
        cues=("invoic", "bill"),
        payment_context=True,
    ),
    Rule(
        "milestone.payment_triggered",
        Effect.PROVE,
        (M,),
        _c(
            # "triggering a US$3.20 million (about HK$24.96 million) payment": an aside counts as one word
            # ("setting off a US$5 million milestone payment to the Tokyo-based group")
            r"\b(?P<v>trigger(?:s|ed|ing)?|set(?:s|ting)?\s+off)\s+(?:\([^()]{0,40}\)\s+|[^\s;]+\s+){0,5}?payments?\b"
            # "the authorisation also releases a C$2.5 million payment", "unlocking a $7.5 million payment"
            r"|\b(?P<v3>releas(?:es|ed|ing)|unlock(?:s|ed|ing))\s+(?:an?\s+|the\s+)?"
            + _SUM
            # ("which releases a JPY 300 million (about EUR 2.3 million) payment to Pyrenea")
            + r"(?:\s*\([^()]{0,40}\))?"
            # ("cleared for human testing, unlocking $22.5M from Roche": a sum from a named partner, not a
            # tranche from investors)
            + r"\s+(?:(?:[\w-]+\s+)?payments?\b|from\s+(?:licensee\s+|partner\s+)?"
            r"(?!(?:[\w-]+\s+){0,2}?(?:investors|lenders|shareholders|backers)\b|series\b)(?-i:[A-Z]))"
            # "the payment (approx. USD 11 million) was triggered by Castellan's start of a Phase 3 study"
            # ("the technical fee was triggered by the commercial launch in Japan")
            # ("A $3 million payment has been triggered under Adagene's collaboration")
            r"|\b(?:payments?|fees?)\s+(?:\([^()]{0,40}\)\s+)?(?:was|were|has\s+been|have\s+been)\s+"
            r"(?P<v2>triggered)\b"
        ),
        "an event that triggers (releases, unlocks) a payment now",
        cues=("trigger", "releas", "unlock", "set off", "sets off", "setting off"),
    ),
    Rule(
        "milestone.payment_obliged",
        Effect.PROVE,
        (M,),
        _c(
            # "approval to start the Phase Ib study obliges Kestrel to pay Norrvik SEK 10 million", "has been
            # authorised ..., an event that entitles it to SEK 10 million from licensee Kestrel Pharma"
            # (and in an 8-K: "validation of that application is an event upon which Castellan becomes
            # obligated to pay the Company $5,000,000")
            r"\b(?:approval|clearance|authori[sz]ation|start|initiation|dosing|completion|acceptance|achievement"
            # ("The FDA's accelerated approval of zanidatamab-hrii (Ziihera) for previously treated
            # HER2-positive
            # biliary tract cancer obliges Jazz to pay")
            # ("net sales of the migraine drug Orvexa passed $500 million, a threshold that obliges it to
            # pay")
            # ("the FDA allowed its QLN-604 study to proceed, which obliges it to pay licensor Ostrander $1.5
            # million", "The IND becoming effective constitutes a development milestone ..., and the Company
            # is
            # therefore obligated to pay Ostrander $1,500,000")
            r"|event|submission|filing|launch|sales?|threshold|enrol?lment|validation|dose|effectiveness|effective"
            # ("BfArM has approved Quillon's clinical trial application for QT-210 in Germany, which obliges
            # Quillon to make a EUR 2.5 million step payment")
            r"|proceed|approved|cleared|authori[sz]ed|application|dosed)\b[^.;]{0,120}?"
            # ("crossing the first sales threshold of the 2016 licence and obliging Arvantis to pay EUR 10
            # million",
            # "obliges Arvantis to make a one-time sales-based payment of EUR 10 million")
            r"\b(?P<v>obliges|obliged|obligates|obligated|obliging|obligating|entitles|entitled|requires|required"
            r"|(?:becomes?|became|is|was)\s+(?:therefore\s+|thus\s+|now\s+|accordingly\s+|consequently\s+)?"
            r"(?:obligated|obliged|entitled))\s+"
            r"(?:[\w-]+\s+){0,3}?to\s+(?:(?:pay|receive|make)\s+(?:\([^()]{0,30}\)\s+|[\w-]+\s+){0,5}?)?"
            # ("completion of enrollment entitles Quillon to a $5 million payment")
            r"(?:an?\s+(?:one-time\s+|one-off\s+)?)?"
            # ("entitles Oskarsborg to a payment of SEK 20 million")
            r"(?:(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?payment\s+of\s+(?:approximately\s+|about\s+)?)?"
            r"(?:[$€£¥₩]|(?:US|A|C|HK|NZ)\$|(?-i:SEK|DKK|NOK|EUR|USD|GBP|CHF|JPY|KRW|CNY|RMB|AUD|CAD)\b)"
            # "... has gone into effect, entitling Synthara to an undisclosed payment": what the event brings
            # (", entitling Oskarsborg to SEK 20 million (about EUR 1.8 million)")
            # (", entitling Quillon Bio to a $3.0 million development payment")
            r"|,\s+(?P<v2>entitling|obliging|obligating)\s+(?:[\w-]+\s+){1,2}?to\s+(?:(?:an?\s+|the\s+)?"
            r"(?:[\w$€£¥.,-]+\s+){0,4}?payment\b|" + _SUM + r")"
            # "first Phase 2 dosing obliges $3.0 million payment to Calloway Institute"
            r"|\b(?P<v3>obliges|obligates|requires)\s+(?:an?\s+)?" + _SUM + r"\s+(?:[\w-]+\s+)?payment\b"
            # "Dosing of that patient was a development event under the Company's 2020 license agreement with
            # Ostrander Biologics GmbH, ..., and Vireo has accordingly paid Ostrander EUR 2 million"
            # "China's NMPA has accepted partner Zhenhai Biopharma's clinical trial application for the
            # antibody, earning Lindqvist USD 4 million under their 2022 agreement": the event's money
            r"|,\s+(?P<v5>earning|netting)\s+(?:(?-i:[A-Z])[\w&.'’-]*\s+){1,3}?(?:an?\s+)?"
            + _SUM
            # (not "$28.5 million in combined value": a sum of several)
            + r"(?![\d.,]*\s*\w*\s+in\s+(?:revenue|sales|combined|total|aggregate|cumulative))"
            # "selection of a second target earns Quillon a further $5 million", "The designation completes a
            # pre-defined research stage under the agreement and earns Quillon a $5 million payment": what a
            # development step just told brings the company
            + r"|\b(?:selection|designation|nomination|initiation|dosing|approval|clearance|acceptance"
            # ("That letter was the first development milestone under our agreement, and it earned Valmont CHF
            # 3.0 million")
            r"|completion|achievement|submission|launch|stage|milestone)\b[^.;]{0,120}?\b(?P<v9>earns|earned|nets"
            r"|netted)\s+"
            r"(?:(?-i:[A-Z])[\w&.'’-]*\s+){1,3}?(?:an?\s+)?(?:further\s+|additional\s+)?"
            + _SUM
            # "accepted the new drug application filed by licensee Shandong Taihe ..., a step that earned
            # Yunfeng RMB50 million": what the step just told brought the company
            + r"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:step|event|achievement|decision)\s+(?:that|which)\s+"
            r"(?P<v6>earned|earns|triggered|triggers|brought|brings|unlocked|unlocks)\s+"
            r"(?:(?-i:[A-Z])[\w&.'’-]*\s+){1,3}?(?:an?\s+)?"
            + _SUM
            + r"|\b(?:development|regulatory|commercial|clinical)\s+event\b(?:[^.;]|(?<=\b[A-Z])\.){0,160}?\b"
            # ("Completion of enrollment is one of the development events specified in the companies' 2019
            # license agreement, and it has earned Ferrant $15 million")
            r"(?P<v4>(?:has|have)\s+(?:accordingly\s+|therefore\s+|thus\s+|consequently\s+|now\s+)?"
            r"(?:paid|received|earned))\s+"
            r"(?:(?-i:[A-Z])[\w&.'’-]*\s+){0,4}?" + _SUM
        ),
        "an event that obliges a partner to pay a sum, or entitles the company to one",
        cues=(
            *("oblig", "entitl", "requir", "event", "earning", "netting", "step", "achievement", "decision"),
            *("earns", "earned", "nets", "netted"),
        ),
        modal_free=True,
    ),
    Rule(
        "milestone.due_after_event",
        Effect.PROVE,
        (M,),
        _c(
            # "will receive a EUR 15 million sales milestone from licensee Vireux Pharma after rolling
            # twelve-month European net sales of Velostra passed EUR 250 million": the event has happened
            r"\b(?:will|is\s+to|are\s+to)\s+(?P<v>receive|collect|be\s+paid|get)\s+"
            + _gap(10)
            # ("will receive A$4 million from Kestrel after annual net sales of Dermavia exceeded A$50m")
            + r"(?:milestone(?:\s+payments?)?\b|"
            + _SUM
            + r")[^.;]{0,100}?\b(?:after|as|since|because|now\s+that)\s+"
            r"(?:[^\s;]+\s+){0,14}?(?:passed|exceeded|surpassed|crossed|topped|reached|achieved|hit|met"
            r"|(?:was|were|has\s+been|have\s+been)\s+(?:approved|cleared|granted|accepted|dosed|achieved|met|reached)"
            r"|(?:has|have)\s+(?:passed|exceeded|surpassed|crossed|reached|achieved|met|dosed|started|begun))\b"
            # "Because the Phase 1 trial met its primary endpoints, Japanese partner AGC will pay Regeneus
            # US$1 million": the cause told first
            r"|^\s*(?:because|since|now\s+that)\s+(?:[^\s;]+\s+){0,14}?(?:passed|exceeded|surpassed|crossed"
            r"|reached|achieved|met|(?:was|were|has\s+been|have\s+been)\s+(?:approved|cleared|granted|accepted))\b"
            r"[^.;]{0,100}?,\s+(?:[\w'’&.-]+\s+){0,5}?(?:will|is\s+to|must)\s+(?P<v2>pay|owe)\s+"
            r"(?:[\w'’&.-]+\s+){0,4}?" + _SUM
        ),
        "a milestone to be paid because its event has happened ('will receive a EUR 15 million milestone "
        "after net sales passed EUR 250 million')",
        cues=(
            "milestone",
            "exceed",
            "passed",
            "surpass",
            "crossed",
            "topped",
            "reached",
            "dosed",
            "approved",
            "cleared",
            "met",
            "achieved",
        ),
        modal_free=True,
    ),
    Rule(
        "milestone.paid_on_event",
        Effect.PROVE,
        (M,),
        _c(
            # "to collect $6 million as partner Aurigen doses first patient": money a partner's event brings
            # ("Sosei Heptares bags another $5M as Pfizer's MC4 antagonist enters the clinic")
            # ("Tamsin Pharma owes Kuroba $15 million after FDA clears insomnia drug", "Hoshizora to pay
            # Pallister Bio ¥1.2bn after Japanese filing for migraine drug is accepted", "due $12M as Helvion
            # makes first EU sale")
            r"\b(?:(?P<v>(?:collect|receiv|earn|bank|pocket|book|land|net)\w*|gets?|got|bag(?:s|ged)?|nab(?:s|bed)?"
            r"|due|(?:is|are|has\s+become|became)\s+entitled\s+to)\s+"
            # ("Kagemori hands Solvik ¥1.5bn as first Japanese patient receives SLV-220")
            r"|(?P<v2>owe[sd]?|to\s+pay|pays|paid|hands|handed|to\s+hand)\s+(?:it\s+|them\s+)?"
            r"(?:(?-i:[A-Z])[\w&.'’-]*\s+){0,3}?)"
            r"(?:an?\s+|the\s+|another\s+|a\s+further\s+)?"
            + _SUM_OR_WORDS
            # ("has received JPY 500 million (approximately US$3.4 million) from Hoshimura Pharmaceutical Co.,
            # Ltd., its licensee for TVR-101 in Japan, after Hoshimura enrolled the first patient")
            + r"\b(?:[^.;]|(?<=\bCo)\.|(?<=\bLtd)\.|(?<=\bInc)\.|(?<=\bCorp)\.|(?<=\b[A-Z])\.|"
            r"(?<=\d)\.(?=\d)){0,130}?\b(?:as|after|following|with)\s+"
            r"(?:[\w'’-]+\s+){0,7}?"
            r"(?:dos(?:es|ed|ing)|initiat(?:es|ed)|start(?:s|ed)|begins|began|approv(?:es|ed|al)|clear(?:s|ed|ance)"
            r"|accept(?:s|ed|ance)|fil(?:es|ed)|submit(?:s|ted)|launch(?:es|ed)|enrol(?:s|ls|led)|reach(?:es|ed)"
            # "after the US Food and Drug Administration allowed Adrion's investigational new drug ..."
            r"|allow(?:s|ed)"
            # "as Aurelian randomises first patient", "as First Japanese Patient Receives NDT-417"
            r"|randomi[sz](?:es|ed)|(?:patients?|subjects?|participants?|volunteers?)\s+(?:receives?|received|gets|got)"
            # "as Brackenridge's Application for QB-1190 Goes into Effect", "as Chinese licensee opens Phase
            # 2"
            r"|(?:goes|went|gone|comes|came)\s+into\s+effect|(?:takes|took|taken)\s+effect"
            r"|(?:opens|opened)\s+(?:(?:the|its|a)\s+)?(?:[\w'’/-]+\s+){0,2}?(?:Phase|stud(?:y|ies)|trials?)"
            # "as Corvane wraps Phase 1 of HS-301", "after completion of the Phase 1 study"
            r"|(?:wraps?|wrapped|complet(?:es|ed)|finish(?:es|ed)|ends|ended|concludes|concluded)\s+"
            # ("as Halbrook Completes Enrollment in Pivotal ORCHID Trial")
            r"(?:(?:the|its|a)\s+)?(?:[\w'’/-]+\s+){0,2}?(?:Phase|stud(?:y|ies)|trials?|cohorts?|dosing"
            r"|enrol(?:l)?ment|recruitment)"
            r"|completion\s+of\s+(?:the\s+|its\s+|a\s+)?(?:[\w'’/-]+\s+){0,3}?(?:Phase|stud(?:y|ies)|trials?"
            r"|cohorts?|enrol(?:l)?ment|recruitment)"
            # "as Castellan's Orvexa tops $500 million in annual sales"
            r"|(?:tops?|topped|pass(?:es|ed)|exceeds?|exceeded|surpass(?:es|ed)|cross(?:es|ed)|hits?)\s+"
            + _SUM
            + r"\s+(?:in\s+|of\s+)?(?:[\w-]+\s+){0,2}?(?:sales|revenues?)"
            # "as Veltrazor's US sales cross first threshold", "as Helvion makes first EU sale of Ostrexa"
            r"|(?:sales|revenues?)(?:\s+of\s+[\w®-]+)?\s+(?:cross|exceed|surpass|top|pass|hit)\w*"
            r"|makes?\s+(?:its\s+|the\s+)?first\s+(?:[\w-]+\s+){0,2}?sale"
            # "as Merck Takes MK-4830 into Phase 2": a partner's program moved into its next phase
            r"|(?:takes|took|moves|moved|advances|advanced|brings|brought|puts|put)\s+(?:[\w'’-]+\s+){0,3}?"
            r"into\s+(?:a\s+|the\s+)?(?:Phase|pivotal|clinical|clinic\b|humans?\b)"
            # "as Pfizer's MC4 antagonist enters the clinic"
            r"|(?:enters|entered|moves\s+into|moved\s+into|advances\s+into)\s+(?:the\s+|a\s+)?(?:clinic\b|Phase"
            r"|pivotal|clinical|humans?\b)"
            # "as Exelixis picks second masked ADC candidate"
            r"|(?:picks|picked|nominates|nominated|selects|selected)\s+(?:[\w'’-]+\s+){0,4}?(?:candidates?|targets?"
            r"|molecules?|compounds?|antibod(?:y|ies))"
            # "as Incyte's Zynyz wins FDA nod"
            r"|(?:wins?|won|secures?|secured|gets?|got|receives?|received)\s+(?:[\w'’-]+\s+){0,3}?"
            r"(?:nod|approval|clearance|go-ahead|green\s+light))\b"
        ),
        "money received as a partner's development event happens ('to collect $6 million as partner Aurigen "
        "doses first patient', 'as Incyte's Zynyz wins FDA nod')",
        cues=(
            "collect",
            "receiv",
            "earn",
            "bank",
            "pocket",
            "book",
            "land",
            "net",
            "get",
            "got",
            "bag",
            "nab",
            "due",
            "owe",
            "pay",
            "paid",
            "entitled",
            "hand",
        ),
    ),
    Rule(
        "milestone.event_is_milestone",
        Effect.PROVE,
        (M,),
        _c(
            # "The clearance is the first development milestone under the licence": the news named a milestone
            r"\b(?:This|The|That)\s+(?:[\w-]+\s+){0,2}?(?:clearance|approval|acceptance|achievement|event|dosing"
            r"|submission|filing|initiation|start|launch)\s+(?P<v>is|was|constitutes|represents)\s+(?:the\s+|a\s+)"
            r"(?:first\s+|second\s+|third\s+)?(?:[\w-]+\s+){0,2}?milestone\s+(?:under|in|of)\s+(?:the|its|our|their"
            r"|that|this)\s+(?:[\w-]+\s+){0,3}?(?:licen[cs]e|agreement|collaboration|deal|partnership|alliance)\b"
            # "a development milestone that obliges Ostrava to pay its licensor $2 million"
            r"|\bmilestones?\s+that\s+(?P<v2>obliges|obligates|requires|entitles|triggers)\s+(?:[\w&'’.-]+\s+){1,4}?"
            r"to\s+(?:pay|receive)\b"
        ),
        "the news named a milestone under a deal ('The clearance is the first development milestone under "
        "the licence'), or one that obliges a payment",
        cues=("milestone",),
    ),
    Rule(
        "milestone.conditions_met",
        Effect.PROVE,
        (M,),
        _c(
            # "has received a lump-sum payment of 210 million yen from Shionogi after partially meeting the
            # payment conditions", "As part of the receipt conditions ... have been achieved, the Company has
            # received": a payment earned by conditions met, in the words of a translated notice
            r"\b(?P<v>meeting|met|fulfill?(?:ing|ed)|satisf(?:ying|ied)|achiev(?:ing|ed))\s+(?:(?:part|some)\s+of\s+)?"
            r"(?:the\s+|its\s+|certain\s+)?(?:payment|receipt)\s+conditions\b"
            r"|\b(?:payment|receipt)\s+conditions\b[^.;]{0,80}?\b(?:has|have)\s+been\s+"
            r"(?P<v2>achieved|met|fulfill?ed|satisfied)\b"
        ),
        "a payment earned as the conditions a deal sets for it are met ('after partially meeting the payment "
        "conditions')",
        cues=("conditions",),
        payment_context=True,
    ),
    Rule(
        "milestone.event_worth",
        Effect.PROVE,
        (M,),
        _c(
            # "That event is worth US$5 million to Sosei Heptares", "the start of the study is worth US$5
            # million to the Tokyo-based company": what a development step brings the company (not the next
            # step's, nor what a deal or a drug is worth)
            r"\b(?:the|this|that)\s+(?:(?!next\b|future\b|potential\b|further\b|remaining\b|subsequent\b)"
            r"[\w'’-]+\s+){0,3}?(?:start|initiation|dosing|event|approval|clearance|acceptance|achievement"
            r"|nomination|selection|filing|submission|launch|milestone|enrol?ment|completion)"
            r"(?:\s+of\s+(?:the\s+|its\s+|a\s+)?(?:[\w/-]+\s+){0,3}?(?:study|trial|program|programme|phase))?"
            r"\s+(?P<v>is|was|has\s+been)\s+worth\s+" + _SUM + r"(?:\s*\([^()]{0,40}\))?\s+to\s+"
            r"(?:(?-i:[A-Z])|the\s+(?:[\w'’.-]+\s+){0,5}?(?:company|group|firm|biotech|licensor|partner)\b)"
            # "BRI-402 has met its preclinical completion event, worth EUR 15 million to Brisa"
            r"|\b(?:met|meets|achieved|achieves|reached|reaches|completed|completes|satisfied|satisfies)\s+"
            r"(?:its|the|a|their)\s+(?:[\w-]+\s+){0,3}?(?:event|milestone|criteri(?:on|a))\s*,\s+(?P<v2>worth)\s+"
            + _SUM
            + r"(?:\s*\([^()]{0,40}\))?\s+to\s+(?-i:[A-Z])"
        ),
        "a development step worth a sum to the company ('That event is worth US$5 million to Sosei')",
        cues=("worth",),
    ),
    Rule(
        "milestone.sum_on_event",
        Effect.PROVE,
        (M,),
        _c(
            # "10-Q: $5.0 million milestone to BMS on Phase 3 start": a headline's sum, payer or payee, and
            # the event it is paid on, without a verb
            _SUM + r"\s+(?:[\w-]+\s+){0,2}?milestone\s+(?:payment\s+)?(?P<v>to|from)\s+(?-i:[A-Z])[\w&.-]*"
            r"(?:\s+(?-i:[A-Z])[\w&.-]*){0,3}\s+(?:on|for|after|following|as)\s+"
            r"(?:[\w-]+\s+){0,4}?(?:start|initiation|dosing|approval|clearance|acceptance|filing|launch|sales?)\b"
        ),
        "a sum named a milestone, paid to or from a partner on an event ('$5 million milestone to BMS on "
        "Phase 3 start')",
        cues=("milestone",),
    ),
)

_MILESTONE_BLOCK = (
    Rule(
        "neg.site_payments",
        Effect.BLOCK,
        (M,),
        _c(
            # "whose software calculates, invoices and pays sites when patient visits and other trial
            # milestones are recorded": what a trial's sponsor pays its sites, investigators or patients
            r"\b(?:pa(?:y|ys|id|ying)|invoic(?:es|ed|ing)|reimburs(?:es|ed|ing))\s+(?:(?:the|its|their)\s+)?"
            r"(?:clinical\s+)?(?:(?:trial|research|study)\s+)?(?:sites|investigators|site\s+staff|patients|participants)\b"
            r"|\bmilestone\s+payments?\s+to\s+(?:clinical\s+)?(?:(?:trial|research|study)\s+)?(?:sites|investigators)\b"
        ),
        "a sponsor's payments to trial sites, investigators or patients, not a deal's milestone ('pays "
        "sites when "
        "patient visits and other trial milestones are recorded')",
        scope=Scope.OVERLAP,
        cues=("sites", "investigators", "patients", "participants", "site staff"),
    ),
    Rule(
        "neg.milestone_offset",
        Effect.BLOCK,
        (M,),
        _c(
            r"\b(?:offset(?:table)?|credit(?:able|ed)|deductible|set\s+off)\s+against\s+(?:any\s+|future\s+|later\s+)?"
            r"(?:[\w-]+\s+){0,2}?milestones?\b"
        ),
        "a payment credited against milestones names them, it is none ('USD 350 million, offsettable against "
        "milestone payments')",
        scope=Scope.OVERLAP,
        cues=("against",),
    ),
    Rule(
        "neg.company_named_milestone",
        Effect.MASK,
        (M,),
        _c(
            r"\bMilestones?(?=\s+(?:Pharmaceuticals|Pharma|Ventures|Capital|Partners|Scientific|Group"
            r"|Therapeutics|Bio\w*|Holdings|Inc\b|LLC|Ltd|AG\b|Investments|Fund|Equity|Healthcare|Medical"
            r"|Labs?|Systems|Technologies|Software|Consulting|Advisors|Asset"
            # an event or a place named Milestone: "the Milestone Marathon Series"
            r"|Marathon|Series|Races?|Festival|Cup|Club|Hotel|Academy|School|Cent(?:er|re)|Stadium|Foundation"
            r"|Awards?)\b)",
            case=True,
        ),
        "a company or fund named Milestone is not a milestone payment",
        scope=Scope.SPAN,
        cues=("milestone",),
    ),
    Rule(
        "neg.name_licence",
        Effect.MASK,
        (L,),
        _c(
            r"\bLICEN[CS]E(?=-\w|\s*\(|\s*[\u2122\u00ae]|\s+(?:[A-Z][\w-]+\s+){0,2}(?:[Pp]latform|[Tt]echnology"
            r"|[Ss]ystem|[Ee]ngine|[Ll]ibrary)\b)",
            case=True,
        ),
        "a platform or product named LICENSE in capitals ('rights to LICENSE-derived programs', 'its LICENSE "
        "(Ligand-Induced Conformational ENgagement SEnsor) platform') is no licence",
        scope=Scope.SPAN,
        cues=("license", "licence"),
    ),
    Rule(
        "neg.gerund_goal",
        Effect.BLOCK,
        ALL,
        _c(
            r"(?:^|:\s*)\W*(?-i:[A-Z][a-z]+ing)\s+(?:[^\s;,]+\s+){0,8}?(?:will|would|could|should|is|remains?)\s+"
            r"(?:be\s+|also\s+)?(?:an?|the|one|another|our)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:milestones?|steps?|achievements?|priorit(?:y|ies)|goals?|focus|moments?|objectives?)\b"
        ),
        "an event named as what doing it is or would be ('Filing our first IND will be a major milestone', "
        "'Securing our HTA licence is an important milestone'): a goal or a verdict, not news",
        scope=Scope.SENTENCE,
        # "Dosing of the first Phase 2 patient is a development milestone under the licence agreement, and
        # Auravia will receive a milestone payment of EUR 5 million": a deal's term, met
        unless=_c(r"\bunder\s+(?:the|its|our|their)\s+(?:[\w-]+\s+){0,3}?agreement\b"),
    ),
    Rule(
        "neg.terms_unchanged",
        Effect.BLOCK,
        (M,),
        # (the term itself unchanged, in one clause: not "its guidance for 2024, which is unchanged")
        _c(
            r"\b(?:obligations?|terms?|milestones?|payments?|amounts?)\b[^;,]{0,150}?\b(?:is|are|remains?|stays?"
            r"|were|was)\s+(?:otherwise\s+)?unchanged\b"
        ),
        "a milestone term an amendment leaves as it was ('The obligation to pay a $25.0 million regulatory "
        "milestone upon approval is unchanged')",
        scope=Scope.SENTENCE,
    ),
    Rule(
        "neg.use_of_proceeds",
        Effect.BLOCK,
        ALL,
        _c(r"\b(?:use|uses|using)\s+(?:of\s+)?(?:the\s+|its\s+)?(?:net\s+|gross\s+)?proceeds\b"),
        "what a financing will pay for ('intends to use the net proceeds ... to complete IND-enabling "
        "studies and submit an IND'): plans, not news",
        scope=Scope.SENTENCE,
    ),
    Rule(
        "neg.milestone_goal",
        Effect.BLOCK,
        (M,),
        _c(
            r"\bto\s+(?:(?:[^\s.;]+\s+){1,8}?and\s+)?(?:reach|hit|achieve|meet)\s+(?:[^\s.;]+\s+){0,4}?"
            r"milestones?\b"
        ),
        "milestones named as what a company means to reach ('money it will use to finish IND-enabling "
        "studies and reach its 2026 clinical milestones'): a goal, not a payment",
        scope=Scope.OVERLAP,
        cues=("milestone",),
    ),
    Rule(
        "neg.grants_nothing",
        Effect.BLOCK,
        (L,),
        _c(
            r"\b(?:does|do|did|will|shall)\s+not\s+(?:grant|give|confer|convey|provide)\b[^.;]{0,80}?"
            r"\b(?:licen[cs]es?|rights?|options?)\b"
        ),
        "an agreement said to grant no licence ('It does not grant Mareva or the institute a licence, an "
        "option to license or any commercial rights')",
        scope=Scope.SENTENCE,
    ),
    Rule(
        "neg.figurative_milestone",
        Effect.BLOCK,
        (M,),
        _c(
            r"\b(?:a|an|another|the\s+next|one|major|important|significant|key|big|huge|critical|crucial"
            r"|landmark|historic|exciting|notable|great|corporate|production|transformational|pivotal|proud"
            r"|several)\s+(?:\w+\s+)?milestones?\b|\bmilestones?\s+(?:for|in|on)\s+(?:the|its|our|their)\b"
            # "a significant improvement in the achievement of motor milestones": what a child learns to do
            r"|\b(?:motor|developmental|speech|walking|sitting|crawling)\s+milestones?\b"
        ),
        "milestone as a figure of speech ('a major milestone for our company'), or a child's ('motor "
        "milestones')",
        cues=("milestone",),
        unless=_c(
            r"\bpayments?\b|\bpaid\b|[$€£¥₩]|\b(?:USD|EUR|CHF|GBP|JPY|SEK|DKK|NOK|KRW|RMB|CNY|AUD)\b"
            r"|\b(?:million|yen|yuan|euros?|kronor|kroner)\b|\btrigger"
        ),
    ),
    Rule(
        "neg.milestone_uncertain",
        Effect.BLOCK,
        (M,),
        _c(
            r"\breceipt\s+of\s+(?:any\s+|future\s+|such\s+|the\s+)?(?:[\w-]+\s+)?milestones?(?:\s+payments?)?\s+"
            r"(?:depends|is\s+dependent|are\s+dependent|is\s+subject|are\s+subject|is\s+uncertain"
            r"|cannot\s+be\s+(?:assured|guaranteed))\b"
        ),
        "a caution that milestone money may never come ('receipt of milestone payments depends on the "
        "progress of development')",
        scope=Scope.OVERLAP,
        cues=("receipt",),
    ),
    Rule(
        "neg.milestone_contingent",
        Effect.BLOCK,
        (M,),
        _c(
            r"\b(?:if|once|unless|whether|provided|assuming|would|could|might|"
            + MODAL_MAY
            + r"|eligible|potential(?:ly)?"
            r"|expects?|expected|expecting|anticipat\w*|pencil\w*|forecast\w*|remains?\s+entitled|up\s+to"
            r"|stands?\s+to|on\s+track\s+to|believes?|assum(?:es|ing|ption)|remains?\s+pending"
            # a contract "paid on enrolment and site-activation milestones": a schedule of payments
            r"|paid\s+(?:on|upon|against)\s+(?:[\w-]+\s+(?:and\s+)?){0,4}?milestones"
            # "royalties each year after the last sales milestone has been paid": a term of the deal
            r"|after\s+the\s+(?:last|final)\s+(?:[\w-]+\s+)?milestone"
            r"|fall\s+due|(?<!has\s)(?<!have\s)(?<!has\snow\s)(?<!have\snow\s)(?<!has\stherefore\s)(?<!has\sthus\s)"
            r"(?<!has\sthereby\s)(?<!has\salso\s)become\s+due"
            r"|becomes\s+due|future|seek\w*|sought|claims?|guidance|hopes?|should"
            # "in exchange for the right to receive the $11.4 million approval milestone": a claim on it, sold
            r"|right\s+to\s+(?:receive|the)|monetis\w*|monetiz\w*"
            # "with funding released in stages as development milestones are met": a grant's schedule
            r"|in\s+(?:stages|tranches|instal?ments|phases)\s+as"
            # ("the remaining CHF 18 million will be released on achievement of predefined ... milestones")
            r"|(?:up)?on\s+(?:the\s+)?(?:achievement|attainment|occurrence)"
            r"|upcoming|next|can\s+(?:also\s+|still\s+|further\s+)?(?:earn|receive|collect|get|obtain|be\s+paid)"
            # "$40 million of which will be released only when preclinical milestones are met": a tranche
            r"|only\s+(?:when|once|if|after|upon)|will\s+(?:only\s+)?be\s+(?:released|disbursed)"
            # "the trial start will trigger a EUR 20 million milestone payment": the trigger is still ahead
            r"|will\s+(?:also\s+|then\s+|in\s+turn\s+)?(?:trigger|be\s+triggered|unlock|result\s+in|lead\s+to)"
            # "paid an upfront license fee ... and will owe development milestones": terms still ahead
            r"|will\s+(?:also\s+)?owe"
            # "will receive $5 million from Kestrel after sales exceed $50 million": a sales level still ahead
            r"|will\s+(?:also\s+)?(?:receive|collect|get|earn|be\s+paid)(?=[^.;]{0,120}?\b(?:after|when|once|as)\s+"
            r"[^.;]{0,60}?\b(?:exceed|cross|surpass|top|pass|hit|reach)(?:es)?\b))\b"
        ),
        "a milestone that may, could, can or will only be paid if something happens, or that a step ahead "
        "will trigger",
        scope=Scope.PREFIX,
        window=14,
    ),
    Rule(
        "neg.milestone_after_next_step",
        Effect.BLOCK,
        (M,),
        _c(
            # "will receive a $5 million milestone payment after the FDA approves the drug": the step that
            # earns it is told in the present after "will", so it is still ahead
            # ("will owe Kyushu a $2 million milestone payment upon FDA approval of PLD-501")
            r"\b(?:will|would|is\s+to|are\s+to)\s+(?:also\s+)?" + _TO_BE_PAID + r"\b[^.;]{0,150}?"
            r"\b(?:after|once|when|upon|as\s+soon\s+as)\s+(?:the\s+|its\s+|a\s+)?(?:[^\s;,]+\s+){0,5}?"
            r"(?:approves|clears|accepts|grants|reaches|achieves|passes|exceeds|doses|starts|begins|completes"
            r"|files|submits|launches|nominates|selects|enrol?ls)\b"
            r"|\b(?:will|would)\s+(?:also\s+)?" + _TO_BE_PAID + r"\b[^.;]{0,150}?"
            r"\bupon\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:approval|clearance|acceptance|launch)\b"
        ),
        "a milestone to be paid when a step still ahead happens ('will receive ... after the FDA approves')",
        scope=Scope.CLAUSE,
        cues=("after", "once", "when", "upon", "as soon"),
    ),
    Rule(
        "neg.payment_to_come",
        Effect.BLOCK,
        (M, IND),
        _c(
            # ("will become entitled to a ¥1.5 billion milestone from Kanemura Pharma only on first commercial
            # sale")
            r"\b(?:(?:to|will|would)\s+(?:also\s+|then\s+|further\s+|only\s+)?(?:receive|earn|collect"
            r"|be\s+(?:due|paid|owed|entitled)|become\s+(?:due|payable|entitled))"
            r"|(?:is|are)\s+(?:also\s+)?entitled\s+to)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?"
            r"\b(?:upon|once|when|if|only\s+(?:on|after)|on\s+(?:the\s+)?(?:first|initial)\s+(?:commercial\s+)?"
            r"(?:sale|launch))\b"
            # "Lundbeck ... will pay Fjordline a milestone of DKK 50 million when the first patient is dosed"
            # (not "will pay ... a milestone triggered when the first patient was dosed")
            r"|\b(?:will|would)\s+(?:also\s+|then\s+)?pay\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?(?<!ed\s)"
            r"\b(?:upon|once|when|if)\b"
        ),
        "a payment to be received once something still ahead happens ('to receive $3M upon IND clearance', "
        "'is entitled to a $20 million milestone payment upon FDA approval')",
        cues=("receive", "earn", "collect", "due", "paid", "owed", "entitled", "pay"),
    ),
    Rule(
        "neg.milestone_condition_after",
        Effect.BLOCK,
        (M,),
        _c(
            r"\b(?:if|unless|should|provided\s+that|in\s+the\s+event|subject\s+to|contingent\s+(?:on|upon))\b"
        ),
        "a milestone payable only if something later happens ('milestone payments if OT-5 is approved')",
        scope=Scope.CLAUSE,
    ),
    Rule(
        "neg.any_milestone",
        Effect.BLOCK,
        (M,),
        _c(
            # ("to change the criteria for achieving certain milestones")
            r"\b(?:any|every|certain)\s+(?:such\s+|future\s+|further\s+|other\s+)?(?:[\w-]+\s+){0,2}?milestones?\b"
            # "the rest will be paid as the Phase 2 trial reaches milestones specified in the agreement"
            r"|\bas\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:reaches|achieves|meets|hits|passes)\s+"
            r"(?:[\w-]+\s+)?milestones\b"
        ),
        "a milestone named in general, not one reached ('agreed to pay Pfizer higher amounts in respect of "
        "any milestone so deferred')",
        scope=Scope.OVERLAP,
        cues=("any", "every", "certain", "reaches", "achieves", "meets", "hits", "passes"),
    ),
    Rule(
        "neg.milestone_triggers_study_step",
        Effect.BLOCK,
        (M,),
        _c(
            r"\btrigger\w*\s+(?:the\s+|an?\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:analys[ie]s|reviews?|readouts?"
            r"|looks?|unblinding|expansion|cohorts?|dose\s+escalation|meetings?|opening|enrol\w+|recruitment"
            r"|randomi[sz]ation)\b"
        ),
        "a trial milestone that triggers an analysis or the next step of a study, not a payment",
        cues=("trigger",),
        unless=_c(r"\bpayments?\b|\bpaid\b|[$€£¥₩]|\b(?:USD|EUR|CHF|GBP|JPY)\b|\bmillion\b|\bfees?\b"),
    ),
    Rule(
        "neg.construction_milestone",
        Effect.BLOCK,
        (M,),
        _c(
            r"\b(?:construction|contractors?|mechanical\s+completion|engineering,?\s+procurement|(?-i:EPC)(?![-\d])"
            r"|building\s+contract|fit-out"
            # a software customer's: "further fees as deployment milestones are reached"
            r"|(?:deployment|implementation|installation|go-live|software)\s+milestones?"
            # "Implementation services will be invoiced on completion of four project milestones defined in
            # the statement of work": a vendor's services, billed in stages
            r"|implementation\s+services|statements?\s+of\s+work"
            # a contract research organisation's fees: "a Phase 2b contract paid on enrolment milestones",
            # "fees paid as operational milestones are met"
            r"|operational\s+milestones?|site[-\s]activation|database[-\s]lock"
            r"|(?:contract|fees?)\s+(?:paid|payable)\s+(?:largely\s+|mainly\s+)?(?:on|as)\s+(?:[\w-]+\s+)?milestones\b"
            r"|contract\s+research\s+organi[sz]ations?|(?-i:CROs?)(?![-\w]))\b"
        ),
        "a payment under a construction, engineering, software roll-out or trial-services contract is no "
        "deal milestone",
    ),
    Rule(
        "neg.financing_milestone",
        Effect.BLOCK,
        (M,),
        _c(
            r"\b(?:tranches?|term\s+loans?|loan\s+(?:facility|agreement)|credit\s+(?:facility|agreement)"
            r"|debt\s+facility|convertible\s+notes?|draw(?:n|down)?\s+(?:on|under)"
            # "unlocked the milestone-based second close of its Series B financing"
            r"|(?:first|initial|second|third|final|subsequent)\s+clos(?:e|ing)|series\s+[a-g]\s+(?:financing|round|preferred)"
            # "has raised EUR 120 million, EUR 70 million at first close and EUR 50 million due when a
            # predefined clinical milestone is met": money raised from investors
            r"|(?:has|have)\s+raised|rais(?:es|ed|ing)\s+(?:[^\s;]+\s+){0,4}?in\s+(?:a\s+|its\s+)?(?:[\w-]+\s+)?"
            r"(?:financing|funding|round))\b"
        ),
        "a milestone that unlocks a loan tranche is a financing term, not a milestone payment; so is a "
        "financing's tranche an event releases ('received the second tranche of its Series B, released "
        "after ...')",
        cues=("milestone", "tranche"),
    ),
    Rule(
        "neg.sales_threshold_milestone",
        Effect.BLOCK,
        (M,),
        _c(
            r"\bmilestones?\s+(?:in|of)\s+(?:cumulative\s+|annual\s+|net\s+|product\s+|total\s+|global\s+)*"
            r"(?:sales|revenues?|prescriptions|patients|doses)\b"
        ),
        "a sales or patient count called a milestone ('a $100 million milestone in product sales')",
    ),
    Rule(
        "neg.milestone_listed_terms",
        Effect.BLOCK,
        (M,),
        # "royalty" as written small, or "Royalties": "Ridgeline Royalty Partners" names a firm
        _c(r"\b(?:upfront|up-front|(?-i:royalt\w+|Royalties)|equity\s+investment)\b"),
        "milestones listed among a deal's terms beside upfront money and royalties",
        scope=Scope.PREFIX,
        window=10,
    ),
    Rule(
        "neg.milestone_term_restated",
        Effect.BLOCK,
        (M,),
        _c(
            # "Under the exclusive licence agreement signed in 2022, dosing of the first patient in Phase 3
            # triggers a milestone payment of EUR 15 million to Meridel": what the deal says an event will
            # bring, told in the present tense after the agreement is named by when it was made
            r"^\s*(?:Under|Pursuant\s+to)\s+(?:the|its|their|our)\s+(?:terms\s+of\s+the\s+)?(?:[\w'’-]+\s+){0,4}?"
            r"agreements?,?\s+(?:(?:signed|entered\s+into|concluded|executed|dated|made)\s+)?(?:in|on|of)\s+"
            r"[^,;]{0,25}?\b(?:19|20)\d\d\s*,\s*(?:[^\s,;]+\s+){1,14}?"
            r"(?:triggers|entitles|earns|brings|carries|yields)\s+(?:[\w'’&.-]+\s+){0,3}?(?:an?|the)\s+"
            r"(?:[\w$€£¥.,-]+\s+){0,5}?(?:milestone|payment)"
        ),
        "a milestone the deal attaches to an event, restated in the present tense under the agreement named"
        " by its date ('Under the licence agreement signed in 2022, dosing of the first patient triggers a"
        " milestone payment')",
        body_only=True,
        cues=("under", "pursuant"),
    ),
    Rule(
        "neg.milestone_terms",
        Effect.BLOCK,
        (M,),
        _c(
            r"\bmilestones?,?\s+(?:payments?,?\s+)?(?:of\s+|worth\s+|totall?ing\s+)?(?:up\s+to|as\s+much\s+as)"
            # "Oberon will receive the remaining regulatory and sales milestones": what a deal has left to pay
            r"|\bremaining\s+(?:[\w-]+\s+){0,4}?milestones\b"
            r"|\bmilestones?\s+(?:payments?\s+)?(?:and|plus|as\s+well\s+as)\s+(?:tiered\s+)?royalt"
            # "is obligated to pay Ridley development milestones, low single-digit royalties and a percentage"
            r"|\bmilestones(?:\s+payments)?,\s+(?:[\w-]+\s+){0,3}?royalt"
            # "owes milestone payments under that licence": a standing duty, no sum earned
            r"|\bowes?\s+(?:[\w-]+\s+){0,2}?milestone\s+payments\b(?!\s+(?:of|totall?ing|worth)\s)"
            r"|\bplus\s+milestones|\bmilestones?\s+(?:payments?\s+)?linked\s+to|\bentitled\s+to\s+milestone"
            # "(d) pay development milestone payments in an aggregate amount not to exceed $97,500,000"
            r"|\bmilestones?\s+(?:payments?\s+)?(?:[^.;]{0,40}?)\bnot\s+to\s+exceed\b"
        ),
        "milestone terms of a deal ('milestone payments of up to', 'milestones and royalties', '... not to "
        "exceed') in the clause of the milestone",
        scope=Scope.CLAUSE,
    ),
    Rule(
        "neg.milestone_already",
        Effect.BLOCK,
        (M,),
        _c(
            r"\b(?:already|previously|(?:has|have|had)\s+since)\s+(?:been\s+)?"
            r"(?:received|earned|paid|collected|booked|achieved|recogni[sz]ed)\b"
        ),
        "milestones told as received before ('reviewed its licence and the milestones already received')",
        scope=Scope.OVERLAP,
        cues=("already", "previously", "since"),
    ),
    Rule(
        "neg.milestone_revenue_recap",
        Effect.BLOCK,
        (M,),
        _c(
            r"\b(?:during\s+the\s+(?:year|quarter|period)|milestone-related|(?:quarterly|annual|full-year|total|group)"
            r"\s+revenues?|revenues?\s+(?:rose|grew|fell|increased|decreased|was|were|for\s+the|of|included)"
            r"|recogni[sz](?:e|es|ed|ing)\s+(?:[^\s;]+\s+){0,6}?milestone\s+revenues?"
            # "recognises revenue from the previously announced licence and milestone"
            r"|recogni[sz](?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?revenues?\s+from"
            # "The increase was primarily due to recognition of the $12.0 million development milestone"
            r"|(?:increase|rise|growth|change)\s+(?:was\s+)?(?:primarily\s+|mainly\s+|largely\s+)?(?:due\s+to|driven\s+by"
            r"|attributable\s+to|reflect\w*)\s+(?:the\s+)?recognition\s+of"
            r"|tabulat\w+|table\s+below|following\s+table|in\s+thousands"
            r"|milestone\s+revenues?\s+(?:was\s+|were\s+)?recogni[sz]ed"
            # "Vireo earned $35 million in milestones from Lysander in 2023": a year's tally
            r"|in\s+(?:[\w-]+\s+){0,2}?milestones\s+(?:(?:payments\s+)?from\s+(?:[\w&.-]+\s+){1,3}?)?"
            r"(?:in|during|over|for)\s+(?:fiscal\s+|the\s+(?:full\s+|fiscal\s+)?(?:year\s+)?)?(?:19|20)\d\d)\b"
        ),
        "milestone money summed into a period's revenue or its recognition restated, not news of a milestone",
        scope=Scope.CLAUSE,
        # "revenue included a previously undisclosed $5 million milestone payment": news told in the results;
        # "reported third-quarter revenue of $4.6 million and said the FDA accepted ..., triggering a $3
        # million milestone payment": the revenue told, then the news
        unless=_c(
            r"\bpreviously\s+undisclosed\b|\bnot\s+previously\s+(?:announced|disclosed)\b"
            r"|\band\s+(?:said|announced|disclosed)\s+(?:that\s+)?(?:the\s+)?(?:FDA|[\w-]+\s+(?:had|has))\b"
        ),
    ),
    Rule(
        "neg.milestone_upfront_payment",
        Effect.BLOCK,
        (M,),
        _c(
            r"\b(?:upfront|up-front|option(?:\s+exercise)?\s+(?:fee|payment)|(?:exercise|opt-in)\s+(?:fee|payment)"
            r"|equity|signing|closing)\b"
        ),
        "a triggered payment that is a deal's upfront or option fee, not a milestone",
        # (in the clause that tells the payment: "has received a $3 million candidate-selection payment after
        # Aldous nominated a second compound ..., and ... Aldous will pay $8 million upfront" tells two)
        scope=Scope.CLAUSE,
        # (a development step said to be worth a sum names what it is paid for: "has met its preclinical
        # completion event, worth EUR 15 million to Brisa", beside a new licence's upfront)
        exempt=frozenset(
            {
                "milestone.earned",
                "milestone.payment_achieved",
                "milestone.announced_payment",
                "milestone.event_worth",
            }
        ),
    ),
    Rule(
        "neg.option_payment",
        Effect.BLOCK,
        (M,),
        _c(
            r"(?:\bexercis(?:e|es|ed|ing)\s+(?:its|their|the|an?|this)\s+(?:[\w-]+\s+){0,2}?options?\b"
            # (over abbreviations: "in the U.S., Europe, Japan and other markets ..., triggering")
            r"|\bopt(?:s|ed|ing)?[-\s]in\b|\boption\s+exercise\b"
            r"|\b(?:opt|elect)(?:s|ed|ing)?\s+to\s+(?:keep|continue|retain|maintain|extend|exercise|license|take))"
            r"(?:[^.;]|(?<=\b[A-Z])\.){0,300}?"
            # ("triggering a EUR 1.5 million payment": a sum's decimal point is no full stop)
            r"\btrigger(?:s|ed|ing)?\s+(?:(?!milestone)" + _WORD_OR_DECIMAL + r"\s+){0,5}?payments?\b"
        ),
        "a payment an option's exercise triggers, not named a milestone: the licence's fee ('Jazz exercised "
        "its option, triggering a one-time $325 million payment')",
        scope=Scope.OVERLAP,
        cues=("exercis", "opt", "elect"),
    ),
)

# --- IND --------------------------------------------------------------------------------------------------
_IND_PROVE = (
    Rule(
        "ind.cleared",
        Effect.PROVE,
        (IND,),
        _c(
            # "a clear path to an authorisable CTA": the adjective, not the verb
            # ("Clear alignment with the agency on what the IND needs to contain")
            r"\b(?P<v>(?<!\ba\s)(?<!\bthe\s)clear(?:s|ed|ing)?"
            r"(?!\s+(?:path|pathway|way|route|roadmap|alignment|agreement|guidance|feedback|understanding)\b)"
            r"|accept(?:s|ed|ing)?|approv(?:e|es|ed|ing)|allow(?:s|ed|ing)?"
            r"|grant(?:s|ed|ing)?|authori[sz](?:e|es|ed|ing)|validat(?:e|es|ed)|acknowledg(?:e|es|ed|ing))\s+"
            + _gap(10)
            + IND_TERM
        ),
        "a regulator cleared, accepted, approved or allowed an IND or CTA",
        cues=("ind", "investigational", "clinical trial", "cta", "ctn"),
    ),
    Rule(
        "ind.cleared_passive",
        Effect.PROVE,
        (IND,),
        _c(
            IND_TERM + r"\s+" + _gap(16) + r"(?:(?:has|have)\s+been\s+|was\s+|were\s+|is\s+|are\s+|been\s+)?"
            r"(?:now\s+)?(?P<v>cleared|accepted|approved|allowed|authori[sz]ed|validated|acknowledged|active"
            r"|effective|in\s+effect"
            # (not "allowing the Company's IND to go into effect": what is to come)
            r"|in\s+place|(?<!\bto\s)go(?:es)?\s+into\s+effect|went\s+into\s+effect|gone\s+into\s+effect"
            r"|t(?:ook|akes)\s+effect"
            r"|bec(?:ame|omes)\s+(?:active|effective))\b"
            # "the investigational new drug application Oshiro submitted to the U.S. Food and Drug
            # Administration for OSH-5520, a compound arising from the parties' ... Agreement dated September
            # 12, 2018 (the "Oshiro Agreement"), has gone into effect": a long aside between the application
            # and its verb
            r"|" + IND_TERM + r"(?:[^.;]|(?<=\b[A-Z])\.){0,250}?,\s+(?:has|have)\s+(?:now\s+)?"
            r"(?P<v3>gone\s+into\s+effect|become\s+effective|taken\s+effect|been\s+cleared|been\s+accepted)\b"
            # "an Investigational New Drug application for TSL-07 ... and the application is now in effect"
            # (not "as soon as possible after the application is in effect": a time ahead)
            r"|(?<!after\s)(?<!once\s)(?<!when\s)(?<!until\s)(?<!before\s)"
            r"\b(?:the|its|this)\s+application\s+(?:is|has)\s+(?:now\s+)?(?P<v2>in\s+effect|become\s+effective"
            r"|gone\s+into\s+effect|taken\s+effect)\b"
        ),
        "an IND or CTA that is now cleared, accepted, active or in effect",
        cues=("ind", "investigational", "clinical trial", "cta", "ctn"),
    ),
    Rule(
        "ind.receives_approval",
        Effect.PROVE,
        (IND,),
        _c(
            IND_TERM
            + r"\s+"
            + _gap(12)
            + r"(?:(?:has|have)\s+)?(?P<v>receiv(?:es|ed)|obtain(?:s|ed)|gain(?:s|ed)|w(?:ins|on))\s+"
            r"(?:an?\s+|the\s+)?(?:implied\s+|tacit\s+|implicit\s+|regulatory\s+)?"
            r"(?:approval|clearance|authori[sz]ation|permission|go-ahead)\b"
            # "obtained Clinical Trial Approval ("CTA") for Senstend": the approval that is the CTA
            r"|\b(?P<v2>receiv(?:es|ed)|obtain(?:s|ed)|gain(?:s|ed)|w(?:ins|on)|secur(?:es|ed))\s+(?:an?\s+|the\s+)?"
            r"(?:[\w-]+\s+){0,2}?clinical\s+trials?\s+(?:approvals?|authori[sz]ations?|permits?|permissions?)\b"
            # "has received approval from China's National Medical Products Administration (NMPA) to conduct a
            # Phase I bridging study": a regulator's leave to run a trial
            r"|\b(?P<v3>receiv(?:es|ed)|obtain(?:s|ed)|gain(?:s|ed)|secur(?:es|ed))\s+(?:an?\s+|the\s+)?"
            r"(?:approval|permission|authori[sz]ation|clearance)\s+from\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?"
            r"(?:"
            + REGULATOR
            + r"|National\s+Medical\s+Products\s+Administration)\s*(?:\((?-i:[A-Z]{2,6})\)\s*)?"
            r"to\s+(?:conduct|run|start|initiate|begin|commence|carry\s+out)\s+(?:an?\s+|the\s+|its\s+)?"
            r"(?:[\w/-]+\s+){0,4}?(?:study|trial)\b"
        ),
        "an IND or CTA that received approval ('received implied approval from the NMPA'), or a regulator's "
        "approval to run a trial",
        cues=("ind", "investigational", "clinical trial", "cta", "ctn", "approval", "permission"),
    ),
    Rule(
        "ind.clearance_of",
        Effect.PROVE,
        (IND,),
        _c(
            # (the regulator may be named first: "approval from China's National Medical Products
            # Administration (NMPA) for its Investigational New Drug application")
            # ("implied approval from the Center for Drug Evaluation (CDE) of China's National Medical
            # Products
            # Administration (NMPA) for its application to conduct clinical trials", "has given implied
            # approval
            # to Hengyuan Biologics' application to run clinical trials")
            r"\b(?P<v>clearance|acceptance|approval|allowance|authori[sz]ation)\s+"
            r"(?:from\s+(?:[^\s;.]+\s+){1,15}?)?(?:of|for|to(?=\s+(?:[\w'’.-]+\s+){0,3}?applications?\b))\s+"
            + _gap(4)
            + IND_TERM
            + r"|"
            + IND_TERM
            + r"\s+(?P<v2>clearance|approval|acceptance|allowance|go-ahead)\b"
        ),
        "FDA clearance of an IND, IND approval by a regulator",
        cues=("ind", "investigational", "clinical trial", "cta", "ctn", "application to"),
    ),
    Rule(
        "ind.submitted",
        Effect.PROVE,
        (IND,),
        _c(
            r"\b(?P<v>submit(?:s|ted|ting)?|files?|filed|filing|lodg(?:e|es|ed))\s+"
            + _gap(10)
            + IND_TERM
            + r"|"
            + IND_TERM
            + r"\s+"
            + _gap(10)
            + r"(?:was|were|has\s+been|have\s+been|is|been)\s+(?P<v2>submitted|filed|lodged)\b"
            # "has submitted a clinical trial plan to Australian authorities for a global Phase 1/2 study": a
            # plan filed with a regulator is the application (Korea's and Japan's are named so)
            + r"|\b(?P<v8>submit(?:s|ted)|filed|lodged)\s+(?:a|its|the)\s+(?:clinical\s+trial\s+)?plan\s+"
            r"(?:for\s+[^.;]{0,80}?\s+)?to\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’]*\s+){0,2}?"
            r"(?:regulators?|(?:regulatory\s+|health\s+)?authorit(?:y|ies)|agency|"
            + REGULATOR
            + r")"
            # "Notice Concerning Submission of Clinical Trial Plan for AMT-55": a Japanese disclosure's title
            + r"|\b(?:notice|announcement)\s+(?:concerning|regarding|of|on)\s+(?:the\s+)?"
            r"(?P<v7>submission|filing)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
            + IND_TERM
            + r"|"
            + IND_TERM
            + r"\s+(?P<v3>submission|filing)\s+(?:to|with)\s+(?:the\s+)?"
            + REGULATOR
            + r"|\b(?P<v4>complet(?:e|es|ed)|announc(?:e|es|ed)|achiev(?:e|es|ed)|successful(?:ly)?)\s+"
            r"(?:the\s+|its\s+|an?\s+|first\s+)?(?:successful\s+)?(?:"
            + IND_TERM
            + r"\s+(?:submission|filing)s?\b|(?:submission|filing)\s+of\s+(?:an?\s+|the\s+|its\s+)?"
            + IND_TERM
            + r")"
            r"|\b(?P<v5>complet(?:e|es|ed|ing))\s+(?:the\s+|its\s+|an?\s+)?(?:clinical\s+trials?\s+notifications?"
            r"|(?-i:CTN)\b)"
            # "has notified the TGA under the CTN scheme": Australia's CTN is a notification
            # "has notified its Phase 1 trial of WBT-14 to the TGA under the CTN scheme"
            r"|\b(?P<v6>notif(?:y|ies|ied|ying))\s+(?:(?:its|the|a|an)\s+(?:[\w-]+\s+){0,6}?(?:trials?|stud(?:y|ies))"
            # ("notified its Phase 1 trial of CB-310 under the TGA's Clinical Trial Notification scheme")
            r"\s+(?:[\w-]+\s+){0,4}?(?:to|under)\s+)?(?:the\s+)?(?:Australia['’]s\s+)?"
            + _TGA
            # ("of a Phase 1 trial of its oral Nav1.8 blocker KT-88 under the CTN scheme": a decimal point)
            + r"(?:[^.;]|\.(?=\d)){0,80}?(?:(?-i:\bCTN\b)|\bclinical\s+trials?"
            r"\s+notification)"
            # "Phase 1 Trial Notified to TGA", "the trial has been notified to the TGA"
            r"|\b(?:trials?|stud(?:y|ies))\s+(?:[\w-]+\s+){0,6}?(?:(?:has|have)\s+been\s+|was\s+|were\s+|is\s+)?"
            # ("Trial notified to, and acknowledged by, the Therapeutic Goods Administration")
            r"notified\s+to(?:,?\s+and\s+(?:acknowledged|accepted|received)\s+by,?)?\s+(?:the\s+)?"
            + _TGA
            # "CTN lodged with the TGA"
            + r"|"
            + IND_TERM
            + r"\s+(?:(?:was|were|has\s+been|have\s+been)\s+)?lodged\s+with\s+(?:the\s+)?"
            + REGULATOR
        ),
        "an IND or CTA submitted or filed",
        cues=("ind", "investigational", "clinical trial", "cta", "ctn", "notified"),
    ),
    Rule(
        "ind.clinical_hold",
        Effect.PROVE,
        (IND,),
        _c(
            r"\b(?P<v>clinical\s+holds?)\b"
            # "FDA places hold on licensed partner Allogene's trials", "FDA puts Orion's trial on partial
            # hold"
            r"|(?:" + REGULATOR + r"|\bregulators?|\bagency)\s+(?:has\s+|have\s+)?"
            r"(?:(?P<v2>plac(?:es|ed|ing)|puts?|putting|impos(?:es|ed|ing))\s+(?:an?\s+)?(?:full\s+|partial\s+)?"
            r"hold\s+on"
            r"|(?P<v3>puts?|putting|plac(?:es|ed|ing))\s+"
            + _gap(5)
            + r"on\s+(?:a\s+)?(?:full\s+|partial\s+)?hold"
            # "the FDA has halted further dosing under its investigational new drug application", "FDA stops
            # dosing in PB-520 gene therapy study": a hold told by what it stops (the regulator its subject)
            r"|(?P<v4>halt(?:s|ed)?|stop(?:s|ped)?|suspend(?:s|ed)?|paus(?:es|ed))\s+(?:further\s+|all\s+|new\s+)?"
            r"(?:dosing|enrol?ment|recruitment|(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:trials?|stud(?:y|ies)))\b)\b"
            # "was notified by the FDA that further dosing under the Company's investigational new drug
            # application ... may not take place until the FDA's concerns have been resolved"
            r"|\bfurther\s+dosing\s+under\s+(?:[\w'’-]+\s+){0,3}?" + IND_TERM + r"[^.;]{0,160}?"
            r"\b(?P<v5>may\s+not\s+(?:take\s+place|proceed|resume|continue))\b"
        ),
        "a clinical hold placed on an IND or its studies",
        cues=("hold", "halt", "stop", "suspend", "paus", "may not"),
    ),
    Rule(
        "ind.hold_lifted",
        Effect.PROVE,
        (IND,),
        _c(
            r"\b(?P<v>lift(?:s|ed|ing)?|remov(?:e|es|ed|ing)|releas(?:e|es|ed)|resolv(?:e|es|ed))\s+"
            + _gap(4)
            + r"holds?\b"
            # "the FDA had informed the company on Monday that the hold had been lifted"
            r"|\b(?:the|its|that|this)\s+(?:full\s+|partial\s+)?hold\s+(?:on\s+[^;,]{0,60}?\s+)?(?:had|has|have|was|were"
            r"|is)\s+(?:now\s+)?(?:been\s+)?(?P<v2>lifted|removed|released)\b"
            # "the FDA has accepted its complete response to the partial hold placed on its Phase 1/2 study"
            r"|\b(?P<v3>accept(?:s|ed|ing))\s+(?:[\w'’-]+\s+){0,3}?(?:complete\s+)?response\s+to\s+(?:the\s+|its\s+|an?\s+)?"
            r"(?:full\s+|partial\s+)?(?:clinical\s+)?hold\b"
        ),
        "a clinical hold lifted or removed",
        cues=("hold",),
    ),
    Rule(
        "ind.may_proceed",
        Effect.PROVE,
        (IND,),
        _c(
            r"\b(?P<v>may|can|is\s+allowed\s+to|are\s+allowed\s+to|cleared\s+to|clear(?:s|ed)\s+"
            + _gap(12)
            + r"to|allowance\s+to|clearance\s+to|go-ahead\s+to|permitted\s+to|(?:has|have)\s+allowed\s+"
            + _gap(3)
            + r"to)\s+proceed\b"
            # "cleared the study to proceed to the third dose cohort": a safety board's step up in dose
            r"(?!\s+(?:to|into)\s+(?:the\s+)?(?:next|second|third|fourth|fifth|final|higher|subsequent|\d)"
            r"[\w\s,/.-]{0,20}?(?:dose|cohort|level|part)s?\b)"
            r"|\b(?:stud(?:y|ies)|trials?)\s+(?:[\w-]+\s+){0,6}?(?P<v2>may)\s+(?:now\s+)?resume\b"
            # "the FDA informed it on July 11 that its Phase III Flamingo-01 trial of the breast cancer
            # immunotherapy GP2 can resume": what the regulator said
            r"|\b" + REGULATOR + r"[^;]{0,60}?\bthat\s+(?:[\w/'’-]+\s+){0,4}?(?:stud(?:y|ies)|trials?)\s+"
            r"(?:[\w/-]+\s+){0,6}?(?P<v8>can|may)\s+(?:now\s+)?resume\b"
            # "FDA lets gene therapy study resume dosing", "told the company that it may resume dosing"
            r"|\b(?P<v3>lets?|allow(?:s|ed)?|permit(?:s|ted)?)\s+(?:[\w-]+\s+){0,4}?(?:stud(?:y|ies)|trials?)\s+"
            r"(?:to\s+)?resume\b|\b(?P<v4>may|can)\s+resume\s+dosing\b"
            # "received information from the U.S. regulator that the Company may start the clinical trial"
            r"|\b" + REGULATOR + r"[^;]{0,60}?\bthat\s+(?:the\s+company|it|we|(?-i:[A-Z])[\w-]*)\s+"
            r"(?P<v5>may|can)\s+(?:now\s+)?(?:start|begin|commence|initiate)\s+(?:the\s+|a\s+|its\s+)?"
            r"(?:[\w.-]+\s+){0,2}?(?:clinical\s+)?(?:trial|study)\b"
            # "has received approval from the National Medical Products Administration to submit its IND
            # application", "Cleared by NMPA to Submit IND": China's leave to file, the step the news is
            r"|\b(?P<v9>cleared|approv(?:al|ed))\s+(?:by|from)\s+(?:the\s+)?"
            + REGULATOR
            + r"(?:\s*\([^()]{0,20}\))?\s+to\s+submit\s+(?:its\s+|the\s+|an\s+)?"
            + IND_TERM
            + r"|\b"
            + REGULATOR
            + r"\s+(?P<v10>approval)\s+to\s+submit\s+(?:its\s+|the\s+|an\s+)?"
            + IND_TERM
            # "FDA lets Formosa start human tests of APP13007", "US regulators have accepted Formosa's
            # application to begin first-in-human testing"
            + r"|\b"
            + REGULATOR
            + r"\s+(?:[\w'’-]+\s+){0,3}?(?P<v6>lets?|allow(?:s|ed)?|permit(?:s|ted)?)\s+"
            r"(?:[\w'’.-]+\s+){1,4}?(?:to\s+)?(?:start|begin|commence|initiate)\s+"
            r"(?:first-in-human|human|clinical)\s+(?:tests?|testing|trials?|stud(?:y|ies)|dosing)\b"
            # "the MHRA, following a combined review with the Research Ethics Committee, has authorised
            # Harrowgate to begin its first-in-human study of HGT-17"
             + r"|\b" + REGULATOR + r"(?:\s*\([^()]{0,20}\))?[^.;]{0,90}?\b(?:has|(?<!\bto\s)have)\s+"
            r"(?P<v12>authori[sz]ed|approved|cleared|allowed|permitted)\s+(?:[\w'’.-]+\s+){1,4}?to\s+(?:start|begin|commence|initiate|run|conduct)\s+"
            # ("flrst-in-human": an i read as l)
            r"(?:its\s+|a\s+|the\s+)?(?:f[il]rst-in-human|human|clinical|Phase\s+(?:1|I)\w*)\s+"
            r"(?:[\w-]+\s+)?(?:tests?|testing|trials?|stud(?:y|ies)|dosing)\b"
            r"|\b(?P<v7>accepted|cleared|approved)\s+(?:[\w'’.-]+\s+){0,4}?application\s+to\s+"
            r"(?:begin|start|commence|initiate)\s+(?:first-in-human|human|clinical)\s+(?:tests?|testing|trials?)\b"
            # "has received a 'safe to proceed' letter from the U.S. Food and Drug Administration"
            r"|\b(?P<v11>safe[-\s]to[-\s]proceed)[\"'”’]?\s+(?:letter|notice|notification)\b"
        ),
        "the regulator allowed a study to proceed, or to resume after a hold",
        cues=(
            *("proceed", "resume", "may start", "may begin", "may commence", "may initiate", "can start"),
            *("can begin", "human test", "human trial", "first-in-human", "clinical test", "clinical trial"),
            *(
                "to submit",
                "in-human",
                "to begin",
                "to start",
                "to commence",
                "to initiate",
                "to conduct",
                "to run",
            ),
        ),
        unless=None,
        modal_free=True,
    ),
    Rule(
        "ind.trial_approved",
        Effect.PROVE,
        (IND,),
        _c(
            # "South Korea approves human trial of ...": a country's regulator named by the country
            r"(?:"
            + REGULATOR
            + r"|\b(?:South\s+Korea|Korea|China|Japan|India|Australia|Taiwan|Singapore|Canada|Brazil|Israel)"
            + r"(?=\s+approv))"
            + r"\s+"
            # "Korea's MFDS said on Friday it has approved a Phase 1 clinical trial"
            + r"(?:(?:said|says|announced)\s+(?:on\s+\w+\s+)?(?:that\s+)?)?"
            + _gap(3)
            + r"(?P<v>approv(?:ed|es)|clear(?:ed|s)|authori[sz](?:ed|es)|signed\s+off\s+on|allowed)\s+"
            + _NOT_TRIAL_GAP
            + r"{0,6}?"
            + _TRIAL
            + r"|(?:trials?|stud(?:y|ies))\s+"
            + _gap(3)
            + r"(?:has\s+been\s+|was\s+|were\s+|is\s+)?(?P<v2>approved|cleared|authori[sz]ed)"
            + r"\s+by\s+(?:the\s+)?"
            + REGULATOR
        ),
        "a regulator approved a clinical trial (a clinical-trial application by another name)",
        cues=("trial", "stud"),
    ),
    Rule(
        "ind.no_objection",
        Effect.PROVE,
        (IND,),
        _c(
            r"\b(?P<v>issu(?:e|es|ed)|receiv(?:e|es|ed)|obtain(?:s|ed)|grant(?:s|ed))\s+(?:an?\s+|the\s+)?no\s+objection\s+letter"
        ),
        "Health Canada's No Objection Letter for a clinical trial application",
        cues=("objection",),
    ),
    Rule(
        "ind.review_completed",
        Effect.PROVE,
        (IND,),
        _c(
            r"\b(?:30|thirty)-day\s+(?:review|investigation|waiting)\s+(?:period\s+)?"
            + _gap(12)
            + IND_TERM
            + r"[^.;]{0,80}?\b(?P<v>completed|elapsed|ended|passed|concluded|expired)\b"
            r"|"
            + IND_TERM
            + r"[^.;]{0,60}?\b(?P<v2>took\s+effect|went\s+into\s+effect|(?:became|is\s+now)\s+effective)\b"
            # "the FDA completed its 30-day safety review of an investigational new drug application"
            r"|\b(?P<v3>completed|concluded|finished)\s+(?:its\s+|the\s+|a\s+)?(?:[\w'’()-]+\s+){0,6}?"
            # ("has completed the 30-day PMDA review of its clinical trial notification")
            r"(?:30|thirty)-day"
            r"\s+(?:(?-i:[A-Z]{2,6})\s+)?(?:safety\s+)?review\s+of\s+(?:the\s+|an?\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?"
            + IND_TERM
            # "the FDA completed its review of the Investigational New Drug application for HCY-330, and the
            # Phase 1 study ... may now begin": a review done, the study free to start
            + r"|\b(?P<v6>completed|concluded|finished)\s+(?:its|the)\s+review\s+of\s+"
            r"(?:the\s+|an?\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?"
            + IND_TERM
            + r"(?=(?:(?!\b(?:before|until|once|unless|when|if)\b)[^.;]){0,120}?\b"
            r"(?:may\s+(?:now\s+)?|can\s+now\s+)(?:begin|start|proceed|commence)\b)"
            # "Corvanta's clinical trial notification for YMB-117 completed the PMDA's 30-day review"
            + r"|"
            + IND_TERM
            + r"[^.;]{0,60}?\b(?P<v4>completed|cleared|passed|concluded)\s+(?:the\s+|its\s+)?"
            r"(?:[\w'’()-]+\s+){0,6}?"
            r"(?:30|thirty)-day\s+(?:safety\s+)?review\b"
            # "the FDA's 30-day review of its application for TSL-07 passed without objection"
            r"|\b(?:30|thirty)-day\s+(?:safety\s+)?review\s+of\s+(?:its|the|their|an?)\s+(?:[\w-]+\s+){0,2}?"
            r"application\b[^.;]{0,60}?\b(?P<v5>passed|ended|expired|elapsed|concluded|lapsed)\s+without\s+"
            r"(?:any\s+)?(?:objections?|comments?|questions)\b"
        ),
        "the 30-day review of an IND or clinical trial notification ran out without objection",
        cues=("ind", "investigational", "clinical trial", "ctn", "cta", "30-day", "thirty-day"),
    ),
    Rule(
        "ind.ctr_authorised",
        Effect.PROVE,
        (IND,),
        _c(
            # ("was authorised on 17 April 2025 under the EU Clinical Trials Regulation")
            r"\b(?P<v>authori[sz]ed|approved|authori[sz]ation|approval|cleared)\s+"
            r"(?:on\s+(?:\w+\s+){1,3}?(?:\d{4}\s+)?|in\s+\w+(?:\s+\d{4})?\s+)?(?:under|through|via)\s+(?:the\s+)?"
            # ("authorised through the EU's CTIS portal under the Clinical Trials Regulation")
            r"(?:EU(?:'s|’s)?\s+|European\s+(?:Union(?:'s|’s)?\s+)?)?"
            r"(?:Clinical\s+Trials?\s+(?:Regulation|Information\s+System)|CTR|CTIS)\b"
        ),
        "a clinical trial authorised under the EU Clinical Trials Regulation (the EU's trial application)",
        cues=("ctr", "ctis", "clinical trial"),
    ),
    Rule(
        "ind.trial_go_ahead",
        Effect.PROVE,
        (IND,),
        _c(
            r"\b(?P<v>approv(?:al|ed)|go-ahead|clearance|green\s+light|authori[sz]ation|nod|permission)\s+"
            r"(?:(?:from\s+(?:the\s+)?)?[^\s;]+\s+){0,2}?"
            r"(?:to\s+(?:start|begin|initiate|conduct|run|open|commence|launch|proceed\s+with)\s+|for\s+)"
            + _NOT_TRIAL_GAP
            + r"{0,5}?"
            + _TRIAL
            # "Lanmu Biotech cleared to start China trial of LM-2208"
            + r"|\b(?P<v2>cleared|authori[sz]ed|allowed|permitted)\s+to\s+"
            r"(?:start|begin|initiate|commence|launch|open|run|proceed\s+with)\s+"
            + _NOT_TRIAL_GAP
            + r"{0,5}?"
            + _TRIAL
        ),
        "approval or go-ahead to start a clinical trial",
        cues=("trial", "stud"),
    ),
)

_IND_BLOCK = (
    Rule(
        "neg.ind_enabling",
        Effect.MASK,
        (IND,),
        _c(r"(?:\bIND|investigational\s+new\s+drug(?:\s*\(IND\))?)\s*\)?\s*[-\u2010-\u2015]?\s*enabling\b"),
        "IND-enabling studies are preclinical work, not an IND",
        scope=Scope.SPAN,
        cues=("enabling",),
    ),
    Rule(
        "neg.pre_ind",
        Effect.MASK,
        (IND,),
        _c(
            r"\bpre[-\s]?(?:IND|investigational\s+new\s+drug)(?:\s*\((?:pre-?)?IND\))?(?:\s+(?:meeting|submission|package|feedback))?"
        ),
        "a pre-IND meeting or submission is not an IND",
        scope=Scope.SPAN,
        cues=("pre",),
    ),
    Rule(
        "neg.nda_bla_maa",
        Effect.MASK,
        ALL,
        _c(
            r"(?-i:\b(?:s?NDA|s?BLA|MAA|ANDA|PMA)\b)|\b510\s?\(k\)|(?<!nvestigational\s)\bnew\s+drug\s+applications?"
            r"|\bbiologics?\s+licen[cs]e\s+applications?|\bmarketing\s+(?:authori[sz]ation\s+)?applications?"
            r"|\bpre-licen[cs]e\s+inspection"
        ),
        "NDA, BLA, MAA and 510(k) filings are marketing applications, not INDs or licences",
        scope=Scope.SPAN,
        cues=("nda", "bla", "maa", "application", "510", "pma", "pre-licen"),
    ),
    Rule(
        "neg.ind_as",
        Effect.MASK,
        (IND,),
        _c(r"\bInd[\s-]?AS\b", case=True),
        "Ind AS is the Indian accounting standard",
        scope=Scope.SPAN,
        cues=("ind",),
    ),
    Rule(
        "neg.ind_other_meaning",
        Effect.MASK,
        (IND,),
        _c(
            r"\bairport\s*\(IND\)|\((?-i:IND)\)(?=[^.;]{0,40}\bairport)"
            r"|\b(?:next\s+to|near|via|out\s+of|into|flights?\s+to|from)\s+(?-i:IND)\b(?!\s+(?:application|for|of))"
        ),
        "IND as an airport code or another word",
        scope=Scope.SPAN,
        cues=("ind",),
    ),
    Rule(
        "neg.ind_amendment",
        Effect.BLOCK,
        (IND,),
        _c(
            r"\b(?:protocol|information|safety|clinical|chemistry|CMC)\s+amendments?\b"
            r"|\b(?-i:IND)\s+amendments?\b"
        ),
        "an amendment filed to an IND already open is no application ('has submitted a protocol amendment to "
        "its active Investigational New Drug application for CB-17')",
        scope=Scope.OVERLAP,
        cues=("amendment",),
    ),
    Rule(
        "neg.ind_not_a_drug",
        Effect.BLOCK,
        (IND,),
        _c(
            r"(?-i:\bIDEs?\b)|\binvestigational\s+device\s+exemptions?\b"
            # "has put on hold the pivotal study of its spinal-cord stimulator, the device maker said"
            r"|\b(?:device\s+(?:maker|company|developer)|(?:neuro)?stimulators?)\b"
            r"|\b(?:share|percentage|proportion|number|rate|count|total)\s+of\s+(?:[\w-]+\s+){0,3}"
            r"(?:clinical\s+holds|INDs|IND\s+(?:submissions|filings|applications))\b"
            # "most partial clinical holds on cancer drugs are lifted", "reviewed 212 clinical holds", "treat
            # a clinical hold as a near-death experience": holds in general, in an analysis of many
            r"|\b(?:most|many|all|some|few|\d[\d,]*|hundreds\s+of|dozens\s+of)\s+(?:[\w-]+\s+){0,2}?"
            r"clinical\s+holds\b"
            r"|\b(?:a|any)\s+(?:partial\s+|full\s+)?clinical\s+hold\s+(?:as|is\s+(?:often|usually|typically|rarely))\b"
            r"|\b(?:after|when|once|until)\s+(?:the|its|an)\s+(?:IND|CTA)\s+(?:is|becomes|goes|takes)\b"
        ),
        "a device's IDE, counts of INDs across an industry, or an IND that will take effect later",
    ),
    Rule(
        "neg.plans_to_file",
        Effect.BLOCK,
        (IND,),
        _c(
            # (a "clinical trial plan" notification is Japan's application, no plan)
            r"\b(?:(?<!trial\s)plan(?:s|ned|ning)?|expect(?:s|ed|ing)?|intend(?:s|ed|ing)?|intention|anticipat\w+"
            # (not London's market: "AIM-listed Fenwick", "(AIM: FNWK)")
            r"|(?-i:[Aa]im)(?:s|ed|ing)?(?!\s*:|-)|targets?|on\s+track|prepar\w+|seek(?:s|ing)?|goal|timeline|would|could"
            # "picks OKB-3 as development candidate, eyes IND allowance by mid-2026"
            r"|eyes|eyeing"
            # "notes convert on IND clearance", 'a "Qualifying Milestone", defined as the FDA allowing the
            # Company's IND to go into effect': a financing's condition
            r"|convert(?:s|ed)?\s+(?:automatically\s+)?(?:on|upon)|(?:on|upon)\s+the\s+occurrence\s+of|defined\s+as"
            # (not a payment to come for an IND already filed: "will collect $5 million from Novartis
            # after the
            # Swiss group submitted a US IND")
            r"|will(?!\s+(?:also\s+)?(?:collect|receive|earn|get|be\s+paid|be\s+entitled|pay)\b)|"
            + MODAL_MAY
            + r"|might"
            r"|shall|pending|awaiting|ahead\s+of|prior\s+to|before|towards?|in\s+order\s+to|to\s+support|next|later"
            r"|with\s+a\s+view\s+to|so\s+as\s+to|in\s+anticipation\s+of|every\s+time|each\s+time|whenever"
            # "hopes", not a trial named HOPE-3
            r"|(?-i:[Hh]opes?)(?!-)|subject\s+to|schedul\w+|look\s+forward|to\s+(?:file|submit|lodge|apply)|future"
            r"|hypothetical|your"
            r"|must|need\s+to|needed\s+to|necessary\s+to|required\s+to|(?:clears?|paves?|opens?)\s+the\s+way"
            r"|bonus(?:es)?"
            # "is working with the agency to resolve the hold"
            r"|working\s+(?:closely\s+)?(?:with|to)|efforts?\s+to)\b"
        ),
        "plans, expectations and timelines to file or clear an IND are not an IND event",
        scope=Scope.PREFIX,
        window=10,
        exempt=frozenset({"ind.may_proceed"}),
    ),
    Rule(
        "neg.plans_to_apply",
        Effect.BLOCK,
        (IND,),
        _c(
            r"\b(?:plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|expect(?:s|ed|ing)?|aim(?:s|ed|ing)?|prepar(?:es|ing)"
            r"|seek(?:s|ing)?|hopes?)\s+to\s+(?:apply|file|submit|lodge)\b"
        ),
        "a plan to apply told before the regulator's long name ('intends to apply to the Ministry of Food "
        "and Drug Safety for IND approval'): no IND event",
        scope=Scope.PREFIX,
        window=18,
    ),
    Rule(
        "neg.ind_submission_ahead",
        Effect.BLOCK,
        (IND,),
        _c(
            # '"The agency's feedback allows us to proceed with confidence to our IND submission"': the filing
            # is still to come
            r"\b(?:to|toward|towards)\s+(?:our|an|the|its|their)\s+(?:planned\s+|upcoming\s+|future\s+)?"
            r"(?:IND|CTA|investigational\s+new\s+drug|clinical\s+trial\s+application)\s+(?:application\s+)?"
            r"(?:submission|filing)s?\b"
        ),
        "a step toward an IND submission still to come is no IND event",
        scope=Scope.OVERLAP,
    ),
    Rule(
        "neg.hold_background",
        Effect.BLOCK,
        (IND,),
        _c(
            r"\b(?:respon(?:se|ses|ded|ding|d)\s+to|decision\s+on|ruling\s+on|appeal\s+(?:of|against))\s+"
            r"(?:[^\s;]+\s+){0,5}?(?:clinical\s+)?holds?\b"
            # "Clinical Hold Lift Plan Accepted by FDA": a plan to have it lifted, not the lifting
            r"|\bholds?\s+(?:lift|removal|release|resolution)\s+plans?\b"
        ),
        "a response to a clinical hold, or a decision awaited on it, is neither a hold placed nor one lifted",
        cues=("hold",),
        exempt=frozenset({"ind.hold_lifted"}),
    ),
    Rule(
        "neg.hold_remains",
        Effect.BLOCK,
        (IND,),
        _c(
            r"\b(?:remains?|remained|still)\s+(?:on|under)\s+(?:an?\s+|the\s+)?(?:full\s+|partial\s+)?"
            r"(?:clinical\s+)?hold\b"
            # "FDA keeps Solid's trial on clinical hold", "the FDA is maintaining the clinical hold": kept
            r"|\b(?:keeps?|kept|keeping|maintain(?:s|ed|ing)?|upholds?|upheld|extends?|extended)\s+"
            r"(?:[\w'’-]+\s+){0,9}?(?:on\s+)?(?:an?\s+|the\s+|its\s+)?(?:full\s+|partial\s+)?clinical\s+hold\b"
            # "has submitted a complete response to the FDA addressing the clinical hold": the hold stands
            r"|\bresponse\s+(?:to\s+[^;]{0,70}?\s+)?(?:addressing|to|on|regarding|concerning)\s+"
            r"(?:the\s+|its\s+|an?\s+)?(?:FDA['’]s?\s+|FDA\s+)?(?:full\s+|partial\s+)?(?:clinical\s+)?hold\b"
            # "the study's investigational new drug application remains in effect": as it was before
            r"|\b(?:remains?|remained|still\s+is|is\s+still|continues\s+to\s+be)\s+(?:in\s+effect|active|effective)\b"
            # "With the IND in effect and our agreement in place, we're well positioned": a state, named as a
            # circumstance
            r"|\bwith\s+(?:the|its|our)\s+(?:[\w-]+\s+)?IND\s+(?:now\s+)?in\s+effect\b"
        ),
        "a trial that remains on clinical hold tells of a hold placed before, unless part of it may now go "
        "on",
        cues=("hold", "remain", "still", "continues", "response", "in effect"),
        # (or the regulator has accepted the response: "the FDA has accepted its complete response to the
        # partial hold")
        unless=_c(
            r"\b(?:allowed|allows|cleared|clears|permitted|permits)\b[^.;]{0,100}?\bto\s+proceed"
            r"|\baccept(?:s|ed)\s+(?:[\w'’-]+\s+){0,3}?(?:complete\s+)?response\s+to\b"
        ),
    ),
    Rule(
        "neg.announced_before_relative",
        Effect.BLOCK,
        ALL,
        _c(
            # "records $10.0 million of revenue from the milestone it announced in February, when the FDA
            # cleared Saxbury Pharma's IND": what a report books, told as news announced before
            r"\b(?:milestones?|licen[cs]es?|agreements?|deals?|clearances?|payments?|approvals?|(?-i:IND|CTA)s?)"
            r"\s+(?:that\s+|which\s+)?(?:it|we|the\s+company|(?-i:[A-Z])[\w&-]+)\s+(?:had\s+)?"
            r"(?:previously\s+|first\s+)?announced\s+(?:in|on|last|earlier)\b"
        ),
        "news a sentence names as announced before ('the milestone it announced in February, when the FDA "
        "cleared ...')",
        cues=("announced",),
        scope=Scope.LEAD_IN,
    ),
    Rule(
        "neg.told_in_month",
        Effect.BLOCK,
        ALL,
        _c(
            # "Shirogane disclosed in January that it had become entitled to the payment", in a May report
            r"\b(?:disclosed|announced|reported)\s+(?:in|on)\s+(?:early\s+|mid-|late\s+)?"
            + _MONTH_NAME
            + r"(?:\s+(?P<y>(?:19|20)\d\d))?\s+that\b"
        ),
        "news a sentence says the company told months before ('disclosed in January that it had become "
        "entitled to the payment', in May)",
        cues=("disclosed", "announced", "reported"),
        scope=Scope.LEAD_IN,
        dated=True,
    ),
    Rule(
        "neg.told_before_after",
        Effect.BLOCK,
        ALL,
        _c(
            r"\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:previously\s+|already\s+)?(?:announced"
            r"|reported|disclosed)\s+(?:earlier|previously|before|already)\b"
        ),
        "events a clause says were announced before ('the quarter's CTA approval and Orion milestone were "
        "announced earlier')",
        cues=("announced", "reported", "disclosed"),
        scope=Scope.CLAUSE,
    ),
    Rule(
        "neg.cites_announcement",
        Effect.BLOCK,
        ALL,
        _c(
            r"\((?:[A-Z]{2,6}\s+)?(?:announcement|release|press\s+release|market\s+release)s?,?\s+(?:dated\s+|of\s+)?"
            r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+(?:19|20)\d\d\)"
        ),
        "an event that cites the announcement that told it ('(ASX announcement, 20 February 2026)')",
        cues=("announcement", "release"),
        scope=Scope.SENTENCE,
    ),
    Rule(
        "neg.job_posting",
        Effect.BLOCK,
        ALL,
        _c(
            r"\b(?:is|are)\s+hiring\b|\bwe\s+are\s+(?:looking|seeking)\s+(?:for\s+)?an?\b"
            r"|\bresponsibilities\s+(?:include|will\s+include)\b|\bthe\s+(?:successful\s+|ideal\s+)?candidate\s+will\b"
        ),
        "a job posting's duties ('Calvera Bio is hiring an associate director to author and submit INDs')",
        cues=("hiring", "looking", "seeking", "responsibilities", "candidate"),
        scope=Scope.SENTENCE,
    ),
    Rule(
        "neg.definition",
        Effect.BLOCK,
        ALL,
        # (not a dateline: "HONG KONG -- The board of ...", "Boston -- The company")
        _c(
            r"(?-i:^\s*(?:[A-Z][a-z][\w/&()'’-]*\s+)(?:[A-Za-z][\w/&()'’-]*\s+){0,3}(?:--|—|–)\s+(?:An?|Any)\s)"
        ),
        "a glossary's entry ('Clinical hold -- An order from the FDA delaying or suspending a clinical "
        "investigation')",
        scope=Scope.SENTENCE,
    ),
    Rule(
        "neg.risk_named",
        Effect.BLOCK,
        ALL,
        # (not a patient "at risk of disease progression")
        _c(
            r"\b(?<!at\s)(?<!high\s)(?<!higher\s)risks?\s+(?:including|such\s+as|related\s+to|associated\s+with"
            r"|relating\s+to)\b|\brisks\s+of\b|\brisk\s+factors?\b"
            # "its plan to submit an IND ... and the risk of clinical holds"
            r"|\bthe\s+risks?\s+of\b"
        ),
        "a risk named, not an event ('risks including clinical holds and the timing of IND clearances')",
        cues=("risk",),
        scope=Scope.LEAD_IN,
    ),
    Rule(
        "neg.generic_sponsor",
        Effect.BLOCK,
        (IND,),
        _c(
            r"\b(?:a|any)\s+sponsor\s+(?:notifies|submits|files|lodges|must|may|can|needs\s+to|is\s+required)\b"
            r"|\bsponsors\s+(?:notify|submit|file|lodge|must|may|can|need\s+to|are\s+required)\b"
        ),
        "how a scheme works, told of any sponsor ('Under Australia's CTN scheme, a sponsor notifies the TGA "
        "of a trial that has been approved by an HREC')",
        cues=("sponsor",),
        scope=Scope.SENTENCE,
    ),
    Rule(
        "neg.ethics_only",
        Effect.BLOCK,
        (IND,),
        _c(
            r"\b(?:HREC|IRB|ethics\s+committee|institutional\s+review\s+board|research\s+ethics"
            r"|ethics\s+(?:approval|clearance))\b"
        ),
        "an ethics committee's approval alone is not a regulator's clearance of a trial application",
        cues=("hrec", "irb", "ethics", "review board"),
        # (a regulator named before any plan: "the company will notify the TGA under the CTN scheme" is still
        # ethics approval alone)
        unless=_c(
            r"^(?:(?!\bwill\b|\bplans?\s+to\b|\bintends?\s+to\b|\bexpects?\s+to\b).){0,400}?"
            r"(?:(?-i:\b(?:CTN|CTA|IND|TGA|FDA|MHRA|PMDA|NMPA|EMA)\b)|\bnotif(?:ied|ication)\s+(?:was|has|had)"
            r"|\b(?:submitted|lodged|filed|completed)\b)"
        ),
    ),
    Rule(
        "neg.ind_conditional",
        Effect.BLOCK,
        (IND,),
        _c(
            r"\b(?:if|once|unless|whether|provided|assuming|should|only\s+(?:when|after|upon|on)|until"
            r"|(?:tied|linked|subject|contingent|conditional|conditioned)\s+(?:to|on|upon)"
            # "a further $60 million payable when pre-specified development milestones, including FDA
            # clearance of the ALD-301 IND, are met": money promised on the event
            # ("a CVR of up to $2.25 per share payable on an IND clearance for LYS-72")
            r"|(?:payable|due|released|funded|paid|disbursed)\s+(?:only\s+)?(?:when|once|upon|after|on)"
            # "options ... may be exercised as the program reaches pre-agreed development milestones: FDA
            # clearance of an Investigational New Drug application": the clearance listed as a goal
            r"|(?:reach(?:es|ed)?|meet(?:s)?|achiev(?:e|es|ed))\s+(?:[\w-]+\s+){0,3}?milestones?\s*(?::|,\s+including"
            r"|,?\s+such\s+as)\s+(?:[\w-]+\s+){0,2}?(?:clearance|acceptance|approval|allowance))\b"
            # "up to $25 million on IND acceptance": money a deal promises on the event, a term of it
            r"|\bup\s+to\s+[^\s;]+(?:\s+(?:million|billion))?\s+(?:on|upon)\b"
            # "with $30 million more due on IND clearance": a payment a new deal promises on the event
            r"|\b(?:due|payable)\s+(?:on|upon)\s+(?:the\s+)?(?:IND|CTA)\b"
            # "a further $15 million on acceptance of Qiantang's first IND in China": the same, named after
            # ("a further $10,000,000 upon clearance of the first IND", in figures)
            r"|\b(?:million|billion|\d{1,3}(?:,\d{3}){2,})\s+(?:[\w-]+\s+){0,2}?(?:on|upon)\s+(?:the\s+)?"
            r"(?:acceptance|clearance|approval|submission|filing|allowance)\s+of\b"
            # "RMB 72.0 million upfront, RMB 36.0 million on IND acceptance in China": the same, named before
            # (not "pays Orion Bio $5 million milestone on IND clearance": a milestone paid now)
            r"|\b(?:million|billion|bn|m)\s+(?:(?:more|further|payable|due)\s+)?(?:on|upon)\s+(?:the\s+)?(?:first\s+)?"
            r"(?-i:IND|CTA|CTN)s?\s+(?:acceptance|clearance|approval|submission|filing|allowance)\b"
            # "for $15 million upfront, a $10 million payment on China IND clearance and up to $185 million":
            # a sum listed after an upfront fee is a term of the deal, whatever it is called
            r"|\bup-?front\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\b(?:million|billion|bn|m)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:on|upon)\s+(?:the\s+)?(?:first\s+)?(?:(?-i:[A-Z][\w.]*)\s+)?"
            r"(?-i:IND|CTA|CTN)s?\s+(?:acceptance|clearance|approval|submission|filing|allowance)\b"
        ),
        "a conditional IND event ('if the FDA clears the IND', 'a tranche tied to IND clearance', 'up to "
        "$25 million on IND acceptance')",
        scope=Scope.PREFIX,
    ),
    Rule(
        "neg.ind_would_trigger",
        Effect.BLOCK,
        (IND,),
        _c(
            r"\b(?:(?:clearance|acceptance|approval|allowance|activation)\s+of\s+[^.;]{0,60}?"
            r"|(?-i:IND|CTA|CTN)\s+(?:clearance|acceptance|approval|allowance|activation)\s+)(?:would|could|might)\s+"
            r"(?:trigger|entitle|earn|result\s+in|lead\s+to|bring)\b"
        ),
        "an IND event named as what would set off a payment ('clearance of the AUR-09 IND would trigger a $5 "
        "million milestone payment'): a deal's term, not news",
        scope=Scope.CLAUSE,
    ),
    Rule(
        "neg.ind_targeted",
        Effect.BLOCK,
        (IND,),
        _c(
            # "IND submission to the FDA targeted for H2 CY2025", "a CTN and US IND are targeted for the
            # second half": a filing with a date set for it is a plan
            r"(?:\s+(?!(?:and|but|while|whereas|which|that)\b)" + _WORD_OR_ABBREVIATION + r"){0,10}?,?\s+"
            r"(?:(?:is|are|remains?|now|currently"
            r"|still)\s+)?(?:targeted|planned|scheduled|slated|expected|anticipated|projected|foreseen)\s+"
            r"(?:for|in|by|during|within|around|before|no\s+later\s+than)\b"
            # "to finish IND-enabling work and file an IND next year"
            # "intends to notify a study under the CTN scheme in 2026, file a US IND afterwards": after the
            # plan
            r"|\s+(?:afterwards|thereafter)\b"
            r"|(?:\s+(?!(?:and|but|while|whereas|which|that)\b)[^\s;,.]+){0,6}?\s+(?:next|later\s+this|later\s+in\s+the"
            r"|in\s+the\s+coming|early\s+next|late\s+next)\s+(?:year|quarter|month|spring|summer|autumn|fall|winter"
            r"|half|months|weeks)\b"
            # "including the filing of an IND with the NMPA, which Peony expects to submit in the second half
            # of 2025": the filing a relative clause says is still to be made
            r"|(?:\s+[^\s;.]+){0,12}?\s+which\s+(?:[\w-]+\s+){0,3}?(?:expects?|plans?|intends?|aims?|anticipates?"
            r"|hopes?|is\s+expected|are\s+expected)\s+to\s+(?:submit|file|lodge|make|send)\b"
        ),
        "an IND filing with a time set for it ('IND submission targeted for H2 2025', 'file an IND next "
        "year')",
        scope=Scope.AFTER,
        cues=(
            *("targeted", "planned", "scheduled", "slated", "expected", "anticipated", "projected"),
            *("foreseen", "next", "later", "coming", "afterwards", "thereafter"),
            *("expect", "plan", "intend", "aim", "anticipate", "hope"),
        ),
    ),
    Rule(
        "neg.record_told",
        Effect.BLOCK,
        (IND,),
        _c(
            r"\b(?:was|were)\s+the\s+(?:first|second|third|fourth|fifth|only)\s+(?:[\w-]+\s+){0,6}?"
            r"to\s+(?:receive|obtain|win|get|gain|secure)\b"
        ),
        "a place in a record told in the past ('JAB-3068 was the second SHP2 inhibitor worldwide to receive "
        "U.S. FDA IND clearance'), not the news",
        scope=Scope.PREFIX,
    ),
    Rule(
        "neg.ind_background_clearance",
        Effect.BLOCK,
        (IND,),
        # (not "its subsidiary has also cleared the TGA's clinical trial notification process": news told
        # beside other news, in the present perfect)
        _c(
            r"\b(?:previously|already|earlier|prior|(?<!\bhas\s)(?<!\bhave\s)also)\s+"
            r"(?:received|obtained|cleared|had|been)\b"
        ),
        "an earlier IND clearance recalled as background",
        scope=Scope.PREFIX,
    ),
)

# --- licensing --------------------------------------------------------------------------------------------
_LIC_PROVE = (
    Rule(
        "licensing.agreement_signed",
        Effect.PROVE,
        (L,),
        _c(
            r"\b(?P<v>enter(?:s|ed|ing)?(?:\s+into)?|sign(?:s|ed|ing)?|announc(?:e|es|ed|ing)|execut(?:e|es|ed)"
            r"|conclud(?:e|es|ed)|strik(?:e|es)|struck|unveil(?:s|ed)|ink(?:s|ed)?|finali[sz](?:e|es|ed)"
            r"|agree(?:s|d)?\s+(?:on|to)|forg(?:e|es|ed)|seal(?:s|ed)|partner(?:s|ed)?\s+with"
            r"|team(?:s|ed)?\s+up\s+with|join(?:s|ed)?\s+forces\s+with)\s+"
            + _gap(8)
            + r"(?:exclusive\s+|global\s+|worldwide\s+)*"
            + r"(?:(?:out-|in-)?"
            + _LICENCE
            + r"\b[^.;]{0,60}?\b"
            + _AGREEMENT
            + r"|(?:sub-?)?licen[cs]es?\s+(?:with|for|to|covering)\b)"
            r"|\b(?P<v2>complet(?:e|es|ed))\s+(?:an?\s+|its\s+|the\s+)?(?:exclusive\s+|global\s+)*"
            r"(?:out-|in-)?licen\w*\s+(?:deal|agreement|transaction|pact)\b"
            # a Korean or Japanese disclosure's heading: "Conclusion of Technology Transfer (License-Out)
            # Agreement"; and its summary: "discloses a license-out of HN-1104 to Brightmoor"
            r"|\b(?P<v3>conclusion|execution)\s+of\s+(?:an?\s+|the\s+)?[^.;:]{0,40}?\blicen[cs]e(?:-out|-in)?\)?\s+"
            r"agreement\b"
            r"|\b(?P<v4>disclos(?:e|es|ed)|announc(?:e|es|ed)|report(?:s|ed)?|complet(?:e|es|ed))\s+"
            r"(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?licen[cs]e-(?:out|in)\s+(?:deal\s+|agreement\s+)?"
            r"(?:of|for|to|with)\b"
            # a filing feed's summary: "In its quarterly report IVERIC bio discloses a June 30, 2022 exclusive
            # worldwide license from DelSiTech"
            r"|\b(?P<v5>disclos(?:e|es|ed))\s+(?:an?|one)\s+(?:[\w,-]+\s+){0,6}?licen[cs]e\s+"
            r"(?:agreement\s+)?(?:from|with|to)\s+(?-i:[A-Z])"
            # "is expanding its partnership into neurology through a new discovery collaboration and
            # option-to-license agreement": a new deal named by what it is
            r"|\b(?P<v6>through|via|under)\s+(?:a|its)\s+new\s+(?:[\w-]+\s+){0,3}?(?:and\s+)?"
            r"(?:option[-\s]to[-\s]licen[cs]e|licen[cs]e|licensing)\s+agreement\b"
        ),
        "a new licence, sublicence or option agreement entered into",
        cues=("licen", "option"),
    ),
    Rule(
        "licensing.rights_granted",
        Effect.PROVE,
        (L,),
        _c(
            # ("has transferred Greater China rights to its bispecific antibody HNB-201 to Suzhou Jinmai")
            r"\b(?P<v>grant(?:s|ed|ing)?|giv(?:e|es|ing)|gave|(?<!the\s)award(?:s|ed)?|hand(?:s|ed|ing)?(?!\s+back)"
            # ("Helvexa has conferred on the Company the sole and exclusive right to import, register and
            # market")
            r"|transferr(?:ed|ing)(?!\s+back)|confer(?:s|red|ring))\s+"
            + _gap(12)
            + r"(?:an?\s+|the\s+)?"
            + _gap(6)
            + _RIGHTS
        ),
        "a grant of a licence, an option or rights to develop or sell a product",
        cues=("right", "licen", "option"),
    ),
    Rule(
        "licensing.rights_obtained",
        Effect.PROVE,
        (L,),
        _c(
            r"\b(?P<v>obtain(?:s|ed|ing)?|gain(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|acquir(?:e|es|ed|ing)"
            r"|tak(?:e|es|en|ing)|took|secur(?:e|es|ed|ing)|nab(?:s|bed)?|land(?:s|ed)|gets?|got|buy(?:s|ing)?"
            r"|bought|add(?:s|ed|ing)?|wins?|won|pick(?:s|ed|ing)?\s+up|grab(?:s|bed)?|snag(?:s|ged)?"
            r"|scoop(?:s|ed)?|bag(?:s|ged)?)\s+"
            + _gap(6)
            + _RIGHTS
            # "will pay an option fee ... and will then hold exclusive rights", "will lead and hold the rights
            # to develop and commercialize every ophthalmology program": a new deal's term
            + r"|\bwill\s+(?:then\s+|[a-z]+\s+and\s+)?(?P<v4>hold)\s+(?:the\s+)?(?:exclusive\s+"
            + _gap(3)
            + _RIGHTS
            + r"|rights\s+to\s+(?:develop|commerciali[sz]e|market|manufacture|sell)\b)"
            + r"|\b(?:rights?|licen[cs]es?)\s+"
            + _gap(12)
            + r"(?:(?:have|has)\s+been\s+|(?:was|were)\s+)?"
            r"(?P<v3>acquired|obtained|secured|taken|in-licensed)\s+by\s+(?-i:[A-Z])"
            + r"|\b(?P<v2>pa(?:y|ys|id|ying)|spen(?:d|ds|t))\s+"
            + _gap(10)
            + r"for\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:rights?|licen[cs]es?)\b"
        ),
        "a partner obtains a licence, an option or rights",
        cues=("right", "licen", "option"),
    ),
    Rule(
        "licensing.dev_commercialisation",
        Effect.PROVE,
        (L,),
        _c(
            r"\b(?P<v>enter(?:s|ed)?\s+into|sign(?:s|ed)?|announc(?:e|es|ed)|execut(?:e|es|ed)|conclud(?:e|es|ed)"
            r"|unveil(?:s|ed)|form(?:s|ed)|enter)\s+"
            + _gap(6)
            + r"(?:(?:(?:co-?)?development\s+and\s+(?:co-?)?commerciali[sz]ation|co-?development"
            r"|co-?commerciali[sz]ation|commerciali[sz]ation)\s+"
            + _gap(2)
            + _AGREEMENT
            # ("concluded an agreement with Amgen Inc. (NASDAQ: AMGN) to jointly develop and commercialize")
            + r"|(?:collaboration|agreement|partnership)\s+(?:with\s+[^;]{1,60}?\s+)?"
            r"(?:(?:for|to)\s+(?:the\s+)?)"
            r"(?:(?:jointly\s+|co-?)?develop(?:ment)?\s+and\s+)?(?:co-?)?commerciali[sz](?:e|ation))"
            # "Amgen pays Kyowa Kirin $400 million upfront to co-develop KHK4083"
            r"|\b(?P<v2>pa(?:ys|id|ying|y))\s+"
            + _gap(8)
            + r"(?:upfront|up-front|up\s+front)\s+(?:\w+\s+){0,2}?to\s+(?:co-?develop|jointly\s+develop)\b"
            # "Kyowa Kirin and Amgen will jointly develop and commercialise KHK4083"
            # ("Kyowa Kirin and Amgen to Jointly Develop and Commercialize KHK4083", a headline's future)
            r"|\b(?P<v3>will|(?<=\w\s)to)\s+(?:jointly\s+develop\s+and\s+(?:co-?)?commerciali[sz]e"
            r"|co-?develop\s+and\s+co-?commerciali[sz]e)\b"
            # "Pfizer will commercialise rimegepant outside the United States, paying Biohaven $150 million",
            # "Pfizer pays $500 million to take Biohaven's migraine drugs outside the US": a territory's
            # rights bought
            r"|\b(?P<v4>will\s+(?:develop\s+and\s+)?commerciali[sz]e)\s+(?:[\w-]+\s+){1,6}?"
            + _OUTSIDE_A_MARKET
            + r"[^.;]{0,30}?\bpaying\b"
            r"|\b(?P<v5>pa(?:ys|id|ying|y))\s+"
            + _gap(5)
            + r"to\s+take\s+(?:[\w'’-]+\s+){1,5}?"
            + _OUTSIDE_A_MARKET
            + r"\b"
        ),
        "a development and commercialisation agreement (a grant of rights to develop and sell), or a "
        "territory's rights paid for",
        cues=("commerciali", "co-develop", "codevelop", "jointly", "to take"),
    ),
    Rule(
        "licensing.licenses",
        Effect.PROVE,
        (L,),
        _c(
            # (not an aside on a firm: "Ostara Biologics, Inc. ("Ostara"), which licenses the Company's
            # platform,
            # informed the Company")
            r"(?:(?-i:\b[A-Z][\w'.&-]*)\)?|\b(?:it|(?<!,\s)which|that|also|now|today|company))\s+"
            r"(?P<v>(?:out-|in-|sub-?)?licenses)\b(?!\s+(?:to|for|from|and|of|in|with|under)\b)"
            r"|\b(?P<v2>(?:has|have)\s+(?:now\s+)?(?:exclusively\s+)?(?:out-|in-|sub-?)?licensed"
            r"|(?:will|to|agreed\s+to|agrees\s+to)\s+(?:exclusively\s+)?(?:out-|in-|sub-?)?license"
            r"|(?:is|are)\s+(?:out-|in-)?licensing"
            # (not "Licensing Revenue Rises to DKK 412 Million": money it earns)
            r"|(?:out-|in-)?licensing(?!\s+(?:revenues?|income|fees?|sales|receipts)\b)"
            r"(?=\s+[^\s;]+(?:\s+[^\s;]+){0,3}\s+to\s+(?-i:[A-Z])))\b"
            r"|\b(?!(?:is|are)\b)[\w')]{1,40}\s+(?P<v3>(?:out-|sub-?)?licensed)\s+(?:out\s+)?(?:to|by)\s+(?-i:[A-Z])"
            r"[^.;]{0,40}?\b(?:in|for|under)\s+(?:an?\s+)?(?:[^\s;]+\s+){0,4}?"
            r"(?:(?:deal|pact|agreement|transaction)\b|[$€£¥]|(?:US|USD|EUR|CHF|GBP)\s?\$?\d)"
            # "it in-licensed North American and European rights to SKR-3"
            r"|(?:(?-i:\b(?!(?:The|This|These|Those|Its|Our|Their|Such|Any|All)\b)[A-Z][\w'.&-]*)"
            r"|\b(?:it|they|company))\s+(?P<v4>(?:out-|in-)licensed)\s+"
            r"(?:[\w'’-]+\s+){0,6}?rights?\b"
            # a second piece of news in a headline: "Reports Half-Year 2024 Results and Licenses Greater China
            # Rights to LT-208 to Qiantai Biopharma"
            r"|\band\s+(?P<v5>(?:out-|sub-?)?licenses)\s+(?:[\w'’-]+\s+){0,4}?rights\s+to\b"
            # the perfect of a verb before carries over: "has earned a NOK 35 million milestone from Ardent
            # and licensed Greater China rights to BRV-9 to Huaxin"
            # (and with an aside: "has raised $40 million in a Series B round and, alongside it,
            # in-licensed")
            r"|\b(?:has|have)\s+(?:now\s+|also\s+)?[a-z]+ed\b(?:[^.;]|(?<=\d)\.(?=\d)){0,120}?\band\s*"
            r"(?:,[^,;]{1,40},\s*)?"
            r"(?P<v6>(?:out-|in-|sub-?)?licensed)\s+(?:[\w'’-]+\s+){0,4}?rights\s+to\b"
            # the simple past, or "after licensing", with the deal it made: "Hanseong Bio licensed its oral
            # FXR agonist HS-1187 to U.S.-based Verrault Pharmaceuticals in a deal worth up to KRW 1.1
            # trillion"
            r"|(?:(?-i:\b(?!(?:The|This|These|Those|Its|Our|Their|Such|Any|All|It)\b)[A-Z][\w'.&-]*)"
            r"|\bafter)\s+(?:(?:out-|sub-?)?licensed|licensing)\s+(?:[\w'’.-]+\s+){1,8}?to\s+(?:[\w.-]+\s+){0,2}?"
            r"(?-i:[A-Z])[^.;]{0,80}?\b(?:in\s+an?\s+(?:[\w$€£¥.,-]+\s+){0,4}?(?:deal|pact|agreement|transaction)"
            r"|worth|valued\s+at|for\s+(?:an?\s+)?(?:up-?front|upfront))\b"
        ),
        "a company licenses a product or technology to or from another",
        cues=("licen",),
    ),
    Rule(
        "licensing.option_exercised",
        Effect.PROVE,
        (L,),
        _c(
            r"\b(?P<v>exercis(?:e|es|ed|ing))\s+"
            + _gap(3)
            + r"options?\b|\b(?P<v2>option\s+exercise|opt(?:s|ed)?[-\s]in|opt-in)\b"
            r"|\b(?P<v3>exercis(?:e|es|ed|ing))\s+(?:its|their|the|a)\s+right\s+to\s+(?:acquire|obtain|take|receive)\s+"
            r"(?:an?\s+|the\s+)?(?:exclusive\s+|non-exclusive\s+)?(?:licen[cs]e|rights)\b"
        ),
        "an option to license exercised (opt-in)",
        cues=("exercis", "opt"),
    ),
    Rule(
        "licensing.pays_under_agreement",
        Effect.PROVE,
        (L,),
        _c(
            # "Regeneron will pay Alnylam $400 million upfront ... under a collaboration and license
            # agreement": money a partner is to pay at signing names a deal made now, though no grant is told
            r"\b(?P<v>(?:will|to|agreed\s+to|agrees\s+to)\s+pay)\s+[^.;]{0,80}?\b(?:up-?front|up\s+front)\b"
            r"[^.;]{0,200}?\bunder\s+(?:a|an|the\s+new|a\s+new)\s+(?:[\w-]+\s+){0,4}?licen[cs](?:e|ing)\s+"
            r"(?:and\s+[\w-]+\s+)?agreements?\b"
        ),
        "a partner to pay an upfront under a licence agreement, told as the deal ('will pay Alnylam $400 "
        "million upfront ... under a collaboration and license agreement')",
        cues=("pay",),
    ),
    Rule(
        "licensing.rights_kept",
        Effect.PROVE,
        (L,),
        _c(
            # "Jazz has decided to continue its exclusive license", "elected to keep its rights": a
            # licensee's choice at a decision point the deal set, which keeps the licence (and its fee)
            r"\b(?P<v>elect(?:s|ed)|decid(?:es|ed)|cho(?:se|oses)|opt(?:s|ed))\s+to\s+"
            r"(?:continue|keep|retain|maintain)\s+(?:its|their|the)\s+(?:(?:exclusive|worldwide|global)\s+)*"
            r"(?:licen[cs]e|rights)\b"
        ),
        "a licensee's decision to keep a licence at a point the deal gave it the choice",
        cues=("continue", "keep", "retain", "maintain"),
    ),
    Rule(
        "licensing.option_declined",
        Effect.PROVE,
        (L,),
        _c(
            r"\b(?P<v>(?:decided\s+)?not\s+to\s+exercise|will\s+not\s+exercise|declin(?:e|es|ed|ing)(?:\s+to\s+exercise)?"
            r"|chose\s+not\s+to\s+exercise|drop(?:s|ped|ping)?|(?:will|did|does)\s+not\s+retain|not\s+to\s+retain"
            r"|g(?:ive|ives|ave|iving)\s+up)\s+" + _gap(3) + r"(?:licen[cs]e\s+)?options?\b"
        ),
        "a partner declines a licence option, ending it",
        cues=("option",),
        modal_free=True,
    ),
    Rule(
        "licensing.terminated",
        Effect.PROVE,
        (L,),
        _c(
            # (not a participle that describes a deal by its past: "describes ... the ended Halloran
            # collaboration", "under the terminated licence")
            r"\b(?!(?:(?<=\bthe\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=\bour\s)|(?<=\ba\s)|(?<=\bnow-))"
            r"(?:ended|terminated|cancell?ed|rescinded|discontinued|dissolved)\s)"
            r"(?P<v>terminat(?:e|es|ed|ing|ion)|end(?:s|ed|ing)?|discontinu(?:e|es|ed)|rescind(?:s|ed)?|cancel(?:s|led|ed)?"
            r"|exit(?:s|ed|ing)?|dissolv(?:e|es|ed))"
            # (an aside in commas: "terminating, for convenience, the collaboration and license agreement")
            r"(?:,\s+(?:[^\s,;]+\s+){0,3}?[^\s,;]+,)?\s+(?:of\s+)?" + _gap(6) + r"(?:licen[cs]es?|licensing"
            r"|" + _NOT_A_CHOICE + r"options?"
            r"|collaborations?|co-development|partnerships?|alliances?" + r"|pacts?)\b"
            # (words between that stay in one clause: "collaboration revenue, and ended the quarter" is none)
            # (nor "on $40.0 million of collaboration revenue and ended September with $212.6 million": the
            # quarter's figures)
            r"|\b(?:licen[cs]e|option|collaboration)\s+(?:agreement\s+)?"
            r"(?:(?!(?:and|revenues?|income|expenses?)\b)[^\s;,]+\s+){0,2}?"
            r"(?:will\s+)?(?:now\s+)?(?P<v2>terminates|ends|ended|terminated|expires)\b"
            # "Grau Pharma has served notice that it is walking away from the 2021 agreement under which it
            # held rights outside the United States to VFB-9"
            r"|\b(?P<v3>walk(?:s|ing|ed)?\s+away|pull(?:s|ing|ed)?\s+out|withdraw(?:s|ing|n)?|withdrew)\s+from\s+"
            r"(?:the|its|their|our)\s+(?:[\w-]+\s+){0,3}?(?:agreement|licen[cs]e|deal|pact|collaboration|partnership"
            r"|alliance)\b(?=[^.;]{0,60}?\b(?:rights?|licen[cs]\w*|commerciali[sz]\w*|develop\w*)\b)"
        ),
        "a licence, option or licensing collaboration terminated or ended",
        cues=(
            *("terminat", "end", "exit", "rescind", "cancel", "discontinu", "dissolv"),
            *("walk", "pull", "withdr"),
        ),
    ),
    Rule(
        "licensing.rights_returned",
        Effect.PROVE,
        (L,),
        _c(
            r"\b(?P<v>regain(?:s|ed|ing)?|return(?:s|ed|ing)?|hand(?:s|ed|ing)?\s+back|tak(?:e|es|ing)\s+back"
            r"|took\s+back|reacquir\w+|revert(?:s|ed|ing)?)\s+" + _gap(6) + r"(?:rights?|licen[cs]es?)\b"
            r"|\b(?P<v2>hand(?:s|ed|ing)?\s+back)\b"
            r"|\brights?\s+" + _gap(12) + r"(?P<v3>return(?:s|ed)?|revert(?:s|ed)?)\s+to\b"
            # "hands two discovery programs back to Voyager", "returns the OB-7 programme to Orion"
            r"|\b(?P<v4>hand(?:s|ed|ing)?|return(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,4}?"
            r"(?:programs?|programmes?|assets?|candidates?|compounds?|antibod(?:y|ies)|molecules?)\s+(?:back\s+)?to\b"
        ),
        "rights returned to the licensor (a licence ended)",
        cues=("right", "back", "licen", "return"),
    ),
    Rule(
        "licensing.amended",
        Effect.PROVE,
        (L,),
        _c(
            r"\b(?P<v>amend(?:s|ed|ing)?|amendment(?:\s+No\.?\s*\d+)?(?:\s*\([^()]{0,30}\))?\s+(?:to|of)"
            r"|restat(?:e|es|ed)|restructur(?:e|es|ed|ing)"
            r"|renegotiat\w+)\s+"
            + _gap(6)
            + r"(?:licen[cs]es?|licensing|options?|collaborations?|partnerships?|alliances?|pacts?"
            + r"|co-development)\b"
            r"|\b(?P<v2>expand(?:s|ed|ing)?|extend(?:s|ed|ing)?|widen(?:s|ed|ing)?|broaden(?:s|ed|ing)?)\s+"
            + _gap(5)
            + r"(?:licen[cs]es?|licensing|options?|licen[cs]ed\s+territor(?:y|ies))\b"
            # "an amendment to its 2023 agreement extends its exclusive rights to FNW-15 to Japan"
            r"|\b(?P<v3>expands|expanded|extends|extended|widens|widened|broadens|broadened)\s+"
            + _gap(3)
            + r"(?:exclusive|licen[cs]ed|commerciali[sz]ation|development)\s+rights\b"
            # "has widened Teramoto Pharmaceutical's rights to SKB-650 to South Korea": a partner's rights
            # to a drug, widened
            r"|\b(?P<v7>expands|expanded|extends|extended|widens|widened|broadens|broadened)\s+"
            r"(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3}?['’]s?\s+rights\s+to\b"
            # "Under the amendment, Teramoto's territory is extended from Japan to also include South Korea"
            r"|(?-i:[A-Z])[\w&.-]*['’]s?\s+(?:territory|territories)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
            r"(?P<v8>expanded|extended|widened|broadened)\s+(?:to|from)\b"
            # "Kaimon Pharma licence expanded to Japan", "the licensed territory is extended to include
            # Japan", "Kaimon Pharma has added Japan to its licence for LY-09"
             + r"|\b(?:licen[cs]e|licensed\s+territory)\s+(?:(?:is|was|has\s+been|have\s+been)\s+)?"
            # ("The China licence has been amended so that ASK pays Shield a $7.9 million milestone")
            r"(?P<v4>expanded|extended|widened|broadened|amended)\s+(?:to|so\s+that)\b"
            # ("will pay JPY 800 million upfront to add mainland China to its licence", "will add mainland
            # China to the territory covered by their licence")
            r"|\b(?P<v5>add(?:s|ed|ing)?)\s+(?:(?:mainland|greater|continental)\s+)?(?-i:[A-Z][\w-]*)"
            r"(?:\s+(?-i:[A-Z][\w-]*)){0,2}"
            r"(?:(?:,|\s+and)\s+(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,2})*\s+to\s+(?:its|the|their)\s+"
            r"(?:(?:exclusive\s+)?licen[cs]e|licensed\s+territor(?:y|ies)"
            r"|territor(?:y|ies)\s+(?:covered\s+by|under|of)\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,2}?licen[cs]e)\b"
            # "amended its 2020 non-exclusive agreement with MSD into an exclusive licence", "turns its
            # Keytruda pact into an exclusive licence": a deal made a licence
            r"|\b(?P<v6>amend(?:s|ed|ing)?|convert(?:s|ed|ing)?|turn(?:s|ed|ing)?|upgrad(?:es|ed|ing))\s+"
            + _gap(10)
            + r"into\s+(?:an?\s+)?(?:exclusive|global|worldwide|full)\s+(?:[\w-]+\s+){0,2}?licen[cs]e\b"
        ),
        "a licence amended, restated, extended or restructured, its licensed territory widened, or a deal "
        "made a licence",
        cues=(
            "convert",
            "turn",
            "upgrad",
            "amend",
            "restat",
            "restructur",
            "renegotiat",
            "expand",
            "extend",
            "widen",
            "broaden",
            "add",
        ),
    ),
    Rule(
        "licensing.closing",
        Effect.PROVE,
        (L,),
        _c(
            r"\b(?P<v>clos(?:ing|ed|es)|complet(?:ed|es|ion)|consummat\w+)\s+(?:of\s+)?(?:on\s+[^;]{0,30}?\s+)?"
            r"(?:the\s+|its\s+|their\s+|an?\s+)?"
            + _gap(3)
            + r"(?:amendment|transaction|deal|agreement|licen[cs]e"
            r"|option)\b[^.;]{0,80}?\b(?:licen[cs]e|licensing|option)\b"
            r"|\b(?P<v2>(?:HSR|Hart-Scott-Rodino|antitrust)\s+"
            + _gap(3)
            + r"(?:clear\w*|expir\w*))\b[^.;]{0,80}?"
            r"\b(?:licen[cs]e|licensing|option)\b"
            r"|\b(?:licen[cs]e|option)\s+"
            + _gap(4)
            + r"(?:agreement|transaction|deal)\s+(?:has\s+)?(?P<v3>closed"
            r"|became\s+effective)\b"
        ),
        "a licence or option deal closed or its amendment completed",
        cues=("clos", "complet", "consummat", "hsr", "hart-scott", "antitrust"),
    ),
)

_LIC_BLOCK = (
    Rule(
        "neg.background_licence",
        Effect.BLOCK,
        (L,),
        _c(
            r"\bunder\s+(?:the|a|an|its|their|this|that|our|these|those)?\s*"
            + _gap(5)
            + r"(?:licen[cs]e|licensing|collaboration|option|development|partnership)\s+(?:and\s+[^\s;]+\s+)?"
            r"(?:agreements?|alliance|collaboration|deal)\b"
            r"|\bunder\s+(?:the|its|their|our|this|that|(?:[\w-]+\s+){0,2}?[\w-]+(?:'s|s'))\s+"
            r"(?:(?:amended|restated|existing|original|earlier|prior|[\w-]+)\s+){0,2}?"
            r"(?:licen[cs]e|licensing|collaboration|partnership|alliance|agreement)s?\b"
            r"|\bsince\s+(?:signing|the\s+(?:deal|agreement|licen[cs]e))"
            r"|\bwhen\s+the\s+(?:deal|agreement|licen[cs]e|alliance)\s+was\s+(?:signed|struck|agreed)"
        ),
        "a licence named as the background of another event ('under the 2007 license agreement')",
        scope=Scope.OVERLAP,
        # (whose own words name a new agreement the money is paid under)
        exempt=frozenset({"licensing.pays_under_agreement"}),
    ),
    Rule(
        "neg.year_in_review",
        Effect.BLOCK,
        ALL,
        _c(
            r"\b(?:a|the|its|their|our)\s+(?:[\w-]+\s+)?(?:year|quarter|half|decade|period|(?:19|20)\d\d)\s+"
            r"(?:in\s+which|that\s+saw|when)\b"
        ),
        "events told as what a year under review held ('reviewed a 2025 in which it signed a licence, earned "
        "a $12 million milestone')",
        scope=Scope.PREFIX,
        cues=("which", "saw", "when"),
    ),
    Rule(
        "neg.dated_event_noun",
        Effect.BLOCK,
        (M, IND),
        _c(_NAMED_BY_YEAR + r"(?:IND|CTA|clearances?|holds?|milestones?|payments?)\b"),
        "an IND or milestone named by the year it happened, a year before the release ('the 2025 IND "
        "clearance for ELM-60', in a 10-K of 2026)",
        scope=Scope.PREFIX,
        dated=True,
    ),
    Rule(
        "neg.month_event_noun",
        Effect.BLOCK,
        ALL,
        _c(
            r"\b(?:its|their|the|[\w-]+['’]s)\s+"
            + _MONTH_NAME
            + r"\s+(?:(?:IND\s+|CTA\s+)?(?:clearance|approval|acceptance|authori[sz]ation|clinical\s+hold"
            r"|hold)|(?:(?:exclusive|global|worldwide|option|out-?|in-?)\s*)*(?:licen[cs]e|licensing|deal|pact"
            r"|agreement)|milestone)\b"
        ),
        "an event named by the month it happened, two months or more before the release ('including the "
        "FDA's July clearance of the IND for HGB-120', in September; 'revenue from its January licence with "
        "Oribi', in August)",
        scope=Scope.PREFIX,
        dated=True,
    ),
    Rule(
        "neg.licence_dated_after",
        Effect.BLOCK,
        (L,),
        _c(
            # up to ten words after the grant, then the agreement it came under and that agreement's date
            r"(?:(?:\s+[^\s;.]+){0,14}?\s+under\s+(?:a|an|the|its|their|this|that)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:agreements?|licen[cs]es?|deals?))?"
            # (or the grant's own words end on that agreement: "licensed to Sanofi under a global agreement")
            r"\s+(?:(?:originally|first)\s+)?"
            r"(?:(?:signed|entered\s+into|executed|concluded|struck|inked|agreed|reached)\s+)?" + DATE.pattern
        ),
        "rights said to come under an agreement made two months or more before the release ('obtained "
        "exclusive rights to X under a license agreement signed in August 2024')",
        scope=Scope.AFTER,
        dated=True,
        exempt=NEWS_OF_AN_OLD_DEAL,
    ),
    Rule(
        "neg.licence_dated_right_after",
        Effect.BLOCK,
        (L,),
        _c(
            # a few words naming the deal, then its date: "entered into a license and collaboration agreement
            # for BNT326/YL202 in October 2023"
            r"(?:\s+(?!(?:and|but|while|which|that|after|before|following|since|until)\b)[^\s;.,]+){0,6}?\s+"
            r"(?:in|on|dated)\s+" + DATE.pattern
        ),
        "a deal dated right after its words, two months or more before the release ('entered into a license "
        "agreement for BNT326 in October 2023')",
        scope=Scope.AFTER,
        dated=True,
        exempt=NEWS_OF_AN_OLD_DEAL,
    ),
    Rule(
        "neg.said_not_a_licence",
        Effect.BLOCK,
        (L,),
        _c(
            r"\s+(?:does|do|did|will|would)\s+not\s+(?:involve|include|entail|constitute|represent|concern"
            r"|relate\s+to|create|grant|give\s+rise\s+to)\s+(?:any|an?)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:licen[cs]es?|collaborations?|rights|agreements?)\b"
        ),
        "the matched words said right after to be no licence ('The exercise of the option does not involve "
        "any license')",
        scope=Scope.AFTER,
    ),
    Rule(
        "neg.dated_deal",
        Effect.BLOCK,
        (L,),
        _c(_YEAR_NAMED_DEAL),
        "a deal named by the year it was made, a year before the release ('its 2024 agreement granting X "
        "rights')",
        scope=Scope.PREFIX,
        dated=True,
        exempt=NEWS_OF_AN_OLD_DEAL,
        # "will pay $20 million upfront to add two immunology targets to their 2022 discovery collaboration,
        # taking exclusive licences": the old deal named as what today's news adds to
        unless=_c(
            r"\b(?:add(?:s|ed|ing)?|expand(?:s|ed|ing)?|extend(?:s|ed|ing)?|broaden(?:s|ed|ing)?)\s+"
            r"(?:[^\s;]+\s+){0,8}?(?:to|of|under)\s+"
            + _NAMED_BY_YEAR
            + r"(?:agreements?|licen[cs]es?|deals?|collaborations?|pacts?|partnerships?|alliances?)\b"
        ),
    ),
    Rule(
        "neg.existing_agreements",
        Effect.BLOCK,
        (L,),
        _c(
            r"\bunder\s+(?:its|their|our|(?:the\s+)?[\w-]+(?:'s|s'|’s|s’)|the)\s+(?:two|three|four|five|both|several|multiple"
            r"|various|existing|prior|earlier|previous|original|ongoing)\s+(?:[\w-]+\s+){0,4}?"
            r"(?:agreements|licen[cs]es|collaborations|deals|partnerships|alliances)\b"
        ),
        "the deals a firm already has, told as the setting of other news ('Under its two licensing and "
        "collaboration agreements with Lilly, Zymeworks has granted')",
        scope=Scope.PREFIX,
        exempt=NEWS_OF_AN_OLD_DEAL,
    ),
    Rule(
        "neg.licence_status",
        Effect.BLOCK,
        (L,),
        _c(
            # "Zymeworks BC Inc. is party to an Amended and Restated License and Collaboration Agreement"
            r"\b(?:is|are|was|were|remains?)\s+(?:a\s+)?part(?:y|ies)\s+to\b"
            # "the company has licensed the ADC to MSD and is eligible for milestones and royalties", with no
            # sum: where a deal stands, told beside other news
            r"|\bhas\s+(?:(?:in|out)-)?licensed\b.{0,220}?\band\s+is\s+(?:entitled|eligible)\b"
            # "AbbVie holds an option to acquire an exclusive worldwide license to HPN217 following completion
            # of the Phase 1/2 trial": an option a partner has, not one granted or taken up
            r"|\b(?:holds?|retains?|continues\s+to\s+hold)\s+(?:an?\s+|the\s+|its\s+)?(?:exclusive\s+)?"
            r"options?\s+to\s+(?:acquire|obtain|license|in-license)\b"
        ),
        "where a licence stands, told beside other news ('is party to an Amended and Restated License "
        "Agreement'; 'has licensed the ADC to MSD and is eligible for milestones'; 'holds an option to "
        "acquire an exclusive license')",
        scope=Scope.SENTENCE,
        unless=_c(r"[$€£¥₩]|\d[\d,.]*\s*(?:million|billion|m|bn)\b|\b(?:today|upfront|up-front)\b"),
        exempt=NEWS_OF_AN_OLD_DEAL - {"licensing.amended"},
    ),
    Rule(
        "neg.licence_recap",
        Effect.BLOCK,
        (L,),
        _c(
            r"\bsince\s+(?:it|they|we|the\s+compan(?:y|ies)|[\w-]+)\s+(?:first\s+|originally\s+)?"
            r"(?:(?:in-|out-|sub-?)?licensed|signed|entered|struck|inked|partnered)\b"
            r"|\b(?:previously|already|earlier|originally|formerly)\s+(?:announced|reported|disclosed|signed"
            r"|entered|licensed|granted|agreed|executed)\b"
            # "data secured through its earlier licence agreement with Elanco"
            r"|\b(?:its|their|the|an?)\s+(?:earlier|prior|previous|original)\s+(?:[\w-]+\s+){0,2}?"
            r"licen[cs](?:es?|ing)\b"
        ),
        "a licence recalled inside the sentence ('its previously announced licence', 'since it licensed', "
        "'its earlier licence agreement')",
        scope=Scope.OVERLAP,
        # closing, ending or changing an announced licence is news about it
        unless=_c(r"\b(?:clos(?:ed|es|ing)|consummat\w+|waiting\s+period|HSR|became\s+effective)\b"),
        exempt=NEWS_OF_AN_OLD_DEAL,
    ),
    Rule(
        "neg.regulator_licence",
        Effect.BLOCK,
        (L,),
        _c(
            r"(?<!exclusive\s)\b(?:marketing|manufactur\w*|importation|import|export|cultivation|processing|product"
            r"|site|establishment|wholesale|wholesaler|wholesale\s+dealer|wholesale\s+distribution|distribution|dealer"
            r"|distributors?"
            r"|pharmacy|operating|production|storage|narcotics?|controlled\s+(?:drugs?|substances?))(?:'s?)?\s+"
            r"(?:(?:and|&)\s+(?:(?:import\w*|export\w*|wholesale|distribution|marketing|storage|dealer|testing|release"
            # "Wholesale Dealer's and Manufacturer's Specials Licences"
            r"|manufactur\w*|specials"
            # "First-Class Marketing Business Licence", "Manufacturing Business License" (Japan's kinds)
            r"|batch\s+release)(?:'s?)?\s+){1,2})?(?:business\s+)?(?:licen[cs]es?|authori[sz]ations?|permits?)\b"
            r"|\b(?:c?GMP\s+(?:certificat\w+|licen[cs]es?)|MIA\s*\(IMP\)|(?-i:MIA)|manufacturer\s+licen[cs]es?)\b"
            r"|\b"
            + REGULATOR
            + r"(?:'s)?\s+(?:[\w-]+(?:'s?)?\s+){0,2}?licen[cs]es?\b(?!\s+(?:agreement|deal|option))"
            r"|\b(?:country|countries|regulators?|authorit(?:y|ies))\s+(?:that|which|to)\s+licen[cs]e[sd]?\b"
            r"|\blicen[cs]es?\s+(?:\w+\s+){0,3}(?:issued|granted)\s+by\s+(?:the\s+)?"
            + REGULATOR
            + r"|\b"
            + REGULATOR
            # ("CDSCO has also granted the Company a licence to import")
            + r"(?:\s*\([^()]{1,12}\))?,?\s+(?:has\s+|have\s+)?(?:(?:also|a1so|now|since|further)\s+)?"
            r"(?:issued|granted|awarded|renewed|licensed)\b"
            r"|\bgranted\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?licen[cs]e\s+(?:[^\s;]+\s+){0,8}?by\s+(?:the\s+)?"
            # ("granted a licence by India's Central Drugs Standard Control Organisation")
            r"(?:[\w'’]+\s+){0,2}?"
            + REGULATOR
            + r"|\blicen[cs]es?\s+to\s+(?:manufacture|import|export|distribute|wholesale|supply|store)\s+"
            # ("a licence to manufacture for sale biological products at its new facility")
            r"(?:and\s+\w+\s+)?(?:for\s+(?:sale|distribution)\s+)?(?:therapeutic\s+goods|medicinal\s+products|medicines"
            r"|controlled\s+(?:drugs|substances)|biological\s+products|drugs|pharmaceuticals)\b"
            r"|\b(?:USDA|NRC|DEA|EPA|CLIA|CMS|Nuclear\s+Regulatory\s+Commission|Center\s+for\s+Veterinary\s+Biologics"
            r"|Department\s+of\s+(?:Health|Agriculture|Public\s+Health)|state\s+licen[cs]es?|State\s+licen[cs]es?"
            r"|conditional\s+licen[cs]es?|radioactive\s+materials?\s+licen[cs]es?|licen[cs]es?\s+to\s+operate"
            r"|implied\s+(?:clinical\s+trial\s+)?licen[cs]es?"
            # "win world-first UK licence for gene-edited therapy Casgevy": a country's licence to market a
            # medicine (not "an exclusive UK licence for")
            r"|(?<!exclusive\s)(?-i:UK|U\.K\.|British|EU|Swiss|Australian|Canadian|Japanese)\s+licen[cs]e\s+for"
            # "Home Office Schedule 1 Licence": the UK's licence to hold controlled drugs
            r"|Home\s+Office|schedule\s+(?:[1-5]|I{1,3}|IV|V)\s+licen[cs]es?"
            # "its Bristol facility has been granted two regulatory licences"
            r"|regulatory\s+licen[cs]es?)\b"
            # ("a licence to manufacture biological products from the Telangana Drugs Control Administration")
            r"|\blicen[cs]es?\s+(?:to\s+(?:[\w-]+\s+){1,5}?)?from\s+(?:[\w'’]+\s+){0,2}" + REGULATOR + r"|"
            r"\b(?:(?:state\s+)?boards?\s+of\s+pharmacy|pharmacy\s+boards?|licen[cs]es?\s+to\s+(?:dispense|practi[cs]e)"
            r"|licensed\s+(?:pharmacists?|physicians?|nurses?|(?:clinical\s+)?social\s+workers?|practitioners?))\b"
            # "Receives UK Licence and Swiss Authorisation for CARDIVEN": a country's licence for a product
            r"|(?<!exclusive\s)\b(?:UK|British|Swiss|EU|European|Canadian|Australian)\s+(?:product\s+|marketing\s+)?"
            r"licen[cs]es?\b(?=[^.;]{0,40}\bauthori[sz]ation)"
            # "the grant of the licence is a prerequisite for the commercial production of the Group's drugs"
            r"|\blicen[cs]e\s+(?:is|was)\s+a\s+(?:prerequisite|precondition|requirement)\s+for\s+(?:the\s+)?"
            r"(?:commercial\s+)?(?:production|manufactur\w+|operation|sale)\b"
            # "after Plant 3 won its latest licences": a plant's licences are a regulator's
            r"|\b(?:plants?|facilit(?:y|ies)|sites?|factor(?:y|ies))\s+(?:\d+\s+|[A-Z]\s+)?(?:has\s+|have\s+)?"
            r"(?:won|received|obtained|secured|gained|was\s+granted|were\s+granted)\s+(?:its\s+|their\s+|a\s+|the\s+)?"
            r"(?:[\w-]+\s+){0,2}?licen[cs]es?\b"
        ),
        "a regulator's licence (marketing authorisation, manufacturing site, a pharmacy) is not a deal",
    ),
    Rule(
        "neg.designation_right",
        Effect.BLOCK,
        (L,),
        _c(
            r"\b(?:designations?|vouchers?|status|exclusivity)\s+(?:also\s+|which\s+)?"
            r"(?:grants?|gives?|gave|provides?|confers?|entitles?|allows?)\b"
        ),
        "a designation giving a right to a procedure ('Fast Track grants a rolling review') is no licence",
        scope=Scope.OVERLAP,
    ),
    Rule(
        "neg.own_licence",
        Effect.BLOCK,
        (L,),
        _c(
            r"\b(?:our|its|their|the\s+company's)\s+(?:new\s+|first\s+|current\s+|existing\s+|own\s+)?"
            r"licen[cs]es?\b(?!\s*(?:from|with|under|over|agreements?|deals?|options?|and|or)\b)"
        ),
        "a company securing its own licence (a permit it holds) grants no rights to a product",
        scope=Scope.OVERLAP,
        exempt=frozenset({"licensing.terminated", "licensing.rights_returned", "licensing.amended"}),
    ),
    Rule(
        "neg.government_rights",
        Effect.BLOCK,
        (L,),
        _c(
            # "The U.S. government receives customary rights under federal acquisition regulations to
            # inventions made with contract funding": what a funder's contract reserves, no licence
            r"\b(?:customary|statutory|march-in)\s+rights\b|\bBayh-Dole\b|\bfederal\s+acquisition\s+regulations?\b"
            r"|\b(?:government|funder|agency)\s+(?:receives|retains|has|holds|reserves)\s+(?:[\w-]+\s+){0,2}?rights\b"
        ),
        "rights a government funder reserves under its contract grant no licence to a product",
    ),
    Rule(
        "neg.non_pharma_licence",
        Effect.BLOCK,
        (L,),
        _c(
            r"\b(?:software|SaaS|cloud|enterprise|(?<!share\s)(?<!equity\s)(?<!stock\s)subscriptions?|electronic\s+lab\s+notebook|ELN|modell?ing\s+suite"
            r"|web\s*portals?|websites?|web\s+sites?|data-processing|e-commerce|eClinical|eCOA|ePRO"
            # "a five-year licence for its AI scheduling platform with a hospital network": hospital software
            r"|scheduling|rostering|billing\s+(?:software|platform|system)|hospital\s+networks?|health\s+systems?"
            # "licenses AI trial-design platform to Ferrant": software trial sponsors run
            r"|trial[-\s]design\s+(?:platform|software|tool)s?"
            # "Signs Five-Year Global Licence with Harrowgate Pharma for Its Submission-Publishing Platform":
            # software a drug maker's regulatory staff compile their filings with
            r"|(?:submission|regulatory|eCTD)[-\s]publishing|publishing\s+(?:platforms?|software|tools?|systems?)"
            r"|regulatory\s+information\s+(?:management|software|systems?)"
            # "a $9 million licence for Pathwise's laboratory information management system": lab software
            r"|(?:laboratory|lab|quality|document|batch)\s+information\s+management|(?-i:LIMS)(?![-\d])"
            r"|electronic\s+batch\s+records?"
            # software drug makers run on: safety case processing, trial data capture and management
            r"|case[-\s]processing|pharmacovigilance\s+(?:software|platform|system|database)|safety\s+database"
            r"|electronic\s+data\s+capture|(?-i:EDC|CTMS|eTMF)(?![-\d])|clinical\s+trial\s+management\s+system"
            r"|bioinformatics|laborator(?:y|ies)\s+network|hospital\s+laborator\w+|laboratory-developed|named\s+users"
            # "Buying the company rather than striking a licence gives us the whole asset": no licence
            r"|rather\s+than\s+(?:striking|signing|taking|doing|pursuing)\s+(?:an?\s+)?licen[cs]\w*"
            r"|cannabis|cultivation|broadcast\w*|music|consumer\s+electronics|smartphones?|trademarks?|brand\s+name"
            r"|(?:clinical\s+)?data\s+platforms?|informatics|per-test|franchise|office\s+space|lab(?:oratory)?\s+space|premises|real\s+estate|leases?"
            r"|sq\.?\s*(?:ft|feet|m)\b|square[-\s](?:feet|foot|met(?:re|er)s?)"
            r"|occupiers?|licen[cs]es?\s+to\s+occupy|incubator\s+(?:suites?|labs?|laboratories|space)"
            r"|space\s+licen[cs]es?|research\s+park"
            # "Signs Licence for New Laboratories at Chilmark Science Campus", "Licenses Its Nordic Care
            # Consumer Brand to Solvberg Cosmetics for a Skin-Care Line"
            r"|(?:new|additional)\s+laborator(?:y|ies)|science\s+campus|consumer\s+brands?|cosmetics?"
            r"|skin-?care\s+(?:lines?|products?|ranges?)|beauty\s+(?:brands?|products?)"
            r"|(?:lab|laboratory|office|headquarters|new)\s+buildings?|furniture|office\s+(?:chairs?|supplies|products"
            r"|equipment)|ergonomic|stationery|apparel|pipett\w+|liquid[-\s]handling"
            r"|lab(?:oratory)?[-\s](?:automation|equipment|instruments?|robot\w*)"
            r"|sponsor(?:s|ed|ing|ship)?|mascots?|logos?|toys?|merchandis\w+|jerseys?|shirts?|characters?|cartoons?"
            # "the brand-extension agency that represents the animated series Moonpuff Friends"
            r"|animated\s+(?:series|shows?|films?|franchises?)|brand[-\s]extension|entertainment\s+(?:brands?|propert\w+)"
            r"|football|soccer|rugby|basketball|baseball|cricket|hockey|(?:sports?|football|golf)\s+clubs?|(?-i:FC)(?![-\d])"
            r"|brewer(?:y|ies)|beers?|(?-i:IPA)(?![-\d])|wines?|documentar(?:y|ies)|streaming|(?-i:TV)(?![-\d])|video\s+games?|fictional"
            r"|(?:film|screen|series|television)\s+rights"
            r"|licen[cs]\w*\s+(?:its|their|the\s+company's)\s+(?:name|brand|likeness)"
            # "licenses its Restwell brand to Harlow Home for bedding": home goods
            r"|bedding|mattress(?:es)?|pillows?|home\s*wares?|home\s+goods|sleep\s+accessories|toiletries"
            r"|venues?|convention\s+cent(?:er|re)s?|data(?:set)?\s+licen[cs]es?|datasets?|de-identified"
            r"|real-world\s+(?:data|evidence)|claims\s+data(?:set)?|scanners?|(?-i:MRI)"
            r"|patents?\s+(?:No\.?\s*[\d,]+\s+)?(?:granting|that\s+grants?|which\s+grants?|giving|conferring)"
            r"|licen[cs]\w*\s+(?:its\s+|the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:facility|facilities|plant|building)"
            # energy, vehicles and electronics
            r"|batter(?:y|ies)|electrolytes?|electric[-\s]vehicles?|(?-i:EVs?)(?![-\d])|automotive|semiconductors?"
            r"|photovoltaic|solar\s+(?:cells?|panels?|modules?)|energy\s+storage|fuel\s+cells?|cathodes?|anodes?"
            r"|electronics|wireless\s+(?:charging|power)|charging\s+(?:technology|pads?|stations?)|handsets?"
            r"|mobile\s+phones?|telecom\w*|(?-i:5G)(?![-\d])|(?<!medicines\s)patent\s+pools?|standard-essential"
            r"|cellular\s+(?:networks?|patents?|standards?|modules?|connectivity)"
            r"|(?-i:IoT|NB-IoT|LTE)(?![-\d])"
            # farm machinery, consumer wearables, food and drink
            r"|(?:agricultural|farm)\s+(?:machinery|equipment|machines)|tractors?|sprayers?|irrigation|harvesters?"
            r"|soil[-\s]moisture|smartwatch(?:es)?|earbuds?|fitness\s+trackers?|headphones?"
            r"|soft[-\s]drinks?|beverages?|sweeteners?|sweet\s+proteins?|food[-\s]tech\w*|food\s+ingredients?"
            r"|confectionery"
            # rights to host or stage an event: "exclusive rights to host its 2020 meeting"
            r"|rights?\s+to\s+(?:host|stage|organi[sz]e|broadcast|televise)|hosting\s+rights)\b"
        ),
        "a licence outside biotech/pharma products (software, lab diagnostics, cannabis, batteries)",
    ),
    Rule(
        "neg.litigation",
        Effect.BLOCK,
        (L, M),
        _c(
            r"\b(?:arbitrat\w+|tribunal|lawsuits?|litigation|complaint|court|breach(?:ed|es)?|sued|sues|injunction"
            r"|claims\s+for|award\s+(?:issued|rescinded)"
            # "has filed suit in New York claiming Novartis owes it a $50 million milestone"
            r"|(?:fil(?:ed|es|ing)|br(?:ought|ings?|inging))\s+(?:a\s+)?suit|alleg(?:es|ing)|alleged\s+that)\b"
        ),
        "a dispute over a licence is not a new licence or a milestone earned",
    ),
    Rule(
        "neg.revenue_recognition",
        Effect.BLOCK,
        (L,),
        _c(
            # "We concluded that the license was a distinct performance obligation satisfied at a point in
            # time upon option exercise": how a report books a licence, not the licence's news
            r"\b(?:performance\s+obligations?|(?:ASC|Topic)\s+606|transaction\s+price"
            r"|stand-?alone\s+selling\s+prices?)\b"
        ),
        "how a report accounts for a licence under revenue rules is not news of the licence",
        cues=("performance", "606", "transaction", "selling"),
    ),
    Rule(
        "neg.licence_covenant",
        Effect.BLOCK,
        (L,),
        _c(
            # "The Loan Agreement contains customary covenants, including restrictions on granting exclusive
            # licenses to TMS-19 ... without the Lender's consent": a lender's limit on future deals
            r"\b(?:covenants?|(?:restrictions?|limitations?|limits?|prohibitions?)\s+on\s+(?:the\s+)?"
            r"(?:grant(?:ing)?|entering\s+into|licens(?:ing|e)|out-licens\w+|transfer(?:ring)?)"
            r"|without\s+(?:the\s+)?(?:prior\s+)?(?:written\s+)?consent\s+of\s+the\s+(?:lenders?|agent|noteholders?)"
            r"|without\s+the\s+(?:lenders?|agent|noteholders?)['’]s?\s+(?:prior\s+)?(?:written\s+)?consent"
            # "the Company may not transfer or exclusively license its intellectual property other than under
            # 'Permitted Licenses'"
            r"|(?:may|shall)\s+not\s+(?:[a-z]+,?\s+(?:or\s+)?){0,3}?(?:exclusively\s+)?licen[cs]e\s+(?:its|any\s+of\s+its)\s+"
            r"(?:intellectual\s+property|IP|assets)|(?-i:Permitted\s+Licen[cs]es?))\b"
        ),
        "a loan's covenant limiting the licences a company may grant is no licence",
    ),
    Rule(
        "neg.compensation_goal",
        Effect.BLOCK,
        (L, M, IND),
        _c(
            # a proxy statement's scorecard: "Business development (25%): execute at least one strategic
            # licensing transaction -- achieved through the license agreement with Kyowa Kirin"
            r"\(\d{1,3}(?:\.\d)?\s*%\)\s*:|\b(?:corporate|annual|bonus|performance)\s+goals?\b"
            r"|\bbonus(?:es)?\s+(?:determination|payouts?|pool|targets?)\b|\bperformance\s+(?:stock|share)\s+units?\b"
        ),
        "an executive's bonus goal met by a deal is the proxy's scorecard, not news of the deal",
    ),
    Rule(
        "neg.right_to_payments",
        Effect.BLOCK,
        (L,),
        _c(
            # "The agreement gives Brevik the right to development, regulatory and commercial milestones of up
            # to USD 600 million": a claim on money under a deal, not rights to a product
            r"\bright\s+to\s+(?:receive\s+)?(?:[\w,-]+\s+){0,5}?(?:milestones?|milestone\s+payments|payments?"
            r"|royalt(?:y|ies)|fees?)\b"
        ),
        "the right to a deal's payments is no grant of rights to a product",
        scope=Scope.OVERLAP,
    ),
    Rule(
        "neg.royalty_financing",
        Effect.BLOCK,
        (L, M),
        _c(
            r"\broyalty\s+(?:purchase|sale|monetization|monetisation|financing|interest|stream|buyer)"
            r"|\b(?:sell(?:s|ing)?|sale\s+of)\s+(?:part\s+of\s+)?(?:its\s+)?(?:future\s+)?royalt\w+"
            r"|\brights?\s+to\s+(?:receive\s+)?(?:[\w-]+\s+){0,2}?royalt\w+"
        ),
        "selling royalties is financing, not a licence",
    ),
    Rule(
        "neg.contingent_value_right",
        Effect.BLOCK,
        (M,),
        _c(
            # "holders will receive $1.50 per CVR", "satisfies the approval milestone attached to the
            # contingent value rights": what an acquisition's former shareholders are paid (not "CVR-no.", a
            # Danish company number)
            r"\bcontingent[\s-]+value[\s-]+(?:rights?|payments?)\b|(?-i:\bCVRs?\b)(?![\s-]*(?:no|nr|number)\b)"
        ),
        "a contingent value right paid out is part of an acquisition's price, not a milestone payment under a"
        " deal",
        cues=("cvr", "contingent"),
    ),
    Rule(
        "neg.acquisition",
        Effect.BLOCK,
        (L,),
        _c(
            r"\b(?:to\s+acquire(?!\s+(?:an?\s+|the\s+)?(?:(?:exclusive|non-exclusive|worldwide|global|regional)\s+)*"
            r"(?:licen[cs]es?|rights)\b)|acquisition\s+of|tender\s+offer|merger\s+(?:agreement|with)"
            r"|per\s+share\s+in\s+cash"
            # "exercises option to buy Quillon Therapeutics", "the buyer takes the entire company"
            r"|option\s+to\s+(?:buy|purchase|acquire)\s+(?!(?:an?\s+|the\s+)?(?:(?:exclusive|non-exclusive|worldwide"
            r"|global|regional)\s+)*(?:licen[cs]es?|rights)\b)|(?:entire|whole)\s+company"
            r"|(?:termination|terminate[sd]?)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?merger"
            # "has agreed to buy all of the shares of privately held Helmsley Bio", "to acquire 100% of the
            # share capital of": the whole company
            r"|(?:buy|buys|bought|buying|acquire[sd]?|acquiring|purchase[sd]?|purchasing)\s+(?:all\s+(?:of\s+)?"
            r"(?:the\s+|its\s+)?(?:(?:outstanding|issued|remaining)\s+)*|100\s?%\s+of\s+(?:the\s+)?"
            r"(?:(?:outstanding|issued)\s+)*)(?:shares|stock|share\s+capital|equity(?!\s+investment))"
            # "buys Cobaltine Bio, inheriting exclusive Stanbridge University licence": the licence comes with
            # the company bought
            r"|(?:buy|buys|bought|buying|acquire[sd]?|acquiring)\s+(?:[\w&.,-]+\s+){1,4}?inherit(?:s|ing|ed)?)\b"
        ),
        "buying a whole company is an acquisition, not a licence ('to acquire a licence' is one)",
    ),
    Rule(
        "neg.asset_purchase",
        Effect.BLOCK,
        (L,),
        _c(
            r"\b(?:outright\s+)?asset\s+purchase\b"
            r"|\b(?:bought|buys?|buying|purchased?|purchases|purchasing|acquired|acquiring|owns?|owning)"
            r"\s+(?:[\w-]+\s+){0,3}?outright\b|\bin\s+an?\s+outright\b|\boutright\s+(?:purchase|sale|acquisition)\b"
            r"|\ball\s+(?:of\s+)?(?:[\w-]+['’]s?\s+)?right,\s+title\s+and\s+interest\b"
            # "bought Morrow's U.S. and Canadian rights, title and interest in ZEPRIQ": the asset itself
            r"|\brights?,\s+title\s+and\s+interest\b"
            # "has bought all of Tollan Bio's rights to the TRX-5 program, including patents": all there is
            r"|\b(?:bought|buys?|buying|purchased?|purchases|purchasing|acquired|acquires?|acquiring)\s+all\s+"
            r"(?:of\s+)?(?:[\w-]+\s+){0,2}?[\w-]+['’]s?\s+(?:[\w-]+\s+)?rights\s+(?:to|in)\b"
        ),
        "buying a product outright is a purchase of the asset, not a licence ('a licence and an asset"
        " purchase' is one)",
        unless=_c(r"licen[cs]"),
    ),
    Rule(
        "neg.company_bought",
        Effect.BLOCK,
        (L,),
        _c(
            # "Genmab will buy privately held ProfoundBio for USD 1.8 billion in cash, gaining worldwide
            # rights to three ADC candidates": rights that come with a whole company bought
            r"\b(?:buy|buys|bought|acquire|acquires|acquired|acquiring|(?:acquisition|purchase)\s+of)\s+"
            r"(?:(?:privately[\s-]held|private|clinical-stage|[\w-]+-based)\s+)?"
            # ("to buy Norway's Nordvik Bio for $420 million, gaining worldwide rights")
            r"(?:(?-i:[A-Z])[\w-]*['’]s\s+)?(?-i:[A-Z])[\w&.-]*"
            r"(?:\s+(?-i:[A-Z])[\w&.-]*){0,3}\s+for\s+(?:[^.;]|\.(?=\d)){0,60}?,\s+(?:gaining|giving\s+it|adding|securing"
            r"|taking\s+(?:on|over))\b"
            # "Brackenridge will acquire Solenne Bio, including worldwide rights to its Phase 3 candidate"
            r"|\b(?:buy|acquire|acquires|acquired|acquiring)\s+(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3},?\s+"
            r"(?:including|together\s+with|and\s+with\s+it)\b"
            # "Through the acquisition Norrsken gets full worldwide rights to FJV-101"
            r"|\b(?:through|with|via|by\s+way\s+of)\s+(?:the|this|its)\s+(?:acquisition|takeover|merger|purchase)"
            r"\s+(?:of\s+[\w&.-]+\s+)?,?\s*(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3}\s+"
            r"(?:gets|gains|obtains|acquires|receives|takes)\b"
            # "has agreed to buy Nordvik Bio ASA in a deal that values the Norwegian biotech at $420 million
            # and gives the US drugmaker full worldwide rights": a price for the whole firm
            r"|\bin\s+a\s+(?:deal|transaction)\s+that\s+values\s+(?:the\s+|it\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:biotech|company|firm|group|developer|drugmaker|business|it)\s+at\b"
        ),
        "rights gained by buying a whole company, not a licence ('will buy ProfoundBio for USD 1.8 billion, "
        "gaining worldwide rights')",
        scope=Scope.SENTENCE,
    ),
    Rule(
        "neg.share_option",
        Effect.BLOCK,
        (L,),
        _c(
            r"\boptions?\s+to\s+(?:buy|purchase|subscribe\s+for|acquire)\s+"
            + _gap(5)
            + r"(?:shares|stock|units|warrants)\b"
            r"|\bunderwriters?\b|\b(?:stock|share)\s+options?\b|\bover-allotment\b"
            # ("has granted options over 4,350,000 ordinary shares to directors and staff under its EMI
            # scheme")
            r"|\boptions?\s+(?:over|on|for)\s+[\d,.]+\s+(?:million\s+)?(?:(?:ordinary|common|new)\s+)?(?:shares|units)\b"
            r"|\bForm\s+4\b|\bEMI\s+scheme\b|\bshare\s+option\s+(?:scheme|plan)\b"
            r"|\b(?:share|stock|equity)[-\s](?:purchase|subscription)\s+options?\b|\bgreenshoe\b|\bcapped\s+calls?\b"
            r"|\b(?:initial\s+)?purchasers['’]?\s+(?:exercised\s+)?options?\b|\bgross\s+proceeds\b"
            r"|\b(?:public|underwritten|registered\s+direct)\s+offering\b|\boption\s+grants?\b"
            r"|\bequity\s+incentive\s+plan\b|\bincentive\s+(?:stock\s+)?options?\b|\binducement\s+(?:grants?|awards?)\b"
            # "The options have an exercise price of $15.74 per share ... on the grant date"; an AGM's
            # "authority to allot shares and grant rights to subscribe for shares"
            r"|\bexercise\s+price\b|\bgrant\s+date\b|\brights?\s+to\s+subscribe\s+for\b|\ballot\s+shares\b"
        ),
        "an option over shares (underwriters, employees) is not a licence option",
    ),
    Rule(
        "neg.procurement_option",
        Effect.BLOCK,
        (L,),
        _c(
            r"\b(?:contract|procurement|purchase|supply|delivery)\s+options?\b|\boptions?\s+to\s+(?:procure|buy)\b"
            r"|\b(?-i:BARDA)\b|\bProject\s+BioShield\b|\bStrategic\s+National\s+Stockpile\b"
            r"|\boptions?\s+exercised\s+under\s+the\s+contract\b"
        ),
        "a government buyer's option to procure more product is a supply contract, not a licence",
    ),
    Rule(
        "neg.capacity_option",
        Effect.BLOCK,
        (L,),
        _c(
            r"\boptions?\s+(?:[^.;]{0,40}?\s)?to\s+(?:reserve|book|secure|expand|lease)\s+(?:[\w,-]+\s+){0,4}?"
            r"(?:capacity|lines?|slots?|suites?|space|batches)\b|\bmanufacturing\s+capacity\b"
        ),
        "an option to reserve manufacturing capacity or space is a supply term, not a licence option",
        cues=("option", "capacity"),
    ),
    Rule(
        "neg.opt_in_pending",
        Effect.BLOCK,
        (L,),
        _c(
            r"\bopt[-\s]in\s+(?:decision|window|period|deadline|clock|review)s?\b"
            r"|\b(?:probability|likelihood|chance|odds|prospects?)\s+of\s+(?:an?\s+)?(?:eventual\s+)?opt[-\s]in\b"
            r"|\boptions?\s+to\s+(?:in-?)?licen[cs]e\b[^.;]{0,80}?\b(?:remains?|is|are|stays?)\s+(?:as\s+yet\s+|still\s+)?"
            r"(?:unexercised|outstanding|open|pending|undecided)\b"
            # "put a 70% probability on Corvane exercising the option", "The data bar for opt-in is lower"
            r"|\b(?:probability|likelihood|chance|odds)\s+(?:on|of|that)\s+[^.;]{0,40}?\bexercis\w+\s+(?:the|its|an?)\s+"
            r"options?\b|\b(?:bar|threshold|hurdle|case)\s+for\s+(?:an?\s+)?opt[-\s]in\b"
            # "made an opt-in more likely than not"
            r"|\bopt[-\s]in\s+(?:(?:more|less|far|very|much|now|all\s+but)\s+)*(?:likely|unlikely|probable|possible"
            r"|inevitable|certain)\b"
        ),
        "an opt-in still to be decided ('the opt-in decision', 'the odds of an opt-in', 'GSK's option to "
        "license the programme remains unexercised') is no exercise",
        scope=Scope.OVERLAP,
        cues=("opt",),
    ),
    Rule(
        "neg.first_negotiation",
        Effect.MASK,
        (L,),
        _c(r"\brights?\s+of\s+first\s+(?:negotiation|refusal|offer)\b|\b(?-i:ROF[NRO])\b(?![-\d])"),
        "a right of first negotiation or refusal grants no licence",
        scope=Scope.SPAN,
        cues=("first", "rof"),
    ),
    Rule(
        "neg.deal_statistics",
        Effect.BLOCK,
        (L,),
        _c(
            r"\baccounted\s+for\s+\d{1,3}(?:\.\d)?\s?%\s+of\b|\b\d{1,3}(?:\.\d)?\s?%\s+of\s+(?:all\s+)?(?:transactions|deals)\b"
            # "Harcourt counted 27 out-licensing deals by Chinese biotechs", "struck fewer licensing deals
            # ..., according to a tally", "a growing share of deals were structured as options"
            r"|\b(?:counted|tallied|tracked|recorded)\s+\d+\s+(?:[\w-]+\s+){0,2}?(?:deals|transactions|agreements)\b"
            r"|\baccording\s+to\s+(?:a|the|its)\s+(?:[\w-]+\s+)?tally\b"
            r"|\b(?:growing|rising|falling|shrinking|larger|smaller|greater)\s+share\s+of\s+(?:[\w-]+\s+)?"
            r"(?:deals|transactions)\b"
        ),
        "deals counted in a market report ('Option-based deals, in which a partner pays for the right to "
        "license an asset, accounted for 31% of transactions'; 'Harcourt counted 27 out-licensing deals')",
        cues=("%", "counted", "tallied", "tracked", "recorded", "tally", "share of"),
    ),
    Rule(
        "neg.generic_business",
        Effect.BLOCK,
        (L,),
        _c(
            r"\blicen[cs]es\s+"
            + _gap(4)
            + r"to\s+(?:drugmakers|companies|partners|pharmaceutical\s+companies"
            r"|third\s+parties|customers|others|biotechs?|manufacturers)\b"
            # "it in-licenses late-stage assets from partners": what it does, told of kinds of things
            r"|\b(?:in-|out-)?licen[cs]es\s+(?:[\w-]+\s+){0,4}?(?:assets|products|candidates|programs|programmes"
            r"|compounds|drugs|medicines|molecules|technologies)\s+(?:from|to)\s+(?:other\s+|global\s+|western\s+)?"
            r"(?:drugmakers|companies|partners|pharmaceutical\s+companies|third\s+parties|biotechs?|innovators"
            r"|developers|universities)\b"
        ),
        "a description of a company's business model, not a deal",
        scope=Scope.OVERLAP,
    ),
    Rule(
        "neg.licence_contingent",
        Effect.BLOCK,
        (L,),
        _c(
            r"\b(?:if|once|unless|whether|provided|would|could|might|"
            + MODAL_MAY
            # ("will pay EUR 3 million upfront, and can extend the licence to Brazil for a further fee")
            + r"|can\s+(?:choose|take|obtain|acquire|exercise|elect|opt|gain|extend|expand|broaden|widen)"
            r"|(?<!exercised\sits\s)(?<!exercises\sits\s)(?<!exercised\stheir\s)right\s+to|expects?|expected"
            r"|anticipat\w*|plan(?:s|ned)?|intend\w*|intentions?|seek\w*|sought|hopes?|potential(?:ly)?|possible|aims?\s+to"
            r"|looking\s+to|considering|explor\w+|evaluat\w+|discussions?|conversations?|negotiat\w+|talks|opportunit\w+"
            # "Kestrel still weighing opt-in"
            r"|weigh(?:s|ing)|mull(?:s|ing)|ponder(?:s|ing)|deciding|undecided|yet\s+to\s+(?:decide|exercise|opt)"
            r"|ready\s+to|license-ready|available\s+(?:for|to)|scout\w*|hunt\w*|proposals?|proposed|offers?\s+to"
            # a memorandum's wish: "desire to obtain an exclusive license ..., and Provectus is willing to
            # grant such a license"
            r"|willing\s+to|desires?\s+to|wish(?:es)?\s+to"
            r"|unsolicited|reject\w*|rebuff\w*|turn(?:s|ed)?\s+down|bids?|(?:running|runs|run)\s+a\s+process"
            r"|process\s+to|to\s+find|find\s+a\s+partner|bankers?|people\s+familiar|sources?\s+(?:say|said)"
            # "reported ..., citing unnamed industry sources, that Daeun was about to grant": a deal rumoured
            r"|citing\s+(?:unnamed|anonymous)|about\s+to"
            # "refers to an article published in the Australian Financial Review ..., which reported that the
            # Company had agreed to license": what a newspaper said, answered
            r"|which\s+(?:reported|claimed|stated|suggested|alleged)\s+that"
            r"|subject\s+to|pending|should|(?:on|upon|at)\s+(?:the\s+)?(?:signing|execution|conclusion)\s+of"
            # a placing's use of proceeds: "(i) approximately 40% to in-license innovative products"
            r"|\d{1,3}(?:\.\d)?\s?%\s+(?:of\s+the\s+(?:net\s+)?proceeds\s+)?(?:to|for|will\s+be\s+used\s+to)"
            r"|(?:net\s+)?proceeds\s+(?:will|would|are\s+intended\s+to)\s+be\s+used"
            # "holds an exclusive option, exercisable after it has reviewed the data, to take a license", "the
            # fee to exercise the option would be $225 million"
            r"|exercisable|fee\s+to"
            # an analyst's forecast: "Analyst sees X out-licensing", "is likely to license"
            r"|(?:un)?likely|sees|predicts?|forecasts?|speculat\w+|rumou?r\w*|poised\s+to"
            # a deal reported as near: "the media report stating that the Company is close to signing"
            r"|(?:close|closer|near|nearing)\s+(?:to\s+)?(?:signing|a\s+deal|an\s+agreement|agreeing|finali[sz]ing"
            # "denies report it is close to licensing obesity pill to Chinese partner"
            r"|(?:out-?)?licensing|selling|granting"
            r"|inking|striking|concluding)|on\s+the\s+verge\s+of|(?:media|press|news)\s+reports?"
            # a step before a deal: "signed a non-binding term sheet for an exclusive licence"
            r"|non-binding|term\s+sheets?\s+(?:for|on|covering)|letters?\s+of\s+intent"
            # "signs heads of terms to out-license PB-17", "agrees terms with Helmsley Pharma to license"
            r"|heads\s+of\s+terms|agree[sd]?\s+terms\s+with"
            # "the company is also looking for a partner to license rights outside Greater China"
            r"|(?:looking|searching|hoping|seeking|seeks?|hopes?)\s+(?:to\s+find\s+|for\s+)?(?:an?\s+|new\s+)?"
            r"(?:partners?|licensees?|buyers?)"
            # "closed a $90 million Series B financing to in-license two or three clinical-stage candidates":
            # money raised for deals to come
            r"|(?:financing|funding|round|raise[sd]?|raising|bags?|proceeds)\s+(?:[^\s;]+\s+){0,3}?"
            r"to\s+(?:in-?licen[cs]e|licen[cs]e\s+in|acquire\s+rights))\b"
        ),
        "a licence that may, could or would happen, or that someone predicts, is not a licence signed",
        scope=Scope.PREFIX,
        window=12,
    ),
)

_LIC_NAME_MASK = (
    Rule(
        "neg.company_named_licensing",
        Effect.MASK,
        (L,),
        _c(
            r"\b[A-Z][\w&'-]*\s+Licensing(?=\s+(?:Corp|Corporation|Inc|LLC|Ltd|Limited|Group|Co\b|Company"
            r"|Partners|Holdings|AG\b|GmbH|plc|SA\b|LP\b))",
            case=True,
        ),
        "a firm named for licensing ('Brightpath Licensing Corp.') is not a licence",
        scope=Scope.SPAN,
        cues=("licensing",),
    ),
    Rule(
        "neg.relative_clause_recap",
        Effect.BLOCK,
        (L,),
        _c(
            r"\b(?:which|who)\s+(?:\w+ly\s+)?(?:exercised|licensed|in-licensed|out-licensed|signed|acquired"
            r"|obtained|secured)\b"
        ),
        "a partner introduced by what it did before ('Beta, which exercised its option in May')",
        scope=Scope.PREFIX,
        body_only=True,
    ),
    Rule(
        "neg.licensed_from_whom",
        Effect.BLOCK,
        (L,),
        _c(
            # "a milestone payment ... to Tremont Biologics, Inc., from which Orsini in-licensed the European
            # rights": the licence the payment is owed under, told as done before
            r"\b(?:from|to|with|under)\s+(?:which|whom)\s+(?:(?-i:[A-Z])[\w&.'’-]*\s+){1,3}?(?:\w+ly\s+)?"
            r"(?:in-licensed|licensed|out-licensed|obtained|acquired)\b"
        ),
        "the firm a company licensed from before, named in a relative clause, is no new licence",
        scope=Scope.PREFIX,
        cues=("which", "whom"),
    ),
    Rule(
        "neg.terms_restated",
        Effect.BLOCK,
        (L,),
        _c(
            r"^\s*(?:Under|Pursuant\s+to)\s+the\s+(?:terms\s+of\s+the\s+)?(?:[\w-]+\s+){0,3}?"
            r"(?:licen[cs]e|collaboration|option|development)\s+(?:and\s+[\w-]+\s+)?agreements?\s*,\s*"
            r"(?:[\w&.'’-]+\s+){1,4}?(?:has|had)\s+granted\b"
        ),
        "what the deal a release is about already grants, told again deep in the body ('Under the license "
        "agreement, Eleven has granted Roche an exclusive, worldwide license')",
        body_only=True,
        cues=("under", "pursuant"),
    ),
    Rule(
        "neg.licence_held",
        Effect.BLOCK,
        (L,),
        _c(
            # "sales of fosvaricon, the antifungal it licenses from Switzerland's Helvion", "two products it
            # has out-licensed in the United States": a licence held, told in a clause on the product
            r"\b(?:it|they|we)\s+(?:has\s+|have\s+|had\s+)?(?:(?:in|out|sub)-?)?licen[cs](?:es|ed)\s+"
            # ("an AMRI compound it licenses exclusively")
            r"(?:in|out|from|to|under|since|for|exclusively|non-exclusively)\b"
            # "gives people living with HAE a new option": a choice of treatment, not a licence option
            r"|\b(?:new|treatment|therapeutic|therapy|additional|important|much-needed|alternative|oral"
            r"|preventive|preventative|convenient|effective)\s+"
            r"(?:treatment\s+)?options?\b(?!\s+to\s+(?:licen[cs]e|acquire|obtain))"
            # "gives people living with HAE a preventive option that fits into their lives": a choice of care
            r"|\bgives?\s+(?:people|patients|physicians|doctors|clinicians|families|caregivers|adults|children)\b"
            r"[^.;]{0,60}?\boptions?\b(?!\s+to\s+(?:licen[cs]e|acquire|obtain))"
            # "has licensed it to partners in a number of them": deals done, no partner named
            r"|\blicen[cs]ed\s+(?:it|them|[\w-]+)\s+(?:out\s+)?to\s+(?:various\s+|several\s+|other\s+|local\s+"
            r"|regional\s+)?partners\b"
            # "in collaboration with Lilly, which retains an option to license it": an option still held
            r"|\b(?:retains?|retained|holds|still\s+(?:holds?|has)|continues\s+to\s+hold)\s+(?:(?:an?|the|its|their)\s+)?"
            r"(?:exclusive\s+)?options?(?:\s+to\s+(?:in-?)?licen[cs]e)?\b"
            # "the AAV gene therapy Harlan-Greer has an option to license": an option held, named in passing
            r"|\b(?:has|had)\s+an\s+(?:exclusive\s+)?option\s+to\s+(?:in-?)?licen[cs]e\b"
        ),
        "a product a firm licenses as it goes on, or a treatment option, is no deal",
        scope=Scope.OVERLAP,
    ),
    Rule(
        "neg.that_agreement",
        Effect.BLOCK,
        (L,),
        _c(r"\bunder\s+(?:that|such)\s+(?:(?:exclusive\s+)?licen[cs]e\s+)?agreements?\b"),
        "a grant told 'under that agreement' retells the terms of a deal named before ('As previously "
        "announced ... the Company entered into a license agreement. Under that agreement the Company "
        "granted Takeda licenses')",
        scope=Scope.LEAD_IN,
    ),
    Rule(
        "neg.rights_taken_up",
        Effect.BLOCK,
        (L,),
        # "have irrevocably undertaken to take up their rights in full": a shareholder's rights in a rights
        # issue, and a generic "when rights are returned to you" in an interview: no deal
        _c(
            r"\btake\s+up\s+(?:(?:their|its|his|her|the|all|any)\s+)?(?:[\w-]+\s+)?(?:rights|entitlements?)\b"
            r"|\b(?:when|if|once|whenever)\s+(?:[\w-]+\s+){0,3}?(?:rights|licen[cs]es?)\s+(?:are|is|get|gets)\s+"
            r"(?:returned|granted|handed\s+(?:back|over)|licensed)\s+to\s+(?:you|a\s+partner|the\s+licensor)\b"
        ),
        "a shareholder taking up rights in a rights issue, or rights returned to 'you', is no deal",
        scope=Scope.SENTENCE,
    ),
    Rule(
        "neg.licence_remarked",
        Effect.BLOCK,
        (L,),
        _c(
            # "Obtaining this licence is a milestone on our path ...": a remark on a licence told elsewhere
            # (that sentence proves it, or shows it to be a regulator's), no news of its own
            r"\b(?:obtaining|receiving|securing|gaining|winning|being\s+granted)\s+(?:this|that|the)\s+"
            r"(?:[\w-]+\s+){0,2}?licen[cs]e\s+(?:is|was|has\s+been|marks|represents|means)\b"
        ),
        "a remark on a licence told elsewhere ('Obtaining this licence is a milestone') is no news",
        scope=Scope.OVERLAP,
    ),
    Rule(
        "neg.relative_clause_grant",
        Effect.BLOCK,
        (L,),
        _c(
            r"\b(?:to|from|with)\s+(?:which|whom)\s+(?:[\w.'’-]+\s+){1,4}?(?:has\s+|have\s+|had\s+)?"
            r"(?:\w+ly\s+)?(?:granted|licensed|sublicensed|out-licensed|given|transferred)\b"
            # "the first commercial milestone under the licence that gave Jazz US rights": the licence the
            # payment is due under, named by what it did
            # ("under the companies' license agreement, which grants Sunaho exclusive rights to QB-114")
            r"|\bunder\s+(?:the|its|their|a)\s+(?:[\w'’-]+\s+){0,2}?(?:licen[cs]e|agreement|deal|collaboration),?\s+"
            r"(?:that|which)\s+(?:gave|granted|gives|grants|had\s+given|had\s+granted)\b"
        ),
        "a licensee introduced by the rights it holds ('Hokuto, to which Tsubasa has granted exclusive "
        "rights to TBS-02 in Japan, submitted a new drug application')",
        scope=Scope.PREFIX,
    ),
    Rule(
        "neg.fee_paid_at_signing",
        Effect.BLOCK,
        (L,),
        _c(
            r"\b(?:paid|made)\b[^.;]{0,80}?\b(?:upfront|up-front|initial|signing|license|licence)\s+(?:fee|payment)s?\b"
            r"(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\b(?:on|upon|at|in\s+connection\s+with)\s+(?:the\s+)?"
            r"(?:entering\s+into|entry\s+into|signing|execution|effectiveness)"
            # the agreement named by a term the report defined before, in capitals
            r"\s+(?:of\s+)?the\s+(?-i:(?:[A-Z][\w-]*\s+){0,3}?(?:Agreement|License|Licence))\b"
        ),
        "the fee paid when a licence already in force was signed, told in a report on something else "
        "('The Company paid Halcyon an upfront fee of $4.0 million on entering into the License Agreement'; "
        "not 'paid an upfront payment on signing the definitive licence agreement')",
        scope=Scope.SENTENCE,
        cues=("paid", "made"),
    ),
    Rule(
        "neg.licensed_product_clause",
        Effect.BLOCK,
        (L,),
        _c(
            r"(?<!under\s)(?<!by\s)(?<!to\s)(?<!through\s)\bwhich\s+(?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*)){0,3}"
            r"\s+(?:has|have|had)\s+(?:\w+ly\s+)?(?:licensed|in-licensed|out-licensed|sublicensed)\b"
        ),
        "a product introduced by who licensed it before ('BI 456906, which Boehringer has in-licensed from "
        "Zealand'; not 'an agreement under which Beta has licensed')",
        scope=Scope.PREFIX,
        cues=("licensed",),
    ),
)

# --- all events -------------------------------------------------------------------------------------------
_COMMON_BLOCK = (
    Rule(
        "neg.forward_looking",
        Effect.BLOCK,
        ALL,
        _c(
            r"\bforward[-\s]looking\b|\bsafe\s+harbou?r\b|\bPrivate\s+Securities\s+Litigation\b"
            r"|\bcautionary\s+(?:note|statement)|\brisks?\s+and\s+uncertainties\b|\brisk\s+factors?\b"
        ),
        "forward-looking-statement and risk-factor boilerplate",
    ),
    Rule(
        "neg.to_discuss",
        Effect.BLOCK,
        ALL,
        _c(
            r"\b(?:to\s+discuss|discussing|to\s+review|to\s+present|webcast|conference\s+call|fireside\s+chat)\b"
        ),
        "a call or webcast held to discuss an event announced before is not the event's news",
        scope=Scope.PREFIX,
        window=12,
    ),
    Rule(
        "neg.negated",
        Effect.BLOCK,
        ALL,
        _c(
            # (an FDA review period that "has passed without comment" lets the IND go into effect)
            # (nor one that ended "without the U.S. Food and Drug Administration raising any objection")
            r"\b(?:not|no(?!\.?\s*\d|\s+(?:objections?|comments?|questions)\b)|never|nor|neither"
            r"|without(?!\s+(?:any\s+)?(?:comments?|objections?|questions)|\s+(?:[\w.'’-]+\s+){1,8}?"
            r"(?:raising|issuing|imposing|making|placing|having)\s+(?:any\s+|an?\s+)?(?:comments?|objections?"
            r"|questions|(?:clinical\s+)?holds?))"
            r"|none|n't|cannot|yet\s+to|has\s+yet|have\s+yet)\b"
            # "does not grant a licence to the product or any option to acquire rights": a list under "not"
            r"|n't\b|\bor\s+any\b"
            # "terminating the License Agreement due to medac's nonpayment of the FOCUS trial milestone"
            r"|\bnon-?payment\b|\bfail(?:ed|s|ure)\s+to\s+(?:pay|make)\b"
        ),
        "a negated event ('no IND has been filed', 'does not grant a licence', '... or any option to acquire "
        "rights')",
        scope=Scope.PREFIX,
        # ("has not entered into any agreement to license, sell or otherwise grant rights")
        window=11,
        exempt=frozenset({"licensing.option_declined", "ind.no_objection"}),
    ),
    Rule(
        "neg.term_of_licence",
        Effect.BLOCK,
        (L,),
        _c(
            r"\b(?:stipulated|provided\s+for|set\s+(?:out|forth)|specified|defined|prescribed)\s+(?:in|under|by)\s+"
            r"(?:the|its|their|an?|that)\s+(?:[\w-]+\s+){0,3}?licen[cs]e"
        ),
        "a term an existing licence sets, named as what the news is ('announces that a development milestone "
        "stipulated in the exclusive license agreement concluded with Norrvik ... has been achieved')",
        scope=Scope.OVERLAP,
        cues=("stipulated", "provided", "set", "specified", "defined", "prescribed"),
    ),
    Rule(
        "neg.option_unexercised",
        Effect.BLOCK,
        (L,),
        _c(r"\bunexercised\b|\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+exercised\b"),
        "an option told as not taken up ('Calder Pharma's opt-in right remains unexercised')",
        cues=("exercised",),
        exempt=frozenset({"licensing.option_declined"}),
    ),
    Rule(
        "neg.report_denied",
        Effect.BLOCK,
        ALL,
        _c(
            r"\b(?:reports?|article|story|stories|claims?|speculation|rumou?rs?)\b[^.;]{0,200}?\b(?:is|are|was|were)"
            r"\s+(?:(?:entirely|completely|simply|factually)\s+)?(?:incorrect|untrue|false|inaccurate|wrong|baseless"
            r"|unfounded|groundless|not\s+(?:true|correct|accurate))\b"
        ),
        "an event a report claimed and the company denies ('a news report that the FDA had put its trial on "
        "clinical hold is incorrect')",
        cues=(
            "incorrect",
            "untrue",
            "false",
            "inaccurate",
            "wrong",
            "baseless",
            "unfounded",
            "groundless",
            "not",
        ),
    ),
    Rule(
        "neg.question",
        Effect.BLOCK,
        ALL,
        # (and an interviewer's line: "Q: Some shareholders have floated the idea of buying back the rights.")
        _c(r"\?[\s\"'”’)]*$|^\s*(?-i:Q)\s*[:：]"),
        "a question ('Will the FDA lift the hold?', 'Did X just earn a milestone?') reports nothing",
    ),
    Rule(
        "neg.titled_work",
        Effect.MASK,
        ALL,
        _c(
            r"\b(?:panel|session|webinar|presentation|poster|workshop|seminar|symposium|symposia|keynote"
            r"|fireside\s+chat|course|lecture|discussion|roundtable|article|paper|book|e-?book|guide|podcast"
            r"|episode|briefing|masterclass|module|headline)(?:s|es)?\s+"
            r"(?:(?:titled|entitled|called|named|on|about)\s+)?"
            r"[\"“‘'][^\"“”‘’'\n]{3,200}[\"”’']"
        ),
        "the quoted title of a talk, panel or paper ('a panel titled \"From Pre-IND to IND Clearance\"') "
        "names a subject, not an event",
        scope=Scope.SPAN,
        cues=(
            *("panel", "session", "webinar", "presentation", "poster", "workshop", "seminar", "symposi"),
            *("keynote", "fireside", "course", "lecture", "discussion", "roundtable", "article", "paper"),
            *("book", "guide", "podcast", "episode", "briefing", "masterclass", "module", "headline"),
        ),
    ),
    Rule(
        "neg.not_yet_announced",
        Effect.MASK,
        ALL,
        _c(r"\b(?:has\s+|have\s+|had\s+)?" + NOT_ANNOUNCED_BEFORE),
        "'not previously announced' says the news is new: it neither negates nor recaps the event",
        scope=Scope.SPAN,
        cues=("announced", "disclosed", "reported", "public", "flagged", "mentioned", "highlighted"),
    ),
    Rule(
        "neg.recap_tail",
        Effect.BLOCK,
        ALL,
        _c(
            r"\b(?:all|both|each|(?:each|all|both)\s+of\s+which\s+(?:was|were))\s+(?:previously|already|earlier)\s+"
            r"(?:announced|reported|disclosed)\b"
        ),
        "events listed and then called already announced ('…, all previously announced')",
        cues=("previously", "already", "earlier"),
    ),
    Rule(
        "neg.announced_before",
        Effect.BLOCK,
        ALL,
        _c(
            r"[,)]?(?:\s+(?!(?:and|but|while|whereas|today)\b)[^\s;.]+){0,8}?\s+(?:announced|reported|disclosed)\s+"
            r"(?:on|in|earlier|last|previously)\b"
            # "The $25.0 million milestone payment earned upon the partner's start of a Phase 3 trial, which
            # the Company reported on a Current Report on Form 8-K filed on March 12": what it announced
            r"|[^.;]{0,150}?,\s+which\s+(?:the\s+company|we|it|(?-i:[A-Z])[\w&-]*)\s+(?:previously\s+|first\s+)?"
            r"(?:announced|reported|disclosed)\s+(?:on|in|earlier|last|previously)\b"
        ),
        "an event followed by when it was announced ('the IND clearance Thursby announced on March 3')",
        scope=Scope.AFTER,
        cues=("announced", "reported", "disclosed"),
    ),
    Rule(
        "neg.announced_upon",
        Effect.BLOCK,
        ALL,
        _c(
            r"\b(?:announced|reported|disclosed|received|recogni[sz]ed|booked)\s+(?:on|in)\s+[A-Z][\w.]*(?:\s+\d{1,2})?"
            # ("the $12.0 million milestone it announced in July when Boralis Pharma's IND was cleared")
            r"(?:,?\s+\d{4})?\s+(?:on|upon|after|following|when)\b"
        ),
        "an event named as what an earlier announcement was made on ('the $5 million milestone announced in "
        "July on FDA clearance of partner Ridgeway's IND')",
        scope=Scope.PREFIX,
        window=12,
        cues=("announced", "reported", "disclosed", "received", "recogni", "booked"),
    ),
    Rule(
        "neg.as_announced",
        Effect.BLOCK,
        ALL,
        _c(
            r"\bas\s+(?:previously\s+|we\s+|it\s+|the\s+company\s+)?(?:announced|reported|disclosed|communicated)\b"
            r"(?!\s+(?:today|this\s+morning|herein|in\s+this|separately))"
        ),
        "an event told as announced before ('As announced on February 4, 2025, we granted Halvorsen ...', "
        "'As communicated on 4 July 2023, Ljungby signed ...')",
        scope=Scope.PREFIX,
        cues=("announced", "reported", "disclosed", "communicated"),
    ),
    Rule(
        "neg.announced_on_date",
        Effect.BLOCK,
        ALL,
        _c(
            r",\s*as\s+(?:previously\s+|first\s+)?(?:announced|reported|disclosed)\s+(?:on|in)\s+"
            r"(?:(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s|(?:19|20)\d\d\b)"
        ),
        "an event closed by the date it was announced ('the FDA cleared the IND for HGB-120, as announced on "
        "July 22, 2024')",
        cues=("announced", "reported", "disclosed"),
    ),
    Rule(
        "neg.timeline_entry",
        Effect.BLOCK,
        ALL,
        _c(r"^\s*(?:19|20)\d\d\s*[:–—]\s"),
        "a line of a dated timeline ('2022: $10M milestone earned') in a presentation recaps the past",
    ),
    Rule(
        "neg.hypothetical",
        Effect.BLOCK,
        ALL,
        _c(
            r"\b(?:(?:bull|bear|base)\s+case|scenarios?|hypothetical(?:ly)?|in\s+theory|suppose|imagine|what\s+if)\b"
            # "the stock has doubled on expectations that a global pharma company will license the platform"
            r"|\b(?:expectations?|hopes?|speculation|bets?|optimism|rumou?rs?)\s+(?:that|of)\b"
        ),
        "an analyst's or a speaker's hypothetical ('in our bull case, Trogir signs a licence'), or the "
        "market's ('on expectations that a pharma company will license the platform')",
        scope=Scope.PREFIX,
        window=12,
    ),
    Rule(
        "neg.told_at_the_time",
        Effect.BLOCK,
        ALL,
        _c(
            r"(?:\b(?:as|which)\s+(?:[\w'’-]+\s+){0,3}?|,\s*)(?:disclosed|announced|reported|said|noted|confirmed)\s+"
            r"at\s+the\s+time\b"
        ),
        "an event retold with 'as X disclosed at the time' (or ', announced at the time'): background to the "
        "story, not its news",
    ),
    Rule(
        "neg.vesting_condition",
        Effect.BLOCK,
        ALL,
        _c(
            r"\b(?:vest(?:s|ing|ed)?|(?-i:PSUs?|RSUs?)|performance[-\s](?:based|stock|share)\s+(?:units?|awards?)"
            # an investment released in tranches on milestones: "a second tranche upon achievement of ..."
            r"|tranches?)\b"
        ),
        "awards to staff that vest on milestones ('the PSUs vest on FDA clearance of an IND'), or a "
        "financing's tranche released on them",
        scope=Scope.LEAD_IN,
    ),
    Rule(
        "neg.conditional_subject",
        Effect.BLOCK,
        ALL,
        _c(
            r"(?:^|[.;:,\"“]\s*|\b(?:and|but)\s+)(?:exercising|taking|signing|obtaining|achieving|reaching|hitting"
            r"|triggering|earning|securing|giving|granting|handing|selling|licensing|out-licensing)\s+"
            # ("Giving away ex-US rights now would be selling at a discount")
            r"(?:(?:away|up|back|out)\s+)?(?:(?:the|its|an?|this|that|such|each|any)\s+)?(?:[\w-]+\s+){0,3}?"
            r"(?:option|licen[cs]e|rights?|milestones?|agreement|deal|clearance|approval|IND)\s+"
            r"(?:(?:alone|now|later)\s+)?(?:would|could|might|should)\b"
        ),
        "an event told as the subject of 'would' ('Exercising the option would cost Gallatin $60 million')",
        scope=Scope.CLAUSE,
    ),
    Rule(
        "neg.retracted",
        Effect.BLOCK,
        ALL,
        _c(
            r"\b(?:that|the|this|an?|our)\s+(?:earlier|previous|prior|original)?\s*(?:press\s+)?(?:release|version"
            r"|statement|story|report|article|announcement)\s+(?:of\s+this\s+\w+\s+)?(?:\w+\s+)?"
            # ("The report claims that the FDA has placed the GB-450 program on clinical hold")
            r"(?:stated|said|reported|claim(?:s|ed)|alleges|alleged|announced)\b"
            r"|\b(?:withdraws?|withdrew|retracts?|retracted|corrects?|corrected)\s+(?:a|the|an|its|their)\s+"
            r"(?:earlier\s+|previous\s+)?(?:statement|claim|report|release|announcement)"
            r"|\b(?:incorrectly|erroneously|wrongly|mistakenly)\s+(?:stated|said|reported|claimed|announced)\b"
        ),
        "what an earlier version said, in a correction ('An earlier version of this story said …')",
        cues=(
            *("release", "version", "statement", "story", "report", "article", "announcement", "claim"),
            *("incorrectly", "erroneously", "wrongly", "mistakenly"),
        ),
    ),
    Rule(
        "neg.award",
        Effect.BLOCK,
        ALL,
        _c(
            r"\b(?:deal|transaction|partnership|alliance)\s+of\s+the\s+year\b|\bawards?\s+(?:ceremony|gala|recogni[sz]es)"
            r"|\b(?:BioPartnering|industry)\s+awards?\b|\bprize\b"
        ),
        "an award for a deal done earlier is no new deal",
    ),
    Rule(
        "neg.award_won",
        Effect.BLOCK,
        ALL,
        _c(
            r"\b(?:wins?|won|receives?|received|accepts?|accepted|honou?red\s+with|presented\s+with)\s+"
            r"(?:[^\s.;]+\s+){0,6}?awards?\b[^.;]{0,160}?\bfor\s+(?:(?:its|the|their|a|an|this)\s+)?(?:\d{4}\s+)?"
            r"(?:[\w-]+\s+){0,3}?(?:licen[cs]es?|licensing|deal|agreement|partnership|collaboration|transaction)\b"
            r"|\bawards?\s+for\s+(?:(?:its|the|their|a|an)\s+)?(?:\d{4}\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:licen[cs]es?|licensing|deal|agreement|partnership|collaboration|transaction)\b"
        ),
        "an award won for a deal ('X Wins Award for Licence of Y to Z'): the deal is not the news",
    ),
    Rule(
        "neg.past_perfect",
        Effect.BLOCK,
        ALL,
        _c(r"\bhad\b"),
        "a past-perfect recap of an earlier event ('had licensed', 'had previously received')",
        scope=Scope.PREFIX,
        unless=REPORTED_HAD,
    ),
    Rule(
        "neg.previously_announced",
        Effect.BLOCK,
        ALL,
        _c(
            r"\b(?:previously|earlier|originally|already)\s+(?:announced|reported|disclosed|signed|entered|received"
            r"|earned|granted|licensed)\b|\bas\s+(?:previously|already)\s+(?:announced|reported|disclosed)\b"
            r"|\bas\s+(?:announced|disclosed|reported)\s+in\s+(?:the|our|its|an?)\b"
            r"|\b(?:so\s+far|to\s+date|in\s+(?:the\s+)?past)\b"
            # "under the previously announced Novartis license": the word right before a match that opens
            # with "announced" (the search ends where the match starts)
            r"|\b(?:under|pursuant\s+to)\s+(?:the|its|their|our|a)\s+(?:previously|already|earlier)\s+$"
        ),
        "an event already announced, recapped",
        scope=Scope.LEAD_IN,
        exempt=frozenset({"licensing.closing"}),
    ),
    Rule(
        "neg.announced_aside",
        Effect.BLOCK,
        (M, IND),
        _c(
            # "the ANSM clinical trial authorisation for OMB-17, announced in March, allowed the study"
            r",\s+(?:first\s+)?(?:announced|disclosed|reported)\s+(?:in|on|last)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}"
            r"|week|month|quarter|year|spring|summer|autumn|fall|winter)\b[^,;]{0,30},"
        ),
        "an event set apart as announced before ('the authorisation, announced in March, allowed')",
        unless=_c(r"\btoday\b"),
    ),
    Rule(
        "neg.previously_announced_within",
        Effect.BLOCK,
        (M, IND),
        _c(r"\b(?:previously|earlier|already)\s+(?:announced|reported|disclosed)\b"),
        "an event its own words call announced before ('receipt of the previously announced milestone')",
        scope=Scope.OVERLAP,
    ),
    Rule(
        "neg.restated_terms",
        Effect.BLOCK,
        ALL,
        _c(
            r"\b(?:restat(?:es|ed|ing)|recap(?:s|ped|ping)?|recount(?:s|ed|ing))\s+(?:[\w'’-]+\s+){0,4}?(?:terms|history"
            # ("restates the milestone schedule of its collaboration", "restates what the biotech told
            # investors on July 18")
            r"|schedules?|economics|provisions)\b|\brestat(?:es|ed|ing)\s+what\b"
            # "The quarterly report restates Tessaline's licence agreements with Rendell University": a
            # filing's recap
            r"|\b(?:report|filing|note|10-[QK]|document|prospectus)\s+(?:also\s+)?(?:restates|recaps|recounts)\b"
        ),
        "a note that restates an agreement's terms tells no news ('license note restates UC Regents terms, "
        "including $2.4 million milestone paid on the IPO')",
        cues=("restat", "recap", "recount"),
    ),
    Rule(
        "neg.recapped",
        Effect.BLOCK,
        ALL,
        # ("it reiterated that the IND for partnered TAK-169, accepted in the second quarter, ...")
        _c(r"\b(?:recap(?:s|ped|ping)?|recount(?:s|ed|ing)?|reiterat(?:es|ed|ing))\b"),
        "what a report recaps was news before ('annual report recaps 2023 Vantor licence, IND clearance and "
        "milestone receipts'), unless it says what it tells for the first time",
        scope=Scope.PREFIX,
        cues=("recap", "recount", "reiterat"),
        unless=_TOLD_AS_NEW,
    ),
    Rule(
        "neg.back_when",
        Effect.BLOCK,
        ALL,
        _c(
            r"\b(?:while|when|back\s+when|before)\s+(?:[\w'’-]+\s+){0,3}?(?:was|were)\s+(?:still\s+)?"
            r"(?:private|privately\s+held|a\s+(?:private\s+)?(?:start-?up|spin-?out)|unlisted)\b"
        ),
        "an event told as done back when the firm was private ('The license, signed while Pellucid was still "
        "private, gave it worldwide rights'): its history",
        scope=Scope.PREFIX,
        cues=("private", "start", "spin", "unlisted"),
    ),
    Rule(
        "neg.recapped_after",
        Effect.BLOCK,
        ALL,
        _c(r"\b(?:recapped|recounted)\b"),
        "an event its own clause calls recapped ('10-Q for quarter ended June 30, 2025: Tamsin license "
        "revenue and IND clearance recapped')",
        scope=Scope.CLAUSE,
        cues=("recapped", "recounted"),
        # ("recapped its quarter and today announced a $20 million milestone payment")
        unless=_TOLD_AS_NEW,
    ),
    Rule(
        "neg.relative_past",
        Effect.BLOCK,
        ALL,
        # (and an event after "months after": "dosed the first patient, months after the FDA cleared the IND")
        _c(
            _RELATIVE_PAST
            + r"|"
            + _TIME_AFTER
            + r"|\b(?:(?:some|several|a\s+few)\s+)?(?:weeks|months|years)\s+after\b"
        ),
        "an event dated in the past ('last summer', 'two years ago')",
        scope=Scope.PREFIX,
    ),
    Rule(
        "neg.relative_past_after",
        Effect.BLOCK,
        ALL,
        # later in the event's clause, but not in a relative clause on something else ("owes to Crestmoor, the
        # biotech from which it in-licensed HWB-201 three years ago")
        _c(_LATER_IN_CLAUSE + _RELATIVE_PAST),
        "an event dated in the past after its words ('received a milestone two years ago')",
        scope=Scope.AFTER,
    ),
    Rule(
        "neg.time_after",
        Effect.BLOCK,
        ALL,
        _c(_LATER_IN_CLAUSE + _TIME_AFTER),
        "an event told in the past as coming some time after another ('signed a licence with Kappa a year "
        "after licensing Halvorsen's'), unless told as just done ('the FDA has cleared its IND, a month "
        "after China's NMPA approved a trial')",
        scope=Scope.AFTER,
        unless=_c(r"\b(?:has|have)\s+(?:now\s+|just\s+)?(?:been\s+)?\w+(?:ed|en)\b|\btoday\b"),
    ),
    Rule(
        "neg.dated_background",
        Effect.BLOCK,
        ALL,
        DATE,
        "an event dated two months or more before the release ('licensed to X in 2017')",
        scope=Scope.PREFIX,
        dated=True,
    ),
    Rule(
        "neg.deal_of_a_year_after",
        Effect.BLOCK,
        (L,),
        _c(
            r"(?:\s+(?!(?:which|that|who|whose)\b)[^\s;,]+){0,6}?\s+(?:in|under|via|through|as\s+part\s+of)\s+"
            + _YEAR_NAMED_DEAL
        ),
        "rights granted in a deal named by an earlier year right after the verb ('before handing global "
        "rights to Merriton in a 2023 deal that paid $45 million upfront')",
        scope=Scope.AFTER,
        dated=True,
        exempt=NEWS_OF_AN_OLD_DEAL,
    ),
    Rule(
        "neg.dated_after",
        Effect.BLOCK,
        ALL,
        _c(
            # up to eight words that start no phrase of their own (see `_OWN_PHRASE`), then the date ("under
            # the CTN scheme" says how a trial was notified: part of the event, not a phrase of its own)
            r"(?:\s+(?!(?:"
            + _OWN_PHRASE
            + r")\b)"
            + _WORD_OR_ABBREVIATION
            + r"|\s+under\s+(?:the\s+|its\s+)?(?:CT[NX]|clinical\s+trial\s+notification)\s+"
            r"(?:scheme|pathway|process)" + r"|" + _BY_REGULATOR + r"){0,8}?\s+" + DATE.pattern
        ),
        "an event dated two months or more before the release right after its verb ('cleared in 2019')",
        scope=Scope.AFTER,
        dated=True,
    ),
    Rule(
        "neg.goal_item",
        Effect.BLOCK,
        ALL,
        _c(
            r"^\s*(?:[-•*–]\s*)?(?:Submit|File|Initiate|Advance|Complete|Obtain|Secure|Sign|Achieve|Deliver|Expand"
            r"|Launch|Start|Begin|Establish|Pursue|Seek)\s+(?!of\b)(?=[a-z0-9]|[A-Z]{2,}\b|Phase\b)"
            # a bare verb after a programme's label or an earlier goal: "QB-17 (oral GLP-1/amylin
            # co-agonist): finish GLP toxicology in the first quarter, submit an Investigational New Drug
            # application to the FDA by mid-year"
            r"|[:;,]\s+(?:finish|submit|file|lodge|initiate|complete|start|begin|dose|obtain|secure|sign)\s+"
            r"(?:an?|the|its|our|first)\b",
            case=True,
        ),
        "a goal in a list of priorities, told as a bare verb ('Submit six new IND applications in 2026', "
        "'QB-17: finish GLP toxicology, submit an IND by mid-year')",
    ),
    Rule(
        "neg.since_year",
        Effect.BLOCK,
        (M, L),
        _c(r"\bsince\s+(?:(?:early|mid|late)[-\s]+)?(?:19|20)\d\d\b"),
        "deals or payments counted since a past year ('has licensed in several assets since 2022')",
        scope=Scope.CLAUSE,
    ),
    Rule(
        "neg.earlier_periods",
        Effect.BLOCK,
        ALL,
        _c(
            r"\b(?:in|during)\s+(?:prior|previous|earlier|past|preceding)\s+(?:fiscal\s+)?(?:years|periods|quarters)\b"
        ),
        "events or payments told as those of earlier periods ('milestones received in earlier years')",
        scope=Scope.CLAUSE,
    ),
    Rule(
        "neg.month_after",
        Effect.BLOCK,
        ALL,
        _c(
            r"(?:\s+(?!(?:" + _OWN_PHRASE + r"|expect\w*|plan\w*|to|will|by|it|they|we|placed|imposed|put"
            r"|issued|announced|disclosed|reported)\b)[^\s;,.]+" + r"|" + _BY_REGULATOR + r"){0,6}?\s+"
            r"(?:in\s+(?:(?:early|mid|late)[-\s]+)?|last\s+|this\s+past\s+)"
            + _MONTH_NAME
            + r"\b(?!\s*[-/]?\s*\d)"
        ),
        "an event dated by a month alone, two months or more before the release ('approved the trial in "
        "August' or 'last August', in a December release)",
        scope=Scope.AFTER,
        dated=True,
    ),
    Rule(
        "neg.rival_event",
        Effect.BLOCK,
        ALL,
        _c(r"\b(?:rivals?|competitors?)\b"),
        "a rival's event told in a story about another company ('shares rise as rival's clinical hold clouds "
        "its timeline')",
        scope=Scope.CLAUSE,
        cues=("rival", "competitor"),
    ),
    Rule(
        "neg.habitual",
        Effect.BLOCK,
        (M, L),
        _c(
            # the habit and then what it is, as a gerund: "made its name by out-licensing"
            r"\b(?:made\s+(?:its|a|their)\s+name|(?:is|are)\s+known|built\s+(?:its|a|their)\s+"
            r"(?:name|reputation|business)|track\s+record)"
            r"\s+(?:by|for|on|of)\s+[\w-]+ing\b"
        ),
        "what a firm does as a habit, not a deal ('Duality has made its name by out-licensing ADCs to "
        "Western drugmakers')",
        scope=Scope.PREFIX,
        window=8,
        cues=("name", "known", "built", "record"),
    ),
    Rule(
        "neg.others_events",
        Effect.BLOCK,
        ALL,
        _c(
            # (not "Castellan, one of several companies in the field, has received ...")
            r"(?<!\bone\sof\s)\b(?:at\s+least\s+(?:two|three|four|five|six|a\s+dozen|\d+)|several|many"
            r"|a\s+(?:handful|number)\s+of|(?:two|three|four|five|six)\s+other|other)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:companies|developers|biotechs|drugmakers|firms|players|sponsors|groups)\b"
        ),
        "events of unnamed others told as context ('at least two Chinese developers have received "
        "clearance to start trials')",
        scope=Scope.PREFIX,
        cues=("companies", "developers", "biotechs", "drugmakers", "firms", "players", "sponsors", "groups"),
    ),
    Rule(
        "neg.month_before",
        Effect.BLOCK,
        ALL,
        # (after a bullet's label: "FNW-8: In August, Fenwick announced FDA clearance of the IND")
        _c(
            r"^\s*(?:[-•*–]\s*)?(?:[\w-]{1,24}:\s+)?(?:in\s+(?:(?:early|mid|late)[-\s]+)?|last\s+|this\s+past\s+)"
            + _MONTH_NAME
            # "In March, X announced", "In March we announced"
            + r"\b(?!\s*[-/]?\s*\d)(?:\s*,|\s+(?=(?:we|it|they|the\s+company|[A-Z][\w-]*)\s+"
            r"(?:announced|signed|entered|reported|granted|received|earned|disclosed|obtained|completed)\b))"
        ),
        "an event told after a month alone that opens its sentence, two months or more before the release "
        "('In April, X announced an exclusive licence', 'Last April, ...', in a December release)",
        scope=Scope.PREFIX,
        dated=True,
        cues=MONTH_NAMES,
    ),
    Rule(
        "neg.future_dated",
        Effect.BLOCK,
        (IND, L),
        DATE,
        "an event dated after the release is a plan ('to file an IND in 2027')",
        scope=Scope.CLAUSE,
        dated=True,
        # "has given notice ending its 2021 agreement; ... rights revert to Merriden from 14 March 2024": an
        # ending given notice of now takes effect later
        exempt=frozenset({"licensing.terminated", "licensing.rights_returned"}),
    ),
    Rule(
        "neg.future_cell",
        Effect.BLOCK,
        (IND, L),
        _c(
            r"\|\s*(?:q(?P<qn2>[1-4])\s*(?P<y4>(?:19|20)\d\d)|(?:(?:h[12]|[12]h)\s*)?(?:(?P<q>early|mid|late)[-\s]+)?"
            r"(?P<y>(?:19|20)\d\d))\s*(?:\||$)"
        ),
        "a timeline table's row that dates its step after the release ('IND submission to FDA | Q1 2026', in "
        "October 2025): a plan",
        scope=Scope.CLAUSE,
        dated=True,
        cues=("|",),
    ),
    Rule(
        "neg.past_cell",
        Effect.BLOCK,
        ALL,
        _c(r"(?:^|\|)\s*(?:(?:q[1-4]|h[12]|[12]h)\s*)?(?P<y>(?:19|20)\d\d)\s*\|"),
        "a timeline table's row that opens with a year before the release's ('2021 | FDA clears IND for "
        "BRK-101', in 2026): a step of the firm's history",
        scope=Scope.PREFIX,
        dated=True,
        cues=("|",),
    ),
    Rule(
        "neg.past_narrative",
        Effect.BLOCK,
        ALL,
        _c(
            # (a time between the auxiliary and the verb: "it has this week received")
            r"^(?!.*\b(?:has|have|having|will|to|be|been|being|is|are|am|would|shall|can|may|must|now|today)"
            r"\s+(?:(?:this|last|earlier\s+this)\s+(?:week|month|quarter)\s+)?\S+$)"
            r".*\b(?:\w+ed|took|got|won|gave|struck|bought|paid|met|hit|made|sold|began|held|signed)$"
        ),
        "a simple-past recap deeper in the body, not the news of the headline or lead",
        scope=Scope.VERB,
        body_only=True,
        unless=_PAST_NEWS,
    ),
)

RULES: tuple[Rule, ...] = (
    *_MILESTONE_BLOCK,
    *_IND_BLOCK,
    *_LIC_BLOCK,
    *_LIC_NAME_MASK,
    *_COMMON_BLOCK,
    *_MILESTONE_PROVE,
    *_IND_PROVE,
    *_LIC_PROVE,
)


def rules_for(event: EventType, effect: Effect) -> tuple[Rule, ...]:
    """Return the rules of one effect that concern an event, in table order."""
    return tuple(r for r in RULES if r.effect is effect and event in r.events)
