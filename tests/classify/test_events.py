"""The rule engine's gates: a rule is skipped only where its pattern cannot match."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.classify.document import read_document
from bot.classify.events import decide, find_hits, report
from bot.classify.rules import DATE, PAYMENT_WORDS, RULES
from bot.classify.text import needs

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev.jsonl"
EXTRA = Path(__file__).resolve().parent / "data" / "extra.jsonl"
PATTERNS = (
    [r.pattern for r in RULES] + [r.unless for r in RULES if r.unless is not None] + [DATE, PAYMENT_WORDS]
)


def _holds(text: str, clauses: tuple[frozenset[str], ...]) -> bool:
    lower = text.lower()
    return all(any(w in (lower if w == w.lower() else text) for w in clause) for clause in clauses)


def _sentences() -> list[str]:
    out: list[str] = []
    for path in (CORPUS, EXTRA):
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            o = json.loads(line)
            doc = read_document(title=o["title"], summary=o["summary"], body=o["body"], published=None)
            out.extend(s.text for s in doc.sentences if s.text.isascii())
    return out


def test_needs_are_lower_case_words() -> None:
    for pattern in PATTERNS:
        for clause in needs(pattern):
            assert clause
            assert all(w and w.isascii() and "_" not in w for w in clause)


def test_a_pattern_never_matches_a_sentence_without_its_needs() -> None:
    sentences = _sentences()
    if not sentences:
        pytest.skip("labelled corpus not present")
    for pattern in PATTERNS:
        clauses = needs(pattern)
        for text in sentences:
            if pattern.search(text) is not None:
                assert _holds(text, clauses), (pattern.pattern[:60], text)


def test_needs_read_literals_classes_groups_and_repeats() -> None:
    assert needs(re.compile(r"\bmilestones?\s+(?:paid|earned)\b")) == (
        frozenset({"milestone"}),
        frozenset({"paid", "earned"}),
    )
    assert needs(re.compile(r"authori[sz]ed")) == (frozenset({"authorised", "authorized"}),)
    assert needs(re.compile(r"(?:19|20)\d\d")) == (frozenset({"19", "20"}), frozenset("0123456789"))
    assert needs(re.compile(r"a|b?")) == ()  # an alternative that needs nothing: no need at all
    assert needs(re.compile(r"(?:ab)*c{0,2}")) == ()


_WORDS = sorted(
    {w for p in PATTERNS for clause in needs(p) for w in clause} | {"the", "of", "IND", "FDA", "$5"}
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.sampled_from(PATTERNS))
def test_random_word_salad_respects_needs(words: list[str], pattern: re.Pattern[str]) -> None:
    text = " ".join(words)
    if pattern.search(text) is not None:
        assert _holds(text, needs(pattern))


def test_report_decides_as_deciding_on_every_hit_and_keeps_the_proof() -> None:
    # body sentences are read only for events still to be decided: the events and their hits are the same
    for path in (CORPUS, EXTRA, EXTRA.with_name("holdout.jsonl")):
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            o = json.loads(line)
            for published in (date(2030, 1, 1), None):
                doc = read_document(
                    title=o["title"], summary=o["summary"], body=o["body"], published=published
                )
                every = find_hits(doc)
                events, hits = report(doc)
                assert events == decide(doc, every)
                assert [h for h in hits if h.event in events] == [h for h in every if h.event in events]


def test_the_words_that_gate_the_announcement_searches_never_change_their_answer() -> None:
    # a sentence is searched for news announced here only when it holds one of some words: every sentence of
    # every labelled set must get the answer the whole search gives
    from bot.classify import events

    data = Path(__file__).parent / "data"
    sentences = [
        s.text
        for path in sorted(data.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
        for s in read_document(
            title=json.loads(line)["title"],
            summary=json.loads(line)["summary"],
            body=json.loads(line)["body"],
            published=None,
        ).sentences
    ]
    assert len(sentences) > 50_000
    for text in sentences:
        assert events._announced_here(text) == events._ANNOUNCES_FOUND.found(text), text
        assert events._first_told(text) == events._FIRST_TOLD_FOUND.found(text), text
        second = events._holds_any(
            text.lower(), events._SECOND_LEAD_WORDS
        ) and events._SECOND_LEAD_FOUND.found(text)
        assert second == events._SECOND_LEAD_FOUND.found(text), text
