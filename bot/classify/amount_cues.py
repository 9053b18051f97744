"""Cue words that say what a sum of money is in a deal, as data: what each says and where it sits.

A rule's pattern is matched case-insensitively on whole words; a space in it matches any short run of
whitespace. Where two cues overlap the longer one wins, so "sales milestone" is a milestone cue and
not a sales figure, and "total potential value" is a headline value and not a contingency.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from bot.classify.text import MODAL_MAY


class Cue(Enum):
    """What a cue word says about the sum it belongs to."""

    UPFRONT = "upfront"
    OPTION = "option"  # an option fee: paid now unless the text says it is contingent
    MILESTONE = "milestone"
    TOTAL = "total"
    EQUITY = "equity"
    SHARES = "shares"  # shares or stock: equity in a deal, but also what a public offering sells
    OTHER = "other"
    NONE = "none"  # no deal payment: revenue, cash, financing
    PRICE = "price"  # a price per unit: no deal payment, and belongs to the price it sits next to
    DEAL = "deal"  # "$430 million deal": a headline value when nothing stronger is said
    PARTS = "parts"  # "$80 million, including ...": a sum of parts when nothing stronger is said
    INSTALMENT = "instalment"
    CASH = "cash"  # "in cash", "cash payment": paid now when nothing stronger is said
    PROCEEDS = "proceeds"  # equity when shares are bought in the sentence
    ACHIEVED = "achieved"  # earned, triggered, reached: money that is due now
    PAID = "paid"  # pay, receive, get: money changing hands with nothing said about why
    CONTINGENT = "contingent"  # eligible, may, could, if, future, further
    TIED = "tied"  # tied to, based on, when: contingent unless the money is said to be earned
    IGNORE = "ignore"  # words that look like cues but are not ("Milestone Ventures")


# Cues that name a kind, by strength: the strongest cue a sum owns decides, the nearest among equals.
TIER = {
    Cue.UPFRONT: 1,
    Cue.OPTION: 1,
    Cue.MILESTONE: 1,
    Cue.TOTAL: 1,
    Cue.EQUITY: 1,
    Cue.OTHER: 1,
    Cue.NONE: 1,
    Cue.PRICE: 1,
    Cue.SHARES: 2,
    Cue.DEAL: 2,
    Cue.PARTS: 2,
    Cue.INSTALMENT: 2,
    Cue.CASH: 2,
    Cue.PROCEEDS: 2,
    Cue.ACHIEVED: 3,
    Cue.PAID: 3,
}

# The side of its sum a cue usually sits on: verbs come before the money they govern ("earns $5
# million", "eligible for up to $X"); conditions and parts lists come after it ("$60 million if
# approved", "$48 million, made up of ...").
BEFORE = "before"
AFTER = "after"
EITHER = "either"

# Kinds of payment written before the noun, alone or as a list ("development, regulatory and commercial
# milestones", "upfront and near-term payments"). Each round of the bounded repetition consumes one
# whole listed word, so it cannot backtrack badly.
_KIND_WORDS = (
    r"(?:development|developmental|regulatory|clinical|commercial|commercialisation|commercialization"
    r"|sales|sales-based|sales-related|approval-related|development-related|regulatory-related"
    r"|commercial-related|clinical-related|approval|launch|preclinical|first-sale|near-term|success-based"
    r"|contingent|event-based|performance|royalty|reimbursement|pricing|option|research|translational"
    r"|further|additional|potential|future|certain|specified|pre-defined|predefined|other|investment|equity)"
)
_KIND_SEP = r"(?:,? (?:and|or|&) |, |/| |-)"
_KIND_LIST = r"(?:" + _KIND_WORDS + _KIND_SEP + r"){0,6}"
_KIND_LIST_REQUIRED = r"(?:" + _KIND_WORDS + _KIND_SEP + r"){1,6}"
# what a holding is said to be worth: "valued at", "worth", "with an estimated fair value of"
_WORTH = r"(?:valued at|worth|with an? (?:total |aggregate |estimated |fair |market ){0,3}value of)"
_NOT_OPTION_FEE = r"(?!option (?:exercise )?(?:fee|payment))"  # an option fee is its own cue


@dataclass(frozen=True, slots=True)
class CueRule:
    """One family of cue words: what they say, where they sit, how far they reach."""

    cue: Cue
    pattern: str
    side: str = EITHER
    reach: int = 30  # farthest a cue may sit from its sum, in words
    strict: bool = False  # True: the cue never belongs to money on its other side


# verbs of receipt: the sum they govern is money coming in, with no word for what it is ("lands $1.6B",
# "pockets EUR 12.5m"); a word that names the payment says more
RECEIPT_VERBS = (
    r"lands?|landed|banks?|banked|pockets?|pocketed|nets?|netted|secures?|secured|gets?|got|wins?|won"
    r"|collects?|collected|receives?|received|earns?|earned|bags?|bagged|nabs?|nabbed"
)

RULES: tuple[CueRule, ...] = (
    CueRule(Cue.IGNORE, r"Milestone (?:Ventures|Pharmaceuticals|Scientific|Capital|Partners|Group|Inc)"),
    # "which Norvane expects to collect and record as collaboration revenue": how a payment will be booked,
    # not a sum of revenue
    CueRule(
        Cue.IGNORE,
        r"(?:record|recogni[sz]e|book|account for)(?:s|d|ed)? (?:it |them |the (?:payment|amount|sum) )?as "
        r"(?:[\w-]+ ){0,2}?revenues?",
    ),
    # "paying $250 million that it will expense in the third quarter": how the payer will book the sum, not
    # a sum of expenses
    CueRule(Cue.IGNORE, r"(?:will|would|to|it|which) (?:be )?expensed?|(?:is|are|was|were|been) expensed"),
    # "together with tiered royalties of 10% to 20% on Jazz's net sales": what royalties are counted on,
    # not a sum of sales
    CueRule(
        Cue.IGNORE,
        r"royalt(?:y|ies) (?:[\w%.-]+ ){0,8}?on (?:[\w.-]+(?:'s|’s)? ){0,2}?"
        r"(?:net |annual |worldwide |product )?sales",
    ),
    CueRule(
        Cue.UPFRONT,
        r"(?:up-?front|up front|initial)(?: (?:cash|license|licence|licensing|option))?"
        r"(?: (?:payments?|fees?|considerations?|cash))?"
        r"|signing (?:fee|payment|bonus)s?|(?:licen[cs]e )?(?:initiation|issue|issuance) fees?"
        r"|(?:on|upon|at) (?:the )?(?:signing|execution|closing|effectiveness)|on (?:closing|signature)"
        # a Japanese disclosure's "contract payment of 1,200 million yen ... upon conclusion of the agreement"
        r"|(?:on|upon|at) (?:the )?conclusion of (?:the|this) (?:agreement|contract)"
        r"|within (?:\d{1,3}|[a-z]+(?:-[a-z]+)?) (?:business )?days (?:of|after) (?:the )?"
        r"(?:signing|execution|closing|effective date|effectiveness)"
        r"|licen[cs](?:e|ing) fees?|(?:technology )?access fees?|entry fees?|expansion fees?"
        r"|exclusivity fees?|amendment fees?"
        # "paid a $750,000 fee to expand its exclusive licence": the price of the grant, paid as it is made
        r"|fees? (?:to|for) (?:expand|extend|broaden|widen|add|amend|obtain|acquire|secure|take)(?:ing)?\b",
    ),
    CueRule(Cue.OPTION, r"option(?: exercise)? (?:fee|payment)s?|opt-in (?:fee|payment)s?|exercise fees?"),
    CueRule(Cue.OPTION, r"options? (?:worth|valued at|totall?ing)"),
    # "Merck picks up option on Moderna's cancer vaccine for $250 million": the price of taking up an option
    CueRule(
        Cue.OPTION,
        r"(?:exercis(?:e|es|ed|ing)|picks? up|picked up|picking up|takes? up|took up|taking up)"
        r" (?:its |an |the |their |a )?option (?:on|to|over|for) (?:[^\s.;,$€£¥]+ ){0,8}?for",
        BEFORE,
        12,
        strict=True,
    ),
    # "up to EUR 90 million for technology transfer and the option exercise": paid when it is exercised
    CueRule(
        Cue.OPTION,
        r"for (?:[\w-]+ ){0,3}?(?:and )?(?:the |an? |its )?(?:option exercise|exercise of the option)",
        AFTER,
        3,
    ),
    CueRule(
        Cue.MILESTONE,
        # "payments totaling $20 million" names no kind: only a kind word makes payments milestones
        _NOT_OPTION_FEE + _KIND_LIST + r"(?:milestones?|milestone-based|milestone-related)"
        r"(?: payments?| fees?)? (?:worth|valued at|totall?ing)"
        r"|" + _NOT_OPTION_FEE + _KIND_LIST_REQUIRED + r"(?:payments?|fees?) (?:worth|valued at|totall?ing)",
    ),
    CueRule(
        Cue.MILESTONE,
        _KIND_LIST + r"(?:milestones?|milestone-based|milestone-related)"
        r"(?: (?:payments?|fees?|revenues?|income))?"
        r"|" + _NOT_OPTION_FEE + _KIND_LIST_REQUIRED + r"(?:payments?|fees?)"
        r"|programme completion fee|program completion fee"
        r"|(?:technology(?! access)|achievement|success) (?:payments?|fees?)",
    ),
    CueRule(
        Cue.TOTAL,
        # ("for total guaranteed consideration of EUR 60 million")
        r"(?:total|aggregate|headline|overall|combined|potential|deal|transaction|contract)"
        r" (?:potential |guaranteed |upfront |fixed |cash )?(?:deal "
        r")?(?:value|consideration|size|amount)(?: of)?"
        r"|total (?:potential )?(?:payments|deal)|worth|valued at|value of|values? (?:it|the \w+) at"
        # "a total of $2 billion in anniversary payments" names deferred money, not a headline value
        r"|a total of(?!\s+\S{1,20}(?:\s+(?:million|billion|thousand|m|bn|mn))?\s+in\s+(?:[\w-]+\s+){0,2}?"
        r"(?:anniversary|deferred)\b)"
        r"|for a total|totall?ing up to"
        # "for a potential total of up to $270 million": the deal's value, counted with what may come
        r"|(?:a|the) (?:potential|possible|maximum) total(?: value)? of"
        # "which brings the total potential payments under the agreement to $1.76 billion", "taking the
        # potential total to $1.76 billion": the words after "total" belong to it
        r"|(?:bring|brings|bringing|take|takes|taking) the "
        r"(?:total|potential total|aggregate|deal|transaction)"
        r"(?: potential)?(?: (?:payments|value|consideration|deal value))?"
        r"|the total(?: (?:potential )?(?:deal )?(?:value|consideration|size|amount)(?: of)?)?"
        # "payments totaling $20 million: $10 million at signing and ..."
        r"|(?:payments?|fees?|consideration) (?:totall?ing|aggregating|amounting to)"
        # "so that guaranteed cash to Kangrui totals $125 million": the money promised, added up
        r"|(?:guaranteed|committed|non-contingent|near-term) (?:cash|payments|consideration)"
        r"(?: (?:to|for) [\w-]+)? (?:totals|total|totall?ed|comes to|came to|amounts to|amounted to)"
        # "which Okabe will also pay this quarter, bringing the near-term cash to $45 million": the same
        r"|(?:bring|brings|bringing|take|takes|taking) (?:the |its |their )?(?:guaranteed|committed"
        r"|non-contingent|near-term) (?:cash|payments|consideration)(?: (?:to|for) [\w-]+)? to",
        BEFORE,
    ),
    CueRule(
        Cue.TOTAL,
        # (not "up to $1.2 billion consists of milestones depending on ...": what kind of money it is)
        r"(?:comprising|comprises?|comprised of|consisting of|consists? of|made up of)"
        r"(?!\s+(?:(?:development|regulatory|commercial|sales|contingent|potential|future)[\w-]*,?\s+(?:and\s+)?)*"
        r"(?:milestones?|royalties)\b)"
        r"|split (?:into|between)"
        r"|broken down into|across(?= (?:an? |the )?(?:up-?front|initial|signing))"
        # "will invest $80 million in Silence through $60 million upfront and $20 million equity": the
        # parts follow, each named
        r"|through(?= (?:an? )?\S{0,4}\d[\d.,]*\s?(?:million|billion|[mb]n?)?"
        r" (?:in )?(?:up-?front|initial|equity))",
        AFTER,
        40,
        strict=True,
    ),
    CueRule(
        Cue.TOTAL,
        # "in total anniversary payments" says what kind of payments, not that they are a total
        r"in total(?!\s+(?:[\w-]+\s+){0,2}?(?:anniversary|deferred|milestone|royalty|research)\b)"
        # ("together with royalties": beside; "up to an aggregate of $45 million": a cap, not a total)
        r"|in aggregate|(?<!to\x20an\x20)aggregate|subtotal|sub-total|together(?! with)"
        r"|combined|all told"
        # "$900 million in all at closing" (not "rights in all indications": a scope)
        r"|in all(?=\s*(?:[,.;)]|at |on |upon |$))"
        # "$1.15 billion in (upfront) cash and equity": a sum of money paid now and shares bought
        r"|in (?:up-?front |initial )?cash and (?:equity|stock|shares)"
        r"|in (?:equity|stock|shares) and (?:up-?front |initial )?cash",
    ),
    # "issue to KURF 250,000 shares of its common stock, valued at $612,500": what the shares are worth
    CueRule(
        Cue.EQUITY,
        # ("1,500,000 common shares of the Company, valued at approximately C$600,000")
        # (the words that say what shares they are read with them: "new ordinary shares with a value of")
        r"(?:newly issued |new |restricted |common |ordinary |preferred |consideration ){0,3}"
        # ("shares of Averna Series B preferred stock valued at $5 million": the class named)
        r"(?:shares|stock)(?: of (?:its |our |the company's |[\w-]+'s |(?-i:[A-Z])[\w-]* )?"
        r"(?:series [a-f]\d? )?"
        r"(?:common |ordinary |convertible |preferred ){0,3}(?:stock|shares)"
        r"| of the (?:company|corporation|registrant|issuer))?"
        # ("will issue 150,000 shares of its common stock to the university, valued at approximately $1.2
        # million": the shares' taker named between)
        r"(?: to (?:the |its )?[\w-]+(?: [\w-]+)?)?"
        # ("The Shares, which had an aggregate value of approximately $8.4 million")
        # ("shares of our Series B convertible preferred stock with an estimated fair value of $8.0 million")
        r",? (?:" + _WORTH + r"|which (?:had|have|has) an? (?:total |aggregate )?(?:market )?value of)",
        BEFORE,
        3,
        strict=True,
    ),
    # "a 15% equity stake in Arclight, which the two sides valued at about $55 million": what the stake is
    # worth
    CueRule(
        Cue.EQUITY,
        r"(?:equity )?(?:stake|shareholding|holding|equity interest)(?: in (?:[\w-]+ ){0,2}?[\w-]+)?,? "
        r"(?:(?:which|that) (?:[\w-]+ ){0,3}?)?" + _WORTH,
        BEFORE,
        3,
        strict=True,
    ),
    CueRule(
        Cue.EQUITY,
        r"equity(?: investment| stake| financing| participation| purchase| subscription)?"
        r"|(?:stock|share) purchase|private placement|warrants?|subscription"
        r"|invest(?:s|ed|ing|ment)? in (?:\w+ ){0,2}(?:shares|stock)",
    ),
    # "will purchase $15 million of Solenne common stock at a premium": the shares the sum buys
    CueRule(
        Cue.EQUITY,
        r"(?<!purchase\x20)(?<!purchases\x20)(?<!acquisition\x20)(?<!sale\x20)"
        # ("has purchased $12 million of Rivenhall's Series C preferred stock": the class named too)
        r"of (?:[\w-]+'?s? ){0,2}?(?:series [a-f]\d? )?"
        r"(?:newly issued |new |common |ordinary |preferred ){0,2}(?:stock|shares)",
        AFTER,
        1,
        strict=True,
    ),
    # "A$1.2 million in cash and A$800,000 in shares upfront": the sum's own words say it is paid in shares,
    # whenever it is paid
    CueRule(
        Cue.EQUITY,
        # ("GBP 12 million in Kestrel Peak shares": the issuer's name between)
        r"in (?:(?-i:[A-Z])[\w&-]*\x20){0,3}"
        r"(?:newly issued |new |restricted |common |ordinary |consideration ){0,2}(?:shares|stock|scrip)",
        AFTER,
        1,
        strict=True,
    ),
    # "invests $12 million in Rivenhall's Series C": a stake the partner takes in a named firm's round (not
    # "raised $90 million in its Series C", the firm's own financing)
    CueRule(
        Cue.EQUITY,
        r"in (?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)?['’]s series [a-f]\d?\b",
        AFTER,
        1,
        strict=True,
    ),
    # the verb governs the money after it: "subscribe for shares for US$105 million" (in "eligible for up to
    # US$4.4 billion more, and AstraZeneca will subscribe for ...", the sum before is not the shares')
    CueRule(Cue.EQUITY, r"subscri(?:be|bes|bed)", BEFORE),
    CueRule(
        Cue.SHARES,
        # (not "trial data and drug stock": goods on hand)
        r"(?:newly issued |new |restricted |common |ordinary "
        r"|preferred |consideration ){0,3}(?<!drug\x20)(?<!product\x20)(?<!inventory\x20)(?:shares|stock)",
    ),
    CueRule(
        Cue.OTHER,
        r"(?:research|r&d|development|collaboration) (?:funding|support|payments?)|funding|reimburse\w*"
        # "will also fund Sendero's research activities, estimated at $5 million per year"
        # ("Gidgee will fund a two-year research program at NRI of A$600,000")
        r"|funds? (?:an? |the )?(?:(?:one|two|three|four|five|multi|\d)-year |[\w-]+(?:'s|s') )?"
        r"(?:continued |ongoing |further |early[- ]stage |preclinical )?"
        r"(?:research|r&d|development)(?: activities| costs| work| programs?| programmes?| projects?)?"
        # "will also fund work at the university's antibody laboratory at ₹75 lakh a year"
        r"|funds? (?:(?:research|laboratory|lab) )?work (?:at|in|by|on|of)"
        r"|sponsored research"
        r"|cost[- ]sharing|co-funding|FTE|toward(?:s)?|deferred(?: payments?)?"
        # (not "a charge to cover the upfront it is paying": what the sum covers names it)
        # (nor "sufficient to fund operations into 2028": the company's cash runway)
        r"|to (?:fund|cover)(?! the (?:upfront|up-front|initial|signing))"
        r"(?! (?:its |our |the company's |planned )?(?:operations|operating|runway|cash needs))"
        # "Both companies will contribute to the development costs; Idorsia will contribute up to USD 200
        # million": a share of the costs
        r"|contribut(?:e|es|ed|ing)(?= (?:up to|as much as|approximately|about|an? |\S{0,4}\d))"
        # "Contribution to global Phase 3 study costs: JPY 600 mn", "a JPY 600 mn Phase 3 contribution": a
        # share of the costs, named as a noun
        r"|(?:cost|development|study|trial|phase (?:[1-3]|i{1,3}|[1-3][ab]))[- ]contributions?"
        r"|contributions? (?:to|toward|towards) (?:the )?(?:[\w-]+ ){0,3}?"
        r"(?:costs?|expenses|budgets?|stud(?:y|ies)|trials?)\b"
        r"|anniversar(?:y|ies)(?: payments?)?|(?:second|third|final|remaining|later|deferred) tranche"
        # "the remaining up to $1 billion" may never be paid; "The remaining $1.42 billion is tied to
        # development, regulatory and commercial milestones": money to come, named by what it is tied to
        r"|remaining(?! up to| as much as)(?!(?: [\w-]+){0,4}? milestones?)"
        r"(?!(?:[^.;]|\.\d){0,40}?\b(?:tied|linked|contingent|subject|dependent|consists?|comprises|made\s+up)\b)"
        # ("two guaranteed, non-creditable payments of $6,000,000 each")
        r"|continuation payments?|guaranteed(?:,? (?:non-creditable|non-refundable)){0,2} "
        r"payments?|annual payments?|maintenance fees?"
        r"|annual (?:licen[cs]e )?fees?"
        # "a one-time fee of EUR 3 million to end the arrangement early": what ending a deal costs
        # ("a one-time wind-down payment of USD 4 million" as a licence ends)
        r"|(?:termination|wind-?down) (?:fees?|payments?)"
        r"|to (?:end|terminate) (?:the|its|their|our) (?:[\w-]+ ){0,2}?"
        r"(?:agreement|arrangement|licen[cs]e|collaboration|partnership|deal|contract)"
        # "$350 million, offsettable against milestones": paid now, and credited later; no milestone
        r"|(?:offsettable|creditable|offset|credited|deductible) against (?:any |future |later )?"
        r"(?:[\w-]+ ){0,2}?milestones?(?: payments?)?",
    ),
    CueRule(
        Cue.NONE,
        # (not how the sum will be booked: "which will be recognised as revenue", an ignored cue above)
        r"revenues?"
        # (not what payments are tied to: "up to $350 million in payments linked to annual net sales"; read
        # from the first word of the name only)
        r"|(?<!linked\x20to\x20)(?<!tied\x20to\x20)(?<!based\x20on\x20)(?<!related\x20to\x20)"
        r"(?<!contingent\x20on\x20)(?<!dependent\x20on\x20)(?<!depending\x20on\x20)"
        r"(?<!net\x20)(?<!annual\x20)(?<!product\x20)(?<!worldwide\x20)(?<!global\x20)"
        # (nor the condition of a sales milestone: "$20 million when annual net sales first exceed $300
        # million", where the level is the sum after, read by the rule on a condition's sales)
        r"(?<!when\x20)(?<!once\x20)(?<!if\x20)(?<!until\x20)"
        r"(?:(?:net |product |in-market |annual |worldwide |global |peak |total |quarterly ){1,3}|)sales"
        # "after net sales of Zepzelca reached the first commercial milestone": what earned the payment
        r"(?![^.;,$€£¥]{0,80}?\b(?:reach\w*|hit|exceed\w*|surpass\w*|pass(?:ed|es)|cross\w*)\b[^.;$€£¥]{0,40}?"
        r"\b(?:milestones?|thresholds?|levels|targets|goals)\b)"
        # "contingent on development, regulatory and sales progress": goals money depends on, not sales
        r"(?! (?:progress|performance|goals|targets|thresholds?|levels|events|objectives|achievements"
        r"|triggers|milestones?|hurdles?)\b)"
        r"|net loss|loss|losses|profits?(?![- ]?shar)|earnings|EPS|income"  # (not a profit share)
        r"|cash(?: and cash equivalents|, cash equivalents| position| balance| runway| reserves| "
        r"resources| of| stood"
        r"| on hand"
        r"| (?:at|as of) (?:the )?(?:end|close)"
        r"| totall?ed)"
        r"|ended (?:(?:the|its) (?:\w+ )?(?:quarter|year|period|half)|(?:fiscal )?(?:19|20)\d\d"
        r"|(?:january|february|march|april|may|june|july|august|september|october|november|december)"
        r"(?: (?:19|20)\d\d)?) with"
        r"|balance sheets?"
        r"|market(?: size| value| capitali[sz]ation| cap)?"
        # (not an increase: "commercial milestones raised by $15 million")
        r"|IPO|initial public offering|public offering|offering|rais(?:e|es|ed|ing)(?! by)"
        r"|financing|series [A-F]"
        r"|underwrit\w+|at-the-market|ATM program|sales agreement"
        r"|funding round|round|loans?|debt|notes|credit facility|grants?|non-dilutive(?: funding)?"
        r"|valuation|expenses?|spending|salar(?:y|ies)|compensation|bonus|repurchas\w*|buy-?backs?|dividends?"
        r"|royalty (?:financing|monetization|monetisation|sale)|refund(?:ed)?|damages|settlement"
        r"|fines?|penalt(?:y|ies)|capital (?:expenditure|investment|project|commitments?)"
        r"|(?:in|at) (?:the|its|a|their|our) (?:new )?(?:\w+ )?(?:facility|facilities|site|plant|campus)"
        r"|(?:the )?(?:total )?(?:capital )?commitments?|(?:share"
        r"|directed|rights) issues?|bookbuilding|placing"
        r"|asset"
        r"|guidance|forecast|budget|compared (?:with|to)|a year earlier|year-on-year|trading",
    ),
    # "will no longer be eligible to receive up to $220.0 million in remaining milestones": money given up
    CueRule(
        Cue.NONE,
        r"no longer (?:be )?(?:eligible|entitled)(?: to (?:receive|earn|collect))?|forgo(?:es|ing|ne)?"
        r"|forfeit(?:s|ed|ing)?|gives? up|giving up",
        BEFORE,
        4,
        strict=True,
    ),
    # "has said it wants to spend up to $2 billion a year on bolt-on deals": a budget it means to use
    CueRule(
        Cue.NONE,
        r"(?:wants?|wanted|plans?|planned|aims?|intends?|hopes?|looks?|seeks?|is looking|budgets?|budgeted)"
        r" to (?:spend|deploy|put to work)",
        BEFORE,
        3,
        strict=True,
    ),
    # "the second production line, which cost about 120 billion won": what something was bought or built for
    CueRule(
        Cue.NONE,
        r"(?:which|that|it|they) (?:cost|costs)",
        BEFORE,
        3,
        strict=True,
    ),
    # "passed the $500 million mark", "a threshold of JPY 10 billion": a level reached, named beside its
    # sum (not "Passing that level entitles Harcourt to a one-off payment of JPY 1.5 billion")
    CueRule(Cue.NONE, r"mark|level|threshold|thresholds", EITHER, 3),
    # "With A$48 million in cash on a pro-forma basis, we are funded through ...", "Pellucid said it has $96
    # million in cash": what a firm holds
    CueRule(
        Cue.NONE,
        r"(?:with|has|had|have|holds|held)(?= (?:about |approximately |roughly |some |nearly |almost |over "
        r"|more than )?\S{0,4}?\d[\d.,]* ?(?:million|billion|m|mn|bn)? in cash\b)",
        BEFORE,
        5,
        strict=True,
    ),
    # "Operating expenses of CHF 19.0 million (H1 2022: CHF 16.3 million)": the same line a year before
    CueRule(Cue.NONE, r"\((?:H[12] |Q[1-4] |FY ?|9M |6M )?(?:19|20)\d\d:", BEFORE, 1, strict=True),
    # "the fee was above their EUR 12 million estimate": what analysts expected, not a payment
    CueRule(Cue.NONE, r"estimates?|forecasts?|consensus", AFTER, 1, strict=True),
    # "meaningful for a company with roughly $140 million in cash": what a firm holds, not a payment
    CueRule(
        Cue.NONE,
        r"(?:company|firm|biotech|business|start-?up|developer|group|drugmaker)"
        r" (?:with|holding|that (?:has|had))",
        BEFORE,
        1,
        strict=True,
    ),
    # "recognised £62 million of milestone income from existing partnerships": what the books show;
    # "Following Over US$200 Million in FRUZAQLA Sales": the level sales reached
    CueRule(
        Cue.NONE,
        r"(?:of|in) (?:[\w®™-]+ |\([^()]{0,30}\) ){0,3}?(?:revenues?|income"
        r"|sales(?!(?:[- ][\w-]+){0,2}?[- ](?:milestones?|based|related|thresholds?|payments?)\b))",
        AFTER,
        1,
        strict=True,
    ),
    # "$20 million when annual net sales first exceed $300 million", "payable if annual sales reach ¥20
    # billion": the condition's sales are the sum after them, not the payment before
    CueRule(
        Cue.NONE,
        r"(?:(?<=when\x20)|(?<=once\x20)|(?<=if\x20)|(?<=until\x20))"
        r"(?:(?:net|annual|product|total|worldwide|global|cumulative)\s+){0,3}sales",
        BEFORE,
        strict=True,
    ),
    # "after net sales of Veltrexa passed $500 million": the level sales reached, not money paid
    CueRule(
        Cue.NONE,
        # (commas allowed: "net sales of ZELTRIA (tiveracel), an oral potassium binder, exceeded $250m")
        r"(?:(?:net|annual|product|total|worldwide|global|quarterly|cumulative)\s+)*(?:sales|revenues?)\b"
        # (the last such word: "a sales milestone after net sales passed" keeps its milestone)
        # ("by its partner Tessaly Pharma S.A. have exceeded": a full stop inside a name)
        r"(?:(?!\b(?:sales|revenues?|milestones?)\b)(?:[^.;$€£¥]|(?<=\b\w)\.)){0,80}?"
        r"\b(?:passed|passes|passing|topped|tops|topping|exceeded|exceeds|exceeding|surpassed"
        r"|surpasses|surpassing|crossed|crosses|crossing|reached|reaches|reaching)",
        BEFORE,
        1,
        strict=True,
    ),
    CueRule(
        Cue.PRICE,
        # (not "will invest $8 million in its shares at a 20% premium to the 30-day average price": the
        # price the shares are bought at, not the sum)
        # (nor "will buy SEK 75 million of newly issued shares at the placement price": the price per share
        # the sum buys them at)
        r"(?<!average\x20)(?<!weighted\x20)(?<!placement\x20)(?<!issue\x20)(?<!subscription\x20)"
        r"(?:list |share |offering |closing |purchase |exercise |stock )?prices?"
        r"|priced"
        r"|per (?:share|ADS|unit|dose|patient|vial|common share|ordinary share)|a share|apiece",
        # (a price names the sum beside it: not "up to $27 million in payments tied to approvals ..., as well
        # as a supply price", a sum a clause away)
        reach=10,
    ),
    CueRule(
        Cue.DEAL,
        r"deals?|agreements?|(?:sub-?|in-|out-)?licen[cs]es?|licensing deals?|pacts?|transactions?|tie-ups?"
        r"|contracts?|alliances?|partnerships?",
        AFTER,
        3,
        strict=True,
    ),
    CueRule(Cue.PARTS, r"including|of which", AFTER, 2, strict=True),
    # "contribute up to $200 million to development costs", "to their development": money toward the work
    CueRule(
        Cue.OTHER,
        # (not "$1.43 billion relate to development and regulatory events": what milestones are for)
        r"to (?:the |their |its )?(?:development|R&D|research|clinical)(?: costs| expenses| budgets?)?"
        r"(?! (?:and|or) (?:regulatory|commercial|sales)| (?:events?|milestones?))",
        AFTER,
        1,
        strict=True,
    ),
    # "the largest deal yet, ahead of the $1.3 billion agreement Chong Kun Dang struck": another deal
    CueRule(
        Cue.NONE, r"ahead of|surpassing|eclipsing|topping|bigger than|larger than", BEFORE, 3, strict=True
    ),
    # "fund up to $15 million of research at Kappa"
    CueRule(
        Cue.OTHER,
        r"of (?:research|R&D)(?: and development)?(?: costs| work| activities)?",
        AFTER,
        1,
        strict=True,
    ),
    CueRule(
        Cue.INSTALMENT, r"instal{1,2}ments?|tranches?|in (?:two|three|four|several|equal) (?:parts|payments)"
    ),
    # (not "held EUR 96 million in cash and cash equivalents", "$119 million in cash at the end of June",
    # "$2 billion in cash and short-term investments": what a firm holds)
    CueRule(
        Cue.CASH,
        r"in cash(?! and cash equivalents|, cash equivalents| (?:at|as of) (?:the )?(?:end|close)| on hand"
        r"| and (?:short-term |long-term |marketable )?(?:investments|securities))"
        r"|cash payments?|cash consideration",
    ),
    # ("for aggregate gross proceeds of approximately $10.0 million": one cue, however many words)
    CueRule(Cue.PROCEEDS, r"(?:(?:gross|net|aggregate|total) ){0,2}proceeds"),
    CueRule(
        Cue.ACHIEVED,
        # ("obliged Halcyne to make a $4 million payment", "this event obligates Ostara to pay the Company
        # $2.0
        # million": an obligation an event has set off)
        r"earn(?:s|ed|ing)?|achiev(?:e|es|ed|ing)|trigger(?:s|ed|ing)?|reach(?:es|ed)?|entitl(?:es|ed|ing)"
        r"|oblig(?:es|ed|ates|ated|ating|ing)"
        r"|releas(?:es|ed|ing)|unlock(?:s|ed|ing)"
        r"|collect(?:s|ed)?|banks|banked|pockets|pocketed|books|booked|brought forward"
        r"|accelerat(?:es|ed|ing)(?: \w+){0,2} (?:milestones?|payments?)"
        r"|due|owe[sd]?|secures|secured|lands|nets|netted|paid|received|invoic(?:es|ed|ing)|invoice for"
        r"|bill(?:s|ed)",
        BEFORE,
    ),
    # "will pay the C$6.0 million that came due on completion of the Phase 2 study": owed for an event passed
    CueRule(Cue.ACHIEVED, r"(?:came|fell|has fallen|became|has become) (?:due|payable)", AFTER, 8),
    CueRule(
        Cue.PAID,
        r"pay(?:s|ing)?|receiv(?:e|es|ing)|gets?|got|obtain(?:s|ed)?|will (?:also )?make|makes|made|payable",
        BEFORE,
    ),
    # "passes $4 million on to licensor Oxbury", "will pass $4 million of that payment through to Oxbury": a
    # share of a payment handed on to the firm's own licensor
    CueRule(
        Cue.PAID,
        r"pass(?:es|ed|ing)?(?= (?:about |approximately |some )?\S{0,4}\d[\d.,]*"
        r" ?(?:million|billion|m|mn|bn)? (?:of (?:that|the|this|its) (?:[\w-]+ )?"
        r"(?:payment|sum|amount|milestone) )?(?:on|through)\b)",
        BEFORE,
        2,
        strict=True,
    ),
    # "eligible for up to $X": the money after it may come; but after a sum, "triggers a CHF 150 million
    # milestone payment to Molecular Partners, which is also eligible for a royalty" or "receives a US$100
    # million option payment and is eligible for an option exercise fee" speak of other money
    CueRule(Cue.CONTINGENT, r"eligib\w*", BEFORE, strict=True),
    CueRule(
        Cue.CONTINGENT,
        r"(?<!which\x20is\x20also\x20)(?<!which\x20is\x20)(?<!who\x20is\x20also\x20)(?<!and\x20is\x20also\x20)"
        r"(?<!and\x20is\x20)eligib\w*",
        AFTER,
        strict=True,
    ),
    CueRule(
        Cue.CONTINGENT,
        # (not "contingent consideration" named alone: the name of the money an acquirer owes when events
        # happen, owed now when one has: "obligates the Company to pay Tern Valley contingent consideration of
        # $7.5 million")
        MODAL_MAY + r"|might|could|would|should|potential(?:ly)?|possible|contingent(?!\x20consideration)"
        r"|conditional"
        r"|if"
        r"|subject to"
        r"|depend\w*|future|expects? to|expected to|in the event|provided that|more"
        # "twenty-five million Swiss francs at signing with up to CHF 190 million to follow"
        r"|to (?:follow|come)"
        # (not a sum paid now: "triggering a further cash milestone payment of $3m")
        r"|(?<!triggering\x20a\x20)(?<!triggered\x20a\x20)(?<!triggers\x20a\x20)(?<!received\x20a\x20)"
        r"(?<!receives\x20a\x20)(?<!earned\x20a\x20)(?<!earns\x20a\x20)(?:further|additional)"
        r"|later payments?"
        r"|upon (?:the )?(?:achievement|successful|exercise|approval|attainment|reaching)|on achievement"
        # "an option exercise fee of $10 million per programme": a rate for fees each later choice brings
        # (not "two milestone payments, one for each indication, totaling $25 million": earned now)
        r"|(?:per|for each|for every) (?:additional |further )?(?:programme|program|target|option)",
    ),
    CueRule(
        Cue.TIED,
        # (not "based on the exchange rate on July 7", which tells how a sum was converted)
        # ("up to ¥2.1 billion more tied to development and sales": the events named, not a sales figure)
        r"(?:tied|linked) to(?: " + _KIND_WORDS + r"(?:(?:,? (?:and|or|&) |, |/)" + _KIND_WORDS + r"){0,5})?"
        r"|based on(?! (?:the )?(?:\w+ )?(?:exchange|currency|conversion) rates?)"
        r"|when|once|upon(?! (?:the )?conclusion of (?:the|this) (?:agreement|contract))"
        r"|on achieving|on reaching"
        # "up to $27 million on approvals and sales thresholds": events still to come, named in the plural
        r"|on (?:[\w-]+ ){0,2}?(?:approvals|(?:sales |revenue )?thresholds|launches)\b"
        # "$22 million payable on first dosing of the last patient" (not "payable on signing": paid now; nor
        # "became payable on FDA acceptance": owed now)
        # (nor "the C$6.0 million that came due on completion of the Phase 2 study": owed now)
        r"|(?<!became\s)(?<!become\s)(?<!now\s)(?<!came\s)(?<!fell\s)(?:payable|due) on"
        r"(?! (?:the )?(?:signing|execution|closing|effectiveness|signature)\b)"
        # "up to EUR 9 million as the product is approved in each country": paid as events come
        r"|as(?= (?:the|its|each|a|an) (?:[\w-]+ ){0,3}?(?:is|are|gets|clears?|reach(?:es)?|meets?"
        r"|pass(?:es)?|achieves?|hits?|cross(?:es)?|advances?|progress(?:es)?|moves?)\b)"
        r"|on (?:the )?(?:first|initial) (?:commercial )?(?:sale|launch)",
        AFTER,
    ),
)

CUE_PATTERNS: tuple[tuple[CueRule, re.Pattern[str]], ...] = tuple(
    (
        rule,
        re.compile(r"(?<![\w-])(?:" + rule.pattern.replace(" ", r"\s{1,3}") + r")(?![\w-])", re.IGNORECASE),
    )
    for rule in RULES
)
