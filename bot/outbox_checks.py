"""What the outbox asks Slack besides posting: was an interrupted message delivered, which ID a #name
has, and telling the admin channel about channels that refuse alerts."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

import structlog
from slack_sdk import WebClient
from sqlalchemy.engine import Engine

from bot import store
from bot.deliver import DeliveryError, delivered_markers, post_text, resolve_channel
from bot.headline import clip
from bot.mrkdwn import escape_truncated
from bot.notes import admin_reply
from bot.pacing import Pacer
from bot.services import Services

log = structlog.get_logger("dealwire.outbox")

_CHANNEL_ID = re.compile(r"[CGD][A-Z0-9]{2,}")
# How far before an interrupted attempt the channel's history is read: Slack's clock and ours differ.
LOOKBACK = timedelta(minutes=15)
NOTICE_RETRY = timedelta(minutes=10)
NOTICE_LIMIT = 2000


class FailureHandler(Protocol):
    """Records a failed Slack call for outbox rows (see outbox._failed)."""

    def __call__(self, *, channel: str, ids: Sequence[int], error: DeliveryError, attempts: int) -> None: ...


class ChannelIds:
    """Slack IDs for channels as watch lists name them: IDs as they are, #names from the store or Slack."""

    def __init__(self, *, engine: Engine, client: WebClient, clock: Callable[[], datetime]) -> None:
        self._engine = engine
        self._client = client
        self._clock = clock
        self._known: dict[str, str] = {}
        self._lock = threading.Lock()

    def known(self, channel: str) -> str | None:
        """Return the ID if it is known without asking Slack."""
        if _CHANNEL_ID.fullmatch(channel):
            return channel
        with self._lock:
            if channel in self._known:
                return self._known[channel]
        with store.session_scope(self._engine) as session:
            stored = store.known_channel_id(session, channel=channel)
        if stored:
            with self._lock:
                self._known[channel] = stored
        return stored

    def get(self, channel: str) -> str | None:
        """Return the ID, asking Slack (conversations.list) for a #name never posted to; None if unknown."""
        known = self.known(channel)
        if known is not None:
            return known
        resolved = resolve_channel(self._client, name=channel)
        if resolved is not None:
            with store.session_scope(self._engine) as session:
                store.remember_channel_id(session, channel=channel, channel_id=resolved, now=self._clock())
            with self._lock:
                self._known[channel] = resolved
        return resolved


@dataclass(frozen=True, slots=True)
class Verified:
    """What looking for interrupted messages found."""

    ok: bool  # False: Slack could not be asked now; the rows wait (see the failure handler)
    found: int = 0  # rows recorded as delivered because their message is in the channel


def verify_unsure(
    svc: Services,
    *,
    ids: ChannelIds,
    channel: str,
    items: Sequence[store.QueuedItem],
    on_failure: FailureHandler,
) -> Verified:
    """Look for the messages of rows whose last attempt may have landed; record those found as sent.

    Alerts and digests are looked for in the channel's history, thread replies in their thread, by
    the marker in their metadata. Rows not found are posted anew. When Slack refuses to show the
    history (a scope is missing, the channel is gone) the rows are posted anyway: a duplicate is
    better than a lost alert, and the warning says why.
    """
    client = svc.slack
    assert client is not None
    now = svc.clock()
    pending = {item.id: item for item in items}
    found = 0
    missing: list[int] = []
    try:
        channel_id = ids.get(channel)
        if channel_id is None:
            log.warning("delivery_unverifiable", channel=channel, reason="no channel by that name")
            return _post_anew(svc, list(pending), found=0)
        tops = [item for item in items if item.kind == "alert"]
        if tops:
            oldest = min(item.attempted_at or item.created_at for item in tops) - LOOKBACK
            markers = delivered_markers(client, channel_id=channel_id, oldest=oldest.timestamp())
            for item in tops:
                if item.id not in pending:
                    continue  # recorded already, with the rest of its digest
                marker = f"digest:{item.digest_key}" if item.digest_key else f"alert:{item.id}"
                ts = markers.get(marker)
                if ts is None:
                    missing.append(pending.pop(item.id).id)
                    continue
                found += _record_found(svc, item=item, channel_id=channel_id, ts=ts, now=now, pending=pending)
        for item in [item for item in items if item.kind != "alert"]:
            with store.session_scope(svc.engine) as session:
                parent = store.parent_alert(session, alert_id=item.parent_alert_id or 0)
            if parent is None or not parent.ts or not parent.channel_id:
                missing.append(pending.pop(item.id).id)
                continue
            markers = delivered_markers(client, channel_id=parent.channel_id, thread_ts=parent.ts)
            ts = markers.get(f"alert:{item.id}")
            if ts is None:
                missing.append(pending.pop(item.id).id)
                continue
            found += _record_found(
                svc, item=item, channel_id=parent.channel_id, ts=ts, now=now, pending=pending
            )
    except DeliveryError as exc:
        if exc.permanent:
            log.warning("delivery_unverifiable", channel=channel, error=exc.error, detail=exc.detail)
            return _post_anew(svc, [*missing, *pending], found=found)
        _post_anew(svc, missing, found=found)
        rest = list(pending.values())
        if rest:
            on_failure(
                channel=channel, ids=[i.id for i in rest], error=exc, attempts=max(i.attempts for i in rest)
            )
        return Verified(ok=False, found=found)
    return _post_anew(svc, missing, found=found)


