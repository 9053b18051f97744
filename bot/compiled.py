"""The classifier compiled to C with mypyc: built on request, loaded only when it matches the source.

`bot/classify` is plain, typed Python and stays the definition of what the classifier does. `build`
compiles the same files with mypyc (part of mypy, a development dependency) into
`build/classifier/<fingerprint>/`, where the fingerprint covers every source file's bytes and the
Python ABI. `install`, run when `bot` is imported, puts a finder in front of the import system that
loads `bot.classify` from that build only when one exists for the source exactly as it is now; after
any edit, or on another Python, the fingerprint differs and the source runs, so a stale build can
never stand in for changed rules. `DEALWIRE_CLASSIFIER=source` always runs the source.

Compiled and source classify identically (a test compares them on every labelled item); the compiled
build runs faster (`bench/classify` prints both). Building needs a C compiler and the Python headers;
without them the bot runs the source and says so.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

__all__ = ["BuildError", "Status", "build", "c_compiler", "choose", "has_compiler", "install", "status"]

PACKAGE = "bot.classify"
SOURCE_DIR = Path(__file__).resolve().parent / "classify"
BUILD_ROOT = Path(__file__).resolve().parent.parent / "build" / "classifier"
GROUP = "dealwire_classify"  # names the runtime library mypyc shares between the compiled modules
SHARED = f"{GROUP}__mypyc"
_DONE = "complete"  # written last into a finished build: a directory without it is ignored
_SUPPORT = ("__init__.py", "models.py")  # what the classifier imports from `bot`, for type checking
_SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="dealwire-classifier",
    packages=[],
    ext_modules=mypycify(sys.argv.pop(1).split(","), opt_level="3", group_name={group!r}),
)
"""


class BuildError(RuntimeError):
    """The classifier could not be compiled; the message says why in words a user can act on."""


@dataclass(frozen=True, slots=True)
class Status:
    """Which classifier this process runs, and why."""

    compiled: bool
    reason: str  # one sentence for logs and benchmarks

    def __str__(self) -> str:
        return ("compiled" if self.compiled else "source") + f" ({self.reason})"


def _sources(source_dir: Path = SOURCE_DIR) -> list[Path]:
    return sorted(source_dir.glob("*.py"))


def fingerprint(source_dir: Path = SOURCE_DIR) -> str:
    """A digest of every classifier source file and of the ABI its compiled form is built for."""
    digest = hashlib.sha256()
    digest.update(f"{sys.implementation.cache_tag} {sysconfig.get_config_var('SOABI')}\n".encode())
    for path in _sources(source_dir):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:20]


def build_dir(source_dir: Path = SOURCE_DIR, root: Path = BUILD_ROOT) -> Path:
    """Where the build for the source as it is now lives (whether or not it has been built)."""
    return root / fingerprint(source_dir)


def _complete(path: Path) -> bool:
    return (path / _DONE).is_file()


