"""`dealwire export`: stored deal events out as JSON lines or CSV, and back in unchanged."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot import store
from bot.export import FIELDS, LIST_FIELDS, parse_since, read_export, run_export, write_csv
from bot.models import Amount, AmountKind, Classification, Entry, EventType, Evidence, RouteMatch, Watchlist
from tests.test_e2e import run_dealwire

NOW = datetime(2026, 3, 2, 14, 30, tzinfo=UTC)
HOSTILE_TITLE = '=HYPERLINK("http://evil.example","click"), "quoted"\nsecond line'
CONFIG = """
[[watchlists]]
name = "amgen-partners"
channel = "C0DEALS"
companies = ["Amgen"]
"""


def classification(n: int) -> Classification:
    events = ((EventType.MILESTONE,), (EventType.LICENSING, EventType.IND), (EventType.IND,))[n % 3]
    return Classification(
        events=events,
        company=None if n == 4 else ("-Minus Bio" if n == 5 else f"Company {n}"),
        partners=("Amgen", "Servier, S.A.S.") if n % 2 else ("Pfizer",),
        tickers=("NASDAQ:IMGN",) if n % 2 else (),
        amounts=(
            Amount(Decimal("1000000"), "USD", AmountKind.MILESTONE, "$1 million"),
            Amount(Decimal("2.5E+7") + n, "EUR", AmountKind.POTENTIAL, "up to €25 million", True),
            Amount(Decimal("0.75"), "GBP", AmountKind.OTHER),
        )[: n % 4],
        evidence=tuple(
            Evidence(e, f"{e.value}.rule", f'Sentence {n}, with "quotes" and ünïcödé.') for e in events
        ),
    )


def seed(engine: Engine, count: int = 12) -> list[int]:
    ids: list[int] = []
    with store.session_scope(engine) as session:
        for n in range(count):
            published = None if n == 7 else NOW - timedelta(days=n * 3)
            entry = Entry(
                wire=("globenewswire", "prnewswire", "businesswire", "")[n % 4],
                native_id=f"id-{n}",
                url=f"https://www.example.com/news/{n}?a=1&b=2",
                title=HOSTILE_TITLE if n == 3 else f"Release {n}",
                summary="Summary",
                published=published,
            )
            entry_id = store.add_entry(
                session,
                entry=entry,
                classification=classification(n),
                matches=[RouteMatch("x", "C0DEALS", "any company")],
                silent=False,
                now=NOW - timedelta(days=n * 3),
            )
            assert entry_id is not None
            ids.append(entry_id)
        # Classified but not a deal event: not exported.
        store.add_entry(
            session,
            entry=Entry(
                wire="globenewswire",
                native_id="no-event",
                url="https://x.example/1",
                title="Quarterly results",
            ),
            classification=Classification(company="Amgen"),
            matches=[],
            silent=False,
            now=NOW,
        )
    return ids


@pytest.fixture
def db(tmp_path: Path) -> Engine:
    engine = store.make_engine(f"sqlite:///{tmp_path / 'dealwire.db'}")
    store.migrate(engine)
    return engine


def env(tmp_path: Path) -> dict[str, str]:
    return {"DEALWIRE_DATABASE_URL": f"sqlite:///{tmp_path / 'dealwire.db'}"}


def stored_rows(engine: Engine) -> list[dict[str, Any]]:
    """The stored deal events read straight from the entry table, as export should write them."""
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT native_id, wire, url, title, published, events, company, partners, tickers, amounts, "
                "evidence FROM entry WHERE events != '[]' ORDER BY id"
            )
        ).all()
    out = []
    for row in rows:
        published = row.published
        out.append(
            {
                "id": row.native_id,
                "events": json.loads(row.events),
                "company": row.company,
                "partners": json.loads(row.partners),
                "tickers": json.loads(row.tickers),
                "amounts": [
                    {"value": Decimal(a["value"]), "currency": a["currency"], "kind": a["kind"]}
                    for a in json.loads(row.amounts)
                ],
                "evidence": [
                    {"event": e["event"], "rule": e["rule"], "sentence": e["sentence"]}
                    for e in json.loads(row.evidence)
                ],
                "wire": row.wire,
                "link": row.url,
                "published": None
                if published is None
                else datetime.fromisoformat(str(published)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "title": row.title,
            }
        )
    return out


def normalised(record: dict[str, Any]) -> dict[str, Any]:
    """A read-back record with its amounts' values as Decimal, for comparing with the store."""
    amounts = [{**a, "value": Decimal(str(a["value"]))} for a in record["amounts"]]
    return {**record, "amounts": amounts}


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_an_export_reads_back_as_the_stored_events(tmp_path: Path, db: Engine, fmt: str) -> None:
    seed(db)
    out = tmp_path / f"events.{fmt}"

    result = run_dealwire("export", "--format", fmt, "--output", str(out), cwd=tmp_path, env=env(tmp_path))

    assert result.returncode == 0, result.stderr
    assert f"exported 12 releases with deal events to {out}" in result.stderr
    with out.open(encoding="utf-8", newline="") as source:
        back = [normalised(r) for r in read_export(source, fmt=fmt)]
    assert back == stored_rows(db)
    assert list(back[0]) == list(FIELDS)


def test_jsonl_goes_to_standard_output_with_classify_s_fields(tmp_path: Path, db: Engine) -> None:
    seed(db, count=2)

    result = run_dealwire("export", cwd=tmp_path, env=env(tmp_path))

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert list(first)[:7] == ["id", "events", "company", "partners", "tickers", "amounts", "evidence"]
    assert first["published"] == "2026-03-02T14:30:00Z"
    assert first["link"] == "https://www.example.com/news/0?a=1&b=2"


