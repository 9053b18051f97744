"""The rule engine: run the rule table over a document's sentences and decide which events it reports.

A prove rule's match becomes a hit unless a negative rule stops it. An event is reported when a hit
stands in the headline, the summary or the lead, or deeper in the body when the headline or summary
speaks of the same kind of event. Periodic reports (results, 10-Q) report only what their headline or
summary says: the rest is recap.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from heapq import merge

from bot.classify.document import (
    FILING_FEED_TITLE,
    HEADLINE_REGIONS,
    NEWS_REGIONS,
    SUBSEQUENT_EVENTS,
    Document,
    Region,
    Sentence,
)
from bot.classify.rules import (
    DATE,
    MONTH_NAMES,
    MONTHS,
    NEWS_OF_AN_OLD_DEAL,
    NOT_ANNOUNCED_BEFORE,
    PAYMENT_WORDS,
    RULES,
    YEAR_DEAL,
    Effect,
    Rule,
    Scope,
    date_parts,
    rules_for,
)
from bot.classify.text import Need, Search, alternatives, gate, holds_need, lowered, needs
from bot.models import EventType

__all__ = ["Hit", "decide", "find_hits", "notes_from", "report"]

EVENTS = (EventType.MILESTONE, EventType.IND, EventType.LICENSING)
_PROVE = {e: rules_for(e, Effect.PROVE) for e in EVENTS}
_BLOCK = {e: rules_for(e, Effect.BLOCK) for e in EVENTS}
_MASKS = tuple(r for r in RULES if r.effect is Effect.MASK)

# where a year stands ("2024"): every date match holds one, so a stretch without one holds no date
_YEAR_AT = re.compile(r"(?=(?:19|20)\d\d|[1-4][qQ]\s?\d\d\b)")  # a year, or a quarter's short form ("2Q19")
_CLAUSE_BREAK = re.compile(r";|\s[-–—]{1,2}\s|,\s+(?:and|but|while|whereas|separately)\s")
_CURRENCY = re.compile(
    r"[$€£¥₩]|\b(?:USD|EUR|CHF|GBP|JPY|SEK|DKK|KRW|CNY|RMB|AUD|CAD|MUSD|MEUR|MSEK)\b"
    r"|\b(?:dollars|euros|yen|won|francs|kronor)\b"
)
# the words of a headline that name a reporting period or its report
_PERIOD_WORDS = (
    r"quarter(?:ly)?|annual\s+report|half[-\s]year|interim\s+report|fiscal|10-Q|10-K|20-F"
    r"|letter\s+to\s+shareholders|shareholder\s+letter|earnings|financial\s+statements|Q[1-4]|full[-\s]year"
)
_PERIODIC = re.compile(
    # "results", but not a trial's ("Positive Topline Results from Phase 2b Trial")
    r"\b(?:(?<!topline\s)(?<!top-line\s)(?<!positive\s)(?<!clinical\s)(?<!interim\sclinical\s)results"
    r"(?!\s+(?:from|of|in|at)\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:trial|study|phase))"
    r"|" + _PERIOD_WORDS + r")\b",
    re.IGNORECASE,
)
# a headline announcing news in general ("Provides Business Update"): what its body reports is the news
_UPDATE = re.compile(
    r"\b(?:provides?|provided|announces?|issues?|gives?)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:business|corporate|pipeline"
    r"|operational"
    r"|operations|program|programme|clinical|development|strategic|company)\s+(?:and\s+\w+\s+)?updates?\b"
    # "Voluntary Announcement: Business Update on ASC50": a Hong Kong issuer's news of one programme
    r"|\b(?:business|corporate|pipeline|operational|clinical|development)\s+updates?\s+on\b"
    # "Announces Pipeline Progress", "Update on Strategic Review", "Strategy and Pipeline at Investor Day"
    r"|\b(?:announces?|reports?|provides?|highlights?|outlines?|reviews?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:pipeline|corporate|business|clinical|development)\s+(?:progress|highlights)\b"
    r"|\bupdates?\s+on\s+(?:its\s+|the\s+)?(?:strategic|pipeline|business|corporate|clinical|development)\b"
    r"|\bprogress\s+in\s+(?:its\s+|the\s+)?(?:development\s+)?pipeline\b"
    r"|\bpipeline\s+at\s+(?:its\s+)?(?:\d{4}\s+)?(?:investor|R&D)\s+day\b"
    # "Result of AGM and Business Update", "Annual General Meeting: Business Update"
    r"|(?:\band|&|:|-|–)\s+(?:business|corporate|pipeline|operational|clinical)\s+updates?\b"
    # "Outlines Long-Range Strategy at 2025 Investor Day": what an investor day tells is its news
    r"|\bat\s+(?:its\s+|the\s+)?(?:(?:19|20)\d\d\s+)?(?:investor|R&D|research\s+and\s+development)\s+day\b"
    # "Announces Strategic Reprioritization", "Strategic Restructuring": what the body says is changed is news
    r"|\bstrategic\s+(?:re-?prioriti[sz]ation|restructuring|realignment|refocus)\b"
    # a current report on Form 8-K or 6-K: what its body reports is the news
    r"|(?-i:\b8-K\b|\b6-K\b)",
    re.IGNORECASE,
)
_PERIODIC_FOUND = Search(_PERIODIC)
# a trial's results in a headline, and nothing of a period's: "DURECT Reports Positive Phase IIb Results for
# POSIDUR", "Announces Pivotal Trial Results"
_TRIAL_RESULTS_FOUND = Search(
    re.compile(
        r"\b(?:phase\s+(?:[1-4]|i{1,3}|iv)(?:[ab]|/(?:[1-4]|i{1,3}))?|pivotal|topline|top-line|registrational)\b"
        r"[^.;:]{0,40}?\bresults\b",
        re.IGNORECASE,
    )
)
# (with a year's results, an annual or financial one: "Annual Results and Phase 3 Topline Results")
_PERIOD_WORDS_FOUND = Search(
    re.compile(r"\b(?:" + _PERIOD_WORDS + r"|annual|financial|(?:19|20)\d\d\s+results)\b", re.IGNORECASE)
)
# "Orrin also announced today that ...", "Corvane today also announced that ...", "Ardent today announced
# that ...", "The event triggers a milestone payment of $15 million": news of its own, or what the news the
# release tells has set off
_ANNOUNCES = (
    r"\b(?i:also|separately|additionally)\b,?\s+(?i:today\s+)?"
    # ("Lumora is also announcing today that", "Kinvara also advises that", "also disclosed on Tuesday that")
    r"(?i:announc(?:e[sd]?|ing)|report(?:s|ed|ing)?|disclos(?:e[sd]?|ing)|advis(?:e[sd]?|ing)|confirm(?:s|ed)?)\s+"
    r"(?i:today\s+|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|this\s+week\s+)?(?i:that)\b"
    # "The Board is also pleased to announce that Tillmore has become entitled to ...", "I am also pleased to
    # be able to tell shareholders that", "The Company is today able to confirm that"
    # ("I am pleased to share here that in January Bayer dosed the first patient", "I am also pleased to tell
    # shareholders that this morning the Company signed": a letter's news)
    r"|\b(?i:is|are|am)\s+(?i:also\s+)?(?i:pleased|delighted|happy|proud|excited|thrilled)\s+to\s+"
    r"(?i:announce|report|share|tell|inform|confirm|update)\s+(?i:(?:here|today|you|(?:our\s+)?shareholders"
    r"|investors)\s+)?(?i:that)\b"
    r"|\b(?i:is|are|am)\s+(?i:also\s+|today\s+|now\s+)+(?:(?i:pleased|delighted|happy)\s+to\s+be\s+)?"
    r"(?i:able)\s+to\s+"
    r"(?i:tell|inform|confirm|report(?:\s+to)?)\s+(?:(?i:shareholders|investors|the\s+market)\s+)?(?i:that)\b"
    # "Mirelle also used Thursday's announcement to disclose a regional deal", "The company also used the
    # update to tidy up its partnering map"
    r"|\b(?i:also)\s+(?i:used|uses)\s+(?:[\w'’]+\s+){0,3}(?i:announcement|release|statement|results|report|update"
    r"|presentation|call|occasion)\s+(?i:to)\b"
    # "Lower down in its release, Corvantis disclosed a setback for a second programme", "The leadership news
    # came with a quieter disclosure": news of its own, named as such
    r"|\b[A-Z][\w&.'’-]*\s+(?:[A-Z][\w&.'’-]*\s+){0,3}(?:also\s+)?(?i:disclosed|revealed|flagged|reported)\s+"
    r"(?:an?\s+|another\s+)(?:[\w-]+\s+){0,2}?(?i:setback|development|change|deal|agreement|licen[cs]e|milestone"
    r"|payment|clearance|hold|news)\b"
    r"|\b(?i:came|comes)\s+(?i:with)\s+(?:an?\s+)(?:[\w-]+\s+)?(?i:disclosure|announcement|update)\b"
    # "Tessaly learned on March 12 that China's National Medical Products Administration has given implied
    # approval": a partner's news, as it reached it
    r"|\b(?i:learned|learnt|was\s+(?:informed|notified|told))\s+(?:on\s+[^,;.]{3,30}?\s+|this\s+week\s+|last\s+week\s+)?"
    r"(?i:that)\b"
    # "Lysandre also informs its shareholders that its partner ... has received approval"
    r"|\b(?i:also)\s+(?i:informs?|tells?|notifies|updates?)\s+(?i:its\s+|our\s+|the\s+)?"
    r"(?i:shareholders|investors|market)\s+(?i:that)\b"
    # "Separately, Veltari and Bayer AG (XETRA: BAYN) have amended the licence agreement": other news, done
    # ("In a separate transaction, Valdane has entered into an exclusive worldwide license agreement")
    r"|^\s*(?i:separately|in\s+a\s+separate\s+(?:transaction|agreement|deal)),\s+(?:[A-Z][\w&.'’-]*\s+){1,4}"
    r"(?:(?:and|&)\s+(?:[A-Z][\w&.'’-]*\s+){1,4})?"
    r"(?:\([^()]{1,40}\)\s+)?(?:has|have)\s+(?:also\s+|now\s+)?[a-z]+ed\b"
    # "Ensoma also today announced a strategic collaboration and license agreement with Takeda", "also said
    # the U.S. Food and Drug Administration has cleared its Investigational New Drug application"
    r"|\b(?i:also)\s+(?i:today\s+(?:announced|said|disclosed)\s+(?:that\s+)?(?:an?|the|its)"
    r"|(?:said|disclosed|reported)\s+(?:that\s+)?(?:the\s+)?(?:U\.S\.\s+)?(?:Food\s+and\s+Drug\s+Administration|FDA)"
    r"\s+(?i:has|had)\s+(?i:cleared|accepted|approved|allowed))\b"
    # a body paragraph that opens news of its own: "Ardent today announced that it has entered into ...",
    # "The Company announces today that Mikasa has informed it ..."
    # ("Rheinfeld announces today, together with these results, that Sanofi has exercised ...")
    r"|\b(?i:today\s+announce[sd]?|announce[sd]?\s+today)(?:,[^,;]{1,60},)?\s+(?i:that)\b"
    # "today reported unaudited financial results for the third quarter ... and announced that the Center for
    # Drug Evaluation ... has approved": a results release's own news beside its results
    r"|\b(?i:today\s+(?:reported|published|released))\b[^.;]{0,160}?\b(?i:and\s+(?:also\s+)?announced\s+that)\b"
    # "The Company has been notified by Takeda Pharmaceutical Company Limited, its licensee for SY-0412, that
    # the first patient has been dosed": a notice's news, as the partner told it
    r"|\b(?i:has|have)\s+(?i:been)\s+(?i:notified|informed|advised)\b[^.;]{0,120}?\b(?i:that)\b"
    # "I can also share today that our partner ... has moved KAL-114 into Phase 2"
    # ("I can also share with you today that Health Canada has issued a No Objection Letter")
    r"|\b(?i:can|could)\s+(?:(?i:also|today)\s+)+(?i:share|announce|report|confirm|disclose)\s+"
    r"(?:(?i:with)\s+(?i:you|(?:our\s+)?(?:shareholders|investors|readers))\s+)?(?:(?i:today|here)\s+)?(?i:that)\b"
    # "Alongside the results, G1 disclosed that it has entered into an exclusive license agreement"
    r"|\b(?i:disclosed|announced)\s+(?i:that)\s+(?i:it|the\s+company)\s+(?i:has)\s+"
    r"(?i:entered\s+into|signed|granted)\b"
    # "Separately, Hanbit announced that ...", "In the same announcement, Nordkapp said ...", "Today Pellucid
    # announces that ...": the firm named between the opening words and the verb
    # ("Separately, and further down the same release, Thornbury said ...": an aside before the firm)
    # ("In a separate disclosure filed the same evening, Hanbit said it had signed ...")
    r"|\b(?:(?i:separately|additionally|in\s+(?:the\s+same|a\s+separate)\s+(?:[\w-]+\s+)?(?:announcement|release"
    r"|statement|disclosure|filing|notice)(?:\s+[^,.;:\n]{1,40}?)?),?"
    r"(?:\s+[^,.;:\n]{1,60},)?"
    r"|(?i:today),?)\s+(?:[A-Z][\w&.'’-]*\s+){1,4}(?:also\s+)?(?:today\s+)?"
    r"(?:announce[sd]?|said|says|reported|disclosed|is\s+announcing)\b"
    # "Auravia today signed an exclusive licence agreement with ...": a deal made today, told in the body
    # ("Today, Ravensworth entered into an exclusive license agreement with Lianbo")
    r"|\b[A-Z][\w&.'’-]*\s+(?:[A-Z][\w&.'’-]*\s+){0,3}today\s+(?:signed|entered\s+into|executed|concluded)\b"
    r"|\b(?i:today|this\s+morning),\s+(?:[A-Z][\w&.'’-]*\s+){1,4}(?:has\s+)?(?:signed|entered\s+into|executed"
    r"|concluded)\b"
    # "Quenda has also executed an exclusive licence agreement with ...": a further deal, told as done now
    r"|\b[A-Z][\w&.'’-]*\s+(?:[A-Z][\w&.'’-]*\s+){0,3}(?:has|have)\s+also\s+(?:signed|entered\s+into|executed"
    r"|concluded)\s+(?:an?|the)\b"
    # "Tessaline is disclosing today that this first dosing ... obligates Kaneshiro to pay"
    r"|\b(?i:is|are)\s+(?i:also\s+)?(?i:disclosing|reporting|announcing|confirming)\s+(?i:today\s+)?(?i:that)\b"
    # "Stanwick said the U.S. Food and Drug Administration has removed the partial clinical hold", "Pellucid
    # also said that the FDA has notified the Company that it may proceed": the regulator's news, reported
    r"|\b[A-Z][\w&.'’-]*\s+(?:also\s+)?said\s+(?:that\s+)?(?:the\s+)?(?:U\.S\.\s+)?(?:Food\s+and\s+Drug\s+Administration"
    r"|FDA)(?:\s+\((?:the\s+)?[\"“]?FDA[\"”]?\))?\s+has\s+(?:now\s+)?(?:removed|lifted|notified|informed|cleared|accepted"
    r"|approved|allowed|authori[sz]ed)\b"
    # "Quillon said Valmont Pharma AG (SIX: VLMN) has elected to exercise its option": a partner's decision
    # ("Varenfield said Grau Pharma (Xetra: GRP) has served notice that it is walking away from the
    # agreement")
    r"|\bsaid\s+(?:that\s+)?(?:[A-Z][\w&.'’-]*\s+){1,4}(?:\([^()]{1,40}\)\s+)?has\s+(?:now\s+)?(?:elected|exercised"
    r"|decided|opted|served|given|delivered)\b"
    # "Alongside the financing, Kelderwick has obtained exclusive worldwide rights": news beside the headline
    r"|^\s*(?i:alongside|together\s+with|in\s+parallel\s+with|concurrently\s+with)\s+(?i:the|this|today['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?i:financing|results|presentation|data|announcement|offering|placement|round),\s+"
    r"(?:[A-Z][\w&.'’-]*\s+){1,4}(?:has|have)\s+(?:also\s+)?[a-z]+ed\b"
)
_ANNOUNCES_FOUND = Search(re.compile(_ANNOUNCES))
_SECOND_LEAD_FOUND = Search(
    re.compile(
        _ANNOUNCES
        + r"|\b(?:This|The|That|(?<=, )(?:this|the|that))\s+(?:[\w-]+\s+){0,2}?(?:event|achievement|milestone"
        r"|approval|results?|data|dosing|acceptance|clearance|initiation|enrol?ment|enrollment|start|completion)"
        # "the start of the Phase 1 study triggers": what was started or completed, named after the noun
        r"\s+(?:of\s+(?:the\s+|this\s+|its\s+)?(?:[\w/-]+\s+){0,3}?(?:study|trial|program|programme)\s+"
        # or of a study named: "The start of TRELLIS triggers"
        r"|of\s+(?:the\s+)?[A-Z][\w/-]*(?:\s+(?:Phase\s+[\w/]+\s+)?(?:study|trial))?\s+)?"
        r"(?:also\s+)?(?:triggers|has\s+triggered|triggered|entitles|has\s+entitled|earns|has\s+earned)\b"
        # "The company has received a US$10 million milestone payment from Eli Lilly", "Initiation of VISTRA-1
        # triggers a $15 million development milestone payment": one sum earned now, told as news
        r"|\b(?:(?:has|have)\s+(?:now\s+|just\s+)?(?:earned|received|triggered|collected|banked)|earns|triggers"
        r"|triggering|entitles|entitling)\s+(?:[\w&.'’-]+\s+){0,4}?an?\s+(?:non-refundable\s+|one-time\s+)?"
        r"(?:US\$|\$|€|£|(?:USD|EUR|GBP|CHF)\s?)\d[\d.,]*\s*(?:million|billion|m|bn)?\s+(?:[\w-]+\s+){0,3}?"
        r"milestones?\b"
        # "has triggered a milestone payment of SEK 100 million": the sum after the payment, told as done (not
        # "IND clearance triggers a milestone payment of $2 million", how a deal's terms are told)
        r"|\b(?:has|have)\s+(?:now\s+|just\s+)?(?:earned|triggered)\s+an?\s+"
        r"(?:[\w-]+\s+){0,2}?milestone\s+payment\s+of\s+(?:US\$|\$|€|£|[A-Z]{3}\s?)\d"
    )
)
_UPDATE_FOUND = Search(_UPDATE)
# a body that says it holds news not announced before (a shareholder letter, a filing's note)
_NEW_IN_BODY = re.compile(
    r"\b"
    + NOT_ANNOUNCED_BEFORE
    + r"|\b(?:announc|disclos|report)\w*\s+(?:[^\s.;]+\s+){0,3}?for\s+the\s+first\s+time\b"
    r"|\b(?:unannounced|previously\s+undisclosed)\b"
    # "The notice was received on 19 August 2025 and is made public through this report"
    r"|\b(?:is|are|was|were|being)\s+(?:hereby\s+)?(?:made\s+public|disclosed|published)\s+(?:through|in|with)\s+"
    r"this\s+(?:report|announcement|release)\b"
    # "Subsequent to year end, on March 18, 2025, Aldergrove and Jazz amended their 2022 licence agreement":
    # news a periodic report tells of the weeks after its period
    r"|\b(?:subsequent\s+to|after|following)\s+(?:the\s+)?(?:fiscal\s+)?(?:year|quarter|period|half-year)[-\s]end\b"
    r"|\bsubsequent\s+to\s+the\s+end\s+of\s+the\s+(?:fiscal\s+)?(?:year|quarter|period|half-year)\b"
    # a current report's "Item 1.01 Entry into a Material Definitive Agreement": the deal is the report's
    # news, whatever else it furnishes (a quarter's results under Item 2.02)
    r"|(?-i:\bItem\s+1\.01\b)",
    re.IGNORECASE,
)
# "Polgarth announces today that it has become entitled to …": news told inside a periodic report (in
# any other release every lead says "today announced", so this marks news only under a results headline)
_ANNOUNCED_TODAY = re.compile(
    r"\b(?:today\s+announced|announces\s+today|announced\s+today|is\s+announcing\s+today)\s+that\s+"
    r"(?:[^\s;]+\s+){0,8}?(?:has|have)\s+(?!been\s+(?:named|appointed|added))",
    re.IGNORECASE,
)
# words in a headline or summary that show it speaks of an event, so body evidence may count
EVENT_CUES = {
    EventType.MILESTONE: re.compile(
        r"milestone|payment|\bpaid\b|\bearn|\breceiv|\bcollect|\btrigger|\bbank|\bpocket|\bbook",
        re.IGNORECASE,
    ),
    EventType.IND: re.compile(
        r"(?-i:\bIND\b)|investigational|clinical\s+(?:trial|hold)|\bhold\b|(?-i:\bCT[AN]\b)|\btrials?\b"
        r"|\bstud(?:y|ies)\b|\bclear|go-ahead|approv|green\s+light|into\s+the\s+clinic|first-in-human",
        re.IGNORECASE,
    ),
    EventType.LICENSING: re.compile(
        r"licen|rights|option|opt[-\s]in|agreement|deal|pact|collaborat|alliance|terminat|amend"
        r"|\bpartner(?:s|ed|ing)?\s+with\b|\bjoin(?:s|ed|ing)?\s+forces|\bteam(?:s|ed|ing)?\s+up"
        r"|territor(?:y|ies)\s+(?:expanded|extended|widened)",
        re.IGNORECASE,
    ),
}


# Most rules cannot match most sentences: each pattern is read once, at import, for the words any match
# of it must contain (see `text.needs`), and a rule runs only on a sentence holding them.
@dataclass(frozen=True, slots=True)
class _Gate:
    """What a sentence must hold before a rule is tried on it."""

    cues: frozenset[str]  # the rule's own cue words: one must be in the lower-cased sentence (if any)
    # read from the pattern (`text.needs`), each by its place in `_NEEDS`; used on ASCII sentences only
    needs: tuple[int, ...]
    # the pattern's top-level alternatives with the needs of each: one of them must be able to match
    alternatives: tuple[tuple[re.Pattern[str], tuple[int, ...]], ...]
    # each alternative as rewritten to read a lower-cased ASCII sentence (`text.lowered`), or None
    lower_alternatives: tuple[re.Pattern[str] | None, ...]


# every need of every rule's gate, once: many rules need the same words ("milestone", "licen"), and a
# sentence is looked at for each need at most once (see `_Sentence.holds`)
_NEEDS: list[Need] = []
_NEED_AT: dict[Need, int] = {}


def _need_ids(clauses: tuple[frozenset[str], ...]) -> tuple[int, ...]:
    """The places in `_NEEDS` of the needs read from a pattern (`text.needs`), added where new."""
    ids: list[int] = []
    for need in gate(clauses):
        at = _NEED_AT.get(need)
        if at is None:
            at = _NEED_AT[need] = len(_NEEDS)
            _NEEDS.append(need)
        ids.append(at)
    return tuple(ids)


def _gate_of(pattern: re.Pattern[str], cues: tuple[str, ...] = ()) -> _Gate:
    """The gate of a pattern: cue words, and the needs of the pattern and of each of its alternatives."""
    alts = tuple((alt, _need_ids(needs(alt))) for alt in alternatives(pattern))
    lower_alts = tuple(lowered(alt) for alt, _ in alts)
    return _Gate(
        cues=frozenset(cues),
        needs=_need_ids(needs(pattern)),
        alternatives=alts,
        lower_alternatives=lower_alts,
    )


def _gate(rule: Rule) -> _Gate:
    """The gate of a rule: its cues, and the needs of its pattern."""
    # a verb-scope rule reads words rebuilt from the sentence, not the sentence: only its cues gate it
    if rule.scope is Scope.VERB:
        return _Gate(
            cues=frozenset(rule.cues),
            needs=(),
            alternatives=((rule.pattern, ()),),
            lower_alternatives=(None,),
        )
    return _gate_of(rule.pattern, rule.cues)


_GATES = {rule.name: _gate(rule) for rule in RULES}
# each rule's whole pattern as rewritten to read a lower-cased ASCII sentence (`text.lowered`), or None
_LOWERED = {rule.name: lowered(rule.pattern) for rule in RULES}
_UNLESS = {rule.name: _gate_of(rule.unless) for rule in RULES if rule.unless is not None}
# patterns searched over a whole headline, summary or body
_NEW_IN_BODY_SEARCH = Search(_NEW_IN_BODY)
_FIRST_TOLD_FOUND = _NEW_IN_BODY_SEARCH  # the same search, asked of one sentence (built once)
_ANNOUNCED_TODAY_SEARCH = Search(_ANNOUNCED_TODAY)
_EVENT_CUE_SEARCH = {event: Search(pattern) for event, pattern in EVENT_CUES.items()}
# a headline or summary about a licence outside pharma (batteries, software), or about buying or merging
# with a whole company, speaks of no licensing event
_NOT_A_LICENCE_SEARCHES = (
    *(Search(r.pattern) for r in RULES if r.name in {"neg.non_pharma_licence", "neg.acquisition"}),
    # "Obtains Drug Production Licence for Changsha Biologics Manufacturing Facility": a regulator's licence
    # to make, sell or hold medicines (its body's "the grant of the Licence" is that licence)
    Search(
        re.compile(
            r"\b(?:production|manufactur\w*|wholesale|wholesaler|establishment|importation|import|export"
            r"|pharmacy|narcotics?)(?:'s?)?\s+(?:business\s+)?licen[cs]es?\b(?!\s+(?:agreement|deal|option))"
            r"|\bc?GMP\s+(?:certificat\w+|licen[cs]es?)\b",
            re.IGNORECASE,
        )
    ),
    # "Announces Grant of Share Options and Award Shares": its "Options" and "grant" are a share scheme's
    # (unless a licence is named too)
    Search(
        re.compile(
            r"^(?![^\n]*licen[cs])[^\n]*\b(?:(?:share|stock)\s+options?|award\s+shares|share\s+(?:award|incentive)\s+"
            r"schemes?)\b",
            re.IGNORECASE,
        )
    ),
)
_CUES = tuple(sorted({c for rule in RULES for c in rule.cues}))  # looked for once per sentence
_PROVE_GATES = tuple((e, rule, _GATES[rule.name]) for e in EVENTS for rule in _PROVE[e])
_PROVE_CUES = frozenset(c for _, rule, _ in _PROVE_GATES for c in rule.cues)
# where each prove rule stands in the table, by its cue words; the rules without cues are always tried
_PROVES_BY_CUE = {
    c: frozenset(k for k, (_, rule, _) in enumerate(_PROVE_GATES) if c in rule.cues) for c in _CUES
}
_UNCUED_PROVES = frozenset(k for k, (_, rule, _) in enumerate(_PROVE_GATES) if not rule.cues)
_ALL_PROVES = frozenset(range(len(_PROVE_GATES)))
_PROVES_OF = {e: frozenset(k for k, (event, _, _) in enumerate(_PROVE_GATES) if event is e) for e in EVENTS}
# masks write "_" over words: a cue without one is never made by masking, only removed
_PLAIN_CUES = not any("_" in c for c in _CUES)
# a sentence without any prove rule's cue is skipped whole
_ALL_PROVE_CUED = all(rule.cues for _, rule, _ in _PROVE_GATES) and _PLAIN_CUES
# negative rules, cheapest first: whether any stops a match does not depend on the order they are tried
_COST = {
    Scope.PREFIX: 0,
    Scope.VERB: 1,
    Scope.CLAUSE: 2,
    Scope.LEAD_IN: 3,
    Scope.SENTENCE: 4,
    Scope.OVERLAP: 5,
}
_BLOCK_BY_COST = {
    e: tuple(sorted(_BLOCK[e], key=lambda r: (_COST.get(r.scope, 6), not r.window))) for e in EVENTS
}


@dataclass(frozen=True, slots=True)
class Hit:
    """A prove rule that matched a sentence and was not stopped."""

    event: EventType
    rule: str
    sentence: Sentence


def _blank(m: re.Match[str]) -> str:
    return "_" * len(m.group(0))


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """A text with the characters of some spans (in order, apart) written over with "_"."""
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append("_" * (end - start))
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _mask(text: str, lower: str) -> str:
    """Blank out the words mask rules remove, keeping every other character where it was."""
    # the needed words are read on the unmasked text: a mask only writes "_", which no needed word holds
    ascii_text = text.isascii()
    masked_lower = lower  # the lower-cased copy of the text as masked so far
    for rule in _MASKS:
        rule_gate = _GATES[rule.name]
        if rule_gate.cues and not _holds_any(lower, rule_gate.cues):
            continue
        if ascii_text and not all(holds_need(text, lower, _NEEDS[at]) for at in rule_gate.needs):
            continue
        lower_pattern = _LOWERED[rule.name]
        if ascii_text and lower_pattern is not None:
            # where the pattern matches the text, found in its lower-cased copy (see `text.lowered`)
            spans = [m.span() for m in lower_pattern.finditer(masked_lower)]
            if spans:
                text, masked_lower = _blanked(text, spans), _blanked(masked_lower, spans)
        else:
            text = rule.pattern.sub(_blank, text)
            masked_lower = text.lower()
    return text


def _verb_span(m: re.Match[str]) -> tuple[int, int]:
    """Where the verb of a match stands (named groups v to v6), or the whole match."""
    for name in ("v", "v2", "v3", "v4", "v5", "v6"):
        if name in m.re.groupindex and m.group(name) is not None:
            return m.start(name), m.end(name)
    return m.start(), m.end()


# the month (from 0) that "early/mid/late 2026" or "the spring of 2026" stands for (a season's last)
_SEASON_MONTH = {"early": 1, "mid": 5, "late": 10, "spring": 4, "summer": 7, "autumn": 10, "fall": 10}
_SEASON_MONTH["winter"] = 11


def _months_before(m: re.Match[str], published: date) -> int | None:
    """How many months a date match lies before publication (negative: after); None for a bare year.
    A month without a year is the latest such month up to publication ("in August", in a December
    release: four months before); a quarter is its last month."""
    # the date patterns differ in which of the groups `date_parts` reads they have
    year, month, _ = date_parts(m.groupdict())
    if year is None:
        return None if month is None else (published.month - month) % 12
    if month is None:
        if year != published.year:
            return (published.year - year) * 12
        # "in mid-2026" in a January 2026 release: a season of the year stands for a month of it
        season = m.groupdict().get("q") or m.groupdict().get("sn")
        if season is None:
            return None
        return published.month - _SEASON_MONTH[season.lower()] - 1
    return (published.year - year) * 12 + (published.month - month)


# "annual net sales passed $1 billion in 2024", told in 2025: last year dates the sales it counts, and
# the payment they trigger is news
# ("US net sales of the severe-asthma antibody Pellunar topped $250 million in 2024")
_SALES_YEAR_BEFORE = re.compile(r"\b(?:sales|revenues?)\b[^.;]{0,90}$", re.IGNORECASE)


def _is_old(m: re.Match[str], published: date | None) -> bool:
    """True when a date match names a time two months or more before publication (a year of sales just
    ended excepted)."""
    if published is None:
        return False
    months = _months_before(m, published)
    if (
        months == 12
        and m.group(0)[-4:] == str(published.year - 1)
        and _SALES_YEAR_BEFORE.search(m.string, max(0, m.start() - 100), m.start()) is not None
    ):
        return False
    return months is not None and months >= 2


def _is_future(m: re.Match[str], published: date | None) -> bool:
    """True when a date match names a time after the month of publication."""
    if published is None:
        return False
    months = _months_before(m, published)
    if months is not None and date_parts(m.groupdict())[2]:
        months += 2  # a quarter under way is no future: it started two months before its last
    return months is not None and months < 0


class _Sentence:
    """One sentence prepared for matching: masked text, lower-case copy and what was found in it."""

    __slots__ = (
        "alts",
        "ascii",
        "blocks",
        "clauses",
        "cues",
        "first",
        "held",
        "lower",
        "news_body",
        "payment",
        "sentence",
        "spans",
        "text",
        "unless",
        "wide",
        "years",
    )

    def __init__(
        self,
        sentence: Sentence,
        *,
        lower: str,
        cues: frozenset[str],
        present: tuple[str, ...],
        news_body: bool = False,
    ) -> None:
        self.sentence = sentence
        self.news_body = news_body  # the body is the news (a "business update"): no body-only blocks
        self.text = _mask(sentence.text, lower)
        if self.text == sentence.text:
            self.lower, self.cues = lower, cues
        else:
            self.lower = self.text.lower()
            self.cues = _cues_in(self.lower, present if _PLAIN_CUES else _CUES)
        self.ascii = self.text.isascii()
        self.blocks: dict[EventType, tuple[Rule, ...]] = {}  # event -> negative rules that may match here
        # pattern -> the alternatives that may match, each with whether it reads the lower-cased sentence
        self.alts: dict[str, tuple[tuple[re.Pattern[str], bool], ...]] = {}
        self.wide: dict[str, bool] = {}
        self.unless: dict[str, bool] = {}
        self.spans: dict[str, list[tuple[int, int]]] = {}  # overlap rule -> where it matches
        self.clauses: dict[tuple[int, int], tuple[int, int]] = {}  # match -> its clause
        self.payment: bool | None = None
        self.first: bool | None = None
        self.years: list[int] | None = None
        self.held = bytearray(len(_NEEDS))  # each need of `_NEEDS`: 0 not looked at yet, 1 held, 2 not

    def holds(self, ids: tuple[int, ...]) -> bool:
        """Whether the (ASCII) sentence holds the needs at these places of `_NEEDS` (each looked at once)."""
        for at in ids:
            held = self.held[at]
            if held == 0:
                held = 1 if holds_need(self.text, self.lower, _NEEDS[at]) else 2
                self.held[at] = held
            if held == 2:
                return False
        return True

    def may_match(self, name: str, rule_gate: _Gate) -> bool:
        """False when the sentence lacks the words a rule needs, so the rule cannot match here."""
        if rule_gate.cues and rule_gate.cues.isdisjoint(self.cues):
            return False
        if not self.ascii:
            return True
        if rule_gate.needs and not self.holds(rule_gate.needs):
            return False
        # some alternative must be able to match: those that can are read once, and searched later
        return len(rule_gate.alternatives) == 1 or len(self.searchers(name, rule_gate)) > 0

    def searchers(self, name: str, rule_gate: _Gate) -> tuple[tuple[re.Pattern[str], bool], ...]:
        """The alternatives of a pattern that may match in this sentence (read once per pattern), each
        with whether it is to read the lower-cased sentence (see `reader`)."""
        found = self.alts.get(name)
        if found is None:
            alts = rule_gate.alternatives
            if self.ascii:
                chosen: list[tuple[re.Pattern[str], bool]] = []
                for k, (alt, alt_needs) in enumerate(alts):
                    if self.holds(alt_needs):
                        lower_alt = rule_gate.lower_alternatives[k]
                        chosen.append((alt, False) if lower_alt is None else (lower_alt, True))
                found = tuple(chosen)
            else:
                found = tuple((alt, False) for alt, _ in alts)
            self.alts[name] = found
        return found

    def exists(self, rule: Rule, start: int, end: int) -> bool:
        """Whether a rule's pattern matches between two points: a match of one of its alternatives."""
        for alt, on_lower in self.searchers(rule.name, _GATES[rule.name]):
            if alt.search(self.lower if on_lower else self.text, start, end) is not None:
                return True
        return False

    def reader(self, rule: Rule) -> tuple[re.Pattern[str], str]:
        """A rule's whole pattern and the text it reads: on an ASCII sentence, the pattern rewritten for
        the lower-cased sentence where it can be (the same matches at the same places, faster), with
        that sentence; else the pattern and the sentence as they are."""
        lower_pattern = _LOWERED[rule.name]
        if self.ascii and lower_pattern is not None:
            return lower_pattern, self.lower
        return rule.pattern, self.text

    def blockers(self, event: EventType) -> tuple[Rule, ...]:
        """The negative rules of an event that may match in this sentence, cheapest first (read once)."""
        found = self.blocks.get(event)
        if found is None:
            body = self.sentence.region is Region.BODY and not self.news_body
            rules = _BLOCK_BY_COST[event]
            found = tuple(
                r for r in rules if (body or not r.body_only) and self.may_match(r.name, _GATES[r.name])
            )
            self.blocks[event] = found
        return found

    def sentence_wide(self, rule: Rule) -> bool:
        """Whether a sentence-scope rule matches anywhere (computed once per sentence)."""
        found = self.wide.get(rule.name)
        if found is None:
            found = self.exists(rule, 0, len(self.text))
            self.wide[rule.name] = found
        return found

    def excepted(self, rule: Rule) -> bool:
        """Whether the sentence holds the words that keep a negative rule from applying (once per rule)."""
        if rule.unless is None:
            return False
        found = self.unless.get(rule.name)
        if found is None:
            found = False
            for alt, on_lower in self.searchers(rule.name + " unless", _UNLESS[rule.name]):
                if alt.search(self.lower if on_lower else self.text) is not None:
                    found = True
                    break
            self.unless[rule.name] = found
        return found

    def matched_spans(self, rule: Rule) -> list[tuple[int, int]]:
        """Where an overlap rule matches in the sentence (found once per rule)."""
        found = self.spans.get(rule.name)
        if found is None:
            pattern, text = self.reader(rule)
            found = [b.span() for b in pattern.finditer(text)]
            self.spans[rule.name] = found
        return found

    def clause(self, m: re.Match[str]) -> tuple[int, int]:
        """Where the clause holding a match starts, and where the clause after the match ends."""
        found = self.clauses.get(m.span())
        if found is None:
            brk = _CLAUSE_BREAK.search(self.text, m.end())
            found = _clause_start(self.text, m.start()), brk.start() if brk is not None else len(self.text)
            self.clauses[m.span()] = found
        return found

    def dated(self, published: date | None, start: int, end: int) -> bool:
        """Whether a date may stand between two points that can be read against a publication date."""
        if published is None:
            return False  # no date is old or in the future then
        if self.years is None:
            self.years = [m.start() for m in _YEAR_AT.finditer(self.text)]
        at = bisect_left(self.years, start)
        return at < len(self.years) and self.years[at] + 4 <= end

    def first_told(self) -> bool:
        """Whether the sentence says it tells its news for the first time (its dates then say when the
        event happened, not that it is a recap; once per sentence)."""
        if self.first is None:
            self.first = _first_told(self.sentence.text)  # (masks take out "not previously announced")
        return self.first

    def has_payment(self) -> bool:
        """Whether the sentence speaks of money or payment (once per sentence)."""
        if self.payment is None:
            self.payment = bool(PAYMENT_WORDS.search(self.text) or _CURRENCY.search(self.text))
        return self.payment


