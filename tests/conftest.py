"""Shared fixtures: a clean environment, and the corpus location."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"

_ENV_PREFIXES = ("DEALWIRE_", "SLACK_")
_PROXY_VARS = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the developer's own settings, tokens and proxies out of every test."""
    for name in list(os.environ):
        if name.startswith(_ENV_PREFIXES) or name in _PROXY_VARS:
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


def corpus_items(name: str) -> list[dict[str, Any]]:
    """Return the labelled items of a corpus file, or skip the test when the corpus is absent."""
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"labelled corpus not found at {path}")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
