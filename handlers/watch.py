"""`/dealwire watch …`: read every watch list; create, change and delete the ones made in Slack."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

from sqlmodel import Session

from bot import store
from bot.digest_schedule import schedule_text
from bot.models import EventType, Watchlist
from bot.money import format_money, parse_money, to_usd
from bot.mrkdwn import escape, one_line
from bot.route import company_key, ticker_key
from handlers.context import COMMAND, Deps, Invocation, NotAllowed, Reply, UsageError
from handlers.digest import set_schedule
from handlers.layout import (
    channel_text,
    events_words,
    listing,
    message,
    names_text,
    section,
    when,
)
from handlers.parsing import Args, Token, channel_ref

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$")
TICKER = re.compile(r"^[A-Za-z][A-Za-z .]{0,30}:[A-Za-z0-9.\-]{1,12}$")
MAX_TERM = 100
MAX_TERMS = 500  # per kind and list: keeps a list's row and its messages a sane size
EVENT_WORDS = {
    "milestone": EventType.MILESTONE,
    "milestones": EventType.MILESTONE,
    "ind": EventType.IND,
    "inds": EventType.IND,
    "licensing": EventType.LICENSING,
    "licence": EventType.LICENSING,
    "license": EventType.LICENSING,
    "licenses": EventType.LICENSING,
    "licences": EventType.LICENSING,
}
ALL_WORDS = frozenset({"all", "any", "everything"})
NO_MINIMUM = frozenset({"0", "none", "off", "any", "$0"})

_SUBCOMMANDS = (
    "list",
    "show",
    "create",
    "add",
    "remove",
    "events",
    "min",
    "channel",
    "digest",
    "delete",
)


def _usage() -> str:
    return (
        f"Watch subcommands: {', '.join(_SUBCOMMANDS)}. For example `{COMMAND} watch add Amgen to partners`; "
        f"`{COMMAND} help` shows them all."
    )


def _all_lists(deps: Deps, session: Session) -> list[Watchlist]:
    return [*deps.config_watchlists, *store.load_watchlists(session)]


def _find(lists: Sequence[Watchlist], name: str) -> Watchlist | None:
    wanted = name.casefold()
    return next((wl for wl in lists if wl.name.casefold() == wanted), None)


def _shown(name: str) -> str:
    return f"*{escape(one_line(name))}*"


def _plural(count: int, word: str, many: str = "") -> str:
    return f"{count} {word if count == 1 else many or word + 's'}"


def follows(watchlist: Watchlist) -> str:
    """Return what a list follows, in words: '3 companies, 1 ticker' or 'any company'."""
    parts = []
    if watchlist.companies:
        parts.append(_plural(len(watchlist.companies), "company", "companies"))
    if watchlist.tickers:
        parts.append(_plural(len(watchlist.tickers), "ticker"))
    if watchlist.keywords:
        parts.append(_plural(len(watchlist.keywords), "keyword"))
    return ", ".join(parts) if parts else "any company"


def _minimum(watchlist: Watchlist) -> str:
    return f"min {format_money(watchlist.min_amount_usd, 'USD')}" if watchlist.min_amount_usd > 0 else ""


def summary_line(watchlist: Watchlist, *, now: datetime) -> str:
    """Return one line about a list: name, channel, what it follows, events, minimum, mute, origin."""
    parts = [
        f"{_shown(watchlist.name)} → {channel_text(watchlist.channel)}",
        follows(watchlist),
        f"events: {events_words(watchlist.events)}",
    ]
    if minimum := _minimum(watchlist):
        parts.append(minimum)
    if watchlist.muted_until is not None and watchlist.muted_until > now:
        parts.append(f"🔕 muted until {when(watchlist.muted_until)}")
    if watchlist.digest is not None:
        parts.append(f"📅 digest {escape(schedule_text(watchlist.digest))}")
    if watchlist.managed_by_config:
        parts.append("_managed by config_")
    return " · ".join(parts)


def _list(invocation: Invocation, args: Args, deps: Deps, session: Session) -> Reply:
    lists = _all_lists(deps, session)
    now = deps.clock()
    if not lists:
        return message(
            f"No watch lists yet. Start one: `{COMMAND} watch create partners` here, "
            f"then `{COMMAND} watch add Amgen to partners`.",
            share=args.share,
        )
    return listing(
        title=f"*{_plural(len(lists), 'watch list')}*",
        items=[summary_line(wl, now=now) for wl in lists],
        total=len(lists),
        more_hint=f"see one with {COMMAND} watch show <list>",
        fallback=f"{_plural(len(lists), 'watch list')}: " + ", ".join(wl.name for wl in lists[:20]),
        share=args.share,
        max_items=40,
    )


def _named_list(args: Args, lists: Sequence[Watchlist], *, example: str) -> tuple[Watchlist, Args]:
    if not args.words:
        raise UsageError(f"Which watch list? Try: `{COMMAND} {example}`")
    name = args.words[0].text
    found = _find(lists, name)
    if found is None:
        known = ", ".join(escape(wl.name) for wl in lists[:15]) or "none yet"
        raise UsageError(f"There is no watch list {_shown(name)}. Lists: {known}. Try: `{COMMAND} {example}`")
    return found, args.rest()


def _terms(title: str, items: Sequence[str]) -> str:
    if not items:
        return ""
    return f"*{title}:* {names_text(items, limit=60)}"


def _show(invocation: Invocation, args: Args, deps: Deps, session: Session) -> Reply:
    lists = _all_lists(deps, session)
    watchlist, _ = _named_list(args, lists, example="watch show partners")
    owners = store.watchlist_owners(session)
    lines = [summary_line(watchlist, now=deps.clock())]
    for title, items in (
        ("Companies", watchlist.companies),
        ("Tickers", watchlist.tickers),
        ("Keywords", [f"“{kw}”" for kw in watchlist.keywords]),
    ):
        if text := _terms(title, items):
            lines.append(text)
    if watchlist.managed_by_config:
        lines.append(f"Change it in {escape(deps.config_source)}; Slack cannot.")
    elif (owner := owners.get(watchlist.name)) and re.fullmatch(r"[UW][A-Z0-9]+", owner):
        lines.append(f"Made by <@{owner}>")
    blocks = tuple(section(line) for line in lines if line)
    return Reply(
        text=f"Watch list {watchlist.name}: {follows(watchlist)}", blocks=blocks, in_channel=args.share
    )


def _check_change(invocation: Invocation, deps: Deps) -> None:
    if deps.may_change(invocation.user_id):
        return
    admins = ", ".join(f"<@{user}>" for user in sorted(deps.admin_users)[:10])
    raise NotAllowed(f"⛔ Only DealWire admins can change watch lists ({admins}). Everyone can read them.")


def _changeable(watchlist: Watchlist, deps: Deps) -> Watchlist:
    if watchlist.managed_by_config:
        raise UsageError(
            f"{_shown(watchlist.name)} is managed by config ({escape(deps.config_source)}) and cannot be "
            f"changed from Slack. Make your own: `{COMMAND} watch create my-list`"
        )
    return watchlist


def _save(session: Session, watchlist: Watchlist, *, invocation: Invocation, deps: Deps) -> None:
    store.save_watchlist(session, watchlist=watchlist, created_by=invocation.user_id, now=deps.clock())


def _split_target(args: Args, joiner: str) -> tuple[list[Token], str | None]:
    """Split 'Amgen Inc to partners' into the words of what to watch and the list name."""
    words = list(args.words)
    if len(words) >= 3 and not words[-2].quoted and words[-2].text.lower() == joiner:
        return words[:-2], words[-1].text
    return words, None


def _target(tokens: Sequence[Token], *, example: str) -> tuple[str, str]:
    """Return (kind, value): a ticker looks like EXCH:SYM, a quoted phrase or keyword: is a keyword."""
    if not tokens:
        raise UsageError(
            f"Watch what? A company, a ticker (NASDAQ:IMGN) or a keyword. Try: `{COMMAND} {example}`"
        )
    text = " ".join(token.text for token in tokens).strip()
    lowered = text.lower()
    if len(tokens) == 1 and tokens[0].quoted:
        kind, value = "keyword", text
    elif lowered.startswith("keyword:"):
        kind, value = "keyword", text[len("keyword:") :].strip().strip('"“”')
    elif lowered.startswith("company:"):
        kind, value = "company", text[len("company:") :].strip().strip('"“”')
    elif lowered.startswith("ticker:"):
        kind, value = "ticker", text[len("ticker:") :].strip()
    elif len(tokens) == 1 and TICKER.match(text):
        kind, value = "ticker", text
    else:
        kind, value = "company", text
    value = " ".join(one_line(value).split())
    if kind == "ticker":
        if not TICKER.match(value):
            raise UsageError(
                f'"{escape(value[:40])}" is not a ticker. Write it as EXCHANGE:SYMBOL, like NASDAQ:IMGN'
            )
        value = value.replace(" ", "").upper()
    if len(value) < 2 or len(value) > MAX_TERM:
        raise UsageError(f"A {kind} has to be 2 to {MAX_TERM} characters. Try: `{COMMAND} {example}`")
    return kind, value


def _same(kind: str, a: str, b: str) -> bool:
    if kind == "company":
        return company_key(a) == company_key(b)
    if kind == "ticker":
        return ticker_key(a) == ticker_key(b)
    return a.casefold() == b.casefold()


def _terms_of(watchlist: Watchlist, kind: str) -> tuple[str, ...]:
    return {"company": watchlist.companies, "ticker": watchlist.tickers, "keyword": watchlist.keywords}[kind]


def _with_terms(watchlist: Watchlist, kind: str, terms: tuple[str, ...]) -> Watchlist:
    if kind == "company":
        return replace(watchlist, companies=terms)
    if kind == "ticker":
        return replace(watchlist, tickers=terms)
    return replace(watchlist, keywords=terms)


def _field(kind: str) -> str:
    return {"company": "companies", "ticker": "tickers", "keyword": "keywords"}[kind]


def _describe_term(kind: str, value: str) -> str:
    shown = escape(value)
    return f"keyword “{shown}”" if kind == "keyword" else f"{kind} *{shown}*"


def _default_list(lists: Sequence[Watchlist], invocation: Invocation, *, example: str) -> Watchlist:
    here = [wl for wl in lists if not wl.managed_by_config and wl.channel == invocation.channel_id]
    if len(here) == 1:
        return here[0]
    hint = f" Lists here: {', '.join(escape(wl.name) for wl in here[:10])}." if here else ""
    raise UsageError(f"Which watch list?{hint} Try: `{COMMAND} {example}`")


def _add(invocation: Invocation, args: Args, deps: Deps, session: Session) -> Reply:
    example = "watch add Amgen to partners"
    tokens, list_name = _split_target(args, "to")
    kind, value = _target(tokens, example=example)
    lists = _all_lists(deps, session)
    created = False
    if list_name is None:
        watchlist = _default_list(lists, invocation, example=example)
    else:
        found = _find(lists, list_name)
        if found is None:
            _valid_name(list_name)
            channel = _command_channel(invocation)
            found = Watchlist(name=list_name, channel=channel, managed_by_config=False)
            created = True
        watchlist = _changeable(found, deps)
    current = _terms_of(watchlist, kind)
    if any(_same(kind, value, existing) for existing in current):
        return message(f"{_describe_term(kind, value)} is already on {_shown(watchlist.name)}.")
    if len(current) >= MAX_TERMS:
        raise UsageError(
            f"{_shown(watchlist.name)} already follows {MAX_TERMS} {_field(kind)}; make another list."
        )
    updated = _with_terms(watchlist, kind, (*current, value))
    _save(session, updated, invocation=invocation, deps=deps)
    start = (
        f"✅ Created watch list {_shown(updated.name)} posting to {channel_text(updated.channel)}, and added "
        if created
        else "✅ Added "
    )
    into = "" if created else f" to {_shown(updated.name)} ({channel_text(updated.channel)})"
    return message(
        f"{start}{_describe_term(kind, value)}{into}. It now follows {follows(updated)}, "
        f"events: {events_words(updated.events)}.",
        share=args.share,
    )


def _remove(invocation: Invocation, args: Args, deps: Deps, session: Session) -> Reply:
    example = "watch remove Amgen from partners"
    tokens, list_name = _split_target(args, "from")
    kind, value = _target(tokens, example=example)
    lists = _all_lists(deps, session)
    if list_name is None:
        watchlist = _default_list(lists, invocation, example=example)
    else:
        found = _find(lists, list_name)
        if found is None:
            raise UsageError(f"There is no watch list {_shown(list_name)}. Try: `{COMMAND} watch list`")
        watchlist = _changeable(found, deps)
    current = _terms_of(watchlist, kind)
    kept = tuple(existing for existing in current if not _same(kind, value, existing))
    if len(kept) == len(current):
        on_list = names_text(current, limit=10) if current else f"no {_field(kind)}"
        return message(
            f"{_describe_term(kind, value)} is not on {_shown(watchlist.name)}. It has: {on_list}."
        )
    updated = _with_terms(watchlist, kind, kept)
    _save(session, updated, invocation=invocation, deps=deps)
    return message(
        f"✅ Removed {_describe_term(kind, value)} from {_shown(updated.name)}. "
        f"It now follows {follows(updated)}.",
        share=args.share,
    )


def _events(invocation: Invocation, args: Args, deps: Deps, session: Session) -> Reply:
    example = "watch events partners milestone,ind"
    watchlist, rest = _named_list(args, _all_lists(deps, session), example=example)
    watchlist = _changeable(watchlist, deps)
    words = [w for token in rest.words for w in re.split(r"[,\s]+", token.text.lower()) if w]
    if not words:
        raise UsageError(f"Which events? milestone, ind, licensing or all. Try: `{COMMAND} {example}`")
    events: list[EventType] = []
    if not (len(words) == 1 and words[0] in ALL_WORDS):
        for word in words:
            event = EVENT_WORDS.get(word)
            if event is None:
                raise UsageError(
                    f'"{escape(word[:40])}" is not an event. Use milestone, ind, licensing or all. '
                    f"Try: `{COMMAND} {example}`"
                )
            if event not in events:
                events.append(event)
    updated = replace(watchlist, events=tuple(events))
    _save(session, updated, invocation=invocation, deps=deps)
    return message(
        f"✅ {_shown(updated.name)} now alerts on {events_words(updated.events)}.", share=args.share
    )


def _min(invocation: Invocation, args: Args, deps: Deps, session: Session) -> Reply:
    watchlist, rest = _named_list(args, _all_lists(deps, session), example="watch min partners $5M")
    watchlist = _changeable(watchlist, deps)
    example = f"watch min {watchlist.name} $5M"
    raw = " ".join(rest.texts()).strip()
    if not raw:
        raise UsageError(f"How much? Try: `{COMMAND} {example}` (or 0 for any amount)")
    if raw.lower() in NO_MINIMUM:
        usd = Decimal(0)
        said = "any amount"
    else:
        try:
            value, currency = parse_money(raw)
        except ValueError:
            raise UsageError(f'"{escape(raw[:40])}" is not an amount. Try: {COMMAND} {example}') from None
        converted = to_usd(value, currency, deps.usd_rates)
        if converted is None:
            raise UsageError(
                f"I have no exchange rate for {currency}. Give it in dollars: `{COMMAND} {example}`"
            )
        usd = converted.quantize(Decimal(1))
        said = format_money(value, currency)
        if currency != "USD":
            said += f" (≈ {format_money(usd, 'USD')})"
        said = f"deals of at least {said}"
    updated = replace(watchlist, min_amount_usd=usd)
    _save(session, updated, invocation=invocation, deps=deps)
    note = " Releases without an amount will not alert." if usd > 0 else ""
    return message(f"✅ {_shown(updated.name)} now alerts on {escape(said)}.{note}", share=args.share)


def _channel(invocation: Invocation, args: Args, deps: Deps, session: Session) -> Reply:
    example = "watch channel partners #bd-alerts"
    watchlist, rest = _named_list(args, _all_lists(deps, session), example=example)
    watchlist = _changeable(watchlist, deps)
    if len(rest.words) != 1:
        raise UsageError(f"Which channel? Try: `{COMMAND} {example}`")
    updated = replace(watchlist, channel=channel_ref(rest.words[0]))
    _save(session, updated, invocation=invocation, deps=deps)
    return message(
        f"✅ {_shown(updated.name)} now posts to {channel_text(updated.channel)}. "
        "In a private channel, invite DealWire first.",
        share=args.share,
    )


def _valid_name(name: str) -> None:
    if not NAME.match(name):
        raise UsageError(
            f'"{escape(name[:40])}" cannot be a list name: use up to 80 letters, digits, "-", "_" or ".", '
            "like bd-partners"
        )


def _command_channel(invocation: Invocation) -> str:
    channel = invocation.channel_id
    if not re.fullmatch(r"[CGD][A-Z0-9]{2,}", channel):
        raise UsageError("Name a channel for the list to post to, like #deal-alerts")
    return channel


def _create(invocation: Invocation, args: Args, deps: Deps, session: Session) -> Reply:
    example = "watch create partners #bd-alerts"
    if not args.words or len(args.words) > 2:
        raise UsageError(f"Give the list a name, and a channel if not this one. Try: `{COMMAND} {example}`")
    name = args.words[0].text
    _valid_name(name)
    lists = _all_lists(deps, session)
    if (existing := _find(lists, name)) is not None:
        origin = " (managed by config)" if existing.managed_by_config else ""
        raise UsageError(f"There is already a watch list {_shown(existing.name)}{origin}. Pick another name.")
    channel = channel_ref(args.words[1]) if len(args.words) == 2 else _command_channel(invocation)
    created = Watchlist(name=name, channel=channel, managed_by_config=False)
    _save(session, created, invocation=invocation, deps=deps)
    return message(
        f"✅ Created watch list {_shown(name)} posting to {channel_text(channel)}. "
        f"It follows any company until you add one: `{COMMAND} watch add Amgen to {escape(name)}`",
        share=args.share,
    )


def _delete(invocation: Invocation, args: Args, deps: Deps, session: Session) -> Reply:
    watchlist, rest = _named_list(args, _all_lists(deps, session), example="watch delete partners")
    watchlist = _changeable(watchlist, deps)
    if rest.words:
        raise UsageError(
            f"`watch delete` takes only the list name. Try: `{COMMAND} watch delete {watchlist.name}`"
        )
    store.delete_watchlist(session, name=watchlist.name)
    return message(
        f"✅ Deleted watch list {_shown(watchlist.name)}. Alerts already queued for it still go out.",
        share=args.share,
    )


_Handler = Callable[[Invocation, Args, Deps, Session], Reply]
_HANDLERS: dict[str, _Handler] = {
    "list": _list,
    "ls": _list,
    "show": _show,
    "create": _create,
    "new": _create,
    "add": _add,
    "remove": _remove,
    "rm": _remove,
    "events": _events,
    "min": _min,
    "channel": _channel,
    "digest": set_schedule,
    "delete": _delete,
}
_CHANGING = frozenset({_create, _add, _remove, _events, _min, _channel, set_schedule, _delete})


def answer(invocation: Invocation, args: Args, deps: Deps) -> Reply:
    """Answer `watch <subcommand> …`: read lists, or change one (admins only, when admins are set)."""
    if not args.words:
        return _list_or_usage(invocation, args, deps)
    sub = args.words[0].text.lower()
    handler = _HANDLERS.get(sub)
    if handler is None:
        raise UsageError(f'"{escape(sub[:40])}" is not a watch subcommand. {_usage()}')
    if handler in _CHANGING:
        _check_change(invocation, deps)
    with store.session_scope(deps.engine) as session:
        return handler(invocation, args.rest(), deps, session)


def _list_or_usage(invocation: Invocation, args: Args, deps: Deps) -> Reply:
    with store.session_scope(deps.engine) as session:
        reply = _list(invocation, args, deps, session)
    return Reply(text=reply.text, blocks=(*reply.blocks, section(_usage())), in_channel=reply.in_channel)
