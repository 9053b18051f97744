"""Politeness toward the hosts DealWire reads: requests at once and per second per host, pages read once."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.engine import Engine

from bot.store.writer import GroupWriter
from bot.wires import host_of


class HostLimiter:
    """At most `per_host` requests in flight per host, and at most `rates[domain]` a second to a domain.

    A rate applies to the domain and its subdomains together (sec.gov covers www.sec.gov), since
    that is how a site such as SEC EDGAR counts a client's requests. Thread-safe.
    """

    def __init__(
        self,
        *,
        per_host: int,
        rates: Mapping[str, float],
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = time.sleep,
    ) -> None:
        self._per_host = per_host
        self._rates = {domain.lower().strip("."): rate for domain, rate in rates.items() if rate > 0}
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_turn: dict[str, float] = {}

    @contextmanager
    def slot(self, url: str) -> Iterator[None]:
        """Hold one of the host's slots, and wait for the domain's next turn, for the block's request."""
        host = host_of(url)
        with self._lock:
            semaphore = self._slots.get(host)
            if semaphore is None:
                semaphore = self._slots[host] = threading.BoundedSemaphore(self._per_host)
        with semaphore:
            self._wait_turn(host)
            yield

    def rate_domain(self, host: str) -> str | None:
        """Return the configured domain whose rate applies to host (the longest match), or None."""
        best: str | None = None
        for domain in self._rates:
            if (host == domain or host.endswith("." + domain)) and (best is None or len(domain) > len(best)):
                best = domain
        return best

    def _wait_turn(self, host: str) -> None:
        domain = self.rate_domain(host)
        if domain is None:
            return
        # Turns are handed out evenly spaced, so a burst of requests is spread over time rather than
        # sent at once and then stopped.
        with self._lock:
            now = self._clock()
            turn = max(now, self._next_turn.get(domain, now))
            self._next_turn[domain] = turn + 1.0 / self._rates[domain]
        if turn > now:
            self._sleep(turn - now)


@dataclass(slots=True)
class _Pending:
    done: threading.Event = field(default_factory=threading.Event)
    text: str | None = None


class PageMemo:
    """Release pages this process has read: each URL is fetched at most once, however many entries link it.

    The text of the last few is kept for entries that link the same page at the same time; older
    texts live in the store with their entries. Thread-safe.
    """

    def __init__(self, *, remember: int = 100_000, keep_text: int = 32) -> None:
        self._lock = threading.Lock()
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._texts: OrderedDict[str, str] = OrderedDict()
        self._pending: dict[str, _Pending] = {}
        self._remember = remember
        self._keep_text = keep_text

    def seen(self, url: str) -> bool:
        """True when the URL was fetched (or tried) by this process."""
        with self._lock:
            return url in self._seen

    def fetch_once(self, url: str, fetch: Callable[[], str]) -> str | None:
        """Return the page text, calling fetch only if no one has for this URL; None when it is not available.

        Exceptions from fetch reach the caller that ran it; others waiting on the same URL get None.
        """
        with self._lock:
            if url in self._texts:
                self._texts.move_to_end(url)
                return self._texts[url]
            if url in self._seen:
                return None
            pending = self._pending.get(url)
            owner = pending is None
            if pending is None:
                pending = self._pending[url] = _Pending()
        if not owner:
            pending.done.wait()
            return pending.text
        try:
            pending.text = fetch()
            return pending.text
        finally:
            with self._lock:
                del self._pending[url]
                self._seen[url] = None
                if len(self._seen) > self._remember:
                    self._seen.popitem(last=False)
                if pending.text is not None:
                    self._texts[url] = pending.text
                    if len(self._texts) > self._keep_text:
                        self._texts.popitem(last=False)
            pending.done.set()


class PollingState:
    """What polling keeps between ticks: the host limiter, the pages read, the store's writer and lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._limiter: HostLimiter | None = None
        self._limiter_key: tuple[int, tuple[tuple[str, float], ...]] | None = None
        self._writer: GroupWriter | None = None
        self.pages = PageMemo()
        # SQLite has one writer and an in-memory database one connection: polling threads take
        # turns on it rather than spin on the busy timeout.
        self.sqlite_lock = threading.Lock()

    def writer(self, engine: Engine) -> GroupWriter:
        """Return the group-commit writer for polling threads (built once)."""
        with self._lock:
            if self._writer is None:
                gate = self.sqlite_lock if engine.dialect.name == "sqlite" else None
                self._writer = GroupWriter(engine, gate=gate)
            return self._writer

    def limiter(
        self, *, per_host: int, rates: Mapping[str, float], sleep: Callable[[float], object]
    ) -> HostLimiter:
        """Return the host limiter for these limits (built once, rebuilt if the limits change)."""
        key = (per_host, tuple(sorted(rates.items())))
        with self._lock:
            if self._limiter is None or self._limiter_key != key:
                self._limiter = HostLimiter(per_host=per_host, rates=rates, sleep=sleep)
                self._limiter_key = key
            return self._limiter
