"""Deal terms: the money tied to the events a release reports.

For a milestone only the payment earned now counts, read from the sentences that proved the milestone.
For a licence every term counts (headline total and its parts, upfront, equity, contingent payments),
read from the news-bearing sentences that are not a recap of an earlier deal. An IND alone carries no
money. The same payment printed twice is kept once; a payment printed in two currencies is kept in both.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import combinations, pairwise

from bot.classify.amount_cues import RECEIPT_VERBS
from bot.classify.amounts import AmountReading, MoneyMention, find_money, read_amounts
from bot.classify.document import HEADLINE_REGIONS, Document, Region, Sentence
from bot.classify.rules import DATE, MONTHS, PAYMENT_CAUSE, YEAR_DEAL, date_parts
from bot.classify.text import MODAL_MAY, Search, lowered
from bot.models import Amount, AmountKind, EventType

__all__ = ["deal_amounts"]

_TERM_REGIONS = frozenset({Region.TITLE, Region.SUMMARY, Region.LEAD, Region.BODY})
# words that make a sentence's money a recap of an earlier deal, not a term of this one
_RECAP = re.compile(
    # (not a news story's reported speech: "Kyowa said it had agreed to ... in a deal worth $1.25 billion")
    # (not "the European rights Belcastro already holds": what a partner has now, beside the new terms)
    r"\b(?:(?<!\bit\s)(?<!\bthey\s)had|previously|already(?!\s+(?:holds?|has|have|owns?|markets?|sells?)\b)|so\s+far|to\s+date|since\s+signing|since\s+the"
    # "Since entering into the License Agreement, the Company has received an aggregate of $31.5 million"
    r"|since\s+(?:entering|executing|inception|its\s+inception|execution)"
    r"|originally|in\s+the\s+past|at\s+that\s+time|(?:has|have)\s+since"
    # "As announced on 12 March, a CHF 5 million milestone was received": told before (not "as announced
    # today")
    r"|as\s+(?:announced|reported|disclosed)\s+(?:on|in)\s+(?!today\b)"
    # "received an upfront payment of $35.0 million ... in prior years"
    r"|(?:in|during)\s+(?:prior|previous|earlier|past|preceding)\s+(?:fiscal\s+)?(?:years|periods|quarters)"
    # "The original 2020 agreement, worth up to $3.9 billion, ...": the deal the news changes
    # (not "royalties at the same tiered rates that apply under the original licence": its terms, compared)
    r"|(?<!apply\sunder\sthe\s)(?<!applies\sunder\sthe\s)(?<!applied\sunder\sthe\s)(?<!as\sunder\sthe\s)"
    # ("The original 2021 Japanese licence brought Limfjord DKK 120 million upfront")
    r"(?<!as\sin\sthe\s)original\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|licen[cs]e|collaboration|terms)"
    r"|years?\s+ago|last\s+(?:week|month|quarter|year)(?:['’]s)?|previous\s+(?:record|deal|agreement|high)"
    # ("Calyra received $15 million upfront when the option agreement was signed")
    r"|when\s+the\s+(?:(?:original|initial|option|research|collaboration)\s+(?:and\s+licen[cs]e\s+)?)?"
    r"(?:deal|agreement|licen[cs]e|alliance|collaboration)\s+was"
    # "cumulative payments received" count the past; "cumulative net sales" set a sales milestone
    r"|cumulative\w*(?!\s+(?:[\w-]+\s+){0,2}?sales)"
    r"|brings\s+the\s+total(?!\s+(?:potential|possible|deal|transaction|contract)\b)|counting"
    # (not "only days after pivotal data were released": how soon the news followed)
    # (nor "payable within 30 days after the Effective Date": when a payment falls due)
    r"|(?<!only\s)(?<!just\s)(?<!mere\s)(?<!\d\s)(?<!\d-)(?<!\d\sbusiness\s)(?<!\d\scalendar\s)"
    # ("within thirty days after the effective date")
    # ("within thirty (30) days after the Effective Date": the number restated in brackets)
    r"(?<!ten\s)(?<!fifteen\s)(?<!thirty\s)(?<!forty-five\s)(?<!sixty\s)(?<!ninety\s)(?<!business\s)(?<!\d\)\s)"
    r"(?:days?|weeks?|months?|years?)\s+after"
    r"|(?:was|were|had\s+been)\s+eligible"
    r"|after\s+(?:the\s+)?[^\s;]+(?:\s+[^\s;]+){0,3}\s+(?:paid|licensed|signed|agreed|struck|granted)"
    # "the May agreement for SKB264, for which Merck paid $47 million upfront": an earlier deal's terms
    r"|(?:for|under)\s+which\s+(?:[\w&.'’-]+\s+){1,3}?(?:paid|received|committed|made))\b",
    re.IGNORECASE,
)
_NOT_TERMS = re.compile(
    # (a profit share is a deal term, not a profit figure)
    r"\b(?:loss|profit(?![- ]?shar)|cash\s+(?:position|balance)|guid(?:ed|ance)"
    # "raised its 2025 revenue outlook to DKK 180-210 million from DKK 130-160 million": a forecast
    r"|(?:revenues?|sales|earnings|income)\s+(?:outlook|forecast|expectations?)"
    r"|market\s+(?:size|value|capitali[sz]ation)"
    # "Before Thursday the company was valued at about GBP 60 million": what the market put on the firm
    r"|(?:company|firm|group|biotech|business|start-?up|it)\s+(?:was|is|had\s+been)\s+(?:then\s+)?valued\s+at"
    # "the domestic market for vitiligo therapies is valued at around ₹900 crore": a market's size
    r"|market\s+(?:for|in)\s+[^.;$€£¥₹]{0,60}?\b(?:is|was|are|were)\s+(?:now\s+)?(?:valued|worth|estimated|put)\b"
    # (a loan's tranches: "term loans of up to $50.0 million in two tranches")
    r"|term\s+loans?|loan\s+(?:and\s+security\s+)?(?:agreement|facility)|credit\s+(?:facility|agreement)"
    r"|debt\s+facility"
    # "Cedarline, backed by $180 million in venture funding, plans to dose": a partner's own financing
    r"|venture\s+(?:funding|capital|financing|backing|investment)"
    # a results bullet: "Revenue of £1.1 million (2022: £3.4 million, which included the upfront payment ...)"
    r"|revenues?\s+of\s+(?:[£$€¥]|(?:GBP|USD|EUR|CHF|DKK|SEK|JPY)\s?)[\d.,]+\s*(?:million|billion|m|bn)?\s*"
    r"\(\s*(?:FY\s*)?(?:19|20)\d\d(?=\s*:)"
    # "the CHF 61 million in cash Valmont reported at the end of June"
    r"|in\s+cash\s+(?:(?:it|the\s+company|[A-Z][\w-]*)\s+)?(?:reported|held|had|holds)"
    # (but not a stake bought in a named firm's round: "invests $12 million in Rivenhall's Series C")
    # (nor a class of shares given as a deal's consideration: "shares of Averna Series B preferred stock")
    r"|(?<!['’]s\s)(?<!s['’]\s)series\s+[a-f](?!\d?\s+(?:convertible\s+)?(?:preferred|preference|shares|stock)\b)|ipo|financing\s+round|share\s+price|(?:quarterly|annual|full-year|group|total)\s+revenues?"
    # a results bullet: "Revenue amounted to EUR 4.1 million (H1 2021: EUR 1.2 million)"
    r"|revenues?\s+(?:and\s+other\s+income\s+)?(?:was|were|amounted|totall?ed|rose|grew|fell|increased|decreased"
    r"|declined)"
    # "Milestone income was CHF 5.0 million, entirely the Nordvik payment": a results line
    r"|(?:milestone|royalty|collaboration|licen[cs]e|licensing|other\s+operating)\s+(?:income|revenues?)\s+"
    r"(?:was|were|amounted|totall?ed|rose|grew|fell|increased|decreased|declined)"
    # a results line: "Operating expenses were EUR 22.9 million (2023: EUR 24.6 million)"
    r"|(?:operating|research\s+and\s+development|R&D|administrative|total)\s+expenses\s+(?:were|was|amounted"
    r"|totall?ed|rose|fell|increased|decreased)"
    r"|\(\s*(?:FY\s*|H[12]\s*|Q[1-4]\s*)?(?:19|20)\d\d\s*:\s*(?:[£$€¥]|(?:GBP|USD|EUR|CHF|DKK|SEK|NOK|JPY)\s?)\d"
    # an outlook: "Revenue is expected to be in the range of DKK 520-580 million, including the upfront"
    r"|revenues?\s+(?:is|are|was|were)\s+(?:now\s+)?(?:expected|forecast|projected|anticipated|guided)"
    # a share placement's size: "Completes A$30 Million Placement to Fund Phase 2b Program"
    r"|(?:million|billion|m|bn)\s+(?:private\s+|equity\s+|share\s+)?(?:placement|placing|capital\s+rais\w+"
    r"|rights\s+issue|share\s+purchase\s+plan|entitlement\s+offer|(?:public|underwritten)\s+offering)"
    # "Announces $25 Million Registered Direct Offering": a share sale to investors, not a deal's equity
    r"|(?:registered\s+direct|underwritten\s+public|follow-on)\s+offering|to\s+(?:several\s+|certain\s+)?"
    r"(?:healthcare[-\s]focused\s+)?institutional\s+(?:and\s+accredited\s+)?investors"
    r"|loss\s+for\s+the\s+(?:year|period|quarter)"
    # "the change removed a funding burden of more than $200 million over the next three years": costs spared
    r"|(?:funding|financial|cost|spending)\s+burden|(?:cost\s+)?savings\s+of"
    # "expects to recognize the remaining $6.8 million of deferred revenue": accounting, not a payment
    r"|deferred\s+revenues?|unearned\s+revenues?|contract\s+liabilit(?:y|ies))\b",
    re.IGNORECASE,
)
_PAST_MONEY = re.compile(
    r"\b(?:paid|received|made|was|were|got|gave|earned|collected|invested|totall?ed|brought|yielded|included"
    r"|provided|carried"
    # "Under the 2022 Ardent agreement Brevik remains eligible for more than NOK 1.5 billion": what is left of
    # an earlier year's deal
    r"|remains?\s+eligible|(?:is|are)\s+still\s+eligible)\b",
    re.IGNORECASE,
)
# a company or business bought for a sum: "Brennar buys Coltrane's eye-care unit for GBP 210m and licenses
# Ikeda dry-eye drug": the price of an acquisition told beside a licence, not a term of it
_BOUGHT_FOR = re.compile(
    r"\b(?:buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing))\s+(?:[\w&.'’-]+\s+){0,5}?"
    r"(?:unit|company|business|firm|subsidiary|division|group|maker|developer|biotech|rival|peer)\s+for\s+"
    r"(?:about\s+|approximately\s+|some\s+|around\s+)?$",
    re.IGNORECASE,
)
# "up to $200 million ..., down from as much as $450 million before the change": what a term was before
_WAS_BEFORE = re.compile(
    r"\b(?:(?:down|up|reduced|cut|lowered|raised|increased)\s+from|compared\s+with|instead\s+of|rather\s+than"
    r"|previously|originally|formerly)\s+(?:as\s+much\s+as\s+|up\s+to\s+)?(?:(?:an?|the)\s+)?"
    r"(?:(?:original|earlier|previous|prior)\s+)?$",
    re.IGNORECASE,
)
# "on top of the $50 million it paid in October": a sum an earlier payment, told in a clause after it
_PAID_BEFORE = re.compile(
    r"\s{0,2}\)?\s{0,2}(?:(?:that|which)\s+)?(?:it|they|we|he|she|the\s+company|(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,2})"
    r"\s+(?:had\s+)?(?:already\s+|previously\s+|originally\s+)?(?:paid|received|made|collected|earned|got|invested|booked)\b"
    r"|\s{0,2}(?:already\s+|previously\s+|originally\s+)(?:paid|received|made|collected|earned)\b"
    r"|\s{0,2}(?:paid|received|made|collected)\s+(?:(?:in|on|during)\s+(?:early\s+|mid-?|late\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|last\s+\w+|earlier|previously"
    r"|(?:in|on)\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)
# "In May Merck licensed SKB264 for $47 million upfront": a month named without its year, told in the past
_BARE_MONTH = re.compile(
    r"\b(?i:in|on|during|since)\s+(?:(?i:early|mid|late)[-\s]+)?"
    r"(?P<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}\b)?(?!,?\s+(?:19|20)\d\d)"
)
_PAST_DEAL = re.compile(
    r"\b(?:licensed|signed|paid|took|agreed|struck|acquired|bought|entered|inked|granted|received|sold"
    r"|in-licensed|out-licensed)\b",
    re.IGNORECASE,
)
# "analysts expect", "broker notes suggested ... a further £20-25m": someone's estimate, not a deal term
_ESTIMATE = re.compile(
    r"\b(?:analysts?|brokers?|broker\s+notes?|consensus|(?:some\s+)?observers)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:expect\w*|estimat\w*|suggest\w*|forecast\w*|predict\w*|project\w*|see|saw|believ\w*|think|thought"
    r"|reckon\w*|put|value\w*|model\w*)\b|\baccording\s+to\s+(?:[\w-]+\s+){0,2}?(?:analysts?|brokers?|estimates)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[^;]+")
# a payment named after a comma as one that came before: ", following a €4 million milestone for ... in 2022"
_EARLIER_PAYMENT = re.compile(
    r",\s+(?:following|after|on\s+top\s+of|in\s+addition\s+to|besides)\s+(?:an?|the|its)\s+[^;]+",
    re.IGNORECASE,
)
_TOTAL_CUE = re.compile(
    r"\b(?:total|value|worth|valued|aggregate|overall|combined|deal|transaction)\b", re.IGNORECASE
)
_OPTION_CUE = re.compile(r"\b(?:option|opt-in|exercise)\b", re.IGNORECASE)
_EXERCISED = re.compile(
    r"\b(?:exercis(?:ed|es)\s+(?:[^\s;]+\s+){0,3}?options?\b|opt(?:s|ed)[-\s]in\b"
    # "after option exercise, Janssen will be responsible": a bare noun after "after" or "upon" is any
    # future exercise, not one made now
    r"|(?<!\bafter\s)(?<!\bupon\s)(?<!\bon\s)option\s+exercise\b(?!\s+(?:fees?|payments?)))",
    re.IGNORECASE,
)
_CONDITION_BEFORE = re.compile(
    r"\b(?:if|once|when|whether|unless|should|upon|would|could|" + MODAL_MAY + r")\b", re.IGNORECASE
)
# "today's", "Tuesday's": the day of the news, whose payment a count includes
_DAY_S = r"(?:to|mon|tues|wednes|thurs|fri|satur|sun)day['’]s"
_CUMULATIVE_BEFORE = re.compile(
    r"(?:\b(?:bring|brings|bringing|take|takes|taking|rais(?:e|es|ing))\s+(?:the\s+|its\s+)?(?:total|cumulative|aggregate)"
    r"\s+(?:[\w-]+\s+){0,5}?(?:received|paid|earned|collected|to\s+date|so\s+far)\b[^;$€£¥]{0,60}?\bto"
    r"|\b(?:cumulative|total)\s+(?:[\w-]+\s+){0,3}?(?:received|paid|earned|collected)\s+(?:[^;$€£¥]{0,40}?\s)?"
    r"(?:to\s+date|so\s+far|of|at|is|was|now\s+stands\s+at|stands\s+at|totals?|amounts?\s+to)"
    # "milestone receipts under the 2019 licence now total $115 million"
    r"|\b(?:receipts|received|collected|earned)\b[^;$€£¥]{0,60}?\bnow\s+(?:totals?|stands?\s+at|amounts?\s+to)"
    # "up to $100 million ..., of which Keryx has now received $35 million"
    r"|\bof\s+which\s+(?:[\w&.'’-]+\s+){1,3}?(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?"
    r"(?:received|collected|earned|been\s+paid)"
    # "Including the new money, Ostrava has now received $140 million from Keller"
    r"|\b(?:including|counting|with)\s+(?:the|this|" + _DAY_S + r")\s+"
    r"(?:new\s+|latest\s+)?(?:money|payments?|milestones?|funds)\b"
    r"[^;$€£¥]{0,60}?)"
    r"\s*(?:approximately\s+|about\s+|some\s+|over\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
# "$55 million in milestones to date"
_CUMULATIVE_AFTER = re.compile(
    r"\s{0,2}(?:in\s+(?:[\w-]+\s+){1,3}?)?(?:in\s+total\s+)?(?:to\s+date|so\s+far)\b"
    # "has now received $8 million in milestones under that agreement, including today's payment"
    r"|[^;$€£¥.]{0,60}?\b(?:including|counting)\s+(?:"
    + _DAY_S
    + r"|this|the\s+(?:new|latest|current|present))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:payments?|milestones?|money|funds|fees?)\b"
    # "of which Keryx has now received $35 million, including the milestone achieved today"
    r"|[^;$€£¥.]{0,60}?\b(?:including|counting)\s+the\s+(?:[\w-]+\s+){0,2}?(?:payments?|milestones?)\s+"
    r"(?:achieved|announced|reported|received|triggered|earned)\s+today\b",
    re.IGNORECASE,
)
# fees tied to the event that are neither upfront nor a milestone
_OTHER_FEE = re.compile(
    r"\b(?:termination|wind[-\s]down|transition|exit|break-?up|reversion)\s+(?:fees?|payments?)\b",
    re.IGNORECASE,
)
_DEFERRED_AFTER = re.compile(
    r"\s{0,3}(?:(?:is\s+|are\s+|to\s+be\s+)?(?:payable|due|paid)\s+)?(?:on|at|upon|by|within|after)\s+(?:the\s+)?"
    r"(?:each\s+of\s+(?:the\s+)?)?"
    r"(?:first|second|third|fourth|fifth|1st|2nd|3rd|one-year|two-year|\d{1,2}-month|\d{1,2}-year)"
    r"(?:\s+(?:and|&)\s+(?:second|third|fourth|fifth))?(?:\s+(?:two|three))?\s+anniversar\w*"
    # "$250.0 million payable in five equal annual installments of $50.0 million": guaranteed, deferred
    r"|\s{0,3}(?:(?:is\s+|are\s+)?(?:payable|due|paid)\s+)?in\s+(?:[\w-]+\s+){0,3}?(?:annual|yearly|quarterly"
    r"|semi-annual)\s+instal{1,2}ments?\b"
    # "$20 million is payable on signing and $40 million within twelve months": the verb read once for both
    r"|\s{0,3}(?:(?:is\s+|are\s+)?(?:payable|due)\s+(?:in|within|after)|within)\s+"
    r"(?:\d{1,2}|one|two|three|six|twelve|eighteen)"
    r"\s+(?:months|years)\b",
    re.IGNORECASE,
)
_SHARES_VALUED = re.compile(
    r"\b(?:shares|stock|warrants|ADSs)\s+(?:[\w-]+\s+){0,3}?(?:valued\s+at|worth)\s*(?:approximately\s+|about\s+)?$"
    # "1,200,000 shares of the Company's common stock, having a value of approximately $4.0 million"
    r"|\b(?:shares|stock|warrants|ADSs)\b[^.;$]{0,60}?,?\s+(?:having|with)\s+an?\s+(?:aggregate\s+)?(?:fair\s+)?"
    r"(?:market\s+)?value\s+of\s*(?:approximately\s+|about\s+)?$",
    re.IGNORECASE,
)
_DEAL_CUE = re.compile(
    r"(?:deals?|agreements?|licen[cs]es?|pacts?|transactions?|tie-ups?|contracts?)", re.IGNORECASE
)
# cues that say when a sum is paid, not what it is: the sum may still be a subtotal of several kinds
# a sum named only by when it is paid: "will receive $825 million at closing"
_AT_CLOSING = re.compile(
    r"(?:on|upon|at)\s+(?:the\s+)?(?:signing|execution|closing|effectiveness)|on\s+(?:closing|signature)",
    re.IGNORECASE,
)
_WEAK_CUE = re.compile(r"|" + _AT_CLOSING.pattern, re.IGNORECASE)
# a part named only as paid in cash, or not named: the form of a payment, not a payment of its own
_CASH_ONLY = re.compile(r"(?:in\s+)?cash(?:\s+payments?)?|", re.IGNORECASE)
# words after a sum that break it down into parts ("$111 million now: ...", "$80 million, including ...")
_BREAKDOWN = re.compile(
    r"\s*:\s|\b(?:including|of\s+which|comprising|consisting\s+of|made\s+up\s+of|split\s+(?:into|between))\b",
    re.IGNORECASE,
)
_CONVERSION_GAP = re.compile(
    r"\s{0,2}(?:[(\[]\s{0,2}(?:or\s+|i\.e\.,?\s*)?|,\s{0,2}(?:or\s+)?|or\s+|/\s{0,2})"
    # "US$100 million (equivalent to approximately HK$780 million)"
    r"(?:(?:equivalent|equal)\s+to\s+)?"
)
# "roughly €89m at current exchange rates": the sum before, in another currency
_AT_RATE = re.compile(
    r"\s{0,3}(?:at\s+(?:the\s+)?(?:current|today's|prevailing|present)\s+exchange\s+rates?"
    r"|based\s+on\s+(?:the\s+)?(?:current\s+|prevailing\s+)?exchange\s+rates?)\b",
    re.IGNORECASE,
)
_MAX_PARTS = 12  # sums looked at as parts of a subtotal: enough for any term sheet, and bounded
_SUM_TOLERANCE = Decimal("0.005")
_MONEYISH = re.compile(r"\d|illion|thousand", re.IGNORECASE)  # a sentence without these holds no money
_GUARANTEED = re.compile(r"\bguaranteed\b", re.IGNORECASE)
_RESTATING = re.compile(
    # (", or about EUR 0.9 million": a conversion set off by a comma)
    r"[(\[]|equivalent|equal|worth|amount|correspond|translat|exchange\s+rate|,\s+or\s+(?:about|approx|roughly|around)",
    re.IGNORECASE,
)
_DATE_LOWER = lowered(DATE)
# the patterns above asked only whether they match a sentence or clause: run on its lower-cased copy
_RECAP_FOUND = Search(_RECAP)
_ESTIMATE_FOUND = Search(_ESTIMATE)
_NOT_TERMS_FOUND = Search(_NOT_TERMS)
_PAST_DEAL_FOUND = Search(_PAST_DEAL)
# rights coming back for a price paid now: "regained global rights ..., paying $12 million at signing"
_RETURN_TERMS = re.compile(
    r"\b(?:regain\w*|reacquir\w*|re-acquir\w*|buys?\s+back|bought\s+back)\b[^.;]{0,200}?\bpaying\b",
    re.IGNORECASE,
)
# an ending's own payment, promised as it is signed: "Kestrane will pay Oriana $12 million upon signing"
_ENDING_PAYS = re.compile(
    r"\bwill\s+(?:pay|make)\b[^.;]{0,80}?(?:\b(?:up)?on\s+(?:signing|execution)|\bat\s+signing|\bup-?front)\b",
    re.IGNORECASE,
)
# eligibility told as it now stands: "Oriana is also eligible for up to $45 million" (not "remains eligible",
# what is left of the old deal)
_ELIGIBLE_NOW = re.compile(
    r"\b(?:(?:is|are)\s+(?:also\s+)?eligible|will\s+(?:also\s+)?be\s+eligible|(?:may|could)\s+(?:also\s+)?receive)\b",
    re.IGNORECASE,
)
_PAST_MONEY_FOUND = Search(_PAST_MONEY)
_MONEYISH_FOUND = Search(_MONEYISH)
_RESTATING_FOUND = Search(_RESTATING)
# "The payment is a clinical milestone under the licence": its sum is in the sentence before
_PAYMENT_IS = re.compile(
    r"\s*(?:(?:The|This)\s+payment\s+(?:is|was|represents|constitutes)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"milestone\b|(?i:" + PAYMENT_CAUSE + r"))"
)
# "The payment is equivalent to about US$2.6 million": the milestone earned, restated in another currency
_RESTATED = re.compile(
    r"\b(?:the|this|that)\s+(?:milestone\s+)?(?:payment|milestone|sum|amount)\b[^.;]{0,30}?"
    r"\b(?:is\s+|was\s+|,\s*)?(?:equivalent\s+to|equal\s+to|equals?|worth|amounts?\s+to|corresponds?\s+to"
    r"|translates?\s+(?:in)?to)\s+(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|c\.)?\s*$",
    re.IGNORECASE,
)


def _recap(text: str, published: date | None) -> bool:
    """True when a clause's money belongs to an earlier deal or period."""
    if "original" in text or "existing" in text or "earlier" in text or "initial" in text:
        text = _ADDED_TO_OLD.sub("", text)
    if _RECAP_FOUND.found(text) or _ESTIMATE_FOUND.found(text):
        return True
    if published is None:
        return False
    if _PAST_DEAL_FOUND.found(text):
        for b in _BARE_MONTH.finditer(text):
            # a past deal in a month of this year or the last, two months or more before publication
            if (published.month - MONTHS.index(b.group("m").lower()) - 1) % 12 >= 2:
                return True
    # ("Under the 2020 agreement EQRx paid an upfront fee": the terms of an earlier year's deal)
    for m in YEAR_DEAL.finditer(text):
        # (or its worth told right after it: "after a 2023 pact with a Chinese drugmaker worth up to $120
        # million")
        if int(m.group("y")) < published.year and (
            _PAST_MONEY_FOUND.found(text) or _WORTH_AFTER.match(text, m.end()) is not None
        ):
            return True
    if "," in text:
        text = _AGREEMENT_ASIDE.sub("", text)
    return _dated_before(text, published)


