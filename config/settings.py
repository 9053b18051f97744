"""DealWire's settings: environment variables plus a TOML configuration file, validated up front."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.digest_schedule import (
    ScheduleError,
    check_timezone,
    make_schedule,
    parse_day,
    parse_frequency,
    parse_schedule,
    parse_time,
)
from bot.models import DigestSchedule, EventType, FeedSpec, Watchlist

DEFAULT_CONFIG_PATH = Path("config/dealwire.toml")
EMBEDDED_DEFAULTS = "embedded defaults (config/defaults.toml)"


class ConfigError(Exception):
    """A configuration problem, told as 'file: key: problem' in one line."""

    def __init__(self, *, source: str, key: str, problem: str) -> None:
        self.source = source
        self.key = key
        self.problem = problem
        where = f"{source}: {key}: " if key else f"{source}: "
        super().__init__(f"configuration error in {where}{problem}")


def _http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{value!r} is not an http(s) URL")
    return value


def _channel(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("a channel is required: a channel ID like C0123456789 or a name like #deal-alerts")
    if value.startswith("#"):
        if len(value) < 2 or any(c.isspace() for c in value):
            raise ValueError(f"{value!r} is not a channel name")
    elif not (value[:1] in ("C", "G", "D") and value.isalnum() and value.isupper()):
        raise ValueError(f"{value!r} is not a channel ID (C0123456789) or name (#deal-alerts)")
    return value


HttpUrl = Annotated[str, AfterValidator(_http_url)]
Channel = Annotated[str, AfterValidator(_channel)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False, frozen=True)


class FeedConfig(_Strict):
    """One feed to poll."""

    name: str = Field(min_length=1, max_length=100)
    url: HttpUrl
    interval_seconds: int = Field(default=300, ge=30, le=86_400)
    backfill_hours: int = Field(default=24, ge=0, le=24 * 365)


class WatchlistConfig(_Strict):
    """A watch list from the configuration file."""

    name: str = Field(min_length=1, max_length=80)
    channel: Channel
    companies: list[str] = Field(default_factory=list)
    tickers: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    events: list[EventType] = Field(default_factory=list)
    min_amount_usd: Decimal = Field(default=Decimal(0), ge=0)
    # A digest of the period's deal events: "weekly mon 08:00", "daily 07:30 Europe/London" or "off";
    # or just "weekly"/"daily" with the day, time and zone in the keys below (Monday, 08:00, UTC if left out).
    digest: str | None = None
    digest_day: str | None = None
    digest_time: str | None = None
    digest_timezone: str | None = None

    @field_validator("tickers")
    @classmethod
    def _qualified(cls, tickers: list[str]) -> list[str]:
        for ticker in tickers:
            exchange, _, symbol = ticker.partition(":")
            if not exchange.strip() or not symbol.strip():
                raise ValueError(f"{ticker!r} needs an exchange, like NASDAQ:IMGN")
        return [t.replace(" ", "").upper() for t in tickers]

    @field_validator("digest")
    @classmethod
    def _digest(cls, value: str | None) -> str | None:
        if value is not None:
            _schedule_or_error(parse_schedule, value)
        return value

    @field_validator("digest_day")
    @classmethod
    def _digest_day(cls, value: str | None) -> str | None:
        if value is not None:
            _schedule_or_error(parse_day, value)
        return value

    @field_validator("digest_time")
    @classmethod
    def _digest_time(cls, value: str | None) -> str | None:
        if value is not None:
            _schedule_or_error(parse_time, value)
        return value

    @field_validator("digest_timezone")
    @classmethod
    def _digest_timezone(cls, value: str | None) -> str | None:
        if value is not None:
            _schedule_or_error(check_timezone, value)
        return value

    @model_validator(mode="after")
    def _digest_parts(self) -> WatchlistConfig:
        parts = {
            "digest_day": self.digest_day,
            "digest_time": self.digest_time,
            "digest_timezone": self.digest_timezone,
        }
        given = [key for key, value in parts.items() if value is not None]
        if not given:
            return self
        words = (self.digest or "").split()
        if not words or parse_frequency(words[0]) is None:
            raise ValueError(f'{given[0]} needs a digest to go with it: digest = "weekly" or "daily"')
        if len(words) > 1:
            raise ValueError(
                f'digest = "{self.digest}" already says when; give the day and time there or in '
                f"{', '.join(given)}, not both"
            )
        _schedule_or_error(lambda _: self.digest_schedule(), "")
        return self

    def digest_schedule(self) -> DigestSchedule | None:
        """Return when this list's digest goes out, or None when it has none."""
        if self.digest is None:
            return None
        schedule = parse_schedule(self.digest)
        if schedule is None or len(self.digest.split()) > 1:
            return schedule
        return make_schedule(
            frequency=schedule.frequency,
            day=self.digest_day,
            at=self.digest_time,
            timezone=self.digest_timezone,
        )


