"""HTML to plain text, shared by feed parsing and release-page extraction; pure, no I/O."""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from collections.abc import Iterable

from selectolax.lexbor import LexborHTMLParser, LexborNode

# Parsing more than this is never needed for a feed field or a release page, and it bounds the work
# a hostile document can ask for.
MAX_HTML_CHARS = 5_000_000

# Content that is never reader-visible text.
DROP_TAGS = frozenset(
    {"script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "canvas"}
)
# Elements that start and end a paragraph of text.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol",
        "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "title", "tr", "ul",
    }
)  # fmt: skip
_LINE_BREAK_TAGS = frozenset({"br"})

_BLOCK = "\x00B"
_LINE = "\x00L"

_SPACE_RE = re.compile(r"\s+")
# Only named and numeric references that end in ';' are decoded a second time: legacy forms such as
# "&copy" without ';' are too likely to be real text ("R&D&copy") to touch.
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Markup that survives as text after double escaping ("&lt;b&gt;"). A fixed list of tag names keeps
# "p<0.05" and "<5 mg" intact.
_LEFTOVER_TAG_RE = re.compile(
    r"</?(?:a|abbr|b|big|blockquote|br|center|code|div|em|font|h[1-6]|i|img|li|ol|p|pre|small|span"
    r"|strong|sub|sup|table|tbody|td|th|tr|u|ul)(?:\s[^<>]{0,500})?/?>",
    re.IGNORECASE,
)
# HTML tree building does work proportional to the depth of open elements at each tag, so a page of
# nothing but "<div>" takes minutes to parse. Browsers cap depth too (Blink at 512).
MAX_DEPTH = 512
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]{0,30})(?=[\s/>])[^<>]*>")
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source",
     "track", "wbr"}
)  # fmt: skip
# Closed implicitly by their next sibling, so pages leave them open by the thousand; they cannot nest
# on their own, so they are left out of the depth count.
_IMPLIED_END_TAGS = frozenset(
    {"p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
     "caption", "rb", "rt", "rp", "rtc"}
)  # fmt: skip
_RAW_TEXT_TAGS = frozenset(
    {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"}
)
_CONTROL_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co"})
# Every character in those categories (newline and tab apart) lies in these ranges, and few others
# do: C0 and C1 controls, the soft hyphen, Arabic and Syriac format marks, zero-width and bidi marks,
# surrogates and private use, the BOM, interlinear annotations, and all of the astral planes.
_MAYBE_CONTROL_RE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u089f\u08e2\u180e"
    "\u200b-\u200f\u202a-\u202e\u2060-\u206f\ud800-\uf8ff\ufeff\ufff0-\ufffb\U00010000-\U0010ffff]"
)
_META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)


def html_to_text(html_text: str) -> str:
    """Return the visible text of an HTML fragment: entities decoded, one paragraph per line."""
    return "\n".join(html_blocks(html_text))


def parse_html(html_text: str) -> LexborHTMLParser:
    """Return the parsed tree of an HTML document, bounded in size and nesting depth."""
    return LexborHTMLParser(limit_nesting(html_text[:MAX_HTML_CHARS]))


def limit_nesting(html_text: str, *, max_depth: int = MAX_DEPTH) -> str:
    """Return html_text without the start and end tags of elements nested deeper than max_depth."""
    if html_text.count("<") <= max_depth:
        return html_text
    lower = html_text.lower()
    out: list[str] = []
    depth = 0
    dropped: dict[str, int] = {}
    copied = 0
    i = html_text.find("<")
    while i != -1:
        if lower.startswith("<!--", i):
            end = lower.find("-->", i + 4)
            i = -1 if end == -1 else lower.find("<", end + 3)
            continue
        match = _TAG_RE.match(lower, i)
        if match is None:
            i = lower.find("<", i + 1)
            continue
        closing, name = match.group(1), match.group(2)
        resume = match.end()
        drop = False
        if not closing and name in _RAW_TEXT_TAGS:
            end = lower.find(f"</{name}", resume)
            resume = len(lower) if end == -1 else end
        elif name in _VOID_TAGS or name in _IMPLIED_END_TAGS:
            pass
        elif closing:
            if dropped.get(name):
                dropped[name] -= 1
                drop = True
            else:
                depth = max(0, depth - 1)
        elif depth >= max_depth:
            dropped[name] = dropped.get(name, 0) + 1
            drop = True
        else:
            depth += 1
        if drop:
            out.append(html_text[copied:i])
            copied = match.end()
        i = lower.find("<", resume)
    if not out:
        return html_text
    out.append(html_text[copied:])
    return "".join(out)