# "up to $150 million in additional milestones, on top of the milestones in the original deal": new money
# told as added to an earlier deal's, which names no sum of its own
_ADDED_TO_OLD = re.compile(
    r"\b(?:on\s+top\s+of|in\s+addition\s+to|over\s+and\s+above|besides)\s+(?:the|those|its|their|any)\s+"
    r"[^.;,\d$€£¥]{0,60}?\b(?:original|earlier|existing|initial)\s+(?:(?:19|20)\d\d\s+)?"
    r"(?:agreement|deal|licen[cs]e|collaboration|terms)\b",
    re.IGNORECASE,
)

# an earlier year's deal's worth, told after it: "a 2023 pact with a Chinese drugmaker worth up to $120
# million"
_WORTH_AFTER = re.compile(r"[^.;,]{0,60}?\b(?:worth|valued\s+at)\b", re.IGNORECASE)

# "Under the agreement, first signed in 2016 and amended in 2018, Merck will make a $250 million payment":
# an aside that dates the agreement, not the money
_AGREEMENT_ASIDE = re.compile(
    r"(?:(?<=agreement)|(?<=licence)|(?<=license)|(?<=collaboration)|(?<=deal))\s*,\s*"
    r"(?:first\s+|originally\s+|initially\s+)?"
    r"(?:signed|entered\s+into|executed|dated|concluded|formed|struck)\b[^,;]{0,80},",
    re.IGNORECASE,
)


