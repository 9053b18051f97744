"""End to end: a newswire feed on loopback in, `dealwire run --once` as a process, a fake Slack out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CORPUS, corpus_items
from tests.fakes.feedserver import FeedServer, RssItem, release_page, rss_feed
from tests.fakes.slack import FakeSlack

NOW = datetime.now(UTC).replace(microsecond=0)
SEED_ID = "a3b4c5d6-0000-4000-8000-000000236923"
EVENT_ITEMS = ("dev-022", "dev-035")  # an IND clearance, a licensing deal
NON_EVENT_ITEMS = (
    "dev-072",
    "dev-086",
    "dev-088",
    "dev-075",
)  # IND-enabling, "Milestone" name, plans, conference


@dataclass(frozen=True)
class Release:
    """A release as the test serves it: its feed item and its page."""

    key: str
    title: str
    summary: str
    body: str
    identifier: str
    path: str
    contributor: str | None = None
    categories: tuple[str, ...] = ()


def _seed() -> Release:
    text = (CORPUS / "seed-release.txt").read_text(encoding="utf-8")
    title, _, rest = text.partition("\n")
    summary, _, body = rest.strip().partition("\n")
    return Release(
        key="seed-001",
        title=title.strip(),
        summary=summary.strip(),
        body=body.strip(),
        identifier=SEED_ID,
        path="/news-release/2011/11/03/236923/0/en/ImmunoGen-Inc-Earns-Milestone-From-Amgen-With-IND-Achievement.html",
        contributor="ImmunoGen, Inc.",
        categories=("Nasdaq:IMGN",),
    )


def _from_corpus(item: dict[str, Any], index: int) -> Release:
    return Release(
        key=item["id"],
        title=item["title"],
        summary=item["summary"],
        body=item["body"],
        identifier=f"00000000-0000-4000-8000-{index:012d}",
        path=f"/news-release/{item['published'].replace('-', '/')}/{index}/0/en/{item['id']}.html",
    )


def _releases() -> list[Release]:
    if not (CORPUS / "seed-release.txt").is_file():
        pytest.skip(f"seed release not found in {CORPUS}")
    by_id = {item["id"]: item for item in corpus_items("dev.jsonl")}
    wanted = [*EVENT_ITEMS, *NON_EVENT_ITEMS]
    return [_seed(), *(_from_corpus(by_id[key], 1000 + n) for n, key in enumerate(wanted))]


def _serve(server: FeedServer, path: str, releases: Sequence[Release], *, link_suffix: str = "") -> None:
    items = [
        RssItem(
            title=r.title,
            link=server.url(r.path) + link_suffix,
            description=r.summary,
            guid=server.url(r.path),
            pub_date=NOW - timedelta(minutes=10 + n),
            identifier=r.identifier,
            contributor=r.contributor,
            categories=r.categories,
        )
        for n, r in enumerate(releases)
    ]
    server.route(path, rss_feed(items, title="GlobeNewswire - Industry News on Biotechnology"))
    for r in releases:
        paragraphs = [p.strip() for p in r.body.split("\n\n") if p.strip()] or [r.summary]
        server.route(r.path, release_page(r.title, paragraphs), content_type="text/html; charset=utf-8")


def _config(tmp: Path, *, feeds: Sequence[tuple[str, str]], extra: str = "") -> Path:
    lines = []
    for name, url in feeds:
        lines += ["[[feeds]]", f'name = "{name}"', f'url = "{url}"', "backfill_hours = 24", ""]
    lines += [
        "[[watchlists]]",
        'name = "partners"',
        'channel = "C0PARTNERS"',
        'companies = ["Amgen"]',
        "",
        "[[watchlists]]",
        'name = "all-deals"',
        'channel = "#all-deals"',
        "",
        "[http]",
        'contact = "qa@example.com"',
        "connect_timeout = 2",
        "read_timeout = 5",
        "",
        extra,
    ]
    path = tmp / "dealwire.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def run_dealwire(
    *args: str, cwd: Path, env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the dealwire command line as a separate process, the way a user would."""
    full_env = {**os.environ, **env}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


def _env(tmp: Path, slack: FakeSlack, config: Path) -> dict[str, str]:
    return {
        "DEALWIRE_DATABASE_URL": f"sqlite:///{tmp / 'dealwire.db'}",
        "DEALWIRE_CONFIG": str(config),
        "SLACK_BOT_TOKEN": "xoxb-test-token",
        "DEALWIRE_SLACK_API_URL": slack.base_url,
        "DEALWIRE_LOG_FORMAT": "json",
    }


def _all_text(post: dict[str, Any]) -> str:
    return json.dumps(post, ensure_ascii=False)


