"""Wording an alert's headline from the extraction: who did what, with whom, for how much."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.models import Amount, AmountKind, Classification, Entry, EventType
from bot.money import format_amount, format_money
from bot.mrkdwn import one_line, truncate

NAME_LIMIT = 80
READ_LIMIT = 2000  # characters of any one text read for wording; keeps absurd input fast
MAX_EVIDENCE = 20

# Words that do not identify a company on their own ("Dicerna Pharmaceuticals" is "Dicerna").
_GENERIC_WORDS = """
pharmaceuticals pharmaceutical pharma therapeutics biosciences bioscience sciences science medicine medicines
biotech biotherapeutics biopharma biologics holdings international group company corporation limited
laboratories labs oncology health healthcare
"""
_GENERIC = frozenset(_GENERIC_WORDS.split())
# Between a name and its verb only legal suffixes and auxiliaries may stand ("ImmunoGen, Inc. Earns",
# "AC Immune to Receive"), so that a verb is never pinned on a name further back in the sentence.
_GAP = (
    r"(?:\W+(?:inc|ltd|plc|ag|sa|nv|se|co|corp|llc|gmbh|bv|ab|asa|kk|spa|to|will|has|have|is|also|today|now|"
    r"would|could|may|shall|be|been|has been|announced|announces|said|says)\b){0,3}\W+"
)

_RECEIVE = (
    r"earns?|earned|receives?|received|achieves?|achieved|collects?|collected|banks?|banked|books?|booked|"
    r"pockets?|pocketed|gets?|got|wins?|won|(?:is )?in line for|eligible for"
)
_PAY = r"pays?|paid|owes?|owed|makes? (?:a |an )?(?:\$?[\d.]+\w* )?(?:milestone )?payment"
_OUT = r"grants?|granted|out-licen[cs]\w*|sublicen[cs]\w*|licen[cs](?:es|ed|ing)\b(?:\W+\w+){0,6}?\W+to"
_IN = (
    r"acquires?|acquired|obtains?|obtained|gains?|gained|secures?|secured|nabs?|nabbed|buys?|bought|"
    r"in-licen[cs]\w*|licen[cs](?:es|ed|ing)\b(?:\W+\w+){0,6}?\W+from|exercises?|exercised|opts? in|opted in|"
    r"takes?|took"
)
_ENDED = (
    r"terminat\w*|ends?|ended|returns?|returned|exits?|exited|regains?|regained|hands? back|gives? back|"
    r"declines?|declined|will not exercise|takes? back|took back"
)


def clip(text: str | None, limit: int) -> str:
    """Feed text as one clean line of at most `limit` characters; huge input is clipped before any work."""
    return truncate(one_line((text or "")[: limit * 4 + 64]), limit)


def _aliases(name: str) -> list[str]:
    """The name and its first distinctive word, lower case: "eli lilly" also answers to "lilly"."""
    full = name.lower().strip()
    if not full:
        return []
    words = [w for w in re.findall(r"[a-z0-9][\w&'-]*", full) if len(w) >= 4 and w not in _GENERIC]
    return list(dict.fromkeys([full, *words[:1]]))


def _named(aliases: Sequence[str]) -> str:
    """A pattern for any alias as a whole word (lookarounds, not \\b, so "C|D?" matches too)."""
    if not aliases:
        return r"(?!)"  # matches nothing, rather than the empty string everywhere
    names = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return rf"(?<!\w)(?:{names})(?!\w)"


def _first_hit(texts: Sequence[str], patterns: Sequence[tuple[str, str]]) -> str:
    """The outcome of the earliest pattern match, reading texts in order of trust (title first)."""
    for text in texts:
        # Earliest match wins; at the same place, the pattern listed first (termination before grant).
        hits = [(m.start(), n) for n, (pattern, _) in enumerate(patterns) if (m := re.search(pattern, text))]
        if hits:
            return patterns[min(hits)[1]][1]
    return ""


def _subject_verbs(
    company: str, partner: str, table: Sequence[tuple[str, str, str]]
) -> list[tuple[str, str]]:
    """Patterns "<name> ... <verb>" for (who, verbs, outcome) rows, who being "company" or "partner"."""
    names = {"company": _aliases(company), "partner": _aliases(partner)}
    return [
        (rf"{_named(names[who])}(?:'s)?{_GAP}(?:{verbs})\b", outcome)
        for who, verbs, outcome in table
        if names[who]
    ]


def milestone_side(texts: Sequence[str], *, company: str, partner: str) -> str:
    """Return "earns", "pays" or "" (unclear) for the company's side of a milestone payment."""
    patterns = _subject_verbs(
        company,
        partner,
        (
            ("company", _RECEIVE, "earns"),
            ("company", _PAY, "pays"),
            ("partner", _RECEIVE, "pays"),
            ("partner", _PAY, "earns"),
        ),
    )
    if partner:
        patterns.append(
            (
                rf"\b(?:milestone|payment)s?\b(?:\W+\w+){{0,2}}?\W+from\W+{_named(_aliases(partner))}",
                "earns",
            )
        )
        patterns.append((rf"\bpayments?\b(?:\W+\w+){{0,2}}?\W+to\W+{_named(_aliases(partner))}", "pays"))
    if company:
        named = _named(_aliases(company))
        patterns.append((rf"\bpayments?\b(?:\W+\w+){{0,2}}?\W+to\W+{named}", "earns"))
        patterns.append((rf"\bentitl\w*\W+{named}", "earns"))
    return _first_hit(texts, patterns)