def _dated_before(text: str, published: date) -> bool:
    """True when a clause names a date two months or more before publication (a past year or month)."""
    # read in the lower-cased copy of an ASCII clause (see `text.lowered`): the month is lower-cased below
    dates = (
        _DATE_LOWER.finditer(text.lower())
        if _DATE_LOWER is not None and text.isascii()
        else DATE.finditer(text)
    )
    for m in dates:
        year, month, _ = date_parts(m.groupdict())
        if year is None:
            continue
        if year < published.year and month is None:
            return True
        if month is not None and (published.year - year) * 12 + (published.month - month) >= 2:
            return True
    return False


def _past_paragraphs(doc: Document, proof: Sequence[Sentence]) -> frozenset[int]:
    """A filing's paragraphs that open with a date two months or more before it and prove no licence: an
    earlier deal's note ("In March 2017 the Company entered into an exclusive license agreement with Ridley
    University ... The Company paid an upfront fee of $250,000"), whose money is that deal's."""
    if not doc.is_filing or doc.published is None:
        return frozenset()
    proved = {s.paragraph for s in proof}
    opening: dict[int, Sentence] = {}
    for s in doc.sentences:
        # (its first sentence, past a run-in heading: "Ridley University. In March 2017 the Company ...")
        if s.paragraph >= 0 and s.paragraph not in opening and len(s.text.split()) > 3:
            opening[s.paragraph] = s
    published = doc.published
    return frozenset(
        paragraph
        for paragraph, first in opening.items()
        if paragraph not in proved and _OPENS_DATED.match(first.text) and _dated_before(first.text, published)
    )


