"""The compiled classifier: loaded only while it matches the source, and classifying exactly as the source."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot import compiled
from tests.conftest import CORPUS
from tests.test_e2e import run_dealwire

DATA = Path(__file__).resolve().parent / "classify" / "data"

# Classifies every labelled item and writes each classification whole (events, evidence, amounts with
# their words, partners, company, tickers), after a first line saying which classifier ran.
_DUMP = """
import json, sys
from bot import compiled
from bot.classify import classify
from bot.evaluate import entry_from_json
print(compiled.status())
import bot.classify
print(bot.classify.__file__)
for name in sys.argv[1:]:
    for line in open(name, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            print(repr(classify(entry_from_json(json.loads(line)))))
"""


def _source_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "classify"
    shutil.copytree(compiled.SOURCE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def _fake_build(root: Path, source: Path) -> Path:
    where = compiled.build_dir(source, root)
    where.mkdir(parents=True)
    (where / "complete").write_text("2026-11-29T00:00:00Z\n")
    return where


def test_a_build_for_the_source_as_it_is_is_chosen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEALWIRE_CLASSIFIER", raising=False)
    source = _source_copy(tmp_path)
    where = _fake_build(tmp_path / "builds", source)
    assert compiled.choose(root=tmp_path / "builds", source_dir=source) == (
        where,
        f"mypyc build {where.name}",
    )


def test_an_edited_source_runs_as_source_and_says_the_build_is_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DEALWIRE_CLASSIFIER", raising=False)
    source = _source_copy(tmp_path)
    _fake_build(tmp_path / "builds", source)
    rules = source / "rules.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    where, reason = compiled.choose(root=tmp_path / "builds", source_dir=source)
    assert where is None
    assert reason == "the compiled build is out of date: run `dealwire compile`"


def test_a_half_built_or_missing_build_is_never_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DEALWIRE_CLASSIFIER", raising=False)
    source = _source_copy(tmp_path)
    root = tmp_path / "builds"
    assert compiled.choose(root=root, source_dir=source) == (
        None,
        "no compiled build: `dealwire compile` makes one",
    )
    (compiled.build_dir(source, root) / "bot" / "classify").mkdir(parents=True)  # no "complete" marker
    assert compiled.choose(root=root, source_dir=source)[0] is None


def test_the_source_can_be_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _source_copy(tmp_path)
    _fake_build(tmp_path / "builds", source)
    monkeypatch.setenv("DEALWIRE_CLASSIFIER", "source")
    assert compiled.choose(root=tmp_path / "builds", source_dir=source) == (
        None,
        "DEALWIRE_CLASSIFIER=source",
    )


def test_compiling_without_a_c_compiler_is_one_clear_line(tmp_path: Path) -> None:
    result = run_dealwire("compile", "--force", cwd=tmp_path, env={"CC": "/nonexistent/cc"})
    assert result.returncode == 2
    assert result.stderr.startswith("dealwire: no C compiler (/nonexistent/cc) on this machine")
    assert "Traceback" not in result.stderr


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_the_compiled_classifier_classifies_exactly_as_the_source(tmp_path: Path) -> None:
    """Every labelled item, classified by the compiled build and by the source: the same, to the byte.

    Builds the classifier when no current build exists (about a minute), so the first run on a fresh
    machine checks the compiler toolchain as well."""
    if not compiled.has_compiler():
        pytest.skip("no C compiler on this machine: the classifier runs as source and is tested as such")
    compiled.build()
    files = [str(p) for p in (CORPUS / "dev.jsonl", CORPUS / "seed.jsonl") if p.is_file()]
    files += [str(p) for p in sorted(DATA.glob("*.jsonl"))]
    runs = {}
    for mode in ("compiled", "source"):
        env = {**os.environ, "DEALWIRE_CLASSIFIER": "auto" if mode == "compiled" else "source"}
        done = subprocess.run(
            [sys.executable, "-c", _DUMP, *files],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=800,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        runs[mode] = done.stdout.splitlines()
    compiled_status, compiled_file, *compiled_out = runs["compiled"]
    source_status, source_file, *source_out = runs["source"]
    assert compiled_status.startswith("compiled (mypyc build ")
    assert not compiled_file.endswith(".py")
    assert source_status == "source (DEALWIRE_CLASSIFIER=source)"
    assert source_file.endswith("__init__.py")
    assert len(compiled_out) == len(source_out) > 1_000
    for line_compiled, line_source in zip(compiled_out, source_out, strict=True):
        assert line_compiled == line_source
