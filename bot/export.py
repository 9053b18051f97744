"""`dealwire export`: stored deal events as JSON lines or CSV, with the fields `dealwire classify` writes
(id, events, company, partners, tickers, amounts, evidence) plus wire, link, published time and title.

CSV cells holding lists (events, partners, amounts, …) are JSON arrays, so a file reads back exactly;
a cell that a spreadsheet would run as a formula (=, +, -, @ first) is written with a leading
apostrophe, which `read_export` removes again. Feed text is hostile, spreadsheets included.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, TextIO

from sqlalchemy.engine import Engine

from bot import store
from bot.evaluate import prediction_json
from bot.models import EventType, Watchlist
from bot.route import explain
from bot.store import StoredEntry

FORMATS = ("jsonl", "csv")
FIELDS = (
    "id",
    "events",
    "company",
    "partners",
    "tickers",
    "amounts",
    "evidence",
    "wire",
    "link",
    "published",
    "title",
)
LIST_FIELDS = frozenset({"events", "partners", "tickers", "amounts", "evidence"})
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")
_RELATIVE = re.compile(r"^(?P<n>\d{1,5})\s*(?P<unit>h|d|w)$", re.IGNORECASE)
_UNITS = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}


def parse_since(text: str, *, now: datetime) -> datetime:
    """Return the time in "2026-01-31", "2026-01-31T08:00:00Z" or "30d" / "12w" / "48h" ago, as UTC."""
    value = text.strip()
    relative = _RELATIVE.match(value)
    if relative is not None:
        return now - int(relative.group("n")) * _UNITS[relative.group("unit").lower()]
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(value), datetime.min.time())
        except ValueError:
            raise ValueError(
                f"{value[:40]!r} is not a date: use 2026-01-31, 2026-01-31T08:00Z, or 30d, 12w, 48h ago"
            ) from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def parse_event(text: str) -> EventType:
    """Return the event a word names (milestone, ind, licensing); ValueError naming the choices otherwise."""
    try:
        return EventType(text.strip().lower())
    except ValueError:
        choices = ", ".join(e.value for e in EventType)
        raise ValueError(f"{text[:40]!r} is not an event: use one of {choices}") from None


def _published(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def export_record(stored: StoredEntry) -> dict[str, Any]:
    """Return a stored release as the JSON object `export` writes: classify's fields, then where, when."""
    found = prediction_json(stored.entry.native_id, stored.classification)
    return {
        **{key: found[key] for key in FIELDS if key in found},
        "wire": stored.entry.wire,
        "link": stored.entry.url,
        "published": _published(stored.entry.published),
        "title": stored.entry.title,
    }


def write_jsonl(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write one JSON object per line; return how many."""
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _cell(key: str, value: Any) -> str:
    if key in LIST_FIELDS:
        return json.dumps(value, ensure_ascii=False)
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_csv(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Write a header and one row per record (list fields as JSON arrays); return how many rows."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    count = 0
    for record in records:
        writer.writerow([_cell(key, record.get(key)) for key in FIELDS])
        count += 1
    return count


def _uncell(key: str, text: str) -> Any:
    if key in LIST_FIELDS:
        return json.loads(text, parse_float=Decimal) if text else []
    if text.startswith("'") and text[1:].startswith(_FORMULA_START):
        return text[1:]
    if key in ("company", "published") and text == "":
        return None
    return text


def read_export(source: TextIO, *, fmt: str) -> Iterator[dict[str, Any]]:
    """Read back what `export` wrote: one dict per release, amounts' values as Decimal."""
    if fmt == "csv":
        for row in csv.DictReader(source):
            yield {key: _uncell(key, row.get(key) or "") for key in FIELDS}
        return
    for line in source:
        if line.strip():
            yield json.loads(line, parse_float=Decimal)


def takes(watchlist: Watchlist, stored: StoredEntry, *, usd_rates: Mapping[str, Decimal]) -> bool:
    """True when the watch list's rules take the release (its mute aside: a mute silences, not filters)."""
    decision = explain(
        entry=stored.entry,
        classification=stored.classification,
        watchlists=[replace(watchlist, muted_until=None)],
        usd_rates=usd_rates,
        now=stored.first_seen_at,
    )
    return decision[0].matched


def run_export(
    *,
    engine: Engine,
    out: TextIO,
    fmt: str = "jsonl",
    since: datetime | None = None,
    event: EventType | None = None,
    company: str | None = None,
    watchlist: Watchlist | None = None,
    usd_rates: Mapping[str, Decimal] | None = None,
) -> int:
    """Write the stored deal events that pass the filters to out, oldest first; return how many."""
    if fmt not in FORMATS:
        raise ValueError(f"{fmt[:20]!r} is not an export format: use jsonl or csv")
    rates = usd_rates or {"USD": Decimal(1)}
    with store.session_scope(engine) as session:
        records = (
            export_record(stored)
            for stored in store.stored_events(session, since=since, event=event, company=company)
            if watchlist is None or takes(watchlist, stored, usd_rates=rates)
        )
        return write_csv(records, out) if fmt == "csv" else write_jsonl(records, out)