def html_blocks(html_text: str, *, root_selector: str | None = None) -> list[str]:
    """Return the paragraphs of an HTML document (or of the first element matching root_selector)."""
    tree = parse_html(html_text)
    root = tree.root if root_selector is None else tree.css_first(root_selector)
    return node_blocks(root) if root is not None else []


def node_blocks(root: LexborNode, *, drop: Iterable[str] = DROP_TAGS) -> list[str]:
    """Return the paragraphs under a parsed node; lines inside a paragraph are joined with newlines."""
    return _assemble(_tokens(root, frozenset(drop)))


def _tokens(root: LexborNode, drop: frozenset[str]) -> list[str]:
    # Iterative walk: hostile pages can nest elements far deeper than Python's recursion limit.
    out: list[str] = []
    root_id = root.mem_id
    node = root.child
    while node is not None:
        descend = False
        if node.is_text_node:
            out.append(node.text_content or "")
        elif node.is_element_node:
            tag = node.tag or ""
            if tag not in drop:
                if tag in _LINE_BREAK_TAGS:
                    out.append(_LINE)
                elif tag in BLOCK_TAGS:
                    out.append(_BLOCK)
                elif tag in {"td", "th"}:
                    out.append(" ")
                descend = node.child is not None
        if descend:
            node = node.child
            continue
        leaving_dropped = node.is_element_node and (node.tag or "") in drop
        while node is not None:
            if not leaving_dropped and node.is_element_node and (node.tag or "") in BLOCK_TAGS:
                out.append(_BLOCK)
            leaving_dropped = False
            sibling = node.next
            if sibling is not None:
                node = sibling
                break
            parent = node.parent
            node = None if parent is None or parent.mem_id == root_id else parent
    return out


def _assemble(tokens: list[str]) -> list[str]:
    blocks: list[str] = []
    lines: list[str] = []
    current: list[str] = []

    def end_line() -> None:
        line = _SPACE_RE.sub(" ", "".join(current)).strip()
        current.clear()
        if line:
            lines.append(line)

    def end_block() -> None:
        end_line()
        if lines:
            blocks.append("\n".join(lines))
            lines.clear()

    for token in tokens:
        if token == _BLOCK:
            end_block()
        elif token == _LINE:
            end_line()
        else:
            current.append(token)
    end_block()
    return blocks


def decode_leftover_entities(text: str, *, rounds: int = 2) -> str:
    """Return text with double-escaped entities ("&amp;amp;", "&amp;#39;") decoded, at most `rounds` times."""
    for _ in range(rounds):
        if not _ENTITY_RE.search(text):
            break
        text = _ENTITY_RE.sub(lambda m: html.unescape(m.group(0)), text)
    return text


def strip_leftover_tags(text: str) -> str:
    """Return text without common HTML tags that reached it as escaped text."""
    return _LEFTOVER_TAG_RE.sub(" ", text)


def remove_control_chars(text: str) -> str:
    """Return text without control, bidi-override and other format characters, keeping newlines and tabs."""
    # Only the few characters that may be controls are looked up; most text has none at all.
    if not _MAYBE_CONTROL_RE.search(text):
        return text
    return _MAYBE_CONTROL_RE.sub(_drop_control, text)


def _drop_control(match: re.Match[str]) -> str:
    char = match.group()
    return "" if unicodedata.category(char) in _CONTROL_CATEGORIES else char


def normalise_inline(text: str) -> str:
    """Return text on one line with runs of whitespace collapsed to single spaces."""
    return _SPACE_RE.sub(" ", text).strip()


def normalise_paragraphs(text: str) -> str:
    """Return text with whitespace collapsed inside lines and empty lines removed."""
    lines = (normalise_inline(line) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def decode_html_bytes(data: bytes, *, declared: str | None = None) -> str:
    """Return an HTML document's text, honouring a BOM, then the declared charset, then <meta charset>."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    candidates: list[str] = []
    if declared:
        candidates.append(declared)
    match = _META_CHARSET_RE.search(data[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii", errors="replace"))
    for name in candidates:
        try:
            codec = codecs.lookup(name)
        except LookupError:
            continue
        if codec.name.startswith(("utf-16", "utf-32")):
            # A page that can declare this in ASCII is not in it (browsers ignore it too).
            continue
        return data.decode(codec.name, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Undeclared and not UTF-8: windows-1252 is what such pages almost always are.
        return data.decode("cp1252", errors="replace")
