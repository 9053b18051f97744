"""Several `dealwire run` processes on one PostgreSQL database: a synthetic newswire, config, processes.

The wire is GlobeNewswire-shaped RSS: each release is a small company's milestone payment,
licence or IND clearance, or news that is none of those (results, appointments, conferences).
Every company is new and has its own ticker; watch lists split the tickers between channels, so
each event alerts exactly one channel and the alerts expected are known from the wire alone.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot import store
from tests.fakes.feedserver import FeedServer, RssItem, rss_feed
from tests.fakes.slack import FakeSlack

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PARTNERS = ("Amgen", "Pfizer", "Novartis", "Merck", "Roche", "Sanofi", "AbbVie", "Bayer", "Takeda", "Gilead")
_FIRST = ("Zen", "Quor", "Hel", "Lum", "Vor", "Cal", "Ter", "Nov", "Ast", "Bry", "Cyr", "Dal", "Eph", "Fal")
_SECOND = ("tara", "vix", "ion", "ora", "anta", "exa", "ivo", "eris", "ula", "anto", "ezza", "ipra")
_THIRD = ("", "na", "lex", "ris", "mo", "tek", "gen", "vo", "dyn", "pa")
_KIND = ("Therapeutics", "Bio", "Pharma", "Biosciences", "Oncology")
_NEWS = (
    "{company} Reports Third Quarter 2026 Financial Results",
    "{company} Announces Appointment of Chief Financial Officer",
    "{company} to Present at Upcoming Healthcare Investor Conference",
)


class PostgresUnavailable(Exception):
    """No PostgreSQL server for the replica tests at 127.0.0.1:5432."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"PostgreSQL test server not reachable at 127.0.0.1:5432: {reason}")


@contextmanager
def fresh_database() -> Iterator[str]:
    """Yield the URL of a new, empty PostgreSQL database (dealwire_test_<random>); drop it afterwards."""
    try:
        admin = store.make_engine(PG_ADMIN_URL).execution_options(isolation_level="AUTOCOMMIT")
    except store.StoreUnavailable as exc:
        raise PostgresUnavailable(exc.reason) from exc
    name = f"dealwire_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@dataclass(frozen=True, slots=True)
class Release:
    """One synthetic release: its feed item, and the channel it alerts (None: not a deal event)."""

    item: RssItem
    ticker: str
    channel: str | None


@dataclass(frozen=True, slots=True)
class Wire:
    """A synthetic newswire: feeds of releases, and the watch lists that split its tickers by channel."""

    feeds: dict[str, list[Release]]  # path -> releases, newest first
    channels: tuple[str, ...]

    @property
    def events(self) -> int:
        """How many releases are deal events (each alerts exactly one channel)."""
        return sum(1 for releases in self.feeds.values() for r in releases if r.channel is not None)

    @property
    def entries(self) -> int:
        """How many releases the feeds carry."""
        return sum(len(releases) for releases in self.feeds.values())

    def tickers(self, channel: str) -> list[str]:
        """The tickers the channel's watch list follows."""
        return [r.ticker for rs in self.feeds.values() for r in rs if r.channel == channel]


def _company(n: int) -> str:
    """A made-up company name, a different one for each n."""
    parts = []
    for syllables in (_FIRST, _SECOND, _THIRD, _KIND):
        n, rest = divmod(n, len(syllables))
        parts.append(syllables[rest])
    first, second, third, kind = parts
    # Past the combinations, a serial number keeps every company (and its story) apart.
    return f"{first}{second}{third}{n or ''} {kind}"


def _ticker(n: int) -> str:
    letters = ""
    for _ in range(4):
        n, rest = divmod(n, 26)
        letters += chr(ord("A") + rest)
    return letters


def _event(n: int, company: str, ticker: str) -> tuple[str, str]:
    partner = PARTNERS[n % len(PARTNERS)]
    amount = 2 + n % 47
    code = f"{ticker[:2]}-{100 + n % 900}"
    match n % 3:
        case 0:
            return (
                f"{company} Earns ${amount} Million Milestone Payment from {partner}",
                f"{company} (Nasdaq: {ticker}) today announced that it has earned a ${amount} million "
                f"milestone payment from {partner} under the companies' collaboration agreement.",
            )
        case 1:
            return (
                f"{company} Enters Exclusive License Agreement with {partner} for {code}",
                f"{company} (Nasdaq: {ticker}) today announced that it has entered into an exclusive "
                f"license agreement with {partner} granting {partner} worldwide rights to {code}. "
                f"{company} will receive an upfront payment of ${amount} million.",
            )
        case _:
            return (
                f"{company} Announces FDA Clearance of IND Application for {code}",
                f"{company} (Nasdaq: {ticker}) today announced that the U.S. Food and Drug "
                f"Administration has cleared its Investigational New Drug (IND) application for {code}.",
            )


