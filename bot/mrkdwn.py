"""Slack mrkdwn helpers for hostile text: escaping, safe links and length limits."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

ELLIPSIS = "…"

# Bidirectional overrides and isolates can make text display differently from what it says
# ("Trojan source"); line and paragraph separators break our one-line layouts.
_INVISIBLE_FORMAT = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_LINE_SEPARATORS = frozenset("\u2028\u2029\x85")
# Slack parses bare broadcast words in some contexts (link_names, top-level text in old clients);
# a word joiner after the "@" keeps the word readable but never a mention.
_BROADCAST = re.compile(r"@(?=(?:channel|here|everyone)\b)", re.IGNORECASE)
_WORD_JOINER = "\u2060"
_URL_ENCODE = str.maketrans({ch: f"%{ord(ch):02X}" for ch in ' |<>"`\\^{}'})


def strip_controls(text: str) -> str:
    """Return text without control characters or direction overrides; tabs become spaces, CR/LF newlines."""
    out: list[str] = []
    for ch in text.replace("\r\n", "\n"):
        if ch == "\n" or ch == "\r" or ch in _LINE_SEPARATORS:
            out.append("\n")
        elif ch == "\t":
            out.append(" ")
        elif ch in _INVISIBLE_FORMAT or unicodedata.category(ch) in ("Cc", "Cs"):
            continue
        else:
            out.append(ch)
    return "".join(out)


def one_line(text: str) -> str:
    """Return text with controls removed and every run of whitespace (newlines too) as one space."""
    return " ".join(strip_controls(text).split())


def escape(text: str) -> str:
    """Return text safe inside Slack mrkdwn: &, <, > encoded, controls dropped, broadcasts defused."""
    cleaned = strip_controls(text)
    encoded = cleaned.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _BROADCAST.sub("@" + _WORD_JOINER, encoded)


def truncate(text: str, limit: int) -> str:
    """Return text cut to at most `limit` characters, at a word boundary where one is near, ending in "…"."""
    if len(text) <= limit:
        return text
    if limit <= 0:
        return ""
    if limit == 1:
        return ELLIPSIS
    head = text[: limit - 1]
    cut = max(head.rfind(" "), head.rfind("\n"))
    # Only back up to a space when that keeps most of the room; a 40-character word should not
    # leave an almost empty result.
    if cut >= (limit - 1) // 2:
        head = head[:cut]
    head = head.rstrip(" \n,;:-–—(")
    return head + ELLIPSIS


def escape_truncated(text: str, limit: int) -> str:
    """Return escape(text) cut at a word so that the *escaped* result is at most `limit` characters."""
    escaped = escape(text)
    if len(escaped) <= limit:
        return escaped
    budget = limit
    while budget > 0:
        escaped = escape(truncate(text, budget))
        # Cutting the raw text before escaping means an entity such as "&amp;" is never split.
        if len(escaped) <= limit:
            return escaped
        budget -= max(1, len(escaped) - limit)
    return ""


def clean_url(url: str) -> str | None:
    """Return an absolute http(s) URL with | < > quotes and spaces percent-encoded; None otherwise."""
    cleaned = one_line(url).strip()
    try:
        parts = urlsplit(cleaned)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    # These characters could end a mrkdwn link, start a forged label or break out of a code span.
    return cleaned.translate(_URL_ENCODE)


def safe_url(url: str) -> str | None:
    """Return the URL ready for a mrkdwn link target (clean_url, then & as &amp;), or None."""
    cleaned = clean_url(url)
    return None if cleaned is None else cleaned.replace("&", "&amp;")


def link(url: str, label: str) -> str:
    """Return a mrkdwn link `<url|label>`, label escaped; only the label when the URL is not http(s)."""
    shown = escape(one_line(label)) or "link"
    target = safe_url(url)
    if target is None:
        return shown
    return f"<{target}|{shown}>"


def code(text: str) -> str:
    """Return text as inline code that cannot be closed early: backticks are removed, the rest escaped."""
    inner = escape(one_line(text).replace("`", "'"))
    return f"`{inner}`" if inner else ""
