"""What the bot's jobs share: clients, configuration, the clock and the stop signal."""

from __future__ import annotations

import os
import random
import secrets
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TextIO

import httpx
from slack_sdk import WebClient
from sqlalchemy.engine import Engine

from bot.hosts import PollingState
from bot.metrics import Metrics
from config.settings import AppConfig

MAX_BACKOFF = timedelta(hours=1)


def utcnow() -> datetime:
    """Return the current time, timezone-aware UTC."""
    return datetime.now(UTC)


def replica_id() -> str:
    """Return a new id for this running bot (host-pid-random), which names its claims in the store."""
    # The random part keeps ids apart when containers reuse host names and pids.
    return f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(3)}"


@dataclass(slots=True)
class Services:
    """Everything the cycle talks to, built once by the composition root."""

    engine: Engine
    http: httpx.Client
    config: AppConfig
    slack: WebClient | None = None
    console: TextIO | None = None
    clock: Callable[[], datetime] = utcnow
    stop: threading.Event = field(default_factory=threading.Event)
    metrics: Metrics | None = None
    polling: PollingState = field(default_factory=PollingState)  # limits and memory kept between ticks
    replica: str = field(default_factory=replica_id)  # whose leases on feeds and channels these are


def backoff_delay(*, errors: int, interval: timedelta) -> timedelta:
    """Return the wait before retrying a feed or alert after `errors` consecutive failures, with jitter."""
    base = min(interval * (2 ** max(errors - 1, 0)), MAX_BACKOFF)
    return timedelta(seconds=base.total_seconds() * (0.5 + random.random() / 2))
