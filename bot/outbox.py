"""The outbox: deliver due alerts to Slack (or the console), paced, retried, recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import structlog

from bot import store
from bot.deliver import DeliveryError, post_alert
from bot.render import AlertView, render_alert, render_console
from bot.services import Services, backoff_delay

log = structlog.get_logger("dealwire.outbox")


@dataclass(frozen=True, slots=True)
class DeliveryOutcome:
    """What one delivery pass did."""

    sent: int = 0
    retried: int = 0
    failed: int = 0


def deliver_pending(svc: Services, *, limit: int = 200) -> DeliveryOutcome:
    """Send due alerts from the outbox to Slack (or the console), recording each result."""
    now = svc.clock()
    with store.session_scope(svc.engine) as session:
        due = store.due_alerts(session, now=now, limit=limit)
    rates = svc.config.rates.usd_per_unit
    sent = retried = failed = 0
    for alert in due:
        if svc.stop.is_set():
            break
        view = AlertView(
            entry=alert.entry,
            classification=alert.classification,
            watchlist=alert.watchlist,
            reason=alert.reason,
            usd_rates=dict(rates),
        )
        if svc.slack is None:
            _print_alert(svc, view=view, channel=alert.channel)
            with store.session_scope(svc.engine) as session:
                store.mark_sent(session, alert_id=alert.id, channel_id=alert.channel, ts="", now=svc.clock())
            sent += 1
            continue
        with store.session_scope(svc.engine) as session:
            claimed = store.mark_sending(session, alert_id=alert.id, now=svc.clock())
        if not claimed:  # another deliverer took it between our read and our claim
            continue
        try:
            posted = post_alert(
                svc.slack,
                channel=alert.channel,
                message=render_alert(view),
                metadata={"alert_id": alert.id, "entry_id": alert.entry_id},
            )
        except DeliveryError as exc:
            with store.session_scope(svc.engine) as session:
                if exc.permanent or alert.attempts + 1 >= svc.config.delivery.max_attempts:
                    store.mark_failed(session, alert_id=alert.id, error=str(exc), now=svc.clock())
                    failed += 1
                else:
                    wait = backoff_delay(errors=alert.attempts + 1, interval=timedelta(seconds=5))
                    if exc.retry_after is not None:
                        wait = max(wait, timedelta(seconds=exc.retry_after))
                    store.mark_retry(
                        session, alert_id=alert.id, error=str(exc), next_attempt_at=svc.clock() + wait
                    )
                    retried += 1
            log.warning(
                "alert_not_delivered",
                alert=alert.id,
                channel=alert.channel,
                error=exc.error,
                permanent=exc.permanent,
            )
            continue
        with store.session_scope(svc.engine) as session:
            store.mark_sent(
                session, alert_id=alert.id, channel_id=posted.channel_id, ts=posted.ts, now=svc.clock()
            )
        sent += 1
        if svc.metrics is not None:
            svc.metrics.observe_latency(published=alert.entry.published, now=svc.clock())
        log.info("alert_sent", alert=alert.id, channel=posted.channel_id, ts=posted.ts)
    if svc.metrics is not None:
        svc.metrics.record_deliveries(sent=sent, retried=retried, failed=failed)
        svc.metrics.beat()
    return DeliveryOutcome(sent=sent, retried=retried, failed=failed)


def _print_alert(svc: Services, *, view: AlertView, channel: str) -> None:
    if svc.console is None:
        return
    svc.console.write(f"── alert for {channel} ({view.watchlist}) ──\n{render_console(view)}\n\n")
    svc.console.flush()
