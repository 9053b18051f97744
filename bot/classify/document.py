"""A release read as a document: headline, summary and body sentences, each tagged with where it stands.

Where a sentence stands decides how much it proves: the headline, the summary and the lead paragraph
carry the news; later paragraphs carry detail and background; "About X" sections, forward-looking
statements, contacts and filing boilerplate carry no news at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from bot.classify.money_grammar import currency_named
from bot.classify.text import continues, normalise, split_sentences

__all__ = ["FILING_FEED_TITLE", "Document", "Region", "Sentence", "read_document"]

MAX_CHARS = 200_000  # a release longer than this is cut: news sits at the top, not 1 MB down
MAX_SENTENCE = 1_500


class Region(StrEnum):
    """Where a sentence stands in a release."""

    TITLE = "title"
    SUMMARY = "summary"
    LEAD = "lead"  # the first substantive paragraph, and the items of a filing
    BODY = "body"
    BACKGROUND = "background"  # a section headed "Background"
    ABOUT = "about"  # "About X" sections
    BOILERPLATE = "boilerplate"  # forward-looking statements, contacts, signatures, filing headers


NEWS_REGIONS = frozenset({Region.TITLE, Region.SUMMARY, Region.LEAD})
HEADLINE_REGIONS = frozenset({Region.TITLE, Region.SUMMARY})  # what a release says of itself, in brief
EVENT_REGIONS = frozenset({Region.TITLE, Region.SUMMARY, Region.LEAD, Region.BODY})


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a release and the region it stands in."""

    text: str
    region: Region
    index: int
    paragraph: int = -1  # which paragraph of the body it stands in (-1 for the title and summary)
    item: int = -1  # which bullet or table row of its paragraph it stands in (-1 for prose)


@dataclass(frozen=True, slots=True)
class Document:
    """A release split into tagged sentences, with the subjects of its "About" sections."""

    title: str
    summary: str
    body: str
    sentences: tuple[Sentence, ...]
    about_subjects: tuple[str, ...]  # in order of appearance
    about_openings: tuple[str, ...]  # the first line of each of those sections: what it says its subject is
    lead: str
    is_filing: bool
    published: date | None
    # the last sentence before a note on subsequent events whose heading stood alone on its line (the
    # heading is no sentence), or -1
    notes_heading: int = -1
    # body paragraphs under a heading of their own, with the heading: its first line ("Milestone payment" over
    # the text) or the one-line paragraph before it ("Merck KGaA option exercise", then a blank line)
    headings: tuple[tuple[int, str], ...] = ()
    # a current report's (8-K's) paragraphs under each of its items, with the item's number: (7, "8.01")
    # for the paragraphs after "Item 8.01 Other Events."
    filing_items: tuple[tuple[int, str], ...] = ()
    # the currency a bare "$" stands for: the release's own word ("All amounts are in Canadian dollars
    # unless otherwise stated"), else US dollars
    dollar: str = "USD"
    # the currency and scale of bare figures, where the release declares them ("Amounts are stated in KSEK
    # unless otherwise indicated", "all amounts in this report are in DKK million"), else None
    unit: tuple[str, int] | None = None


# a release's word on what its dollars are: "All amounts are in Canadian dollars unless otherwise stated",
# "All dollar figures are expressed in Australian dollars", "(expressed in Canadian dollars)", "All figures
# in A$" (not "amounts in US dollars have been translated into Hong Kong dollars": what a sum converts to)
_DOLLARS_DECLARED = re.compile(
    r"\b(?:all|any)\s+(?:[\w-]+\s+){0,2}?(?:amounts|figures|sums|numbers|values|references\s+to\s+\W?\$\W?)"
    r"(?:\s+(?:in|of)\s+this\s+(?:[\w-]+\s+){0,2}?(?:release|report|announcement|document|statement))?"
    r"(?:\s+(?:are|is|have\s+been|will\s+be))?(?:\s+(?:expressed|stated|reported|presented|denominated|given))?"
    r"|\((?:unless\s+otherwise\s+(?:noted|stated|indicated),\s*)?(?:all\s+amounts\s+)?"
    r"(?:expressed|stated|presented|reported)",
    re.IGNORECASE,
)
_DECLARED_AS = re.compile(
    r"\s+(?:in|as)\s+(?:thousands\s+of\s+|millions\s+of\s+)?(?P<currency>(?:canadian|australian|new\s+zealand"
    r"|singapore|hong\s+kong)\s+dollars\b|(?:CAD|AUD|NZD|CDN\$|C\$|A\$|NZ\$)(?![\w$]))",
    re.IGNORECASE,
)


