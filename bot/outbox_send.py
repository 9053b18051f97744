"""Sending one outbox step to Slack (an alert, a digest, an edit with its note, a thread reply) and
recording what came of it: delivered, put back to wait, or given up with the admins told."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TypeVar

import structlog

from bot import store
from bot.deliver import (
    CHANNEL_ERRORS,
    TOKEN_ERRORS,
    DeliveryError,
    Posted,
    post_alert,
    post_thread_reply,
    update_alert,
)
from bot.digest import DigestView, render_digest
from bot.notes import also_on_reply, update_reply
from bot.outbox_checks import ChannelIds, notify_admins
from bot.pacing import Pacer
from bot.render import AlertView, render_alert
from bot.services import Services, backoff_delay

log = structlog.get_logger("dealwire.outbox")
T = TypeVar("T")

PACE_MARGIN = timedelta(milliseconds=100)  # so that network jitter never lands two posts too close
PARENT_WAIT = timedelta(seconds=5)
# chat.update refusals that leave the alert as it was but still deserve the thread note.
UNEDITABLE = frozenset({"cant_update_message", "edit_window_closed"})
# After these, further posts to the channel in this pass would only meet the same refusal.
CHANNEL_STOPPERS = CHANNEL_ERRORS | TOKEN_ERRORS


@dataclass
class Tally:
    """Counts of one pass, added to from every worker."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    sent: int = 0
    retried: int = 0
    failed: int = 0
    digests: int = 0

    def add(self, *, sent: int = 0, retried: int = 0, failed: int = 0, digests: int = 0) -> None:
        """Add to the counts (thread-safe)."""
        with self.lock:
            self.sent += sent
            self.retried += retried
            self.failed += failed
            self.digests += digests


@dataclass
class DeliveryRun:
    """One delivery pass: what every channel worker shares."""

    svc: Services
    sleep: Callable[[float], object]
    max_wait: float
    pacer: Pacer
    tally: Tally = field(default_factory=Tally)
    ids: ChannelIds | None = None
    troubled: set[str] = field(default_factory=set)  # channels with open delivery problems
    lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def start(cls, svc: Services, *, sleep: Callable[[float], object], max_wait: float) -> DeliveryRun:
        """Return a run on the services, pacing posts at the configured rate per channel."""
        delivery = svc.config.delivery
        pacer = Pacer(
            engine=svc.engine,
            interval=timedelta(seconds=1 / delivery.channel_rate_per_second) + PACE_MARGIN,
            burst=delivery.channel_burst,
            clock=svc.clock,
        )
        return cls(svc=svc, sleep=sleep, max_wait=max_wait, pacer=pacer)

    def now(self) -> datetime:
        """The services' clock."""
        return self.svc.clock()


def _paced(run: DeliveryRun, *, channel: str, send: Callable[[], T]) -> T:
    """Make one post, counting it against the channel's pace from the moment it left."""
    at = run.now()
    try:
        return send()
    finally:
        run.pacer.posted(channel, at=at)


def _claim(run: DeliveryRun, ids: Sequence[int], *, digest_key: str | None = None) -> bool:
    now = run.now()
    lease = timedelta(seconds=run.svc.config.delivery.sending_lease_seconds)
    with store.session_scope(run.svc.engine) as session:
        return store.claim(
            session, ids=ids, now=now, digest_key=digest_key, holder=run.svc.replica, lease_until=now + lease
        )


def _sent(
    run: DeliveryRun, *, channel: str, ids: Sequence[int], posted: Posted, in_digest: bool = False
) -> None:
    now = run.now()
    with store.session_scope(run.svc.engine) as session:
        store.record_sent(
            session, ids=ids, channel_id=posted.channel_id, ts=posted.ts, now=now, in_digest=in_digest
        )
        store.remember_channel_id(session, channel=channel, channel_id=posted.channel_id, now=now)
        with run.lock:
            cleared = channel in run.troubled
            run.troubled.discard(channel)
        if cleared and store.clear_problems(session, channel=channel):
            log.info("delivery_problem_cleared", channel=channel)
    run.tally.add(sent=len(ids))


