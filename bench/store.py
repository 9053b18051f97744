"""The store at a million releases: claiming a batch of new ones, and the backlog, on SQLite.

Run: `uv run --frozen python -m bench.store` (options: --entries, --batch, --rounds). Fills a fresh
SQLite file with --entries releases (two years of them, 20,000 companies, three wires, a few per
cent waiting for classification) by bulk insert, then times, through the store's own functions and
with the bot's own connection settings:

  claim a batch  the poll path's work for --batch new releases: the unseen check of their native ids
                 (store.known_titles), then store.claim_entries (insert each once, find story
                 candidates by headline and issuer word within three days, link copies, which one
                 in ten of them is) and the commit;
  backlog        selecting the next --batch releases waiting for a classification.

Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bot import store
from bot.logs import configure_logging
from bot.models import Entry
from bot.store.tables import entry_table
from bot.stories import blocking_token

WIRES = ("globenewswire", "prnewswire", "businesswire")
COMPANIES = 20_000
SPAN = timedelta(days=730)
NOW = datetime(2026, 3, 2, 14, 30, tzinfo=UTC)
RUN = f"{time.time_ns():x}"  # keeps the ids of a rerun on a kept database new
HEADLINES = (
    "{c} Earns ${n} Million Milestone Payment from {p}",
    "{c} Announces Exclusive License Agreement with {p} for {c}-{n}",
    "{c} Receives FDA Clearance of IND Application for {c}-{n}",
    "{c} Reports Fourth Quarter and Full Year Financial Results",
    "{c} to Present at the {p} Healthcare Conference",
    "{c} Announces Pricing of ${n} Million Public Offering",
)
PARTNERS = ("Amgen", "Pfizer", "Novartis", "Roche", "Merck", "AbbVie", "Sanofi", "Bayer")
SUMMARY = (
    "{c}, Inc. (Nasdaq: {t}) today announced {h}. The company develops medicines for patients with "
    "serious diseases and will discuss the news on its conference call."
)


def _company(n: int) -> str:
    return f"Zentrix{n:05d} Therapeutics"


def _release(n: int, rng: random.Random) -> tuple[str, str, str]:
    """Return the company, headline and summary of the n-th synthetic release."""
    company = _company(rng.randrange(COMPANIES))
    headline = rng.choice(HEADLINES).format(c=company, n=rng.randrange(1, 500), p=rng.choice(PARTNERS))
    summary = SUMMARY.format(c=company, t=f"ZX{n % 9999:04d}", h=headline.lower())
    return company, headline, summary


def _stamp(when: datetime) -> str:
    # How the store's SQLite datetime columns hold UTC times.
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def fill(engine: Any, *, entries: int, unclassified: int) -> None:
    """Bulk-insert synthetic releases straight through the driver (setup, not measured)."""
    rng = random.Random(7)
    columns = [c.name for c in entry_table.columns if c.name != "id"]
    sql = f"INSERT INTO entry (id, {', '.join(columns)}) VALUES ({', '.join('?' * (len(columns) + 1))})"
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA synchronous=OFF")
        chunk: list[tuple[Any, ...]] = []
        for n in range(1, entries + 1):
            company, title, summary = _release(n, rng)
            wire = WIRES[n % 3]
            published = NOW - SPAN + SPAN * (n / entries)
            entry = Entry(wire=wire, native_id=f"{wire}-{n}", url="", title=title, issuer=f"{company}, Inc.")
            waiting = n > entries - unclassified
            values = {
                "wire": wire,
                "native_id": f"{wire}-{n}",
                "feed_name": f"{wire}-biotech",
                "url": f"https://www.{wire}.com/news/{n}.html",
                "title": title,
                "summary": summary,
                "body": "",
                "published": _stamp(published),
                "modified": None,
                "issuer": f"{company}, Inc.",
                "categories": "[]",
                "content_hash": hashlib.sha256(title.encode()).hexdigest(),
                "first_seen_at": _stamp(published + timedelta(minutes=2)),
                "silent": 0,
                "events": "[]" if waiting else json.dumps(["milestone"] if "Milestone" in title else []),
                "company": None if waiting else company,
                "partners": "[]",
                "tickers": "[]",
                "amounts": "[]",
                "evidence": "[]",
                "classified_at": None if waiting else _stamp(published + timedelta(minutes=2)),
                "story_id": None,  # as the store keeps a release that is a story alone
                "story_at": _stamp(published),
                "title_token": blocking_token(entry),
            }
            chunk.append((n, *(values[c] for c in columns)))
            if len(chunk) == 50_000:
                cursor.executemany(sql, chunk)
                chunk.clear()
        cursor.executemany(sql, chunk)
        raw.commit()
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()


def _batch(*, start: int, size: int, at: datetime, rng: random.Random, engine: Any) -> list[store.NewEntry]:
    """New releases published at `at`; one in ten is another wire's copy of a release of the day before."""
    items = []
    with engine.connect() as conn:
        recent = conn.exec_driver_sql(
            "SELECT title, summary, issuer, wire FROM entry WHERE story_at >= ? ORDER BY id DESC LIMIT ?",
            (_stamp(at - timedelta(days=1)), size * 2),
        ).all()
    for k in range(size):
        n = start + k
        if k % 10 == 0 and recent:
            title, summary, issuer, wire = rng.choice(recent)
            wire = WIRES[(WIRES.index(wire) + 1) % 3]
        else:
            company, title, summary = _release(n, rng)
            issuer, wire = f"{company}, Inc.", WIRES[n % 3]
        items.append(
            store.NewEntry(
                entry=Entry(
                    wire=wire,
                    native_id=f"new-{RUN}-{wire}-{n}",
                    url=f"https://www.{wire}.com/news/new-{n}.html",
                    title=title,
                    summary=summary,
                    published=at,
                    issuer=issuer,
                    feed=f"{wire}-biotech",
                ),
                classification=None,
                silent=True,
            )
        )
    return items