# a heading over other firms' news: "Other deals this week", "Elsewhere", "In brief"
_OTHER_NEWS_HEADING = re.compile(
    r"\s*(?:(?:other|more)\s+(?:deals?|news|headlines|stories|items|transactions)|elsewhere|in\s+brief"
    r"|news\s+in\s+brief|briefly|also\s+(?:this|in\s+the\s+news))\b",
    re.IGNORECASE,
)


def _others_paragraphs(doc: Document, proof: Sequence[Sentence]) -> frozenset[int]:
    """The paragraphs under a heading over other firms' news ("Other deals this week"), up to the next
    heading, when no licence is proved there: their money is other deals'."""
    if not doc.headings:
        return frozenset()
    last = max((s.paragraph for s in doc.sentences), default=-1)
    starts = sorted(p for p, _ in doc.headings)
    found: set[int] = set()
    for paragraph, heading in doc.headings:
        if _OTHER_NEWS_HEADING.match(heading) is None:
            continue
        end = next((p for p in starts if p > paragraph), last + 1)
        found.update(range(paragraph, end))
    if any(s.paragraph in found for s in proof):
        return frozenset()
    return frozenset(found)


# a sentence that opens with its date: "In March 2017 the Company entered into", "On June 4, 2019, we"
_OPENS_DATED = re.compile(
    r"\s*(?i:in|on|during|effective|as\s+of)\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\b"
)


@dataclass(frozen=True, slots=True)
class _Term:
    """A sum read as a deal term: its reading, its kind, and whether a breakdown made it a total."""

    reading: AmountReading
    kind: AmountKind
    subtotal: bool = False
    sentence: int = -1  # index of the sentence it was read in

    @property
    def key(self) -> tuple[Decimal, str]:
        return self.reading.amount.value, self.reading.amount.currency


# a verb of receipt decides a sum's kind only for want of a word that names the payment
_RECEIPT_VERB = re.compile(f"(?:{RECEIPT_VERBS})", re.IGNORECASE)


def _vote(terms: Sequence[_Term]) -> _Term:
    """The term a breakdown shows to be a subtotal, else the kind most cue-decided readings agree on."""
    marked = [t for t in terms if t.subtotal]
    if marked:
        return marked[0]
    pool = [t for t in terms if t.reading.cue] or list(terms)
    votes: dict[AmountKind, int] = {}
    for t in pool:
        votes[t.kind] = votes.get(t.kind, 0) + 1
    best = max(votes.values())
    tied = [t for t in pool if votes[t.kind] == best]
    # a tie goes to the reading that names the payment ("€12.5m upfront", "$1.6 billion in cash and
    # equity") over a vaguer one ("pockets €12.5m", "lands $1.6B")
    named = [t for t in tied if t.kind is not AmountKind.OTHER]
    fallback = named[0] if named else tied[0]
    return next((t for t in named if not _RECEIPT_VERB.fullmatch(t.reading.cue)), fallback)


def _choose(group: Sequence[_Term], *, option_exercised: bool) -> list[_Term]:
    """The readings of one (value, currency) to keep: one, or a paid-now and a contingent one."""
    named = [t for t in group if t.reading.cue and t.kind is not AmountKind.TOTAL and not t.subtotal]
    if named:
        # "in $25 million deal" and "$25 million upfront": the deal is that one payment, named by its kind
        group = [t for t in group if t.subtotal or not _DEAL_CUE.fullmatch(t.reading.cue)] or list(group)
    paid = [t for t in group if t.kind is not AmountKind.POTENTIAL]
    contingent = [t for t in group if t.kind is AmountKind.POTENTIAL]
    if not (paid and contingent):
        return [_vote(group)]
    p, c = _vote(paid), _vote(contingent)
    if p.kind is AmountKind.TOTAL and (
        any(_TOTAL_CUE.search(t.reading.cue) for t in contingent)
        or (c.reading.amount.upper_bound and c.reading.cue and "milestone" not in c.reading.cue.lower())
    ):
        # one headline value, read once as a total and once beside the milestones it includes, or as what
        # the deal "could reach up to"
        return [p]
    if (
        not option_exercised
        and p.kind is AmountKind.UPFRONT
        and _OPTION_CUE.search(p.reading.cue)
        and not p.reading.amount.upper_bound
    ):
        # an option fee the text says elsewhere is paid only if the option is exercised later ("a $200
        # million option exercise payment" and "a second payment of $200 million falls due if ...")
        return [c]
    if (
        option_exercised
        and p.kind is AmountKind.UPFRONT
        and _OPTION_CUE.search(c.reading.cue)
        and not c.reading.amount.upper_bound
    ):
        # "will pay an option exercise fee of EUR 30 million" where the option is exercised now: the fee
        # is paid as the licence is granted, as another sentence reads it
        return [p]
    if c.reading.amount.kind is AmountKind.MILESTONE and p.kind is AmountKind.MILESTONE:
        return [p]  # the milestone earned, read again in a sentence that does not prove it
    if p.kind in {AmountKind.MILESTONE, AmountKind.EQUITY} or (
        c.reading.cue and c.reading.amount.upper_bound
    ):
        return [p, c]  # "$25 million earned now, the other $25 million later": two payments
    return [_vote(group)]  # one payment read two ways


def _side_by_side(group: Sequence[_Term]) -> list[_Term]:
    """Sums of one value printed apart in one sentence as different kinds: separate payments."""
    # "paid $5 million at signing and will pay a further $5 million on the first anniversary"
    by_sentence: dict[int, dict[int, _Term]] = {}
    for t in group:
        by_sentence.setdefault(t.sentence, {}).setdefault(t.reading.mention.start, t)
    for found in by_sentence.values():
        if len(found) > 1 and len({t.kind for t in found.values()}) == len(found):
            return list(found.values())
    return []


def _merge(terms: Sequence[_Term], *, option_exercised: bool) -> list[_Term]:
    """One amount per (value, currency), except that a contingent and a paid-now reading may both stand."""
    groups: dict[tuple[Decimal, str], list[_Term]] = {}
    for t in terms:
        groups.setdefault(t.key, []).append(t)
    return [
        t
        for group in groups.values()
        for t in (_side_by_side(group) or _choose(group, option_exercised=option_exercised))
    ]


def _converts(text: str, first: MoneyMention, second: MoneyMention) -> bool:
    """True when the second sum restates the first in another currency: right after it ("CHF 150 million
    (about $163m)"), or a few words on, said to be at an exchange rate ("$100m regulatory milestone,
    roughly €89m at current exchange rates")."""
    if first.currency == second.currency:
        return False
    gap = second.start - first.end
    if 0 <= gap <= 30 and _CONVERSION_GAP.fullmatch(text, first.end, second.start) is not None:
        return True
    return (
        0 <= gap <= 40
        and ";" not in text[first.end : second.start]
        and _AT_RATE.match(text, second.end) is not None
    )