def _holds_any(lower: str, words: frozenset[str]) -> bool:
    """Whether a lower-cased text holds one of some words (a plain loop, as in `_cues_in`)."""
    found = False
    for word in words:  # compiled, a plain loop tests each word directly; any() would run a generator
        if word in lower:
            found = True
            break
    return found


def _cues_in(lower: str, cues: tuple[str, ...]) -> frozenset[str]:
    """The cue words a lower-cased sentence holds, of those given."""
    # a plain loop: compiled, `cue in lower` is a direct substring test, where filter(lower.__contains__)
    # makes a method object and calls it through the generic protocol for every cue
    found: list[str] = []
    for cue in cues:
        if cue in lower:
            found.append(cue)
    return frozenset(found)


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding `pos` starts."""
    start = 0
    for b in _CLAUSE_BREAK.finditer(text, 0, pos):
        start = b.end()
    return start


def _blocked_by(rule: Rule, s: _Sentence, m: re.Match[str], *, prove: Rule, published: date | None) -> bool:
    """True when a negative rule, one that may match in the sentence, stops the match of a prove rule."""
    if prove.name in rule.exempt or s.excepted(rule):
        return False
    # "disclosed for the first time that the company earned a $12 million milestone ... in May": dates say
    # when it happened, not that it is a recap
    if rule.dated and s.first_told():
        return False
    text = s.text
    if rule.scope is Scope.SENTENCE:
        return s.sentence_wide(rule)
    if rule.scope is Scope.OVERLAP:
        return any(bs < m.end() and be > m.start() for bs, be in s.matched_spans(rule))
    if rule.scope is Scope.LEAD_IN:
        return s.exists(rule, 0, m.start())
    if rule.scope is Scope.AFTER:
        # the words right after the match date the event: an earlier date makes it background
        pattern, read = s.reader(rule)
        after = pattern.match(read, m.end())
        return after is not None and (not rule.dated or _is_old(after, published))
    if rule.scope is Scope.VERB:
        vs, ve = _verb_span(m)
        before = " ".join(text[max(0, vs - 60) : vs].split()[-4:])
        verb = text[vs:ve].split()
        return rule.pattern.search((before + " " + (verb[0] if verb else "")).strip()) is not None
    start, end = s.clause(m)
    if rule.scope is Scope.CLAUSE:
        if rule.dated:
            if rule.pattern is DATE and not s.dated(published, start, end):
                return False
            pattern, read = s.reader(rule)
            return any(
                _is_future(d, published) and not _next_step_before(text, m.end(), d.start())
                for d in pattern.finditer(read, start, end)
            )
        return s.exists(rule, start, end)
    # prefix: the clause before the match (or a window of words), and the match itself
    if rule.window:
        # the last `window` words before the match, read from a bounded slice so the search stays linear
        piece = text[max(start, m.start() - 12 * rule.window) : m.start()]
        # (what a colon opens stands apart from the words that lead up to it: "Asked how a company of
        # Pellucid's size could pay for late-stage trials, Haugland revealed a deal: Pellucid has granted")
        # (not a ticker's colon: "expects partner Corvane (NYSE: CVN) to take up its option")
        colon = piece.rfind(": ")
        if colon >= 0 and piece.count(")", colon) <= piece.count("(", colon):
            piece = piece[colon + 2 :]
        words = piece.split()[-rule.window :] if piece.strip() else []
        start = m.start() - (len(piece) - piece.find(words[0]) if words else 0)
    if rule.dated:
        if rule.pattern is DATE and not s.dated(published, start, m.end()):
            return False
        pattern, read = s.reader(rule)
        old_deal = prove.name in NEWS_OF_AN_OLD_DEAL
        return any(
            _is_old(d, published)
            and not _in_aside(text, d.start(), m.start())
            # ("today reported results for the third quarter ended September 30, 2024 and announced that the
            # CDE has approved its investigational new drug application": a period's end, no event's date)
            and (
                d.start() >= m.start()
                or _PERIOD_ENDED.search(text, max(0, d.start() - 12), d.start()) is None
            )
            and not _in_relative_clause(text, d.start(), m.start())
            and not (old_deal and _names_the_deal(text, d.start(), m.start()))
            and not (
                rule.pattern is DATE
                and prove.events != (EventType.LICENSING,)
                and _dates_an_agreement(text, d.start(), d.end())
            )
            for d in pattern.finditer(read, start, m.end())
        )
    if not s.exists(rule, start, m.end()):
        return False
    if "," not in text[start : m.start()]:
        return True
    # words in a relative clause closed before the match tell of something else: "the IND for TMS-101, which
    # the Company had submitted on September 19, 2024, may proceed"
    pattern, read = s.reader(rule)
    return any(
        not _in_relative_clause(text, found.start(), m.start())
        for found in pattern.finditer(read, start, m.end())
    )


# the words that make a date a reporting period's end: "for the third quarter ended September 30, 2024"
_PERIOD_ENDED = re.compile(r"\b(?:ended|ending)\s+$", re.IGNORECASE)
# a determiner or owner right before a date: the date names a deal ("ending their December 2021 option")
_DEAL_DATE_AFTER = re.compile(r"\b(?:its|their|the|our|this|that|[\w-]+['’]s)\s+$", re.IGNORECASE)


def _names_the_deal(text: str, at: int, match: int) -> bool:
    """Whether a date at `at`, inside a match of news of an old deal, names the deal it ends or changes
    (a date after a determiner: "ending their December 2021 option"), so it does not date the news."""
    return at >= match and _DEAL_DATE_AFTER.search(text, max(match, at - 20), at) is not None


# where an aside opens after a name: "SKB264, a TROP2-directed ADC licensed to MSD in May 2022, has met
# a milestone" (not after a phrase: "According to a disclosure, the payment fell due under ...")
_ASIDE_OPENS = re.compile(
    r"(?:\b[A-Z][\w&.-]*|\b\w*\d\w*|\))(?P<comma>,)\s+(?i:a|an|the|which|who|whose|its)\s"
)


# words after an event that open the next step it leads to: "cleared the IND, allowing a trial to begin in
# the second quarter of 2023", "submitted an IND for a trial expected to start in 2021"
_NEXT_STEP = re.compile(
    r"\b(?:allow(?:s|ed|ing)|enabl(?:es|ed|ing)|permitt(?:ed|ing)|paving|clearing\s+the\s+way|expected|anticipated"
    r"|planned|scheduled|slated|to\s+(?:begin|start|commence|initiate|open|dose|enrol\w*|report|read\s+out)"
    # "with the first healthy volunteer due to be dosed in the first quarter of 2024"
    r"|due\s+to\s+(?:be\s+)?(?:dosed|begin|start|enrol\w*))\b",
    re.IGNORECASE,
)


def _next_step_before(text: str, end: int, at: int) -> bool:
    """Whether words opening a next step stand between the end of a match and a later date: the date is
    that step's, not the event's."""
    return at >= end and _NEXT_STEP.search(text, end, at) is not None


# an agreement and then its date: "Pursuant to our collaboration agreement with Astellas, effective June 1,
# 2005, the start of the trial triggered a milestone": the date is the agreement's, not the payment's
_AGREEMENT_DATED = re.compile(
    # ("the license agreement concluded between Shirakawa and Jiangnan in March 2021")
    r"\b(?:agreements?|licen[cs]es?|collaborations?|contracts?)"
    r"(?:\s+(?:concluded|signed|executed|entered\s+into|made|struck))?"
    r"(?:\s+(?:with|between)\s+[^,;()]{1,60}?)?"
    r"(?:\s*\([^()]{0,40}\))?,?\s+(?:(?:dated|effective|signed|executed|entered\s+into)(?:\s+(?:as\s+of|on))?\s+)?"
    r"(?:in\s+|on\s+)?$",
    re.IGNORECASE,
)


# a date that names the agreement after it: "Under the companies' November 2022 agreement"
_AGREEMENT_NAMED = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:agreements?|licen[cs]es?|collaborations?|contracts?|deals?)\b", re.IGNORECASE
)


def _dates_an_agreement(text: str, at: int, end: int) -> bool:
    """Whether a date at `at` (ending at `end`) dates an agreement named before or right after it (a
    milestone or IND under an old agreement is news; a licence granted under one is not, so licensing rules
    never ask)."""
    return (
        _AGREEMENT_DATED.search(text, max(0, at - 100), at) is not None
        or _AGREEMENT_NAMED.match(text, end) is not None
    )


# where a relative clause opens after any word: "the investigational new drug application for TMS-101, a
# CAR-engineered Treg therapy for chronic graft-versus-host disease, which the Company had submitted on
# September 19, 2024, may proceed"
_RELATIVE_OPENS = re.compile(r"\w(?P<comma>,)\s+(?:which|who|whose)\s")


def _in_aside(text: str, at: int, match: int, *, opens: re.Pattern[str] = _ASIDE_OPENS) -> bool:
    """Whether a date at `at` stands in an aside that closes before a match: it dates what the aside tells."""
    opened = max((o.start("comma") for o in opens.finditer(text, max(0, at - 150), at)), default=-1)
    return opened >= 0 and "," not in text[opened + 1 : at] and "," in text[at:match]


def _in_relative_clause(text: str, at: int, match: int) -> bool:
    """Whether words at `at` stand in a relative clause (", which ...,") that closes before a match."""
    return _in_aside(text, at, match, opens=_RELATIVE_OPENS)


def _passes(prove: Rule, s: _Sentence, m: re.Match[str], event: EventType, published: date | None) -> bool:
    """True when no negative rule stops the match and the rule's own conditions hold."""
    if prove.payment_context and not s.has_payment():
        return False
    return not any(_blocked_by(r, s, m, prove=prove, published=published) for r in s.blockers(event))


