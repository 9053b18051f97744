"""The full text of a newswire release page: extraction is pure; fetch_release_text does the GET."""

from __future__ import annotations

import re

import httpx
from selectolax.lexbor import LexborHTMLParser, LexborNode

from bot.fetch import HTML_ACCEPT, FeedFetchError, fetch_url
from bot.htmltext import DROP_TAGS, decode_html_bytes, node_blocks, parse_html, remove_control_chars
from bot.models import Classification, Entry

MAX_RELEASE_TEXT = 200_000
# A container with less text than this is a placeholder or a teaser; keep looking.
MIN_BODY_CHARS = 200
# Bounds the work of the paragraph fallback on pages built to be expensive.
MAX_PARAGRAPHS = 5_000

# Page furniture that is never part of a release.
_FURNITURE = sorted(DROP_TAGS | {"nav", "header", "footer", "aside", "button", "select", "dialog"})
# Most specific first: each wire's own release container, then the generic semantic ones.
_BODY_SELECTORS = (
    "#main-body-container",  # GlobeNewswire
    ".main-body-container",
    ".release-body",  # PR Newswire
    ".bw-release-story",  # Business Wire
    "[itemprop='articleBody']",
    "article",
)
_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)
# Words of licences, milestones and INDs: a summary with any of them may hide an event in the page.
_DEAL_WORDS_RE = re.compile(
    r"\b(?:milestones?|licen[cs]\w*|IND|investigational new drug|clinical trial application|CTA"
    r"|collaborat\w*|agreements?|partner\w*|options?|royalt\w*|up-?front|deals?|rights|acqui\w*|payments?)\b",
    re.IGNORECASE,
)


def extract_release_text(html: bytes | str) -> str:
    """Return the main text of a release page, paragraphs separated by blank lines ("" when none)."""
    text = decode_html_bytes(html) if isinstance(html, bytes) else html
    tree = parse_html(text)
    tree.strip_tags(_FURNITURE, recursive=True)
    best: list[str] = []
    for selector in _BODY_SELECTORS:
        for node in tree.css(selector):
            blocks = node_blocks(node)
            if _size(blocks) > _size(best):
                best = blocks
        if _size(best) >= MIN_BODY_CHARS:
            break
    else:
        paragraphs = _largest_paragraph_group(tree)
        if _size(paragraphs) > _size(best):
            best = paragraphs
    joined = remove_control_chars("\n\n".join(best))
    return joined[:MAX_RELEASE_TEXT].rstrip()


def mentions_deals(entry: Entry) -> bool:
    """True when an entry's headline or summary uses a word of licences, milestones or INDs (pure)."""
    return bool(_DEAL_WORDS_RE.search(f"{entry.title}\n{entry.summary}"))


def needs_full_text(entry: Entry, classification: Classification) -> bool:
    """True when an entry's page should be read before it is classified for good (pure).

    Wires carry only the lead paragraph. When that already reports an event, the page holds the
    money and partners the alert shows; when it speaks of deals without one, the event may be
    further down. Anything else (results, conferences, trial data) is left at its summary.
    """
    if entry.body:
        return False
    return classification.is_event or mentions_deals(entry)


def fetch_release_text(
    client: httpx.Client, url: str, *, max_bytes: int = 3_000_000, total_timeout: float = 120.0
) -> str:
    """GET a release page and return its main text; raise FeedFetchError when it cannot be fetched."""
    result = fetch_url(client, url, accept=HTML_ACCEPT, max_bytes=max_bytes, total_timeout=total_timeout)
    content_type = (result.content_type or "").lower()
    if content_type and "html" not in content_type and not content_type.startswith("text/"):
        raise FeedFetchError(url, result.status, f"not an HTML page ({result.content_type})")
    charset = _CHARSET_RE.search(content_type)
    return extract_release_text(
        decode_html_bytes(result.body, declared=charset.group(1) if charset else None)
    )


def _largest_paragraph_group(tree: LexborHTMLParser) -> list[str]:
    # Release pages without a known container still keep the release as sibling <p>s under one
    # parent; navigation and teasers are spread thinner.
    groups: dict[int, list[LexborNode]] = {}
    for paragraph in tree.css("p")[:MAX_PARAGRAPHS]:
        parent = paragraph.parent
        groups.setdefault(parent.mem_id if parent is not None else 0, []).append(paragraph)
    best: list[str] = []
    for members in groups.values():
        blocks = [block for p in members for block in node_blocks(p)]
        if _size(blocks) > _size(best):
            best = blocks
    return best


def _size(blocks: list[str]) -> int:
    return sum(len(block) for block in blocks)