def _breakdowns(
    text: str, terms: list[_Term], conversions: Sequence[tuple[MoneyMention, MoneyMention]]
) -> None:
    """Mark, in place, a sum broken down into parts of another kind in its own clause as a total."""
    # "$111 million (about EUR 102 million) now: $71 million upfront and a $40 million equity investment";
    # "$1.15 billion at signing, including a $400 million equity purchase": a subtotal that mixes kinds
    restated = {id(b) for _, b in conversions}
    main = [t for t in terms if id(t.reading.mention) not in restated and t.kind is not AmountKind.POTENTIAL]
    for i, t in enumerate(main):
        if t.kind is AmountKind.TOTAL:
            continue
        named = not _WEAK_CUE.fullmatch(t.reading.cue)
        m = t.reading.mention
        later = [u for u in main[i + 1 :] if u.reading.amount.currency == m.currency]
        marker = _BREAKDOWN.search(text, m.end, later[0].reading.mention.start) if later else None
        if marker is None or ";" in text[m.end : marker.start()]:
            continue
        parts = [u for u in later if u.reading.amount.value < m.value][:_MAX_PARTS]
        other_kind = any(u.kind is not t.kind for u in parts)
        if named:
            # "$650 million upfront, including $200 million toward R&D": named upfront, so upfront; and
            # "an upfront payment of US$11 million, consisting of US$7 million in cash and a US$4 million
            # equity investment" is the upfront paid in two forms; but "$350 million in upfront
            # consideration, consisting of a $125 million license fee payment and a $225 million equity
            # investment" adds shares bought to a fee: a subtotal that mixes kinds
            total = sum((u.reading.amount.value for u in parts), Decimal(0))
            if not (
                t.kind is AmountKind.UPFRONT
                and total == m.value
                and any(u.kind is AmountKind.EQUITY for u in parts)
                and any(
                    u.kind is AmountKind.UPFRONT and not _CASH_ONLY.fullmatch(u.reading.cue) for u in parts
                )
            ):
                continue
        elif marker.group(0).strip() == ":":
            total = sum((u.reading.amount.value for u in parts), Decimal(0))
            adds_up = abs(total - m.value) <= m.value * _SUM_TOLERANCE
            if not (adds_up and other_kind):
                continue
        elif not other_kind:
            continue
        for k, u in enumerate(terms):
            if u is t:
                terms[k] = _Term(t.reading, AmountKind.TOTAL, subtotal=True, sentence=t.sentence)
        for a, b in conversions:
            if a is m:
                for k, u in enumerate(terms):
                    if u.reading.mention is b:
                        terms[k] = _Term(u.reading, AmountKind.TOTAL, subtotal=True, sentence=u.sentence)


def _contingent_totals(terms: list[_Term], conversions: Sequence[tuple[MoneyMention, MoneyMention]]) -> None:
    """Mark, in place, a total that only adds up the contingent sums before it in its sentence as
    potential: "milestones of up to DKK 600 million and ... up to DKK 1.5 billion, in total up to DKK 2.1
    billion" is a subtotal of contingent payments, not a deal's value."""
    restated = {id(b) for _, b in conversions}
    main = [t for t in terms if id(t.reading.mention) not in restated]
    for i, t in enumerate(main):
        if t.kind is not AmountKind.TOTAL or t.subtotal:
            continue
        before = [u for u in main[:i] if u.reading.amount.currency == t.reading.amount.currency]
        if len(before) < 2 or any(u.kind is not AmountKind.POTENTIAL for u in before):
            continue
        value = t.reading.amount.value
        total = sum((u.reading.amount.value for u in before), Decimal(0))
        if abs(total - value) > value * _SUM_TOLERANCE:
            continue
        for k, u in enumerate(terms):
            if u is t:
                terms[k] = _Term(t.reading, AmountKind.POTENTIAL, sentence=t.sentence)


def _so_far(text: str, mention: MoneyMention) -> bool:
    """True when a sum counts what was received so far ("bringing total milestones received to $55m")."""
    return (
        _CUMULATIVE_BEFORE.search(text, max(0, mention.start - 120), mention.start) is not None
        or _CUMULATIVE_AFTER.match(text, mention.end) is not None
        # "Oxlade has now received ¥4.1 billion in milestones under the agreement": the deal's sum to date
        or (
            _NOW_RECEIVED_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None
            and _IN_MILESTONES_AFTER.match(text, mention.end) is not None
        )
    )


_NOW_RECEIVED_BEFORE = re.compile(
    r"\b(?:has|have)\s+now\s+(?:received|collected|earned|been\s+paid)\s+(?:a\s+total\s+of\s+)?$",
    re.IGNORECASE,
)
_IN_MILESTONES_AFTER = re.compile(
    r"\s+in\s+(?:[\w-]+\s+){0,2}?(?:milestones|milestone\s+payments|payments)\b", re.IGNORECASE
)


def _option_exercised(sentences: Sequence[Sentence]) -> bool:
    """True when a sentence proving the licence says an option was exercised now, not if exercised later."""
    for s in sentences:
        for m in _EXERCISED.finditer(s.text):
            if _CONDITION_BEFORE.search(s.text, max(0, m.start() - 30), m.start()) is None:
                return True
    return False


# the fee an option's exercise brings, as the cue that decided a sum names it
_EXERCISE_FEE = re.compile(r"\bexercise\s+(?:fee|payment)s?\b|\boption\s+(?:fee|payment)s?\b", re.IGNORECASE)
# a sentence whose condition is the exercise itself: "Upon exercise, ...", "following the exercise of it"
_UPON_EXERCISE = re.compile(
    r"\b(?:upon|on|following|after)\s+(?:the\s+|such\s+|its\s+|this\s+)?exercise\b", re.IGNORECASE
)