def _hits_in(
    doc: Document, sentences: Sequence[Sentence], *, present: tuple[str, ...], rules: frozenset[int]
) -> list[Hit]:
    """The unstopped matches of some prove rules (places in `_PROVE_GATES`) in the sentences, in order."""
    hits: list[Hit] = []
    news_body = _is_update(doc.title)
    periodic: bool | None = None  # asked only of a sentence in a recently dated paragraph
    for sentence in sentences:
        lower = sentence.text.lower()
        cues = _cues_in(lower, present)
        # only the prove rules one of whose cues the sentence holds, in table order
        tried = rules.intersection(_UNCUED_PROVES.union(*(_PROVES_BY_CUE[c] for c in cues)))
        if not tried:
            continue  # no such rule's cue word: masks only remove words, so none can match
        told_in_report = False
        if _in_fresh_paragraph(doc, sentence):
            if periodic is None:
                # (a results release that also announces today is no less a report of its period: "On 21
                # August 2023 Veltrix granted Seiwa ... the exclusive right", three days before it)
                periodic = _reports_a_period(doc.title)
            # (and in any release, a sentence that dates what it tells to the day, days before: "Dunbeath's
            # clinical trial application ... was authorised on 14 October 2025", in a release of 23 October)
            told_in_report = periodic or _dated_days_before(sentence.text, doc.published)
        # a body sentence that opens news of its own ("Valmorel today announces that ...") is read as news
        s = _Sentence(
            sentence,
            lower=lower,
            cues=cues,
            present=present,
            # (a sentence that says it tells news for the first time tells it in the past: "disclosed for the
            # first time that the company earned a $12 million milestone ... in May")
            # (and, in a periodic report, one in a paragraph that dates its news to the last weeks and does
            # not say it was told before tells it in the past: "... triggered a milestone payment of EUR 3
            # million ..., which was received on 24 June 2025")
            news_body=news_body
            or _announces(sentence)
            or _first_told(sentence.text)
            # (what follows an announcement in its paragraph tells that news: "I am pleased to share here
            # that in January Bayer dosed the first patient ... That event triggered a $15 million milestone
            # payment")
            or _after_announcement(doc, sentence)
            or told_in_report,
        )
        for k in sorted(tried):
            event, prove, prove_gate = _PROVE_GATES[k]
            if not s.may_match(prove.name, prove_gate):
                continue
            pattern, text = s.reader(prove)
            for m in pattern.finditer(text):
                if _passes(prove, s, m, event, doc.published):
                    hits.append(Hit(event=event, rule=prove.name, sentence=sentence))
                    break
    return hits


