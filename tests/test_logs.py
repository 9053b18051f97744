"""Every line the bot writes to stderr in JSON mode is one whole JSON object, whoever logged it."""

from __future__ import annotations

import json
import logging
import threading

import pytest
import structlog

from bot.logs import configure_logging


def test_library_records_and_bot_events_are_one_json_stream(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging(level="info", fmt="json")
    try:

        def scheduler() -> None:
            for n in range(200):
                logging.getLogger("apscheduler.scheduler").warning("job %d skipped: instances reached", n)

        def bot() -> None:
            for n in range(200):
                structlog.get_logger().info("alert_sent", alert=n)

        threads = [threading.Thread(target=scheduler), threading.Thread(target=bot)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        lines = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
        events = [json.loads(line) for line in lines]  # a spliced line would not parse
        assert sum(e["event"] == "alert_sent" for e in events) == 200
        assert sum(e.get("logger") == "apscheduler.scheduler" for e in events) == 200
    finally:
        # leave no writer bound to this test's captured stream
        root = logging.getLogger()
        for handler in [h for h in root.handlers if type(h).__name__ == "_ToStructlog"]:
            root.removeHandler(handler)
        structlog.reset_defaults()