def make_wire(
    *, feeds: int, per_feed: int, events_per_feed: int, channels: int, now: datetime, base_url: str
) -> Wire:
    """Return feeds of per_feed releases each, events_per_feed of them deal events spread over channels."""
    names = tuple(f"C0DEALS{n:03d}" for n in range(channels))
    by_path: dict[str, list[Release]] = {}
    n = 0
    events = 0
    for f in range(feeds):
        releases = []
        for i in range(per_feed):
            company, ticker = _company(n), _ticker(n)
            channel: str | None = None
            if i < events_per_feed:
                title, summary = _event(events, company, ticker)
                channel = names[events % channels]
                events += 1
            else:
                title = _NEWS[n % len(_NEWS)].format(company=company)
                summary = f"{company} (Nasdaq: {ticker}) today announced {title[len(company) + 1 :].lower()}."
            path = f"/news-release/2026/12/04/{n}/0/en/release-{n}.html"
            item = RssItem(
                title=title,
                link=base_url + path,
                description=summary,
                guid=base_url + path,
                pub_date=now - timedelta(minutes=5 + i),
                identifier=str(uuid.UUID(int=n + 1)),
                contributor=company,
                categories=(f"Nasdaq:{ticker}",),
            )
            releases.append(Release(item=item, ticker=ticker, channel=channel))
            n += 1
        by_path[f"/rss/feed-{f:04d}"] = releases
    return Wire(feeds=by_path, channels=names)


def serve(server: FeedServer, wire: Wire, *, delay: float = 0.0) -> None:
    """Serve every feed of the wire (with an ETag, so later polls are 304s)."""
    for path, releases in wire.feeds.items():
        server.route(path, rss_feed([r.item for r in releases]), etag=f'"{path}"', delay=delay)


def write_config(
    path: Path,
    *,
    wire: Wire,
    feed_server: FeedServer,
    lease_seconds: float,
    channel_rate: float = 50.0,
    channel_workers: int = 8,
    watch: bool = True,
) -> Path:
    """Write a dealwire.toml with the wire's feeds and one watch list per channel; return its path."""
    lines: list[str] = []
    for feed_path in wire.feeds:
        name = feed_path.rsplit("/", 1)[1]
        lines += ["[[feeds]]", f'name = "{name}"', f'url = "{feed_server.url(feed_path)}"', ""]
    for channel in wire.channels if watch else ():
        tickers = ", ".join(f'"NASDAQ:{t}"' for t in wire.tickers(channel))
        lines += ["[[watchlists]]", f'name = "{channel.lower()}"', f'channel = "{channel}"']
        lines += [f"tickers = [{tickers}]", ""]
    lines += [
        "[http]",
        'contact = "qa@example.com"',
        "connect_timeout = 2",
        "read_timeout = 5",
        "fetch_release_pages = false",
        "concurrency = 8",
        "per_host_concurrency = 8",
        f"poll_lease_seconds = {lease_seconds}",
        "",
        "[delivery]",
        "digest_threshold = 100000",  # one post per alert: every alert is claimed on its own
        f"channel_rate_per_second = {channel_rate}",
        "channel_burst = 10",
        "retry_base_seconds = 0.2",
        f"sending_lease_seconds = {lease_seconds}",
        f"channel_workers = {channel_workers}",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def replica_env(*, database_url: str, config: Path, slack: FakeSlack, tick: float) -> dict[str, str]:
    """The environment of a replica: the shared database, the config, the fake Slack, short ticks."""
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DEALWIRE_", "SLACK_"))},
        "DEALWIRE_DATABASE_URL": database_url,
        "DEALWIRE_CONFIG": str(config),
        "SLACK_BOT_TOKEN": "xoxb-replica-test",
        "DEALWIRE_SLACK_API_URL": slack.base_url,
        "DEALWIRE_TICK_SECONDS": str(tick),
        "DEALWIRE_PORT": "0",
        "DEALWIRE_LOG_FORMAT": "json",
        "DEALWIRE_LOG_LEVEL": "info",
        "PYTHONPATH": str(ROOT),
    }


