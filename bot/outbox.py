"""The outbox: deliver alerts, edits and thread replies to Slack (or the console), each exactly once.

One pass works every channel with something due side by side: a coordinator hands each channel's
next step (look for an interrupted post, post, digest) to a small pool of workers when the channel's
pace allows, so a channel waiting out Slack's Retry-After or a backoff holds up no other. Within a
channel rows go in created order. A row is claimed ('sending') and committed before Slack is called
and recorded after; a crash in between leaves it 'sending', and once its lease runs out it is looked
for in the channel's history (by the marker in its metadata) before anything is posted again. More
than `digest_threshold` alerts due for one channel go out as one digest message.

Several bots may deliver from one store: each channel is worked by the one bot that holds its lease
(bot.leases), so its order and its pace (kept in the store) hold however many bots run.
"""

from __future__ import annotations

import functools
import heapq
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import datetime, timedelta

import structlog

from bot import store
from bot.leases import ChannelLeases
from bot.notes import console_note
from bot.outbox_checks import ChannelIds, notify_admins, send_admin_notices, verify_unsure
from bot.outbox_send import DeliveryRun, record_failure, send_digest, send_head
from bot.render import AlertView, render_console
from bot.services import Services

log = structlog.get_logger("dealwire.outbox")

MAX_DIGEST_ALERTS = 200  # one digest stands for at most this many (their ids ride in its metadata)
QUEUE_WINDOW = 1000  # rows of one channel looked at per step
MAX_STEPS = 5000  # per channel per pass: a guard against a loop that makes no progress
# Channels one bot holds at a time per worker: enough to keep its workers busy while channels wait
# out their pace, few enough to leave channels to other bots on the same store.
CHANNELS_PER_WORKER = 4


