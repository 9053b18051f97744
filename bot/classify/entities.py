"""Who a release is about: the company, its counterparties in the reported events, and the tickers printed.

Organisations are recognised by what the text says about them, not by a list: a legal suffix
("Amgen Inc."), a ticker in brackets ("(NYSE: BMY)"), an alias definition ('("Citrine")'), an
industry head word ("Sinovant Sciences"), an "About X" section, or a frame such as "its partner X".
A short list of large pharmaceutical groups and their well-known units helps where a release names
them bare ("a milestone from AbbVie"), and callers may pass names they know.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from bot.classify.text import squash

__all__ = [
    "DOCUMENT",
    "STUDY_AFTER",
    "WORD_OPENS",
    "NameSpan",
    "OrgIndex",
    "find_tickers",
    "is_exchange",
    "is_excluded",
    "key",
    "listed_after",
    "names_in",
    "same_org",
    "short_name",
    "small_words",
    "written_small",
]

# --- tickers ---------------------------------------------------------------------------------------------

_EXCHANGE_NAMES = (
    "The Nasdaq Stock Market LLC|Nasdaq Stock Market LLC|The Nasdaq Stock Market|Nasdaq Stock Market"
    "|Nasdaq Global Select Market|Nasdaq Global Market|Nasdaq Capital Market|Nasdaq Copenhagen"
    "|Nasdaq Stockholm|Nasdaq Helsinki|Nasdaq Iceland|Nasdaq First North|First North|Nasdaq GS|Nasdaq GM"
    "|Nasdaq CM|NasdaqGS|NasdaqGM|NasdaqCM|Nasdaq|NYSE American|NYSE MKT|NYSE Arca|NYSE|AMEX"
    "|New York Stock Exchange"
    "|Euronext Brussels and Paris|Euronext Paris and Brussels|Euronext Amsterdam and Brussels"
    "|Euronext Brussels and Amsterdam|Euronext Amsterdam and Paris|Euronext Paris and Amsterdam"
    "|Euronext Growth Paris|Euronext Growth Brussels|Euronext Growth Oslo|Euronext Growth"
    "|Euronext Paris|Euronext Brussels|Euronext Amsterdam|Euronext Dublin|Euronext Lisbon"
    "|Euronext Oslo|Euronext Milan|Euronext Growth Milan|Euronext|Alternext|Borsa Italiana"
    "|Tokyo Stock Exchange Prime|Tokyo Stock Exchange|TSE Prime|TSE Standard|TSE Growth|TSE Mothers"
    "|Tokyo Prime|JASDAQ"
    "|LSE|LON|AIM|TSE|TYO|Tokyo|HKEX|SEHK|HK|SIX|SWX|ASX|KRX|KOSDAQ|KOSPI"
    "|TSX Venture|TSX-V|TSXV|TSX|CSE|FSE|FRA|Xetra|ETR|OTCQX|OTCQB|OTC Pink|OTC|SSE|SHSE|SZSE"
    "|OMX Copenhagen|OMX Stockholm|OMX Helsinki|OMX|CPH|STO|HEL|OSE|Oslo Bors|TASE|SGX|NSE|BSE|BOM|NZX"
    "|Oslo Stock Exchange"
    "|JSE|TWSE|TPEx|TPEX|Taipei Exchange|BME|MSE|MCE|MC|WSE|B3|Oslo|HKG|BIT"
    # Athens, Jakarta, Kuala Lumpur and Bangkok
    "|ATHEX|IDX|Bursa Malaysia|SET"
    # Prague (or Manila), Bucharest, the Baltic markets; Shanghai's and Shenzhen's growth boards
    "|PSE|BVB|Nasdaq Tallinn|Nasdaq Riga|Nasdaq Vilnius|Nasdaq Baltic|STAR Market|ChiNext"
)
_EX = r"(?:" + _EXCHANGE_NAMES.replace(" ", r"\s+") + r")"
_TICKER = re.compile(
    r"(?<![\w-])(?P<ex>" + _EX + r"(?:\s*(?:/|&|\band\b|,(?:\s*and\b)?)\s*" + _EX + r")*)\s*:\s*"
    r"(?P<sym>(?-i:[A-Z0-9][A-Z0-9.\-]{0,9}(?:\s[A-Z](?![\w'’]))?))",
    re.IGNORECASE,
)
_SPLIT_EX = re.compile(r"\s*(?:/|&|\band\b|,(?:\s*and\b)?)\s*", re.IGNORECASE)
_EURONEXT_CITIES = frozenset({"paris", "brussels", "amsterdam"})
# canonical exchange for a printed name (upper case, spaces removed); names not listed stay as printed
EXCHANGE_ALIASES = {
    "NASDAQGS": "NASDAQ",
    "NASDAQGM": "NASDAQ",
    "NASDAQCM": "NASDAQ",
    "NASDAQGLOBALSELECTMARKET": "NASDAQ",
    "NASDAQGLOBALMARKET": "NASDAQ",
    "NASDAQCAPITALMARKET": "NASDAQ",
    "NASDAQSTOCKMARKET": "NASDAQ",
    "THENASDAQSTOCKMARKET": "NASDAQ",
    "NASDAQSTOCKMARKETLLC": "NASDAQ",
    "THENASDAQSTOCKMARKETLLC": "NASDAQ",
    "NYSEMKT": "NYSEAMERICAN",
    "NEWYORKSTOCKEXCHANGE": "NYSE",
    "AMEX": "NYSEAMERICAN",
    "EURONEXTPARIS": "EURONEXT",
    "EURONEXTBRUSSELS": "EURONEXT",
    "EURONEXTAMSTERDAM": "EURONEXT",
    "EURONEXTGROWTH": "EURONEXT",
    "EURONEXTGROWTHPARIS": "EURONEXT",
    "TYO": "TSE",
    "TOKYO": "TSE",
    "TOKYOSTOCKEXCHANGE": "TSE",
    "TOKYOSTOCKEXCHANGEPRIME": "TSE",
    "TOKYOPRIME": "TSE",
    "TSEPRIME": "TSE",  # the Tokyo market's segments: "TSE Prime: 4598"
    "TSESTANDARD": "TSE",
    "TSEGROWTH": "TSE",
    "HK": "HKEX",
    "SEHK": "HKEX",
    "LON": "LSE",
    "AIM": "LSE",
    "SWX": "SIX",
    "NASDAQCOPENHAGEN": "CPH",
    "OMXCOPENHAGEN": "CPH",
    "NASDAQSTOCKHOLM": "STO",
    "OMXSTOCKHOLM": "STO",
    "FSE": "FRA",
    "XETRA": "FRA",
    "TSXV": "TSX-V",
    "TSXVENTURE": "TSX-V",
    "SHSE": "SSE",
    "KOSPI": "KRX",
    "OSLOBORS": "OSE",
    "OSLOSTOCKEXCHANGE": "OSE",  # written out, the Oslo exchange goes by its code; a bare "Oslo:" stays
    "STARMARKET": "SSE",  # the Shanghai exchange's science and technology board
    "CHINEXT": "SZSE",  # the Shenzhen exchange's growth board
    "TAIPEIEXCHANGE": "TPEX",
}


_SPACE_RUN = re.compile(r"\s+")
_AND_TAIL = re.compile(r"\s+(?:and|&)$")
_CAPITALS = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])")
_WORD_BREAK = re.compile(r"[\s/]+")


def _ticker(exchange: str, symbol: str) -> str | None:
    """One exchange-qualified ticker, normalised: "NASDAQ:IMGN", "HKEX:1801"."""
    ex = _SPACE_RUN.sub("", exchange).upper()
    ex = EXCHANGE_ALIASES.get(ex, ex)
    sym = symbol.strip().rstrip(".-").upper()
    if not sym:
        return None
    if sym.isdigit():
        sym = sym.lstrip("0") or "0"
    elif ex in {"HKEX", "TSE", "KRX", "KOSDAQ", "SZSE", "SSE", "TWSE", "TPEX"} and not any(
        ch.isdigit() for ch in sym
    ):
        return None  # these markets list numbers: letters after "HK:" or "Tokyo:" are not a ticker
    return f"{ex}:{sym}"


# "(SIX: RO, ROG; OTCQX: RHHBY)": more symbols of the same exchange, each closed by a comma, ";" or bracket
# "(Nasdaq Copenhagen: HLUN A, HLUN B)": a symbol may carry a share-class letter after a space
_MORE_SYMBOLS = re.compile(r"(?:\s*,\s*(?-i:[A-Z0-9][A-Z0-9.\-]{0,9}(?:\s[A-Z])?)(?=\s*[,;)\]]))+")
_SYMBOL = re.compile(r"[A-Z0-9][A-Z0-9.\-]{0,9}(?:\s[A-Z](?![A-Za-z0-9]))?")
_EXCHANGE_WORD = re.compile(_EX, re.IGNORECASE)


# the last word of every exchange name, lower case: a colon stands after a ticker's exchange only after one
_EXCHANGE_ENDS = frozenset(name.rsplit(" ", 1)[-1].lower() for name in _EXCHANGE_NAMES.split("|"))
_LONGEST_END = max(map(len, _EXCHANGE_ENDS))


def _word_char(ch: str) -> bool:
    """What "[\\w-]" matches: a ticker's exchange name stands after none of these."""
    return ch.isalnum() or ch in "_-"


def is_exchange(name: str) -> bool:
    """True when a name is a stock exchange's, alone ("AIM", "Kosdaq", "Nasdaq Stockholm")."""
    return _EXCHANGE_WORD.fullmatch(name.strip()) is not None


def _after_exchange(text: str, colon: int) -> bool:
    """Whether the word before a colon (spaces skipped) may end an exchange name, so a ticker may follow."""
    end = colon
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and end - start <= _LONGEST_END and _word_char(text[start - 1]):
        start -= 1
    word = text[start:end]
    # case-insensitive matching folds a few non-ASCII letters onto ASCII ones ("K" for K): let the regex judge
    return not word.isascii() or word.lower() in _EXCHANGE_ENDS


