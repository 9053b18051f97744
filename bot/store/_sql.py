"""Helpers shared by the store modules: the dialect's INSERT (for ON CONFLICT) and text cleaning."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

ERROR_TEXT_LIMIT = 2000


class UnsupportedDatabase(Exception):
    """The store's insert-or-ignore needs ON CONFLICT, which this database's dialect lacks."""

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect
        super().__init__(f"database dialect {dialect!r} is not supported: use SQLite or PostgreSQL")


def dialect_insert(session: Session, table: Any) -> Any:
    """Return an INSERT for the session's dialect that supports on_conflict_do_nothing/do_update."""
    name = session.get_bind().dialect.name
    if name == "sqlite":
        return sqlite.insert(table)
    if name == "postgresql":
        return postgresql.insert(table)
    raise UnsupportedDatabase(name)


def clean(text: str) -> str:
    """Return text that every backend can store: no NUL characters, no lone surrogates."""
    # Feed text is hostile: PostgreSQL rejects NUL in text, and a lone surrogate cannot be encoded.
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def clean_opt(text: str | None) -> str | None:
    """clean() that passes None through."""
    return None if text is None else clean(text)


def error_text(error: str) -> str:
    """Return an error message cleaned and cut to a size worth keeping in a row."""
    return clean(error)[:ERROR_TEXT_LIMIT]
