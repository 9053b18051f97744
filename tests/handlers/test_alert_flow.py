"""A watch list made in Slack routes a real poll's alert; mute stops it; explain says why not."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.deliver import make_slack_client
from bot.fetch import make_http_client
from bot.outbox import deliver_pending
from bot.pipeline import poll_due_feeds, sync_config
from bot.services import Services
from config.settings import AppConfig, FeedConfig, HttpConfig
from tests.conftest import CORPUS
from tests.fakes.feedserver import FeedServer, RssItem, release_page, rss_feed
from tests.handlers.conftest import NOW, Harness, HarnessFactory, text_of

SEED_PATH = "/news-release/2011/11/03/236923/0/en/ImmunoGen-Earns-Milestone-From-Amgen.html"
SECOND_PATH = "/news-release/2026/03/02/1000002/0/en/Nuvexa-Earns-Milestone-From-Amgen.html"
THIRD_PATH = "/news-release/2026/03/02/1000003/0/en/Orlena-Earns-Milestone-From-Amgen.html"


def _seed() -> tuple[str, str, str]:
    path = CORPUS / "seed-release.txt"
    if not path.is_file():
        pytest.skip(f"seed release not found in {CORPUS}")
    title, _, rest = path.read_text(encoding="utf-8").partition("\n")
    summary, _, body = rest.strip().partition("\n")
    return title.strip(), summary.strip(), body.strip()


def _milestone(company: str, ticker: str) -> tuple[str, str, str]:
    title = f"{company} Therapeutics Earns $5 Million Milestone Payment from Amgen"
    summary = (
        f"{company} Therapeutics, Inc. (Nasdaq: {ticker}) today announced that it has earned a $5 million "
        "milestone payment from Amgen under the companies' 2020 license agreement."
    )
    return title, summary, summary


class Wire:
    """A GlobeNewswire-like feed on loopback whose items can be added between polls."""

    def __init__(self, server: FeedServer) -> None:
        self.server = server
        self.items: list[RssItem] = []

    def publish(self, path: str, release: tuple[str, str, str], *, guid: str) -> str:
        title, summary, body = release
        url = self.server.url(path)
        self.items.append(
            RssItem(
                title=title,
                link=url,
                description=summary,
                guid=url,
                pub_date=NOW - timedelta(minutes=10 - len(self.items)),
                identifier=guid,
                categories=("Nasdaq:IMGN",),
            )
        )
        self.server.route("/feed", rss_feed(self.items))
        paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()] or [summary]
        self.server.route(path, release_page(title, paragraphs), content_type="text/html; charset=utf-8")
        return url


@pytest.fixture
def wire() -> Iterator[Wire]:
    with FeedServer() as server:
        yield Wire(server)


@pytest.fixture
def flow(make_harness: HarnessFactory, wire: Wire, tmp_path: Path) -> Iterator[tuple[Harness, Services]]:
    harness = make_harness(config_watchlists=())
    config = AppConfig(
        feeds=[FeedConfig(name="globenewswire-biotech", url=wire.server.url("/feed"), backfill_hours=24)],
        http=HttpConfig(contact="qa@example.com", connect_timeout=2, read_timeout=5),
    )
    http = make_http_client(user_agent="DealWire-test", connect_timeout=2, read_timeout=5)
    svc = Services(
        engine=harness.engine,
        http=http,
        config=config,
        slack=make_slack_client(token="xoxb-test", base_url=harness.fake.base_url),
        clock=lambda: NOW,
        metrics=harness.metrics,
    )
    sync_config(svc)
    yield harness, svc
    http.close()


def _cycle(svc: Services) -> None:
    poll_due_feeds(svc, everything=True)
    deliver_pending(svc)


def test_a_list_made_in_slack_gets_the_alert_mute_stops_it_and_explain_says_why(
    flow: tuple[Harness, Services], wire: Wire
) -> None:
    harness, svc = flow
    made = harness.slash("watch add Amgen to partners", channel="C0PARTNERS")
    assert "Created watch list *partners*" in text_of(made)
    harness.slash("watch create oncology <#C0ONCO|onc-deals>")
    harness.slash("watch add Pfizer to oncology")

    seed_url = wire.publish(SEED_PATH, _seed(), guid="a3b4c5d6-0000-4000-8000-000000236923")
    _cycle(svc)
    posts = harness.fake.posts("C0PARTNERS")
    assert len(posts) == 1
    assert "ImmunoGen" in posts[0]["text"]
    assert "Amgen" in posts[0]["text"]
    assert harness.fake.posts("C0ONCO") == []

    why = text_of(harness.slash(f"explain <{seed_url}>"))
    assert "*Classified:* milestone" in why
    assert "rule `milestone." in why
    assert "*partners* (<#C0PARTNERS>): ✅ matched — company Amgen is a partner" in why
    assert "*oncology* (<#C0ONCO>): ❌ not matched — Pfizer not named" in why
    assert "partners → <#C0PARTNERS> sent" in why

    assert "🔕 Muted *partners*" in text_of(harness.slash("mute partners 2h"))
    second_url = wire.publish(
        SECOND_PATH, _milestone("Nuvexa", "NUVX"), guid="00000000-0000-4000-8000-000001000002"
    )
    _cycle(svc)
    assert len(harness.fake.posts("C0PARTNERS")) == 1, "a muted list must not post"
    why = text_of(harness.slash(f"explain {second_url}"))
    assert "*partners* (<#C0PARTNERS>): ❌ not matched — muted until 2026-03-02 16:30 UTC" in why
    assert "No alert was made for this release" in why

    assert "posts to <#C0PARTNERS> again" in text_of(harness.slash("unmute partners"))
    # A minute on: the channel's pace (one post a second) lets the next alert go at once.
    svc.clock = lambda: NOW + timedelta(minutes=1)
    wire.publish(THIRD_PATH, _milestone("Orlena", "ORLN"), guid="00000000-0000-4000-8000-000001000003")
    _cycle(svc)
    assert len(harness.fake.posts("C0PARTNERS")) == 2
