"""Polling at scale: 1,000 feeds of 20 entries behind 100 ms of latency, against a naive feedparser loop.

Run: `uv run --frozen python -m bench.poll` (options: --feeds, --entries, --latency, --concurrency,
--fresh, --naive-sample). A loopback server in a process of its own (so its CPU is not counted)
serves the feeds, with ETags, and the release pages they link. The bot polls every feed twice into a
fresh SQLite file: the first cycle reads everything (each feed's newest --fresh entries are news,
the rest a silent backfill); the backfill is then classified, as the bot does between ticks; the
second cycle is all 304s. A naive sequential `feedparser.parse(url)` loop is timed on a sample of
the same feeds and scaled up. Last, the floor: the CPU that feedparser alone, and feedparser plus
classifying the news, spend on the same feeds, and so the best speed-up any design built on them
could reach on this machine's CPUs. Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import math
import multiprocessing
import os
import re
import resource
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import feedparser
import httpx

from bot import store
from bot.classify import classify
from bot.fetch import make_http_client, user_agent
from bot.logs import configure_logging
from bot.models import Entry
from bot.polling import PollOutcome, classify_backlog, poll_feeds, sync_config
from bot.services import Services
from config.settings import AppConfig, FeedConfig, HttpConfig, WatchlistConfig

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
_SYLLABLES = (
    "ve",
    "lor",
    "nu",
    "xa",
    "tri",
    "ka",
    "zen",
    "bio",
    "mo",
    "ra",
    "qui",
    "dex",
    "sol",
    "fen",
    "tor",
)


@dataclass(frozen=True)
class Options:
    """What the benchmark runs."""

    feeds: int
    entries: int
    latency: float
    concurrency: int
    fresh: int
    naive_sample: int


# -- the loopback newswire (runs in its own process) ---------------------------------------------


def _company(n: int) -> str:
    parts = []
    for _ in range(3):
        parts.append(_SYLLABLES[n % len(_SYLLABLES)])
        n //= len(_SYLLABLES)
    return "".join(parts).capitalize() + f"{n or ''}"


def _releases() -> list[dict[str, str]]:
    items: list[dict[str, str]] = []
    for name in ("dev.jsonl", "seed.jsonl"):
        path = CORPUS / name
        if path.is_file():
            items += [
                json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
            ]
    if not items:
        items = [
            {
                "title": "Acme Earns $5 Million Milestone Payment from Amgen",
                "summary": "Acme today announced it earned a $5 million milestone payment from Amgen.",
                "body": "Acme today announced it earned a $5 million milestone payment from Amgen.",
            }
        ]
    return items


def _build_site(options: Options, *, port: int, now: datetime) -> dict[str, tuple[bytes, str]]:
    """Return path → (body, content type) for every feed and release page."""
    releases = _releases()
    site: dict[str, tuple[bytes, str]] = {}
    base = f"http://127.0.0.1:{port}"
    for f in range(options.feeds):
        items = []
        for e in range(options.entries):
            n = f * options.entries + e
            release = releases[n % len(releases)]
            company = _company(n)
            # Each release gets a company of its own, so that 20,000 entries are 20,000 releases.
            first = release["title"].split(" ", 1)[0]
            title = re.sub(rf"\b{re.escape(first)}\b", company, release["title"])
            summary = re.sub(rf"\b{re.escape(first)}\b", company, release["summary"])
            published = now - (
                timedelta(minutes=30 + f % 60) if e < options.fresh else timedelta(days=1, hours=6 * e)
            )
            page = f"/release/{f}/{e}.html"
            paragraphs = [p for p in release.get("body", "").split("\n\n") if p.strip()] or [summary]
            site[page] = (_page(title, paragraphs), "text/html; charset=utf-8")
            items.append(
                "<item>"
                f"<title>{escape(title)}</title><link>{base}{page}</link>"
                f'<guid isPermaLink="false">bench-{f}-{e}</guid>'
                f"<description>{escape(summary)}</description>"
                f"<pubDate>{format_datetime(published, usegmt=True)}</pubDate>"
                f"<dc:contributor>{escape(company)}, Inc.</dc:contributor>"
                "</item>"
            )
        feed = (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
            f"<title>Bench feed {f}</title><link>{base}/</link><description>Bench</description>"
            + "".join(items)
            + "</channel></rss>"
        )
        site[f"/feed/{f}"] = (feed.encode("utf-8"), "application/rss+xml; charset=utf-8")
    return site


def _page(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><h1>{html.escape(title)}</h1>"
        f'<div id="main-body-container">{body}</div><footer>© Bench</footer></body></html>'
    ).encode()


def serve(options: Options, pipe: Connection) -> None:
    """Serve the bench site on a free loopback port until the pipe says stop (runs in a child process)."""
    counts: Counter[str] = Counter()
    lock = threading.Lock()
    site: dict[str, tuple[bytes, str]] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: object) -> None:
            return

        def do_GET(self) -> None:
            time.sleep(options.latency)
            kind = self.path.split("/")[1]
            found = site.get(self.path)
            if found is None:
                self._send(404, b"", "text/plain", kind="missing")
                return
            body, content_type = found
            etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
            if self.headers.get("If-None-Match") == etag:
                self._send(304, b"", content_type, etag=etag, kind=f"{kind}-304")
                return
            self._send(200, body, content_type, etag=etag, kind=kind)

        def _send(self, status: int, body: bytes, content_type: str, *, kind: str, etag: str = "") -> None:
            with lock:
                counts[kind] += 1
            self.send_response(status)
            if status != 304:
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
            self.end_headers()
            if status != 304:
                self.wfile.write(body)

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 4096

    httpd = Server(("127.0.0.1", 0), Handler)
    port = int(httpd.server_address[1])
    site.update(_build_site(options, port=port, now=datetime.now(UTC)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    pipe.send(port)
    while True:
        message = pipe.recv()
        if message == "stats":
            with lock:
                pipe.send(dict(counts))
        else:
            httpd.shutdown()
            return


# -- the runs ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """One measured step."""

    wall: float
    cpu: float


def _measure(step: Any) -> tuple[Any, Run]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = step()
    return result, Run(wall=time.perf_counter() - wall, cpu=time.process_time() - cpu)


def _naive(port: int, sample: int) -> float:
    """Seconds per feed of a sequential feedparser.parse(url) loop over the first `sample` feeds."""
    started = time.perf_counter()
    for f in range(sample):
        parsed = feedparser.parse(f"http://127.0.0.1:{port}/feed/{f}")
        if not parsed.entries:
            raise SystemExit(f"naive loop read no entries from feed {f}: {parsed.get('bozo_exception')}")
    return (time.perf_counter() - started) / sample


def _parse_floor(port: int, sample: int) -> float:
    """CPU seconds per feed that feedparser alone spends on the same feeds, with the bot's options.

    Every poll of a changed feed pays at least this, on whatever core it runs: it bounds the speed-up
    over the naive loop that any number of threads or processes can reach on this machine's CPUs.
    """
    with httpx.Client() as client:
        bodies = [client.get(f"http://127.0.0.1:{port}/feed/{f}").content for f in range(sample)]
    started = time.process_time()
    for body in bodies:
        feedparser.parse(io.BytesIO(body), sanitize_html=False, resolve_relative_uris=False)
    return (time.process_time() - started) / len(bodies)


def _classify_floor(options: Options) -> float:
    """CPU seconds the classifier spends on one news entry of the first cycle (its release's full text)."""
    releases = _releases()
    entries = [
        Entry(
            wire="", native_id=str(f), url="", title=r["title"], summary=r["summary"], body=r.get("body", "")
        )
        for f in range(options.naive_sample)
        for r in [releases[(f * options.entries) % len(releases)]]
    ]
    started = time.process_time()
    for entry in entries:
        classify(entry)
    return (time.process_time() - started) / len(entries)


def _services(options: Options, *, port: int, folder: Path) -> Services:
    engine = store.make_engine(f"sqlite:///{folder / 'bench.db'}")
    store.migrate(engine)
    config = AppConfig(
        feeds=[
            FeedConfig(name=f"feed-{f}", url=f"http://127.0.0.1:{port}/feed/{f}", interval_seconds=300)
            for f in range(options.feeds)
        ],
        watchlists=[
            WatchlistConfig(name="amgen", channel="C0AMGEN", companies=["Amgen"]),
            WatchlistConfig(name="all-deals", channel="#all-deals"),
        ],
        # Every feed is on one loopback host here, so the per-host limit is the overall one.
        http=HttpConfig(
            contact="bench@example.com",
            concurrency=options.concurrency,
            per_host_concurrency=options.concurrency,
            fetch_release_pages=True,
        ),
    )
    http = make_http_client(user_agent=user_agent("bench@example.com"), max_connections=options.concurrency)
    return Services(engine=engine, http=http, config=config)


def _summary(outcomes: list[PollOutcome]) -> str:
    failed = [o for o in outcomes if not o.ok]
    if failed:
        return f"{len(failed)} FAILED, e.g. {failed[0].feed}: {failed[0].error}"
    return (
        f"{len(outcomes):,} polls, {sum(o.new for o in outcomes):,} new entries, "
        f"{sum(o.alerts for o in outcomes):,} alerts, {sum(o.not_modified for o in outcomes):,} not modified"
    )


def run(options: Options) -> None:
    """Run the benchmark and print its figures."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    server = context.Process(target=serve, args=(options, theirs), daemon=True)
    server.start()
    port = int(ours.recv())
    os.environ["NO_PROXY"] = "127.0.0.1,localhost"
    try:
        with tempfile.TemporaryDirectory() as folder:
            svc = _services(options, port=port, folder=Path(folder))
            sync_config(svc)
            first_outcomes, first = _measure(lambda: poll_feeds(svc))
            ours.send("stats")
            after_first: dict[str, int] = ours.recv()
            classified, backlog = _measure(lambda: classify_backlog(svc))
            second_outcomes, second = _measure(lambda: poll_feeds(svc, everything=True))
            ours.send("stats")
            after_second: dict[str, int] = ours.recv()
            db_size = sum(p.stat().st_size for p in Path(folder).iterdir())
            svc.http.close()
            svc.engine.dispose()
        naive = _naive(port, options.naive_sample)
        floor = _parse_floor(port, options.naive_sample)
        reading = _classify_floor(options)
    finally:
        ours.send("stop")
        server.join(timeout=10)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    naive_total = naive * options.feeds
    pages = after_first.get("release", 0)
    print(
        f"DealWire polling benchmark: {options.feeds:,} feeds × {options.entries} entries, "
        f"{options.latency * 1000:.0f} ms added latency, loopback server in its own process, "
        f"{os.cpu_count()} CPUs"
    )
    print(
        f"  concurrency {options.concurrency} (all feeds on one host: per-host limit {options.concurrency}); "
        f"newest {options.fresh} entries per feed are news, the rest a backfill"
    )
    print(
        f"first cycle     wall {first.wall:7.2f} s   cpu {first.cpu:7.2f} s   "
        f"({_summary(first_outcomes)}; {pages:,} release pages read)"
    )
    print(
        f"backlog         wall {backlog.wall:7.2f} s   cpu {backlog.cpu:7.2f} s   "
        f"({classified:,} backfill entries classified after the cycle)"
    )
    print(
        f"second cycle    wall {second.wall:7.2f} s   cpu {second.cpu:7.2f} s   "
        f"({_summary(second_outcomes)}; server answered {after_second.get('feed-304', 0):,} × 304)"
    )
    print(f"                304 cycle CPU = {second.cpu / first.cpu:.1%} of the first cycle's")
    print(
        f"naive loop      {naive * 1000:7.1f} ms per feed over {options.naive_sample} feeds "
        f"(sequential feedparser.parse(url)) → {naive_total:7.1f} s for {options.feeds:,} feeds"
    )
    print(
        f"speed-up        first cycle {naive_total / first.wall:5.1f}×   "
        f"first cycle + backlog {naive_total / (first.wall + backlog.wall):5.1f}×   "
        f"second cycle {naive_total / second.wall:5.1f}×"
    )
    cpus = os.cpu_count() or 1
    news = min(options.fresh, options.entries) * options.feeds
    # What no cycle can do without, at perfect scaling over every CPU and nothing else costing anything:
    # feedparser over every feed, and classifying each news entry (as measured, and at 2,000 items/s).
    floors = {
        "feedparser alone": floor * options.feeds,
        "+ classify news": floor * options.feeds + reading * news,
        "+ classify at 2,000/s": floor * options.feeds + news / 2000,
    }
    print(
        f"floor           feedparser {floor * 1000:.1f} ms CPU per feed, classify {reading * 1000:.1f} ms "
        f"per news entry; best possible speed-up on {cpus} CPUs with nothing else costing anything:"
    )
    for name, cpu in floors.items():
        print(
            f"                {name:<22} {cpu:6.1f} s CPU → ≥ {cpu / cpus:5.2f} s wall → ≤ "
            f"{naive_total * cpus / cpu:5.1f}× (30× needs ≥ {math.ceil(30 * cpu / naive_total)} CPUs)"
        )
    print(f"peak RSS        {peak_mb:7.1f} MB   (database {db_size / 1e6:.1f} MB)")


def main(argv: list[str] | None = None) -> int:
    """Parse options, run, print."""
    parser = argparse.ArgumentParser(prog="python -m bench.poll", description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument(
        "--latency", type=float, default=0.1, help="seconds the server waits before answering"
    )
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--fresh", type=int, default=1, help="entries per feed inside the backfill window")
    parser.add_argument("--naive-sample", type=int, default=50)
    args = parser.parse_args(argv)
    configure_logging(level="warning")
    run(
        Options(
            feeds=args.feeds,
            entries=args.entries,
            latency=args.latency,
            concurrency=args.concurrency,
            fresh=args.fresh,
            naive_sample=min(args.naive_sample, args.feeds),
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