def dollar_of(text: str) -> str:
    """The currency a release's bare "$" stands for, as its own words declare it; else US dollars."""
    lower = text.lower()
    if "$" not in text and not any(w in lower for w in ("dollar", "cad", "aud", "nzd")):
        return "USD"
    for m in _DOLLARS_DECLARED.finditer(text):
        said = _DECLARED_AS.match(text, m.end())
        if said is not None:
            return currency_named(said.group("currency")) or "USD"
    return "USD"


_UNIT_CODES = "SEK|DKK|NOK|EUR|USD|CHF|GBP|RMB|CNY|JPY|HKD|KRW"
_SCALES = {"k": 1000, "t": 1000, "thousand": 1000, "'000": 1000, "m": 1_000_000, "million": 1_000_000}
# what a release says its bare figures are: "Amounts are stated in KSEK unless otherwise indicated", "all
# amounts in this report are in DKK million", "expressed in RMB thousands", "All figures in CHF thousands",
# "amounts in thousands of euros" (not a table's heading: "Key figures (in EUR thousands)")
_UNIT_DECLARED = re.compile(
    r"\b(?:amounts|figures)(?:\s+(?:in|of)\s+this\s+(?:[\w-]+\s+){0,2}?(?:report|announcement|release|statement))?"
    r"(?:\s+(?:are|is))?(?:\s+(?:stated|expressed|presented|reported|given|shown))?\s+in\s+"
    r"(?:(?P<pre>[KTM])(?P<code1>" + _UNIT_CODES + r")\b"
    r"|(?P<code2>" + _UNIT_CODES + r")\s*(?P<scale>thousands?|millions?|'000|m|k)\b"
    r"|(?P<scale2>thousands?|millions?)\s+of\s+(?P<name>euros?|yen|won|kronor|kroner|swiss\s+francs|francs"
    r"|pounds|renminbi|yuan|u\.s\.\s+dollars|us\s+dollars|dollars|(?:" + _UNIT_CODES + r")\b))",
    re.IGNORECASE,
)


def unit_of(text: str) -> tuple[str, int] | None:
    """The currency and scale a release declares for its bare figures, or None."""
    if "amounts" not in text and "figures" not in text and "Amounts" not in text and "Figures" not in text:
        return None
    m = _UNIT_DECLARED.search(text)
    if m is None:
        return None
    code = currency_named(m.group("code1") or m.group("code2") or m.group("name"))
    if code is None:
        return None
    scale = (m.group("pre") or m.group("scale") or m.group("scale2")).lower()
    return code, _SCALES[scale.rstrip("s")]


# a filing's page break: its number alone on a line ("-2-", "Page 3", "3 of 12"), with the running head
# that may follow ("Table of Contents"), between blank lines
_PAGE_BREAK = re.compile(
    r"\n[ \t]*\n[ \t]*(?:-[ \t]?\d{1,3}[ \t]?-|Page[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?"
    r"|\d{1,3}[ \t]+of[ \t]+\d{1,3})"
    r"[ \t]*\n(?:[ \t]*Table[ \t]+of[ \t]+Contents[ \t]*\n)?[ \t]*(?:\n[ \t]*)?",
    re.IGNORECASE,
)


def _mend_page_breaks(body: str) -> str:
    """A body without its page breaks: a sentence a break cut in two ("the costs of the global" ... "Phase 3
    program of BRN-150") runs on; elsewhere the paragraphs stay apart."""
    if "\n" not in body or _PAGE_BREAK.search(body) is None:
        return body
    return _PAGE_BREAK.sub(
        lambda m: " " if m.start() > 0 and body[m.start() - 1] not in '.!?:;"”)' else "\n\n", body
    )


