"""What every command handler receives and returns: dependencies, the invocation, the reply."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from slack_sdk import WebClient
from sqlalchemy.engine import Engine

from bot.models import Watchlist

COMMAND = "/dealwire"


def utcnow() -> datetime:
    """Return the current time, timezone-aware UTC."""
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Deps:
    """What the handlers need, built once by the composition root."""

    engine: Engine
    config_watchlists: tuple[Watchlist, ...] = ()
    usd_rates: Mapping[str, Decimal] = field(default_factory=lambda: {"USD": Decimal(1)})
    admin_users: frozenset[str] = frozenset()  # empty: everyone may change watch lists
    clock: Callable[[], datetime] = utcnow
    config_source: str = "the configuration file"  # where config-managed lists are edited
    slack: WebClient | None = None  # the bot's Web API client, for what a reply cannot carry (a chart)
    rates_as_of: date | None = None  # the date of the configured exchange rates

    def may_change(self, user_id: str) -> bool:
        """True when the user may change watch lists."""
        return not self.admin_users or user_id in self.admin_users


@dataclass(frozen=True, slots=True)
class Invocation:
    """One use of the slash command, as plain values (the Bolt payload stays in the listener)."""

    user_id: str
    channel_id: str
    text: str
    team_id: str = ""

    @classmethod
    def from_payload(cls, command: Mapping[str, Any]) -> Invocation:
        """Return the invocation described by a slash-command payload."""
        return cls(
            user_id=str(command.get("user_id", "")),
            channel_id=str(command.get("channel_id", "")),
            text=str(command.get("text", "")),
            team_id=str(command.get("team_id", "")),
        )


@dataclass(frozen=True, slots=True)
class Reply:
    """An answer to a command: notification text, Block Kit blocks, and whether the channel sees it."""

    text: str
    blocks: tuple[dict[str, Any], ...] = ()
    in_channel: bool = False

    def response(self) -> dict[str, Any]:
        """Return the keyword arguments for Bolt's respond()."""
        return {
            "text": self.text,
            "blocks": list(self.blocks) or None,
            "response_type": "in_channel" if self.in_channel else "ephemeral",
            "replace_original": False,
        }


class UsageError(Exception):
    """The command was typed wrong; the message says what is wrong and shows the right form."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


class NotAllowed(Exception):
    """The user may not make this change."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)