class _StatementClock:
    """Adds up the seconds the engine's statements spend in the driver (SQLite itself)."""

    def __init__(self, engine: Any) -> None:
        self.seconds = 0.0
        self._started = 0.0
        sa.event.listen(engine, "before_cursor_execute", self._before)
        sa.event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, *_args: Any) -> None:
        self._started = time.perf_counter()

    def _after(self, *_args: Any) -> None:
        self.seconds += time.perf_counter() - self._started


def claim(
    engine: Any, items: list[store.NewEntry], clock: _StatementClock | None = None
) -> tuple[float, float, float, float, float, int, int]:
    """Unseen check and claim of a batch in one transaction; return seconds (all, unseen check, commit,
    CPU, in statements), how many were new and how many joined a story."""
    in_statements = clock.seconds if clock else 0.0
    cpu = time.process_time()
    started = time.perf_counter()
    with store.session_scope(engine) as session:
        known: set[tuple[str, str]] = set()
        by_wire: dict[str, list[str]] = {}
        for item in items:
            by_wire.setdefault(item.entry.wire, []).append(item.entry.native_id)
        for wire, ids in by_wire.items():
            known |= {(wire, i) for i in store.known_titles(session, wire=wire, native_ids=ids)}
        fresh = [item for item in items if (item.entry.wire, item.entry.native_id) not in known]
        checked = time.perf_counter()
        claimed = store.claim_entries(session, items=fresh, now=items[0].entry.published or NOW)
        committing = time.perf_counter()
    done = time.perf_counter()
    joined = sum(1 for c in claimed if c.joined)
    used = time.process_time() - cpu
    statements = (clock.seconds if clock else 0.0) - in_statements
    return done - started, checked - started, done - committing, used, statements, len(claimed), joined


