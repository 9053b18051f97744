"""Kill the running bot (SIGKILL) again and again while it delivers: no alert lost, none posted twice."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot import store
from tests.fakes.slack import FakeSlack
from tests.outbox_support import payload, seed, unfinished

KILLS = 30
CHANNELS = ["C0DEALS", "#bd-alerts", "C0ONCO", "#licensing"]
PER_CHANNEL = 40
ROOT = Path(__file__).resolve().parent.parent

CONFIG = """
[delivery]
digest_threshold = 1000          # one post per alert, so every post is a chance to die mid-way
channel_rate_per_second = 50
channel_burst = 5
retry_base_seconds = 0.2
sending_lease_seconds = 1.0      # a killed delivery is looked for as soon as the next process starts
"""


def _accepted(slack: FakeSlack) -> list[int]:
    return [int(payload(body)["alert_id"]) for body in slack.posts() if "alert_id" in payload(body)]


def _start(tmp_path: Path, env: dict[str, str], life: int) -> subprocess.Popen[bytes]:
    log = (tmp_path / f"life-{life:02d}.log").open("wb")
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run"], cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT
    )


def _wait_for(condition: object, *, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.005)
    return False


@pytest.mark.slow
# thirty-odd bot processes start one after another: on a slow, shared 2-core machine that alone can take
# minutes, so the guard against a hang is wider here than the suite's
@pytest.mark.timeout(900)
def test_killing_the_bot_mid_delivery_loses_and_repeats_nothing(tmp_path: Path) -> None:
    rng = random.Random(20261201)
    engine = store.make_engine(f"sqlite:///{tmp_path / 'crash.db'}")
    store.migrate(engine)
    made = seed(engine, channels=CHANNELS, per_channel=PER_CHANNEL, now=datetime.now(UTC))
    (tmp_path / "dealwire.toml").write_text(CONFIG, encoding="utf-8")

    with FakeSlack() as slack:
        # Each post takes a moment, so kills land before, during and after Slack acts on it.
        slack.delay(0.02, method="chat.postMessage")
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("DEALWIRE_", "SLACK_"))},
            "DEALWIRE_DATABASE_URL": f"sqlite:///{tmp_path / 'crash.db'}",
            "DEALWIRE_CONFIG": str(tmp_path / "dealwire.toml"),
            "SLACK_BOT_TOKEN": "xoxb-crash-test",
            "DEALWIRE_SLACK_API_URL": slack.base_url,
            "DEALWIRE_TICK_SECONDS": "0.2",
            "DEALWIRE_PORT": "0",
            "DEALWIRE_LOG_FORMAT": "json",
            "DEALWIRE_LOG_LEVEL": "info",
            "PYTHONPATH": str(ROOT),
        }
        kills = 0
        while kills < KILLS:
            process = _start(tmp_path, env, kills)
            before = len(slack.posts())
            if rng.random() < 0.1:
                time.sleep(rng.uniform(0.2, 1.5))  # sometimes die while starting up
            else:
                wanted = before + rng.randint(1, 4)
                assert _wait_for(lambda wanted=wanted: len(slack.posts()) >= wanted, timeout=30), (
                    f"no progress in life {kills}"
                )
                time.sleep(rng.uniform(0, 0.03))
            process.kill()
            process.wait(timeout=10)
            kills += 1

        assert unfinished(engine) > 0, "the kills should all have landed during delivery"
        final = _start(tmp_path, env, kills)
        try:
            assert _wait_for(lambda: unfinished(engine) == 0, timeout=60), "the last life did not finish"
        finally:
            final.terminate()
            final.wait(timeout=30)

        posted = _accepted(slack)
        repeats = {alert: n for alert, n in Counter(posted).items() if n > 1}
        expected = [alert for ids in made.values() for alert in ids]
        assert repeats == {}, f"posted more than once: {repeats}"
        assert sorted(posted) == sorted(expected), f"lost: {sorted(set(expected) - set(posted))}"
        for channel, ids in made.items():
            in_slack = [int(payload(m)["alert_id"]) for m in slack.messages(channel)]
            assert in_slack == ids, f"{channel} out of order"
        with store.session_scope(engine) as session:
            assert store.alert_counts(session) == {
                "pending": 0,
                "sending": 0,
                "sent": len(expected),
                "failed": 0,
            }
    engine.dispose()
    events = Counter(
        json.loads(line).get("event")
        for path in tmp_path.glob("life-*.log")
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
        if line.startswith("{")
    )
    # The kills did land between posting and recording: restarts found such posts in the history.
    assert events["deliveries_interrupted"] >= KILLS // 2, events
    assert events["delivery_found"] >= 1, events
