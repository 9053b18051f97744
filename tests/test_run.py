"""`dealwire run` as a long-lived process: it polls at once, posts, and stops cleanly on SIGTERM/SIGINT."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fakes.feedserver import FeedServer
from tests.fakes.slack import FakeSlack
from tests.test_e2e import _config, _env, _releases, _serve


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_run_posts_then_stops_cleanly(tmp_path: Path, stop_signal: signal.Signals) -> None:
    releases = _releases()
    with FakeSlack() as slack, FeedServer() as feeds:
        _serve(feeds, "/rss/biotech", releases[:1])
        config = _config(tmp_path, feeds=[("gnw-biotech", feeds.url("/rss/biotech"))])
        env = {**os.environ, **_env(tmp_path, slack, config), "DEALWIRE_PORT": "0"}
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            # The first poll and delivery ticks run at start-up; two channels match the seed release.
            slack.wait_for("chat.postMessage", 2, timeout=60)
            process.send_signal(stop_signal)
            _, stderr = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
        assert process.returncode == 0, stderr
        assert "stopped" in stderr
        assert "Traceback" not in stderr
        assert len(slack.posts("C0PARTNERS")) == 1
