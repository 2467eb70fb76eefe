"""topic_activity (analysed comments per survey, topic and hour, kept by triggers) always equals a
recount of the analyses and their responses, whatever wrote them; and the topic counts read from it
equal those read from the rows, for windows on and off the hour."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from analysis import insights
from analysis.models import CommentAnalysis, ModelStatus, Topic, TopicModelVersion
from core.db import db
from core.models import Organization
from surveys import service
from surveys.filters import ResponseFilter
from surveys.metrics import Interval
from surveys.models import NpsCategory, Response, Survey, SurveyKind, SurveyStatus

COUNTS = ("n", "promoters", "detractors", "nps_n", "positive", "negative", "scored")
NOW = datetime.now(UTC).replace(minute=20, second=0, microsecond=0)


async def _survey(org: Organization, name: str) -> Survey:
    survey = await service.create_survey(organization=org, name=name, kind=SurveyKind.NPS, locale=None,
                                         changes=service.SurveyChanges())
    return await service.transition_survey(organization=org, survey_id=survey.id, to=SurveyStatus.ACTIVE)


def _category(score: int | None) -> NpsCategory | None:
    if score is None:
        return None
    return NpsCategory.PROMOTER if score >= 9 else NpsCategory.PASSIVE if score >= 7 else NpsCategory.DETRACTOR


async def _recount() -> dict[tuple[int, int, int], dict[str, int]]:
    """What topic_activity must hold, counted from the rows in Python."""
    expected: dict[tuple[int, int, int], Counter[str]] = {}
    for a in await CommentAnalysis.all().prefetch_related("response"):
        r = a.response
        c = expected.setdefault((r.survey_id, a.topic_id or 0, int(r.submitted_at.timestamp()) // 3600), Counter())
        c["n"] += 1
        c["promoters"] += r.nps_category == NpsCategory.PROMOTER
        c["detractors"] += r.nps_category == NpsCategory.DETRACTOR
        c["nps_n"] += r.nps_category is not None
        c["positive"] += a.sentiment is not None and a.sentiment > 0.2
        c["negative"] += a.sentiment is not None and a.sentiment < -0.2
        c["scored"] += a.sentiment is not None
    return {key: {name: c[name] for name in COUNTS} for key, c in expected.items()}


async def _activity() -> dict[tuple[int, int, int], dict[str, int]]:
    rows = await db().execute_query_dict("SELECT * FROM topic_activity")
    return {(r["survey_id"], r["topic_id"], r["hour"]): {name: r[name] for name in COUNTS}
            for r in rows if any(r[name] for name in COUNTS)}


async def test_counts_follow_every_kind_of_write_and_match_the_rows(
    org: Organization, monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two = await _survey(org, "one"), await _survey(org, "two")
    model = await TopicModelVersion.create(organization=org, version=1, status=ModelStatus.ACTIVE, path="-",
                                           documents=10, outlier_share=0.1)
    topics = [await Topic.create(organization=org, model=model, index=i, label=f"t{i}", keywords=[]) for i in range(3)]
    responses = []
    for i in range(40):
        score = None if i % 9 == 0 else i % 11
        response = await Response.create(
            organization_id=org.id, survey=one if i % 3 else two, idempotency_key=f"k{i:03}", payload_hash="h",
            score=score, nps_category=_category(score), submitted_at=NOW - timedelta(minutes=47 * i), comment="c")
        responses.append(response)
        if i % 7 != 6:  # some answers are not analysed
            await CommentAnalysis.create(
                organization=org, response=response, normalized="c", tokens=[], keywords=[],
                sentiment=None if i % 5 == 0 else (i % 9 - 4) / 4, topic=topics[i % 4] if i % 4 < 3 else None,
                model_version="t")
    assert len(await _activity()) > 20 and await _activity() == await _recount()

    # A refit's bulk reassignment and a re-analysis (one statement, many rows; one row).
    await CommentAnalysis.filter(topic_id=topics[0].id).update(topic_id=topics[1].id)
    await CommentAnalysis.filter(response_id=responses[1].id).update(sentiment=-0.9, topic_id=None)
    # A partial answer completed with a score, and an answer moved in time and between surveys.
    await Response.filter(id=responses[0].id).update(score=10, nps_category=NpsCategory.PROMOTER)
    await Response.filter(id=responses[2].id).update(submitted_at=NOW - timedelta(days=3), survey_id=two.id)
    assert await _activity() == await _recount()

    # Deletions: an analysis, a topic (its analyses lose it), answers (their analyses go with them).
    await CommentAnalysis.filter(response_id=responses[3].id).delete()
    await Topic.filter(id=topics[2].id).delete()
    await Response.filter(id__in=[responses[4].id, responses[5].id]).delete()
    await responses[8].delete()
    assert await _activity() == await _recount()

    for survey_id in (None, one.id):
        for since, until in (
            (None, None),
            (NOW - timedelta(days=1), NOW),  # off the hour on both edges
            (NOW.replace(minute=0) - timedelta(hours=10), NOW.replace(minute=0)),  # whole hours
            (NOW - timedelta(hours=20, minutes=5), None),
            (None, NOW - timedelta(hours=5)),
            (NOW - timedelta(minutes=50), NOW - timedelta(minutes=10)),  # under an hour: the rows
        ):
            flt = ResponseFilter(survey_id=survey_id, since=since, until=until)
            assert await insights._counts(org.id, flt) == await insights._from_rows(org.id, flt), (survey_id, since)
    whole_hours = ResponseFilter(since=NOW.replace(minute=0) - timedelta(hours=10), until=NOW.replace(minute=0))
    assert await insights._from_activity(org.id, whole_hours)
    # A filter the counts cannot answer reads the rows.
    assert await insights._from_activity(org.id, ResponseFilter(nps_category=NpsCategory.PROMOTER)) is None

    # Trends: the hourly counts bucketed in the zone equal the rows bucketed, and a zone half an hour
    # off (its days start mid-hour) reads the rows.
    async def no_activity(*args: object) -> None:
        return None

    for zone in ("Asia/Shanghai", "America/New_York", "Asia/Kolkata"):
        for interval in Interval:
            for since, until in ((None, None), (NOW - timedelta(days=1, minutes=7), NOW),
                                 (NOW.replace(minute=0) - timedelta(hours=30), None)):
                flt = ResponseFilter(survey_id=None, since=since, until=until)
                from_activity = await insights.topic_trends(organization_id=org.id, flt=flt, timezone=zone,
                                                            interval=interval)
                monkeypatch.setattr(insights, "_trend_from_activity", no_activity)
                from_rows = await insights.topic_trends(organization_id=org.id, flt=flt, timezone=zone,
                                                        interval=interval)
                monkeypatch.undo()
                assert from_activity == from_rows and from_rows, (zone, interval, since)
    assert insights._hours_fold_exactly([NOW.date()], ZoneInfo("Asia/Shanghai"), Interval.DAY)
    assert not insights._hours_fold_exactly([NOW.date()], ZoneInfo("Asia/Kolkata"), Interval.DAY)

    await one.delete()  # its answers, analyses and counts go with it
    assert await _activity() == await _recount()