# a current report's item heading: "Item 8.01 Other Events.", "Item 1.01 Entry into a Material Definitive
# Agreement" (a periodic report's items are numbered otherwise: "Item 2. Management's Discussion")
_ITEM_LINE = re.compile(r"^Item\s+(?P<number>\d{1,2}\.\d{2})\b")


# the heading of a filing's note on what happened after the period closed: "Note 12 -- Subsequent Events"
# (or as IFRS reports and results releases head it: "Events after the balance sheet date", "Post-period
# highlights")
SUBSEQUENT_EVENTS = re.compile(
    r"^(?:(?:note\s+)?(?:\d{1,2}|[A-Z])(?:[.:)]|\s*[-–—]{1,2})?\s+)?(?:subsequent\s+events?"
    r"|events\s+after\s+the\s+(?:balance\s+sheet|reporting)\s+(?:date|period)"
    r"|(?:post[-\s]period|post[-\s]balance[-\s]sheet)\s+(?:highlights|events))\.?$",
    re.IGNORECASE,
)


# the title a filing feed gives a filing: the form, the filer and its CIK ("8-K - Acme Corp (0000123456)
# (Filer)"); the feed reader takes the issuer from it, the classifier knows such a title says nothing more
FILING_FEED_TITLE = re.compile(
    r"^(?P<form>.{1,40}?)\s+-\s+(?P<name>.+?)\s+\(\d{1,10}\)\s*(?:\([^()]{0,40}\))?\s*$"
)
_FILING_TITLE = re.compile(r"\b(?:8-K|10-Q|10-K|6-K|20-F|424B\d?|S-1|F-1)\b")
_FILING_BODY = re.compile(r"\bFORM\s+(?:8-K|10-Q|10-K|6-K|20-F)\b|\bItem\s+\d\.\d\d\b")
# an exchange's disclaimer that opens a Hong Kong announcement: boilerplate, never the lead
_DISCLAIMER = re.compile(
    r"take\s+no\s+responsibility\s+for\s+the\s+contents\s+of\s+this\s+announcement", re.I
)
_FILING_LINE = re.compile(
    r"^(?:UNITED\s+STATES|SECURITIES\s+AND\s+EXCHANGE\s+COMMISSION|Washington,\s+D\.C\.|FORM\s+\S+$|CURRENT\s+REPORT"
    r"|QUARTERLY\s+REPORT|ANNUAL\s+REPORT|REPORT\s+OF\s+FOREIGN|Pursuant\s+to\s+(?:Sections?|Rules?|Regulation)\s"
    r"|Date\s+of\s+Report|\(Exact\s+name"
    r"|Commission\s+file|For\s+the\s+(?:month|quarterly|fiscal)|Registration\s+No|Filed\s+pursuant|Exhibit\s+\d"
    r"|\(d\)\s+Exhibits|By:\s*/s/|Date:|This\s+report\s+has\s+been\s+signed|Pursuant\s+to\s+the\s+requirements)",
    re.IGNORECASE,
)
_ABOUT = re.compile(r"^about\s+(?P<subject>\S.{0,120})$", re.IGNORECASE)
_ABOUT_DEAL = re.compile(r"\b(?:agreement|transaction|deal|terms|licen[cs]e|acquisition)\b", re.IGNORECASE)
_FLS = re.compile(
    r"^(?:forward[-\s]+looking|cautionary|safe\s+harbou?r|disclaimer|important\s+(?:notice|information)"
    r"|risk\s+factors|this\s+(?:press\s+release|announcement|news\s+release|communication|letter|release)\s+"
    r"(?:contains|may\s+contain|includes|has\s+been))",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"^(?:(?:\w+\s+){0,3}contacts?\b|(?:media|investors?|press|ir)(?:\s+(?:and|&)\s+\w+)?(?:\s+\w+)?\s*:"
    r"|for\s+(?:further|more)\s+information|enquiries|inquiries|source\s*:|investor\s+relations\s*:"
    r"|more\s+information\s+about|https?://)",
    re.IGNORECASE,
)
_END = re.compile(r"^(?:-+\s*ends\s*-+|signatures?|#{3}|\*{3}|-ends-)\s*$", re.IGNORECASE)
_BOILER = re.compile(
    r"^(?:this\s+announcement\s+(?:has\s+been\s+authori[sz]ed|contains\s+inside)|authori[sz]ed\s+(?:for\s+release\s+)?by"
    r"|this\s+information\s+is\s+information|ad\s+hoc\s+announcement|company\s+announcement$|regulated\s+information"
    r"|the\s+annual\s+report\s+and\s+accounts|the\s+full\s+financial\s+statements)",
    re.IGNORECASE,
)
_BACKGROUND = re.compile(r"^background\b", re.IGNORECASE)
_ITEM = re.compile(r"^(?:Item\s+\d+\.\d+|Note\s+[A-Z0-9]+\b)", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-•*–]\s+|\|)")
_WORD = re.compile(r"[A-Za-z]{2,}")


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_CELL_BAR = re.compile(r"\s*\|\s*")
_CELL_ROW = re.compile(r"\S[ \t]*\|[ \t]*\S")