class _Finder(importlib.abc.MetaPathFinder):
    """Finds `bot.classify`, its modules and their shared runtime library in one compiled build."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname == SHARED:
            return self._spec(fullname, self.root / SHARED)
        if fullname == PACKAGE:
            package = self.root / "bot" / "classify"
            return self._spec(fullname, package / "__init__", package=package)
        if fullname.startswith(PACKAGE + ".") and fullname.count(".") == 2:
            return self._spec(fullname, self.root / "bot" / "classify" / fullname.rsplit(".", 1)[1])
        return None

    @staticmethod
    def _spec(fullname: str, stem: Path, package: Path | None = None) -> ModuleSpec | None:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            candidate = stem.with_name(stem.name + suffix)
            if candidate.is_file():
                loader = importlib.machinery.ExtensionFileLoader(fullname, str(candidate))
                return importlib.util.spec_from_file_location(
                    fullname,
                    candidate,
                    loader=loader,
                    submodule_search_locations=[str(package)] if package is not None else None,
                )
        return None


_status = Status(False, "not installed")


def choose(*, root: Path = BUILD_ROOT, source_dir: Path = SOURCE_DIR) -> tuple[Path | None, str]:
    """The compiled build to load for the source as it is now, or None; and why, in one phrase."""
    if os.environ.get("DEALWIRE_CLASSIFIER", "").strip().lower() == "source":
        return None, "DEALWIRE_CLASSIFIER=source"
    try:
        here = build_dir(source_dir, root)
    except OSError as exc:
        return None, f"its source could not be read: {exc}"
    if _complete(here):
        return here, f"mypyc build {here.name}"
    if root.is_dir() and any(_complete(p) for p in root.iterdir() if p.is_dir()):
        return None, "the compiled build is out of date: run `dealwire compile`"
    return None, "no compiled build: `dealwire compile` makes one"


def install(*, root: Path = BUILD_ROOT) -> Status:
    """Load the classifier from a current compiled build when there is one (once per process)."""
    global _status
    if any(isinstance(f, _Finder) for f in sys.meta_path):
        return _status
    if PACKAGE in sys.modules:
        _status = Status(False, "the classifier was imported before a compiled build could be chosen")
        return _status
    here, reason = choose(root=root)
    if here is not None:
        sys.meta_path.insert(0, _Finder(here))
    _status = Status(here is not None, reason)
    return _status


def status() -> Status:
    """Which classifier this process runs (decided when `bot` was imported)."""
    loaded = sys.modules.get(PACKAGE)
    if loaded is not None and _status.compiled and not (loaded.__file__ or "").endswith(".py"):
        return _status
    if loaded is not None and _status.compiled:
        return Status(False, "the compiled build was chosen but the source was loaded")
    return _status


def c_compiler() -> str:
    """The C compiler a build would run: $CC, else the one Python was built with."""
    return os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"


def has_compiler() -> bool:
    """Whether that compiler is on this machine."""
    return shutil.which(c_compiler().split()[0]) is not None


def build(*, root: Path = BUILD_ROOT, force: bool = False, jobs: int | None = None) -> tuple[Path, bool]:
    """Compile the classifier for its source as it is now; return where, and whether it was built now.

    Builds in a scratch directory and moves the result into place only when complete, so a failed or
    concurrent build never leaves a half-built classifier where `install` looks. Older builds are
    removed. Raises `BuildError` with the compiler's last words when compiling fails.
    """
    target = build_dir(root=root)
    if _complete(target) and not force:
        return target, False
    if importlib.util.find_spec("mypyc") is None or importlib.util.find_spec("setuptools") is None:
        raise BuildError(
            "compiling the classifier needs mypy (with mypyc) and setuptools, the development "
            "dependencies: run `uv sync --frozen` first"
        )
    if not has_compiler():
        raise BuildError(
            f"no C compiler ({c_compiler()}) on this machine: install one "
            "(Debian: apt-get install gcc) or keep running the source classifier"
        )
    root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dealwire-compile-") as scratch:
        work = Path(scratch)
        package = work / "bot" / "classify"
        package.mkdir(parents=True)
        names = []
        for path in _sources():
            shutil.copy2(path, package / path.name)
            names.append(f"bot/classify/{path.name}")
        for name in _SUPPORT:
            (work / "bot" / name).write_bytes(
                b"" if name == "__init__.py" else (SOURCE_DIR.parent / name).read_bytes()
            )
        (work / "setup.py").write_text(_SETUP.format(group=GROUP), encoding="utf-8")
        command = [sys.executable, "setup.py", ",".join(names), "build_ext", "--inplace"]
        command += ["--parallel", str(jobs or os.cpu_count() or 1)]
        done = subprocess.run(command, cwd=work, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
            raise BuildError(f"mypyc could not compile the classifier:\n{tail}")
        staging = Path(tempfile.mkdtemp(prefix=".building-", dir=root))
        try:
            (staging / "bot" / "classify").mkdir(parents=True)
            for built in work.rglob("*"):
                if not built.name.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)):
                    continue
                if built.parent == work:
                    shutil.copy2(built, staging / built.name)
                elif built.parent == package:
                    shutil.copy2(built, staging / "bot" / "classify" / built.name)
            (staging / _DONE).write_text(time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()) + "\n")
            if target.exists():
                shutil.rmtree(target)  # an earlier build of the same source, or one left half-done
            os.replace(staging, target)
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
            if not _complete(target):
                raise
    for old in root.iterdir():
        if old != target and old.is_dir() and not old.name.startswith("."):  # "." : another build's scratch
            shutil.rmtree(old, ignore_errors=True)
    return target, True
