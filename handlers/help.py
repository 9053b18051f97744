"""`/dealwire help`: every subcommand with an example, and the short usage shown for anything unknown."""

from __future__ import annotations

from bot.mrkdwn import code
from handlers.context import COMMAND, Deps, Invocation, Reply
from handlers.layout import context, section
from handlers.parsing import Args

# (subcommand, what it does, example) — the order people meet them in.
USAGE: tuple[tuple[str, str, str], ...] = (
    ("help", "this list", "help"),
    ("watch list", "every watch list, its channel and filters", "watch list"),
    ("watch show", "one watch list in full", "watch show partners"),
    ("watch create", "a new watch list, posting here or to a channel", "watch create partners #bd-alerts"),
    ("watch add", "follow a company, a ticker (EXCH:SYM) or a keyword", "watch add Amgen to partners"),
    ("watch remove", "stop following one", 'watch remove "gene therapy" from partners'),
    ("watch events", "which events a list wants (or all)", "watch events partners milestone,ind"),
    ("watch min", "the smallest deal a list wants to hear about", "watch min partners $5M"),
    ("watch channel", "where a list posts", "watch channel partners #bd-alerts"),
    ("watch digest", "when a list's digest goes out (or off)", "watch digest partners weekly mon 08:00"),
    ("watch delete", "delete a watch list", "watch delete partners"),
    ("recent", "the latest deal events", "recent milestone Amgen --days 30"),
    ("search", "stored releases by company, partner or words", "search Amgen licence"),
    ("digest", "the week in deals: counts, largest deals, busiest names", "digest partners --days 7"),
    ("status", "feeds, their errors and the alert queue", "status"),
    ("explain", "why a release did or did not alert", "explain https://www.globenewswire.com/news-release/…"),
    ("mute", "pause a watch list for 30m, 2h, 3d or 1w", "mute partners 2h"),
    ("unmute", "resume a watch list now", "unmute partners"),
)


def answer(invocation: Invocation, args: Args, deps: Deps) -> Reply:
    """Return the list of subcommands with an example each."""
    lines = [f"• `{COMMAND} {example}` — {what}" for _, what, example in USAGE]
    blocks = (
        section("*DealWire* tells this workspace about milestone payments, INDs and licensing deals.\n"),
        section("\n".join(lines)),
        context(
            "Add `--share` to post an answer to the channel; `--days N` narrows recent and search. "
            'Quote phrases: `watch add "gene therapy" to partners`.'
        ),
    )
    return Reply(
        text=f"{COMMAND} help: " + ", ".join(name for name, _, _ in USAGE),
        blocks=blocks,
        in_channel=args.share,
    )


def usage(word: str) -> Reply:
    """Return the short usage shown for a subcommand DealWire does not know."""
    names = ", ".join(sorted({name.split()[0] for name, _, _ in USAGE}))
    text = (
        f"⚠️ I don't know {code(word[:40])}. Try one of: {names}. `{COMMAND} help` shows an example of each."
    )
    return Reply(text=text, blocks=(section(text),))