# an "About" heading that ends with a legal suffix's full stop: "About Ionis Pharmaceuticals, Inc."
_ABOUT_SUFFIX_STOP = re.compile(
    r"^about\s.*\b(?:inc|ltd|co|corp|plc|llc|l\.?p|s\.?a|n\.?v|a\.?g|b\.?v|s\.p\.a|k\.?k|pty|gmbh|s\.?e)\.$",
    re.IGNORECASE,
)


def _is_header(line: str) -> bool:
    """A short line without a closing full stop: a section heading."""
    stripped = line.strip()
    if not stripped or len(stripped) > 140:
        return False
    words = stripped.split()
    if len(words) > 12:
        return False
    # "About Alteogen Inc.": the full stop of a firm's legal suffix closes no sentence
    return not stripped.endswith((".", "!", "?", ";", ",")) or _ABOUT_SUFFIX_STOP.search(stripped) is not None


def _paragraphs(body: str) -> list[list[str]]:
    """Body paragraphs (separated by blank lines), each a list of its non-empty lines."""
    out: list[list[str]] = []
    for block in _BLANK_LINE.split(body):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if lines:
            out.append(lines)
    return out


# a table's heading that gives the unit of its figures: "Financial terms (USD million)", "(in EUR millions)",
# "(Unit: millions of yen)", or only their scale, the rows writing their currency ("(in thousands)" over
# "Option exercise fee ... $ 35,000")
_TABLE_UNIT = re.compile(
    r"\((?:in\s+|unit:\s*)?(?:amounts\s+in\s+)?(?P<cur>USD|US\$|EUR|GBP|CHF|JPY|DKK|SEK|NOK|CNY|RMB|KRW|AUD|CAD|HKD)\s*"
    r"(?P<scale>millions?|m|mn|billions?|bn)?\)"
    r"|\((?:in\s+|unit:\s*)(?P<named_scale>millions?|billions?)\s+(?:of\s+)?(?P<name>yen|euros?|won|renminbi|yuan"
    r"|swiss\s+francs|pounds|u\.s\.\s+dollars|us\s+dollars)\)"
    r"|\((?:in\s+|amounts\s+in\s+)(?P<bare_scale>thousands|millions)\)",
    re.IGNORECASE,
)


def _table_unit(unit: re.Match[str]) -> tuple[str, str]:
    """The currency a table's heading gives ("" when only its rows do), and its scale as written ("" when it
    gives none)."""
    if unit.group("bare_scale"):
        return "", unit.group("bare_scale")
    if unit.group("name"):
        return currency_named(unit.group("name")) or "USD", unit.group("named_scale")
    return currency_named(unit.group("cur")) or "USD", unit.group("scale") or ""


# a row of such a table: its label, dot leaders, a wide gap or a column rule, and one figure, with its scale
# when the heading gives only the currency ("Upfront payment | 20 m" under "Key financial terms (CHF)")
_TABLE_ROW = re.compile(
    # (a sum's own currency sign may stand for the gap, once spaces are squashed: "... of notice $ 35,000")
    r"(?P<label>[A-Za-z][^|]{2,100}?)\s*(?:\.{3,}|…+|\s{3,}|:|\||(?=(?:US\$|\$|€|£|¥)\s?\d))\s*"
    # ("Near-term development milestones | up to 25.0": how the sum is meant, before it)
    r"(?:(?P<pre>up\s+to|approximately|approx\.|about)\s+)?(?P<sym>US\$|\$|€|£|¥)?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<scale>millions?|m|mn|billions?|bn)?\s*",
    re.IGNORECASE,
)
_LONGEST_ROW = 200
_OPEN_ENDED = re.compile(r"(?:up\s+to|of|approximately|approx\.|about)$", re.IGNORECASE)
_LABEL_NOTE = re.compile(r"\s*\((up\s+to|approximately|about)\)$", re.IGNORECASE)