def deal_amounts(
    doc: Document,
    events: Sequence[EventType],
    proof: Mapping[EventType, Sequence[Sentence]],
    *,
    licence_ended: bool = False,
    terms_after: int = -1,
) -> tuple[tuple[Amount, ...], list[Sentence]]:
    """Return the amounts tied to the reported events, and the sentences naming an equity investor (pure).

    With `licence_ended` (the licensing event is a deal ending), money said to be paid with no word for
    what it is ("will make a one-time payment of $5 million") is other money tied to the event, not an
    upfront: nothing is being signed; an upfront told as paid and the payments the deal could bring are
    its terms, not the ending's. A licence's terms are read only in the headline, the summary and the
    sentences after `terms_after` (a periodic report's note on subsequent events, when the licence is told
    there). When the licence's
    proof tells an option exercised now, an exercise fee due "upon exercise" is paid now.
    """
    investors: list[Sentence] = []
    terms: list[_Term] = []
    sums: list[_Term] = []  # sums no cue names, told as the sum of others
    conversions: list[tuple[MoneyMention, MoneyMention]] = []  # (sum, the same sum in another currency)
    milestone_at = {s.index for s in proof.get(EventType.MILESTONE, ())}
    exercised = _option_exercised(proof.get(EventType.LICENSING, ()))
    if EventType.MILESTONE in events:
        for sentence in _with_antecedents(doc, proof.get(EventType.MILESTONE, ())):
            readings = read_amounts(sentence.text, doc.dollar, doc.unit)
            # "... triggers a US$5 million payment; the company booked US$3 million when Pfizer nominated the
            # candidate in December 2019": a clause of its own dated well before is an earlier payment
            earlier = (
                [
                    (c.start(), c.end())
                    for c in _CLAUSE.finditer(sentence.text)
                    if doc.published is not None and _dated_before(c.group(0), doc.published)
                ]
                if ";" in sentence.text and readings
                else []
            )
            # "... the second Vireo has banked, following a €4 million milestone for the nomination of
            # SAR-VG14 in 2022": an earlier payment the sentence names after a comma, with its date
            if readings and doc.published is not None:
                earlier += [
                    (c.start(), c.end())
                    for c in _EARLIER_PAYMENT.finditer(sentence.text)
                    if _dated_before(c.group(0), doc.published)
                ]
            earned: list[AmountReading] = []
            for r in readings:
                # money paid with no word for what it is, in a sentence proving a milestone and no new deal
                # ("approval ... obliges Kestrel to pay Norrvik SEK 10 million"), is the milestone
                unnamed = (
                    r.amount.kind is AmountKind.UPFRONT and not r.cue and EventType.LICENSING not in events
                )
                if (
                    (r.amount.kind in {AmountKind.MILESTONE, AmountKind.OTHER, AmountKind.TOTAL} or unnamed)
                    and not r.amount.upper_bound
                    and not _so_far(sentence.text, r.mention)
                    and not any(a <= r.mention.start < b for a, b in earlier)
                ):
                    terms.append(_Term(r, AmountKind.MILESTONE, sentence=sentence.index))
                    earned.append(r)
            terms.extend(_paid_in_parts(readings, earned, sentence.index, text=sentence.text))
        terms.extend(_parts_restated(doc, terms, milestone_at))
    if EventType.LICENSING in events:
        # the milestones earned: the same sum, not capped, told again beside a deal's news is that money
        earned_sums = {
            (t.reading.amount.value, t.reading.amount.currency)
            for t in terms
            if t.kind is AmountKind.MILESTONE
        }
        past = _past_paragraphs(doc, proof.get(EventType.LICENSING, ())) | _others_paragraphs(
            doc, proof.get(EventType.LICENSING, ())
        )
        # paragraphs where an ending tells what is paid for it now (see `_ENDING_PAYS`)
        ending_pays = (
            {
                s.paragraph
                for s in doc.sentences
                if s.paragraph >= 0
                and _ENDING_PAYS.search(s.text) is not None
                and not _PAST_DEAL_FOUND.found(s.text)
            }
            if licence_ended
            else set()
        )
        for sentence in doc.sentences:
            # a sentence without money is passed over before the costlier test of what its money is
            if (
                (sentence.index <= terms_after and sentence.region not in HEADLINE_REGIONS)
                or sentence.region not in _TERM_REGIONS
                or sentence.paragraph in past
                or not _MONEYISH_FOUND.found(sentence.text)
            ):
                continue
            text = sentence.text
            # results, cash or a loan: no deal term in the sentence, or (where a ";" sets the deal's terms
            # apart: "paying CHF 12 million upfront ...; Solvane's H1 net loss narrowed to CHF 18.4 million")
            # in that clause
            not_terms = _NOT_TERMS_FOUND.found(text)
            if not_terms and ";" not in text:
                continue
            money = find_money(text, doc.dollar, doc.unit)
            # only a clause holding a sum can take one out as a recap
            recap = [
                (c.start(), c.end())
                for c in _CLAUSE.finditer(text)
                if (not_terms and _NOT_TERMS_FOUND.found(c.group(0)))
                or (any(c.start() <= m.start < c.end() for m in money) and _recap(c.group(0), doc.published))
            ]
            mentions = [
                m
                for m in money
                if not any(a <= m.start < b for a, b in recap)
                and not _PAID_BEFORE.match(text, m.end)
                and _WAS_BEFORE.search(text, max(0, m.start - 50), m.start) is None
                and not _so_far(text, m)
                and _BOUGHT_FOR.search(text, max(0, m.start - 100), m.start) is None
            ]
            found = [(a, b) for a, b in pairwise(mentions) if _converts(text, a, b)]
            kept = {(m.start, m.end): m for m in mentions}
            mine: list[_Term] = []
            readings = read_amounts(text, doc.dollar, doc.unit)
            read_at = {(r.mention.start, r.mention.end) for r in readings}
            if sentence.item >= 0 and len(read_at) < len(mentions) and _rows_of_milestones(doc, sentence):
                # "the following development and regulatory milestone payments, each payable once:" over rows
                # of events and sums that name no kind: each row's sum is one of those payments
                readings = sorted(
                    [
                        *readings,
                        *(
                            AmountReading(
                                Amount(m.value, m.currency, AmountKind.POTENTIAL, m.text, m.upper_bound),
                                m,
                                "milestone payments",
                            )
                            for m in mentions
                            if (m.start, m.end) not in read_at and not _sales_level(text, m)
                        ),
                    ],
                    key=lambda r: r.mention.start,
                )
                read_at = {(r.mention.start, r.mention.end) for r in readings}
            # a sum no cue names, told as a sum ("Between the milestone and the upfront, this brings $13
            # million"): a subtotal, if it adds up the terms (see `_unnamed_subtotals`)
            sums.extend(
                _Term(
                    AmountReading(Amount(m.value, m.currency, AmountKind.TOTAL, m.text), m, ""),
                    AmountKind.TOTAL,
                    subtotal=True,
                    sentence=sentence.index,
                )
                for m in mentions
                if (m.start, m.end) not in read_at
                and not m.upper_bound
                and _told_as_sum(text, m)
                and not _sales_level(text, m)
            )
            # "has ended its 2021 license with Castelmoor and regained global rights ..., paying $12 million
            # at signing, with up to $30 million in sales milestones": the return's own terms, told now
            return_terms = (
                licence_ended
                and _RETURN_TERMS.search(text) is not None
                and not _PAST_DEAL_FOUND.found(text)
                and any(r.amount.kind is AmountKind.UPFRONT and r.cue for r in readings)
            ) or (
                # "Kestrane will pay Oriana $12 million upon signing ... Oriana is also eligible for up to $45
                # million in payments tied to net sales": the ending's own terms, told over two sentences
                sentence.paragraph in ending_pays
                and _ELIGIBLE_NOW.search(text) is not None
                and not _PAST_DEAL_FOUND.found(text)
            )
            for r in readings:
                mention = kept.get((r.mention.start, r.mention.end))
                if mention is None:
                    continue
                kind = r.amount.kind
                if kind is AmountKind.UPFRONT and (
                    (licence_ended and not r.cue)
                    or _OTHER_FEE.search(text, max(0, mention.start - 60), mention.end + 40)
                ):
                    kind = (
                        AmountKind.OTHER
                    )  # "a one-time termination fee of $10 million": tied to the event, not upfront
                if licence_ended and kind is AmountKind.MILESTONE and "milestone" not in r.cue.lower():
                    kind = AmountKind.OTHER  # "a fee ... set off against amounts owed": settled, not earned
                if licence_ended and (
                    (
                        kind in {AmountKind.POTENTIAL, AmountKind.TOTAL}
                        and not (return_terms and r.amount.upper_bound)
                    )
                    # "it has since recognized $20.0 million in milestone payments": what the deal paid
                    or (kind is AmountKind.MILESTONE and EventType.MILESTONE not in events)
                    or (kind is AmountKind.UPFRONT and _PAST_DEAL_FOUND.found(text))
                ):
                    # "Ono paid the Company a one-time upfront payment", "milestones of $35 million", "axes
                    # $750M PDE1 pact": what the ended deal cost, promised or was worth, not money the ending
                    # moves
                    continue
                if kind in {AmountKind.MILESTONE, AmountKind.POTENTIAL} and _GUARANTEED.search(
                    text, max(0, mention.start - 40), mention.end + 20
                ):
                    kind = (
                        AmountKind.OTHER
                    )  # "a $25 million guaranteed development payment": owed, not earned
                if kind is AmountKind.MILESTONE and EventType.MILESTONE not in events:
                    # "$325 million payment due" as an option is exercised: money due now, named no
                    # milestone; a milestone named in a deal's news is one it may bring later
                    kind = AmountKind.POTENTIAL if "milestone" in r.cue.lower() else AmountKind.UPFRONT
                if kind is AmountKind.MILESTONE and sentence.index not in milestone_at:
                    kind = AmountKind.POTENTIAL
                if (
                    kind is AmountKind.POTENTIAL
                    and not r.amount.upper_bound
                    and (r.amount.value, r.amount.currency) in earned_sums
                ):
                    # "Earns $7.5 Million Milestone and Expands Licence to Two Additional Targets": the
                    # milestone earned, whatever the deal's words around it make of it
                    continue
                if (
                    exercised
                    and kind is AmountKind.POTENTIAL
                    and not r.amount.upper_bound
                    and _EXERCISE_FEE.search(r.cue) is not None
                    and _UPON_EXERCISE.search(text) is not None
                ):
                    # "Upon exercise, Merck will pay Quillon an option exercise fee of $30 million", told as
                    # the option is exercised: the condition has been met, and the fee is paid as the licence
                    # is granted (`_choose` settles the same when another sentence reads the fee as paid)
                    kind = AmountKind.UPFRONT
                if kind is AmountKind.EQUITY and sentence not in investors:
                    investors.append(sentence)
                if kind in {AmountKind.UPFRONT, AmountKind.POTENTIAL} and _DEFERRED_AFTER.match(
                    text, mention.end
                ):
                    kind = (
                        AmountKind.OTHER
                    )  # "$15 million payable on the first anniversary": deferred, guaranteed
                if kind is AmountKind.TOTAL and _SHARES_VALUED.search(
                    text, max(0, mention.start - 100), mention.start
                ):
                    kind = AmountKind.EQUITY  # "issue 2 million shares valued at $12 million"
                reading = AmountReading(amount=r.amount, mention=mention, cue=r.cue)
                mine.append(_Term(reading, kind, sentence=sentence.index))
            _breakdowns(text, mine, found)
            _contingent_totals(mine, found)
            terms.extend(mine)
            conversions.extend(found)
    chosen = _mixed_subtotals(
        doc, _closing_subtotals(_without_rounded(_merge(terms, option_exercised=exercised)))
    )
    chosen.extend(_unnamed_subtotals(sums, chosen))
    if EventType.MILESTONE in events:
        conversions.extend(_restated(doc, chosen))
    return _with_conversions(chosen, conversions), investors


_ROUNDING = Decimal("0.01")  # a rounded figure lies within one per cent of the exact one


def _digits(value: Decimal) -> int:
    """How many significant digits a sum is written with: 2E+9 has one, 2.01E+9 three."""
    return len(value.normalize().as_tuple().digits)


def _without_rounded(terms: list[_Term]) -> list[_Term]:
    """Drop a sum that only rounds another of the same kind and currency ("up to $2bn" in a headline,
    "$2.01 billion" in the body): one deal value, written twice."""
    out: list[_Term] = []
    for t in terms:
        a = t.reading.amount
        rounded = any(
            u is not t
            and u.kind is t.kind
            and u.reading.amount.currency == a.currency
            and u.reading.amount.value != a.value
            and abs(u.reading.amount.value - a.value) <= _ROUNDING * max(u.reading.amount.value, a.value)
            and _digits(u.reading.amount.value) > _digits(a.value)
            for u in terms
        )
        if not rounded:
            out.append(t)
    return out