def _schedule_or_error(check: Callable[[str], object], value: str) -> None:
    """Run a schedule check, turning its ScheduleError into the ValueError pydantic reports."""
    try:
        check(value)
    except ScheduleError as exc:
        raise ValueError(exc.message) from None


class HttpConfig(_Strict):
    """How DealWire talks to newswires."""

    contact: str = Field(default="dealwire-operator@example.com", min_length=3)
    connect_timeout: float = Field(default=10.0, gt=0, le=120)
    read_timeout: float = Field(default=30.0, gt=0, le=300)
    max_feed_bytes: int = Field(default=10_000_000, ge=10_000)
    fetch_release_pages: bool = True
    concurrency: int = Field(default=8, ge=1, le=256)  # feeds (and their release pages) fetched at once
    per_host_concurrency: int = Field(default=4, ge=1, le=256)  # of those, at most this many per host
    # Requests per second per host and its subdomains; SEC EDGAR's fair-access policy allows 10.
    host_rates: dict[str, float] = Field(default_factory=lambda: {"sec.gov": 10.0})
    feed_timeout: float = Field(default=120.0, gt=0, le=900)  # a whole feed download, start to end
    release_page_bytes: int = Field(default=3_000_000, ge=10_000)
    release_page_timeout: float = Field(default=20.0, gt=0, le=300)
    # The longest wait between two polls of a feed, whether it failed or asked to be left alone.
    max_backoff_seconds: int = Field(default=3600, ge=60, le=7 * 86_400)
    failing_after: int = Field(default=3, ge=1, le=1000)  # consecutive errors before admins are told
    # A feed claimed by a bot that died is polled by another after this long; keep it above
    # feed_timeout plus the release pages a poll reads, or a slow poll may be repeated elsewhere.
    poll_lease_seconds: float = Field(default=300.0, gt=0, le=86_400)

    @field_validator("host_rates")
    @classmethod
    def _rates(cls, table: dict[str, float]) -> dict[str, float]:
        cleaned: dict[str, float] = {}
        for host, rate in table.items():
            name = host.strip().lower().strip(".")
            if not name or any(c.isspace() or c in "/:@" for c in name):
                raise ValueError(f"{host!r} is not a host name")
            if not 0 < rate <= 10_000:
                raise ValueError(f"rate for {host} must be between 0 and 10000 requests per second")
            cleaned[name] = rate
        # EDGAR blocks clients that exceed its limit, so its limit stays unless set explicitly.
        return {"sec.gov": 10.0, **cleaned}


class DeliveryConfig(_Strict):
    """Where and how alerts go out."""

    admin_channel: str = ""
    admin_users: list[str] = Field(default_factory=list)
    digest_threshold: int = Field(default=10, ge=1)
    max_attempts: int = Field(default=8, ge=1)
    # Slack allows about one message per second per channel. Short bursts are tolerated but not
    # promised, so by default none are spent: a 429 costs more time than it saves.
    channel_rate_per_second: float = Field(default=1.0, gt=0, le=100)
    channel_burst: int = Field(default=1, ge=1, le=50)
    # First wait after a failed attempt; it doubles (with jitter) with each further failure.
    retry_base_seconds: float = Field(default=5.0, gt=0, le=3600)
    # A message 'sending' for longer than this is taken to be lost with its process (crash, kill) and
    # looked for in the channel before it is posted again; keep it above the Slack client's timeout.
    # A channel a bot claimed to deliver to is free for others once its claim is this old unrenewed.
    sending_lease_seconds: float = Field(default=60.0, gt=0, le=86_400)
    channel_workers: int = Field(default=8, ge=1, le=64)