def _tune(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # WAL with NORMAL syncs at checkpoints rather than at every commit (a power cut may lose the
        # last transactions, never corrupt the file); a 64 MB page cache keeps the indexes' upper
        # levels in memory.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA cache_size=-65536")
    finally:
        cursor.close()


def _fill_in_child(path: str, entries: int, unclassified: int) -> None:
    engine = store.make_engine(f"sqlite:///{path}")
    fill(engine, entries=entries, unclassified=unclassified)
    engine.dispose()


def _fill_apart(path: Path, *, entries: int, unclassified: int) -> None:
    """Run `fill` in a child process and wait for it."""
    child = multiprocessing.get_context("spawn").Process(
        target=_fill_in_child, args=(str(path), entries, unclassified)
    )
    child.start()
    child.join()
    if child.exitcode != 0:
        raise SystemExit(f"filling the store failed (exit code {child.exitcode})")


def run(*, entries: int, batch: int, rounds: int, keep: Path | None = None, tuned: bool = False) -> None:
    """Fill (unless a kept database is already filled), measure and print."""
    with tempfile.TemporaryDirectory() as folder:
        path = keep or Path(folder) / "store.db"
        reuse = path.exists()
        engine = store.make_engine(f"sqlite:///{path}")
        store.migrate(engine)
        started = time.perf_counter()
        if reuse:
            with engine.connect() as conn:
                entries = int(conn.exec_driver_sql("SELECT max(id) FROM entry").scalar_one())
        else:
            # Filled by a process of its own, so the bot's code is measured in a process that holds only
            # what a running bot holds, not the fill's leftovers (its caches, its heap to collect).
            _fill_apart(path, entries=entries, unclassified=max(entries // 50, batch))
        filled = time.perf_counter() - started
        if tuned:
            sa.event.listen(engine, "connect", _tune)
            engine.dispose()
        rng = random.Random(11)
        with engine.connect() as conn:
            stamp = conn.exec_driver_sql("SELECT max(story_at) FROM entry").scalar_one()
        latest = datetime.fromisoformat(stamp).replace(tzinfo=UTC)
        claims: list[float] = []
        checks: list[float] = []
        commits: list[float] = []
        cpus: list[float] = []
        statements: list[float] = []
        clock = _StatementClock(engine)
        joined = 0
        for r in range(rounds):
            # A thousand releases is about a day of news: each batch is the next day's.
            items = _batch(
                start=entries + 1 + r * batch,
                size=batch,
                at=latest + timedelta(days=r + 1),
                rng=rng,
                engine=engine,
            )
            seconds, check, commit, cpu, in_statements, new, linked = claim(engine, items, clock)
            claims.append(seconds)
            checks.append(check)
            cpus.append(cpu)
            statements.append(in_statements)
            commits.append(commit)
            joined += linked
            assert new == batch, f"claimed {new} of {batch}"
        backlog = []
        for _ in range(rounds):
            started = time.perf_counter()
            with store.session_scope(engine) as session:
                waiting = store.unclassified_entries(session, limit=batch)
            backlog.append(time.perf_counter() - started)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        size = path.stat().st_size
        engine.dispose()
    median = statistics.median(claims)
    how = "reused" if reuse else f"filled by bulk insert in {filled:.1f} s"
    settings = "synchronous=NORMAL, cache_size=64 MB" if tuned else "the bot's own connection settings"
    print(f"DealWire store benchmark: SQLite, {entries:,} releases, {how}; {settings}")
    print(
        f"claim a batch   {batch:,} new releases: unseen check of their native ids + insert with story "
        f"linking + commit"
    )
    print(
        f"                median {median * 1000:.1f} ms (commit {statistics.median(commits) * 1000:.1f} ms), "
        f"best {min(claims) * 1000:.1f} ms, worst {max(claims) * 1000:.1f} ms over {rounds} batches; "
        f"{joined:,} copies joined their story"
    )
    checked = statistics.median(checks) * 1000
    print(f"  of which      the unseen check of their native ids: median {checked:.1f} ms")
    print(
        f"  of which      SQLite's statements (queries, inserts, updates; not the commit): median "
        f"{statistics.median(statements) * 1000:.1f} ms; the rest is Python"
    )
    print(
        f"  CPU time      median {statistics.median(cpus) * 1000:.1f} ms "
        "(the rest is waiting: for the disk, or for other processes)"
    )
    print(
        f"backlog         select the next {len(waiting):,} releases waiting for a classification: "
        f"median {statistics.median(backlog) * 1000:.1f} ms"
    )
    print(f"database        {size / 1e6:.1f} MB ({size / (entries + rounds * batch):,.0f} bytes a release)")
    print(f"target          claim ≤ 100 ms: {'met' if median <= 0.1 else 'NOT met'}")


def main(argv: list[str] | None = None) -> int:
    """Parse options, run, print."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.store", description=(__doc__ or "").splitlines()[0]
    )
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=1_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="database file to fill once and reuse on later runs")
    parser.add_argument(
        "--tuned", action="store_true", help="measure with synchronous=NORMAL and a 64 MB cache"
    )
    args = parser.parse_args(argv)
    configure_logging(level="warning")
    run(entries=args.entries, batch=args.batch, rounds=args.rounds, keep=args.keep, tuned=args.tuned)
    return 0


if __name__ == "__main__":
    sys.exit(main())
