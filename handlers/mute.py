"""`/dealwire mute <list> <duration>` and `/dealwire unmute <list>`: pause a Slack-made watch list."""

from __future__ import annotations

from bot import store
from bot.mrkdwn import escape
from handlers.context import COMMAND, Deps, Invocation, NotAllowed, Reply, UsageError
from handlers.layout import channel_text, message, when
from handlers.parsing import Args, parse_duration


def _check(invocation: Invocation, deps: Deps) -> None:
    if not deps.may_change(invocation.user_id):
        raise NotAllowed("⛔ Only DealWire admins can mute or unmute watch lists.")


def _config_list(name: str, deps: Deps) -> bool:
    return any(wl.name.casefold() == name.casefold() for wl in deps.config_watchlists)


def _set(invocation: Invocation, args: Args, deps: Deps, *, muting: bool) -> Reply:
    example = "mute partners 2h" if muting else "unmute partners"
    expected = 2 if muting else 1
    if len(args.words) != expected:
        raise UsageError(f"Try: `{COMMAND} {example}`" + (" (30m, 2h, 3d or 1w)" if muting else ""))
    _check(invocation, deps)
    name = args.words[0].text
    if _config_list(name, deps):
        raise UsageError(
            f"*{escape(name)}* is managed by config ({escape(deps.config_source)}) "
            "and cannot be muted from Slack."
        )
    duration = parse_duration(args.words[1].text) if muting else None
    now = deps.clock()
    until = now + duration if duration is not None else None
    with store.session_scope(deps.engine) as session:
        stored = {wl.name.casefold(): wl for wl in store.load_watchlists(session)}
        watchlist = stored.get(name.casefold())
        if watchlist is None:
            raise UsageError(f"There is no watch list *{escape(name)}*. Try: `{COMMAND} watch list`")
        store.set_muted(session, name=watchlist.name, until=until)
    where = channel_text(watchlist.channel)
    if until is None:
        was = "" if watchlist.muted_until and watchlist.muted_until > now else " (it was not muted)"
        return message(f"🔔 *{escape(watchlist.name)}* posts to {where} again{was}.", share=args.share)
    return message(
        f"🔕 Muted *{escape(watchlist.name)}* until {when(until)}. Releases that arrive meanwhile are not "
        f"posted to {where}; `{COMMAND} unmute {escape(watchlist.name)}` resumes it now.",
        share=args.share,
    )


def mute(invocation: Invocation, args: Args, deps: Deps) -> Reply:
    """Mute a Slack-made watch list for a while (admins only, when admins are set)."""
    return _set(invocation, args, deps, muting=True)


def unmute(invocation: Invocation, args: Args, deps: Deps) -> Reply:
    """Unmute a Slack-made watch list now."""
    return _set(invocation, args, deps, muting=False)
