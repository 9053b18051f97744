"""The Slack app's listeners; `register` is the only list of what DealWire answers."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any

import structlog
from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy.exc import SQLAlchemyError

from bot.store import StoreUnavailable
from handlers import digest, explain, help, home, mute, recent, search, status, watch
from handlers.context import COMMAND, Deps, Invocation, NotAllowed, Reply, UsageError
from handlers.layout import message, warning
from handlers.parsing import Args, parse

__all__ = ["SUBCOMMANDS", "Deps", "Invocation", "Reply", "answer", "register"]

log = structlog.get_logger("dealwire.slack")

Handler = Callable[[Invocation, Args, Deps], Reply]

SUBCOMMANDS: Mapping[str, Handler] = {
    "help": help.answer,
    "watch": watch.answer,
    "recent": recent.answer,
    "search": search.answer,
    "digest": digest.answer,
    "status": status.answer,
    "explain": explain.answer,
    "mute": mute.mute,
    "unmute": mute.unmute,
}


def answer(invocation: Invocation, deps: Deps) -> Reply:
    """Parse one /dealwire command and return the reply; typing mistakes become a short '⚠️' answer."""
    try:
        args = parse(invocation.text)
        if not args.words:
            return help.answer(invocation, args, deps)
        name = args.words[0].text.lower()
        handler = SUBCOMMANDS.get(name)
        if handler is None:
            return help.usage(args.words[0].text)
        return handler(invocation, args.rest(), deps)
    except UsageError as exc:
        return warning(exc.message)
    except NotAllowed as exc:
        return message(exc.message)


def _subcommand(text: str) -> str:
    """The first word of the command, for logs (the rest may be anything a user typed)."""
    first = text.split(maxsplit=1)[0].lower() if text.strip() else "help"
    return first if first in SUBCOMMANDS else "other"


def register(app: App, *, deps: Deps) -> None:
    """Attach the /dealwire command, App Home and the error handler to the app."""

    def on_error(error: Exception, body: dict[str, Any], respond: Respond | None) -> None:
        # The Slack app's one error handler (Bolt calls it for what any listener raises): log with the
        # traceback under a reference the user can quote, and tell the user in words.
        ref = uuid.uuid4().hex[:8]
        found = body.get("event")
        event: dict[str, Any] = found if isinstance(found, dict) else {}
        log.error(
            "slack_listener_failed",
            ref=ref,
            error_type=type(error).__name__,
            subcommand=_subcommand(str(body.get("text", ""))) if "command" in body else None,
            slack_event=event.get("type"),
            user=body.get("user_id") or event.get("user"),
            slack_error=error.response.get("error") if isinstance(error, SlackApiError) else None,
            exc_info=error,
        )
        if respond is None:
            return
        if isinstance(error, StoreUnavailable | SQLAlchemyError):
            said = "DealWire's database is not answering right now. Try again in a minute."
        else:
            said = "Something went wrong on DealWire's side; the operators can see what happened."
        respond(text=f"⚠️ {said} (reference {ref})", response_type="ephemeral", replace_original=False)

    def on_command(ack: Ack, respond: Respond, command: dict[str, Any]) -> None:
        # Acknowledge first: Slack gives up after 3 seconds, and the answer goes via response_url.
        ack()
        started = time.monotonic()
        invocation = Invocation.from_payload(command)
        try:
            reply = answer(invocation, deps)
        except Exception as error:  # the Slack app's error handler, reached directly from here because
            # Bolt, when a listener raises just after ack(), can lose the ack and answer Slack 404.
            on_error(error, command, respond)
            return
        log.info(
            "command_answered",
            subcommand=_subcommand(invocation.text),
            user=invocation.user_id,
            shared=reply.in_channel,
            blocks=len(reply.blocks),
            ms=round((time.monotonic() - started) * 1000),
        )
        respond(**reply.response())

    def on_home_opened(event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        user_id = str(event.get("user", ""))
        client.views_publish(user_id=user_id, view=home.home_view(user_id=user_id, deps=deps))
        log.info("home_published", user=user_id)

    app.command(COMMAND)(on_command)
    app.event("app_home_opened")(on_home_opened)
    app.error(on_error)