def _closing_subtotals(terms: list[_Term]) -> list[_Term]:
    """A sum named only as paid at closing that adds an upfront payment and an equity investment the
    release names is a subtotal mixing kinds, a total: "$500 million upfront, a $325 million equity
    investment ... In total Arrowhead will receive $825 million at closing"."""
    upfront = {t.key for t in terms if t.kind is AmountKind.UPFRONT}
    equity = {t.key for t in terms if t.kind is AmountKind.EQUITY}
    out: list[_Term] = []
    for t in terms:
        a = t.reading.amount
        if (
            t.kind is AmountKind.UPFRONT
            and _AT_CLOSING.fullmatch(t.reading.cue)
            and any(
                (a.value - u, a.currency) in equity
                for u, currency in upfront
                if currency == a.currency and u < a.value
            )
        ):
            t = _Term(t.reading, AmountKind.TOTAL, subtotal=True, sentence=t.sentence)
        out.append(t)
    return out


_CONTINGENT = frozenset({AmountKind.MILESTONE, AmountKind.POTENTIAL})
_PAID_NOW = frozenset({AmountKind.UPFRONT, AmountKind.EQUITY, AmountKind.OTHER})
_MAX_ADDENDS = 4  # the parts a subtotal may have, at most
_MAX_POOL = 12  # the sums its parts are looked for among, at most (the work grows as their combinations)


def _mixed_subtotals(doc: Document, terms: list[_Term]) -> list[_Term]:
    """A sum that adds up, exactly, a milestone earned or payments to come and money paid now that the
    release names apart is a subtotal mixing kinds, a total: "the milestone and the expansion fee amount to
    EUR 30 million" (EUR 10 million earned, EUR 20 million upfront); "The total deal value, including the
    upfront payment, equity and milestones, is up to US$1.3 billion" ($60 million, $35 million, $1.205
    billion). The sum must be told as one ("together", "totalling", "including ..."): parts that only
    happen to add up to another sum do not make it theirs. An upfront told as cash and shares is no such sum
    (`_breakdowns` reads those)."""
    out: list[_Term] = []
    for t in terms:
        if (
            t.kind is not AmountKind.TOTAL
            and not t.subtotal
            # ("Sales milestones of up to $150 million in aggregate": a cap named as milestones adds up
            # milestones, whatever other sums happen to add up to it)
            and not (
                t.kind is AmountKind.POTENTIAL
                and t.reading.amount.upper_bound
                and "milestone" in t.reading.cue.lower()
            )
            and 0 <= t.sentence < len(doc.sentences)
            and (
                (
                    (
                        _told_as_sum(doc.sentences[t.sentence].text, t.reading.mention)
                        or _broken_down_next(doc, t)
                    )
                    and _adds_up(terms, t)
                )
                # (or, for a headline's sum, where the lead tells it again: "taking in $18 million" in the
                # headline, "bringing in $18 million in all" below it; then only as an upfront and a
                # milestone, not a milestone paid partly in shares nor milestones that add up alone)
                or (
                    doc.sentences[t.sentence].region in HEADLINE_REGIONS
                    and _told_as_sum_again(doc, t)
                    and _adds_up(terms, t, strict=True)
                )
            )
        ):
            t = _Term(t.reading, AmountKind.TOTAL, subtotal=True, sentence=t.sentence)
        out.append(t)
    return out


# words that tell a sum as the sum of others: "Together, the upfront payment and the milestone add $17
# million", "both payments, totaling $37.5 million", "Including the option fee, the total potential value"
_AS_SUM = re.compile(
    r"\b(?:together|combined|altogether|in\s+all|both|between|total\w*|aggregat\w+|amount(?:s|ing)?\s+to|add(?:s|ing)?\s+up"
    r"|sum\s+of|bring(?:s|ing)?\s+(?:[\w-]+\s+){0,4}?(?:payments?|receipts|proceeds)\s+(?:to\s+\w+\s+)?to"
    # (not "including the submission and approval of a Japanese new drug application")
    r"|includ\w+\s+(?:the\s+|an?\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:up-?front|option|exercise|fees?|payments?"
    r"|milestones?|equity))\b",
    re.IGNORECASE,
)


_AS_SUM_FOUND = Search(_AS_SUM)


# a sentence that opens by breaking down the sum told just before it: "These consist of a $35 million ..."
_BROKEN_DOWN = re.compile(
    r"(?:these|this|it|they|the\s+(?:payments?|sum|amount))\s+(?:(?:consists?|consisted)\s+of|comprises?|comprised"
    r"|(?:is|are|was|were)\s+(?:made\s+up\s+of|comprised\s+of|split\s+(?:into|between))|breaks?\s+down\s+into)\b",
    re.IGNORECASE,
)


def _broken_down_next(doc: Document, term: _Term) -> bool:
    """Whether a sentence telling the term's sum is followed, in its paragraph, by one that opens by telling
    the parts the sum is made of."""
    for after in doc.sentences[1:]:
        if _BROKEN_DOWN.match(after.text) is None:
            continue
        here = doc.sentences[after.index - 1]
        if (
            here.region is after.region
            and here.paragraph == after.paragraph
            and any((m.value, m.currency) == term.key for m in find_money(here.text, doc.dollar, doc.unit))
        ):
            return True
    return False


def _told_as_sum_again(doc: Document, term: _Term) -> bool:
    """Whether another sentence of the release tells the term's sum as the sum of others."""
    for sentence in doc.sentences:
        if sentence.index == term.sentence or not _AS_SUM_FOUND.found(sentence.text):
            continue
        for m in find_money(sentence.text, doc.dollar, doc.unit):
            if (m.value, m.currency) == term.key and _told_as_sum(sentence.text, m):
                return True
    return False


def _told_as_sum(text: str, mention: MoneyMention) -> bool:
    """Whether a sum's sentence tells it, in the words near it, as the sum of others."""
    return _AS_SUM.search(text, max(0, mention.start - 100), min(len(text), mention.end + 30)) is not None


# "upon annual net sales first reaching $250 million, $500 million and $1 billion": levels of sales, named
# after the words that set them (and the sums listed before in the same list)
_SALES_LEVEL_BEFORE = re.compile(
    r"\bsales\b[^.;$€£¥]{0,50}?\b(?:reach\w*|exceed\w*|surpass\w*|above|top\w*|pass\w*|cross\w*|hit\w*"
    r"|thresholds?\s+of|levels?\s+of)\s+(?:(?:[$€£¥]|(?-i:[A-Z]{3})|US\$|[\d.,]|\s|million\b|billion\b|bn\b"
    r"|mn\b|and\b|or\b)*)$",
    re.IGNORECASE,
)


def _sales_level(text: str, mention: MoneyMention) -> bool:
    """Whether a sum is a level of sales a payment is set at, not a payment."""
    return _SALES_LEVEL_BEFORE.search(text, max(0, mention.start - 160), mention.start) is not None


def _unnamed_subtotals(sums: Sequence[_Term], terms: Sequence[_Term]) -> list[_Term]:
    """The sums no cue names but the words near them tell as a sum ("this brings $13 million") that add up,
    exactly, a contingent or earned sum and a paid-now one of the terms: subtotals mixing kinds, totals."""
    out: list[_Term] = []
    taken = {u.key for u in terms}
    for t in sums:
        if t.key not in taken and _adds_up(terms, t):
            out.append(t)
            taken.add(t.key)
    return out


# a line that opens a list of milestone payments: "... to make the following development and regulatory
# milestone payments, each payable once:"
_MILESTONES_LISTED = re.compile(r"\bmilestones?\b[^.;]{0,80}:\s*$", re.IGNORECASE)


def _rows_of_milestones(doc: Document, row: Sentence) -> bool:
    """Whether a list's row stands under a line, the last before the list, that opens a list of milestone
    payments."""
    i = row.index - 1
    while i >= 0 and doc.sentences[i].item >= 0 and doc.sentences[i].region is row.region:
        i -= 1
    if i < 0:
        return False
    lead = doc.sentences[i]
    return (
        lead.region is row.region
        and row.paragraph - lead.paragraph <= 1
        and _MILESTONES_LISTED.search(lead.text) is not None
    )


def _adds_up(terms: Sequence[_Term], whole: _Term, *, strict: bool = False) -> bool:
    """Whether two to four other sums in the whole's currency, of a contingent kind and a paid-now kind,
    add up to it exactly (`strict`: a paid-now kind other than equity, and no sums of one side alone adding
    up to it)."""
    target, currency = whole.key
    pool = [
        u
        for u in terms
        if u is not whole
        and u.reading.amount.currency == currency
        and u.reading.amount.value < target
        and u.kind is not AmountKind.TOTAL
    ][:_MAX_POOL]
    mixed = False
    for size in range(2, min(_MAX_ADDENDS, len(pool)) + 1):
        for group in combinations(pool, size):
            if sum((u.reading.amount.value for u in group), Decimal(0)) != target:
                continue
            kinds = {u.kind for u in group}
            if strict and (kinds <= _CONTINGENT or kinds <= _PAID_NOW):
                return False  # "$400 million and $1 billion in milestones ... $1.4 billion": one side's sum
            paid = kinds & (_PAID_NOW - {AmountKind.EQUITY} if strict else _PAID_NOW)
            if kinds & _CONTINGENT and paid:
                if not strict:
                    return True
                mixed = True
            elif (
                not strict
                and {AmountKind.UPFRONT, AmountKind.OTHER} <= kinds
                and AmountKind.EQUITY not in kinds
            ):
                # "$75 million upfront and a further $25 million on the first anniversary ..., for upfront and
                # anniversary payments totalling $100 million": money paid now and money deferred, in one sum
                return True
    return mixed