def licence_side(texts: Sequence[str], *, company: str, partner: str) -> str:
    """Return "out", "in", "ended" or "" (unclear) for the company's side of a licence."""
    patterns = _subject_verbs(
        company,
        partner,
        (
            ("company", _ENDED, "ended"),
            ("partner", _ENDED, "ended"),
            ("company", _OUT, "out"),
            ("company", _IN, "in"),
            ("partner", _OUT, "in"),
            ("partner", _IN, "out"),
        ),
    )
    patterns.append((r"\bterminat\w*\b(?:\W+\w+){0,4}?\W+(?:licen[cs]e|agreement|collaboration)", "ended"))
    patterns.append((r"\b(?:licen[cs]e|agreement|collaboration|option)\W+terminat\w*", "ended"))
    if partner:
        named = _named(_aliases(partner))
        patterns.append((rf"\b(?:rights|licen[cs]e)\b(?:\W+\w+){{0,6}}?\W+to\W+{named}", "out"))
        patterns.append((rf"\b(?:rights|licen[cs]e)\b(?:\W+\w+){{0,6}}?\W+from\W+{named}", "in"))
    return _first_hit(texts, patterns)


def ind_status(texts: Sequence[str]) -> str:
    """Return what happened to the IND ("hold lifted", "on clinical hold", "cleared", "active", ...) or ""."""
    checks = (
        (
            r"\bhold\b(?:\W+\w+){0,4}?\W+(?:lift|remov|releas|resolv)|(?:lift|remov)\w*(?:\W+\w+){0,4}?\W+hold\b",
            "hold lifted",
        ),
        (r"\bclinical hold\b|\bpartial hold\b|\bon hold\b", "on clinical hold"),
        (
            r"\bclear(?:ed|ance|s)\b|\bmay proceed\b|\bproceed with\b|\bno objection\b|\bapprov|\bgo-ahead\b",
            "cleared",
        ),
        (r"\b(?:now )?(?:active|effective|in effect)\b", "active"),
        (r"\baccept(?:ed|ance|s)\b", "accepted"),
        (r"\bsubmi(?:t|ts|tted|ssion)\b|\bfil(?:ed|es|ing)\b", "submitted"),
    )
    # Evidence is the most specific text, so it is read first here.
    for text in texts:
        for pattern, status in checks:
            if re.search(pattern, text):
                return status
    return ""


def event_texts(entry: Entry, classification: Classification, event: EventType) -> list[str]:
    """Lower-cased texts about one event, most trusted first: title, summary, then the event's evidence."""
    evidence = [ev for ev in classification.evidence[:MAX_EVIDENCE] if ev.event is event]
    parts = [entry.title, entry.summary, *(ev.sentence for ev in evidence), *(ev.rule for ev in evidence)]
    return [clip(part, READ_LIMIT).lower() for part in parts]


def _evidence_first(texts: list[str]) -> list[str]:
    # event_texts always starts with the title and the summary.
    return [*texts[2:], *texts[:2]]