def _ticker_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_TICKER.finditer(text)`, the regex run only in the stretch before each colon that
    follows an exchange name: a match holds no colon before its own, so it starts after the colon before."""
    pos, previous, size = 0, -1, len(text)
    colon = text.find(":")
    while colon != -1:
        start = max(pos, previous + 1)
        if start < colon and _after_exchange(text, colon):
            after = colon + 1
            while after < size and text[after].isspace():
                after += 1
            # the symbol after the colon is at most 12 characters and looks one further
            m = _TICKER.search(text, start, min(size, after + 13))
            if m is not None and m.start() < colon:
                yield m
                pos = m.end()
        previous = colon
        colon = text.find(":", colon + 1)


# an SEC filing's cover: "Common Stock, par value $0.0001 per share, trading symbol HRGB, The Nasdaq Stock
# Market LLC" or the cover table "Common Stock | HRGB | The Nasdaq Stock Market LLC", or its lines "Trading
# Symbol(s): ARWR" and "Name of each exchange on which registered: The Nasdaq Stock Market LLC"
_COVER_TICKER = re.compile(
    r"\btrading\s+symbol(?:\(s\))?\s*[:|]?\s*(?P<sym>(?-i:[A-Z][A-Z0-9.]{0,5}))"
    r"\s*(?:[,|;]|-{1,2}|[–—]|\n\s*name\s+of\s+each\s+exchange\s+on\s+which\s+registered\s*:)\s*(?:the\s+)?"
    r"(?P<ex>" + _EX + r")\b",
    re.IGNORECASE,
)


_CELL = r"(?:\s*\|\s*|\s-{1,2}\s+|\s[–—]\s+|\s/\s+|[ \t]{2,})"
# the cover table of a filing: "Common Stock, par value $0.001 per share | SEPN | The Nasdaq Stock Market
# LLC", "Common Shares, no par value | MIST | The Nasdaq Global Select Market"
_COVER_TABLE_TICKER = re.compile(
    r"\b(?:Common\s+(?:Stock|Shares)|Ordinary\s+Shares|American\s+Depositary\s+Shares"
    r"|Class\s+[A-C]\s+(?:Common\s+Stock|Common\s+Shares|Ordinary\s+Shares))"
    # (its cells parted by bars, dashes, slashes or the wide gaps of columns: "Common Stock, par value $0.001
    # per share -- SLDB -- The Nasdaq Global Select Market", "Common Stock, $0.001 par   QLTX   The Nasdaq")
    r"[^|\n]{0,80}?"
    + _CELL
    + r"(?P<sym>(?-i:[A-Z][A-Z0-9.]{0,5}))"
    + _CELL
    + r"(?:the\s+)?(?P<ex>"
    + _EX
    + r")\b",
    re.IGNORECASE,
)
# the same table with its columns run together into one line: "Common stock, $0.0001 par value per share PLGN
# The Nasdaq Global Select Market": the symbol stands between the shares' par value and the exchange
_COVER_ROW_TICKER = re.compile(
    r"\b(?:Common\s+(?:Stock|Shares)|Ordinary\s+Shares|American\s+Depositary\s+Shares)[^\n|]{0,60}?"
    r"\bpar(?:\s+value)?(?:\s+(?:of\s+)?(?:US)?\$\s?\d[\d.,]*)?(?:\s+per\s+(?:share|ADS))?,?\s+"
    r"(?P<sym>(?-i:[A-Z][A-Z0-9.]{0,5}))\s+(?:the\s+)?(?P<ex>" + _EX + r")\b",
    re.IGNORECASE,
)
# a listing told in words: "Lumavel, which is listed on Nasdaq under the symbol LUMV", "trades on the Nasdaq
# Global Market under the ticker "KRTV"", "will trade under the symbol "ABCD" on the NYSE"
_LISTED_TICKER = re.compile(
    r"\b(?:listed|lists?|listing|trades?|traded|trading|quoted)\s+(?:[^\s.;]+\s+){0,6}?on\s+(?:the\s+)?"
    r"(?P<ex>" + _EX + r")\s+(?:[^\s.;]+\s+){0,6}?under\s+the\s+(?:ticker\s+|trading\s+|stock\s+)?"
    r"(?:symbol|ticker|code)\s*[:\"“']?\s*(?P<sym>(?-i:[A-Z][A-Z0-9]{0,5}))(?![\w-])"
    r"|\b(?:trades?|traded|trading|listed|quoted)\s+under\s+the\s+(?:ticker\s+|trading\s+|stock\s+)?"
    r"(?:symbol|ticker|code)\s*[:\"“']?\s*(?P<sym2>(?-i:[A-Z][A-Z0-9]{0,5}))(?![\w-])[\"”']?"
    r"\s+on\s+(?:the\s+)?"
    r"(?P<ex2>" + _EX + r")\b"
    # "The Seattle biotech, which trades on Nasdaq as SNTH"
    r"|\b(?:trades?|traded|trading|listed|quoted)\s+on\s+(?:the\s+)?(?P<ex3>" + _EX + r")\s+as\s+"
    r"(?P<sym3>(?-i:[A-Z]{2,5}))(?![\w-])",
    re.IGNORECASE,
)
# a Hong Kong announcement's "(Stock Code: 3692)": four or five digits there are an HKEX code
_STOCK_CODE = re.compile(r"\(\s*Stock\s+Code\s*[:：]\s*(?P<sym>\d{4,5})\s*\)", re.IGNORECASE)
# a Tokyo notice's header: "(Code: 4582, Tokyo Stock Exchange JASDAQ Market)", "(Code: 297A, TSE Growth
# Market)", "(TSE Growth Code: 4592)", "(Securities Code: 4568, TSE Prime)"
_TOKYO_CODE = re.compile(
    r"\(\s*(?:(?:Securities|Stock)\s+)?[Cc]ode(?:\s+No\.?|\s+[Nn]umber)?\s*[:：]\s*(?P<sym>\d{3}[0-9A-Z])\s*[,;]\s*"
    r"(?:Tokyo\s+Stock\s+Exchange|TSE)\b"
    r"|\(\s*(?:Tokyo\s+Stock\s+Exchange|TSE)(?:\s+[A-Z][\w-]*){0,3}\s+(?:Securities\s+)?Code(?:\s+No\.?)?\s*[:：]\s*"
    r"(?P<sym2>\d{3}[0-9A-Z])\s*\)"
)
# a Shanghai or Shenzhen notice's header names the exchange in the label: "Stock code (SSE): 688487"
_LABELLED_CODE = re.compile(
    r"\b(?i:Stock|Securities)\s+(?i:code)\s*[(（]\s*(?P<ex>SSE|SZSE|HKEX|SEHK|TSE|KRX|KOSDAQ)\s*[)）]\s*[:：]\s*"
    r"(?P<sym>\d{4,6})\b"
)
# a numeric code after an Asian exchange without a colon, in brackets: '("Nxera"; TSE 4565)'
_BRACKETED_CODE = re.compile(
    r"[(;,]\s*(?P<ex>TSE|HKEX|SEHK|KRX|KOSDAQ|KOSPI|SSE|SZSE|TWSE|TPEx)\s+(?P<sym>\d{4,6})\s*[);,]"
)

# a code with its market's suffix, as Hong Kong, Shanghai and Shenzhen releases print it: "3SBio, Inc.
# (01530.HK)", "(Stock Symbol: 600196.SH, 02196.HK)"; only in brackets or after a symbol's label
_SUFFIXED_CODE = re.compile(
    # (the label in small letters too: "stock code: 0575.HK")
    r"(?:[(;,]|\b(?i:Stock\s+(?:Symbol|Code)|Ticker)s?:)\s*(?P<sym>\d{4,6})\.(?P<ex>HK|SH|SS|SZ)(?=\s*[);,])"
)
_SUFFIX_EXCHANGE = {"HK": "HKEX", "SH": "SSE", "SS": "SSE", "SZ": "SZSE"}


def find_tickers(texts: Iterable[str]) -> tuple[str, ...]:
    """Return the exchange-qualified tickers printed in the texts, in first-seen order, without repeats."""
    seen: dict[str, None] = {}
    for text in texts:
        if "symbol" in text or "Symbol" in text:
            for m in _COVER_TICKER.finditer(text):
                t = _ticker(m.group("ex"), m.group("sym"))
                if t is not None:
                    seen.setdefault(t, None)
        if "|" in text or " -- " in text or " – " in text or " — " in text or " / " in text or "   " in text:
            for m in _COVER_TABLE_TICKER.finditer(text):
                t = _ticker(m.group("ex"), m.group("sym"))
                if t is not None:
                    seen.setdefault(t, None)
        if " par" in text:
            for m in _COVER_ROW_TICKER.finditer(text):
                t = _ticker(m.group("ex"), m.group("sym"))
                if t is not None:
                    seen.setdefault(t, None)
        if "under the" in text or (
            " as " in text and ("trade" in text or "listed" in text or "quoted" in text)
        ):
            for m in _LISTED_TICKER.finditer(text):
                t = (
                    _ticker(m.group("ex"), m.group("sym"))
                    if m.group("ex")
                    else _ticker(m.group("ex2"), m.group("sym2"))
                    if m.group("ex2")
                    else _ticker(m.group("ex3"), m.group("sym3"))
                )
                if t is not None:
                    seen.setdefault(t, None)
        if "Code" in text or "code" in text:
            for m in _STOCK_CODE.finditer(text):
                t = _ticker("HKEX", m.group("sym"))
                if t is not None:
                    seen.setdefault(t, None)
            for m in _TOKYO_CODE.finditer(text):
                t = _ticker("TSE", m.group("sym") or m.group("sym2"))
                if t is not None:
                    seen.setdefault(t, None)
            for m in _LABELLED_CODE.finditer(text):
                t = _ticker(m.group("ex"), m.group("sym"))
                if t is not None:
                    seen.setdefault(t, None)
        for m in _BRACKETED_CODE.finditer(text):
            t = _ticker(m.group("ex"), m.group("sym"))
            if t is not None:
                seen.setdefault(t, None)
        if ".H" in text or ".S" in text:
            for m in _SUFFIXED_CODE.finditer(text):
                t = _ticker(_SUFFIX_EXCHANGE[m.group("ex")], m.group("sym"))
                if t is not None:
                    seen.setdefault(t, None)
        for m in _ticker_matches(text):
            symbols = [m.group("sym")]
            more = _MORE_SYMBOLS.match(text, m.end())
            if more is not None:
                symbols.extend(
                    sym
                    for sym in _SYMBOL.findall(more.group(0))
                    if not _EXCHANGE_WORD.fullmatch(sym) and key(sym) not in _REGULATORS
                )
            for ex in _SPLIT_EX.split(m.group("ex")):
                if ex.lower() in _EURONEXT_CITIES:
                    continue  # "Euronext Brussels and Paris": one market, named once
                for sym in symbols:
                    t = _ticker(ex, sym)
                    if t is not None:
                        seen.setdefault(t, None)
    return tuple(seen)


# --- organisation names ----------------------------------------------------------------------------------

# Mexico's "S.A. de C.V." (listed: "S.A.B. de C.V."), one legal form in three words: tried before "S.A"
_MEXICAN_FORM = r"S\.A\.(?:B\.)?\s+de\s+C\.V"
# "AB-101" is a product code, not a Swedish AB: a suffix is never followed by a hyphenated code
_LEGAL = (
    r"(?:,?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|AG|"
    + _MEXICAN_FORM
    + r"|SA|S\.A|NV|N\.V|BV|B\.V|GmbH"
    r"|INC|INCORPORATED|CORP|CORPORATION|CO|COMPANY|LTD|LIMITED"
    r"|Pvt\.?\s+Ltd|Private\s+Limited|KK|K\.K|LLC|L\.L\.C|LP|SE|SpA|S\.p\.A|AB|A/S|ASA|Oyj|SRL|S\.r\.l|Pty|PTE|Pte|SAS|S\.A\.S|SARL|S\.A\.R\.L|Berhad"
    r"|Sdn\.?\s+Bhd|Bhd"
    # Spain's "S.L." and "S.L.U.", "S.A.U."; Turkey's "A.Ş.", after "Sanayi ve Ticaret" (industry and trade)
    r"|S\.L\.U|S\.L|S\.A\.U|(?:(?:Sanayi\s+)?ve\s+Ticaret\s+)?A\.Ş)\b(?!-\w)\.?)"
)
_LEGAL_TAIL = re.compile(r"(?:" + _LEGAL + r"|\s+(?:\(publ\)|Holdings?|Group))+\s*$")
_LEGAL_AFTER = re.compile(_LEGAL + r"(?:\s*,?\s*(?:Ltd|Limited|Inc)\b\.?)?")
_INDUSTRY = frozenset(
    [
        "pharmaceuticals",
        "pharmaceutical",
        "pharma",
        "therapeutics",
        "biosciences",
        "bioscience",
        "lifesciences",  # "Zydus Lifesciences", "Sahyog Lifesciences"
        "lifescience",
        "pharmaceutica",  # "Janssen Pharmaceutica"
        "biomedicines",
        "remedies",  # "Indoco Remedies"
        "biotherapeutics",
        "biologics",
        "antibodies",
        "biotech",
        "biotechnologies",
        "biotechnology",
        "bio",
        "biopharma",
        "biopharmaceuticals",
        "biopharmaceutical",
        "sciences",
        "medicines",
        "medicine",
        "medical",
        "laboratories",
        "labs",
        "health",
        "healthcare",
        "oncology",
        "genetics",
        "genomics",
        "vaccines",
        "institute",
        "university",
        "diagnostics",
        "industries",
        "biomedical",
        "biologicals",
        "immunotherapeutics",
        "neuroscience",
        "neurosciences",
        "metabolics",
        "biomed",
        "biologic",
        "biotherapy",
        "biosystems",
        "biotherapies",
        "biopharm",
        "biosolutions",
        "chemicals",
        "pharm",
        "seiyaku",
        "shinyaku",
        "farma",
        # the same words after the name in other languages: "Chiesi Farmaceutici", "Grünwald Arzneimittel"
        "farmaceutici",
        "farmaceutica",
        "farmacéutica",
        "farmacêutica",
        "pharmazeutika",
        "arzneimittel",
        "yakuhin",
        "santé",
        "sante",
        "salud",
        "newco",  # "Hercules CM NewCo": a company set up to take a licence
    ]
)
# the fields a headline names with an industry word after them ("Respiratory Vaccines", "Cancer
# Medicines"): two such words name what a deal is for, not a firm, unless a legal suffix follows
_FIELDS = frozenset(
    [
        "respiratory",
        "sirna",
        "rnai",
        "antisense",
        "covid-19",
        "covid",
        "hiv",
        "rsv",
        "cancer",
        "infectious",
        "influenza",
        "flu",
        "pediatric",
        "paediatric",
        "viral",
        "bacterial",
        "fungal",
        "animal",
        "veterinary",
        "human",
        "rare",
        "orphan",
        "mrna",
        "rna",
        "dna",
        "gene",
        "cell",
        "cellular",
        "novel",
        "new",
        "innovative",
        "combination",
        "prophylactic",
        "preventive",
        "seasonal",
        "pandemic",
        "cardiovascular",
        "metabolic",
        "neurological",
        "ophthalmic",
        "dermatology",
        "dermatological",
        "immunology",
        "inflammatory",
        "autoimmune",
        "liver",
        "kidney",
        "lung",
        "heart",
        "brain",
        "eye",
        "skin",
        "blood",
        "vaccine",
    ]
)
# words that open an organisation's name: industry words in Spanish, Portuguese, French and Italian
# usage, universities and institutes, and foundations and hospitals in other languages
# the industry words that open a firm's name, which news may leave off ("Laboratório Paineiras")
_TRADE_OPENS = ("laborat", "farmac")
_INDUSTRY_FIRST = frozenset(
    [
        "laboratorios",
        "laboratórios",
        "laboratoires",
        "laboratori",
        "laboratorio",
        "laboratório",
        "laboratoire",
        "farmacéutica",
        "farmaceutica",
        "farmacêutica",
        "farmacéuticos",
        "farmaceutici",
        "industrias",
        "productos",
        # licensors named for what they are: "University of Carrickmore", "Université de Beaupré"
        "university",
        "université",
        "universidad",
        "universität",
        "universiteit",
        "università",
        "institut",
        "instituto",
        "istituto",
        # foundations and hospitals that license their inventions: "Fondazione Telethon", "Ospedale San
        # Raffaele", "Fundación Jiménez Díaz" (an English "Foundation" or "Hospital" first opens a firm's
        # name as often, and "Foundation" names a regulator's kind)
        "fondazione",
        "fondation",
        "fundación",
        "fundacion",
        "fundação",
        "stiftung",
        "stichting",
        "ospedale",
        "hôpital",
        "hôpitaux",
        "klinikum",
        "policlinico",
    ]
)
# the openings of `_INDUSTRY_FIRST` that name a university or institute, whose names run to more words
_ACADEMIC_OPENS = ("univers", "instit", "istit")


def _gene_therapies(words: Sequence[str]) -> bool:
    """Whether words are a firm named "X Gene Therapies" ("Taysha Gene Therapies"), not a field ("CAR-T Gene
    Therapies", "AAV Gene Therapies", "Oral Gene Therapies")."""
    return (
        len(words) == 3
        and words[1] == "Gene"
        and words[2] == "Therapies"
        and words[0][:1].isupper()
        and words[0][1:].isalpha()
        and words[0][1:].islower()
        and words[0].lower() not in _FIELDS
        and words[0].lower() not in _DESCRIPTIVE_GENE
    )


# words that open a description of gene therapies, not a firm's name
_DESCRIPTIVE_GENE = frozenset(
    {"novel", "certain", "oral", "new", "next", "our", "its", "their", "ocular", "liver"}
)


def _longest_opened(first: str) -> int:
    """How many words a name opened by an industry word (`_INDUSTRY_FIRST`) may run to; 0 for other words."""
    word = first.lower()
    if word not in _INDUSTRY_FIRST:
        return 0
    return 4 if word.startswith(_ACADEMIC_OPENS) else 3


# "SK biopharmaceuticals", "GC biopharma": an acronym whose industry word is written in lower case is one name
_ACRONYM_LOWER = (
    r"(?!(?:FDA|EMA|NMPA|MHRA|PMDA|TGA|CDE|US|UK|EU|USA|IND|CTA|NDA|BLA|ADC|CAR)\b)[A-Z]{2,5}[ \t]+"
    r"(?:biopharmaceuticals?|biopharma|biopharm|bioscience|biosciences|biologics|biotech|pharmaceuticals?|pharma"
    r"|therapeutics|chemicals|biosolutions)(?![\w&.\-])"
)
# "Boston Children's Hospital", "Brigham and Women's Hospital": a possessive inside an institution's name
_TOKEN = (
    r"(?:"
    + _ACRONYM_LOWER
    + r"|(?:Children|Women)['’]s(?=[ \t]+[A-Z])"
    # (capitals of Central European and Turkish names too: "Yıldırım İlaç", "Łódź", "Škoda")
    + r"|[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ][\w&.\-]{0,40}|[a-z]{1,3}[A-Z][\w&.\-]{0,40}"
    r"|\d{1,6}[A-Z][\w\-]{0,40})"
)
_SUFFIX_WORD = (
    r"(?:Inc|Incorporated|Corp|Corporation|Co|Ltd|Limited|plc|PLC|AG|"
    + _MEXICAN_FORM
    + r"|SA|S\.A|NV|N\.V|BV|B\.V|GmbH|KK|K\.K|LLC|LP"
    r"|SE|SpA|S\.p\.A|AB|A/S|ASA|Oyj|SRL|Pty|SAS|SARL|S\.A\.R\.L|S\.à\s?r\.l|Berhad|Bhd|S\.L\.U|S\.L|S\.A\.U"
    r"|A\.Ş)\b"
)
# "Institute for Translational Medicine", "Center for Genomic Research": an institution's name runs on
# over "for" (a firm's never does: "Licenses X for Y" is a verb's object and its use)
_INSTITUTION_FOR = (
    r"(?:"
    + "|".join(
        f"(?<={word})"
        for word in ("Institute", "Center", "Centre", "Foundation", "Society", "Academy", "College", "School")
    )
    + r")[ \t]+for[ \t]+(?=[A-Z])"
)
_NAME = re.compile(
    r"(?<![\w'’&-])"
    + _TOKEN
    + r"(?:(?:[ \t]+|[ \t]*&[ \t]*|[ \t]+(?:of|de|du|la)[ \t]+(?=[A-Z])|"
    + _INSTITUTION_FOR
    + r"|[ \t]+and[ \t]+(?=Company\b))(?!"
    + _SUFFIX_WORD
    + r")"
    + _TOKEN
    + r"){0,5}(?:['’]s?(?!\w))?"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_LEADING = frozenset(
    [
        "newly",
        "formed",
        "of",  # "Termination of Saxby Pharma": no firm's name opens with "of"
        "newly-formed",
        "newco",  # "to NewCo Harrowgate Bio": what the firm is, before its name
        "the",
        "a",
        "an",
        "under",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "as",
        "after",
        "before",
        "its",
        "our",
        "their",
        "this",
        "that",
        "these",
        "those",
        "shares",
        "share",
        "chief",
        "ceo",
        "president",
        "dr",
        "professor",
        "mr",
        "ms",
        "mrs",
        "by",
        "to",
        "of",
        "and",
        "if",
        "when",
        "while",
        "separately",
        "today",
        "also",
        "both",
        "following",
        "including",
        "through",
        "via",
        "into",
        "upon",
        "about",
        "per",
        "partner",
        "partners",
        "licensee",
        "licensor",
        "its",
        "announces",
        "announced",
        "reports",
        "signs",
        "enters",
        "grants",
        "receives",
        # headline verbs in title case that run into the name after them ("FDA Clears Acme Bio's IND")
        "clears",
        "approves",
        "accepts",
        "authorizes",
        "authorises",
        "lifts",
        "places",
        "halts",
        "validates",
        "allows",
        "pays",
        "licenses",
        "selects",
        "picks",
        "taps",
        "backs",
        "joins",
        "awards",
        "names",
        "commercialize",
        "commercialise",
        "develop",
        "license",
        "licence",
        # what a firm is to another ("Oyashio Bio Korea, a subsidiary of Oyashio Biologics")
        "subsidiary",
        "affiliate",
        "division",
        "parent",
        # question words that open a headline ("Is Acme Bio about to license…?")
        "is",
        "are",
        "was",
        "did",
        "does",
        "will",
        "can",
        "could",
        "should",
        "would",
        "how",
        "why",
        "what",
    ]
)
_LEADING_DESCRIPTOR = re.compile(
    r"^(?:[\w.]+-(?:based|headquartered|listed|owned|born|focused|backed|funded|founded|financed)"
    # ("the Tokyo- and Cambridge-based group": the first half of a compound whose end comes after "and")
    r"|[\w.]+-"
    # ("Swiss-American", "Sino-Korean": nations joined; not "Kessler-Haun", a firm)
    r"|[A-Z][a-z]+-[A-Z][a-z]+an"
    # "the Anglo-Swedish group", "a Sino-Japanese venture": nations joined, not a firm
    r"|[A-Z][a-z]+-(?:Swedish|Danish|British|Irish|Finnish|Spanish|Polish|Dutch|French|Czech|Swiss|Japanese"
    r"|Chinese|Taiwanese|Portuguese|Israeli|Greek|Thai))$"
)
# capitalised words that are never organisations (places, months, titles, deal words, wires)
_NOT_ORG = frozenset(
    squash(w)
    for w in """
    United States|U.S.|US|USA|Europe|European|European Union|EU|China|Chinese|Greater China
    Horizon Europe|Horizon 2020
    Mainland China|Japan
    Japanese|Korea|Korean|South Korea|Canada|Canadian|Mexico|UK|United Kingdom|Britain|British|Asia
    Asia Pacific
    Australia|Australian|Germany|German|France|French|Switzerland|Swiss|India|Indian|Taiwan
    Hong Kong|Macau|Macao
    Regents|Trustees|Board of Trustees|Board of Regents|Governors|Board of Governors|Fellows|Curators
    Singapore|Israel|Russia|Turkey|North America|Latin America|Middle East|Africa|Nordic|Belgium|Belgian
    Western|Eastern|Northern|Southern|Western Europe|Eastern Europe
    Denmark|Danish|Sweden|Swedish|Netherlands|Dutch|Ireland|Irish|Italy|Spain|Brazil|New Zealand
    Norway|Finland|UK Medicines
    Spanish|Italian|Israeli|American|Asian|Portuguese|Austrian|Finnish|Norwegian|Polish|Brazilian|Mexican
    Singaporean|Taiwanese|Scottish|Hungarian|Czech|Russian|Turkish|Greek|Thai|Vietnamese|Malaysian
    January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday
    Wednesday|Thursday|Friday|Saturday|Sunday|Phase|Study|Trial|Agreement|Collaboration|License
    Licence|Option
    Co-Development|Co-Commercialization|Co-Commercialisation|Co-Promotion|Co-Marketing|Co-Exclusive
    Milestone|Milestones|Payment|Upfront|Royalty|Royalties|Board|CEO|Chief|President|Director
    H Shares|H Share|A Shares|A Share|B Shares|B Share|Subscription Shares|Placing Shares|Consideration Shares
    Investor Relations
    Stock Market|Nasdaq Stock Market|Supply|Supply and Marketing|Manufacturing and Supply
    Media|Contact|Contacts|Forward|Under|Financial|Terms|Total|Regulatory|Sales|Development
    Commercial|Global
    Worldwide|Exclusive|Nasdaq|NYSE|Euronext|GLOBE NEWSWIRE|PRNewswire|BUSINESS WIRE|ACCESSWIRE
    Company|Group
    Item|Form|Exhibit|Note|Notes|Inc|Ltd|IND|CTA|CTN|NDA|BLA|MAA|FDA|EMA|NMPA|MHRA|PMDA|TGA|CFDA|CDE
    HREC|FTC|SEC
    HSR|GMP|GLP|CMC|R&D|RNAi|ADC|CAR|CAR-T|TCR|mRNA|DNA|RNA|PD-1|PD-L1|Alzheimer|Parkinson|Announces|Reports
    ADCs|CARs|CAR-Ts|TCRs|TCEs|mAb|mAbs|siRNA|siRNAs|IgA|IgG|IgE|IgM|IgG1|IgG4
    Fast Track|Orphan Drug|Breakthrough Therapy|Clinical Hold|Phase I|Phase II|Phase III|Phase 1
    Phase 2|Phase 3
    New Drug|Investigational New Drug|Safe Harbor|Private Securities Litigation Reform Act|About
    Disclaimer
    Founder|Chairman|Chairwoman|Managing Director|Executive|Officer|Ph.D|M.D|Jr|Inc.|Co.|Ltd.|The Company
    Securities|Exchange Act|Stock Exchange|Main Board|Annual Report|Conference|Tokyo Stock Exchange
    Ukraine
    People|People's Republic|People's Republic of China|Republic of Korea|Republic of China
    Republic of Ireland|Republic of Singapore|Cayman Islands|British Virgin Islands|England and Wales
    England|Wales|Scotland|Northern Ireland|New South Wales|Queensland|Delaware|Nevada|Bermuda|Ontario|Quebec
    British Columbia
    Hart-Scott-Rodino|Hart-Scott-Rodino Act|HSR Act
    Southeast Asia|South East Asia|South-East Asia|Asia-Pacific|APAC|EMEA|MENA|ASEAN|Central America
    South America|Eastern Europe|Western Europe|Central Europe|Oceania|Sub-Saharan Africa|Gulf|Greater Asia
    Belarus|Iceland|Liechtenstein|Austria|Poland|Portugal|Greece|Hungary|Czech Republic|Romania
    Vietnam|Thailand
    Malaysia|Indonesia|Philippines|Saudi Arabia|UAE|Egypt|South Africa|Argentina|Chile|Colombia|Peru
    Scandinavia
    Oncology|Immunology|Neuroscience|Ophthalmology|Hematology|Dermatology|Cardiology|Nephrology|Platform
    Technology|Program|Programme|Portfolio|Candidate|Antibody|Therapy|Vaccine|Decision|Approval|Clearance
    Product|Products|Platform Technology|License Agreement|Option Agreement|Exclusive Product
    Nomination|Selection|Initiation|Dosing|Completion|Achievement|Acceptance|Submission|Authorisation|Start
    Authorization|Enrollment|Enrolment|Designation|Filing|Validation
    Termination|Expiration|Expiry|Extension|Expansion|Amendment|Exercise|Signing|Execution|Receipt|Conclusion
    Nobel|Nobel Prize|Nobel laureate
    Food|Drug|Drugs|Healthcare|Guernsey|Jersey|Isle of Man|Distribution|Marketing
    Licensor|Licensee|Licensors|Licensees|Sublicensor|Sublicensee|Collaborator|Partner|Partners|Purchaser|Buyer
    Seller
    """.replace("\n", "|").split("|")
    if w.strip()
)
_REGULATOR_WORDS = re.compile(
    r"\b(?:Administration|Agency|Commission|Authority|Committee|Ministry|Board|Court|Tribunal|Centre|Center|Office"
    r"|Department|Government|Council|Exchange|Bureau|Service|Services|Agencies|Inspectorate|Foundation)\b"
)
_REGULATORS = frozenset(
    squash(w)
    for w in [
        "FDA",
        "U.S. FDA",
        "US FDA",
        "EMA",
        "CHMP",
        "NMPA",
        "China NMPA",
        "CFDA",
        "CDE",
        "MHRA",
        "UK MHRA",
        "PMDA",
        "MHLW",
        "TGA",
        "Health Canada",
        "Medsafe",
        "HPRA",
        "Swissmedic",
        "ANVISA",
        "MFDS",
        "KFDA",
        "HSA",
        "BfArM",
        "ANSM",
        "AIFA",
        "FTC",
        "SEC",
        "HREC",
        "DEA",
        "NICE",
        "AMED",
        "IRB",
        "DSMB",
        "CMS",
        "WHO",
        "NIH",
        "BARDA",
    ]
)
# "Rybrevant (amivantamab)", "Casgevy (exagamglogene autotemcel, or exa-cel)", "Vyvgart (efgartigimod alfa)"
_PRODUCT_AFTER = re.compile(
    r"^\s*(?:\((?:[a-z][\w\s-]*(?:,\s+(?:or|also\s+known\s+as|aka)\s+[\w\s-]+)?|[A-Z]{2,5}-?\d[\w-]*)\)"
    r"|®|™|\(R\)|\(TM\))"
)

# Large groups a release may name bare, with the names people use for them; and well-known units.
KNOWN_ORGS = [
    "AbbVie",
    "Amgen",
    "Astellas",
    "AstraZeneca",
    "Bayer",
    "Biogen",
    "Boehringer Ingelheim",
    "Bristol Myers Squibb",
    "Bristol-Myers Squibb",
    "BMS",
    "Daiichi Sankyo",
    "Eisai",
    "Eli Lilly",
    "Lilly",
    "Gilead",
    "GSK",
    "GlaxoSmithKline",
    "Ipsen",
    "Janssen",
    "Johnson & Johnson",
    "J&J",
    "Merck",
    "MSD",
    "Merck KGaA",
    "Novartis",
    "Novo Nordisk",
    "Otsuka",
    "Pfizer",
    "Roche",
    "Genentech",
    "Sanofi",
    "Servier",
    "Takeda",
    "Teva",
    "Vertex",
    "Regeneron",
    "Moderna",
    "BioNTech",
    "CSL Behring",
    "CSL",
    "UCB",
    "Lundbeck",
    "Chugai",
    "Kyowa Kirin",
    "Ono",
    "Shionogi",
    "Sumitomo Pharma",
    "Menarini",
    "Almirall",
    "Grifols",
    "Viatris",
    "Organon",
    "Jazz",
    "Incyte",
    "Seagen",
    "Alexion",
    "Allergan",
    "Celgene",
    "Sandoz",
    "Kite",
    "Horizon",
    "Mitsubishi Tanabe",
    "Chiesi",
    "Boston Scientific",
    "Medtronic",
    "Abbott",
    "Baxter",
    "Fresenius",
    "Hengrui",
    "BeiGene",
    "Innovent",
    "Zai Lab",
    "Fosun",
    "Sino Biopharm",
    "Celltrion",
    "Samsung Bioepis",
    "Yuhan",
    "Biocon",
    "Sun Pharma",
    "Cipla",
    "Lupin",
    "Dr. Reddy's",
]
# cancer centres, hospitals and institutes that license their inventions, named bare as firms are: an
# organisation where a text names one in full (not a well-known group: "Cancer" or "City" alone is none)
_INSTITUTIONS = frozenset(
    squash(n)
    for n in [
        "City of Hope",
        "MD Anderson",
        "MD Anderson Cancer Center",
        "Dana-Farber",
        "Dana-Farber Cancer Institute",
        "Memorial Sloan Kettering",
        "Memorial Sloan Kettering Cancer Center",
        "Mayo Clinic",
        "Cleveland Clinic",
        "Fred Hutch",
        "Fred Hutchinson Cancer Center",
        "St. Jude Children's Research Hospital",
        "Broad Institute",
        "Wistar Institute",
        "Cancer Research UK",
        "Institut Pasteur",
        "Karolinska Institutet",
        "Weizmann Institute",
    ]
)
PARENTS = {
    squash(k): v
    for k, v in {
        "Janssen": "Johnson & Johnson",
        "Genentech": "Roche",
        "Chugai": "Roche",
        "Kite": "Gilead",
        "Sandoz": "Novartis",
        "Celgene": "Bristol Myers Squibb",
        "Juno": "Bristol Myers Squibb",
        "Tesaro": "GSK",
        "Allergan": "AbbVie",
        "Pharmacyclics": "AbbVie",
        "Alexion": "AstraZeneca",
        "MedImmune": "AstraZeneca",
        "Seagen": "Pfizer",
        "Genzyme": "Sanofi",
        "Loxo": "Lilly",
        "Shire": "Takeda",
        "MSD": "Merck",
        "BMS": "Bristol Myers Squibb",
        "J&J": "Johnson & Johnson",
        "GlaxoSmithKline": "GSK",
        "EMD Serono": "Merck KGaA",
        "MilliporeSigma": "Merck KGaA",
    }.items()
}


# the entries of `PARENTS` that are other names of their parent, not units of it
_ALIAS_KEYS = frozenset(squash(n) for n in ("MSD", "BMS", "J&J", "GlaxoSmithKline"))
# a founder's initial before a firm's name: "F. Hoffmann-La Roche", "H. Lundbeck A/S", "E. Merck KG"
_FOUNDER_INITIAL = re.compile(r"[A-Z]\. [A-Z][a-z]")
# legal names of well-known groups and the names people use for them
_COMMON_NAME = {"Hoffmann-La Roche": "Roche", "Hoffmann La Roche": "Roche"}
# a full stop after a word of three or more small letters with no other stop in it ends a sentence
_SENTENCE_STOP = re.compile(r"(?<![\w.])[A-Za-z]*[a-z]{3,}\.\Z")


# the place a subsidiary is registered in, after the group's name: "Corvane (Hong Kong) Limited" is Corvane's
_PLACE_TAIL = re.compile(r"(?<=\w)\s+\((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?\)?$")


@lru_cache(maxsize=4096)  # a document names the same firm many times
def short_name(name: str) -> str:
    """A name without its legal suffix or trailing punctuation: "ImmunoGen, Inc." -> "ImmunoGen"."""
    name = _SPACE_RUN.sub(" ", name).strip(" ,;:-\"'()")
    name = _POSSESSIVE.sub("", name)
    prev = None
    while prev != name:
        prev = name
        name = _LEGAL_TAIL.sub("", name).strip(" ,;:-")
        name = _AND_TAIL.sub("", name)
        name = _PLACE_TAIL.sub("", name)
    if name.endswith(".") and _SENTENCE_STOP.search(name) is not None:
        name = name[:-1]  # "to its subsidiary SystImmune.": the sentence's full stop, not an abbreviation's
    if _FOUNDER_INITIAL.match(name) and (" " not in name[3:] or name[3:] in _COMMON_NAME):
        # "F. Hoffmann-La Roche", "H. Lundbeck": a founder's initial, not the name people use; but the
        # initial is part of a longer name ("D. Western Therapeutics Institute")
        name = name[3:]
    trustees = _TRUSTEES.match(name)
    if trustees is not None and trustees.end() < len(name):
        name = name[trustees.end() :]  # "The Trustees of Calloway University": the university, by its name
    return _COMMON_NAME.get(name, name)


# a university named by its governing board: "Trustees of Calloway University", "The Regents of the University
# of California", "Board of Trustees of the Leland Stanford Junior University"
_TRUSTEES = re.compile(
    r"(?:the\s+)?(?:board\s+of\s+)?(?:trustees|regents|governors|fellows|president\s+and\s+fellows|curators)"
    r"\s+of\s+(?:the\s+)?(?=(?:[A-Z][\w.&'’-]*\s+){0,4}?(?:University|College|Institute|School)\b|University\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _acronym(name: str) -> str:
    """Initials of a name's words and inner capitals: "Bristol Myers Squibb" -> "bms"."""
    parts = _CAPITALS.findall(name.replace("-", " "))
    return "".join(p[0] for p in parts).lower() if len(parts) >= 2 else ""


@lru_cache(maxsize=4096)  # a document's names are compared again and again
def key(name: str) -> str:
    """A name's comparison key: letters and digits, lower case, accents removed (what squash gives)."""
    return squash(name)


def _parent(k: str) -> str | None:
    """The group a well-known unit belongs to ("janssenbiotech" -> "Johnson & Johnson")."""
    return next((v for unit, v in PARENTS.items() if k.startswith(unit)), None)


_LEGAL_WORDS = frozenset(
    [
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "ltd",
        "limited",
        "plc",
        "ag",
        "sa",
        "nv",
        "bv",
        "gmbh",
        "kk",
        "llc",
        "lp",
        "se",
        "spa",
        "ab",
        "as",
        "asa",
        "oyj",
        "srl",
        "pty",
        "pte",
        "holdings",
        "holding",
        "group",
        "the",
    ]
)


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    """A name's words as comparison keys, without legal suffixes ("Tasly Pharmaceutical Group")."""
    out = (_unscanned(key(w)) for w in _WORD_BREAK.split(name.replace("&", " and ")))
    return tuple(w for w in out if w and w not in _LEGAL_WORDS)


_SCAN_DIGITS = str.maketrans("10", "lo")


def _unscanned(word: str) -> str:
    """A word's key with the digits a scan puts for letters read as those letters ("te1ix" -> "telix"),
    when the word holds letters too: a name damaged by OCR still matches itself."""
    return word.translate(_SCAN_DIGITS) if not word.isdigit() and not word.isalpha() else word


# the last words of institutions' names, which a text may shorten to the first word and this one
_INSTITUTION_WORDS = frozenset(
    {"institute", "institut", "university", "foundation", "center", "centre", "hospital", "college", "clinic"}
)


def _subsequence(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Whether the words of `short` stand in `long_` in the same order (others between them)."""
    rest = iter(long_)
    return all(any(w == v for v in rest) for w in short)


def _same_words(a: str, b: str) -> bool:
    """True when one name is a run of the other's words, or both are one word plus industry words."""
    # "Allist" in "Shanghai Allist Pharmaceuticals"; "Tasly Biopharmaceuticals" and "Tasly Pharmaceutical"
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if all(w in _INDUSTRY for w in short):
        return False  # "Pharmaceuticals" alone names no one
    n = len(short)
    if any(long_[i : i + n] == short for i in range(len(long_) - n + 1)):
        return True
    if (
        len(long_) == n + 1
        and long_[1] == short[0]
        and short[0] not in _INDUSTRY
        and all(w in _INDUSTRY for w in short[1:])
        and all(w in _INDUSTRY for w in long_[2:])
    ):
        return True  # "Nanjing Huaxin Biopharmaceutical" and "Huaxin Biopharma": a place before the name
    if (
        short[0] == long_[0]
        and short[-1] == long_[-1]
        and short[-1] in _INSTITUTION_WORDS
        and short[0] not in _INDUSTRY
        and _subsequence(short, long_)
    ):
        return True  # "Hollis Institute" for "Hollis Medical Research Institute": an institution shortened
    return (
        wa[0] == wb[0]
        and wa[0] not in _INDUSTRY
        and all(w in _INDUSTRY for w in wa[1:])
        and all(w in _INDUSTRY for w in wb[1:])
    )


def same_org(a: str, b: str) -> bool:
    """True when two names plausibly name one organisation (prefix, shared words, acronym or parent)."""
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return False
    if ka == kb or (min(len(ka), len(kb)) >= 4 and (ka.startswith(kb) or kb.startswith(ka))):
        return True
    if _same_words(a, b):
        return True
    if min(len(ka), len(kb)) >= 5 and (ka.endswith(kb) or kb.endswith(ka)):
        return True
    if _acronym(a) == kb or _acronym(b) == ka:
        return True
    pa, pb = _parent(ka), _parent(kb)
    # ("Kite Pharma" and "Gilead Sciences": a unit and its parent as a text names it in full)
    return (
        (pa is not None and kb.startswith(squash(pa)))
        or (pb is not None and ka.startswith(squash(pb)))
        # "J&J" and "Janssen": another name of the parent and its unit; two units of one parent today
        # ("Celgene" and "Juno") were two firms when they dealt with each other
        or (
            pa is not None
            and pa == pb
            and (ka in _ALIAS_KEYS or kb in _ALIAS_KEYS or a.split()[0].lower() == b.split()[0].lower())
        )
    )


class NameSpan:
    """A capitalised name found in a sentence, with what the text says right after it (never changed).

    A plain class, not a frozen dataclass: a document holds thousands of names, and compiled, a plain
    class is built by native code where a dataclass runs its generated Python `__init__` for each.
    """

    __slots__ = ("end", "name", "product", "start", "suffixed")

    def __init__(self, *, name: str, start: int, end: int, suffixed: bool, product: bool) -> None:
        self.name = name
        self.start = start
        self.end = end
        self.suffixed = suffixed  # a legal suffix or a ticker or alias in brackets follows
        self.product = product  # a generic name in brackets or a trademark sign follows

    def __repr__(self) -> str:
        return (
            f"NameSpan(name={self.name!r}, start={self.start}, end={self.end}, "
            f"suffixed={self.suffixed}, product={self.product})"
        )


@lru_cache(maxsize=4096)  # the same few words open most names of a document
def _goes_first(word: str) -> bool:
    """Whether a word is dropped from the front of a name: a function word, title, place or descriptor."""
    return (
        word.lower().strip(".,") in _LEADING
        or key(word) in _NOT_ORG
        or _LEADING_DESCRIPTOR.match(word) is not None
    )


# directions that open a region's name ("Southern California") or a firm's ("Southern Cross Therapeutics")
_DIRECTIONS = frozenset({"northern", "southern", "eastern", "western", "central"})


def _trim(raw: str) -> tuple[str, int]:
    """Drop leading function words and titles from a candidate; return it and how many characters went."""
    if not _goes_first(raw.partition(" ")[0]):
        return raw, 0  # most names open with a word that stays
    words = raw.split(" ")
    if any(key(" ".join(words[:n])) in _WHOLE_NAMES for n in range(2, min(len(words), 6) + 1)):
        return raw, 0  # "Dr. Reddy's Laboratories", "MD Anderson Cancer Center": a known name opens so
    cut = 0
    while words and _goes_first(words[0]):
        if (
            words[0].lower() not in _LEADING
            and len(words) > 1
            and words[1].lower().strip(".,'") in _INDUSTRY
            and _LEADING_DESCRIPTOR.match(words[0]) is None
            # "a new US NewCo": a NewCo is named by its founders or its own name, never by a place
            and not (words[1].lower().strip(".,'") == "newco" and key(words[0]) in _NOT_ORG)
        ):
            break  # "Milestone Pharmaceuticals": a firm named with a common word ("Bain-backed" is none)
        if (
            words[0].lower() in _DIRECTIONS
            and len(words) > 2
            and key(words[1]) not in _NOT_ORG
            and words[-1].lower().strip(".,'") in _INDUSTRY
        ):
            break  # "Southern Cross Therapeutics": a direction that opens a firm's name, not a region's
        if words[0].lower() == "newco" and len(words) > 1 and words[1].lower().strip(".,'") in _INDUSTRY:
            break  # "Newco Therapeutics Inc.": the firm's own name (not "NewCo Harrowgate Bio")
        cut += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), cut


# an alias or a ticker in brackets after a name: '("Citrine")', "(NYSE: BMY)"
_BRACKETED_AFTER = re.compile(
    r"\s*[(\[]\s*(?:\"[^\"]{1,40}\"|" + _EX + r"(?:\s*(?:/|&|\band\b)\s*" + _EX + r")*\s*:)", re.I
)


# the first letters of the legal suffixes `_LEGAL_AFTER` reads after a name
_LEGAL_FIRST = frozenset("ICLpPASNBGKO")


# Headlines capitalise every word, so a run of capitals can hold a preposition no firm's name holds:
# "$2 Million Preclinical Milestone From Halcyon Pharma" is a payment, then its payer; "Forms Diabetes
# Subsidiary Convergen Biotech" is what was done, then the unit it made.
_CONNECTOR = re.compile(
    r" (?:From|With|To|By|Into|Following|After|Upon|Via|Versus|Vs\.?|Against|For|Under|Subsidiary) (?=[A-Z])"
)


# a run read over more than one sentence: "…from its licensee Kestrane Pharma. The milestone…" (a word's
# closing period, not an abbreviation's, then a capital)
_SENTENCE_END = re.compile(r"(?<=[a-z]{3})(?<!Corp)(?<!Intl)(?<!Univ)(?<!Bros)\. (?=[A-Z])")


def _runs(m: re.Match[str]) -> list[tuple[str, int]]:
    """A capitalised run as the names in it, each with where it starts: split where a sentence ends and
    at its prepositions."""
    run = m.group(0)
    if ". " in run and _SENTENCE_END.search(run) is not None:
        out: list[tuple[str, int]] = []
        begin = 0
        for b in _SENTENCE_END.finditer(run):
            out += _split_connectors(run[begin : b.start()], m.start() + begin)
            begin = b.end()
        return out + _split_connectors(run[begin:], m.start() + begin)
    return _split_connectors(run, m.start())


def _split_connectors(run: str, at: int) -> list[tuple[str, int]]:
    """A run of capitals as the names in it, split at the prepositions no firm's name holds."""
    if run.count(" ") < 2 or _CONNECTOR.search(run) is None:
        return [(run, at)]
    out: list[tuple[str, int]] = []
    begin = 0
    for c in _CONNECTOR.finditer(run):
        out.append((run[begin : c.start()], at + begin))
        begin = c.end()
    out.append((run[begin:], at + begin))
    return out


# the place and the unit a Chinese group's subsidiary is registered under, between the group's name and the
# legal suffix: "Hansoh (Shanghai) Healthtech Co., Ltd."
_REGISTERED_UNIT = re.compile(
    r"(?<=[a-z]) \((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?\)(?: [A-Z][\w-]+){0,3}"
    r"(?=,? (?:Co\.|Company\b|Ltd\b|Limited\b))"
)


_PRIVATE_LIMITED = re.compile(r"\b(?:Pvt\.?|Private)(?=[ \t]+(?:Ltd|Limited|LTD|LIMITED)\b)")


# a firm's name, then "of" and its town: "Laboratoires Orvane of Lyon", "Zydus Lifesciences of Mumbai" (not an
# institution's name, which runs on over "of": "Serum Institute of India", "University of Calderbrook")
_FIRM_OF_PLACE = re.compile(
    r"(?:(?:[A-Z][\w&'’.-]*\s){1,3}(?i:pharmaceuticals?|pharma|therapeutics|biosciences?|biologics|biotech"
    r"|biotechnology|biopharma|biopharmaceuticals?|lifesciences?|medicines|oncology|genetics|genomics|vaccines"
    r"|diagnostics|healthcare|bio)"
    r"|(?i:laboratoires|laboratorios|laboratório|laboratori|farmaceutici|farmacéutica|farmaceutica)\s[A-Z][\w&'’.-]*)"
    r"\sof\s[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+)?"
)


def names_in(text: str) -> list[NameSpan]:
    """Return the capitalised names of a sentence with what follows each (pure; linear)."""
    out: list[NameSpan] = []
    if " (" in text:
        # the group's name, with the legal suffix after it, is the name people use
        text = _REGISTERED_UNIT.sub(lambda m: " " * len(m.group(0)), text)
    if "Pvt" in text or "Private" in text:
        # "Kavach Biosciences Pvt. Ltd.", "Private Limited": India's form of a private company, read as "Ltd"
        text = _PRIVATE_LIMITED.sub(lambda m: " " * len(m.group(0)), text)
    for m in _NAME.finditer(text):
        for run, at in _runs(m):
            head, of, rest = run.partition(" of ")
            if of and rest.split(" ", 1)[0].lower() in _ROLE_WORDS:
                # "Clinical Hold of Partner Kestrin Bio's IND": a headline's words, then the firm by its role
                run, at = rest, at + len(head) + len(of)
            elif of and _FIRM_OF_PLACE.fullmatch(run) is not None:
                run = head  # "to Laboratoires Orvane of Lyon, France": the firm, then its town
            _add_name(out, text, run, at)
    return out


# what a firm is to the company, written before its name in a headline: "of Partner Kestrin Bio"
_ROLE_WORDS = frozenset(["partner", "licensee", "licensor", "collaborator", "sublicensee"])


# countries that open firms' names ("Japan Tobacco Inc.", "China Grand Pharmaceutical ... Ltd")
_COUNTRY_OPENS = frozenset(["China", "Japan", "Korea", "India", "Taiwan", "Israel", "Australia", "Canada"])


# a legal suffix and the country it was registered in, read apart from the name before them
_SUFFIX_THEN_PLACE = re.compile(r"(?:Inc|Ltd|LLC|Corp|Co|Limited|plc|GmbH|AG|SA|NV|BV)\.?\s+of\s")


# a share class or financing round written after the firm's name: "Averna Series B"
_SERIES_TAIL = re.compile(r"\s+Series\s+[A-F]\d?$")


def _add_name(out: list[NameSpan], text: str, run: str, at: int) -> None:
    """Add the name a run holds (leading function words and titles dropped), with what follows it."""
    name, cut = _trim(run.rstrip(".,'’"))
    if (
        len(name) > 2
        and name[-2] == " "
        and name[-1].isupper()
        and text.startswith(" share", at + cut + len(name))
    ):
        name = name[:-2]  # "new Jiangling H shares": a class of shares, not part of the name
    if " Series " in name:
        # "shares of Averna Series B preferred stock", "Averna Series B round": a class of shares or a round
        name = _SERIES_TAIL.sub("", name)
    if name.endswith(("'", "’", "'s", "’s")):
        name = _POSSESSIVE.sub("", name)
    if not name or len(name) < 2 or _SUFFIX_THEN_PLACE.match(name):
        return  # (nor "Inc. of Canada" of "Duchesnay Inc. of Canada": a suffix and the firm's country)
    if cut and key(run[:cut] + name) in _NOT_ORG:
        return  # "the European Union": a place whose first word was cut as a description, not "Union"
    start = at + cut
    end = start + len(name)
    tail = text[end : end + 60]
    if tail[:1] in ("'", "’"):
        # "Sosei Heptares' (TSE: 4565)": what follows the name is read past its possessive
        tail = tail[2:] if tail[1:2] == "s" else tail[1:]
    # what follows a name decides which of these can match: most names are followed by a plain word
    after = tail.lstrip()[:1]
    legal = (tail[:1] == "," or after in _LEGAL_FIRST) and _LEGAL_AFTER.match(tail) is not None
    bracketed = after in ("(", "[") and _BRACKETED_AFTER.match(tail) is not None
    suffixed = legal or bracketed
    if (legal and cut and run[: cut - 1] in _COUNTRY_OPENS) or (
        run[: cut - 1] in WORD_OPENS and (suffixed or name.rsplit(None, 1)[-1].lower() in _INDUSTRY)
    ):
        # "Japan Tobacco Inc.", "India Globalization Capital, Inc.": a country that opens a name with a
        # legal suffix is part of it (a country is cut before other names: "China Hansoh said"); so is a
        # common word before a legal suffix, a ticker or an industry word: "Option Care Health (Nasdaq:
        # OPCH)", "Milestone Cell Sciences"
        name, start = run[:cut] + name, at
    product = after in ("(", "®", "™") and _PRODUCT_AFTER.match(tail) is not None and not suffixed
    out.append(NameSpan(name=name, start=start, end=end, suffixed=suffixed, product=product))


# the cities and provinces that open Chinese firms' full names, and that news leaves off ("Shenzhen Salubris
# Pharmaceuticals", "Jiangsu Hengrui", "Sichuan Kelun-Biotech")
_CITY_OPENS = frozenset(
    [
        "Shenzhen",
        "Shanghai",
        "Beijing",
        "Jiangsu",
        "Zhejiang",
        "Sichuan",
        "Guangzhou",
        "Guangdong",
        "Hangzhou",
        "Suzhou",
        "Nanjing",
        "Chengdu",
        "Tianjin",
        "Wuhan",
        "Shandong",
        "Hubei",
        "Hunan",
        "Chongqing",
        "Harbin",
        "Xiamen",
        "Qingdao",
        "Shijiazhuang",
        "Jilin",
        "Hainan",
        "Fujian",
        "Anhui",
        "Jiangxi",
        "Henan",
        "Hebei",
        "Yunnan",
        "Shaanxi",
        "Xi'an",
        "Dalian",
        "Zhuhai",
        "Changchun",
    ]
)


# common words that open firms' names ("Milestone Scientific", "Option Care Health", "Global Blood
# Therapeutics"), read as part of a name a legal suffix or a ticker follows
WORD_OPENS = frozenset({"Milestone", "Option", "Global", "Royalty"})


_LISTED_AFTER = re.compile(
    r"(?:" + _LEGAL + r"){0,2}\s*(?:\(\s*\"[^\"]{1,40}\"[^()]{0,40}\)\s*)?[(\[]\s*" + _EX + r"\s*[:/&]",
    re.IGNORECASE,
)


def listed_after(text: str, end: int) -> bool:
    """True when a ticker in brackets follows a name ending at `end` ("X Co., Ltd. (KRX: 326030)")."""
    return _LISTED_AFTER.match(text, end, min(len(text), end + 160)) is not None


# "bluebird bio (Nasdaq: BLUE)", "argenx (Euronext & Nasdaq: ARGX)": names written in lower case
# ("argenx SE (Euronext Brussels & Nasdaq: ARGX)": a legal suffix may stand between)
_LOWER_NAME_BEFORE = re.compile(
    # ("4D pharma plc (AIM: DDDD)": a name may open with a digit and a capital)
    # (each word read whole, never given back: what follows a shorter part of it is a letter, a digit, "." or
    # "-", which the bracket after the name never is, so only the whole word can be the name)
    r"(?<![\w'’-])((?:[a-z][a-z0-9.-]{2,}+|\d[A-Z]{1,3}+)(?: [a-z][a-z0-9.-]{1,}+)?)"
    r"(?=(?:,?\s+(?:SE|N\.?V\.?|AG|Inc\.?|Ltd\.?|plc|S\.?A\.?|A/S|AB|GmbH))?\s*[(\[])"
)
_NOT_A_NAME = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "its",
        "their",
        "company",
        "firm",
        "shares",
        "share",  # a filing's cover: "Common Stock, par value $0.001 per share (Nasdaq: HLDN)"
        "stock",
        "per",
        "value",
        "and",
        "or",
        "said",
        "unit",
        "group",
        "inc",
        "drugmaker",
        "biotech",
        "pharma",
        "partner",
        "licensee",
        "licensor",
        "developer",
        "maker",
        # a legal suffix alone names no one ("4D pharma plc (AIM: DDDD)")
        *("plc", "ltd", "llc", "ag", "se", "sa", "nv", "ab", "gmbh", "corp", "co"),
    ]
)
# words that stand before a name, read with it by the two words a name in lower case may have
_JOINS_A_NAME = frozenset(["with", "and", "from", "to", "by", "for", "of", "between", "partner", "licensee"])
# the word before a name in lower case: a capitalised word or an article makes it a common noun ("The Seoul
# drugmaker (KRX: 000100)", "Zai Lab Li mited (NASDAQ: ZLAB)"), not a firm's name
_WORD_BEFORE_LOWER_NAME = re.compile(r"(?:\b(?:[A-Z][\w.-]*|the|a|an|its|their|this|that|our)\s+)$")


def lower_case_listed(text: str) -> Iterator[str]:
    """The names written in lower case with a ticker in brackets after them ("bluebird bio (Nasdaq: ...)")."""
    for m in _LOWER_NAME_BEFORE.finditer(text):
        name, start = m.group(1), m.start()
        first, _, rest = name.partition(" ")
        if rest and first in _JOINS_A_NAME:
            name, start = rest, start + len(first) + 1  # "with sanofi-aventis (...)": the name after "with"
        # ("4D pharma": a name opened by a digit and a capital is a name whatever word follows it)
        words = name.split()[:1] if name[0].isdigit() else name.split()
        if (
            _NOT_A_NAME.isdisjoint(words)
            and listed_after(text, m.end())
            and _WORD_BEFORE_LOWER_NAME.search(text, max(0, start - 40), start) is None
        ):
            yield name


# a document's name, never a firm's ("a Second Amendment", "the Joint Development and Commercialization
# Agreement (the "JDCA")")
DOCUMENT = re.compile(
    r"\b(?:Amendment|Agreement|Addendum|Supplement|Letter|Notice|Sheet|Plan|Exhibit|Schedule)$"
    # a regulator's decision or filing: "Clinical Trial Approval", "Marketing Authorisation"
    r"|^(?:Clinical\s+Trial|Marketing|Conditional\s+Marketing)\s+(?:Approval|Authori[sz]ation|Application)s?$"
    # "a Biologics License Application", "its New Drug Application": the filing, not a firm
    r"|^(?:Biologics?\s+License|(?:Supplemental\s+|Abbreviated\s+)?New\s+Drug|Investigational\s+New\s+Drug"
    r"|Premarket\s+Approval)\s+Applications?$"
    # an agreement's defined terms: 'On April 4, 2025 (the "Effective Date"), Corvalis', "the Licensed
    # Territory"
    r"|^(?:Effective|Closing|Signing|Execution|Commencement|Completion|Exercise|Option\s+Exercise)\s+Date$"
    r"|^Licensed\s+(?:Territory|Field|Products?|Compounds?|Patents|Know-How|Technology|Program(?:me)?s?)$"
)
_SUFFIX_ALONE = re.compile(_SUFFIX_WORD + r"\.?|Company|Holdings|Group")
_DESCRIPTOR = re.compile(
    r"-(?:based|headquartered|listed|owned|partnered|derived|enabled|mutant|mutated|positive|negative|expressing"
    r"|driven|targeted|directed|amplified|resistant|refractory)\b"
)
_CODE = re.compile(
    # ("VB10.NEO": a product code with a dotted suffix)
    r"[A-Za-z]{1,8}-?\d[\w-]*(?:\.[A-Z0-9]{2,6})?|\d(?![\w-]*[a-z]{2})[\w-]*|[A-Z]{2,4}\d*|[A-Z]{2,5}-[A-Z0-9]{2,6}"
    r"|(?:USD|EUR|GBP|CHF|JPY|CNY|RMB|KRW|AUD|CAD|DKK|SEK|NOK|HKD|SGD|INR|US)\s?\$?[\d.,]+(?:[mkb]n?|mio)?"
)


# words that open many a firm's name ("New Quay Bio", "Next Gen Pharma") but are none on their own: a
# sentence opening "New agreement for South Korea:" names no firm called New
# ("City" alone: the rest of "Mexico City's Grupo Andara", a town's name cut by the possessive; "from Boston's
# Trellis Therapeutics", "licensed from Montreal's Corriveau": the towns drugmakers are named by)
_NEVER_ALONE = frozenset(
    {"New", "Next", "First", "Further", "Additional", "Separately", "Meanwhile", "City", "Town"}
    | {"Boston", "Cambridge", "Montreal", "Toronto", "Vancouver", "Basel", "Zurich", "Geneva", "Munich"}
    | {"Berlin", "Paris", "London", "Oxford", "Copenhagen", "Stockholm", "Shanghai", "Suzhou", "Hangzhou"}
    | {"Beijing", "Shenzhen", "Seoul", "Osaka", "Kyoto", "Melbourne", "Sydney", "Singapore", "Dublin"}
    # the tail of a Turkish firm's legal name, "X İlaç Sanayi ve Ticaret A.Ş." ("industry and trade")
    | {"Sanayi", "Ticaret"}
)


@lru_cache(maxsize=4096)  # asked of the same names sentence after sentence
def is_excluded(name: str) -> bool:
    """True for regulators, exchanges, places, months and generic words that are never counterparties."""
    return _never_a_firm(name) or (bool(_CODE.fullmatch(name)) and key(name) not in _KNOWN_KEYS)


def _never_a_firm(name: str) -> bool:
    """True for the names `is_excluded` leaves out whatever follows them (a code may be a listed firm's)."""
    k = key(name)
    if not k or k in _NOT_ORG or k in _REGULATORS or len(k) < 2:
        return True
    if _REGULATOR_WORDS.search(name):
        return True
    if " " not in name and (
        name.lower() in _INDUSTRY or name in _NEVER_ALONE or _SUFFIX_ALONE.fullmatch(name)
    ):
        return True
    return (
        _DESCRIPTOR.search(name) is not None
        or _ADVERB_FIRST.match(name) is not None
        or _UNIT_ALONE.fullmatch(name) is not None
    )


# a name that opens with an adverb describes something ("Molecularly-Targeted Radiation"): firms' names
# do not open so
_ADVERB_FIRST = re.compile(r"[A-Z][a-z]+(?:ally|ularly|ively|ously|ently|antly)\b")
# a unit of an institution named without it ("at the University's School of Medicine"): part of a party
_UNIT_ALONE = re.compile(
    r"(?:School|Department|Dept\.?|Faculty|College|Division)\s+of\s+[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?"
)

_KNOWN_KEYS = frozenset(squash(n) for n in KNOWN_ORGS)
_WHOLE_NAMES = _KNOWN_KEYS | _INSTITUTIONS  # names whose first word `_trim` would otherwise drop


_KNOWN_INDEX = {squash(n): n for n in KNOWN_ORGS}
_ALIAS_DEF = re.compile(
    r"(?P<name>"
    + _NAME.pattern
    + r"(?:\s*\([A-Z][\w ]{1,20}\))?)"
    + _LEGAL
    # ('Huaxin Oncology Holdings Limited (HKEX: 6618) (the "Company")': a ticker between name and alias)
    # ('Duchesnay Inc. of Canada ("Duchesnay")': the country the firm is registered in, after its suffix)
    + r"{0,2}(?:\s+of\s+[A-Z][a-z]+)?"
    # ('Varunesh Pharmaceuticals Limited (BSE: 532917; NSE: VARUNPH) (the "Company")': two listings)
    r"(?:\s*\([A-Za-z][\w .&/-]{1,30}:\s*[\w.]{1,10}(?:\s*[;,]\s*[A-Za-z][\w "
    r".&/-]{1,30}:\s*[\w.]{1,10}){0,2}\))?"
    r"\s*\(\s*(?:the\s+|or\s+)?\""
    r"(?P<alias>[^\"]{2,30})\""
)


# where an alias definition's quoted alias opens: '("', '( the "', '(or "'
_ALIAS_OPENING = re.compile(r'\(\s*(?:the\s+|or\s+)?"')


# what follows a firm's short name when the text defines the firm as itself: ' or the "Company")'
_OR_THE_COMPANY = re.compile(r"\s*(?:or|and)\s+(?:the\s+)?[\"“]Company[\"”]", re.IGNORECASE)


def _alias_definitions(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_ALIAS_DEF.finditer(text)`, the regex run only before a quote that opens an alias.

    A definition holds no quote before the one opening its alias, so it starts after the quote before
    that one; and it ends at most 31 characters after it, with the alias and the closing quote."""
    pos = 0
    for opening in _ALIAS_OPENING.finditer(text):
        quote = opening.end() - 1
        start = max(pos, text.rfind('"', 0, quote) + 1)
        if start >= quote:
            continue
        m = _ALIAS_DEF.search(text, start, min(len(text), quote + 32))
        if m is not None and m.start() < quote:
            yield m
            pos = m.end()


# "drugmaker X", "biotech X said", "shares of X", "X shares rose", "alliance with China's X": the text says
# X is a company
_WITH_COUNTRY = ("with", "from", "to", "by", "and")
_COUNTRIES: tuple[str, ...] = ("China", "Japan", "Korea", "India", "Taiwan", "Israel", "Germany", "France")
_COUNTRIES += ("Switzerland", "Denmark", "Sweden", "Belgium", "Britain", "Australia", "Canada")
_COUNTRIES += (
    "Brazil",
    "Mexico",
    "Argentina",
    "Italy",
    "Spain",
    "Netherlands",
    "Norway",
    "Finland",
    "Austria",
)
_COUNTRIES += (
    "Ireland",
    "Singapore",
    "Turkey",
    "Poland",
    "Hungary",
    "Portugal",
    "Greece",
    "Russia",
    "Vietnam",
)
_COUNTRIES += ("Thailand", "Indonesia", "Malaysia", "Philippines", "Egypt", "Jordan", "Chile", "Colombia")
# the words the other frames open with ("start" for "start-up", "biotech" for "biotechnology company")
_DESCRIBER_OPENINGS: tuple[str, ...] = ("company", "group", "firm", "biotech", "drugmaker", "developer")
_DESCRIBER_OPENINGS += ("maker", "specialist", "start", "venture", "pharma", "licensee", "licensor")
_DESCRIBER_OPENINGS += ("subsidiary", "shares")
_DESCRIBED = re.compile(
    r"\b(?:(?:"
    + "|".join(_WITH_COUNTRY)
    + r")\s+(?:"
    + "|".join(r"(?:South\s+)?Korea" if c == "Korea" else c for c in _COUNTRIES)
    + r")['’]s"
    r"|company|group|firm|biotech|biotechnology\s+(?:company|group)|drugmaker|developer|maker|specialist"
    r"|start-?up|venture|pharma|licensee|licensor|subsidiary|shares\s+(?:of|in))\s+(?P<name>"
    + _NAME.pattern
    + r")"
    r"|(?P<name2>" + _NAME.pattern + r")\s+shares\b",
)
# the same without "X shares", for the many texts without the word, where trying it at every name is waste
_DESCRIBED_BEFORE = re.compile(_DESCRIBED.pattern.rsplit("|(?P<name2>", 1)[0])


def _space_before(text: str, end: int) -> int:
    """Where the run of spaces ending at `end` starts."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _described_openings(text: str) -> list[int]:
    """Every place a match of `_DESCRIBED_BEFORE` may start, in order (some more besides)."""
    starts: set[int] = set()
    for word in _DESCRIBER_OPENINGS:
        at = text.find(word)
        while at != -1:
            starts.add(at)
            at = text.find(word, at + 1)
    # "with China's X": read back from each possessive to the word before the country
    for mark in ("'s", "’s"):
        at = text.find(mark)
        while at != -1:
            for country in _COUNTRIES:
                if text.endswith(country, 0, at):
                    ends = [_space_before(text, at - len(country))]
                    if country == "Korea" and text.endswith("South", 0, ends[0]):
                        ends.append(_space_before(text, ends[0] - len("South")))
                    starts.update(
                        end - len(word)
                        for end in ends
                        for word in _WITH_COUNTRY
                        if text.endswith(word, 0, end)
                    )
            at = text.find(mark, at + 1)
    return sorted(starts)