def _view(run: DeliveryRun, item: store.OutboxItem, *, watchlist: str = "", reason: str = "") -> AlertView:
    return AlertView(
        entry=item.entry,
        classification=item.classification,
        watchlist=watchlist or item.watchlist,
        reason=reason or item.reason,
        usd_rates=dict(run.svc.config.rates.usd_per_unit),
    )


def _metadata(item_id: int, *, entry_id: int, kind: str = "alert") -> dict[str, object]:
    return {"marker": f"alert:{item_id}", "alert_id": item_id, "entry_id": entry_id, "kind": kind}


def send_head(run: DeliveryRun, *, channel: str, head: store.QueuedItem) -> bool:
    """Deliver the head of a channel's queue; False when the channel should rest for this pass."""
    with store.session_scope(run.svc.engine) as session:
        (item,) = store.outbox_items(session, ids=[head.id])
    if not _claim(run, [item.id]):
        return False  # another deliverer has this channel's head
    client = run.svc.slack
    assert client is not None
    try:
        if item.kind == "alert":
            message = render_alert(_view(run, item))
            metadata = _metadata(item.id, entry_id=item.entry_id)
            posted = _paced(
                run,
                channel=channel,
                send=lambda: post_alert(client, channel=channel, message=message, metadata=metadata),
            )
            _sent(run, channel=channel, ids=[item.id], posted=posted)
            if run.svc.metrics is not None:
                run.svc.metrics.observe_latency(published=item.entry.published, now=run.now())
            log.info("alert_sent", alert=item.id, channel=posted.channel_id, ts=posted.ts)
            return True
        return _send_reply(run, channel=channel, item=item)
    except DeliveryError as exc:
        record_failure(run, channel=channel, ids=[item.id], error=exc, attempts=item.attempts)
        return not exc.permanent or exc.error not in CHANNEL_STOPPERS


def _send_reply(run: DeliveryRun, *, channel: str, item: store.OutboxItem) -> bool:
    """Edit the parent alert and thread what changed ('update'), or thread another wire ('also_on')."""
    client = run.svc.slack
    assert client is not None
    with store.session_scope(run.svc.engine) as session:
        parent = store.parent_alert(session, alert_id=item.parent_alert_id or 0)
    if parent is None or parent.status == "failed":
        with store.session_scope(run.svc.engine) as session:
            store.record_failed(session, ids=[item.id], error="its alert was never delivered", now=run.now())
        run.tally.add(failed=1)
        return True
    if parent.status != "sent" or not parent.ts or not parent.channel_id:
        with store.session_scope(run.svc.engine) as session:
            store.requeue(
                session,
                ids=[item.id],
                error="waiting for its alert to be delivered",
                next_attempt_at=run.now() + PARENT_WAIT,
                now=run.now(),
                count_attempt=False,
            )
        run.tally.add(retried=1)
        return False
    if item.kind == "update":
        if not parent.in_digest:
            view = _view(run, item, watchlist=parent.watchlist, reason=parent.reason)
            try:
                update_alert(
                    client,
                    channel_id=parent.channel_id,
                    ts=parent.ts,
                    message=render_alert(view),
                    metadata=_metadata(parent.id, entry_id=item.entry_id),
                )
            except DeliveryError as exc:
                if exc.error not in UNEDITABLE:
                    raise
                log.info("alert_not_editable", alert=parent.id, error=exc.error)
        text = update_reply(
            note=item.note, entry=item.entry, classification=item.classification, in_digest=parent.in_digest
        )
    else:
        text = also_on_reply(entry=item.entry, classification=item.classification, in_digest=parent.in_digest)
    channel_id, thread_ts = parent.channel_id, parent.ts
    metadata = _metadata(item.id, entry_id=item.entry_id, kind=item.kind)
    posted = _paced(
        run,
        channel=channel,
        send=lambda: post_thread_reply(
            client, channel_id=channel_id, thread_ts=thread_ts, text=text, metadata=metadata
        ),
    )
    _sent(run, channel=channel, ids=[item.id], posted=posted)
    log.info("thread_reply_sent", row=item.id, kind=item.kind, alert=parent.id, channel=posted.channel_id)
    return True


