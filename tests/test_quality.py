"""Quality gates run with the tests: ruff, mypy --strict, and the purity of the pure modules."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PURE_MODULES = [
    "bot/models.py",
    "bot/parsing.py",
    "bot/wires.py",
    "bot/htmltext.py",
    "bot/route.py",
    "bot/render.py",
    "bot/mrkdwn.py",
    "bot/money.py",
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "bot" / "classify").glob("*.py")),
]
IMPURE = (
    "httpx",
    "requests",
    "urllib.request",
    "socket",
    "sqlalchemy",
    "sqlmodel",
    "alembic",
    "slack_sdk",
    "slack_bolt",
    "apscheduler",
    "psycopg",
    "bot.store",
    "bot.fetch",
    "bot.deliver",
    "bot.enrich",
)


def _tool(name: str) -> list[str]:
    exe = Path(sys.executable).parent / name
    if exe.exists():
        return [str(exe)]
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: run the tests with `uv run --frozen pytest`")
    return [found]


def _run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_lint() -> None:
    result = _run([*_tool("ruff"), "check", "."])
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = _run([*_tool("ruff"), "format", "--check", "."])
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict() -> None:
    result = _run([*_tool("mypy")])
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("module", PURE_MODULES)
def test_pure_module_imports_no_io(module: str) -> None:
    path = ROOT / module
    if not path.exists():
        pytest.skip(f"{module} not present")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.append(node.module)
    bad = [name for name in imported if any(name == i or name.startswith(i + ".") for i in IMPURE)]
    assert not bad, f"{module} is pure but imports {bad}"