def _described(text: str) -> Iterator[str]:
    """The names `_DESCRIBED` finds in a text, in order (each cut where its sentence ends)."""
    for name in _described_runs(text):
        yield _SENTENCE_END.split(name, 1)[0] if ". " in name else name


def _described_runs(text: str) -> Iterator[str]:
    """The names `_DESCRIBED` finds in a text, in order."""
    if "shares" in text:
        yield from (m.group("name") or m.group("name2") for m in _DESCRIBED.finditer(text))
        return
    # without "X shares" a match opens with one of a few words: the regex is tried only there, in
    # order, each try after the last match, as a scan of the whole text would
    pos = 0
    for start in _described_openings(text):
        if start >= pos:
            m = _DESCRIBED_BEFORE.match(text, start)
            if m is not None:
                yield m.group("name")
                pos = m.end()


# the well-known groups' keys in sort order (the keys a key starts stand together there), and by initials
_KNOWN_SORTED = sorted(_KNOWN_INDEX)
# the first words of well-known groups' names that name a place or a person as often as the group
_FIRST_WORD_NOT_THE_GROUP = frozenset({"boston", "bristol", "sun", "sino", "eli", "johnson", "dr"})
# the keys of each well-known group's leading words ("bristol", "bristolmyers" of Bristol Myers Squibb): a
# shorter name stands for the group only when it is whole words of it ("Cell Sciences" is no Celltrion)
_KNOWN_WORD_STARTS = {
    squash(n): frozenset(
        squash(start)
        for i in range(1, len(words) + 1)
        # (not a first word that is a place or a person's name: "a Boston start-up" is no Boston Scientific)
        if i > 1 or len(words) == 1 or squash(words[0]) not in _FIRST_WORD_NOT_THE_GROUP
        # "Dr. Reddy" for Dr. Reddy's: a possessive's "'s" may be left off
        for start in (" ".join(words[:i]), re.sub(r"['’]s$", "", " ".join(words[:i])))
    )
    for n in KNOWN_ORGS
    if (words := re.split(r"[\s-]+", n))
}
_KNOWN_RANK = {k: rank for rank, k in enumerate(_KNOWN_INDEX)}
_KNOWN_ACRONYMS = {
    initials: name
    for name in reversed(_KNOWN_INDEX.values())  # the first listed of groups with the same initials
    if (initials := _acronym(name))
}