class RatesConfig(_Strict):
    """A dated table of USD per unit of each currency, for watch-list thresholds."""

    as_of: dt.date
    usd_per_unit: dict[str, Decimal]

    @field_validator("usd_per_unit")
    @classmethod
    def _codes(cls, table: dict[str, Decimal]) -> dict[str, Decimal]:
        for code, rate in table.items():
            if len(code) != 3 or not code.isalpha() or not code.isupper():
                raise ValueError(f"{code!r} is not an ISO 4217 currency code")
            if rate <= 0:
                raise ValueError(f"rate for {code} must be positive")
        return {**table, "USD": Decimal(1)}


class AppConfig(_Strict):
    """The whole configuration file."""

    feeds: list[FeedConfig] = Field(default_factory=list)
    watchlists: list[WatchlistConfig] = Field(default_factory=list)
    http: HttpConfig = Field(default_factory=HttpConfig)
    delivery: DeliveryConfig = Field(default_factory=DeliveryConfig)
    rates: RatesConfig = Field(
        default_factory=lambda: RatesConfig(as_of=dt.date(2026, 11, 1), usd_per_unit={"USD": Decimal(1)})
    )

    @model_validator(mode="after")
    def _unique_names(self) -> AppConfig:
        for kind, names in (
            ("feeds", [f.name for f in self.feeds]),
            ("watchlists", [w.name for w in self.watchlists]),
        ):
            seen: set[str] = set()
            for name in names:
                if name.lower() in seen:
                    raise ValueError(f"{kind}: the name {name!r} is used twice")
                seen.add(name.lower())
        return self

    def feed_specs(self) -> list[FeedSpec]:
        """Return the configured feeds as plain values."""
        return [
            FeedSpec(
                name=f.name, url=f.url, interval_seconds=f.interval_seconds, backfill_hours=f.backfill_hours
            )
            for f in self.feeds
        ]

    def watchlist_values(self) -> list[Watchlist]:
        """Return the configured watch lists as plain values."""
        return [
            Watchlist(
                name=w.name,
                channel=w.channel,
                companies=tuple(w.companies),
                tickers=tuple(w.tickers),
                keywords=tuple(w.keywords),
                events=tuple(w.events),
                min_amount_usd=w.min_amount_usd,
                managed_by_config=True,
                digest=w.digest_schedule(),
            )
            for w in self.watchlists
        ]


