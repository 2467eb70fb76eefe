"""segment_activity (answers per survey, hour, attribute and value, kept by triggers) always equals a
recount of the rows, whatever wrote them; and `attributes` / `segments` read from it equal those read
from every answer, for windows on and off the hour."""

from __future__ import annotations

import asyncio
import json
import random
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tortoise.context import TortoiseContext

from core import migrate
from core.db import db, tortoise_config
from core.models import Organization
from core.service import get_or_create_organization
from core.settings import Settings
from surveys import segments, service, windows
from surveys.filters import ResponseFilter
from surveys.models import NpsCategory, Response, SegmentActivity, Survey, SurveyKind, SurveyStatus
from surveys.respondents import RespondentData
from tests.support.old_rows import survey_before_purpose

COUNTS = ("responses", "promoters", "passives", "detractors")
NOW = datetime.now(UTC).replace(minute=20, second=0, microsecond=0)
VALUES: list[Any] = ["pro", "free", "企业版", "", True, False, 3, 2.5, None]


async def _survey(org: Organization, name: str) -> Survey:
    survey = await service.create_survey(organization=org, name=name, kind=SurveyKind.NPS, locale=None,
                                         changes=service.SurveyChanges())
    return await service.transition_survey(organization=org, survey_id=survey.id, to=SurveyStatus.ACTIVE)


def _category(score: int | None) -> NpsCategory | None:
    if score is None:
        return None
    return NpsCategory.PROMOTER if score >= 9 else NpsCategory.PASSIVE if score >= 7 else NpsCategory.DETRACTOR


async def _response(survey: Survey, key: str, *, score: int | None, at: datetime,
                    attributes: dict[str, Any] | None) -> Response:
    return await Response.create(organization_id=survey.organization_id, survey=survey, idempotency_key=key,
                                 payload_hash="h", score=score, nps_category=_category(score), submitted_at=at,
                                 attributes=attributes)


def _text(value: Any) -> str | None:
    """What the attributes filter compares: JSON's text of the value."""
    return None if value is None else json.dumps(value) if isinstance(value, bool) else str(value)


async def _recount() -> dict[tuple[Any, ...], dict[str, int]]:
    """What segment_activity must hold, counted from the rows in Python."""
    expected: dict[tuple[Any, ...], Counter[str]] = {}
    for r in await Response.all():
        for name, value in (r.attributes or {}).items():
            text = _text(value)
            c = expected.setdefault((r.survey_id, int(r.submitted_at.timestamp()) // 3600, name,
                                     int(text is not None), text or ""), Counter())
            c["responses"] += 1
            c[f"{r.nps_category.value}s" if r.nps_category else "none"] += 1
    return {key: {name: c[name] for name in COUNTS} for key, c in expected.items()}


async def _activity() -> dict[tuple[Any, ...], dict[str, int]]:
    return {(a.survey_id, a.hour, a.name, a.valued, a.value): {name: getattr(a, name) for name in COUNTS}
            for a in await SegmentActivity.all() if any(getattr(a, name) for name in COUNTS)}


async def test_counts_follow_every_kind_of_write(org: Organization) -> None:
    one, two = await _survey(org, "one"), await _survey(org, "two")
    # The public path (one shared statement per batch on PostgreSQL), concurrently.
    await asyncio.gather(*[service.submit_response(
        submission=service.Submission(
            token=one.token, idempotency_key=f"public-{i:03}", score=i % 11,
            respondent=RespondentData(external_id=f"p{i}", attributes={"plan": VALUES[i % 4], "seats": i % 3})),
        caller=service.Caller()) for i in range(24)])
    # The ORM, in other hours and surveys; every kind of value, none at all, and a JSON null.
    old = await _response(two, "old", score=3, at=NOW - timedelta(days=3, minutes=7),
                          attributes={"plan": "pro", "vip": True, "ratio": 2.5})
    for i, value in enumerate(VALUES):
        await _response(two, f"v{i}", score=None if i % 4 == 0 else i, at=NOW - timedelta(hours=i),
                        attributes={"plan": value, "城市": "上海"} if i % 3 else None)
    assert len(await _activity()) > 15 and await _activity() == await _recount()

    # A partial completed with another score, moved to another hour and given other attributes; one
    # bulk update; an erasure's clearing of the attributes; a delete.
    await Response.filter(id=old.id).update(score=10, nps_category=NpsCategory.PROMOTER,
                                            submitted_at=NOW - timedelta(days=1), attributes={"plan": "free"})
    await Response.filter(survey_id=one.id, score=0).update(score=None, nps_category=None)
    await Response.filter(idempotency_key="public-005").update(attributes=None)
    await Response.filter(idempotency_key="public-004").delete()
    assert await _activity() == await _recount()
    # No row is left that no answer counts: an erased value (a phone number ...) leaves no trace here.
    assert not await SegmentActivity.filter(responses=0).exists()

    # A survey deleted: its answers and its counts go together, and nothing else changes.
    kept = {key: value for key, value in (await _recount()).items() if key[0] == one.id}
    await Survey.filter(id=two.id).delete()
    assert await _activity() == kept == await _recount()