def _known_by_prefix(wanted: str) -> tuple[str | None, int]:
    """The well-known group whose key (four or more long) is the longest that `wanted` starts or that
    starts with `wanted` (the first listed of equal ones), and that key's length; (None, 0) if none."""
    best: str | None = None
    best_len, best_rank = 0, len(_KNOWN_RANK)
    at = bisect_left(_KNOWN_SORTED, wanted)
    while at < len(_KNOWN_SORTED) and _KNOWN_SORTED[at].startswith(wanted):
        k = _KNOWN_SORTED[at]
        if wanted != k and wanted not in _KNOWN_WORD_STARTS[k]:
            at += 1
            continue  # "cell" starts "celltrion" but is no word of it
        if len(k) > best_len or (len(k) == best_len and _KNOWN_RANK[k] < best_rank):
            best, best_len, best_rank = k, len(k), _KNOWN_RANK[k]
        at += 1
    if best is None:
        for size in range(len(wanted) - 1, 3, -1):
            if wanted[:size] in _KNOWN_RANK:
                best, best_len = wanted[:size], size
                break
    return (_KNOWN_INDEX[best], best_len) if best is not None else (None, 0)


# a word written all in small letters, outside addresses ("ir@halcyra.com", "www.halcyra.com")
_SMALL_WORD = re.compile(r"(?<![\w@./-])[a-z]{3,}(?![\w@-]|\.\w)")


