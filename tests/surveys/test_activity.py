"""survey_activity (counts per survey, channel and 15-minute slot, kept by triggers) always equals a
recount of the rows, whatever wrote them; and metrics read from it equal metrics read from the rows."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tortoise.context import TortoiseContext

from core import migrate
from core.db import db, tortoise_config
from core.models import Organization
from core.service import get_or_create_organization
from core.settings import Settings
from surveys import metrics, service
from surveys.filters import ResponseFilter
from surveys.metrics import Interval
from surveys.models import Channel, Display, NpsCategory, Response, Survey, SurveyActivity, SurveyKind, SurveyStatus
from tests.support.old_rows import survey_before_purpose

COUNTS = ("displays", "responses", "promoters", "passives", "detractors", "scored", "score_sum", "satisfied")
NOW = datetime.now(UTC).replace(microsecond=0)


async def _survey(org: Organization, kind: SurveyKind = SurveyKind.NPS) -> Survey:
    survey = await service.create_survey(organization=org, name=kind.value, kind=kind, locale=None,
                                         changes=service.SurveyChanges())
    return await service.transition_survey(organization=org, survey_id=survey.id, to=SurveyStatus.ACTIVE)


def _category(score: int | None) -> NpsCategory | None:
    if score is None:
        return None
    return NpsCategory.PROMOTER if score >= 9 else NpsCategory.PASSIVE if score >= 7 else NpsCategory.DETRACTOR


async def _response(survey: Survey, key: str, *, score: int | None, at: datetime,
                    channel: Channel = Channel.WIDGET) -> Response:
    return await Response.create(organization_id=survey.organization_id, survey=survey, idempotency_key=key,
                                 payload_hash="h", score=score, nps_category=_category(score), channel=channel,
                                 submitted_at=at)


def _slot(at: datetime) -> int:
    return int(at.timestamp()) // 900


async def _recount() -> dict[tuple[int, str, int], dict[str, int]]:
    """What survey_activity must hold, counted from the rows in Python."""
    expected: dict[tuple[int, str, int], Counter[str]] = {}
    for r in await Response.all():
        c = expected.setdefault((r.survey_id, r.channel.value, _slot(r.submitted_at)), Counter())
        c["responses"] += 1
        c[f"{r.nps_category.value}s" if r.nps_category else "none"] += 1
        c["scored"] += r.score is not None
        c["score_sum"] += r.score or 0
        c["satisfied"] += r.score is not None and r.score >= 4
    for d in await Display.all():
        expected.setdefault((d.survey_id, d.channel.value, _slot(d.created_at)), Counter())["displays"] += 1
    return {key: {name: c[name] for name in COUNTS} for key, c in expected.items()}


async def _activity() -> dict[tuple[int, str, int], dict[str, int]]:
    rows = await SurveyActivity.all()
    return {(a.survey_id, a.channel.value, a.slot): {name: getattr(a, name) for name in COUNTS}
            for a in rows if any(getattr(a, name) for name in COUNTS)}


async def test_counts_follow_every_kind_of_write(org: Organization) -> None:
    nps, csat = await _survey(org), await _survey(org, SurveyKind.CSAT)
    # The public path (one shared statement per batch on PostgreSQL), concurrently.
    await asyncio.gather(*[service.submit_response(
        submission=service.Submission(token=nps.token, idempotency_key=f"public-{i:04}", score=i % 11,
                                      comment="还行" if i % 2 else None), caller=service.Caller())
        for i in range(30)])
    await asyncio.gather(*[service.record_display(token=nps.token, respondent=None, caller=service.Caller())
                           for _ in range(7)])
    # The ORM, in other slots, channels and surveys; a partial answer with no score.
    old = await _response(nps, "old", score=3, at=NOW - timedelta(days=3, minutes=7), channel=Channel.LINK)
    await _response(csat, "c1", score=5, at=NOW - timedelta(hours=2))
    await _response(csat, "c2", score=None, at=NOW - timedelta(hours=2))
    await Display.create(organization_id=org.id, survey=csat, channel=Channel.LINK,
                         created_at=NOW - timedelta(hours=2))
    assert await _activity() == await _recount()

    # A partial completed with another score and moved to another slot, one bulk update, a delete.
    await Response.filter(id=old.id).update(score=10, nps_category=NpsCategory.PROMOTER,
                                            submitted_at=NOW - timedelta(days=1))
    await Response.filter(survey_id=nps.id, score=0).update(score=None, nps_category=None)
    await Response.filter(idempotency_key="public-0004").delete()
    await Display.filter(survey_id=csat.id).delete()
    assert await _activity() == await _recount()

    # A survey deleted: its answers and its slots go together, and nothing else changes.
    kept = {key: value for key, value in (await _recount()).items() if key[0] == nps.id}
    await Survey.filter(id=csat.id).delete()
    assert await _activity() == kept == await _recount()


async def test_metrics_from_the_slots_equal_metrics_from_the_rows(org: Organization) -> None:
    rng = random.Random(5)
    surveys = [await _survey(org), await _survey(org, SurveyKind.CSAT), await _survey(org, SurveyKind.CES)]
    for i in range(400):
        survey = rng.choice(surveys)
        at = NOW - timedelta(seconds=rng.randint(0, 100 * 86400))
        high = 10 if survey.kind == SurveyKind.NPS else 5 if survey.kind == SurveyKind.CSAT else 7
        # Every channel: the response rate counts only those that record displays, on both paths.
        await _response(survey, f"r{i}", score=rng.choice([None, *range(high + 1)]), at=at,
                        channel=rng.choice(list(Channel)))
        if i % 3 == 0:
            await Display.create(organization_id=org.id, survey=survey, created_at=at,
                                 channel=rng.choice([Channel.WIDGET, Channel.LINK, Channel.EMAIL, Channel.API]))

    windows: list[tuple[datetime | None, datetime | None]] = [
        (None, None), (NOW - timedelta(days=30, seconds=7), None), (None, NOW - timedelta(days=9, minutes=4)),
        (NOW - timedelta(days=75, minutes=1), NOW - timedelta(days=2, seconds=30)),
        (datetime(2026, 3, 1, 7, 45, tzinfo=UTC), datetime(2026, 11, 15, 6, 0, tzinfo=UTC)),  # aligned
    ]
    checked = rated = 0
    for since, until in windows:
        for survey_id in (None, surveys[0].id, surveys[1].id, surveys[2].id):
            for channel in (None, Channel.LINK, Channel.IMPORT):
                for zone, interval in (("Asia/Shanghai", Interval.DAY), ("America/New_York", Interval.WEEK),
                                       ("Asia/Kathmandu", Interval.MONTH), ("UTC", None)):
                    flt = ResponseFilter(survey_id=survey_id, since=since, until=until, channel=channel)
                    by_slots = await metrics._from_activity(org.id, flt, ZoneInfo(zone), interval)
                    by_rows = await metrics._from_rows(org.id, flt, ZoneInfo(zone), interval)
                    assert by_slots is not None
                    assert by_slots == by_rows, (since, until, survey_id, channel, zone, interval)
                    assert by_rows.totals["rate_responses"] <= by_rows.totals["responses"]
                    assert by_rows.rate_displays <= by_rows.displays
                    checked += by_rows.totals["responses"] > 0
                    rated += by_rows.rate_displays > 0 and 0 < by_rows.totals["rate_responses"] \
                        < by_rows.totals["responses"]
    assert checked > 100 and rated > 50
    # And the figure itself, from whichever path compute_metrics takes, against a recount in Python.
    since = NOW - timedelta(days=30, seconds=7)
    answers = [r for r in await Response.filter(organization_id=org.id) if r.submitted_at >= since]
    shown = [d for d in await Display.filter(organization_id=org.id) if d.created_at >= since]
    rated_channels = {Channel.WIDGET, Channel.LINK, Channel.EMAIL}
    expected = (sum(r.channel in rated_channels for r in answers) / sum(d.channel in rated_channels for d in shown))
    found = await metrics.compute_metrics(organization_id=org.id, timezone="UTC", interval=None,
                                          flt=ResponseFilter(since=since))
    assert (found.responses, found.displays) == (len(answers), len(shown))
    assert found.response_rate == round(expected, 4) and found.response_rate != round(len(answers) / len(shown), 4)


async def test_filters_on_the_rows_and_windows_within_a_slot_read_the_rows(org: Organization) -> None:
    survey = await _survey(org)
    at = datetime(2026, 11, 20, 8, 3, tzinfo=UTC)
    await _response(survey, "a", score=10, at=at)
    await _response(survey, "b", score=2, at=at + timedelta(minutes=5))
    zone = ZoneInfo("Asia/Shanghai")
    for flt in (ResponseFilter(nps_category=NpsCategory.PROMOTER), ResponseFilter(min_score=5),
                ResponseFilter(has_comment=False), ResponseFilter(attributes={"plan": "pro"}),
                ResponseFilter(since=at, until=at + timedelta(minutes=4))):
        assert await metrics._from_activity(org.id, flt, zone, Interval.DAY) is None
    within = await metrics.compute_metrics(organization_id=org.id, timezone="UTC", interval=None,
                                           flt=ResponseFilter(since=at, until=at + timedelta(minutes=4)))
    assert within.responses == 1 and within.nps is not None and within.nps.promoters == 1


async def test_the_migration_counts_the_rows_already_stored(fresh_url: str, tmp_path: Path) -> None:
    migrate.upgrade(fresh_url, "0005")
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(Settings(database_url=fresh_url, data_dir=tmp_path)))
        org = await get_or_create_organization(name="Before")
        # Written as revision 0005 wrote it; the model (which has later columns) only names the row.
        pk = await survey_before_purpose(organization_id=org.id, name="old", kind="nps")
        survey = Survey.construct(_saved_in_db=True, id=pk, organization_id=org.id)
        for i, score in enumerate((10, 9, 7, 1, None)):
            await _response(survey, f"b{i}", score=score, at=NOW - timedelta(days=i, minutes=3 * i))
        await Display.create(organization_id=org.id, survey=survey, channel=Channel.WIDGET, created_at=NOW)
        expected = await _recount()
    migrate.upgrade(fresh_url)
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(Settings(database_url=fresh_url, data_dir=tmp_path)))
        assert await _activity() == expected
        await _response(survey, "after", score=8, at=NOW)  # and the triggers count from then on
        assert await _activity() == await _recount()
        assert (await db().execute_query_dict("SELECT count(*) AS n FROM survey_activity"))[0]["n"] == len(expected)
