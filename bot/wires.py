"""What DealWire knows about each newswire: hosts, release-id rules and canonical URLs; pure, no I/O."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from bot.classify.document import FILING_FEED_TITLE

_WIRE_HOSTS = (
    ("globenewswire", ("globenewswire.com",)),
    ("prnewswire", ("prnewswire.com", "prnewswire.co.uk", "prnewswire.ca")),
    ("businesswire", ("businesswire.com",)),
    ("sec", ("sec.gov",)),
)
# Names of the wires themselves, which are never the issuer of a release.
WIRE_NAMES = frozenset(
    {"globenewswire", "globenewswire inc.", "globe newswire", "pr newswire", "prnewswire", "business wire",
     "businesswire", "cision", "sec", "edgar", "notified"}
)  # fmt: skip

_TRACKING_PARAMS = frozenset(
    {"feedref", "cid", "fbclid", "gclid", "dclid", "msclkid", "yclid", "mc_cid", "mc_eid", "_hsenc",
     "_hsmkt", "igshid", "s_cid", "sc_cid", "ncid", "sr_share"}
)  # fmt: skip
_DEFAULT_PORTS = {"http": "80", "https": "443"}

_PRN_ID_RE = re.compile(r"-(\d{9})\.html?$", re.IGNORECASE)
_BW_ID_RE = re.compile(r"/news/home/(\d{14})(?:/|$)")
_BW_BARE_ID_RE = re.compile(r"^\d{14}$")
_GNW_ID_RE = re.compile(r"/news-release/\d{4}/\d{2}/\d{2}/(\d{5,12})/")
_ACCESSION_RE = re.compile(r"(?<!\d)(\d{10}-\d{2}-\d{6})(?!\d)")
_ACCESSION_PATH_RE = re.compile(r"/Archives/edgar/data/\d+/(\d{18})(?:/|$)", re.IGNORECASE)


def detect_wire(url: str) -> str:
    """Return the newswire a URL belongs to: "globenewswire", "prnewswire", "businesswire", "sec" or ""."""
    host = host_of(url)
    for wire, domains in _WIRE_HOSTS:
        if any(host == domain or host.endswith("." + domain) for domain in domains):
            return wire
    return ""


def canonical_url(url: str) -> str:
    """Return url with scheme and host lower-cased, default port, fragment and tracking parameters removed."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if not host:
        return urlunsplit((scheme, parts.netloc, parts.path, _clean_query(parts.query), ""))
    if ":" in host:
        host = f"[{host}]"
    if port is not None and str(port) != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    path = parts.path or "/"
    return urlunsplit((scheme, host, path, _clean_query(parts.query), ""))


def _clean_query(query: str) -> str:
    # Raw pieces are kept as they are so that the remaining parameters are not re-encoded.
    kept = []
    for piece in query.split("&"):
        if not piece:
            continue
        key = piece.split("=", 1)[0].lower()
        if key.startswith("utm_") or key in _TRACKING_PARAMS:
            continue
        kept.append(piece)
    return "&".join(kept)


def host_of(url: str) -> str:
    """Return the lower-cased host name of a URL, or "" when it has none."""
    try:
        return (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def wire_release_id(wire: str, *, link: str, guid: str, identifier: str = "") -> str:
    """Return the wire's own id for a release (see the rules below), or "" when the wire's rule finds none."""
    if wire == "globenewswire":
        # dc:identifier is GlobeNewswire's id; the number in the link is the same release's number.
        return identifier or _search(_GNW_ID_RE, link)
    if wire == "prnewswire":
        return _search(_PRN_ID_RE, _path(link))
    if wire == "businesswire":
        return _search(_BW_ID_RE, _path(link)) or (guid if _BW_BARE_ID_RE.match(guid) else "")
    if wire == "sec":
        accession = _search(_ACCESSION_RE, guid) or _search(_ACCESSION_RE, link)
        if not accession and (digits := _search(_ACCESSION_PATH_RE, _path(link))):
            accession = f"{digits[:10]}-{digits[10:12]}-{digits[12:]}"
        return accession
    return ""


def sec_filer_name(title: str) -> str | None:
    """Return the company in an EDGAR entry title ("8-K - Acme Corp (0000123456) (Filer)"), if it is one."""
    match = FILING_FEED_TITLE.match(title)
    return match.group("name") if match else None


def _path(url: str) -> str:
    try:
        return urlsplit(url).path
    except ValueError:
        return ""


def _search(pattern: re.Pattern[str], text: str) -> str:
    match = pattern.search(text)
    return match.group(1) if match else ""