def _present(sentences: Sequence[Sentence]) -> tuple[str, ...]:
    """The cue words the sentences hold at all, read once: each sentence is then read for these only."""
    text = "\n".join([s.text.lower() for s in sentences])
    found: list[str] = []
    for cue in _CUES:  # a plain loop, as in `_cues_in`
        if cue in text:
            found.append(cue)
    return tuple(found)


def find_hits(doc: Document) -> list[Hit]:
    """Return every unstopped prove-rule match in the document's news-bearing sentences."""
    sentences = [s for s in doc.sentences if s.region in NEWS_REGIONS or s.region is Region.BODY]
    return _without_retold_licences(
        doc, _hits_in(doc, sentences, present=_present(sentences), rules=_ALL_PROVES)
    )


def _second_lead(sentence: Sentence) -> bool:
    """A body sentence that opens news of its own ("Orrin also announced today that the FDA has
    cleared ..."): read as a lead, whatever the headline is about."""
    return (
        sentence.region is Region.BODY
        and _holds_any(sentence.text.lower(), _SECOND_LEAD_WORDS)
        and _SECOND_LEAD_FOUND.found(sentence.text)
    )


# words one of which every alternative of `_ANNOUNCES` holds, and of `_SECOND_LEAD_FOUND` and `_NEW_IN_BODY`:
# a sentence without any is not searched (most are not; the patterns try every alternative at every place)
_ANNOUNCES_WORDS = frozenset(
    {"also", "today", "announc", "disclos", "separate", "additionally", "able", "morning", "said"}
    | {"alongside", "together with", "in parallel", "concurrently", "reporting", "confirming"}
    | {"notified", "informed", "advised", "learned", "learnt", "was told"}
    | {"revealed", "flagged", "reported", "came with", "comes with"}
    | {"pleased", "delighted", "happy", "proud", "excited", "thrilled"}
)
_SECOND_LEAD_WORDS = _ANNOUNCES_WORDS | {"trigger", "entitl", "earn", "receiv", "collect", "bank"}
_FIRST_TOLD_WORDS = frozenset(
    {"announced", "disclosed", "reported", "public", "first time", "unannounced", "published"}
    | {"flagged", "mentioned", "highlighted"}
    | {"year end", "year-end", "quarter end", "quarter-end", "period end", "period-end", "end of the"}
)