def _record_found(
    svc: Services,
    *,
    item: store.QueuedItem,
    channel_id: str,
    ts: str,
    now: datetime,
    pending: dict[int, store.QueuedItem],
) -> int:
    with store.session_scope(svc.engine) as session:
        if item.digest_key:
            recorded = store.record_digest_sent(
                session, digest_key=item.digest_key, channel_id=channel_id, ts=ts, now=now
            )
            for other in [i for i in pending.values() if i.digest_key == item.digest_key]:
                pending.pop(other.id)
        else:
            recorded = store.record_sent(session, ids=[item.id], channel_id=channel_id, ts=ts, now=now)
            pending.pop(item.id, None)
    log.info("delivery_found", row=item.id, digest=item.digest_key, channel=channel_id, ts=ts, rows=recorded)
    return recorded


def _post_anew(svc: Services, ids: Sequence[int], *, found: int) -> Verified:
    if ids:
        with store.session_scope(svc.engine) as session:
            store.clear_unsure(session, ids=ids, now=svc.clock())
    return Verified(ok=True, found=found)


def notify_admins(svc: Services, *, ids: ChannelIds, pacer: Pacer) -> int:
    """Tell the admin channel about each delivery problem not yet told (once per channel and error).

    Returns how many were told. Without an admin channel the problem is logged instead.
    """
    client = svc.slack
    admin = svc.config.delivery.admin_channel.strip()
    now = svc.clock()
    with store.session_scope(svc.engine) as session:
        problems = store.problems_to_notify(session, now=now)
    told = 0
    for problem in problems:
        with store.session_scope(svc.engine) as session:
            if not store.claim_problem_notice(session, problem_id=problem.id, now=now):
                continue
        fields = {"channel": problem.channel, "error": problem.error, "detail": problem.detail}
        if client is None or not admin or admin == problem.channel:
            log.error("delivery_problem", **fields, told="nobody: no other admin channel is configured")
            continue
        later = pacer.next_post_at(admin, now=svc.clock())
        if later is not None:
            _postpone(svc, problem.id, until=later)
            continue
        text = admin_reply(
            channel=problem.channel,
            channel_id=ids.known(problem.channel),
            error=problem.error,
            detail=problem.detail,
        )
        sent_at = svc.clock()
        try:
            post_text(client, channel=admin, text=text)
        except DeliveryError as exc:
            _postpone(svc, problem.id, until=now + NOTICE_RETRY)
            log.warning("admin_notice_failed", **fields, admin_channel=admin, notice_error=exc.error)
            continue
        finally:
            pacer.posted(admin, at=sent_at)
        told += 1
        log.error("delivery_problem", **fields, told=admin)
    return told


def send_admin_notices(svc: Services, *, pacer: Pacer, limit: int = 20) -> int:
    """Post queued admin notices (a feed failing or recovering, ...) to the admin channel, oldest first.

    Returns how many went. Without Slack they are printed; without an admin channel, logged. A
    notice Slack refuses is tried again on later passes until max_attempts, then only logged.
    """
    admin = svc.config.delivery.admin_channel.strip()
    max_attempts = svc.config.delivery.max_attempts
    with store.session_scope(svc.engine) as session:
        notices = store.pending_admin_notices(session, limit=limit)
    went = 0
    for notice in notices:
        if notice.attempts >= max_attempts:
            continue  # given up on: logged when it was
        if svc.slack is None or not admin:
            if svc.console is not None:
                svc.console.write(f"── DealWire notice ──\n{clip(notice.text, NOTICE_LIMIT)}\n\n")
                svc.console.flush()
            log.warning("admin_notice", key=notice.key, text=clip(notice.text, NOTICE_LIMIT))
            _notice_sent(svc, notice.id)
            continue
        if pacer.next_post_at(admin, now=svc.clock()) is not None:
            break  # the admin channel's pace: the rest wait for the next pass
        sent_at = svc.clock()
        try:
            post_text(
                svc.slack,
                channel=admin,
                text=escape_truncated(clip(notice.text, NOTICE_LIMIT), NOTICE_LIMIT),
            )
        except DeliveryError as exc:
            with store.session_scope(svc.engine) as session:
                store.mark_admin_notice_failed(session, notice_id=notice.id, error=str(exc))
            level = log.error if notice.attempts + 1 >= max_attempts else log.warning
            level("admin_notice_failed", key=notice.key, admin_channel=admin, notice_error=exc.error)
            if not exc.permanent:
                break
            continue
        finally:
            pacer.posted(admin, at=sent_at)
        _notice_sent(svc, notice.id)
        went += 1
    return went


def _notice_sent(svc: Services, notice_id: int) -> None:
    with store.session_scope(svc.engine) as session:
        store.mark_admin_notice_sent(session, notice_id=notice_id, now=svc.clock())


def _postpone(svc: Services, problem_id: int, *, until: datetime) -> None:
    with store.session_scope(svc.engine) as session:
        store.postpone_problem_notice(session, problem_id=problem_id, until=until)