async def test_segments_from_the_hours_equal_segments_from_the_rows(
    org: Organization, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(7)
    surveys = [await _survey(org, "a"), await _survey(org, "b")]
    for i in range(300):
        attributes = {name: rng.choice(VALUES) for name in rng.sample(["plan", "city", "vip", "seats"], rng.randint(0, 3))}
        await _response(rng.choice(surveys), f"r{i}", score=rng.choice([None, *range(11)]),
                        at=NOW - timedelta(seconds=rng.randint(0, 20 * 86400)), attributes=attributes or None)
    spans: list[tuple[datetime | None, datetime | None]] = [
        (None, None), (NOW - timedelta(days=7, seconds=7), None), (None, NOW - timedelta(days=2, minutes=4)),
        (NOW - timedelta(days=15, minutes=1), NOW - timedelta(days=1, seconds=30)),
        (NOW.replace(minute=0) - timedelta(days=10), NOW.replace(minute=0)),  # on the hour
        (NOW - timedelta(minutes=30), NOW - timedelta(minutes=10)),  # within an hour: the rows
    ]

    async def both(flt: ResponseFilter) -> list[Any]:
        return [await segments.attribute_names(organization_id=org.id, flt=flt, limit=50),
                *[await segments.segments(organization_id=org.id, flt=flt, attribute=name, limit=50)
                  for name in ("plan", "city", "vip", "seats", "absent")]]

    found = []
    for since, until in spans:
        for survey_id in (None, surveys[0].id):
            found.append(await both(ResponseFilter(survey_id=survey_id, since=since, until=until)))
    with monkeypatch.context() as patched:
        patched.setattr(windows, "by_survey_and_window", lambda flt: False)
        expected = [await both(ResponseFilter(survey_id=survey_id, since=since, until=until))
                    for since, until in spans for survey_id in (None, surveys[0].id)]
    assert found == expected
    assert sum(len(names) for names, *_ in found) > 20
    # And one figure against a recount in Python: every value, as the filter compares it.
    plans = Counter(_text(r.attributes["plan"]) for r in await Response.all()
                    if r.attributes and "plan" in r.attributes and r.attributes["plan"] is not None)
    assert {(s.value, s.responses) for s in found[0][1]} == set(plans.items())
    assert {"true", "false", "3", "2.5", "", "企业版"} <= set(plans)


async def test_the_migration_counts_the_rows_already_stored(fresh_url: str, tmp_path: Path) -> None:
    migrate.upgrade(fresh_url, "0005")
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(Settings(database_url=fresh_url, data_dir=tmp_path)))
        org = await get_or_create_organization(name="Before")
        # Written as revision 0005 wrote it; the model (which has later columns) only names the row.
        pk = await survey_before_purpose(organization_id=org.id, name="old", kind="nps")
        survey = Survey.construct(_saved_in_db=True, id=pk, organization_id=org.id)
        for i, value in enumerate(VALUES):
            await _response(survey, f"b{i}", score=i, at=NOW - timedelta(days=i, minutes=3 * i),
                            attributes={"plan": value, "n": i})
        expected = await _recount()
    migrate.upgrade(fresh_url)
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(Settings(database_url=fresh_url, data_dir=tmp_path)))
        assert await _activity() == expected
        await _response(survey, "after", score=8, at=NOW, attributes={"plan": "pro"})  # the triggers count
        assert await _activity() == await _recount()
        assert (await db().execute_query_dict("SELECT count(*) AS n FROM segment_activity"))[0]["n"] == len(expected)