def _thousands(figure: str) -> str:
    """A figure given in thousands, written whole with its thousands separators ("35,000" -> "35,000,000")."""
    whole = Decimal(figure.replace(",", "")) * 1000
    return f"{whole.normalize():,f}" if whole != whole.to_integral_value() else f"{int(whole):,}"


def _table_rows(lines: list[str], unit: re.Match[str]) -> list[str] | None:
    """The rows of a table whose heading gives the unit, each written as a sentence with its sum
    ("Upfront cash payment at closing: USD 1,400 million."); None when a line is no such row."""
    currency, heading_scale = _table_unit(unit)
    rows: list[str] = []
    read = 0
    for line in lines:
        # a row is short: a longer line is prose, and bounded lines keep the match linear
        m = _TABLE_ROW.fullmatch(line) if len(line) <= _LONGEST_ROW else None
        if m is None and len(line) <= _LONGEST_ROW and _CELL_ROW.search(line):
            # a row without a sum ("Royalties | tiered, high single digits"): kept as it is written
            rows.append(_CELL_BAR.sub(" | ", line.strip(" -•*–|")))
            continue
        written = (m.group("scale") or heading_scale) if m is not None else ""
        if m is None or not written or not (currency or m.group("sym")):
            # no row of the table, or a figure whose scale or currency neither it nor the heading gives
            return None
        # "Development, regulatory & sales milestones (up to)": the bracket says how the sum is meant
        label = _LABEL_NOTE.sub(r" \1", m.group("label").rstrip(" .:,")).rstrip(" .:,")
        if m.group("pre"):
            label = f"{label} {m.group('pre')}"
        joint = " " if _OPEN_ENDED.search(label) else ": "
        money = f"{currency} " if currency else m.group("sym")
        if written.lower().startswith("thousand"):
            # a figure in thousands written whole ("$ 35,000" under "(in thousands)": $35,000,000)
            rows.append(f"{label}{joint}{money}{_thousands(m.group('num'))}.")
        else:
            scale = "billion" if written.lower().startswith("b") else "million"
            rows.append(f"{label}{joint}{money}{m.group('num')} {scale}.")
        read += 1
    return rows if read else None


# a table whose columns each give a currency: "Payment | EUR | USD" over "Upfront payment | 40 million | 43
# million"; a column's heading may give the scale too ("EUR m")
_CURRENCY_COLUMN = re.compile(
    r"\s*(?P<cur>USD|US\$|EUR|GBP|CHF|JPY|DKK|SEK|NOK|CNY|RMB|KRW|AUD|CAD|HKD)"
    r"(?:\s*\(?(?P<scale>millions?|m|mn|billions?|bn)\)?)?\s*",
    re.IGNORECASE,
)
_FIGURE_CELL = re.compile(
    r"\s*(?:(?P<pre>up\s+to|approximately|approx\.|about)\s+)?(?P<num>\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<scale>millions?|m|mn|billions?|bn)?\s*",
    re.IGNORECASE,
)


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _currency_column_rows(lines: list[str]) -> list[str] | None:
    """The rows of a table whose columns each give a currency, each written as a sentence with its sums, the
    first column's sum first and the others as its conversions ("Upfront payment: EUR 40 million (USD 43
    million)."); None when the lines are no such table."""
    if len(lines) < 2 or len(lines[0]) > _LONGEST_ROW:
        return None
    head = _cells(lines[0])
    columns = [_CURRENCY_COLUMN.fullmatch(cell) for cell in head[1:]]
    if len(head) < 3 or any(c is None for c in columns):
        return None
    units = [
        (currency_named(c.group("cur")) or "USD", c.group("scale") or "") for c in columns if c is not None
    ]
    rows: list[str] = []
    read = 0
    for line in lines[1:]:
        cells = _cells(line) if len(line) <= _LONGEST_ROW else []
        if len(cells) != len(head):
            return None
        sums: list[str] = []
        for (currency, heading_scale), cell in zip(units, cells[1:], strict=True):
            m = _FIGURE_CELL.fullmatch(cell)
            written = (m.group("scale") or heading_scale) if m is not None else ""
            if m is None or not written:
                continue  # "tiered royalties", "n/a": no sum in this column
            scale = "billion" if written.lower().startswith("b") else "million"
            pre = f"{m.group('pre')} " if m.group("pre") else ""
            sums.append(f"{pre}{currency} {m.group('num')} {scale}")
        label = cells[0].rstrip(" .:,")
        if not sums:
            rows.append(" | ".join(cells))
            continue
        converted = f" ({', '.join(sums[1:])})" if len(sums) > 1 else ""
        rows.append(f"{label}: {sums[0]}{converted}.")
        read += 1
    return rows if read else None


