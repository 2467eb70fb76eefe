"""One meaning per figure: the response rate counts the channels that record displays, the last
(or first) bucket cut short is marked partial, and every figure says what it counts, in what unit."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import time_machine

from api.schema import schema
from core.models import Organization
from surveys import importer
from surveys.models import Survey
from tests.support.analysed import seed_insights
from tests.support.client import GraphQL
from tests.support.ops import METRICS, active_survey, submit

RATE = """query($surveyId: ID, $filter: ResponseFilter) {
  metrics(surveyId: $surveyId, filter: $filter) { responses displays responseRate rateResponses rateDisplays } }"""
SERIES = """query($surveyId: ID, $from: DateTime, $to: DateTime, $interval: Interval) {
  metrics(surveyId: $surveyId, from: $from, to: $to, interval: $interval) { series { bucketStart responses partial } } }"""
TRENDS = """query($from: DateTime, $to: DateTime, $interval: Interval) { topics(from: $from, to: $to) { edges { node {
  label trend(interval: $interval) { bucketStart count partial } } } } }"""
DISPLAY_ON = """mutation($token: String!, $channel: Channel) {
  recordDisplay(token: $token, channel: $channel) { ok errors { code field message } } }"""
# Wednesday 25 November 2026, 10:00 in Shanghai (the organisation's time zone).
NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)


async def _displays(public: GraphQL, token: str, n: int, channel: str | None = None) -> None:
    for _ in range(n):
        shown = (await public(DISPLAY_ON, token=token, channel=channel))["recordDisplay"]
        assert shown["ok"] is True, shown


async def test_the_response_rate_counts_only_channels_that_record_displays(
    gql: GraphQL, public: GraphQL, org: Organization, tmp_path: Path
) -> None:
    survey = await active_survey(gql)
    await _displays(public, survey["token"], 7)
    await _displays(public, survey["token"], 1, channel="API")  # shown, but not through a rated channel
    assert (await submit(public, survey["token"], "widget-answer-1", score=9))["errors"] == []
    assert (await submit(public, survey["token"], "api-answer-0001", score=3, channel="API"))["errors"] == []
    history = tmp_path / "history.csv"
    history.write_text("score,comment\n10,好\n7,一般\n2,差\n", encoding="utf-8")
    survey_pk = (await Survey.get(token=survey["token"])).id
    report = await importer.import_csv(organization=org, survey_id=survey_pk, path=history,
                                       columns=importer.ColumnMap())
    assert report.stored == 3 and report.errors == []

    m = (await gql(RATE, surveyId=survey["id"]))["metrics"]
    assert (m["responses"], m["displays"], m["responseRate"]) == (5, 8, 0.1429)  # 1 widget answer of 7 shown
    assert (m["rateResponses"], m["rateDisplays"]) == (1, 7)  # the rate's own counts, which a reader can check
    assert (await gql(RATE))["metrics"]["responseRate"] == 0.1429  # the organisation's means the same
    assert (await gql(RATE, filter={"channel": "WIDGET"}))["metrics"]["responseRate"] == 0.1429
    for unrated in ("API", "IMPORT"):
        assert (await gql(RATE, filter={"channel": unrated}))["metrics"]["responseRate"] is None
    # A filter on what a display does not have leaves no like denominator: no rate rather than a wrong one.
    promoters = (await gql(RATE, filter={"npsCategory": "PROMOTER"}))["metrics"]
    assert (promoters["responses"], promoters["responseRate"]) == (2, None)
    assert (promoters["rateResponses"], promoters["rateDisplays"]) == (None, None)

    # Another survey's hosted-link answers join the organisation's figure, each on its own channel.
    link = await active_survey(gql, name="Link NPS")
    await _displays(public, link["token"], 2, channel="LINK")
    assert (await submit(public, link["token"], "link-answer-001", score=10, channel="LINK"))["errors"] == []
    everything = (await gql(RATE))["metrics"]
    assert (everything["responseRate"], everything["rateResponses"], everything["rateDisplays"]) == (round(2 / 9, 4), 2, 9)
    assert (await gql(RATE, filter={"channel": "LINK"}))["metrics"]["responseRate"] == 0.5


def _partial(series: list[dict[str, Any]]) -> list[tuple[str, bool]]:
    return [(p["bucketStart"][:10], p["partial"]) for p in series]


async def test_series_mark_the_buckets_the_window_or_now_cut_short(gql: GraphQL, public: GraphQL) -> None:
    with time_machine.travel(NOW, tick=False):
        survey = await active_survey(gql)
        assert (await submit(public, survey["token"], "series-now-0001", score=10))["errors"] == []

        async def series(**window: Any) -> list[tuple[str, bool]]:
            found = (await gql(SERIES, surveyId=survey["id"], **window))["metrics"]["series"]
            return _partial(found)

        # This week is still going on.
        assert await series(interval="WEEK") == [("2026-11-23", True)]
        # Days: only today is unfinished, though the window runs to tomorrow's midnight.
        assert await series(interval="DAY", **{"from": "2026-11-22T00:00:00+08:00",
                                                "to": "2026-11-26T00:00:00+08:00"}) == [
            ("2026-11-22", False), ("2026-11-23", False), ("2026-11-24", False), ("2026-11-25", True)]
        # A window starting on a Wednesday and ending on a Thursday cuts its first and last weeks.
        assert await series(interval="WEEK", **{"from": "2026-11-04T12:00:00+08:00",
                                                 "to": "2026-11-19T00:00:00+08:00"}) == [
            ("2026-11-02", True), ("2026-11-09", False), ("2026-11-16", True)]
        # A whole past month is whole.
        assert await series(interval="MONTH", **{"from": "2026-10-01T00:00:00+08:00",
                                                  "to": "2026-11-01T00:00:00+08:00"}) == [("2026-10-01", False)]
        # The full METRICS document of the contract still reads (partial is an addition).
        assert (await gql(METRICS, surveyId=survey["id"], interval="DAY"))["metrics"]["series"][0]["responses"] == 1


async def test_topic_trends_mark_the_buckets_the_window_or_now_cut_short(
    gql: GraphQL, public: GraphQL, org: Organization
) -> None:
    with time_machine.travel(NOW, tick=False):
        await seed_insights(gql, public, org)
        whole = (await gql(TRENDS, interval="DAY", **{"from": "2026-11-24T00:00:00+08:00",
                                                       "to": "2026-11-26T00:00:00+08:00"}))["topics"]["edges"]
        for edge in whole:
            assert _partial(edge["node"]["trend"]) == [("2026-11-24", False), ("2026-11-25", True)]
        assert sum(p["count"] for e in whole for p in e["node"]["trend"]) == 8  # the comments with a topic
        weeks = (await gql(TRENDS, interval="WEEK"))["topics"]["edges"]
        assert {tuple(_partial(e["node"]["trend"])) for e in weeks} == {(("2026-11-23", True),)}


FIGURES = {
    "Metrics": None, "MetricsPoint": None, "Nps": None, "Csat": None, "Ces": None, "LoopMetrics": None,
    "TopicPoint": None, "Topic": ("share",),
}


def test_every_figure_says_what_it_counts_and_in_what_unit() -> None:
    types = schema._schema.type_map  # the GraphQL schema Strawberry built
    for name, only in FIGURES.items():
        fields = types[name].fields  # type: ignore[attr-defined]
        for field in only or fields:
            assert fields[field].description, f"{name}.{field} has no description"
    metrics = types["Metrics"].fields  # type: ignore[attr-defined]
    assert "0..1" in metrics["responseRate"].description
    assert "-100..100" in types["Nps"].fields["score"].description  # type: ignore[attr-defined]
    assert "0..100" in types["Csat"].fields["score"].description  # type: ignore[attr-defined]
    assert "1..7" in types["Ces"].fields["average"].description  # type: ignore[attr-defined]
    assert "0..1" in types["Topic"].fields["share"].description  # type: ignore[attr-defined]
    assert "0..1" in types["LoopMetrics"].fields["detractorsContactedWithin24h"].description  # type: ignore[attr-defined]