class Settings(BaseSettings):
    """Settings from the environment (and a .env file in the working directory)."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    database_url: str = Field(default="sqlite:///dealwire.db", alias="DEALWIRE_DATABASE_URL")
    config_path: Path | None = Field(default=None, alias="DEALWIRE_CONFIG")
    slack_bot_token: str = Field(default="", alias="SLACK_BOT_TOKEN")
    slack_signing_secret: str = Field(default="", alias="SLACK_SIGNING_SECRET")
    slack_app_token: str = Field(default="", alias="SLACK_APP_TOKEN")
    slack_api_url: str | None = Field(default=None, alias="DEALWIRE_SLACK_API_URL")
    # The workspace the Slack app answers; when unset, the bot token's own team (auth.test on first use).
    slack_team_id: str | None = Field(default=None, alias="DEALWIRE_SLACK_TEAM_ID")
    port: int = Field(default=3000, ge=0, le=65535, alias="DEALWIRE_PORT")
    contact: str | None = Field(default=None, alias="DEALWIRE_CONTACT")
    log_format: str = Field(default="console", alias="DEALWIRE_LOG_FORMAT", pattern="^(console|json)$")
    log_level: str = Field(default="info", alias="DEALWIRE_LOG_LEVEL")
    # How often the scheduler looks for due feeds and due alerts (seconds); the defaults suit
    # production, shorter ticks suit tests that run the bot as a process.
    tick_seconds: float | None = Field(default=None, gt=0, le=3600, alias="DEALWIRE_TICK_SECONDS")

    @field_validator("slack_bot_token")
    @classmethod
    def _bot_token(cls, value: str) -> str:
        if value and not value.startswith("xoxb-"):
            raise ValueError("SLACK_BOT_TOKEN must be a bot token starting with xoxb-")
        return value

    @field_validator("slack_app_token")
    @classmethod
    def _app_token(cls, value: str) -> str:
        if value and not value.startswith("xapp-"):
            raise ValueError("SLACK_APP_TOKEN must be an app-level token starting with xapp-")
        return value

    @field_validator("slack_api_url")
    @classmethod
    def _api_url(cls, value: str | None) -> str | None:
        if not value:
            return None
        _http_url(value)
        return value if value.endswith("/") else value + "/"


@dataclass(frozen=True, slots=True)
class LoadedConfig:
    """A validated configuration and where it came from."""

    config: AppConfig
    source: str


def _key_of(loc: tuple[int | str, ...], data: Mapping[str, Any]) -> str:
    """Render a pydantic error location as a TOML-ish key, naming list items by their name."""
    parts: list[str] = []
    node: Any = data
    for item in loc:
        if isinstance(item, int):
            label = f"[{item}]"
            if isinstance(node, list) and 0 <= item < len(node) and isinstance(node[item], Mapping):
                name = node[item].get("name")
                if isinstance(name, str) and name:
                    label = f"[{item}] ({name})"
            parts.append(label)
            node = node[item] if isinstance(node, list) and 0 <= item < len(node) else None
        else:
            parts.append(("." if parts else "") + item)
            node = node.get(item) if isinstance(node, Mapping) else None
    return "".join(parts)


def parse_config(text: str, *, source: str) -> AppConfig:
    """Return the validated configuration in TOML text; raise ConfigError naming the key and problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(source=source, key="", problem=f"not valid TOML: {exc}") from None
    try:
        return AppConfig.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = _key_of(tuple(first["loc"]), data)
        problem = first["msg"]
        if first["type"] == "extra_forbidden":
            problem = "unknown key"
        elif first["type"] == "enum":
            allowed = ", ".join(e.value for e in EventType)
            problem = f"{first.get('input')!r} is not an event; use one of {allowed}"
        elif problem.startswith("Value error, "):
            problem = problem.removeprefix("Value error, ")
        more = len(exc.errors()) - 1
        if more:
            problem += f" (and {more} more problem{'s' if more > 1 else ''})"
        raise ConfigError(source=source, key=key, problem=problem) from None


def embedded_defaults() -> str:
    """Return the text of the configuration shipped inside the package."""
    return resources.files("config").joinpath("defaults.toml").read_text(encoding="utf-8")


def load_config(path: Path | None) -> LoadedConfig:
    """Read the configuration from path, config/dealwire.toml, or the embedded defaults, in that order."""
    if path is None and DEFAULT_CONFIG_PATH.is_file():
        path = DEFAULT_CONFIG_PATH
    if path is None:
        return LoadedConfig(config=parse_config(embedded_defaults(), source=EMBEDDED_DEFAULTS), source="")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(source=str(path), key="", problem="file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(source=str(path), key="", problem=f"cannot be read: {exc}") from None
    return LoadedConfig(config=parse_config(text, source=str(path)), source=str(path))


def load_settings() -> Settings:
    """Read settings from the environment; raise ConfigError naming the variable and problem."""
    try:
        return Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        key = str(first["loc"][0]) if first["loc"] else ""
        problem = first["msg"].removeprefix("Value error, ")
        raise ConfigError(source="environment", key=key, problem=problem) from None