def _paid_in_parts(
    readings: Sequence[AmountReading],
    earned: Sequence[AmountReading],
    sentence: int,
    *,
    after: bool = True,
    text: str = "",
) -> list[_Term]:
    """The parts a milestone earned is paid in ("a $5 million milestone, paid as $2 million in cash and
    $3 million in shares"): the cash part is the milestone's, the shares are equity; only parts that add up
    to the milestone, in its currency, after it (`after`: in the same sentence)."""
    out: list[_Term] = []
    for m in earned:
        parts = [
            r
            for r in readings
            if (not after or r.mention.start > m.mention.start)
            and r.amount.currency == m.amount.currency
            and r.amount.kind
            in {AmountKind.UPFRONT, AmountKind.EQUITY, AmountKind.MILESTONE, AmountKind.OTHER}
            and r.amount.value < m.amount.value
        ]
        if len(parts) >= 2 and sum(r.amount.value for r in parts) == m.amount.value:
            for r in parts:
                # shares are equity, money for something else ("to cover third-party obligations") other
                # (but "the remaining balance of $7.3 million" is the rest of the milestone, unless it is
                # deferred: "the remaining $2.5 million is payable in cash on the first anniversary")
                rest = (
                    r.amount.kind is AmountKind.OTHER
                    and _THE_REST.fullmatch(r.cue) is not None
                    and _DEFERRED_TO.search(text, r.mention.end, r.mention.end + 100) is None
                )
                kind = (
                    r.amount.kind
                    if r.amount.kind is AmountKind.EQUITY or (r.amount.kind is AmountKind.OTHER and not rest)
                    else AmountKind.MILESTONE
                )
                out.append(_Term(r, kind, sentence=sentence))
    return out


_DEFERRED_TO = re.compile(r"\b(?:anniversar\w*|deferred|instal\w*|in\s+(?:19|20)\d\d)\b", re.IGNORECASE)
_THE_REST = re.compile(r"(?:the\s+)?(?:remaining|balance|remainder|rest)(?:\s+balance)?", re.IGNORECASE)


def _parts_restated(doc: Document, terms: Sequence[_Term], milestone_at: set[int]) -> list[_Term]:
    """The parts of a milestone earned, told where another sentence restates its sum: "Achieves $10.0 Million
    Regulatory Milestone" over "The CTA approval triggers an aggregate payment of $10.0 million, consisting
    of a $4.5 million cash payment and a $5.5 million equity investment" (only parts that add up to it); or
    where the sentence after the one that earns it splits it without restating it: "... obligates the
    Company to pay Tern Valley contingent consideration of $7.5 million. Of this amount, $5.0 million is
    payable in cash within thirty days ..., and the remaining $2.5 million is payable in cash on the first
    anniversary"."""
    earned = {t.key for t in terms if t.kind is AmountKind.MILESTONE}
    if not earned:
        return []
    out: list[_Term] = []
    for sentence in doc.sentences:
        if (
            sentence.index in milestone_at
            or sentence.region not in _TERM_REGIONS
            or not _MONEYISH_FOUND.found(sentence.text)
        ):
            continue
        readings = read_amounts(sentence.text, doc.dollar, doc.unit)
        same = [r for r in readings if (r.amount.value, r.amount.currency) in earned]
        out.extend(_paid_in_parts(readings, same, sentence.index, text=sentence.text))
        if (
            not same
            and sentence.index - 1 in milestone_at
            and (_SPLITS_IT.match(sentence.text) or _CASH_AND_THE_REST.search(sentence.text))
        ):
            wholes = [
                t.reading
                for t in terms
                if t.kind is AmountKind.MILESTONE and t.sentence == sentence.index - 1
            ]
            out.extend(_paid_in_parts(readings, wholes, sentence.index, after=False, text=sentence.text))
    return out


# a sentence that pays the sum of the sentence before in cash and the rest otherwise: "the Company will
# receive $17.7 million in cash and the remaining balance of $7.3 million will be recognized as a reduction
# to the Company's debt obligation"
_CASH_AND_THE_REST = re.compile(
    r"\bin\s+cash\b[^.;]{0,30}?\b(?:and|while|with)\s+(?:the\s+)?(?:remaining|balance|rest|remainder)\b",
    re.IGNORECASE,
)
# a sentence that splits the sum of the sentence before: "Of this amount, $5.0 million is payable ...", "The
# payment consists of ..."
_SPLITS_IT = re.compile(
    r"\s*(?:of\s+(?:this|that|the|which)\s+(?:amount|sum|payment|total|consideration)\b"
    r"|(?:this|the)\s+(?:payment|amount|sum)\s+(?:consists|comprises|is\s+made\s+up|is\s+split|will\s+be\s+paid))",
    re.IGNORECASE,
)


def _with_antecedents(doc: Document, sentences: Sequence[Sentence]) -> list[Sentence]:
    """The proof sentences, each "The payment is a clinical milestone" preceded by the sentence it names."""
    out: list[Sentence] = []
    by_index = {s.index: s for s in doc.sentences}
    for sentence in sentences:
        before = by_index.get(sentence.index - 1)
        if (
            before is not None
            and before.region in _TERM_REGIONS
            and _PAYMENT_IS.match(sentence.text)
            and not find_money(sentence.text, doc.dollar, doc.unit)
            and before not in out
        ):
            out.append(before)
        out.append(sentence)
    return out


def _restated(doc: Document, chosen: Sequence[_Term]) -> list[tuple[MoneyMention, MoneyMention]]:
    """The one milestone earned, restated in another currency by a sentence of its own, if any."""
    earned = [t for t in chosen if t.kind is AmountKind.MILESTONE]
    if len({t.key for t in earned}) != 1:
        return []  # no milestone, or several: which one a restatement converts is unclear
    base = earned[0].reading.mention
    found: list[tuple[MoneyMention, MoneyMention]] = []
    for sentence in doc.sentences:
        if sentence.region not in _TERM_REGIONS or not _RESTATING_FOUND.found(sentence.text):
            continue  # no bracket and no restating word: no conversion to find (and no money read)
        money = find_money(sentence.text, doc.dollar, doc.unit)
        for mention in money:
            head = sentence.text[max(0, mention.start - 80) : mention.start]
            if mention.currency != base.currency and _RESTATED.search(head) is not None:
                found.append((base, mention))
        # "SEK 50 million (approximately USD 4.7 million)" in a sentence that does not itself prove it
        found += [
            (base, b)
            for a, b in pairwise(money)
            if (a.value, a.currency) == (base.value, base.currency) and _converts(sentence.text, a, b)
        ]
        # "$15 million (about 20.7 billion won)" where the headline earned "20.7 billion won": the sum it
        # converts, written first
        found += [
            (base, a)
            for a, b in pairwise(money)
            if (b.value, b.currency) == (base.value, base.currency) and _converts(sentence.text, a, b)
        ]
    return found


def _with_conversions(
    chosen: Sequence[_Term], conversions: Sequence[tuple[MoneyMention, MoneyMention]]
) -> tuple[Amount, ...]:
    """The chosen amounts, each conversion taking the kind of the sum it converts, missed ones added."""
    kinds: dict[tuple[Decimal, str], list[AmountKind]] = {}
    for t in chosen:
        kinds.setdefault(t.key, []).append(t.kind)
    out: dict[tuple[Decimal, str, AmountKind], Amount] = {}
    for t in chosen:
        a = t.reading.amount
        out.setdefault(
            (a.value, a.currency, t.kind),
            Amount(value=a.value, currency=a.currency, kind=t.kind, text=a.text, upper_bound=a.upper_bound),
        )
    for base, conv in conversions:
        base_kinds = kinds.get((base.value, base.currency), [])
        conv_kinds = kinds.get((conv.value, conv.currency), [])
        if len(base_kinds) != 1 or len(conv_kinds) > 1:
            continue  # the sum is no term, or was read as two payments: which one converts is unclear
        kind = base_kinds[0]
        if conv_kinds and conv_kinds[0] is not kind:
            old = out.pop((conv.value, conv.currency, conv_kinds[0]))
            out[(conv.value, conv.currency, kind)] = Amount(
                value=old.value, currency=old.currency, kind=kind, text=old.text, upper_bound=old.upper_bound
            )
        elif not conv_kinds:
            out[(conv.value, conv.currency, kind)] = Amount(
                value=conv.value,
                currency=conv.currency,
                kind=kind,
                text=conv.text,
                upper_bound=conv.upper_bound,
            )
        kinds[(conv.value, conv.currency)] = [kind]
    return tuple(out.values())
