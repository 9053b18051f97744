"""The scheduler: coalesced ticks for polling feeds, delivering alerts and sending due digests."""

from __future__ import annotations

import structlog
from apscheduler.events import EVENT_JOB_ERROR, JobExecutionEvent
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

from bot.digest_send import run_due_digests
from bot.pipeline import Services, deliver_pending, poll_due_feeds

log = structlog.get_logger("dealwire.scheduler")

POLL_TICK_SECONDS = 15
DELIVER_TICK_SECONDS = 5
DIGEST_TICK_SECONDS = 60  # digests are due on the minute; the store keeps each period to one send


def build_scheduler(
    svc: Services,
    *,
    poll_seconds: float = POLL_TICK_SECONDS,
    deliver_seconds: float = DELIVER_TICK_SECONDS,
    digest_seconds: float = DIGEST_TICK_SECONDS,
) -> BackgroundScheduler:
    """Return a scheduler (not started) whose ticks poll due feeds, deliver due alerts and send digests."""
    scheduler = BackgroundScheduler(
        # One worker per job, so a long poll never holds up delivery or a digest.
        executors={"default": ThreadPoolExecutor(max_workers=3)},
        # A late tick still runs (APScheduler's default grace of 1 s would silently skip it),
        # several missed ticks run once, and a tick never overlaps itself.
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 300},
        timezone="UTC",
    )
    scheduler.add_job(
        poll_due_feeds, "interval", seconds=poll_seconds, args=[svc], id="poll", next_run_time=svc.clock()
    )
    scheduler.add_job(
        deliver_pending,
        "interval",
        seconds=deliver_seconds,
        args=[svc],
        id="deliver",
        next_run_time=svc.clock(),
    )
    scheduler.add_job(
        run_due_digests,
        "interval",
        seconds=digest_seconds,
        args=[svc],
        id="digests",
        next_run_time=svc.clock(),
    )

    def on_error(event: JobExecutionEvent) -> None:
        log.error("tick_failed", job=event.job_id, error=repr(event.exception))

    scheduler.add_listener(on_error, EVENT_JOB_ERROR)
    return scheduler
