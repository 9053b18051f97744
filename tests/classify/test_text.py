"""Text normalisation, sentence splitting and tolerant matching of OCR-damaged release text."""

from __future__ import annotations

import importlib
import json
import pkgutil
import random
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bot.classify
from bot.classify.amount_cues import CUE_PATTERNS
from bot.classify.document import dollar_of, unit_of
from bot.classify.rules import RULES
from bot.classify.text import (
    Search,
    alternatives,
    lowered,
    needs,
    normalise,
    paragraphs,
    split_sentences,
    squash,
    tolerant_phrase,
    tolerant_word,
)

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("AT&amp;T", "AT&T"),
        ("AT&amp;amp;T", "AT&T"),
        ("Johnson &amp;amp;amp; Johnson", "Johnson & Johnson"),
        ("&lt;b&gt;", "<b>"),
        ("caf&#233; &#x2014; bar", "café — bar"),
        ("an &unknown; entity", "an &unknown; entity"),
        ("one\u00a0two\u2009three\u202ffour\u3000five", "one two three four five"),
        ("zero\u200bwidth\ufeff and soft\u00adhyphen", "zerowidth and softhyphen"),
        ("ImmunoGen’s “TAP” technology", 'ImmunoGen\'s "TAP" technology'),
        ("non\u2011breaking \u2212 minus", "non-breaking - minus"),
        ("em — and en – dashes stay", "em — and en – dashes stay"),
        ("fullwidth ＡＢＣ１２３ and ligature ﬁnal", "fullwidth ABC123 and ligature final"),
        ("many     spaces\there", "many spaces here"),
        ("bell\x07 and null\x00 and del\x7f gone", "bell and null and del gone"),
        ("windows\r\nline\rends", "windows\nline\nends"),
        ("para one\n\n\n\n\npara two", "para one\n\npara two"),
        ("  trailing spaces on lines  \n  next  ", "trailing spaces on lines\nnext"),
        ("in Phase Il testing", "in Phase II testing"),
        ("in Phase Ill testing", "in Phase III testing"),
        ("in Phase lI testing", "in Phase II testing"),
        ("a Phase l/ll study", "a Phase I/II study"),
        ("a phase lb trial", "a phase Ib trial"),
        ("Phase 1 and Phase 2b stay", "Phase 1 and Phase 2b stay"),
        ("the Ill. office", "the Ill. office"),
        ("Cor porat e Communications", "Corporate Communications"),
        ("the colla boration with Genmab; Gen mab A/S", "the collaboration with Genmab; Genmab A/S"),
        ("Euro pean approval", "European approval"),
        ("11. Subsequ ent Events", "11. Subsequent Events"),
        (
            "sales passed EUR 250 million, trig gering a milestone",
            "sales passed EUR 250 million, triggering a milestone",
        ),
        ("the FDA clear ed the IND and Acme re ceived", "the FDA cleared the IND and Acme received"),
        ("Runewood Thera- peutics said", "Runewood Therapeutics said"),
        ("AUD 3 million (approx imately US$2.0 million)", "AUD 3 million (approximately US$2.0 million)"),
        ("a long- and short-term plan", "a long- and short-term plan"),
        ("SaltsjÃ¶ Biotech and CafÃ© Itâ€™s", "Saltsjö Biotech and Café It's"),
        ("an upfront payment of SEK 1OO million", "an upfront payment of SEK 100 million"),
        (
            "up to JPY 15 billion (approximately US$100 mi llion)",
            "up to JPY 15 billion (approximately US$100 million)",
        ),
        ("every one of them and with in reach", "every one of them and with in reach"),
        ("GLOBE NEWSWIRE, see www.globenewswire.com", "GLOBE NEWSWIRE, see www.globenewswire.com"),
        ("the new drug", "the new drug"),
        # HTML left in a feed's text: blocks part paragraphs, list items lines, other tags go
        (
            '<div class="body"><p>Orion Bio <b>earned</b> a milestone.</p>'
            "<ul><li>one;</li><li>two</li></ul></div>",
            "Orion Bio earned a milestone.\n\none;\n\ntwo",
        ),
        ("p<0.001 and 3 < 5 <br/>end", "p<0.001 and 3 < 5\nend"),
        ("", ""),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_normalise_is_idempotent_on_the_seed_release() -> None:
    path = CORPUS / "seed-release.txt"
    if not path.exists():
        pytest.skip(f"corpus not present at {path}")
    once = normalise(path.read_text(encoding="utf-8"))
    assert normalise(once) == once
    assert "Phase II or later" in once
    assert "Phase III testing" in once
    assert "Corporate" in once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ImmunoGen, Inc. (Nasdaq: IMGN) said it earned $1.5 million. The payment came from Amgen Inc.",
            [
                "ImmunoGen, Inc. (Nasdaq: IMGN) said it earned $1.5 million.",
                "The payment came from Amgen Inc.",
            ],
        ),
        (
            "WALTHAM, Mass., Nov. 3, 2011 -- The company, based in Waltham, Mass. announced it.",
            ["WALTHAM, Mass., Nov. 3, 2011 -- The company, based in Waltham, Mass. announced it."],
        ),
        ("Dr. Xia Yu joined. J. Smith left.", ["Dr. Xia Yu joined.", "J. Smith left."]),
        ("Sales in the U.S. FDA review grew. It rose.", ["Sales in the U.S. FDA review grew.", "It rose."]),
        ("It sells outside the U.S. The deal closed.", ["It sells outside the U.S.", "The deal closed."]),
        ("Eisai Co. Ltd. paid. Then it stopped.", ["Eisai Co. Ltd. paid.", "Then it stopped."]),
        (
            "It licensed Asia to BeiGene, Ltd. Zymeworks is also eligible for milestones.",
            ["It licensed Asia to BeiGene, Ltd.", "Zymeworks is also eligible for milestones."],
        ),
        ("A partner of Eisai Co. Ltd is named.", ["A partner of Eisai Co. Ltd is named."]),
        (
            "It licensed Asia to BeiGene Ltd. Zymeworks remains eligible for milestones.",
            ["It licensed Asia to BeiGene Ltd.", "Zymeworks remains eligible for milestones."],
        ),
        ("Acme Inc. Chief Executive Jo Doe said so.", ["Acme Inc. Chief Executive Jo Doe said so."]),
        (
            "It paid on Jan. 5 and No. 3 arrived, e.g. Amgen.",
            ["It paid on Jan. 5 and No. 3 arrived, e.g. Amgen."],
        ),
        ("It paid approx. $5 million vs. $3 million.", ["It paid approx. $5 million vs. $3 million."]),
        (
            "It got US$4 million (c. £3.1 million) from it.",
            ["It got US$4 million (c. £3.1 million) from it."],
        ),
        ('It said: "We are pleased." Shares rose.', ['It said: "We are pleased."', "Shares rose."]),
        ("Is it? Yes! It is.", ["Is it?", "Yes!", "It is."]),
        ("Nasdaq: IMGN. The stock rose.", ["Nasdaq: IMGN.", "The stock rose."]),
        ("Calif. & PARIS--(BUSINESS WIRE)--today", ["Calif. & PARIS--(BUSINESS WIRE)--today"]),
        ("H.C. Wainwright hosts it.", ["H.C. Wainwright hosts it."]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_split_sentences_survives_abbreviations(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_split_sentences_joins_wrapped_lines_and_keeps_headlines_apart() -> None:
    text = (
        "ImmunoGen Earns Milestone From Amgen\n"
        "Active IND Triggers $1 Million Payment\n"
        "\n"
        "WALTHAM, Mass. -- ImmunoGen, Inc., a biotechnology company that\n"
        "develops targeted anticancer products, today announced that an IND is active; the trial is through\n"
        "the Company's collaboration with\n"
        "Genentech, a member of the Roche Group. This event triggers a $1 million milestone.\n"
        "\n"
        "About ImmunoGen, Inc.\n"
        "ImmunoGen develops cancer-\n"
        "cell killing agents.\n"
        "- Upfront: $5 million\n"
        "- Milestones: up to $50 million\n"
        "| Upfront | $1 billion |\n"
        "| Total | $6 billion |\n"
    )
    assert split_sentences(text) == [
        "ImmunoGen Earns Milestone From Amgen",
        "Active IND Triggers $1 Million Payment",
        "WALTHAM, Mass. -- ImmunoGen, Inc., a biotechnology company that develops targeted anticancer "
        "products, today announced that an IND is active; the trial is through the Company's collaboration "
        "with Genentech, a member of the Roche Group.",
        "This event triggers a $1 million milestone.",
        "About ImmunoGen, Inc.",
        "ImmunoGen develops cancer-cell killing agents.",
        "- Upfront: $5 million",
        "- Milestones: up to $50 million",
        "| Upfront | $1 billion |",
        "| Total | $6 billion |",
    ]


def test_split_sentences_keeps_the_seed_release_sentences_whole() -> None:
    path = CORPUS / "seed-release.txt"
    if not path.exists():
        pytest.skip(f"corpus not present at {path}")
    sentences = split_sentences(normalise(path.read_text(encoding="utf-8")))
    assert "This event triggers a $1 million milestone payment to ImmunoGen." in sentences
    dateline = next(s for s in sentences if s.startswith("WALTHAM"))
    assert "company that develops targeted anticancer products" in dateline
    assert dateline.endswith("is now active.")
    assert sentences[:2] == [
        "ImmunoGen, Inc. Earns Milestone From Amgen With IND Achievement",
        "Active IND for New TAP Compound Triggers $1 Million Payment to ImmunoGen",
    ]


def test_paragraphs() -> None:
    assert paragraphs("a\nb\n\n  \nc\r\n\r\nd") == ["a\nb", "c", "d"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Cor porat e", "Corporate"),
        ("Bristol-Myers Squibb", "bristol myers squibb"),
        ("Société Générale", "societe generale"),
        ("ＡＢＣ", "abc"),
    ],
)
def test_squash_makes_names_comparable(a: str, b: str) -> None:
    assert squash(a) == squash(b)


def test_squash_keeps_only_letters_and_digits() -> None:
    assert squash("T-DM1 (Nasdaq: IMGN)!") == "tdm1nasdaqimgn"


def test_tolerant_word_allows_one_stray_space() -> None:
    pattern = re.compile(r"\b" + tolerant_word("Amgen") + r"\b")
    assert pattern.fullmatch("Amgen")
    assert pattern.fullmatch("Am gen")
    assert pattern.fullmatch("Amge n")
    assert pattern.fullmatch("A m gen") is None
    assert pattern.fullmatch("Amgan") is None
    assert re.fullmatch(tolerant_word("a+b"), "a+ b")  # regex characters in a name are literal


def test_tolerant_phrase() -> None:
    pattern = re.compile(tolerant_phrase("Corporate Communications"))
    assert pattern.fullmatch("Cor porate  Communi cations")
    assert pattern.fullmatch("Corporate Communications")
    assert tolerant_phrase("") == ""


def test_long_words_are_matched_exactly() -> None:
    word = "x" * 41
    assert tolerant_word(word) == word


# --- properties ----------------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b\ufeff]")


@given(st.text(max_size=500))
def test_normalise_never_raises_and_leaves_clean_text(text: str) -> None:
    out = normalise(text)
    assert _CONTROL.search(out) is None
    assert "  " not in out
    assert "\r" not in out
    assert "\n\n\n" not in out
    assert out == out.strip()


@given(st.text(alphabet=st.characters(blacklist_characters="&"), max_size=300))
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@given(st.text(max_size=500))
def test_split_sentences_loses_and_reorders_nothing(text: str) -> None:
    sentences = split_sentences(text)
    assert all(s and s == s.strip() for s in sentences)
    assert "".join("".join(sentences).split()) == "".join(text.split())


@given(st.text(max_size=200))
def test_squash_keeps_lower_case_letters_and_digits(text: str) -> None:
    out = squash(text)
    assert all(ch.isalnum() for ch in out)
    assert out == squash(out)


@given(st.text(min_size=1, max_size=50))
def test_tolerant_word_matches_the_word_itself(word: str) -> None:
    assert re.fullmatch(tolerant_word(word), word)


# --- pathological input: every public function finishes ----------------------------------------------

_RANDOM = random.Random(20240602)
_PATHOLOGICAL = {
    "digits": "7" * 50_000,
    "dollar signs": "$" * 100_000,
    "one comma": "1," * 50_000,
    "million": "million " * 20_000,
    "random text": "".join(chr(_RANDOM.randrange(0, 0x3000)) for _ in range(1_000_000)),
    "latin-1 junk": bytes(_RANDOM.randrange(256) for _ in range(1_000_000)).decode("latin-1"),
    "entities": "&amp;" * 100_000 + "&#" + "9" * 50_000,
    "full stops": ". " * 200_000,
    "abbreviations": "Inc. Co. U.S. J. " * 50_000,
    "letters": "ab " * 300_000,
    "phases": "Phase l" * 100_000,
    "line breaks": "word\n" * 200_000,
    "spaces": " " * 1_000_000,
    "other scripts": "中文テキスト한국어العربيةעִבְרִית" * 30_000,
}


@pytest.mark.timeout(20)
@pytest.mark.parametrize("name", sorted(_PATHOLOGICAL))
def test_public_functions_finish_on_pathological_input(name: str) -> None:
    text = _PATHOLOGICAL[name]
    split_sentences(normalise(text))
    split_sentences(text)
    paragraphs(text)
    squash(text)
    re.search(tolerant_phrase("Corporate Communications"), text)


def test_ocr_and_line_wrap_damage_is_mended() -> None:
    assert normalise("FDA CLEARS lND FOR BEALACH BIO") == "FDA CLEARS IND FOR BEALACH BIO"
    assert (
        normalise("earned a mi1estone from Tingwall Bio1ogics")
        == "earned a milestone from Tingwall Biologics"
    )
    assert (
        normalise("National Medical Products Adminis-\ntration") == "National Medical Products Administration"
    )
    # a capital I read for the l after a name's capital, mended where the text spells the word whole
    assert (
        normalise("Mereo and UItragenyx sign a licence. Ultragenyx pays upfront.")
        == "Mereo and Ultragenyx sign a licence. Ultragenyx pays upfront."
    )
    # what is no damage stays: codes, numbers, hyphens a line did not break, IND-enabling, names with "I"
    for kept in (
        "H1N1 and AB-1a",
        "Phase 1 trial",
        "IND-\nenabling",
        "co-development",
        "a1 b2",
        "ND-1",
        "AImmune and BIOLASE",
    ):
        assert normalise(kept) == kept


def test_a_lowered_pattern_finds_the_same_matches_in_the_lower_cased_text() -> None:
    text = (
        "Acme Bio, Inc. (Nasdaq: ACME) EARNED a $5 Million milestone payment from Pfizer in May 2024; "
        "it may receive up to USD 120m in Development and Commercial Milestones, if the IND is cleared. "
        "The Company licensed its SaaS software to Beta Labs under an exclusive License Agreement."
    )
    patterns = [r.pattern for r in RULES] + [rx for _, rx in CUE_PATTERNS]
    patterns += [alt for r in RULES for alt in alternatives(r.pattern)]
    checked = 0
    for pattern in patterns:
        lower = lowered(pattern)
        if lower is None:
            continue
        checked += 1
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        found = [(m.span(), m.groupdict()) for m in lower.finditer(text.lower())]
        assert [span for span, _ in found] == [span for span, _ in expected], pattern.pattern
        for (_, got), (_, want) in zip(found, expected, strict=True):
            assert {k: v and v.lower() for k, v in got.items()} == {
                k: v and v.lower() for k, v in want.items()
            }
    assert checked > 100


def _searches() -> list[Search]:
    """Every `Search` the classifier's modules hold, alone or in a table."""
    found: list[Search] = []
    for info in pkgutil.iter_modules(bot.classify.__path__, "bot.classify."):
        for value in vars(importlib.import_module(info.name)).values():
            items = (
                value.values() if isinstance(value, dict) else value if isinstance(value, tuple) else [value]
            )
            found += [item for item in items if isinstance(item, Search) and item not in found]
    return found


def test_a_search_answers_as_its_whole_pattern_does() -> None:
    # each alternative is searched only where the text holds its words, and in the lower-cased text where it
    # can be: the answer must be the whole pattern's, on every headline, summary, body and sentence
    texts = [
        "Acme Bio today announced that it has earned a $5 million milestone from Pfizer.",
        "Separately, Acme Bio said the FDA has cleared its IND. ACME BIO TODAY ANNOUNCED THAT",
        "Société Générale a annoncé aujourd'hui — today announced that Beta signed a licence",
        "",
    ]
    for name in ("dev.jsonl", "seed.jsonl"):
        path = CORPUS / name
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                item = json.loads(line)
                texts += [item["title"], item["summary"], item["body"], *split_sentences(item["body"])]
    searches = _searches()
    assert len(searches) > 30
    for search in searches:
        for text in texts:
            assert search.found(text) == (search.pattern.search(text) is not None), (
                search.pattern.pattern,
                text,
            )


def test_a_pattern_whose_case_counts_is_not_lowered_and_a_lowered_one_needs_no_words() -> None:
    assert lowered(re.compile(r"\b(?-i:IND)\b|investigational", re.IGNORECASE)) is None
    assert lowered(re.compile(r"milestone")) is None  # case already counts: nothing to rewrite
    lower = lowered(re.compile(r"[A-Z]{2}\s+milestone", re.IGNORECASE))
    assert lower is not None
    assert lower.search("ab milestone") is not None
    assert lower.search("AB MILESTONE") is None
    assert needs(lower) == ()


def test_an_m_read_as_r_and_n_is_mended_only_into_a_word_the_release_or_its_trade_spells() -> None:
    assert (
        normalise("a $7.5 rnillion milestone under the agreernent")
        == "a $7.5 million milestone under the agreement"
    )
    assert (
        normalise("Nordvik Pharrna AB pays its licensor. Nordvik Pharma AB said")
        == "Nordvik Pharma AB pays its licensor. Nordvik Pharma AB said"
    )
    # words that hold "rn" as written stay: their m-spelling is no word the text or the trade uses
    kept = "the return to the government in Bern, modern Northern Ireland and Kern Pharma"
    assert normalise(kept) == kept


def test_a_paragraph_wrapped_narrow_reads_as_one_sentence_but_a_table_keeps_its_rows() -> None:
    wrapped = (
        "SUZHOU, China -- Suzhou Lanting Co., Ltd. (HKEX:\n2619) has granted AstraZeneca (Nasdaq: AZN) an\n"
        "exclusive licence to develop, manufacture and commercialise\nLT-102, its PD-1/VEGF bispecific "
        "antibody, everywhere\noutside mainland China."
    )
    assert split_sentences(wrapped) == [" ".join(wrapped.split())]
    table = (
        "Upfront payment on signing US$25.0 million\nEquity investment (common stock) US$15.0 million\n"
        "Sales-based milestones (up to) US$300.0 million"
    )
    assert len(split_sentences(table)) == 3


def test_a_word_s_capital_i_read_as_a_small_l_is_mended() -> None:
    assert normalise("a payment from Boehringer lngelheim International GmbH") == (
        "a payment from Boehringer Ingelheim International GmbH"
    )
    assert normalise("ImmunoGen, lnc. filed the lND") == "ImmunoGen, Inc. filed the IND"
    # units, abbreviations and words with a real l are kept
    assert normalise("5 lbs of lncRNA from a llama, ltd") == "5 lbs of lncRNA from a llama, ltd"


def test_rn_is_read_as_m_only_where_the_text_spells_the_word_so_as_often() -> None:
    assert normalise("The European Cornmission approved it.") == "The European Commission approved it."
    # a name the text spells with "rn" more often than its damaged copy without is the name
    text = "Redfern Cell Therapeutics (Redfern) said Redfem, and Redfern again."
    assert normalise(text) == text


@pytest.mark.parametrize(
    ("text", "dollar"),
    [
        ("All amounts are in Canadian dollars unless otherwise stated.", "CAD"),
        ("All dollar figures in this news release are expressed in Australian dollars.", "AUD"),
        ("Condensed statement of loss (expressed in thousands of Canadian dollars)", "CAD"),
        ("Unless otherwise noted, all figures are in A$.", "AUD"),
        ("All amounts in NZD.", "NZD"),
        ("All amounts are in U.S. dollars.", "USD"),
        ("Amounts in US dollars have been translated into Hong Kong dollars at US$1 to HK$7.8.", "USD"),
        ("The company will receive $5 million, or about C$6.8 million.", "USD"),
        ("", "USD"),
    ],
)
def test_a_release_declares_its_dollars(text: str, dollar: str) -> None:
    assert dollar_of(text) == dollar


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Amounts are stated in KSEK unless otherwise indicated.", ("SEK", 1000)),
        ("Unless otherwise stated, all amounts in this report are in DKK million.", ("DKK", 1_000_000)),
        (
            "Unless otherwise stated, all amounts in this announcement are expressed in RMB thousands.",
            ("CNY", 1000),
        ),
        ("All figures in CHF thousands unless otherwise noted.", ("CHF", 1000)),
        ("(All amounts in thousands of U.S. dollars, except per share data)", ("USD", 1000)),
        ("Figures in MSEK.", ("SEK", 1_000_000)),
        # a table's heading gives its own rows' unit, not the release's
        ("Key figures (in EUR thousands)", None),
        ("Revenue amounted to SEK 41.9 million.", None),
    ],
)
def test_a_release_declares_the_unit_of_its_figures(text: str, unit: tuple[str, int] | None) -> None:
    assert unit_of(text) == unit


def test_a_filing_s_page_break_does_not_cut_its_sentence() -> None:
    from bot.classify.document import read_document

    doc = read_document(
        title="Brannock 8-K",
        summary="",
        body=(
            "Meiwa will also reimburse the Company for a portion of the costs of the global\n\n-2-\nTable of "
            "Contents\n\nPhase 3 program of BRN-150, up to a maximum of $25,000,000.\n\nRevenue was flat.\n\n"
            "Page 3\n\nThe Company expects to file the agreement."
        ),
        published=None,
    )
    texts = [s.text for s in doc.sentences]
    assert (
        "Meiwa will also reimburse the Company for a portion of the costs of the global Phase 3 program of "
        "BRN-150, up to a maximum of $25,000,000." in texts
    )
    assert not any("Table of Contents" in t or t.strip() in {"-2-", "Page 3"} for t in texts)