@dataclass(frozen=True, slots=True)
class DeliveryOutcome:
    """What one delivery pass did: outbox rows delivered, put back, given up; digests posted."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    digests: int = 0


def deliver_pending(
    svc: Services,
    *,
    max_wait: float = 30.0,
    sleep: Callable[[float], object] | None = None,
) -> DeliveryOutcome:
    """Deliver what is due in every channel, in order and at Slack's pace; record each outcome.

    The pass waits for channels' pace, Retry-After and backoffs up to `max_wait` seconds from its
    start; what is due later is left to a later pass. `sleep` defaults to waiting on svc.stop.
    """
    run = DeliveryRun.start(svc, sleep=sleep or svc.stop.wait, max_wait=max_wait)
    delivery = svc.config.delivery
    now = run.now()
    with store.session_scope(svc.engine) as session:
        released = store.release_stuck_alerts(
            session, sending_before=now - timedelta(seconds=delivery.sending_lease_seconds), now=now
        )
        queued = store.queued_channels(session)
        run.troubled = store.problem_channels(session)
    if released:
        log.warning("deliveries_interrupted", rows=released, action="looking for them before posting again")
    # Other bots may deliver from the same store: a channel is worked by the one bot that claimed it.
    leases = ChannelLeases(svc, limit=delivery.channel_workers * CHANNELS_PER_WORKER)
    try:
        channels = leases.claim(queued)
        admin = delivery.admin_channel.strip()
        if not admin or admin in channels or leases.claim([admin], limit=1):
            send_admin_notices(svc, pacer=run.pacer)
        if svc.slack is None:
            for channel in channels:
                _print_channel(run, channel)
        else:
            run.ids = ChannelIds(engine=svc.engine, client=svc.slack, clock=svc.clock)
            notify_admins(svc, ids=run.ids, pacer=run.pacer)
            if channels:
                _coordinate(run, channels, leases=leases)
    finally:
        leases.release_all()
    tally = run.tally
    if svc.metrics is not None:
        svc.metrics.record_deliveries(sent=tally.sent, retried=tally.retried, failed=tally.failed)
        svc.metrics.beat()
    return DeliveryOutcome(sent=tally.sent, retried=tally.retried, failed=tally.failed, digests=tally.digests)


def _coordinate(run: DeliveryRun, channels: Sequence[str], *, leases: ChannelLeases) -> None:
    """Step every channel whose time has come on a worker; sleep only when no channel can go now."""
    started = run.now()
    deadline = started + timedelta(seconds=run.max_wait)
    waiting: list[tuple[datetime, int, str]] = [(started, n, channel) for n, channel in enumerate(channels)]
    workers = run.svc.config.delivery.channel_workers  # threads start only as work needs them
    steps: Counter[str] = Counter()
    seen = set(channels)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="deliver") as pool:
        running: dict[Future[datetime | None], tuple[int, str]] = {}
        while (waiting or running) and not run.svc.stop.is_set():
            now = run.now()
            while waiting and waiting[0][0] <= now and len(running) < workers:
                _at, n, channel = heapq.heappop(waiting)
                running[pool.submit(_step, run, channel, leases=leases)] = (n, channel)
            if running:
                timeout = None
                if waiting and len(running) < workers:
                    timeout = max(0.0, (waiting[0][0] - now).total_seconds())
                done, _pending = wait(running, timeout=timeout, return_when=FIRST_COMPLETED)
                for future in done:
                    n, channel = running.pop(future)
                    again = future.result()
                    steps[channel] += 1
                    if again is not None and again <= deadline and steps[channel] < MAX_STEPS:
                        heapq.heappush(waiting, (again, n, channel))
                    else:
                        leases.release([channel])  # done for this pass: free for any bot
                continue
            # Before resting, take in channels whose first alerts arrived during the pass.
            with store.session_scope(run.svc.engine) as session:
                queued = [c for c in store.queued_channels(session) if c not in steps and c not in seen]
            arrived = leases.claim(queued)
            for channel in arrived:
                seen.add(channel)
                heapq.heappush(waiting, (now, len(seen), channel))
            delay = (waiting[0][0] - now).total_seconds()
            if delay > 0 and not arrived:
                run.sleep(delay)
                if run.now() <= now:
                    return  # a clock that does not move (tests) would wait for ever


def _step(run: DeliveryRun, channel: str, *, leases: ChannelLeases) -> datetime | None:
    """Take a channel's next step; return when to look at it again in this pass (None: not in this pass)."""
    if not leases.renew(channel):
        return None  # its lease lapsed and another bot delivers to it now
    now = run.now()
    with store.session_scope(run.svc.engine) as session:
        queue = store.channel_queue(session, channel=channel, limit=QUEUE_WINDOW)
    if not queue:
        return None
    head = queue[0]
    if head.status == "sending":
        return None  # in flight elsewhere (or its lease has not run out): later rows must not overtake it
    if head.next_attempt_at > now:
        return head.next_attempt_at  # backing off or waiting out Retry-After
    due = [item for item in queue if item.status == "pending" and item.next_attempt_at <= now]
    unsure = [item for item in due if item.unsure]
    if unsure:
        assert run.ids is not None
        verified = verify_unsure(
            run.svc,
            ids=run.ids,
            channel=channel,
            items=unsure,
            on_failure=functools.partial(record_failure, run, keep_unsure=True),
        )
        run.tally.add(sent=verified.found)
        return now if verified.ok else None
    next_post = run.pacer.next_post_at(channel, now=now)
    if next_post is not None:
        return next_post
    alerts = [item for item in due if item.kind == "alert"]
    if head.kind == "alert" and len(alerts) > run.svc.config.delivery.digest_threshold:
        went = send_digest(run, channel=channel, due=alerts[:MAX_DIGEST_ALERTS])
    else:
        went = send_head(run, channel=channel, head=head)
    return now if went else None


def _print_channel(run: DeliveryRun, channel: str) -> None:
    """Without a Slack token: print each due row of the channel, in order, and record it as delivered."""
    svc = run.svc
    now = run.now()
    with store.session_scope(svc.engine) as session:
        queue = store.channel_queue(session, channel=channel, limit=QUEUE_WINDOW)
    for head in queue:
        if svc.stop.is_set() or head.status != "pending" or head.next_attempt_at > now:
            return
        with store.session_scope(svc.engine) as session:
            (item,) = store.outbox_items(session, ids=[head.id])
        if svc.console is not None:
            if item.kind == "alert":
                view = _alert_view(run, item)
                svc.console.write(f"── alert for {channel} ({view.watchlist}) ──\n{render_console(view)}\n\n")
            else:
                svc.console.write(
                    f"── {channel} ──\n{console_note(kind=item.kind, note=item.note, entry=item.entry)}\n\n"
                )
            svc.console.flush()
        with store.session_scope(svc.engine) as session:
            store.record_sent(session, ids=[item.id], channel_id=channel, ts="", now=run.now())
        run.tally.add(sent=1)


def _alert_view(run: DeliveryRun, item: store.OutboxItem) -> AlertView:
    return AlertView(
        entry=item.entry,
        classification=item.classification,
        watchlist=item.watchlist,
        reason=item.reason,
        usd_rates=dict(run.svc.config.rates.usd_per_unit),
    )