def test_seed_release_alerts_once_to_the_amgen_list(
    tmp_path: Path, slack: FakeSlack, feeds: FeedServer
) -> None:
    releases = _releases()
    _serve(feeds, "/rss/biotech", releases)
    # The same seed release also appears in a second feed of the same wire, with a tracking parameter.
    _serve(feeds, "/rss/pharma", releases[:1], link_suffix="?utm_source=rss")
    config = _config(
        tmp_path, feeds=[("gnw-biotech", feeds.url("/rss/biotech")), ("gnw-pharma", feeds.url("/rss/pharma"))]
    )
    env = _env(tmp_path, slack, config)

    first = run_dealwire("run", "--once", cwd=tmp_path, env=env)
    assert first.returncode == 0, first.stderr

    posts = slack.posts()
    partners = [p for p in posts if p["channel"] == "C0PARTNERS"]
    assert len(partners) == 1, [p.get("text") for p in partners]
    alert = _all_text(partners[0])
    for expected in ("ImmunoGen", "Amgen", "$1.0M milestone", "IND", feeds.url(releases[0].path)):
        assert expected in alert, f"{expected!r} missing from the alert"
    assert partners[0]["unfurl_links"] is False
    assert partners[0]["unfurl_media"] is False
    assert partners[0]["text"]

    everything = [p for p in posts if p["channel"] == "#all-deals"]
    posted_text = [_all_text(p) for p in everything]
    seed_posts = [t for t in posted_text if "ImmunoGen" in t]
    assert len(seed_posts) == 1
    by_key = {r.key: r for r in releases}
    for key in NON_EVENT_ITEMS:
        link = feeds.url(by_key[key].path)
        assert not any(link in t for t in map(_all_text, posts)), f"{key} is not a deal event but was posted"
    for key in EVENT_ITEMS:
        link = feeds.url(by_key[key].path)
        assert sum(link in t for t in posted_text) == 1, f"{key} should have been posted once to #all-deals"

    # A second run sees the same feeds: nothing new, nothing posted.
    before = len(slack.posts())
    second = run_dealwire("run", "--once", cwd=tmp_path, env=env)
    assert second.returncode == 0, second.stderr
    assert len(slack.posts()) == before

    # A third feed, added later, carries the seed release again: still not posted again.
    _serve(feeds, "/rss/licensing", releases[:1], link_suffix="?feedref=abc")
    config = _config(
        tmp_path,
        feeds=[
            ("gnw-biotech", feeds.url("/rss/biotech")),
            ("gnw-pharma", feeds.url("/rss/pharma")),
            ("gnw-licensing", feeds.url("/rss/licensing")),
        ],
    )
    third = run_dealwire("run", "--once", cwd=tmp_path, env=env)
    assert third.returncode == 0, third.stderr
    assert len(slack.posts()) == before


def test_hostile_title_is_shown_as_text(tmp_path: Path, slack: FakeSlack, feeds: FeedServer) -> None:
    hostile = Release(
        key="hostile",
        title=(
            "<!channel> ImmunoGen earns $1 million milestone from "
            "<https://evil.example|Amgen> <@U123> & <#C999>"
        ),
        summary="Active IND for New TAP Compound Triggers $1 Million Milestone Payment from Amgen <!here>",
        body="",
        identifier="ffffffff-0000-4000-8000-000000000001",
        path="/news-release/hostile.html",
    )
    _serve(feeds, "/rss/hostile", [hostile])
    config = _config(tmp_path, feeds=[("hostile", feeds.url("/rss/hostile"))], extra="")
    result = run_dealwire("run", "--once", cwd=tmp_path, env=_env(tmp_path, slack, config))
    assert result.returncode == 0, result.stderr
    posts = slack.posts()
    assert posts, "the hostile release is still a milestone and should alert"
    for post in posts:
        body = _all_text(post)
        for control in ("<!channel>", "<!here>", "<@U123>", "<#C999>", "<https://evil.example|Amgen>"):
            assert control not in body
        assert "&lt;!channel&gt;" in body


def test_a_failing_feed_does_not_stop_the_others(tmp_path: Path, slack: FakeSlack, feeds: FeedServer) -> None:
    releases = _releases()
    _serve(feeds, "/rss/good", releases[:1])
    feeds.fail("/rss/broken", 500)
    config = _config(
        tmp_path,
        feeds=[
            ("broken", feeds.url("/rss/broken")),
            ("unreachable", "http://127.0.0.1:9/rss"),
            ("good", feeds.url("/rss/good")),
        ],
    )
    result = run_dealwire("run", "--once", cwd=tmp_path, env=_env(tmp_path, slack, config))
    assert result.returncode == 0, result.stderr
    assert len([p for p in slack.posts() if p["channel"] == "C0PARTNERS"]) == 1
    assert "feed_poll_failed" in result.stderr
    assert "broken" in result.stderr
    assert "unreachable" in result.stderr


def test_without_a_slack_token_alerts_are_printed(tmp_path: Path, feeds: FeedServer) -> None:
    releases = _releases()
    _serve(feeds, "/rss/biotech", releases[:1])
    config = _config(tmp_path, feeds=[("gnw-biotech", feeds.url("/rss/biotech"))])
    env = {"DEALWIRE_DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}", "DEALWIRE_CONFIG": str(config)}
    result = run_dealwire("run", "--once", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert "ImmunoGen" in result.stdout
    assert "$1.0M milestone" in result.stdout
    assert "Amgen" in result.stdout
