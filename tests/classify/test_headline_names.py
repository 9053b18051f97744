"""Names in title-case headlines: a run of capitals is cut at the prepositions no firm's name holds."""

from __future__ import annotations

import pytest

from bot.classify import classify
from bot.classify.entities import names_in
from bot.models import Entry


def _entry(title: str, summary: str = "") -> Entry:
    return Entry(
        wire="globenewswire", native_id="n-1", url="https://example.com/n-1", title=title, summary=summary
    )


@pytest.mark.parametrize(
    ("title", "partner"),
    [
        (
            "Ostrava Biosciences Receives $2 Million Preclinical Milestone From Halcyon Pharma",
            "Halcyon Pharma",
        ),
        (
            "Redgate Biosciences Earns $50 Million Sales Milestone From Oberon Pharmaceuticals",
            "Oberon Pharmaceuticals",
        ),
        (
            "Bernina Pharma AG In-Licenses Global Rights to Ocular Gene Therapy From Ashmead Genetics",
            "Ashmead Genetics",
        ),
        ("Aurelis Bio Earns EUR 5 Million Milestone Payment From Castellan Pharma", "Castellan Pharma"),
    ],
)
def test_the_payer_in_a_title_case_headline_is_named_without_the_words_before_it(
    title: str, partner: str
) -> None:
    assert classify(_entry(title)).partners == (partner,)


def test_a_run_is_split_at_its_prepositions_and_each_piece_keeps_its_place() -> None:
    text = "Acme Receives Milestone Payment From Beta Therapeutics Under License With Gamma Medicines"
    spans = names_in(text)
    names = [s.name for s in spans]
    assert names[0] == "Acme Receives Milestone Payment"
    assert "Gamma Medicines" in names
    assert not any(word in name.split() for name in names for word in ("From", "Under", "With"))
    assert all(text[s.start : s.end] == s.name for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        "Johnson & Johnson Innovative Medicine",
        "Bank of America Securities",
        "Fondation Pour la Recherche",  # a capitalised word that only looks like one: not a preposition here
    ],
)
def test_names_without_those_prepositions_stay_whole(text: str) -> None:
    assert [s.name for s in names_in(text)] == [text]


# places, descriptions, regulators, documents, letters, eponymous diseases, ministries and technologies
@pytest.mark.parametrize(
    ("summary", "partners"),
    [
        (
            "Genvalis has received a €3 million commercial milestone from Shanghai partner Huamei Pharma.",
            ("Huamei Pharma",),
        ),
        (
            "China's National Medical Products Administration accepted Huaxin Pharma's application, "
            "triggering an A$4 million milestone payment to the Melbourne company.",
            ("Huaxin Pharma",),
        ),
        (
            'Genvalis and Kestner Pharma GmbH ("Kestner") entered into a Second Amendment (the "Amendment") '
            "to the License Agreement, under which Kestner paid Genvalis a $5 million milestone.",
            ("Kestner Pharma",),
        ),
        (
            "Following approval by China's National Medical Products Administration of GV-18, Genvalis "
            "received a RMB 150 million milestone payment from Mingzhou Pharmaceutical.",
            ("Mingzhou Pharmaceutical",),
        ),
        (
            "Genvalis received a $5 million milestone from Kestner Pharma after the FDA sent a "
            "'Study May Proceed' letter for GV-7.",
            ("Kestner Pharma",),
        ),
        (
            "Genvalis got a $5 million milestone from Kestner Pharma as dosing began in Sjögren's syndrome.",
            ("Kestner Pharma",),
        ),
        (
            "The approval by Japan's Ministry of Health, Labour and Welfare triggers a milestone payment "
            "from JCR Pharmaceuticals to Genvalis.",
            ("JCR Pharmaceuticals",),
        ),
        (
            "Genvalis has licensed ex-US rights to its Duchenne gene therapy to Roche for $1.15 billion.",
            ("Roche",),
        ),
        (
            "Genvalis earned a $4 million milestone from Sage under its Captisol license in a trial.",
            ("Sage",),
        ),
        (
            "Genvalis grants Novartis a license to TRACER capsids and TRACER-derived payloads.",
            ("Novartis",),
        ),
    ],
)
def test_only_firms_in_the_event_are_counterparties(summary: str, partners: tuple[str, ...]) -> None:
    entry = Entry(
        wire="globenewswire",
        native_id="n-1",
        url="https://example.com/n-1",
        title="Genvalis news",
        summary=summary,
        issuer="Genvalis",
    )
    assert classify(entry).partners == partners


