"""`/dealwire recent [milestone|ind|licensing] [company] [--days N]`: the latest deal events, newest first."""

from __future__ import annotations

from datetime import timedelta

from bot import store
from bot.mrkdwn import escape, one_line, truncate
from handlers.context import COMMAND, Deps, Invocation, Reply
from handlers.layout import MAX_ITEMS, listing, message, release_line
from handlers.parsing import Args
from handlers.watch import EVENT_WORDS

DEFAULT_DAYS = 7


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def answer(invocation: Invocation, args: Args, deps: Deps) -> Reply:
    """Return the latest classified events, with amounts and partners, optionally of one type or company."""
    words = args.texts()
    event = EVENT_WORDS.get(words[0].lower()) if words else None
    if event is not None:
        words = words[1:]
    company = truncate(one_line(" ".join(words)), 100) or None
    days = args.days or DEFAULT_DAYS
    since = deps.clock() - timedelta(days=days)
    with store.session_scope(deps.engine) as session:
        page = store.recent_events(session, since=since, event=event, company=company, limit=MAX_ITEMS)

    kind = f"{event.value} event" if event else "deal event"
    about = f" involving *{escape(company)}*" if company else ""
    period = "the last day" if days == 1 else f"the last {days} days"
    if page.total == 0:
        wider = f" Try `{COMMAND} recent --days {min(days * 4, 365)}`." if days < 365 else ""
        return message(f"No {kind}s{about} in {period}.{wider}", share=args.share)
    title = f"*{_plural(page.total, kind)}*{about} in {period}, newest first"
    return listing(
        title=title,
        items=[release_line(release) for release in page.items],
        total=page.total,
        more_hint="narrow with --days or a company",
        fallback=f"{_plural(page.total, kind)}{' involving ' + company if company else ''} in {period}",
        share=args.share,
    )
