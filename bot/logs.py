"""Structured logging: events with fields, to standard error, as console lines or JSON."""

from __future__ import annotations

import logging
import sys

import structlog


class _ToStructlog(logging.Handler):
    """Standard-library records (the scheduler, HTTP and Slack clients) written as structlog events.

    Every line on stderr then comes from one writer under one lock and in one format: two writers on one
    stream could splice a scheduler warning into the middle of a JSON line."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            fields: dict[str, object] = {"logger": record.name}
            if record.exc_info:
                fields["exc_info"] = record.exc_info
            structlog.get_logger().log(record.levelno, record.getMessage(), **fields)
        except Exception:  # a broken record must never take the bot down
            self.handleError(record)


def configure_logging(*, level: str = "info", fmt: str = "console") -> None:
    """Send structlog events (and standard-library logs) to stderr in the chosen format."""
    numeric = logging.getLevelNamesMapping().get(level.upper(), logging.INFO)
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _ToStructlog)]:
        root.removeHandler(handler)  # configured again (tests, the CLI): one writer, never two
    root.addHandler(_ToStructlog())
    root.setLevel(numeric)
    for noisy in ("httpx", "httpcore", "apscheduler", "alembic", "slack_sdk", "slack_bolt"):
        logging.getLogger(noisy).setLevel(max(numeric, logging.WARNING))
    renderer: structlog.typing.Processor = (
        structlog.processors.JSONRenderer()
        if fmt == "json"
        else structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=False,
    )
