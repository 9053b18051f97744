"""Deal-event classification and deal-term extraction (pure: no I/O).

`classify` reads a newswire entry and says which deal events it reports (milestone, IND, licensing),
with the rule and sentence that prove each, the company, the counterparties, the tickers printed and
the money tied to the events.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.classify.document import Document, Sentence, read_document
from bot.classify.entities import OrgIndex, find_tickers
from bot.classify.events import Hit, announcement_of, notes_from, report
from bot.classify.parties import company_of, company_subjects, partners_of, product_subjects
from bot.classify.terms import deal_amounts
from bot.models import Classification, Entry, EventType, Evidence

__all__ = ["STAGES", "classify"]

_MAX_EVIDENCE = 3  # sentences shown per event: the strongest first
# what `classify` does, in order, as its `lap` names it: reading the document, deciding the events, the
# tickers, the organisations named and the company, the deal amounts and the partners (events only)
STAGES = ("document", "events", "tickers", "company", "amounts", "partners")
# licensing rules that report a deal ending, not one made: money changing hands then is no upfront
_ENDINGS = frozenset({"licensing.terminated", "licensing.rights_returned", "licensing.option_declined"})


def _proof(hits: Sequence[Hit], events: Sequence[EventType]) -> dict[EventType, list[Sentence]]:
    """The sentences that proved each reported event, news-bearing regions first, without repeats."""
    out: dict[EventType, list[Sentence]] = {}
    for event in events:
        seen: set[int] = set()
        sentences: list[Sentence] = []
        for h in hits:
            if h.event is event and h.sentence.index not in seen:
                seen.add(h.sentence.index)
                sentences.append(h.sentence)
        out[event] = sentences
    return out


def _with_announcements(doc: Document, sentences: list[Sentence]) -> list[Sentence]:
    """Proof sentences, each after the sentence of its paragraph that announced its news, if another."""
    out: list[Sentence] = []
    for s in sentences:
        before = announcement_of(doc, s)
        if before is not None and before not in out and before not in sentences:
            out.append(before)
        out.append(s)
    return out


def _no_lap(stage: str) -> None:
    return None


def classify(
    entry: Entry, *, known_names: Sequence[str] = (), lap: Callable[[str], None] = _no_lap
) -> Classification:
    """Return the deal events an entry reports, with evidence and extracted terms (pure; never raises).

    `lap` is told the name of each stage (see `STAGES`) as it ends, so a benchmark can time them apart.
    """
    published = entry.published.date() if entry.published is not None else None
    doc = read_document(title=entry.title, summary=entry.summary, body=entry.body, published=published)
    lap("document")
    events, hits = report(doc)
    lap("events")
    tickers = find_tickers([doc.title, doc.summary, doc.body, *entry.categories])
    lap("tickers")
    products = product_subjects(doc)
    index = OrgIndex(
        [doc.title, doc.summary, doc.body],
        known=known_names,
        about=company_subjects(doc, products),
        products=products,
    )
    company = company_of(doc, index, issuer=entry.issuer)
    lap("company")
    if not events:
        return Classification(company=company, tickers=tickers)
    proof = _proof(hits, events)
    ended = all(h.rule in _ENDINGS for h in hits if h.event is EventType.LICENSING)
    licence = proof.get(EventType.LICENSING, [])
    amounts, investors = deal_amounts(
        doc, events, proof, licence_ended=ended, terms_after=notes_from(doc, licence)
    )
    lap("amounts")
    evidence: list[Evidence] = []
    for event in events:
        seen: set[int] = set()
        for h in hits:
            if h.event is event and h.sentence.index not in seen and len(seen) < _MAX_EVIDENCE:
                seen.add(h.sentence.index)
                evidence.append(Evidence(event=event, rule=h.rule, sentence=h.sentence.text))
    # the parties are named where the news is announced, which may be the sentence before its proof
    told = {e: _with_announcements(doc, sentences) for e, sentences in proof.items()}
    partners = partners_of(
        {**told, EventType.LICENSING: [*told.get(EventType.LICENSING, []), *investors]}
        if EventType.LICENSING in events
        else told,
        index,
        company=company,
    )
    lap("partners")
    return Classification(
        events=events,
        company=company,
        partners=partners,
        tickers=tickers,
        amounts=amounts,
        evidence=tuple(evidence),
    )