def small_words(texts: Sequence[str]) -> frozenset[str]:
    """The words the texts write all in small letters (read once: a membership test per name after)."""
    return frozenset(m.group() for text in texts for m in _SMALL_WORD.finditer(text))


def written_small(word: str, small: frozenset[str]) -> bool:
    """Whether a capitalised word ("Paxalisib") is written elsewhere all in small letters ("paxalisib"), as
    a drug's name is and a firm's is not; `small` is what `small_words` read from the texts."""
    lower = word.lower()
    return " " not in word and lower != word and word.isalpha() and lower in small


# words after a trial's name: "the HORIZON study", "in HORIZON, a Phase 2b clinical study"
STUDY_AFTER = re.compile(
    r"\s*(?:,\s*(?:an?|the)\s+)?(?:(?:Phase|Ph)\s*[\w/]+\s+)?(?:(?:global|pivotal|registrational|clinical|"
    r"confirmatory)\s+)*(?:study|studies|trial|trials|programme|program)\b",
    re.IGNORECASE,
)


# "built on Dicerna's GalXC platform", "its DARPin technology": a platform, named as one
_PLATFORM_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:platforms?|technology|technologies)\b", re.IGNORECASE)


_SYMBOL_WINDOW = 120  # how far before a ticker's bracket the name it follows may start
_SYMBOL_TRIES = 3  # the places a ticker is printed that are read for the name before it
_SYMBOL_SCAN = 5_000  # how much of each text is read for tickers and the names before them
_LEGAL_REST = re.compile(r"(?:" + _LEGAL + r")?\s*")  # what may stand between a name and its ticker


