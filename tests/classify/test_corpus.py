"""The labelled corpus (dev + seed) and the independent set as tests: per item, and the product thresholds."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.classify import classify
from bot.evaluate import LabelledItem, Scores, read_items, score
from tests.conftest import CORPUS

FILES = ("dev.jsonl", "seed.jsonl")
# labelled by someone who never read the classifier: how well it generalises, scored on its own
EXTRA = Path(__file__).resolve().parent / "data" / "extra.jsonl"
# a second such set, labelled later still: unseen companies and phrasing
HOLDOUT = Path(__file__).resolve().parent / "data" / "holdout.jsonl"
# a third, written last by someone who never read the classifier (it first scored false-alert 0.147,
# milestone precision 0.897, licensing precision 0.926, partner F1 0.865): hard non-events, filings
FRESH = Path(__file__).resolve().parent / "data" / "fresh.jsonl"
# and a fourth (first scores: event micro-F1 0.942, false-alert 0.114, licensing precision 0.852,
# partner F1 0.911); fresh2-014's company follows LABELS.md (a news story: named first in the headline)
FRESH2 = Path(__file__).resolve().parent / "data" / "fresh2.jsonl"
# and a fifth (first scores: event micro-F1 0.913, false-alert 0.150, licensing precision 0.824,
# IND precision 0.875): update releases, short summaries, licences of every other kind
FRESH3 = Path(__file__).resolve().parent / "data" / "fresh3.jsonl"
# and a sixth, of real companies' releases told from memory (first scores: event micro-F1 0.991,
# false-alert 0.000, amount kind 0.947, partner F1 0.935): the closest to what feeds carry
FRESH4 = Path(__file__).resolve().parent / "data" / "fresh4.jsonl"
# and a seventh, of traps again (first scores: event micro-F1 0.745, false-alert 0.250, licensing
# precision 0.529): licences from government bodies, venues, data, staff options, device IDEs
FRESH5 = Path(__file__).resolve().parent / "data" / "fresh5.jsonl"
# Items known to disagree with the labels, with the reason. Keep short; every entry needs a why.
KNOWN_MISSES: dict[str, str] = {}


def _items() -> list[LabelledItem]:
    paths = [CORPUS / f for f in FILES]
    if not all(p.is_file() for p in paths):
        return []
    return [i for p in paths for i in read_items(p)]


ITEMS = _items()
IDS = [i.id for i in ITEMS] or ["corpus-absent"]
EXTRA_ITEMS = read_items(EXTRA)
HOLDOUT_ITEMS = read_items(HOLDOUT)
FRESH_ITEMS = read_items(FRESH)
FRESH2_ITEMS = read_items(FRESH2)
FRESH3_ITEMS = read_items(FRESH3)
FRESH4_ITEMS = read_items(FRESH4)
FRESH5_ITEMS = read_items(FRESH5)
UNSEEN = FRESH_ITEMS + FRESH2_ITEMS + FRESH3_ITEMS + FRESH4_ITEMS + FRESH5_ITEMS


def _need_corpus() -> None:
    if not ITEMS:
        pytest.skip(f"labelled corpus not found under {CORPUS}")


@pytest.mark.parametrize("item_id", IDS)
def test_item_events_match_labels(item_id: str) -> None:
    _need_corpus()
    if item_id in KNOWN_MISSES:
        pytest.xfail(KNOWN_MISSES[item_id])
    item = next(i for i in ITEMS if i.id == item_id)
    got = {e.value for e in classify(item.entry).events}
    assert got == set(item.labels.events)


@pytest.mark.parametrize("item_id", [i.id for i in EXTRA_ITEMS])
def test_independent_item_events_match_labels(item_id: str) -> None:
    item = next(i for i in EXTRA_ITEMS if i.id == item_id)
    got = {e.value for e in classify(item.entry).events}
    assert got == set(item.labels.events)


@pytest.mark.parametrize("item_id", [i.id for i in HOLDOUT_ITEMS])
def test_held_out_item_events_match_labels(item_id: str) -> None:
    item = next(i for i in HOLDOUT_ITEMS if i.id == item_id)
    got = {e.value for e in classify(item.entry).events}
    assert got == set(item.labels.events)


@pytest.mark.parametrize("item_id", [i.id for i in UNSEEN])
def test_fresh_item_events_match_labels(item_id: str) -> None:
    item = next(i for i in UNSEEN if i.id == item_id)
    got = {e.value for e in classify(item.entry).events}
    assert got == set(item.labels.events)


@pytest.fixture(
    scope="module",
    params=["corpus", "independent", "held-out", "fresh", "fresh2", "fresh3", "fresh4", "fresh5"],
)
def scores(request: pytest.FixtureRequest) -> Scores:
    if request.param == "fresh5":
        return score(FRESH5_ITEMS, {i.id: classify(i.entry) for i in FRESH5_ITEMS})
    if request.param == "fresh4":
        return score(FRESH4_ITEMS, {i.id: classify(i.entry) for i in FRESH4_ITEMS})
    if request.param == "fresh3":
        return score(FRESH3_ITEMS, {i.id: classify(i.entry) for i in FRESH3_ITEMS})
    if request.param == "fresh2":
        return score(FRESH2_ITEMS, {i.id: classify(i.entry) for i in FRESH2_ITEMS})
    if request.param == "fresh":
        return score(FRESH_ITEMS, {i.id: classify(i.entry) for i in FRESH_ITEMS})
    if request.param == "independent":
        return score(EXTRA_ITEMS, {i.id: classify(i.entry) for i in EXTRA_ITEMS})
    if request.param == "held-out":
        return score(HOLDOUT_ITEMS, {i.id: classify(i.entry) for i in HOLDOUT_ITEMS})
    _need_corpus()
    return score(ITEMS, {i.id: classify(i.entry) for i in ITEMS})


def test_independent_set_is_present() -> None:
    assert len(EXTRA_ITEMS) >= 90
    assert len(HOLDOUT_ITEMS) >= 70
    assert len(FRESH_ITEMS) >= 100
    assert len(FRESH2_ITEMS) >= 90
    assert len(FRESH3_ITEMS) >= 80
    assert len(FRESH4_ITEMS) >= 90
    assert len(FRESH5_ITEMS) >= 60


def test_event_thresholds(scores: Scores) -> None:
    assert scores.event_micro_f1 >= 0.95
    for event, (precision, recall, _) in scores.per_event.items():
        assert precision >= 0.95, event
        assert recall >= 0.90, event
    assert scores.false_alert_rate <= 0.03


def test_extraction_thresholds(scores: Scores) -> None:
    assert scores.amount_f1 >= 0.90
    assert scores.amount_kind_accuracy >= 0.90
    assert scores.partner_f1 >= 0.85
    assert scores.company_accuracy >= 0.95
    assert scores.ticker_f1 >= 0.95


def test_corpus_path_is_beside_the_repository() -> None:
    assert Path(CORPUS).name == "corpus"
    assert Path(CORPUS).parent.name == "shared"
