"""`/dealwire search <words>`: stored releases by company, partner or words in the title and summary."""

from __future__ import annotations

from datetime import timedelta

from bot import store
from bot.mrkdwn import escape, one_line, truncate
from handlers.context import COMMAND, Deps, Invocation, Reply, UsageError
from handlers.layout import MAX_ITEMS, listing, message, release_line
from handlers.parsing import Args

MAX_WORDS = 8


def answer(invocation: Invocation, args: Args, deps: Deps) -> Reply:
    """Return the newest stored releases that contain every word (title, summary, company, partners)."""
    words = [truncate(one_line(word), 60) for word in args.texts() if one_line(word)]
    if not words:
        raise UsageError(f"Search for what? Try: `{COMMAND} search Amgen licence`")
    if len(words) > MAX_WORDS:
        raise UsageError(f"Search for at most {MAX_WORDS} words (quote a phrase to keep it together).")
    if any(len(word) < 2 for word in words):
        raise UsageError(
            f"Each search word needs two characters or more. Try: `{COMMAND} search Amgen licence`"
        )
    since = deps.clock() - timedelta(days=args.days) if args.days else None
    with store.session_scope(deps.engine) as session:
        page = store.search_releases(session, words=words, since=since, limit=MAX_ITEMS)

    said = " ".join(f"“{escape(word)}”" for word in words)
    period = f" in the last {args.days} days" if args.days else ""
    if page.total == 0:
        return message(f"No stored release mentions {said}{period}.", share=args.share)
    noun = "release" if page.total == 1 else "releases"
    return listing(
        title=f"*{page.total} {noun}* mention {said}{period}, newest first",
        items=[release_line(release) for release in page.items],
        total=page.total,
        more_hint="narrow with more words or --days",
        fallback=f"{page.total} {noun} mention {' '.join(words)}{period}",
        share=args.share,
    )