def test_csv_cells_cannot_run_as_spreadsheet_formulas(tmp_path: Path, db: Engine) -> None:
    seed(db, count=6)
    out = tmp_path / "events.csv"

    run_dealwire("export", "-f", "csv", "-o", str(out), cwd=tmp_path, env=env(tmp_path))

    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    titles = {row["id"]: row["title"] for row in rows}
    assert titles["id-3"].startswith("'=HYPERLINK")
    companies = {row["id"]: row["company"] for row in rows}
    assert companies["id-5"] == "'-Minus Bio"
    assert all(not value.startswith(("=", "+", "-", "@")) for row in rows for value in row.values())
    back = {r["id"]: r for r in read_export(out.open(encoding="utf-8", newline=""), fmt="csv")}
    assert back["id-3"]["title"] == HOSTILE_TITLE
    assert back["id-5"]["company"] == "-Minus Bio"
    assert back["id-4"]["company"] is None


def test_filters_by_time_event_company_and_watch_list(db: Engine) -> None:
    seed(db)
    amgen = Watchlist(name="amgen-partners", channel="C0DEALS", companies=("Amgen",))
    ind = Watchlist(
        name="ind-only", channel="C0IND", events=(EventType.IND,), muted_until=NOW + timedelta(days=1)
    )

    def exported(**filters: Any) -> list[str]:
        out = io.StringIO()
        run_export(engine=db, out=out, **filters)
        return [json.loads(line)["id"] for line in out.getvalue().splitlines()]

    assert exported(since=datetime(2026, 2, 20, tzinfo=UTC)) == ["id-0", "id-1", "id-2", "id-3"]
    assert exported(since=NOW - timedelta(days=7), event=EventType.IND) == ["id-1", "id-2"]
    assert exported(event=EventType.MILESTONE) == ["id-0", "id-3", "id-6", "id-9"]
    assert exported(company="Servier") == ["id-1", "id-3", "id-5", "id-7", "id-9", "id-11"]
    assert exported(company="company 10") == ["id-10"]
    assert exported(watchlist=amgen) == ["id-1", "id-3", "id-5", "id-7", "id-9", "id-11"]
    # A mute silences alerts; the list's history is still its history.
    assert exported(watchlist=ind) == ["id-1", "id-2", "id-4", "id-5", "id-7", "id-8", "id-10", "id-11"]


def test_the_command_finds_watch_lists_in_the_config_and_in_slack(tmp_path: Path, db: Engine) -> None:
    seed(db)
    config = tmp_path / "dealwire.toml"
    config.write_text(CONFIG, encoding="utf-8")
    with store.session_scope(db) as session:
        store.save_watchlist(
            session,
            watchlist=Watchlist(
                name="ind-only", channel="C0IND", events=(EventType.IND,), managed_by_config=False
            ),
            created_by="U0ADMIN",
            now=NOW,
        )

    def exported(*options: str) -> list[str]:
        result = run_dealwire("export", "--config", str(config), *options, cwd=tmp_path, env=env(tmp_path))
        assert result.returncode == 0, result.stderr
        return [json.loads(line)["id"] for line in result.stdout.splitlines()]

    assert exported("--watchlist", "amgen-partners", "--since", "2026-02-20") == ["id-1", "id-3"]
    assert exported("--watchlist", "IND-ONLY", "--event", "licensing", "--company", "amgen") == [
        "id-1",
        "id-7",
    ]


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (("--format", "xml"), "--format: 'xml' is not a format; use jsonl or csv"),
        (("--since", "last tuesday"), "--since: 'last tuesday' is not a date"),
        (("--event", "merger"), "--event: 'merger' is not an event: use one of milestone, ind, licensing"),
        (("--watchlist", "nope"), "--watchlist: there is no watch list 'nope'"),
    ],
)
def test_bad_options_are_one_clear_line(
    tmp_path: Path, db: Engine, options: tuple[str, ...], said: str
) -> None:
    result = run_dealwire("export", *options, cwd=tmp_path, env=env(tmp_path))

    assert result.returncode == 2
    assert said in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_an_empty_store_exports_a_header_only(tmp_path: Path, db: Engine) -> None:
    result = run_dealwire("export", "--format", "csv", cwd=tmp_path, env=env(tmp_path))

    assert result.returncode == 0
    assert result.stdout == ",".join(FIELDS) + "\n"
    assert "exported 0 releases" in result.stderr


def test_since_reads_dates_times_and_spans() -> None:
    assert parse_since("2026-01-31", now=NOW) == datetime(2026, 1, 31, tzinfo=UTC)
    assert parse_since("2026-01-31T08:00:00+01:00", now=NOW) == datetime(2026, 1, 31, 7, tzinfo=UTC)
    assert parse_since("30d", now=NOW) == NOW - timedelta(days=30)
    assert parse_since("12W", now=NOW) == NOW - timedelta(weeks=12)
    with pytest.raises(ValueError, match="not a date"):
        parse_since("yesterday", now=NOW)


def test_csv_writer_and_reader_round_trip_any_text() -> None:
    weird = ["'", "''=x", "'abc", "@here", "\ttab", "+1", "plain", "", "a,b\nc"]
    records = [
        {key: [text] if key == "partners" else [] if key in LIST_FIELDS else text for key in FIELDS}
        for text in weird
    ]
    buffer = io.StringIO()
    write_csv(records, buffer)
    buffer.seek(0)
    back = list(read_export(buffer, fmt="csv"))
    assert [r["title"] for r in back] == weird
    assert [r["partners"] for r in back] == [[t] for t in weird]
