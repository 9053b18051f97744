"""Group commit: writes from many polling threads share transactions, so a tick of 1,000 feeds commits
(and syncs to disk) a few dozen times rather than a thousand, and SQLite's single writer never waits."""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, TypeVar

import structlog
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from bot.store.db import session_scope

log = structlog.get_logger(__name__)

T = TypeVar("T")
MAX_GROUP = 100
# What a write can fail with when its data or the database is at fault: the group is undone and
# each write is tried again alone. Anything else is a bug and reaches the caller as it is.
_WRITE_ERRORS = (SQLAlchemyError, LookupError)


class _State(Enum):
    WAITING = "waiting"
    DONE = "done"
    ALONE = "alone"  # its group failed: the caller runs it in a transaction of its own


@dataclass(slots=True)
class _Job(Generic[T]):
    run: Callable[[Session], T]
    state: _State = _State.WAITING
    result: Any = None


class GroupWriter:
    """Runs each caller's write in a transaction shared with the writes waiting beside it; thread-safe.

    The first caller to arrive while no group is being written leads: it takes every waiting write
    (up to MAX_GROUP), runs them in one transaction and commits; the others wait for their result.
    If the group fails, it is rolled back and each caller runs its own write again alone, so one
    failure never undoes another feed's work and each error reaches its own caller. A write must
    therefore only touch the database, since it may run twice.
    """

    def __init__(self, engine: Engine, *, gate: AbstractContextManager[Any] | None = None) -> None:
        self._engine = engine
        # Held while writing: on SQLite the readers' lock, so no reader shares the writer's connection.
        self._gate = gate if gate is not None else nullcontext()
        self._cond = threading.Condition()
        self._waiting: list[_Job[Any]] = []
        self._leading = False

    def write(self, run: Callable[[Session], T]) -> T:
        """Run `run(session)` in a (shared) transaction and return its result once committed."""
        job: _Job[T] = _Job(run=run)
        with self._cond:
            self._waiting.append(job)
        while True:
            with self._cond:
                while self._leading and job.state is _State.WAITING:
                    self._cond.wait()
                if job.state is not _State.WAITING:
                    break
                self._leading = True
                group, self._waiting = self._waiting[:MAX_GROUP], self._waiting[MAX_GROUP:]
            try:
                self._lead(group)
            finally:
                with self._cond:
                    self._leading = False
                    self._cond.notify_all()
        if job.state is _State.ALONE:
            with self._gate, session_scope(self._engine) as session:
                return run(session)
        return job.result  # type: ignore[no-any-return]

    def _lead(self, group: list[_Job[Any]]) -> None:
        written = False
        try:
            with self._gate, session_scope(self._engine) as session:
                results = [job.run(session) for job in group]
            for job, result in zip(group, results, strict=True):
                job.result = result
                job.state = _State.DONE
            written = True
        except _WRITE_ERRORS as exc:
            log.info("write_group_retried_alone", writes=len(group), error=type(exc).__name__)
        finally:
            if not written:
                for job in group:
                    job.state = _State.ALONE