def send_digest(run: DeliveryRun, *, channel: str, due: Sequence[store.QueuedItem]) -> bool:
    """Post one digest standing for every due alert of the channel; False when the channel should rest."""
    key = uuid.uuid4().hex[:16]
    ids = [item.id for item in due]
    with store.session_scope(run.svc.engine) as session:
        items = store.outbox_items(session, ids=ids)
    if not _claim(run, ids, digest_key=key):
        return False
    client = run.svc.slack
    assert client is not None
    message = render_digest(DigestView(alerts=tuple(_view(run, item) for item in items), now=run.now()))
    metadata = {"marker": f"digest:{key}", "kind": "digest", "alert_ids": ids}
    try:
        posted = _paced(
            run,
            channel=channel,
            send=lambda: post_alert(client, channel=channel, message=message, metadata=metadata),
        )
    except DeliveryError as exc:
        record_failure(
            run, channel=channel, ids=ids, error=exc, attempts=max(item.attempts for item in items)
        )
        return not exc.permanent or exc.error not in CHANNEL_STOPPERS
    _sent(run, channel=channel, ids=ids, posted=posted, in_digest=True)
    run.tally.add(digests=1)
    if run.svc.metrics is not None:
        for item in items:
            run.svc.metrics.observe_latency(published=item.entry.published, now=run.now())
    log.info("digest_sent", channel=posted.channel_id, alerts=len(ids), ts=posted.ts)
    return True


def record_failure(
    run: DeliveryRun,
    *,
    channel: str,
    ids: Sequence[int],
    error: DeliveryError,
    attempts: int,
    keep_unsure: bool = False,
) -> None:
    """Record a failed attempt: wait out Retry-After, back off and retry, or give up and tell the admins.

    keep_unsure: the rows were being looked for (not posted) and must still be looked for next time.
    """
    svc = run.svc
    now = svc.clock()
    delivery = svc.config.delivery
    rate_limited = error.status == 429 or error.error in ("ratelimited", "rate_limited")
    gave_up = not rate_limited and (error.permanent or attempts + 1 >= delivery.max_attempts)
    new_problem = False
    with store.session_scope(svc.engine) as session:
        if rate_limited:
            # Slack did not act: the attempt is not counted, and the channel rests as long as asked.
            asked = timedelta(seconds=error.retry_after if error.retry_after is not None else 1.0)
            until = now + asked + PACE_MARGIN
            if error.method in ("chat.postMessage", "chat.update"):
                run.pacer.hold(channel, until=until)
            store.requeue(
                session,
                ids=ids,
                error=str(error),
                next_attempt_at=until,
                now=now,
                count_attempt=False,
                unsure=keep_unsure,
            )
        elif gave_up:
            store.record_failed(session, ids=ids, error=str(error), now=now)
            detail = error.detail if error.permanent else f"gave up after {attempts + 1} attempts"
            new_problem = store.record_problem(
                session, channel=channel, error=error.error, detail=detail, now=now
            )
        else:
            wait = backoff_delay(errors=attempts + 1, interval=timedelta(seconds=delivery.retry_base_seconds))
            # An attempt Slack may have acted on is looked for in the channel before the next one.
            store.requeue(
                session,
                ids=ids,
                error=str(error),
                next_attempt_at=now + wait,
                now=now,
                unsure=error.ambiguous or keep_unsure,
            )
    run.tally.add(retried=0 if gave_up else len(ids), failed=len(ids) if gave_up else 0)
    log.warning(
        "alert_not_delivered",
        rows=list(ids)[:20],
        count=len(ids),
        channel=channel,
        error=error.error,
        permanent=error.permanent,
        ambiguous=error.ambiguous,
        retry_after=error.retry_after,
        gave_up=gave_up,
    )
    if new_problem and run.ids is not None:
        notify_admins(svc, ids=run.ids, pacer=run.pacer)
