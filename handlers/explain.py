"""`/dealwire explain <release URL or id>`: how a release was classified, and why each list took it or not."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from sqlmodel import Session

from bot import store
from bot.models import Classification
from bot.mrkdwn import code, escape, escape_truncated, one_line
from bot.render import WIRE_NAMES
from bot.route import RouteDecision, explain
from handlers.context import COMMAND, Deps, Invocation, Reply, UsageError
from handlers.layout import (
    SECTION_LIMIT,
    amounts_text,
    channel_text,
    context,
    names_text,
    release_link,
    section,
    when,
)
from handlers.parsing import Args

EVIDENCE_LIMIT = 300
MAX_EVIDENCE = 6
MAX_DECISIONS = 60
REASON_LIMIT = 300


def _candidates(key: str) -> list[str]:
    """The key as typed, then the same URL without query, fragment or trailing slash."""
    keys = [key]
    parts = urlsplit(key)
    if parts.scheme in ("http", "https") and parts.netloc:
        bare = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        keys += [bare, bare.rstrip("/") if bare.endswith("/") else bare + "/"]
    return list(dict.fromkeys(keys))


def _lookup(session: Session, key: str) -> store.StoredEntry | None:
    for candidate in _candidates(key):
        found = store.find_entry(session, key=candidate)
        if found is not None:
            return found
    digits = key.removeprefix("#")
    if digits.isdigit() and len(digits) < 12:
        return store.get_entry(session, entry_id=int(digits))
    return None


def _classified(found: Classification) -> str:
    if not found.events:
        return "*Not a deal event:* no milestone, IND or licensing rule fired on this release."
    lines = ["*Classified:* " + ", ".join(event.value for event in found.events)]
    for evidence in found.evidence[:MAX_EVIDENCE]:
        sentence = escape_truncated(one_line(evidence.sentence), EVIDENCE_LIMIT)
        lines.append(f"• {evidence.event.value} — rule {code(evidence.rule)}: “{sentence}”")
    if len(found.evidence) > MAX_EVIDENCE:
        lines.append(f"• … and {len(found.evidence) - MAX_EVIDENCE} more")
    facts = []
    if found.company:
        facts.append(f"company *{escape_truncated(one_line(found.company), 80)}*")
    if found.partners:
        facts.append(f"partners {names_text(found.partners)}")
    if found.tickers:
        facts.append(f"tickers {names_text(found.tickers)}")
    if found.amounts:
        facts.append(amounts_text(found.amounts))
    if facts:
        lines.append(" · ".join(facts))
    return "\n".join(lines)


def _decision_line(decision: RouteDecision) -> str:
    mark = "✅ matched" if decision.matched else "❌ not matched"
    reason = escape_truncated(one_line(decision.reason), REASON_LIMIT)
    return f"*{escape(decision.watchlist)}* ({channel_text(decision.channel)}): {mark} — {reason}"


def _chunks(lines: list[str], limit: int) -> list[str]:
    """Group lines into texts of at most limit characters each."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        if current and len(current) + 1 + len(line) > limit:
            chunks.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line
    if current:
        chunks.append(current)
    return chunks


def answer(invocation: Invocation, args: Args, deps: Deps) -> Reply:
    """Return a release's classification with evidence, and each watch list's decision about it."""
    if len(args.words) != 1:
        raise UsageError(f"Explain which release? Give its link or id. Try: `{COMMAND} explain 1234`")
    token = args.words[0]
    key = (token.url or token.text).strip()
    with store.session_scope(deps.engine) as session:
        found = _lookup(session, key)
        stored_lists = store.load_watchlists(session)
        alerts = store.alerts_for_entry(session, entry_id=found.id) if found else []
    if found is None:
        raise UsageError(
            f"I have no release stored at {code(key[:200])}. Paste the release link from an alert, or an id "
            f"from `{COMMAND} recent` or `{COMMAND} search`."
        )
    entry, classification = found.entry, found.classification
    wire = WIRE_NAMES.get(entry.wire, escape(entry.wire) or "feed")
    head = (
        f"*{release_link(entry.url, entry.title)}*\n{wire} · published {when(entry.published)} · "
        f"first seen {when(found.first_seen_at)} · id {found.id}"
    )
    blocks = [section(head), section(_classified(classification))]

    decisions = explain(
        entry=entry,
        classification=classification,
        watchlists=[*deps.config_watchlists, *stored_lists],
        usd_rates=deps.usd_rates,
        now=deps.clock(),
    )
    lines = [_decision_line(decision) for decision in decisions[:MAX_DECISIONS]]
    if len(decisions) > MAX_DECISIONS:
        lines.append(f"… and {len(decisions) - MAX_DECISIONS} more watch lists")
    if not lines:
        lines = [f"No watch lists yet: `{COMMAND} watch create partners`"]
    lines[0] = "*Watch lists as they are now:*\n" + lines[0]
    blocks += [section(chunk) for chunk in _chunks(lines, SECTION_LIMIT - 100)][:8]

    if found.silent:
        history = "Recorded during the feed's first poll (backfill): DealWire never alerts on those."
    elif alerts:
        history = "Alerts: " + "; ".join(
            f"{escape(alert.watchlist)} → {channel_text(alert.channel)} {alert.status}"
            + (f" {when(alert.sent_at)}" if alert.sent_at else "")
            for alert in alerts[:10]
        )
    else:
        history = "No alert was made for this release when it arrived."
    blocks.append(context(history))
    matched = [d.watchlist for d in decisions if d.matched]
    fallback = f"{one_line(entry.title)[:150]}: " + (
        f"matches {', '.join(matched[:5])}" if matched else "matches no watch list"
    )
    return Reply(text=escape(fallback), blocks=tuple(blocks), in_channel=args.share)