def _announced_here(text: str) -> bool:
    """Whether a sentence says it announces news of its own (see `_ANNOUNCES`)."""
    return _holds_any(text.lower(), _ANNOUNCES_WORDS) and _ANNOUNCES_FOUND.found(text)


def _first_told(text: str) -> bool:
    """Whether a sentence says it tells news not told before (see `_NEW_IN_BODY`)."""
    return (_holds_any(text.lower(), _FIRST_TOLD_WORDS) or "Item 1.01" in text) and _FIRST_TOLD_FOUND.found(
        text
    )


def _announces(sentence: Sentence) -> bool:
    """A body sentence that says it announces news today ("Valmorel today announces that ...")."""
    return sentence.region is Region.BODY and _announced_here(sentence.text)


def announcement_of(doc: Document, sentence: Sentence) -> Sentence | None:
    """The sentence before a sentence, in its paragraph, that announces news today ("Separately, Hanbit
    announced that Sanofi has dosed ..." before "The dosing triggers a milestone payment"), or None."""
    if sentence.paragraph < 0:
        return None
    return _announcements(doc)[sentence.index]


# the document last read by `_announcements` and what it found (held whole, so the identity stays its own)
_LAST_READ: tuple[Document, tuple[Sentence | None, ...]] | None = None


def _announcements(doc: Document) -> tuple[Sentence | None, ...]:
    """For each sentence, the last earlier one of its paragraph that announces news today, or None: one
    pass over the document, so a long paragraph costs no more than its sentences (asked of each body
    sentence, in `report`, `decide` and for the partners: the pass is made once per document)."""
    global _LAST_READ
    last_read = _LAST_READ
    if last_read is not None and last_read[0] is doc:
        return last_read[1]
    out: list[Sentence | None] = []
    last: Sentence | None = None
    paragraph = -2
    for s in doc.sentences:
        if s.paragraph != paragraph:
            last, paragraph = None, s.paragraph
        out.append(last if s.paragraph >= 0 else None)
        if s.paragraph >= 0 and _announces(s):
            last = s
    found = tuple(out)
    _LAST_READ = (doc, found)
    return found