# a row whose label runs to its figure along dot leaders: "First patient dosed ........ $5.0 million"
_LEADER_ROW = re.compile(r"(?P<label>[A-Za-z].{2,150}?)\s*(?:\.{4,}|…{2,})\s*(?P<rest>\S.{0,80})")


def _leader_row(line: str) -> re.Match[str] | None:
    """The row a line is when its label runs to its figure along dot leaders (see `_LEADER_ROW`), or None."""
    # (a line without a run of leaders is none, and is not searched: most lines are prose)
    if len(line) > _LONGEST_ROW + 50 or ("...." not in line and "……" not in line):
        return None
    return _LEADER_ROW.fullmatch(line)


def _units(lines: list[str]) -> list[tuple[str, bool]]:
    """Text units of a paragraph, each with whether it is a bullet or a table's row: those lines stand
    alone, other lines join into prose."""
    units: list[tuple[str, bool]] = []
    prose: list[str] = []
    for line in lines:
        leader = _leader_row(line)
        if leader is not None:
            # a row with dot leaders stands alone, read as its label and what follows it
            if prose:
                units.append(("\n".join(prose), False))
                prose = []
            units.append((f"{leader.group('label').rstrip(' :')}: {leader.group('rest')}", True))
        elif _BULLET.match(line) or (len(line) <= _LONGEST_ROW and _CELL_ROW.search(line)):
            # a table's row ("Development milestones | up to $95.0 million") stands alone, as a bullet does
            if prose:
                units.append(("\n".join(prose), False))
                prose = []
            units.append((_CELL_BAR.sub(" | ", line.strip(" -•*–|")), True))
        else:
            prose.append(line)
    if prose:
        units.append(("\n".join(prose), False))
    return units


def _section_of(first: str) -> tuple[Region, bool] | None:
    """The section a paragraph opens, from its first line, and whether it lasts; None when it opens none."""
    if _END.match(first) or _FLS.match(first) or _CONTACT.match(first):
        return Region.BOILERPLATE, True
    about = _ABOUT.match(first)
    if about is not None and _is_header(first):
        return (Region.BODY, True) if _ABOUT_DEAL.search(about.group("subject")) else (Region.ABOUT, True)
    if _BOILER.match(first):
        return Region.BOILERPLATE, False
    if _BACKGROUND.match(first) and _is_header(first):
        return Region.BACKGROUND, True
    if _ITEM.match(first):
        return Region.BODY, True
    return None


def _about_subject(first: str) -> str | None:
    """The subject of an "About X" heading."""
    m = _ABOUT.match(first)
    return m.group("subject").strip() if m is not None and _is_header(first) else None