def test_a_numbered_target_is_no_counterparty() -> None:
    entry = Entry(
        wire="globenewswire",
        native_id="n-3",
        url="https://example.com/n-3",
        title="Lianshan Biotech licenses LS-88 to Merriden Pharma",
        summary="Lianshan signed an agreement granting Merriden Pharma the rights to develop LS-88, "
        "a Claudin 18.2 antibody, outside Greater China.",
        issuer="Lianshan Biotech",
    )
    assert classify(entry).partners == ("Merriden Pharma",)


def test_a_company_written_in_lower_case_is_found_by_its_ticker() -> None:
    entry = Entry(
        wire="globenewswire",
        native_id="n-5",
        url="https://example.com/n-5",
        title="FDA lifts clinical hold on bluebird bio's sickle cell gene therapy studies",
        summary="bluebird bio (Nasdaq: BLUE) said the US FDA has removed the clinical hold on its studies.",
    )
    assert classify(entry).company == "bluebird bio"


def test_a_headline_names_a_partner_by_the_opening_words_of_the_name_the_body_gives() -> None:
    entry = Entry(
        wire="globenewswire",
        native_id="n-2",
        url="https://example.com/n-2",
        title="Ostara Biosciences Receives $25 Million Milestone as Meridale Advances OST-204 Into Phase 3",
        body=(
            "Ostara Biosciences, Inc. today announced that its licensee Meridale Pharmaceuticals, Inc. has "
            "started a Phase 3 study of OST-204."
        ),
    )
    assert classify(entry).partners == ("Meridale Pharmaceuticals",)


def test_the_opening_words_of_a_name_the_text_gives_in_full_are_not_split_into_other_firms() -> None:
    # "Daiichi" alone would be read as Daiichi Sankyo, a well-known group, and "Sakura" as a second party
    entry = Entry(
        wire="globenewswire",
        native_id="n-3",
        url="https://example.com/n-3",
        title="Nordkapp Biologics Signs License Agreement With Sakura Daiichi Pharma",
        summary="Sakura Daiichi Pharma Co., Ltd. obtains exclusive rights to NKB-09 in Japan.",
        body="Sakura Daiichi will pay Nordkapp Biologics an upfront license fee of $3 million.",
    )
    assert classify(entry).partners == ("Sakura Daiichi Pharma",)


def test_a_headline_that_names_a_firm_by_its_ticker_names_the_firm_printed_before_it() -> None:
    summary = (
        "Albany Molecular Research (Nasdaq: AMRI) has received a $3 million milestone payment from "
        "Bristol-Myers Squibb (NYSE: BMY) after BMS began a Phase 2 trial of a compound AMRI discovered."
    )
    c = classify(_entry("AMRI bags $3M milestone as BMS starts Ph2 of licensed CNS compound", summary))
    assert c.company == "Albany Molecular Research"
    assert c.partners == ("Bristol-Myers Squibb",)


def test_a_ticker_s_firm_is_found_across_its_legal_suffix() -> None:
    summary = (
        "Albany Molecular Research Inc. (Nasdaq: AMRI) is due a $3 million milestone payment from "
        "Bristol-Myers Squibb (NYSE: BMY) now that the drugmaker has begun a Phase II trial."
    )
    c = classify(
        _entry("AMRI earns $3 million as Bristol-Myers Squibb moves compound into Phase II", summary)
    )
    assert c.company == "Albany Molecular Research"