# what says a paragraph's news was told before: "as previously reported", "On 14 July 2019, Galapagos and
# Gilead announced ...", "(announced 2 April 2024)", "As set out in that announcement"
_TOLD_BEFORE_HERE = re.compile(
    r"\bas\s+(?:previously\s+|already\s+)?(?:announced|reported|disclosed)\b|(?<!\btoday\s)\bannounced\b(?!\s+today)"
    r"|\b(?:set\s+out|described|stated)\s+in\s+(?:that|the|our|its|this)\s+(?:announcement|release)\b"
    # "(ASX announcement, 20 February 2026)": the announcement that told it, cited
    r"|\((?:[A-Z]{2,6}\s+)?(?:announcement|release|press\s+release|market\s+release)s?,"
    # "The achievement of the milestone was intimated to the stock exchanges on June 14, 2024"
    r"|\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:intimated|communicated|disclosed|notified|announced)"
    r"\s+to\s+(?:the\s+)?(?:stock\s+)?(?:exchanges?|market|(?-i:BSE|NSE|ASX|SGX))\b",
    re.IGNORECASE,
)
# "the research collaboration and option agreement the companies signed today"
# (or a partner's notice today: "Hollis-Kemper notified Scandora today that it is exercising its option")
_SIGNED_TODAY = re.compile(
    r"\b(?:signed|entered\s+into|executed|concluded)\s+today\b|\btoday\s+(?:signed|entered\s+into|executed)\b"
    r"|\b(?:notified|informed|advised|told)\s+(?:[\w&.'’-]+\s+){0,3}?today\s+that\b",
    re.IGNORECASE,
)
_MONTHS = tuple(m.capitalize() for m in MONTH_NAMES)
# a month named without its day or year, as when it happened: "in September", "during October"
_BARE_MONTH = {
    month: re.compile(
        r"\b(?:in|during|since|(?:early|late)\s+in|(?:at\s+)?the\s+(?:start|end)\s+of)\s+"
        + month
        + r"\b(?!\s*,?\s*\d)"
    )
    for month in _MONTHS
}
# a month named alone as when something happened, at a sentence's start too ("In June, the FDA cleared")
_MONTH_ALONE = {
    month: re.compile(r"\b(?i:in|during|since)\s+" + month + r"\b(?!\s*,?\s*\d)") for month in _MONTHS
}
# the document last read by `_fresh_paragraphs` and what it found (held whole, so the identity stays its own)
_LAST_FRESH: tuple[Document, frozenset[tuple[int, int]]] | None = None


def _fresh_paragraphs(doc: Document) -> frozenset[tuple[int, int]]:
    """The body paragraphs that date what they tell to the month of the release or the one before ("The
    agreement was signed on November 4, 2025", in a release of November 6) and do not say it was told
    before: news, whatever the headline is about (read once per document). Each is named by its number and
    its bullet's (-1 for prose): a bullet is read alone, so one that says its news "was announced at the
    time" leaves the next bullet's news new."""
    global _LAST_FRESH
    last = _LAST_FRESH
    if last is not None and last[0] is doc:
        return last[1]
    found: set[tuple[int, int]] = set()
    published = doc.published
    if published is not None:
        texts: dict[tuple[int, int], list[str]] = {}
        for s in doc.sentences:
            if s.paragraph >= 0 and _dated_by_paragraph(doc, s):
                texts.setdefault((s.paragraph, s.item), []).append(s.text)
        # every date `DATE` reads names its year; one of this month or the last names this year or, in
        # January, the last (written in full or, as in "2Q25", by its last two digits)
        years = (
            f"{published.year % 100:02d}",
            f"{(published.year - 1) % 100:02d}" if published.month == 1 else "",
        )
        # or names the month alone, in a periodic report ("dosed the first patient ... in September", in a
        # quarterly report of late October): the months of its period, the latest of them (whether the
        # report is periodic is asked only of a paragraph naming one)
        months = (_MONTHS[published.month - 1], _MONTHS[published.month - 2])
        periodic: bool | None = None
        for paragraph, sentences in texts.items():
            text = " ".join(sentences)
            bare = [m for m in months if m in text]
            if bare:
                if periodic is None:
                    periodic = _is_periodic(doc)
                if not periodic:
                    bare = []
            dated = years[0] in text or (years[1] and years[1] in text) or "oday" in text
            # ("The milestone ... has not been announced before")
            first = _first_told(text)
            if not dated and not bare and not first:
                continue  # no date of the last weeks, and no deal signed today
            if _TOLD_BEFORE_HERE.search(text) is not None or _TOLD_BEFORE.search(text) is not None:
                continue
            if (
                _SIGNED_TODAY.search(text) is not None
                or _dates_last_weeks(text, published)
                or first
                # (and no earlier month named alone beside it: "In June, the FDA cleared the IND; the study
                # completed dosing in October" dates the clearance to June)
                or (
                    any(_BARE_MONTH[m].search(text) is not None for m in bare)
                    and not any(
                        _MONTH_ALONE[m].search(text) is not None
                        for m in _MONTHS
                        if m not in months and m in text
                    )
                )
            ):
                found.add(paragraph)
    fresh = frozenset(found)
    _LAST_FRESH = (doc, fresh)
    return fresh


def _dates_last_weeks(text: str, published: date | None) -> bool:
    """Whether a text names a date, with its year, in the month of publication or the one before."""
    if published is None:
        return False
    for m in DATE.finditer(text):
        months = _months_before(m, published)
        if months is not None and 0 <= months <= 1 and date_parts(m.groupdict())[1] is not None:
            return True
    return False


# a date written to the day: "14 October 2025", "October 14, 2025", "Oct. 14th, 2025"
_DAY_DATE = re.compile(
    r"\b(?:(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m>" + "|".join(MONTHS) + r")[a-z]*\.?,?"
    r"|(?P<m2>" + "|".join(MONTHS) + r")[a-z]*\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,)"
    r"\s+(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_RECENT_DAYS = 45


def _dated_days_before(text: str, published: date | None) -> bool:
    """Whether a sentence names a day, with its year, in the weeks up to publication."""
    if published is None or not any(c.isdigit() for c in text):
        return False
    for m in _DAY_DATE.finditer(text):
        month = MONTHS.index((m.group("m") or m.group("m2"))[:3].lower()) + 1
        try:
            day = date(int(m.group("y")), month, int(m.group("d") or m.group("d2")))
        except ValueError:
            continue
        if 0 <= (published - day).days <= _RECENT_DAYS:
            return True
    return False


def _in_fresh_paragraph(doc: Document, sentence: Sentence) -> bool:
    """Whether a body sentence stands in a paragraph that dates its news to the last weeks (see
    `_fresh_paragraphs`)."""
    return _dated_by_paragraph(doc, sentence) and (sentence.paragraph, sentence.item) in _fresh_paragraphs(
        doc
    )


def _dated_by_paragraph(doc: Document, sentence: Sentence) -> bool:
    """Whether a sentence's paragraph may date its news: a body sentence, or any of a filing's (whose
    paragraphs all stand as leads)."""
    return sentence.region is Region.BODY or (doc.is_filing and sentence.region is Region.LEAD)


# a heading that names an event ("Milestone payment", "Merck KGaA option exercise", "IND clearance") over a
# body paragraph, and one that names what is not news (plans, terms, background, a summary)
_EVENT_HEADING = {
    EventType.MILESTONE: re.compile(r"\bmilestones?\b", re.IGNORECASE),
    EventType.IND: re.compile(
        r"(?-i:\bIND\b)|investigational\s+new\s+drug|clinical\s+trial\s+(?:application|authori[sz]ation"
        r"|notification)|(?-i:\bCT[AN]\b)|clinical\s+hold",
        re.IGNORECASE,
    ),
    EventType.LICENSING: re.compile(
        r"licen[cs]|\boption\s+exercise|\bexercises?\s+(?:of\s+)?(?:its\s+|the\s+)?option|\brights\b"
        r"|\bpartnership\b|\bagreement\b|\bcollaboration\b|\bdeal\b",
        re.IGNORECASE,
    ),
}
_HEADING_NOT_NEWS = re.compile(
    r"\b(?:upcoming|anticipated|expected|future|planned|potential|next|outlook|guidance|background|history"
    r"|overview|summary|previous|prior|existing|earlier|about|terms|financial|strategy|strategic|corporate"
    r"|pipeline|highlights?|recent|updates?|risks?|notes?|policy|policies|glossary|definitions?|status)\b"
    r"|\d{4}",
    re.IGNORECASE,
)


# a results release's section on what happened after its period: "Post-period highlights", "Events after the
# balance sheet date" (a filing's note on subsequent events is read as `decide` says)
_AFTER_PERIOD_HEADING = re.compile(
    r"\b(?:post[-\s]period|post[-\s]balance[-\s]sheet|after\s+the\s+(?:balance\s+sheet|reporting)\s+(?:date|period)"
    r"|(?:since|after)\s+the\s+(?:period|quarter|half[-\s]year|year)[-\s]end)\b",
    re.IGNORECASE,
)


def _after_period_heading(doc: Document, sentence: Sentence) -> bool:
    """Whether a body sentence of a release that is no filing stands under a heading for what happened after
    its period ("Post-period highlights"): news the results release tells, whatever its headline says."""
    if doc.is_filing or sentence.region is not Region.BODY or sentence.paragraph < 0:
        return False
    return any(
        paragraph == sentence.paragraph and _AFTER_PERIOD_HEADING.search(heading) is not None
        for paragraph, heading in doc.headings
    )


def _under_event_heading(doc: Document, sentence: Sentence, event: EventType | None = None) -> bool:
    """Whether a body sentence stands under a heading of its own that names an event (the given one, or
    any): "Milestone payment" over "Kinvara also advises that ... has triggered a milestone payment": the
    release sets the news apart, whatever its headline is about. Headings of plans, terms, background or
    a summary do not count."""
    if sentence.region is not Region.BODY or sentence.paragraph < 0:
        return False
    for paragraph, heading in doc.headings:
        if paragraph == sentence.paragraph:
            if _HEADING_NOT_NEWS.search(heading) is not None:
                return False
            patterns = _EVENT_HEADING.values() if event is None else (_EVENT_HEADING[event],)
            return any(p.search(heading) is not None for p in patterns)
    return False


# a current report's items that report news of their own: an agreement entered into or ended, other events
# (its results item furnishes a release of the quarter, whose deals may be old)
_NEWS_ITEMS = frozenset({"1.01", "1.02", "8.01"})


def _in_reported_item(doc: Document, sentence: Sentence) -> bool:
    """Whether a sentence stands under a current report's item that reports news ("Item 8.01 Other Events."
    over "On May 9, 2023, the Company entered into an Exclusive License Agreement ..."), in a paragraph that
    does not say the news was announced before: an 8-K that also furnishes results still reports it."""
    if sentence.paragraph < 0 or not doc.filing_items:
        return False
    for paragraph, item in doc.filing_items:
        if paragraph == sentence.paragraph:
            return (
                item in _NEWS_ITEMS
                and not _told_before(doc, sentence)
                # (the item's background: "The Company in-licensed worldwide rights to PLH-11 from Torvald in
                # 2018")
                and not _names_old_date(sentence.text, doc.published)
            )
    return False


def _names_old_date(text: str, published: date | None) -> bool:
    """Whether a text names a date two months or more before publication (see `_is_old`)."""
    return published is not None and any(_is_old(m, published) for m in DATE.finditer(text))


def _after_announcement(doc: Document, sentence: Sentence) -> bool:
    """Whether a sentence follows, in its paragraph, one that announces news today."""
    return announcement_of(doc, sentence) is not None


# "Following the approval, Meridia Pharma S.A. has exercised its option": what the headline's news set off,
# told as just done
_FOLLOWS_THE_NEWS = re.compile(
    r"\s*(?:Following|After|Upon|With)\s+(?:the|this|today's|today’s)\s+(?P<noun>approval|authori[sz]ation"
    r"|clearance|acceptance|validation|designation)\b,?[^;]{0,160}?\b(?:has|have)\s+(?:now\s+|also\s+)?"
    r"(?:[a-z]+ed|taken|chosen|given|paid|begun)\b"
)


def _follows_the_news(doc: Document, sentence: Sentence) -> bool:
    """Whether a body sentence tells, as just done, what the news its headline names set off."""
    if sentence.region is not Region.BODY:
        return False
    m = _FOLLOWS_THE_NEWS.match(sentence.text)
    return m is not None and m.group("noun")[:6].lower() in doc.title.lower()


# a body paragraph telling a deal just made: "Norrsken has signed an agreement granting Kaiserau AG an
# exclusive licence ... Kaiserau will pay EUR 12 million upfront": a signing told as just done, and its
# payment at signing still to be made (a licence told as background says what was paid)
_JUST_SIGNED = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|also\s+)?(?:signed|entered\s+into|concluded|granted)\b", re.IGNORECASE
)
_WILL_PAY_AT_SIGNING = re.compile(
    r"\bwill\s+(?:also\s+)?(?:pay|make|receive)\b[^.;]{0,80}?\b(?:up-?front|upon\s+signing|at\s+signing"
    r"|signing\s+(?:fee|payment))\b",
    re.IGNORECASE,
)