# what follows an industry word in a place's name: "Leiden Bio Science Park", "Babraham Research Campus"
_PLACE_REST = re.compile(
    r"(?:(?:Science|Research|Business|Technology|Innovation)\s+)?(?:Parks?|Campus|Cent(?:re|er)|Hub|Cluster)"
)


class OrgIndex:
    """The organisations a document shows to be organisations, and the aliases it defines.

    The texts are read when the index is first asked about a name: a release whose company its own
    "About" section names, and that reports no event, never asks.
    """

    def __init__(
        self,
        texts: Sequence[str],
        *,
        known: Sequence[str] = (),
        about: Sequence[str] = (),
        products: Sequence[str] = (),
    ) -> None:
        self._texts = tuple(texts)
        self._known = tuple(known)
        self._about = tuple(about)
        self._read = False
        self._orgs: dict[str, str] = dict(_KNOWN_INDEX)  # comparison key -> display name (first seen)
        self._aliases: dict[str, str] = {}  # key(alias) -> display name
        self._shown: dict[str, str | None] = {}
        self._added: list[tuple[str, str]] = []  # the keys and names added to the known groups, in order
        # keys of names the texts show to be products somewhere, starting with the products' About sections
        self._about_products = frozenset(key(short_name(p)) for p in products)
        self._products: set[str] = set(self._about_products)
        self._small: frozenset[str] | None = None  # the words the texts write small, read when first asked
        self._issuers: list[str] = []  # names the texts define as 'the "Company"'
        self._lower: list[str] = []  # firms written in lower case, shown by their tickers ("argenx (...)")
        self._listed: set[str] = set()  # keys of capitals a ticker shows to be firms: "XOMA (NASDAQ: XOMA)"
        # ticker code -> (text, bracket) where each is printed, found when first asked
        self._symbols: dict[str, list[tuple[int, int]]] | None = None
        self._named_by: dict[str, str | None] = {}  # ticker code -> the firm it names, once asked
        # names in capitals asked about -> whether the texts name a trial so ("the TRELLIS study")
        self._studies: dict[str, bool] = {}

    @property
    def orgs(self) -> dict[str, str]:
        """Comparison key -> display name, of every organisation the texts show (first seen)."""
        self._read_texts()
        return self._orgs

    @property
    def aliases(self) -> dict[str, str]:
        """Comparison key of each alias the texts define -> the display name it stands for."""
        self._read_texts()
        return self._aliases

    @property
    def issuers(self) -> tuple[str, ...]:
        """The names the texts define as 'the "Company"' (an issuer's filing or announcement)."""
        self._read_texts()
        return tuple(self._issuers)

    @property
    def lower_names(self) -> tuple[str, ...]:
        """The firms the texts write in lower case, each shown a firm by a ticker after it somewhere."""
        self._read_texts()
        return tuple(self._lower)

    def is_listed(self, name: str) -> bool:
        """True when a name that reads as a code is a firm's, shown by a ticker after it ("XOMA")."""
        self._read_texts()
        return key(name) in self._listed

    def by_symbol(self, symbol: str) -> str | None:
        """The organisation whose ticker a code is: "AMRI" in a headline, where the text prints "Albany
        Molecular Research (Nasdaq: AMRI)"; None when no name stands before that ticker."""
        if self._symbols is None:
            # one pass over the opening of each text (where a release prints its tickers): where each
            # ticker's bracket opens
            self._symbols = {}
            for n, text in enumerate(self._texts):
                for m in _TICKER.finditer(text, 0, _SYMBOL_SCAN):
                    opened = text.rfind("(", max(0, m.start() - 3), m.start() + 1)
                    if opened >= 0:
                        self._symbols.setdefault(m.group("sym"), []).append((n, opened))
        if symbol in self._named_by:
            return self._named_by[symbol]
        found: str | None = None
        for n, opened in self._symbols.get(symbol, ())[:_SYMBOL_TRIES]:
            # the name ends right before the bracket: a short window holds it
            window = self._texts[n][max(0, opened - _SYMBOL_WINDOW) : opened]
            before = [
                s
                for s in names_in(window)
                if not s.product and _LEGAL_REST.fullmatch(window, s.end) is not None
            ]
            found = self.display(before[-1].name) if before else None
            if found is not None:
                break
        self._named_by[symbol] = found
        return found

    def named_here(self, name: str) -> bool:
        """True when the texts themselves name the organisation (not only the tables of well-known ones)."""
        self._read_texts()
        return any(v == name for _, v in self._added)

    def has_product_section(self, name: str) -> bool:
        """True when the name is the subject of a product's "About" section (see `products`)."""
        return key(short_name(name)) in self._about_products

    def is_product(self, name: str) -> bool:
        """True when the texts show the name to be a product somewhere: "Rybrevant (amivantamab)", an
        "About Vicineum" section that says what the drug is, or "Paxalisib" that the text writes small too."""
        self._read_texts()
        if key(name) in self._products:
            return True
        if self._small is None:
            self._small = small_words(self._texts)
        return written_small(name, self._small)

    def is_study(self, name: str) -> bool:
        """True when a one-word name in capitals is a trial's, as the texts write it somewhere ("the TRELLIS
        study", "TRELLIS, a global Phase 3 study"), or a one-word name with capitals inside is a platform's
        ("Dicerna's GalXC platform")."""
        capitals_inside = any(ch.isupper() for ch in name[1:])
        if " " in name or not capitals_inside:
            return False
        found = self._studies.get(name)
        if found is None:
            whole = re.compile(r"(?<![^\W_])" + re.escape(name) + r"(?![^\W_])")
            study = name.isupper()
            found = any(
                (study and STUDY_AFTER.match(text, m.end()) is not None)
                or _PLATFORM_AFTER.match(text, m.end()) is not None
                for text in self._texts
                for m in whole.finditer(text)
            )
            self._studies[name] = found
        return found

    def _read_texts(self) -> None:
        """Read the names the texts show to be organisations, once."""
        if self._read:
            return
        self._read = True  # set first: an alias definition asks for the display name of what it names
        texts, known, about = self._texts, self._known, self._about
        for name in known:
            self._add(name)
        for text in texts:
            for span in names_in(text):
                if span.product:
                    self._products.add(key(span.name))
                    continue
                words = span.name.split()
                name = ""
                # "Sichuan Kelun-Biotech": an industry word joined by a hyphen ends a firm's name too
                last = words[-1].lower()
                hyphened = "-" in last and last.rsplit("-", 1)[1] in _INDUSTRY and last[0] != "-"
                if span.suffixed or hyphened:
                    name = span.name
                elif len(words) >= 2 and last in _INDUSTRY:
                    # "Licenses Platform to Tamsin Vaccines for Respiratory Vaccines": a field, not a firm
                    generic = len(words) == 2 and words[0].lower() in _FIELDS
                    name = "" if generic else span.name
                elif _gene_therapies(words):
                    name = span.name
                elif squash(span.name) in _INSTITUTIONS:
                    name = span.name  # "licensed from City of Hope"
                elif (
                    len(words) >= 2
                    and last == "holdings"
                    and words[0].lower() not in _INDUSTRY
                    and words[0].lower() not in _FIELDS
                ):
                    # "Bio-Path Holdings said": a holding company, named without its legal suffix (not
                    # "Healthcare Holdings", the tail of "China Grand Pharmaceutical and Healthcare Holdings")
                    name = span.name
                elif 2 <= len(words) <= _longest_opened(words[0]):
                    # "Laboratorios Brisa", "Farmacéutica Solana": the industry word first; "University of
                    # British Columbia": a university's or institute's name runs longer
                    name = span.name
                elif len(words) >= 3:
                    # a headline in title case runs name and verb together: "Redx Pharma Receives Milestone"
                    ends = [n for n in range(2, len(words)) if words[n - 1].lower() in _INDUSTRY]
                    if (
                        ends
                        and words[0].lower() not in _INDUSTRY
                        and not _REGULATOR_WORDS.match(words[ends[0]])
                        # "for AeroLock Inhaled Biologics Platform": the industry word names what a platform
                        # makes, not a firm
                        and words[ends[0]].lower() not in {"platform", "platforms"}
                        # "at the Leiden Bio Science Park": a place named for the firms it houses
                        and _PLACE_REST.fullmatch(" ".join(words[ends[0] :])) is None
                    ):
                        name = " ".join(words[: ends[0]])  # but "European Medicines Agency" is one regulator
                if name and not is_excluded(name):
                    self._add(name)
                elif name and span.suffixed and not _never_a_firm(name) and listed_after(text, span.end):
                    # "XOMA (NASDAQ: XOMA)": a name in capitals that a ticker shows to be a firm, not a code
                    self._listed.add(key(name))
                    self._add(name)
            for m in _alias_definitions(text):
                defined = m.group("name")
                if ". " in defined:  # "Greater China. Zhongshan Huikang Co., Ltd. ("Huikang")": the last one
                    defined = _SENTENCE_END.split(defined)[-1]
                full = short_name(defined)
                alias = m.group("alias").strip()
                if not full or is_excluded(full):
                    continue
                if alias.lower() in {"company", "the company"} or _OR_THE_COMPANY.match(text, m.end()):
                    # ('Ashdown Pharma plc ("Ashdown" or the "Company")': the issuer, with its short name)
                    self._issuers.append(full)
                elif DOCUMENT.search(full) is None:  # 'the Commercialization Agreement (the "JDCA")': no firm
                    self._add(full)
                    self._aliases[key(alias)] = self.display(full) or full
                    self._shown.clear()
            for name in lower_case_listed(text):
                if name not in self._lower and not is_excluded(name):
                    self._lower.append(name)
                    self._add(name)
            for described in _described(text):
                name = short_name(described)
                if name and not is_excluded(name):
                    self._add(name)
        for subject in about:
            if not is_excluded(subject):
                self._add(short_name(subject))

    def _add(self, name: str) -> None:
        name = short_name(name)
        k = key(name)
        if k and k not in self._orgs:
            self._orgs[k] = name
            self._added.append((k, name))
            self._shown.clear()

    def display(self, name: str) -> str | None:
        """The organisation a name refers to, as the document names it; None when it is not one."""
        self._read_texts()
        if name not in self._shown:
            self._shown[name] = self._display(name)
        return self._shown[name]

    def _display(self, name: str) -> str | None:
        written = short_name(name)
        k = key(written)
        # (an acronym is written in capitals: "BI" is Boehringer Ingelheim, "Bi" of "Daeyang Bi o" is no one)
        found = self._lookup(k, acronym=any(ch.isupper() for ch in written[1:]))
        if found is not None and k in self._orgs and k not in self._aliases and k in _KNOWN_INDEX:
            return written  # a well-known group as this text spells it ("Bristol Myers Squibb")
        return found

    def _lookup(self, wanted: str, *, acronym: bool = True) -> str | None:
        if not wanted:
            return None
        if wanted in self._aliases:
            return self._aliases[wanted]
        if wanted in self._orgs:
            return self._orgs[wanted]
        # the longest key of four or more that the wanted key starts, or that starts with it; the first
        # added of equal ones: the well-known groups (read from tables made once), then the document's own
        best, best_len = None, 0
        if len(wanted) >= 4:
            best, best_len = _known_by_prefix(wanted)
            for k, v in self._added:
                if len(k) >= 4 and len(k) > best_len and (wanted.startswith(k) or k.startswith(wanted)):
                    best, best_len = v, len(k)
        if best is not None:
            return best
        if len(wanted) >= 4:
            # "Salubris" for "Shenzhen Salubris Pharmaceuticals": a Chinese firm named without its city;
            # "Paineiras" for "Laboratório Paineiras": a firm named without the industry word it opens with
            for k, v in self._added:
                first = v.split(" ", 1)[0]
                if (first in _CITY_OPENS or first.lower().startswith(_TRADE_OPENS)) and k[
                    len(key(first)) :
                ].startswith(wanted):
                    return v
        if len(wanted) < 2 or len(wanted) > 6 or not acronym:
            return None
        known = _KNOWN_ACRONYMS.get(wanted)
        if known is not None:
            return known
        return next((v for _, v in self._added if _acronym(v) == wanted), None)

    def is_org(self, name: str) -> bool:
        """True when the document or the known list shows the name to be an organisation."""
        return self.display(name) is not None