def read_document(*, title: str, summary: str, body: str, published: date | None) -> Document:
    """Return the release as tagged sentences (pure; never raises on text)."""
    title = normalise(title[:2000])
    summary = normalise(summary[:20_000])
    body = _mend_page_breaks(normalise(body[:MAX_CHARS]))
    head = body[:5000]
    filing = bool(
        _FILING_TITLE.search(title) or (("FORM" in head or "Item" in head) and _FILING_BODY.search(head))
    )
    sentences: list[Sentence] = []

    def add(text: str, region: Region, paragraph: int = -1, item: int = -1) -> None:
        for s in split_sentences(text):
            if _WORD.search(s):
                # no real sentence is longer: a longer one is junk, and bounded text keeps matching linear
                sentences.append(
                    Sentence(
                        text=s[:MAX_SENTENCE],
                        region=region,
                        index=len(sentences),
                        paragraph=paragraph,
                        item=item,
                    )
                )

    add(title, Region.TITLE)
    add(summary, Region.SUMMARY)
    section = Region.BODY
    lead = ""
    about: list[str] = []
    openings: list[str] = []
    awaiting = False  # an "About" heading stood alone: its section opens with the next paragraph
    notes_heading = -1
    headings: list[tuple[int, str]] = []
    above = ""  # the paragraph before, when it was one line that reads as a heading
    filing_items: list[tuple[int, str]] = []
    item = ""  # the current report's item the paragraphs stand under, if any
    for paragraph, lines in enumerate(_paragraphs(body)):
        lines = [ln for ln in lines if not _FILING_LINE.match(ln)]
        if not lines:
            continue
        if filing:
            numbered = _ITEM_LINE.match(lines[0])
            if numbered is not None:
                item = numbered.group("number")
            if item:
                filing_items.append((paragraph, item))
        if awaiting:
            openings[-1], awaiting = lines[0], False
        # a heading over the paragraph's text, not the first line of hard-wrapped prose that runs on into the
        # next as `split_sentences` reads lines ("AstraZeneca will pay US$100 million (about RMB 725 million)"
        # over "upfront and up to ..."); a heading may be long, so its length alone says nothing
        headed = (
            len(lines) > 1
            and _is_header(lines[0])
            and not continues(lines[0], lines[1], width=len(lines[0]) + 1)
            # (a table's first row is no heading: "First patient dosed in Phase 2 ...... $5.0 million")
            and _leader_row(lines[0]) is None
        )
        if headed or above:
            headings.append((paragraph, lines[0] if headed else above))
        above = lines[0] if len(lines) == 1 and _is_header(lines[0]) else ""
        table = _TABLE_UNIT.search(lines[0]) if headed else None
        # "Note 12 -- Subsequent Events" above its note's text: the heading is no sentence, so note where
        if headed and notes_heading < 0 and SUBSEQUENT_EVENTS.match(lines[0]):
            notes_heading = len(sentences) - 1
        opened = _section_of(lines[0])
        region = section
        if opened is not None:
            new, lasting = opened
            # news never resumes after "About", forward-looking or contact sections, except in filing items
            if section in {Region.BODY, Region.BACKGROUND} or new is not Region.BODY:
                region = new
                if lasting:
                    section = new
            subject = _about_subject(lines[0])
            if subject is not None:
                about.append(subject)
                openings.append(lines[1] if len(lines) > 1 else "")
                awaiting = len(lines) == 1
            if headed:
                lines = lines[1:]
        elif headed:
            if section is Region.BACKGROUND:
                section = region = Region.BODY  # a plain heading ends a background section
            lines = lines[1:]
        rows = _table_rows(lines, table) if table is not None else None
        if rows is None and "|" in lines[0]:
            rows = _currency_column_rows(lines)
        if rows is not None:
            for row in rows:
                add(row, region, paragraph)  # each row a sentence of its own, with the heading's unit
            continue
        text = " ".join(lines)
        if (
            region is Region.BODY
            and (filing or not lead)
            and len(text.split()) >= 12
            and _DISCLAIMER.search(text) is None
        ):
            lead = lead or text
            region = Region.LEAD
        for number, (unit, alone) in enumerate(_units(lines)):
            add(unit, region, paragraph, number if alone else -1)
    return Document(
        title=title,
        summary=summary,
        body=body,
        sentences=tuple(sentences),
        about_subjects=tuple(about),
        about_openings=tuple(openings),
        lead=lead,
        is_filing=filing,
        published=published,
        notes_heading=notes_heading,
        headings=tuple(headings),
        filing_items=tuple(filing_items),
        dollar=dollar_of(f"{summary}\n{body}"),
        unit=unit_of(body),
    )