def _new_deal_paragraph(doc: Document, sentence: Sentence) -> bool:
    """Whether a body sentence tells a deal signed as just done, in a paragraph that says what will be paid
    at signing, dating nothing to before the last weeks and saying nothing was told before."""
    if (
        sentence.region is not Region.BODY
        or sentence.paragraph < 0
        or "ha" not in sentence.text
        or _JUST_SIGNED.search(sentence.text) is None
    ):
        return False
    text = " ".join(
        s.text for s in doc.sentences if s.paragraph == sentence.paragraph and s.region is Region.BODY
    )
    return (
        _WILL_PAY_AT_SIGNING.search(text) is not None
        and _TOLD_BEFORE.search(text) is None
        and not _names_old_date(text, doc.published)
    )


# 'dated March 4, 2024 (the "Yuanhe Agreement")': a deal's defined name, with the date it was made
_DATED_ALIAS = re.compile(
    r"\bdated\s+(?P<date>[^()\n]{4,40}?)\s*\(\s*(?:the\s+)?[\"“](?P<alias>[A-Z][\w&.\s-]{0,40}?Agreement)[\"”]\s*\)"
)
# the regions where a deal's terms are told again (a filing's paragraphs are all leads)
_TOLD_AGAIN = frozenset({Region.BODY, Region.LEAD})
# "Under the Yuanhe Agreement, the Company granted ...": what a defined deal gave, told again
_UNDER_ALIAS = re.compile(r"^\s*(?:Under|Pursuant\s+to)\s+the\s+(?P<alias>[A-Z][\w&.\s-]{0,40}?Agreement)\b")


def _old_agreements(doc: Document) -> frozenset[str]:
    """The defined names of agreements a document dates two months or more before its publication."""
    if doc.published is None or "dated" not in doc.body:
        return frozenset()
    old: set[str] = set()
    for m in _DATED_ALIAS.finditer(doc.body):
        when = DATE.search(m.group("date"))
        if when is not None and _is_old(when, doc.published):
            old.add(m.group("alias").lower())
    return frozenset(old)


def _restates_old_deal(hit: Hit, old: frozenset[str]) -> bool:
    """A licensing hit that retells what an agreement made long before granted ("Under the Yuanhe
    Agreement, the Company granted Yuanhe exclusive rights", where it is dated a year before)."""
    if hit.event is not EventType.LICENSING or hit.sentence.region not in _TOLD_AGAIN:
        return False
    m = _UNDER_ALIAS.match(hit.sentence.text)
    return m is not None and m.group("alias").lower() in old


def _retells_old_licence(doc: Document, hit: Hit) -> bool:
    """A filing's licensing hit in a paragraph after its cover that dates the deal two months or more before
    the filing ("The Company in-licensed exclusive United States rights to TRV-250 from Almirall under a
    license agreement entered into in 2019"): a filing's every paragraph reads as a lead, but this one tells
    how the company came by what the news is about, unless it says it tells this for the first time."""
    text = hit.sentence.text
    return (
        hit.event is EventType.LICENSING
        and hit.sentence.region is Region.LEAD
        # (an amendment is news about an old agreement; "the License Agreement dated March 1, 2019" names it)
        and "amend" not in text.lower()
        and _names_old_date(_DATE_NAMING_AGREEMENT.sub("", text), doc.published)
        and not _first_told(text)
    )


# the date that names an agreement: "the License Agreement dated March 1, 2019", "effective as of June 2020"
_DATE_NAMING_AGREEMENT = re.compile(r"\b(?:dated|effective)\s+(?:as\s+of\s+)?[^,;()]{0,30}?(?:19|20)\d\d\b")


def report(doc: Document) -> tuple[tuple[EventType, ...], list[Hit]]:
    """Return the events the document reports and the hits that prove them (what `decide` says of
    `find_hits`, for less work: a body sentence is read only for events its hits may still decide)."""
    news: list[Sentence] = []
    body: list[Sentence] = []
    for s in doc.sentences:
        if s.region in NEWS_REGIONS:
            news.append(s)
        elif s.region is Region.BODY:
            # each body sentence is looked at once
            # (a second lead's words include an announcement's: the sentence itself is asked once)
            (
                news
                if _second_lead(s)
                or _after_announcement(doc, s)
                or _follows_the_news(doc, s)
                or _in_fresh_paragraph(doc, s)
                or _under_event_heading(doc, s)
                or _after_period_heading(doc, s)
                or _new_deal_paragraph(doc, s)
                else body
            ).append(s)
    present = _present([s for s in doc.sentences if s.region in NEWS_REGIONS or s.region is Region.BODY])
    hits = _hits_in(doc, news, present=present, rules=_ALL_PROVES)
    # body hits count for an event the headline, summary or lead already report (as more evidence), or
    # one the headline or summary speaks of, outside periodic reports (see `decide`); for no other
    periodic: bool | None = None
    wanted: set[int] = set()
    for event in EVENTS:
        regions = {h.sentence.region for h in hits if h.event is event}
        if Region.TITLE not in regions and Region.SUMMARY not in regions:
            if periodic is None:
                periodic = _is_periodic(doc)
            if periodic:
                continue
            if Region.LEAD not in regions and not _body_is_news(doc, event):
                continue
        wanted |= _PROVES_OF[event]
    if any(h.sentence.region is Region.BODY for h in hits):
        wanted = set(_ALL_PROVES)  # a body sentence opening news of its own: its consequences may follow
    if wanted and body:
        found = _hits_in(doc, body, present=present, rules=frozenset(wanted))
        if len(wanted) < len(_ALL_PROVES) and found:
            # a body sentence proving a wanted event may tell another as its consequence ("Clearance of the
            # IND also triggers a $3 million technology access fee"): `decide` reads that sentence whole
            proving = {h.sentence.index for h in found}
            found = list(
                merge(
                    found,
                    _hits_in(
                        doc,
                        [s for s in body if s.index in proving],
                        present=present,
                        rules=_ALL_PROVES - frozenset(wanted),
                    ),
                    key=lambda h: h.sentence.index,
                )
            )
        hits = list(merge(hits, found, key=lambda h: h.sentence.index))
    hits = _without_retold_licences(doc, hits)
    hits = _without_others_in_a_roundup(doc, hits)
    return decide(doc, hits), hits


# a headline that names a roundup's brief items: "Merrowgate licenses Korean rights to dry-eye drop; Tallis,
# Brennock and Oxhey in brief"
_ROUNDUP = re.compile(r"\b(?:in\s+brief|round-?up|briefs|news\s+digest)\b", re.IGNORECASE)
_LEAD_FIRM = re.compile(r"(?-i:[A-Z][\w&'’-]{2,})")


def _without_others_in_a_roundup(doc: Document, hits: list[Hit]) -> list[Hit]:
    """A roundup's hits on sentences that name the firm its headline leads with (and the headline's own):
    the brief items after the lead story are other firms' news, and the item is about the lead's."""
    if not hits or _ROUNDUP.search(doc.title) is None:
        return hits
    lead = _LEAD_FIRM.match(doc.title)
    if lead is None:
        return hits
    firm = lead.group(0)
    # (a headline that opens with no firm the text names again leaves the hits as they are)
    if not any(firm in s.text for s in doc.sentences if s.region is not Region.TITLE):
        return hits
    return [h for h in hits if h.sentence.region is Region.TITLE or firm in h.sentence.text]


def _without_retold_licences(doc: Document, hits: list[Hit]) -> list[Hit]:
    """The hits without the licensing ones that retell an old deal (see `_restates_old_deal`,
    `_retells_old_licence` and `_describes_dated_licence`)."""
    if any(h.event is EventType.LICENSING and h.sentence.region in _TOLD_AGAIN for h in hits):
        old = _old_agreements(doc)
        if old:
            hits = [h for h in hits if not _restates_old_deal(h, old)]
        if doc.is_filing:
            hits = [h for h in hits if not _retells_old_licence(doc, h)]
        hits = [h for h in hits if not _describes_dated_licence(doc, h)]
    return hits


# a sentence that says what "the licence" named before gives: "The licence gives Hexwell exclusive worldwide
# rights to the HX series of compounds"
_THE_LICENCE_GIVES = re.compile(
    r"\s*(?:The|This|That|Its|Their)\s+(?:licen[cs]e|agreement|deal)\s+(?:gives|grants|provides|confers|covers)\b"
)
_NEW_DEAL_WORDS = re.compile(r"\b(?:today|amend\w*|announc\w*|new|newly)\b", re.IGNORECASE)


def _describes_dated_licence(doc: Document, hit: Hit) -> bool:
    """A licensing hit on a sentence that says what "the licence" gives, right after a sentence of its
    paragraph naming that licence by a date two months or more before the release and telling no new deal
    ("Under the Company's 2019 licence from Carrowmore Ventures Limited, ... The licence gives Hexwell
    exclusive worldwide rights"): the terms of the deal the news is about, not a deal made now."""
    if hit.event is not EventType.LICENSING or hit.sentence.region not in _TOLD_AGAIN:
        return False
    if not _THE_LICENCE_GIVES.match(hit.sentence.text) or hit.sentence.index == 0:
        return False
    before = doc.sentences[hit.sentence.index - 1]
    return (
        before.paragraph == hit.sentence.paragraph
        and before.region is hit.sentence.region
        and "licen" in before.text.lower()
        and _NEW_DEAL_WORDS.search(before.text) is None
        and (_names_old_date(before.text, doc.published) or _named_by_old_year(before.text, doc.published))
    )


def _named_by_old_year(text: str, published: date | None) -> bool:
    """Whether a text names a deal by a year before the year of publication (see `YEAR_DEAL`)."""
    return published is not None and any(int(m.group("y")) < published.year for m in YEAR_DEAL.finditer(text))