class Replica:
    """One `python -m bot run` process, its output in a log file."""

    def __init__(self, *, env: dict[str, str], cwd: Path, name: str) -> None:
        self.name = name
        self.log_path = cwd / f"{name}.log"
        self._log: IO[bytes] = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"], cwd=cwd, env=env, stdout=self._log, stderr=subprocess.STDOUT
        )

    @property
    def pid(self) -> int:
        """The process id (part of the replica id its claims carry)."""
        return self.process.pid

    def owns(self, holder: str) -> bool:
        """True when a claim's holder id names this process (host-pid-random)."""
        return holder.rsplit("-", 2)[-2:-1] == [str(self.pid)]

    def kill(self) -> None:
        """SIGKILL: no clean-up at all, its claims left to lapse."""
        self.process.kill()
        self.process.wait(timeout=30)

    def stop(self, *, timeout: float = 60) -> int:
        """SIGTERM and wait; return the exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=timeout)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            self._log.close()

    def output(self) -> str:
        """What the process logged so far."""
        if not self._log.closed:
            self._log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def start_replicas(count: int, *, env: dict[str, str], cwd: Path) -> list[Replica]:
    """Start `count` replicas at once."""
    return [Replica(env=env, cwd=cwd, name=f"replica-{n}") for n in range(count)]


def posted_alert_ids(slack: FakeSlack) -> Counter[int]:
    """How often each alert id was posted (from the metadata of every accepted top-level post)."""
    counts: Counter[int] = Counter()
    for body in slack.posts():
        if body.get("thread_ts"):
            continue
        payload: dict[str, Any] = (body.get("metadata") or {}).get("event_payload") or {}
        if "alert_id" in payload:
            counts[int(payload["alert_id"])] += 1
        for alert_id in payload.get("alert_ids") or []:
            counts[int(alert_id)] += 1
    return counts


@dataclass(frozen=True, slots=True)
class Progress:
    """What the store says about a run: feeds polled, alerts made and their states, who holds what."""

    feeds: int
    feeds_polled: int
    alerts: int
    alerts_sent: int
    alerts_unfinished: int
    alert_ids: frozenset[int]
    holders: dict[str, int]


def progress(engine: Engine) -> Progress | None:
    """Read the run's progress from the store; None before the first replica created the tables."""
    try:
        return _progress(engine)
    except sa.exc.ProgrammingError:
        return None


def _progress(engine: Engine) -> Progress:
    with engine.connect() as conn:
        feeds, polled = conn.execute(
            sa.text("SELECT count(*), count(first_polled_at) FROM feed WHERE active")
        ).one()
        rows = conn.execute(sa.text("SELECT id, status FROM alert WHERE kind = 'alert'")).all()
    with store.session_scope(engine) as session:
        holders = store.lease_holders(session, now=datetime.now(UTC))
    return Progress(
        feeds=int(feeds),
        feeds_polled=int(polled),
        alerts=len(rows),
        alerts_sent=sum(1 for _id, status in rows if status == "sent"),
        alerts_unfinished=sum(1 for _id, status in rows if status in ("pending", "sending")),
        alert_ids=frozenset(int(alert_id) for alert_id, _status in rows),
        holders=holders,
    )


def feeds_polled_since(engine: Engine, *, ids: Sequence[int], since: datetime) -> set[int]:
    """Of these feeds, those polled (successfully or not) after `since`."""
    if not ids:
        return set()
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text("SELECT id FROM feed WHERE id = ANY(:ids) AND last_polled_at > :since"),
            {"ids": list(ids), "since": since},
        ).all()
    return {int(row[0]) for row in rows}


def held_feeds(engine: Engine, *, replica: Replica, lapsed: bool = False) -> list[int]:
    """The feeds whose live lease names this replica (or whose lease, lapsed or not, still names it)."""
    query = "SELECT id, claimed_by FROM feed WHERE claimed_by IS NOT NULL"
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text(query if lapsed else query + " AND lease_until > :now"), {"now": datetime.now(UTC)}
        ).all()
    return [int(feed_id) for feed_id, holder in rows if replica.owns(str(holder))]
