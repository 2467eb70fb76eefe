"""Concurrent new responses are stored together on PostgreSQL (surveys/inserts.py), each exactly once
with its own outbox event; the same calls on SQLite go one by one and must answer the same."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest

from core.batching import Distinct
from core.db import dialect
from core.models import Organization, OutboxEvent
from surveys import inserts, service
from surveys.errors import IdempotencyMismatch
from surveys.models import Channel, Display, Response, Survey, SurveyKind, SurveyStatus
from surveys.respondents import RespondentData


async def _survey(org: Organization) -> Survey:
    survey = await service.create_survey(organization=org, name="NPS", kind=SurveyKind.NPS, locale=None,
                                         changes=service.SurveyChanges())
    return await service.transition_survey(organization=org, survey_id=survey.id, to=SurveyStatus.ACTIVE)


def _submit(survey: Survey, key: str, score: int = 7, comment: str | None = "还行") -> asyncio.Future[Response]:
    submission = service.Submission(token=survey.token, idempotency_key=key, score=score, comment=comment)
    return asyncio.ensure_future(service.submit_response(submission=submission, caller=service.Caller()))


@pytest.fixture
def batch_sizes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    sizes: list[int] = []
    together = inserts._insert_together

    async def recording(items: Sequence[Distinct[Response]]) -> dict[Distinct[Response], inserts.Outcome]:
        sizes.append(len(items))
        return await together(items)

    monkeypatch.setattr(inserts, "_insert_together", recording)
    return sizes


async def test_concurrent_submissions_share_statements_and_each_gets_its_row_and_event(
    org: Organization, batch_sizes: list[int]
) -> None:
    survey = await _survey(org)
    stored = await asyncio.gather(*[_submit(survey, f"together-{i:03}", score=i % 11) for i in range(40)])

    assert len({r.id for r in stored}) == 40 and all(r._saved_in_db for r in stored)
    rows = {r.idempotency_key: r for r in await Response.filter(survey_id=survey.id)}
    assert {key: (r.id, r.score) for key, r in rows.items()} == {
        r.idempotency_key: (r.id, r.score) for r in stored}
    events = await OutboxEvent.filter(topic="response.submitted")
    assert sorted(e.payload["response_id"] for e in events) == sorted(r.id for r in stored)
    assert all(e.payload == {"response_id": e.payload["response_id"], "survey_id": survey.id, "completed": True}
               for e in events)
    if dialect() == "postgres":  # 40 calls, far fewer statements
        assert sum(batch_sizes) == 40 and max(batch_sizes) > 1


async def test_a_key_twice_in_one_batch_is_a_retry_or_a_mismatch(org: Organization) -> None:
    survey = await _survey(org)
    same, retry, other = _submit(survey, "twice-key-1"), _submit(survey, "twice-key-1"), \
        _submit(survey, "twice-key-1", score=1, comment="不一样")
    first, second = await asyncio.gather(same, retry)
    assert first.id == second.id
    with pytest.raises(IdempotencyMismatch):
        await other
    assert await Response.filter(survey_id=survey.id).count() == 1
    assert await OutboxEvent.filter(topic="response.submitted").count() == 1


async def test_a_row_the_database_refuses_fails_alone(org: Organization, batch_sizes: list[int]) -> None:
    survey = await _survey(org)
    # NUL passes the service's checks (the HTTP layer refuses it earlier) and PostgreSQL refuses it. The
    # first calls run alone (nothing in flight yet); the bad one goes in a batch with the later ones.
    good = [f"good-key-{i:02}" for i in range(6)]
    calls = [_submit(survey, key) for key in good[:4]]
    calls += [_submit(survey, "bad-key-001", comment="坏\x00数据"), *(_submit(survey, key) for key in good[4:])]
    outcomes = await asyncio.gather(*calls, return_exceptions=True)
    bad = outcomes.pop(4)
    assert all(isinstance(outcome, Response) for outcome in outcomes)
    keys = {r.idempotency_key for r in await Response.filter(survey_id=survey.id)}
    if dialect() == "postgres":
        assert isinstance(bad, Exception)
        assert keys == set(good)
        assert await OutboxEvent.filter(topic="response.submitted").count() == 6
        assert max(batch_sizes) > 1  # tried together first, then row by row
    else:
        assert keys == {*good, "bad-key-001"}


async def test_concurrent_displays_each_get_their_own_stored_row(org: Organization) -> None:
    survey = await _survey(org)
    channels = [Channel.WIDGET, Channel.EMAIL, Channel.LINK]

    async def show(n: int) -> Display:
        return await service.record_display(token=survey.token, respondent=RespondentData(external_id=f"v-{n}"),
                                            caller=service.Caller(), channel=channels[n % 3])

    shown = await asyncio.gather(*[show(n) for n in range(30)])
    assert len({d.id for d in shown}) == 30 and all(d._saved_in_db for d in shown)
    stored = {d.id: d for d in await Display.filter(survey_id=survey.id).prefetch_related("respondent")}
    for n, display in enumerate(shown):  # each caller's id is its own row, not a neighbour's
        row = stored[display.id]
        assert row.respondent is not None
        assert (row.respondent.external_id, row.channel) == (f"v-{n}", channels[n % 3])
        assert row.created_at == display.created_at