def decide(doc: Document, hits: list[Hit]) -> tuple[EventType, ...]:
    """Return the events the document reports, in the fixed order milestone, ind, licensing."""
    out: list[EventType] = []
    periodic: bool | None = None  # the headline and its cues are read only when a hit needs them
    notes_from: int | None = None  # where a filing's note on subsequent events opens, read once if needed
    for event in EVENTS:
        regions = {h.sentence.region for h in hits if h.event is event}
        if not regions:
            continue
        if (
            regions == {Region.TITLE}
            and event is EventType.LICENSING
            and _not_a_licence(doc.title, doc.summary)
        ):
            # "Northcote Licensing inks US$60m licence with top-10 drugmaker" over a summary of a software
            # licence, "Brannock grabs rights to HB-5 in US$310m swoop" over one of buying the company that
            # owns it: a headline's words for a deal that the text proves no licence
            continue
        if regions == {Region.TITLE} and (
            _summary_recaps(event, doc.summary) or (_is_periodic(doc) and _recapped(doc.title, doc.summary))
        ):
            # "R&D bill swells on milestone paid to Tavistock Bio" over "the $40 million milestone it
            # announced in August", "10-K: Aldgate option exercise drives 2024 collaboration revenue" over
            # "the annual report recaps Aldgate's June exercise of its option": the headline's event is old
            # news its summary dates to before, or says the report retells
            continue
        if Region.TITLE in regions or Region.SUMMARY in regions:
            out.append(event)
            continue
        if periodic is None:
            periodic = _is_periodic(doc)
        # "10-Q: recent developments recap lifting of CMT-19 clinical hold and Arvale licence termination",
        # "restates previously announced events": the report says it tells old news, unless a paragraph of it
        # announces news of its own
        if (
            periodic
            and _recapped(doc.title, doc.summary)
            and not any(
                h.event is event and h.sentence.region in _TOLD_AGAIN and _announced_here(h.sentence.text)
                for h in hits
            )
        ):
            continue
        if periodic:
            # a periodic report reports only what its headline or summary says, what a paragraph of its
            # body opens as news of its own ("The Company announces today that Mikasa has informed it ..."),
            # or what its note on subsequent events tells and its headline or summary speaks of (or cannot:
            # a filing feed's own title and summary say only which form was filed): news first disclosed there
            if any(
                h.event is event
                and (
                    # (a short opening line can leave the news its paragraph announces as the lead)
                    (h.sentence.region in _TOLD_AGAIN and _announced_here(h.sentence.text))
                    or _in_reported_item(doc, h.sentence)
                    or _after_announcement(doc, h.sentence)
                    or _in_fresh_paragraph(doc, h.sentence)
                    or (_after_period_heading(doc, h.sentence) and not _told_before(doc, h.sentence))
                )
                for h in hits
            ):
                out.append(event)
            elif _speaks_of(event, doc.title, doc.summary) and (
                _first_told(doc.title) or _first_told(doc.summary)
            ):
                # "reveals ... a previously unannounced technology licence with Daiichi Sankyo": the headline
                # or summary says the report tells this news first, wherever in it the news stands
                if any(h.event is event and not _told_before(doc, h.sentence) for h in hits):
                    out.append(event)
            elif (
                _speaks_of(event, doc.title, doc.summary)
                or FILING_FEED_TITLE.match(doc.title) is not None
                or _FILED_FORM.search(doc.title) is not None
                or _POINTS_TO_NOTE.search(doc.title + "\n" + doc.summary) is not None
            ):
                if notes_from is None:
                    notes_from = _subsequent_events_at(doc)
                if any(
                    h.event is event and h.sentence.index > notes_from and not _told_before(doc, h.sentence)
                    for h in hits
                ):
                    out.append(event)
            continue
        if (
            Region.LEAD in regions
            or (Region.BODY in regions and _body_is_news(doc, event))
            or any(
                h.event is event
                and (
                    _second_lead(h.sentence)
                    or _after_announcement(doc, h.sentence)
                    or _follows_the_news(doc, h.sentence)
                    or _in_fresh_paragraph(doc, h.sentence)
                    or _under_event_heading(doc, h.sentence, event)
                    or _new_deal_paragraph(doc, h.sentence)
                )
                for h in hits
            )
        ):
            out.append(event)
    if out and len(out) < len(EVENTS) and not periodic:
        # an event told as the consequence of one the release reports, in the same sentence: "IND
        # clearance triggers a milestone payment of GBP 500,000"
        told = {h.sentence.index for h in hits if h.event in out}
        out.extend(
            e for e in EVENTS if e not in out and any(h.event is e and h.sentence.index in told for h in hits)
        )
        out.sort(key=EVENTS.index)
    return tuple(out)


# a headline that says only which report was filed, as a filing feed's does: "Ostara Bio files quarterly
# report on Form 10-Q for the period ended September 30, 2023"
_FILED_FORM = re.compile(
    r"\bfil(?:es|ed)\s+(?:its\s+)?(?:(?:quarterly|annual)\s+report|form\s+(?:10-Q|10-K|20-F))\b",
    re.IGNORECASE,
)
# a headline or summary that points to that note: "the notes cover ... subsequent events"
_POINTS_TO_NOTE = re.compile(r"\bsubsequent\s+events?\b", re.IGNORECASE)


# "On February 5, 2016, we announced that ...", "As described in that announcement": a note retelling news
# the company gave out before
_TOLD_BEFORE = re.compile(
    r"\b(?:we|the\s+company|it)\s+(?:had\s+|previously\s+)?announced\s+(?:that|the|on|in)\b"
    r"|(?<!\bnot\s)(?<!\bnever\s)\b(?:previously|already|earlier)\s+(?:been\s+)?(?:announced|disclosed|reported)\b"
    r"|\bas\s+(?:described|disclosed|reported|announced)\s+in\s+(?:that|the|our|its|an?)\s+"
    r"(?:announcement|press\s+release|current\s+report|(?:report\s+on\s+)?Form\s+8-K)\b",
    re.IGNORECASE,
)


def _told_before(doc: Document, sentence: Sentence) -> bool:
    """Whether a sentence of a periodic report's note, or another of its paragraph, says the company
    announced that news before: the note retells it."""
    if sentence.paragraph < 0:
        return _TOLD_BEFORE.search(sentence.text) is not None
    return any(
        s.paragraph == sentence.paragraph and _TOLD_BEFORE.search(s.text) is not None for s in doc.sentences
    )


def _subsequent_events_at(doc: Document) -> int:
    """The index of a filing's "Subsequent Events" heading (its last note), or one past the last sentence."""
    if doc.notes_heading >= 0:
        return doc.notes_heading
    return next(
        (s.index for s in doc.sentences if len(s.text) < 40 and SUBSEQUENT_EVENTS.match(s.text.strip())),
        len(doc.sentences),
    )


def notes_from(doc: Document, proof: Sequence[Sentence]) -> int:
    """Where a periodic report's note on subsequent events opens when every body sentence proving an event
    stands in it (the news is that note's, and money told before it is other deals'; a headline or summary
    that tells the note's news first says nothing else), else -1."""
    if not proof or not _is_periodic(doc):
        return -1
    at = _subsequent_events_at(doc)
    body = [s for s in proof if s.region not in HEADLINE_REGIONS]
    return at if body and all(s.index > at for s in body) else -1


def _reports_a_period(title: str) -> bool:
    """Whether a headline is a periodic report's ("Reports Half-Year 2023 Results"), not a trial's."""
    return _PERIODIC_FOUND.found(title) and (
        not _TRIAL_RESULTS_FOUND.found(title) or _PERIOD_WORDS_FOUND.found(title)
    )


def _is_periodic(doc: Document) -> bool:
    """Whether the release is a periodic report that reports only what its headline or summary says
    (unless its body says it holds news not announced before, or announces something today)."""
    return _reports_a_period(doc.title) and not _new_in_body(doc.body) and not _told_today(doc.body)


@lru_cache(maxsize=8)  # asked of one body for each event a document may report: the body is read once
def _new_in_body(body: str) -> bool:
    """Whether a body says it holds news not announced before (searched once per body)."""
    return _NEW_IN_BODY_SEARCH.found(body)


def _body_is_news(doc: Document, event: EventType) -> bool:
    """Whether body evidence counts for an event: the headline or summary speaks of it, or the
    release is a general update whose body is its news, or a periodic report announcing news today."""
    return (
        _speaks_of(event, doc.title, doc.summary)
        or _is_update(doc.title)
        or _new_in_body(doc.body)
        or (_PERIODIC_FOUND.found(doc.title) and _told_today(doc.body))
    )


@lru_cache(maxsize=8)  # asked for each event a periodic report may report: the body is read once
def _told_today(body: str) -> bool:
    """Whether a body announces something today ("announces today that it has …"), searched once."""
    return _ANNOUNCED_TODAY_SEARCH.found(body)


@lru_cache(maxsize=8)  # asked in `report` and again in `decide`: the headline and summary are read once
def _speaks_of(event: EventType, title: str, summary: str) -> bool:
    """Whether a headline or summary holds a word that speaks of an event (a licence outside pharma or a
    merger is none: its body's talk of rights or of ending an agreement is about something else)."""
    if event is EventType.LICENSING and _not_a_licence(title, summary):
        return False
    return _EVENT_CUE_SEARCH[event].found(title + "\n" + summary)


# a headline or summary saying a report retells news announced before (not "not previously announced")
_RECAPPED = re.compile(
    # (not an "amended and restated" agreement: a new one)
    r"\b(?:recaps?|recapped|recapping|(?<!\band\s)(?:restates?|restated|restating)|retells?|retold)\b"
    r"|(?<!\bnot\s)(?<!\bnever\s)\bpreviously\s+(?:announced|disclosed|reported)\b",
    re.IGNORECASE,
)


# ... unless it also says the report tells news ("discloses that on October 30 it granted ...; the report also
# recaps a previously announced Ono milestone")
_TELLS_NEWS = re.compile(
    r"\b(?:disclos(?:es|ed|ing)|reveal(?:s|ed|ing)|unveil(?:s|ed)|first|new|newly|not\s+previously|today)\b",
    re.IGNORECASE,
)


# a summary naming an event's words as something announced before: "the $40 million milestone it announced in
# August", "the previously disclosed milestone", "the licence Tollan unveiled last year"
_RECAP_BY = (
    r"(?:(?:that|which|it|they|the\s+company|(?-i:[A-Z][\w&'’-]+))\s+(?:had\s+)?(?:first\s+)?"
    r"(?:announced|disclosed|reported|unveiled)\s+(?:in|on|last|earlier|back\s+in)\s"
    r"|(?<!\bnot\s)(?<!\bnever\s)\bpreviously\s+(?:announced|disclosed|reported)\b)"
)
_SUMMARY_RECAP = {
    event: re.compile(words + r"(?:[^.;]|\.(?=\d)){0,60}?" + _RECAP_BY, re.IGNORECASE)
    for event, words in (
        (EventType.MILESTONE, r"\bmilestones?\b"),
        (EventType.IND, r"(?:(?-i:\bIND\b)|\bclinical\s+trial\s+application|(?-i:\bCTA\b))"),
        (EventType.LICENSING, r"\b(?:licen[cs]e|licensing|rights)\b"),
    )
}


def _summary_recaps(event: EventType, summary: str) -> bool:
    """Whether a summary names an event's words as news announced before."""
    return _SUMMARY_RECAP[event].search(summary) is not None


def _recapped(title: str, summary: str) -> bool:
    """Whether a headline or summary says the report retells news announced before, and tells none."""
    text = title + "\n" + summary
    return _RECAPPED.search(text) is not None and _TELLS_NEWS.search(text) is None


def _not_a_licence(title: str, summary: str) -> bool:
    """Whether a headline or summary speaks of a licence outside pharma or of buying a whole company."""
    text = title + "\n" + summary
    return any(search.found(text) for search in _NOT_A_LICENCE_SEARCHES)


@lru_cache(maxsize=8)  # asked for each event and each group of sentences read: the headline is read once
def _is_update(title: str) -> bool:
    """Whether a headline announces news in general ("Provides Business Update")."""
    return _UPDATE_FOUND.found(title)
