"""`/dealwire search <words>`: stored releases by company, partner or text."""

from __future__ import annotations

from datetime import timedelta

from tests.handlers.conftest import (
    Harness,
    assert_within_limits,
    classified,
    store_many,
    store_release,
    text_of,
)


def test_finds_by_title_summary_company_and_partner(harness: Harness) -> None:
    store_release(
        harness.engine, "a", title="Roche licenses an antibody", classification=classified(events=())
    )
    store_release(harness.engine, "b", summary="A deal involving gene therapy vectors.")
    store_release(harness.engine, "c", classification=classified(company="Zymeworks", partners=("Jazz",)))
    assert "Roche licenses an antibody" in text_of(harness.slash("search roche"))
    assert "*1 release* mention “gene therapy”" in text_of(harness.slash('search "gene therapy"'))
    assert "*Zymeworks*" in text_of(harness.slash("search zymeworks"))
    assert "with Jazz" in text_of(harness.slash("search jazz"))


def test_every_word_must_match(harness: Harness) -> None:
    store_release(harness.engine, "a", title="Roche licenses an antibody")
    store_release(harness.engine, "b", title="Roche earns a milestone")
    words = text_of(harness.slash("search roche antibody"))
    assert "Roche licenses an antibody" in words
    assert "Roche earns a milestone" not in words


def test_days_narrows(harness: Harness) -> None:
    store_release(harness.engine, "a", title="Roche old news", age=timedelta(days=40))
    assert "No stored release mentions “roche” in the last 30 days" in text_of(
        harness.slash("search roche --days 30")
    )


def test_wildcards_are_literal(harness: Harness) -> None:
    store_release(harness.engine, "a", title="Roche licenses an antibody")
    assert "No stored release mentions “%%”" in text_of(harness.slash("search %%"))


def test_bad_input(harness: Harness) -> None:
    assert "Search for what?" in text_of(harness.slash("search"))
    assert "two characters or more" in text_of(harness.slash("search a"))
    assert "at most 8 words" in text_of(harness.slash("search a1 a2 a3 a4 a5 a6 a7 a8 a9"))


def test_500_results_stay_inside_slack_limits(harness: Harness) -> None:
    store_many(harness.engine, 500)
    reply = harness.slash("search amgen")
    assert_within_limits(reply["blocks"])
    assert "*500 releases* mention “amgen”" in text_of(reply)
    assert "more (narrow with more words or --days)" in text_of(reply)
