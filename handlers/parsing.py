"""Reading the text typed after /dealwire: quoted words, Slack's escaped mentions, --days N and --share."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import timedelta

from handlers.context import UsageError

MAX_DAYS = 365
MAX_MUTE = timedelta(days=365)

# Slack sends <#C123|name>, <@U123|name> and <https://x|label> for what the user typed, and encodes
# a typed &, < and > as entities (the command is registered with should_escape).
_TOKEN = re.compile(
    r"""<(?P<control>[^<>|]*)(?:\|(?P<label>[^<>]*))?>
      | ["“”„](?P<quoted>[^"“”„]*)(?P<close>["“”„]?)
      | (?P<word>[^\s"“”„<]+)
      | (?P<stray><)""",
    re.VERBOSE,
)
# People type an em or en dash where they meant "--" (and some keyboards change it for them).
_OPTION = re.compile(r"^(?:--|—|–)(?P<name>[A-Za-z][\w-]*)(?:=(?P<value>.*))?$")
_CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]{2,}$")
_CHANNEL_NAME = re.compile(r"^#[^\s#<>]{1,80}$")
_DURATION_PART = re.compile(r"(\d+)\s*(minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w)", re.IGNORECASE)
_UNITS = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}


@dataclass(frozen=True, slots=True)
class Token:
    """One word of the command: its text, whether it was quoted, and what Slack said it refers to."""

    text: str
    quoted: bool = False
    channel: str | None = None  # channel ID, for <#C123|name>
    user: str | None = None  # user ID, for <@U123|name>
    url: str | None = None  # for <https://...|label>


@dataclass(frozen=True, slots=True)
class Args:
    """The command's words (options removed) and its options."""

    words: tuple[Token, ...]
    days: int | None = None
    share: bool = False

    def texts(self) -> list[str]:
        """Return the words as plain text."""
        return [token.text for token in self.words]

    def rest(self) -> Args:
        """Return the arguments after the first word."""
        return Args(words=self.words[1:], days=self.days, share=self.share)


def _unescape(text: str) -> str:
    return html.unescape(text) if "&" in text else text


def _control(body: str, label: str | None) -> Token:
    if body.startswith("#"):
        channel = body[1:]
        return Token(text=f"#{label}" if label else body, channel=channel)
    if body.startswith("@"):
        return Token(text=f"@{label}" if label else body, user=body[1:])
    if body.startswith("!"):
        # Special mentions (<!here>, <!subteam^S1|@team>) are never arguments; keep them as inert words.
        return Token(text=_unescape(label or body[1:]))
    url = _unescape(body)
    return Token(text=url, url=url)


def tokenize(text: str) -> list[Token]:
    """Split command text into tokens, honouring double quotes and Slack's <...> references."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        if match.group("control") is not None:
            tokens.append(_control(match.group("control"), match.group("label")))
        elif match.group("quoted") is not None:
            if not match.group("close"):
                raise UsageError(f"A quote is not closed: {match.group(0).strip()[:60]}")
            phrase = " ".join(_unescape(match.group("quoted")).split())
            if phrase:
                tokens.append(Token(text=phrase, quoted=True))
        elif match.group("word") is not None:
            tokens.append(Token(text=_unescape(match.group("word"))))
        else:
            tokens.append(Token(text="<"))
    return tokens


def _days(value: str | None) -> int:
    if value is None or not value.strip().isdigit() or not 1 <= int(value) <= MAX_DAYS:
        shown = f', not "{value[:20]}"' if value else ""
        raise UsageError(
            f"--days needs a whole number of days from 1 to {MAX_DAYS}{shown}. Example: --days 7"
        )
    return int(value)


def parse(text: str) -> Args:
    """Return the words and options of command text; raise UsageError naming what is wrong."""
    words: list[Token] = []
    days: int | None = None
    share = False
    tokens = tokenize(text)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        index += 1
        option = None if token.quoted or token.url else _OPTION.match(token.text)
        if option is None:
            words.append(token)
            continue
        name, value = option.group("name").lower(), option.group("value")
        if name == "share" and value is None:
            share = True
        elif name == "days":
            if value is None and index < len(tokens):
                value = tokens[index].text
                index += 1
            days = _days(value)
        else:
            raise UsageError(f'"{token.text[:40]}" is not an option. Options: --days N, --share')
    return Args(words=tuple(words), days=days, share=share)


def channel_ref(token: Token) -> str:
    """Return the channel a token names, as an ID (C0123…) or a #name; raise UsageError otherwise."""
    if token.channel:
        if not _CHANNEL_ID.match(token.channel):
            raise UsageError(f'"{token.text[:40]}" is not a channel. Pick one with #, like #deal-alerts')
        return token.channel
    text = token.text.strip()
    if _CHANNEL_ID.match(text) or _CHANNEL_NAME.match(text):
        return text
    raise UsageError(f'"{text[:40]}" is not a channel. Pick one with #, like #deal-alerts')


def parse_duration(text: str) -> timedelta:
    """Return the span written as 30m, 2h, 3d, 1w (or combined, 1h30m); raise UsageError otherwise."""
    compact = text.strip().lower().replace(" ", "")
    parts = list(_DURATION_PART.finditer(compact))
    if not compact or not parts or "".join(p.group(0) for p in parts) != compact:
        raise UsageError(
            f'"{text[:40]}" is not a duration. Use minutes, hours, days or weeks: 30m, 2h, 3d, 1w'
        )
    total = sum((int(p.group(1)) * _UNITS[p.group(2)[0]] for p in parts), timedelta())
    if total <= timedelta(0):
        raise UsageError("A mute has to last at least a minute: 30m, 2h, 3d, 1w")
    if total > MAX_MUTE:
        raise UsageError(
            "A mute can last at most a year (52w). To stop a list for good: /dealwire watch delete"
        )
    return total
