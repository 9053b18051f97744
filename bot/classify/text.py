"""Text normalisation and sentence splitting for newswire releases, tolerant of OCR-like damage.

Everything here is pure, linear in the length of its input and never raises on any `str`: feed text
is hostile (binary junk decoded as latin-1, double-escaped entities, other scripts, a megabyte of it).
"""

from __future__ import annotations

import html
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import partial
from importlib import import_module
from itertools import pairwise
from typing import Any, AnyStr, cast

__all__ = [
    "Need",
    "Search",
    "gate",
    "holds",
    "holds_need",
    "lowered",
    "needs",
    "normalise",
    "paragraphs",
    "split_sentences",
    "squash",
    "tolerant_phrase",
    "tolerant_word",
]

_MAX_TOLERANT_WORD = 40  # longer words are matched exactly: the alternation grows with the length


def _wordset(words: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string, for readable word lists."""
    return frozenset(words.split())


# --- normalise ----------------------------------------------------------------------------------------

_TRANSLATE = {
    # spaces of other widths, and tabs, are plain spaces
    **dict.fromkeys(map(ord, "\t\u00a0\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"), " "),
    **dict.fromkeys(map(ord, "\u2008\u2009\u200a\u202f\u205f\u3000"), " "),
    # line and paragraph separators, vertical tab and form feed break lines
    **dict.fromkeys(map(ord, "\u2028\u000b\u000c\u0085"), "\n"),
    ord("\u2029"): "\n\n",
    # quotes and hyphen-like marks: plain ASCII, so names and patterns match ("ImmunoGen’s")
    **dict.fromkeys(map(ord, "‘’‚‛′`"), "'"),
    **dict.fromkeys(map(ord, "“”„‟″«»"), '"'),
    **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2212\u2043\ufe63\uff0d"), "-"),
    # zero-width characters and soft hyphens vanish: they split words invisibly
    **dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None),
}
# control characters (except line breaks), bidi and other format marks, and lone surrogates
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2061-\u206f\ud800-\udfff]")
_TRANSLATED = re.compile("[" + re.escape("".join(map(chr, _TRANSLATE))) + "]")
_VANISHING = {c: None for c, to in _TRANSLATE.items() if to is None}  # what the table removes
# the ASCII characters of the two above
_ASCII_TRANSLATED = "".join(chr(c) for c in _TRANSLATE if c < 128)
_ASCII_CONTROL = bytes(c for c in range(128) if _CONTROL.match(chr(c)))
_SPACES = re.compile(r" {2,}")
_SPACE_AROUND_NEWLINE = re.compile(r" *\n *")
_BLANK_LINES = re.compile(r"\n{3,}")
# html.unescape raises on a numeric reference too long to convert ("&#" and 50,000 digits); no code
# point needs more than seven digits, so longer ones are replaced before decoding.
_OVERLONG_CHARREF = re.compile(r"&#(?:[xX][0-9a-fA-F]{8,}|[0-9]{8,});?")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")

# "may" the modal, never the month: "expected on May 28" is a date, not a maybe (for condition patterns)
MODAL_MAY = r"may(?!\s*\d)"

# "Phase Il", "Phase lI", "Phase Ill": OCR reads the Roman numeral I as a lower-case l
# (the first letter is read before the word edge behind it is checked, so the regex engine skips to it fast)
_PHASE_NUMERAL = re.compile(r"([Pp](?<!\w[Pp])(?i:hase) )([IlL]{1,3}[ab]?(?:/[IlL]{1,3}[ab]?)?)\b")

# Words releases use that OCR likes to split ("Cor porat e", "collab oration", "Euro pean"). A split
# is repaired only when the joined word is one of these or appears whole elsewhere in the same text,
# and only when some piece is neither a common word nor one of these, so real words stay apart.
_DOMAIN_WORDS = _wordset(
    """
    about acquisition agreement agreements alliance announced announces antibody application approval
    biopharmaceutical biotechnology cellular clinical collaboration collaborative commercial
    commercialization commercialisation communications company corporate development developing
    european exclusive forward-looking hepatocellular immunotherapy information investigational
    investor investors license licence licensing looking milestone milestones oncology partnership payment
    payments million billion thousand approximately
    pharmaceutical pharmaceuticals regulatory relations statements technology therapeutic therapeutics
    therapies biologics biosciences american
    today worldwide trigger triggers triggered triggering receive received receives achieved achievement
    upfront submitted submission cleared clearance royalty royalties sublicense sublicence eligible
    potential investment equity option exercised terminated termination granted approved candidate
    subsequent january february march april june july august september october november december
    """
)
_DOMAIN_BYTES = frozenset(w.encode() for w in _DOMAIN_WORDS)
_COMMON_WORDS = _wordset(
    """
    a about above after again all also am an and any are as at be been before being below between both
    but by can could did do does each few for from further had has have he her here him his how i if in
    into is it its just me more most my new no nor not now of off on once one only or other our out over
    own same she should so some such than that the their them then there these they this those through
    to too under until up very was we were what when where which while who whom why will with would you
    your every any some no body thing where time times day way ever side line work well care base
    """
)
_WORD_TOKEN = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
# URLs and e-mail addresses run words together (with a space damage put after the "@": "ir@ orrincell. com")
_ADDRESS = re.compile(r"\S{0,200}(?:://|www\.|@)\s?\S{0,200}")
# words of letters joined by single spaces; each piece is bounded and starts and ends at a word edge, so a
# long run of letters without spaces costs linear time instead of backtracking over the whole run
_LETTER_RUN = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,40}(?: [^\W\d_]{1,40})+(?![^\W\d_])")
# where `_may_join` cuts words: any run of characters other than letters
_NON_LETTERS = re.compile(r"[\W\d_]+")
# lower-case letters stay, capitals are lowered, any other byte becomes a space
_ASCII_LETTERS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))


def _unescape(text: str) -> str:
    """Decode HTML entities, also double-escaped ones ("&amp;amp;" becomes "&")."""
    for _ in range(3):
        if "&" not in text or _ENTITY.search(text) is None:
            break
        decoded = html.unescape(_OVERLONG_CHARREF.sub("\ufffd", text))
        if decoded == text:
            break
        text = decoded
    return text


def _phase(m: re.Match[str]) -> str:
    return m.group(1) + m.group(2).replace("l", "I").replace("L", "I")


def _long_words(text: str) -> list[str]:
    """Words of six letters or more that appear whole in the text (not in addresses), lower-cased."""
    if "@" in text or "://" in text or "www." in text:
        text = _ADDRESS.sub(" ", text)
    return [w.lower() for w in _WORD_TOKEN.findall(text) if len(w) >= 6]


def _vocabulary(text: str) -> set[str]:
    """Words of six letters or more that appear whole in the text, lower-cased."""
    return set(_long_words(text))


def _may_join(text: str) -> bool:
    """False when no two to four neighbouring words join into a word `_join_split_words` knows.

    A cheap superset test, run before the exact repair: the text is cut into words at every
    non-letter (so words either side of punctuation count as neighbours too, which only costs a
    closer look), and the words of six letters or more stand for the words the text holds whole.
    Most releases have no split word at all, and then nothing else runs.
    """
    if text.isascii():
        # ASCII text is lower-cased and cut at non-letters by one byte table, the fastest way
        letters = text.encode("ascii").translate(_ASCII_LETTERS)
        runs = letters.split()  # the runs of letters: those of six or more are the words held whole
        return _joins(runs, _DOMAIN_BYTES.union(w for w in runs if len(w) >= 6))
    if "\u03a3" in text:
        return True  # a capital sigma lower-cases by what follows it: joined and split words may differ
    words = _NON_LETTERS.sub(" ", text).lower().split()
    return _joins(words, _DOMAIN_WORDS.union(w for w in words if len(w) >= 6))


def _joins(words: list[AnyStr], known: frozenset[AnyStr]) -> bool:
    """True when two, three or four neighbouring words, joined, make a known word."""
    pairs = list(map(operator.add, words, words[1:]))
    return not (
        known.isdisjoint(pairs)
        and known.isdisjoint(map(operator.add, pairs, words[2:]))
        and known.isdisjoint(map(operator.add, pairs, pairs[2:]))
    )


def _first_pieces(line: str, known: set[str]) -> set[str]:
    """The lower-cased words of a line that start two to four words joining into a known word."""
    words = _NON_LETTERS.sub(" ", line).lower().split()
    firsts: set[str] = set()
    joined = words
    for n in range(1, 4):
        joined = list(map(operator.add, joined, words[n:]))
        if not known.isdisjoint(joined):
            firsts.update(words[i] for i, w in enumerate(joined) if w in known)
    return firsts


def _join_split_words(text: str) -> str:
    """Join OCR-split words ("Cor porat e" -> "Corporate") where the joined word is known for sure."""
    if not _may_join(text):
        return text
    known = _vocabulary(text) | _DOMAIN_WORDS
    # a run of words never crosses a line break, so lines are repaired one by one, and only the lines
    # where some words join into a known word; a capital sigma (see `_may_join`) sends every line
    sigma = "\u03a3" in text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        firsts = None if sigma else _first_pieces(line, known)
        if firsts is None or firsts:
            lines[k] = _LETTER_RUN.sub(partial(_repair, known=known, firsts=firsts), line)
    return "\n".join(lines)


# words a release never means as two ("a sales mile stone of £4m"): joined even where both halves are words
_NEVER_APART = frozenset({"milestone", "milestones"})


def _repair(m: re.Match[str], *, known: set[str], firsts: set[str] | None) -> str:
    """One run of words with its split words joined."""
    if firsts is not None and firsts.isdisjoint(m.group(0).lower().split(" ")):
        return m.group(0)  # no piece of this run starts a known word
    pieces = m.group(0).split(" ")
    out: list[str] = []
    i = 0
    while i < len(pieces):
        joined = None
        # try the longest join first; at most four pieces
        for n in range(min(4, len(pieces) - i), 1, -1):
            group = pieces[i : i + n]
            word = "".join(group)
            if len(word) < 5 or len(word) > 40 or word.lower() not in known:
                continue
            if word.lower() not in _NEVER_APART and all(
                p.lower() in _COMMON_WORDS or p.lower() in _DOMAIN_WORDS for p in group
            ):
                continue  # "every one", "with in": real words stay apart (see `_NEVER_APART`)
            if group[0] in {"a", "A"}:
                continue  # "a Series A round" is no "Series Around": a lone "a" is the article or a letter
            if any(len(p) > 1 and p.isupper() for p in group):
                continue  # "GLOBE NEWSWIRE": capitals are names and acronyms, not split words
            joined = (word, n)
            break
        if joined is None:
            out.append(pieces[i])
            i += 1
        else:
            out.append(joined[0])
            i += joined[1]
    return " ".join(out)


# HTML left in a feed's text ("<p>", "<li>", "<br/>", "<span class=...>"): a tag's name, then its attributes
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,300})?/?>")
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|h[1-6]|ul|ol|table|section|article|blockquote|pre)\b[^<>]{0,300}>", re.IGNORECASE
)
_LINE_TAG = re.compile(r"<(?:br|li|tr|dt|dd)\b[^<>]{0,300}>|</(?:li|tr|dt|dd)>", re.IGNORECASE)


def _untagged(text: str) -> str:
    """Text with HTML tags taken out: a block's tags part paragraphs, a list item's or a line break's part
    lines, and any other tag (bold, a link) goes."""
    text = _BLOCK_TAG.sub("\n\n", text)
    text = _LINE_TAG.sub("\n", text)
    return _TAG.sub("", text)


def normalise(text: str) -> str:
    """Return text with entities decoded, Unicode and spacing normalised and safe OCR repairs made."""
    # each step runs only when its characters are present: most text needs few of them
    # tags written as tags are a feed's HTML; a tag escaped as an entity ("&lt;b&gt;") is text
    if "<" in text and _TAG.search(text) is not None:
        text = _untagged(text)
    text = _unescape(text)
    if _may_be_mangled(text):
        # "SaltsjÃ¶": UTF-8 read as Windows-1252, decoded before NFKC turns "™" into "TM", and after the
        # characters removed below anyway are gone, so that what they split is read whole
        text = _unmangled(_CONTROL.sub("", text.translate(_VANISHING)))
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFKC", text)
    if _may_be_mangled(text):
        text = _unmangled(text)  # and what NFKC may have closed up into such a sequence
    if text.isascii():
        # ASCII text (most of it) is read by byte tables, faster than the patterns that say the same
        if any(ch in text for ch in _ASCII_TRANSLATED):
            text = text.translate(_TRANSLATE)
        kept = text.encode("ascii").translate(None, _ASCII_CONTROL)
        if len(kept) != len(text):
            text = kept.decode("ascii")
    else:
        if _TRANSLATED.search(text) is not None:
            text = text.translate(_TRANSLATE)
        text = _CONTROL.sub("", text)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _SPACE_AROUND_NEWLINE.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    if "phase" in text.lower() or "\u017f" in text:  # "\u017f", a long s, matches "s" ignoring case
        text = _PHASE_NUMERAL.sub(_phase, text)
    if "-\n" in text:
        text = _WRAPPED_WORD.sub("", text)
    if "- " in text:
        text = _mend_hyphen_space(text)
    if "1" in text and _ONE_INSIDE.search(text) is not None:
        text = _mend_ones(text)
    if "I" in text and _CAPITAL_I_INSIDE.search(text) is not None:
        text = _mend_capital_i(text)
    if "l" in text:
        text = _INITIAL_L.sub("I", text)
    if "ND" in text:
        text = _IND_OCR.sub("IND", text)
    if "rn" in text:
        text = _mend_rn(text)
    text = _join_split_words(text)
    if "ion" in text and _SCALE_DAMAGE.search(text) is not None:
        text = _SCALE_OCR.sub(_scale, text)
    if "O" in text and _DIGIT_O.search(text) is not None:
        text = _SUM_OCR.sub(lambda m: m.group(0).replace("O", "0"), text)  # needs a currency and an O
    if "(N" in text:
        text = _EXCHANGE_OCR.sub(_exchange, text)
    if ": " in text:
        text = _SPLIT_SYMBOL.sub(_symbol, text)
    return text.strip()


# "(Nasdaq: CR VT)", "(TSE: 45 97)": OCR splits a ticker symbol inside its bracket (not "(Nasdaq
# Stockholm: LUNQ B)", a share class written after its symbol)
_SPLIT_SYMBOL = re.compile(
    r"\((?P<ex>[A-Za-z][A-Za-z .-]{1,40}?:\s?)(?P<a>[A-Z0-9]{1,4}) (?P<b>[A-Z0-9]{1,4})(?=\))"
)


def _symbol(m: re.Match[str]) -> str:
    """A split ticker symbol joined, or the bracket as it was when the second part is a share class."""
    a, b = m.group("a"), m.group("b")
    if len(a) + len(b) > 6 or (len(b) == 1 and len(a) >= 3 and b.isalpha()):
        return m.group(0)
    return "(" + m.group("ex") + a + b


# "(NAS DAQ: CRVB)", "(NY SE: ALDM)": OCR splits an exchange's name before the ticker it lists
_EXCHANGE_OCR = re.compile(r"(?<=\()N[A-Za-z]{0,4} [A-Za-z]{1,4}(?=\s?:)")
_SPLIT_EXCHANGES = frozenset({"NASDAQ", "NYSE"})


def _exchange(m: re.Match[str]) -> str:
    """An exchange's split name joined ("NAS DAQ" -> "NASDAQ"), or the words as they were."""
    joined = m.group(0).replace(" ", "")
    return joined if joined.upper() in _SPLIT_EXCHANGES else m.group(0)


# "Boehringer lngelheim", "lmmunoGen": OCR reads a word's capital I as a lower-case l. No English word opens
# with an l and then a consonant other than l (a name such as "Lloyd" is written with a capital), so such a
# word's l is read as the I it stands for. (The l is matched first, so the search runs at a literal's speed.)
# (not a unit or an abbreviation written small: "lbs", "ltd", "lncRNA")
_INITIAL_L = re.compile(
    r"l(?<![\w'’&.-]l)(?=[bcdfghjkmnpqrstvwxz][A-Za-z]+\b)(?!(?:bs|cd|td|ng|pg|sd|tr|ts|ncRNA)\b)"
)
# "Adminis-\ntration", "develop-\nment": a word hyphenated where a hard-wrapped line broke it
_WRAPPED_WORD = re.compile(r"(?<=[a-z]{2})-\n(?=[a-z]{2})")
# "mi1estone", "Bio1ogics": OCR reads a lower-case l inside a word as the digit 1. The word is mended only
# when what it becomes is a word the release or its trade uses, so a name like "Bio1lion Labs" stays.
_ONE_IN_WORD = re.compile(r"[A-Za-z]*[a-z]1[a-z][A-Za-z1]*")
# what every match of `_ONE_IN_WORD` holds, and a match by itself: whether a text has one is asked of this,
# which the engine reads in one pass, where the whole pattern re-reads every word from each of its letters
_ONE_INSIDE = re.compile(r"[a-z]1[a-z]")
_OCR_WORDS = _wordset(
    """
    biologic biologics biological million billion clinical trial trials filed approval global royalty
    royalties upfront deal dollars holdings labs laboratories bioscience biosciences sciences health
    commission committee immune immunology management government programme premium maximum minimum
    """
)


def _mend_ones(text: str) -> str:
    """Read a 1 between lower-case letters as an l where that makes a known word ("mi1estone")."""
    known = _DOMAIN_WORDS | _OCR_WORDS | _vocabulary(text)

    def mend(m: re.Match[str]) -> str:
        word = m.group(0)
        mended = word.replace("1", "l")
        return mended if mended.lower() in known else word

    return _ONE_IN_WORD.sub(mend, text)


# "rnilestone", "agreernent", "Pharrna": OCR reads an m as the letters r and n. The word is mended only when
# what it becomes is a word the release spells elsewhere or its trade uses, so "return", "government" or
# "Bern" stay.
_RN_WORD = re.compile(r"[A-Za-z]*rn[A-Za-z]*")


def _mend_rn(text: str) -> str:
    """Read "rn" inside a word as an m where that makes a known word and the word as written is not one."""
    known = _DOMAIN_WORDS | _OCR_WORDS
    counts: Counter[str] | None = None

    def mend(m: re.Match[str]) -> str:
        nonlocal counts
        word = m.group(0)
        lower = word.lower()
        if lower in known:
            return word
        mended = word.replace("rn", "m")
        if mended.lower() in known:
            return mended
        if counts is None:
            counts = Counter(_long_words(text))
        # the spelling the text uses more often is the word ("Redfern" seven times, a damaged "Redfem" once)
        return mended if counts[mended.lower()] >= max(1, counts[lower]) else word

    return _RN_WORD.sub(mend, text)


# "UItragenyx", "AIkermes": OCR reads the l after a name's capital as a capital I. The word is mended only
# when the text spells what it becomes elsewhere, so "AImmune" or "BIOLASE" stay as written.
_CAPITAL_I_WORD = re.compile(r"\b[A-Z]I[a-z]{2,}[A-Za-z]*")
_CAPITAL_I_INSIDE = re.compile(r"\b[A-Z]I[a-z]{2}")


def _mend_capital_i(text: str) -> str:
    """Read a capital I after a word's first capital as an l where the text spells that word elsewhere."""
    known = _vocabulary(text)

    def mend(m: re.Match[str]) -> str:
        word = m.group(0)
        mended = word[0] + "l" + word[2:]
        return mended if mended.lower() in known else word

    return _CAPITAL_I_WORD.sub(mend, text)


# "lND", "1ND": OCR reads the I of IND as a lower-case l or a 1
_IND_OCR = re.compile(r"(?<![\w-])[l1|]ND\b")
# "$95 mi1lion", "EUR 3 bilIion": OCR reads the l of a scale word as the digit 1 or a capital I
_SCALE_OCR = re.compile(r"([MmBb])(?<!\w[MmBb])([iIl1][lI1]{2})ion(s?)\b")  # "\b" read after the M, faster
# what every damaged scale word holds: most texts write "million" whole, and then nothing is mended
_SCALE_DAMAGE = re.compile(r"[MmBb](?!ill)[iIl1][lI1]{2}ion")
# "$4O million", "SEK 1OO million": OCR reads a zero as the letter O, in a sum after a currency sign or code
_SUM_OCR = re.compile(
    r"(?:(?<=[$€£¥])|(?<=\b(?:USD|EUR|GBP|CHF|SEK|DKK|NOK|JPY|KRW|CNY|RMB|AUD|CAD) ))"
    r"(?:(?=[\dO.,]*\d)(?=[\dO.,]*O)[\dO][\dO.,]*(?=\s?(?:million|billion|bn|m)\b)"
    # a sum written whole in groups of three ("$30,000,0O0"): its groups show it is a number
    r"|(?=[\dO,]*\d)(?=[\dO,]*O)[\dO]{1,3}(?:,[\dO]{3})+(?![\w,]))"
)
# what every such sum holds: a digit next to a capital O
_DIGIT_O = re.compile(r"\dO|O\d")
# "Thera- peutics": a word hyphenated at a line break whose break became a space; joined only into a word
# the release or its trade spells whole, so "long- and short-term" stays
_HYPHEN_SPACE = re.compile(r"\b([A-Za-z]{2,})- ([a-z]{2,})\b")


def _mend_hyphen_space(text: str) -> str:
    """Join "Thera- peutics" into "Therapeutics" where the joined word is known."""
    if _HYPHEN_SPACE.search(text) is None:
        return text
    known = _vocabulary(text) | _DOMAIN_WORDS

    def mend(m: re.Match[str]) -> str:
        joined = m.group(1) + m.group(2)
        return joined if joined.lower() in known else m.group(0)

    return _HYPHEN_SPACE.sub(mend, text)


# UTF-8 read as Windows-1252: a lead byte shown as "Ã", "Â" or "â" and as many continuation bytes as it
# needs (a character Windows-1252 writes as a byte from 0x80 to 0xBF)
_CONTINUATION = (
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_MOJIBAKE = re.compile(
    "[\u00c2-\u00df]"
    + _CONTINUATION
    + "|[\u00e0-\u00ef]"
    + _CONTINUATION
    + "{2}|[\u00f0-\u00f4]"
    + _CONTINUATION
    + "{3}"
)


def _may_be_mangled(text: str) -> bool:
    """Whether a text holds the lead characters mojibake most often shows ("Ã", "Â", "â")."""
    return not text.isascii() and ("\u00c3" in text or "\u00c2" in text or "\u00e2" in text)


def _unmangled(text: str) -> str:
    """A text with its mojibake decoded ("SaltsjÃ¶" -> "Saltsjö"), until none is left (a decoded
    sequence can close up into another)."""
    for _ in range(8):
        # a sequence can decode into a control character, removed at once: what it split closes up
        fixed = _CONTROL.sub("", _MOJIBAKE.sub(_unmangle, text))
        if fixed == text:
            break
        text = fixed
    return text


def _unmangle(m: re.Match[str]) -> str:
    """One mojibake sequence decoded back into the character it stood for, or left as it is."""
    try:
        return m.group(0).encode("cp1252").decode("utf-8")
    except UnicodeError:
        return m.group(0)


def _scale(m: re.Match[str]) -> str:
    """A scale word with OCR damage mended ("mi1lion" -> "million"); an undamaged one as it stands."""
    return m.group(0) if m.group(2) == "ill" else m.group(1) + "illion" + m.group(3)


# --- sentences ---------------------------------------------------------------------------------------

# Words that end with a full stop without ending a sentence.
_ABBREVIATIONS = _wordset(
    """
    inc corp co ltd llc plc bros mass calif conn del fla ga ill ind kan ky la md mich minn miss mo mont
    neb nev okla ore pa tenn tex va vt wash wis wyo ariz colo ala ark n.j n.y n.c n.h n.m n.d s.c s.d
    d.c r.i w.va no nos dr mr mrs ms prof st jr sr gen lt col sgt rep sen gov hon rev fig figs ref refs
    vol vols p pp ed eds approx est ca c cf vs v e.g i.e viz al etc incl dept univ assn ave blvd rd
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    u.s u.k u.n e.u s.a n.v b.v a.g s.p.a k.k ph.d m.d b.sc m.sc mg ml kg
    """
)
# Company suffixes and country abbreviations often end a sentence too: they do when a typical
# sentence opener follows ("... from Eisai Co. The payment ...").
_SOFT_ABBREVIATIONS = _wordset("inc corp co ltd llc u.s u.k e.u s.a n.v b.v a.g etc")
_OPENERS = _wordset(
    """
    the this that these those it its he she we they our their his her in under as at on for with after
    before following during while when if a an all both each no there here however additionally also
    further furthermore moreover meanwhile separately today shares about according
    """
)
# a verb right after the word that follows a company suffix's stop: that word is a sentence's subject
_SUBJECT_VERB = re.compile(
    r" "
    r"(?:is|are|was|were|has|have|had|will|would|can|may|said|says|also|remains|retains|keeps|holds|expects)\b"
)
_CANDIDATE = re.compile(r"[.!?][\"')\]]{0,3}(?=\s)")
_PREV_TOKEN = re.compile(r"([\w.&'-]{1,30})[.!?]?[\"')\]]{0,3}\Z")
_NEXT_TOKEN = re.compile(r"\s+([\"'(\[]{0,3})([\w$€£¥]{0,30})")
_LIST_MARKER = re.compile(r"(?:[-*•|]|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,3}\))\s")
_CONNECTOR_END = re.compile(
    r"(?:[,\-/&(]|\b(?:and|or|of|the|to|with|for|by|in|on|at|a|an|from|as|that|which|including|under|between"
    r"|its|their|our|into|per|plus|than|via|whose|who|is|are|was|were|will|has|have|had))\Z",
    re.IGNORECASE,
)
_TERMINAL_END = re.compile(r"[.!?:;][\"')\]]{0,3}\Z")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_WRAP_WIDTH = 70  # a line this long that stops mid-sentence was wrapped, not ended
_NARROW_WRAP = 45  # the narrowest a paragraph's widest line may be for its lines to read as wrapped there
_FIGURE_END = re.compile(r"(?:\d|\d[mbk]n?|million|billion|thousand|%|\))\W{0,2}\Z", re.IGNORECASE)


def paragraphs(text: str) -> list[str]:
    """Return the blank-line separated blocks of a text, stripped, without empty ones."""
    return [
        p.strip() for p in _PARAGRAPH_BREAK.split(text.replace("\r\n", "\n").replace("\r", "\n")) if p.strip()
    ]


def continues(prev: str, line: str, width: int = _WRAP_WIDTH) -> bool:
    """True when a line break inside a paragraph wraps a sentence rather than ending a line of its own
    (`width`: how long a line must be to read as wrapped where it stops mid-sentence)."""
    if not prev or not line:
        return False
    if prev.count("(") > prev.count(")") and not _LIST_MARKER.match(line):
        return True  # "Suzhou Lanting Co., Ltd. (HKEX:" over "2619) has granted": a bracket left open
    # both end patterns are anchored at the end and at most a dozen characters long: read only the tail
    tail = max(0, len(prev) - 16)
    if (
        _TERMINAL_END.search(prev, tail)
        or _LIST_MARKER.match(line)
        or line.startswith("|")
        or prev.startswith("|")
    ):
        return False
    if line[0].islower() or _CONNECTOR_END.search(prev, tail):
        return True
    # a long line cut mid-sentence was wrapped; a short one is a headline or a heading
    return len(prev) >= width


def _wrap_width(para: str) -> int:
    """How long a line of a paragraph must be to read as wrapped where it stops mid-sentence: a paragraph of
    three lines or more wrapped narrower than usual ("exclusive licence to develop, manufacture and
    commercialise" over "LT-102, its PD-1/VEGF bispecific antibody, everywhere") has its own width."""
    if para.count("\n") < 2:
        return _WRAP_WIDTH
    lines = [ln.strip() for ln in para.split("\n")]
    # (a table whose rows end in figures is no wrapped prose: "Upfront payment on signing US$25.0 million")
    if sum(1 for ln in lines if _FIGURE_END.search(ln, max(0, len(ln) - 12))) >= 2:
        return _WRAP_WIDTH
    widest = max(len(ln) for ln in lines[:-1])
    return min(_WRAP_WIDTH, widest * 3 // 4) if widest >= _NARROW_WRAP else _WRAP_WIDTH


def _blocks(text: str) -> list[str]:
    """Paragraphs with wrapped lines joined and line-ending headings kept apart."""
    out: list[str] = []
    for para in paragraphs(text):
        current = last = ""
        width = _wrap_width(para)
        for raw in para.split("\n"):
            line = raw.strip()
            if not line:
                continue
            if current and continues(last, line, width):
                # "cancer-" + "cell": a compound broken at its hyphen stays one word
                glue = "" if last.endswith("-") and last[-2:-1].isalpha() and line[0].islower() else " "
                current += glue + line
            else:
                if current:
                    out.append(current)
                current = line
            last = line
        if current:
            out.append(current)
    return out


def _is_boundary(block: str, end: int) -> bool:
    """True when the full stop (or ! ?) that ends at `end` also ends a sentence."""
    nxt = _NEXT_TOKEN.match(block, end, min(len(block), end + 40))
    if nxt is None or nxt.end() >= len(block):
        return True
    opener, word = nxt.group(1), nxt.group(2)
    if not word:
        return False  # "Calif. & Paris", "Inc. -- ": what follows is no sentence start
    if not (word[0].isupper() or word[0].isdigit() or word[0] in "$€£¥"):
        return False
    if block[end - 1] in "!?" or (block[end - 1] in "\"')]" and block[end - 2 : end - 1] in {"!", "?"}):
        return True
    # the token before the stop holds no space: start reading after the last one
    lo = max(0, end - 34)
    prev = _PREV_TOKEN.search(block, max(lo, block.rfind(" ", lo, end) + 1), end)
    if prev is None:
        return True
    written = prev.group(1).rstrip(".")
    token = written.lower()
    opens_sentence = word.lower() in _OPENERS and not opener.startswith("(")
    if len(token) == 1 and token.isalpha() and written.isupper():
        return opens_sentence  # "J. Smith" is a name; "vitamin D. The" ends a sentence
    if token in _SOFT_ABBREVIATIONS or ("." in token and token.replace(".", "").isalpha()):
        # "Eisai Co. Ltd", "H.C. Wainwright", "U.S. FDA"; but "... in the U.S. The", and "... licensed to
        # BeiGene, Ltd. Zymeworks is also eligible": a name and then a verb open a sentence
        return opens_sentence or (
            token in _SOFT_ABBREVIATIONS
            and not opener
            and word.lower() not in _ABBREVIATIONS  # "Eisai Co. Ltd is": the name goes on
            and _SUBJECT_VERB.match(block, nxt.end(), min(len(block), nxt.end() + 12)) is not None
        )
    return token not in _ABBREVIATIONS


def split_sentences(text: str) -> list[str]:
    """Return the sentences of a text in order: headings and wrapped lines handled, abbreviations kept."""
    sentences: list[str] = []
    for block in _blocks(text):
        start = 0
        for m in _CANDIDATE.finditer(block):
            if _is_boundary(block, m.end()):
                piece = block[start : m.end()].strip()
                if piece:
                    sentences.append(piece)
                start = m.end()
        piece = block[start:].strip()
        if piece:
            sentences.append(piece)
    return sentences


# --- tolerant matching ---------------------------------------------------------------------------------


def squash(text: str) -> str:
    """Return the letters and digits of a text, lower-cased and without accents, for tolerant comparison."""
    if text.isascii():
        return text.lower().encode("ascii").translate(None, _NOT_ASCII_ALNUM).decode("ascii")
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    kept = _NOT_ALNUM.sub("", decomposed)  # \w is exactly str.isalnum() or "_"
    return kept if kept.isascii() else "".join(ch for ch in kept if not unicodedata.combining(ch))


_NOT_ASCII_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())  # deleted from lower-cased ASCII
_NOT_ALNUM = re.compile(r"[\W_]+")


def tolerant_word(word: str) -> str:
    """Return a regex fragment matching the word exactly or with one stray space inside it.

    "Amgen" matches "Amgen", "Am gen" or "Amge n" (OCR damage), but not "A m gen". Words longer than
    40 characters are matched exactly, so the fragment stays small.
    """
    if len(word) < 2 or len(word) > _MAX_TOLERANT_WORD:
        return re.escape(word)
    variants = [re.escape(word)]
    variants.extend(re.escape(word[:i]) + " " + re.escape(word[i:]) for i in range(1, len(word)))
    return "(?:" + "|".join(variants) + ")"


def tolerant_phrase(phrase: str) -> str:
    """Return a regex fragment matching a phrase whose words may each carry one stray space."""
    words = phrase.split()
    return r"(?:" + r"\s{1,3}".join(tolerant_word(w) for w in words) + ")" if words else ""


# --- what a pattern needs ------------------------------------------------------------------------------
# A pattern is read once for the words any match of it must contain ("milestone" and one of "earn",
# "receiv", "trigger", ...), so that it runs only on text holding them. Only ASCII words of the pattern
# are used, to be read on ASCII text: there lower-casing is exact, and a word the pattern writes with
# capitals where case counts ("IND") must stand as written. A pattern needing no word runs everywhere.
try:
    _parser: Any = import_module("re._parser")  # the standard library's own regex parser
    _compiler: Any = import_module("re._compiler")  # and its compiler, which also takes a parsed pattern
except ImportError:  # pragma: no cover - a Python without them runs every rule, as before
    _parser = _compiler = None

_MAX_VARIANTS = 16  # "authori[sz]" is two words; a class with more characters ends a word
_MAX_CLAUSES = 3  # the strongest few needs: each costs a look at the sentence
_MAX_NEED_WORDS = 40  # a need of more words costs more to look for than it saves
_UNDERSCORE = ord("_")  # never part of a needed word: masks write it over words they remove

# one need: (words to find in the lower-cased text, words to find as written); one of them must be there
Need = tuple[tuple[str, ...], tuple[str, ...]]


def _class_chars(items: list[tuple[Any, Any]], *, fold: bool) -> frozenset[str] | None:
    """The ASCII characters a small character class matches (lower-cased when case is ignored)."""
    chars: set[str] = set()
    for op, av in items:
        if op is _parser.LITERAL and av < 128 and av != _UNDERSCORE:
            chars.add(chr(av))
        elif op is _parser.RANGE and av[1] < 128 and av[1] - av[0] < 10 and not av[0] <= _UNDERSCORE <= av[1]:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _parser.CATEGORY and av is _parser.CATEGORY_DIGIT:
            chars.update("0123456789")  # on ASCII text \d is exactly these
        else:
            return None
    return frozenset(c.lower() for c in chars) if fold else frozenset(chars)


def _strength(clause: frozenset[str]) -> tuple[int, int]:
    """How much a need narrows: longer words first (capitals as written count more), then fewer words."""
    return min(len(w) + (2 if w != w.lower() else 0) for w in clause), -len(clause)


def _flat(items: list[tuple[Any, Any]], fold: bool) -> Iterator[tuple[Any, Any, bool]]:
    """The items of a parsed pattern with groups opened, so words run on across them, and whether
    each ignores case."""
    for op, av in items:
        if op is _parser.SUBPATTERN:
            _, add, remove, sub = av
            inner = (fold or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            yield from _flat(sub.data, inner)
        elif op is _parser.ATOMIC_GROUP:
            yield from _flat(av.data, fold)
        else:
            yield op, av, fold


def _clauses(items: list[tuple[Any, Any]], fold: bool) -> list[frozenset[str]]:
    """Sets of words such that any text the items match holds one word of each set; a word is
    lower-cased unless the pattern says its case, and the text must then hold it as written."""
    out: list[frozenset[str]] = []
    run = [""]  # the literal words being read, one per variant of its character classes
    written = True  # whether every character of the run is to be found as written

    def close() -> None:
        nonlocal run, written
        if run != [""]:
            out.append(frozenset(run if written else (r.lower() for r in run)))
        run, written = [""], True

    zero_width = (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT)
    repeats = (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT)
    for op, av, folded in _flat(items, fold):
        if op in zero_width:
            continue  # consumes nothing: the words either side still stand next to each other
        if op is _parser.LITERAL and av < 128 and av != _UNDERSCORE:
            run = [r + (chr(av).lower() if folded else chr(av)) for r in run]
            written = written and not folded
            continue
        if op is _parser.IN:
            chars = _class_chars(av, fold=folded)
            if chars and len(run) * len(chars) <= _MAX_VARIANTS:
                run = [r + c for r in run for c in chars]
                written = written and not folded
                continue
        close()
        if op is _parser.BRANCH:
            alternatives = [sorted(_clauses(alt.data, folded), key=_strength, reverse=True) for alt in av[1]]
            if all(alternatives):
                # each alternative gives one of its needs; taking the first, second, ... of each gives
                # several needs of the whole
                for k in range(min(_MAX_CLAUSES, max(map(len, alternatives)))):
                    out.append(frozenset().union(*(a[min(k, len(a) - 1)] for a in alternatives)))
        elif op in repeats and av[0] >= 1:
            out.extend(_clauses(av[2].data, folded))
    close()
    return out


def needs(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of words, one word of each of which any match of the pattern on ASCII text contains: a
    lower-case word anywhere in the lower-cased text, a word with capitals as written."""
    # a pattern built from a parse (see `lowered`) has no source to read: it needs nothing (read as Any,
    # since the type says str and compiled code would check it is one)
    source: str | None = cast(Any, pattern).pattern
    if _parser is None or source is None:
        return ()
    parsed = _parser.parse(source, pattern.flags)
    clauses = {
        c for c in _clauses(parsed.data, bool(pattern.flags & re.IGNORECASE)) if len(c) <= _MAX_NEED_WORDS
    }
    return tuple(sorted(clauses, key=_strength, reverse=True)[:_MAX_CLAUSES])


def gate(clauses: tuple[frozenset[str], ...]) -> tuple[Need, ...]:
    """Needs ready for `holds`: each set split into words to find lower-cased and words to find as written."""
    return tuple(
        (tuple(sorted(w for w in c if w == w.lower())), tuple(sorted(w for w in c if w != w.lower())))
        for c in clauses
    )


def holds(text: str, lower: str, gates: tuple[Need, ...]) -> bool:
    """True when an ASCII text (and its lower-cased copy) holds one word of each need."""
    held = True
    for need in gates:  # a plain loop: compiled, all() would run a generator
        if not holds_need(text, lower, need):
            held = False
            break
    return held


def holds_need(text: str, lower: str, need: Need) -> bool:
    """True when an ASCII text (and its lower-cased copy) holds one word of a need (see `holds`)."""
    # a plain loop: the word found is most often among the first of a need, and it stops there
    folded, written = need
    found = False  # (a need without any word is never met)
    for word in folded:
        if word in lower:
            found = True
            break
    else:
        for word in written:
            if word in text:
                found = True
                break
    return found


def _top_level(source: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Where a pattern's top-level "|" stand, and where each top-level group opens and closes."""
    cuts: list[int] = []
    groups: list[tuple[int, int]] = []
    depth, i, in_class, opened = 0, 0, False, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2  # an escaped character, in a class or not
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 + (source.startswith("^", i + 1))
            if source.startswith("]", i):
                i += 1  # a "]" first in a class is a literal
            continue
        elif c == "(":
            if depth == 0:
                opened = i
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                groups.append((opened, i))
        elif c == "|" and depth == 0:
            cuts.append(i)
        i += 1
    return cuts, groups


def _pieces(source: str, cuts: list[int]) -> list[str]:
    """A pattern's source cut at the given places."""
    return [source[a + 1 : b] for a, b in pairwise([-1, *cuts, len(source)])]


def alternatives(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """The top-level alternatives of a pattern, each compiled alone with the pattern's flags.

    The pattern matches somewhere in a text (or a window of it) exactly where one of them does, so
    each can be skipped on its own needs. A pattern that is one group of alternatives with words
    either side ("\\b(?:software|cloud|...)\\b") is read as those alternatives, each with the words
    either side ("\\bsoftware\\b", "\\bcloud\\b"): it matches where one of them does too. A pattern
    with one alternative, or one this reading does not follow (verbose, comments, back-references,
    conditionals), comes back whole.
    """
    source = pattern.pattern
    if pattern.flags & re.VERBOSE or _UNSPLITTABLE.search(source):
        return (pattern,)
    cuts, groups = _top_level(source)
    if cuts:
        pieces = _pieces(source, cuts)
    else:
        branching = []
        for a, b in groups:
            if source.startswith("(?:", a) and _top_level(source[a + 3 : b])[0]:
                branching.append((a, b))
        # only one group of alternatives, and not repeated: "(?:a|b)?" is no choice between a and b
        if len(branching) != 1 or source[branching[0][1] + 1 : branching[0][1] + 2] in ("*", "+", "?", "{"):
            return (pattern,)
        a, b = branching[0]
        inner = source[a + 3 : b]
        before, after = source[:a], source[b + 1 :]
        pieces = [before + alt + after for alt in _pieces(inner, _top_level(inner)[0])]
    try:
        return tuple(re.compile(piece, pattern.flags) for piece in pieces)
    except re.error:
        return (pattern,)


_UNSPLITTABLE = re.compile(r"\(\?#|\(\?P=|\(\?\(|\\[1-9]")


# --- case-insensitive patterns on lower-cased text -----------------------------------------------------
# The regex engine reads a case-insensitive pattern by lower-casing every character it compares, and it
# cannot skip ahead to a pattern's first word. On ASCII text the same pattern, rewritten to match only
# lower-case letters, finds the same matches in the lower-cased copy of the text (which the callers hold
# anyway) at the same places, in about half the time. The rewrite is read from the standard library's
# parse of the pattern, character by character, so it says exactly what the pattern says.
_ASCII = tuple(map(chr, range(128)))
_NEVER: list[tuple[Any, Any]] = []  # a character class matching nothing (set when the parser is present)
if _parser is not None:
    _NEVER = [(_parser.NEGATE, None), (_parser.CATEGORY, _parser.CATEGORY_DIGIT)]
    _NEVER.append((_parser.CATEGORY, _parser.CATEGORY_NOT_DIGIT))


class _CaseMatters(Exception):
    """The pattern holds a letter whose case counts ("(?-i:IND)"): a lower-cased text cannot say it."""


def _lower_chars(item: tuple[Any, Any], flags: int) -> list[str]:
    """The ASCII characters other than capitals that one case-insensitive pattern item matches."""
    parsed = _parser.SubPattern(_parser.State(), [item])
    parsed.state.flags = flags
    one = _compiler.compile(parsed, flags)
    return [c for c in _ASCII if not c.isupper() and one.fullmatch(c) is not None]


def _is_letter(op: Any, av: Any) -> bool:
    """Whether a literal or a class item may match a letter, whose case then counts."""
    if op is _parser.RANGE:
        return any(chr(c).isalpha() for c in range(av[0], av[1] + 1))
    return op in (_parser.LITERAL, _parser.NOT_LITERAL) and chr(av).isalpha()


def _lower_items(data: list[tuple[Any, Any]], fold: bool, flags: int) -> list[tuple[Any, Any]]:
    """Parsed pattern items rewritten to match lower-cased ASCII text as the originals match the text."""
    out: list[tuple[Any, Any]] = []
    for op, av in data:
        if op in (_parser.LITERAL, _parser.NOT_LITERAL, _parser.IN):
            if not fold:
                if _is_letter(op, av) or (op is _parser.IN and any(_is_letter(o, a) for o, a in av)):
                    raise _CaseMatters
                out.append((op, av))
                continue
            chars = _lower_chars((_parser.LITERAL, av) if op is _parser.NOT_LITERAL else (op, av), flags)
            literals = [(_parser.LITERAL, ord(c)) for c in chars]
            if op is _parser.NOT_LITERAL:
                out.append((_parser.IN, [(_parser.NEGATE, None), *literals]) if chars else (op, av))
            elif op is _parser.LITERAL and len(chars) <= 1:
                out.append(literals[0] if chars else (op, av))  # a character no ASCII text holds stays
            else:
                out.append((_parser.IN, literals or list(_NEVER)))
        elif op is _parser.SUBPATTERN:
            group, add, remove, sub = av
            inner = (fold or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            out.append(
                (op, (group, add & ~re.IGNORECASE, remove & ~re.IGNORECASE, _lower_sub(sub, inner, flags)))
            )
        elif op is _parser.BRANCH:
            out.append((op, (av[0], [_lower_sub(alt, fold, flags) for alt in av[1]])))
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
            out.append((op, (av[0], av[1], _lower_sub(av[2], fold, flags))))
        elif op in (_parser.ASSERT, _parser.ASSERT_NOT):
            out.append((op, (av[0], _lower_sub(av[1], fold, flags))))
        elif op is _parser.ATOMIC_GROUP:
            out.append((op, _lower_sub(av, fold, flags)))
        elif op in (_parser.GROUPREF, _parser.GROUPREF_EXISTS, _parser.GROUPREF_IGNORE):
            raise _CaseMatters  # a back-reference compares text with text, whatever its case
        else:
            out.append((op, av))  # anchors, word edges, "." and categories ("\w") know no case
    return out


def _lower_sub(sub: Any, fold: bool, flags: int) -> Any:
    return _parser.SubPattern(sub.state, _lower_items(sub.data, fold, flags))


def lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive pattern that matches a lower-cased ASCII text exactly where, and as, the
    case-insensitive `pattern` matches the text; None when a letter's case counts in some part of it.

    Only for ASCII text (there lower-casing keeps every character where it was, and no other script's
    letter folds onto an ASCII one), and groups read from its matches are lower case: read the
    original text at their spans when the case matters.
    """
    if _parser is None or not pattern.flags & re.IGNORECASE:
        return None
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    try:
        rewritten = _lower_sub(parsed, True, parsed.state.flags)
    except _CaseMatters:
        return None
    rewritten.state.flags &= ~re.IGNORECASE
    compiled: re.Pattern[str] = _compiler.compile(rewritten, 0)
    return compiled


class Search:
    """A pattern asked only whether it matches somewhere in a text.

    On an ASCII text each top-level alternative (see `alternatives`) is searched only when the text holds
    the words it needs (see `needs`), and, where it can be, as rewritten by `lowered` over the
    lower-cased text: the same answer as searching the whole pattern, without trying at every place of
    the text the alternatives whose words it lacks."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.parts = tuple((gate(needs(alt)), lowered(alt), alt) for alt in alternatives(pattern))

    def found(self, text: str) -> bool:
        """Whether the pattern matches somewhere in the text."""
        if not text.isascii():
            return self.pattern.search(text) is not None
        lower = text.lower()
        for part_needs, lower_part, part in self.parts:
            if not holds(text, lower, part_needs):
                continue
            if lower_part is not None:
                if lower_part.search(lower) is not None:
                    return True
            elif part.search(text) is not None:
                return True
        return False
