"""The configuration contract: defaults load, every shipped file validates, mistakes are named."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bot.models import EventType
from config.settings import ConfigError, embedded_defaults, load_config, parse_config

ROOT = Path(__file__).resolve().parent.parent


def test_embedded_defaults_are_valid_and_real() -> None:
    config = parse_config(embedded_defaults(), source="defaults")
    urls = [f.url for f in config.feeds]
    assert any("globenewswire.com" in u and "Biotechnology" in u for u in urls)
    assert any("globenewswire.com" in u and "Pharmaceuticals" in u for u in urls)
    assert any("globenewswire.com" in u and "Licensing" in u for u in urls)
    assert any("prnewswire.com" in u for u in urls)
    assert any("sec.gov" in u and "8-K" in u for u in urls)
    assert config.watchlists
    assert config.rates.usd_per_unit["USD"] == Decimal(1)


def test_example_config_is_valid() -> None:
    loaded = load_config(ROOT / "config" / "dealwire.example.toml")
    lists = {w.name: w for w in loaded.config.watchlist_values()}
    assert lists["partners"].companies == ("Amgen", "ImmunoGen")
    assert lists["partners"].events == (EventType.MILESTONE, EventType.IND, EventType.LICENSING)


def test_watchlist_values_and_tickers_normalised() -> None:
    config = parse_config(
        "[[watchlists]]\nname='a'\nchannel='#a'\ntickers=['nasdaq: imgn']\nmin_amount_usd=5_000_000\n",
        source="t",
    )
    (wl,) = config.watchlist_values()
    assert wl.tickers == ("NASDAQ:IMGN",)
    assert wl.min_amount_usd == Decimal(5_000_000)


def test_duplicate_names_are_refused() -> None:
    text = "[[feeds]]\nname='a'\nurl='https://x.example/1'\n[[feeds]]\nname='A'\nurl='https://x.example/2'\n"
    with pytest.raises(ConfigError, match="used twice"):
        parse_config(text, source="t")


def test_bad_rate_code() -> None:
    with pytest.raises(ConfigError, match="ISO 4217"):
        parse_config("[rates]\nas_of=2026-01-01\nusd_per_unit={ euro = 1.1 }\n", source="t")
