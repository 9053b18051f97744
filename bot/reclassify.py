"""`dealwire reclassify`: run the current classifier over stored releases after an upgrade.

Stored classifications are overwritten a batch at a time; nothing is routed and no alert, edit or
thread reply is made, so old releases never alert again. The report says which events releases
gained and lost, with a few examples of each.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TextIO

import structlog
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from sqlalchemy.engine import Engine

from bot import store
from bot.classify import classify
from bot.models import Classification, EventType, Watchlist

log = structlog.get_logger("dealwire.reclassify")

BATCH = 500
MAX_EXAMPLES = 5


@dataclass(frozen=True, slots=True)
class Change:
    """One release whose events changed: what it had and what it has now."""

    id: int
    title: str
    url: str
    before: tuple[EventType, ...]
    after: tuple[EventType, ...]


@dataclass(frozen=True, slots=True)
class ReclassifyReport:
    """What a reclassification did: releases read, changed, and the events gained and lost."""

    examined: int
    changed: int  # releases whose classification differs in any way (events, company, amounts, …)
    events_changed: int  # of those, releases whose events differ
    gained: tuple[tuple[EventType, int], ...]
    lost: tuple[tuple[EventType, int], ...]
    examples_gained: tuple[Change, ...]
    examples_lost: tuple[Change, ...]
    written: bool  # False for a dry run


def known_names(lists: Sequence[Watchlist]) -> tuple[str, ...]:
    """Return the company names watch lists mention, which the classifier recognises as organisations."""
    return tuple(sorted({name for wl in lists for name in wl.companies}))


def reclassify_store(
    engine: Engine,
    *,
    now: datetime,
    names: Sequence[str] = (),
    since: datetime | None = None,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    batch: int = BATCH,
) -> ReclassifyReport:
    """Classify every classified release again (published since a time, when given) and store the result.

    `progress(done, total)` is called after each batch. With dry_run nothing is written.
    """
    with store.session_scope(engine) as session:
        total = store.classified_count(session, since=since)
    gained: Counter[EventType] = Counter()
    lost: Counter[EventType] = Counter()
    examples_gained: list[Change] = []
    examples_lost: list[Change] = []
    examined = changed = events_changed = 0
    after = 0
    if progress is not None:
        progress(0, total)
    while True:
        with store.session_scope(engine) as session:
            entries = store.classified_batch(session, after_id=after, since=since, limit=batch)
            updates: list[tuple[int, Classification]] = []
            for stored in entries:
                fresh = classify(stored.entry, known_names=names)
                examined += 1
                if fresh == stored.classification:
                    continue
                changed += 1
                updates.append((stored.id, fresh))
                before, after_events = set(stored.classification.events), set(fresh.events)
                if before == after_events:
                    continue
                events_changed += 1
                change = Change(
                    id=stored.id,
                    title=stored.entry.title,
                    url=stored.entry.url,
                    before=stored.classification.events,
                    after=fresh.events,
                )
                for event in after_events - before:
                    gained[event] += 1
                for event in before - after_events:
                    lost[event] += 1
                if after_events - before and len(examples_gained) < MAX_EXAMPLES:
                    examples_gained.append(change)
                if before - after_events and len(examples_lost) < MAX_EXAMPLES:
                    examples_lost.append(change)
            if not dry_run:
                store.replace_classifications(session, changes=updates, now=now)
        if not entries:
            break
        after = entries[-1].id
        if progress is not None:
            progress(min(examined, total), total)
    log.info(
        "reclassified",
        examined=examined,
        changed=changed,
        events_changed=events_changed,
        dry_run=dry_run,
    )
    return ReclassifyReport(
        examined=examined,
        changed=changed,
        events_changed=events_changed,
        gained=tuple((event, gained[event]) for event in EventType if gained[event]),
        lost=tuple((event, lost[event]) for event in EventType if lost[event]),
        examples_gained=tuple(examples_gained),
        examples_lost=tuple(examples_lost),
        written=not dry_run,
    )


def _events(events: Sequence[EventType]) -> str:
    return ", ".join(e.value for e in events) or "none"


def _counts(pairs: Sequence[tuple[EventType, int]]) -> str:
    return ", ".join(f"{event.value} {count:,}" for event, count in pairs) or "none"


def report_lines(report: ReclassifyReport) -> list[str]:
    """Return the report for people: totals, events gained and lost, and examples of each."""
    verb = "updated" if report.written else "would update (dry run)"
    lines = [
        f"reclassified {report.examined:,} releases: {verb} {report.changed:,}, "
        f"{report.events_changed:,} with different events; no alerts were made",
        f"events gained: {_counts(report.gained)}",
        f"events lost: {_counts(report.lost)}",
    ]
    for title, examples in (("gained", report.examples_gained), ("lost", report.examples_lost)):
        if examples:
            lines.append(f"examples ({title}):")
            lines.extend(
                f"  #{c.id} {_events(c.before)} → {_events(c.after)}: {' '.join(c.title.split())[:100]}"
                for c in examples
            )
    return lines


@contextmanager
def progress_reporter(err: TextIO, *, label: str = "reclassifying") -> Iterator[Callable[[int, int], None]]:
    """Yield a progress(done, total) callback: a live bar on a terminal, else a line per tenth done.

    Logs (a non-terminal stderr) get at most eleven lines however many releases there are.
    """
    if err.isatty():
        console = Console(file=err)
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
        ) as bar:
            task = bar.add_task(label, total=None)

            def live(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            yield live
        return
    shown = -1

    def lines(done: int, total: int) -> None:
        nonlocal shown
        tenth = 10 if total == 0 else done * 10 // total
        if tenth > shown:
            shown = tenth
            percent = 100 if total == 0 else done * 100 // total
            err.write(f"{label}: {done:,}/{total:,} ({percent}%)\n")
            err.flush()

    yield lines