def company_ticker(entry: Entry, classification: Classification, company: str) -> str:
    """The company's own ticker: one printed right after its name, or one the feed files the release under."""
    symbols = {t: t.rsplit(":", 1)[-1].lower() for t in classification.tickers[:20] if t}
    if not symbols or not company:
        return ""
    text = " ".join(clip(part, READ_LIMIT) for part in (entry.title, entry.summary, entry.body)).lower()
    name = _named(_aliases(company))
    for ticker, symbol in symbols.items():
        if symbol and re.search(rf"{name}[^()]{{0,40}}\([^()]{{0,40}}(?<!\w){re.escape(symbol)}(?!\w)", text):
            return ticker
    filed = {c.rsplit(":", 1)[-1].strip().lower() for c in entry.categories[:20]}
    return next((t for t, symbol in symbols.items() if symbol in filed), "")


def pick(amounts: Sequence[Amount], *kinds: AmountKind) -> list[Amount]:
    """Amounts of the given kinds, in the order of the kinds."""
    return [a for kind in kinds for a in amounts if a.kind is kind]


def money(amount: Amount) -> str:
    """format_money, or "" when the extracted currency is not a currency code."""
    try:
        return format_money(amount.value, amount.currency)
    except ValueError:
        return ""


def amount_text(amount: Amount) -> str:
    """format_amount, falling back to the raw figures when the extraction is malformed."""
    try:
        return format_amount(amount)
    except ValueError:
        # A currency the extractor got wrong should not lose the alert; show what we have.
        return f"{amount.value:,} {one_line(amount.currency)[:8]} {amount.kind.value}".strip()


def write_headline(entry: Entry, classification: Classification, events: Sequence[EventType]) -> str:
    """Return a headline written from the extraction, or "" when it is too thin to say who did what."""
    c = classification
    company = clip(c.company, NAME_LIMIT)
    if not company or not events:
        return ""
    ticker = clip(company_ticker(entry, c, company), NAME_LIMIT)
    subject = f"{company} ({ticker})" if ticker else company
    partners = (clip(p, NAME_LIMIT) for p in c.partners[:50])
    partner = next((p for p in partners if p and p.lower() != company.lower()), "")
    lead = events[0]
    texts = event_texts(entry, c, lead)

    if lead is EventType.MILESTONE:
        paid = pick(c.amounts, AmountKind.MILESTONE)
        what = f"{money(paid[0])} milestone" if paid and money(paid[0]) else "milestone payment"
        side = milestone_side(texts, company=company, partner=partner)
        if side == "earns":
            return f"{subject} earns {what}" + (f" from {partner}" if partner else "")
        if side == "pays":
            return f"{subject} pays {what}" + (f" to {partner}" if partner else "")
        return f"{subject} reaches {what}" + (f" with {partner}" if partner else "")

    if lead is EventType.IND:
        status = ind_status(_evidence_first(texts))
        said = {"active": "IND now active", "": "IND news"}.get(status, f"IND {status}")
        return f"{subject}: {said}" + (f", with {partner}" if partner else "")

    side = licence_side(texts, company=company, partner=partner) if partner else ""
    words = {
        "ended": f"{subject} ends licence with {partner}",
        "out": f"{subject} licenses rights to {partner}",
        "in": f"{subject} licenses rights from {partner}",
    }.get(side, f"{subject} signs licensing deal" + (f" with {partner}" if partner else ""))
    terms = [
        *pick(c.amounts, AmountKind.UPFRONT)[:1],
        *pick(c.amounts, AmountKind.POTENTIAL, AmountKind.TOTAL)[:1],
    ]
    shown = [amount_text(a) for a in terms]
    return words + (f" — {', '.join(shown)}" if shown else "")


def event_phrase(entry: Entry, classification: Classification, event: EventType) -> str:
    """A short name for what happened: "Milestone payment", "IND cleared", "Out-licence", ..."""
    texts = event_texts(entry, classification, event)
    if event is EventType.MILESTONE:
        return "Milestone payment"
    if event is EventType.IND:
        status = ind_status(_evidence_first(texts))
        return f"IND {status}" if status else "IND"
    company = clip(classification.company, NAME_LIMIT)
    partner = next((clip(p, NAME_LIMIT) for p in classification.partners[:50] if clip(p, NAME_LIMIT)), "")
    side = licence_side(texts, company=company, partner=partner) if partner else ""
    return {"out": "Out-licence", "in": "In-licence", "ended": "Licence ended"}.get(side, "Licensing deal")
