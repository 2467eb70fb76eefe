"""A stored response is the row the ORM would store, returned as a query would load it.

On PostgreSQL the response and its outbox event are written by one hand-written statement whose
values go through the model's fields (surveys/inserts.py); elsewhere by the ORM in a transaction
(surveys/writes.py). Either way the row must equal what Response.create stores for the same
values, the returned instance what a query loads, and the event the one core.events defines."""

from __future__ import annotations

from typing import Any

from core.models import Organization, OutboxEvent
from surveys import service
from surveys.models import Channel, Response, SurveyKind, SurveyStatus
from surveys.respondents import RespondentData

SKIP = {"id", "idempotency_key", "updated_at", "submitted_at"}


def columns(response: Response) -> dict[str, Any]:
    return {name: getattr(response, name) for name in Response._meta.db_fields}


async def test_the_stored_row_is_the_orms_and_the_returned_instance_what_a_query_loads(org: Organization) -> None:
    survey = await service.create_survey(organization=org, name="NPS", kind=SurveyKind.NPS, locale=None,
                                         changes=service.SurveyChanges())
    survey = await service.transition_survey(organization=org, survey_id=survey.id, to=SurveyStatus.ACTIVE)
    submission = service.Submission(
        token=survey.token, idempotency_key="stored-row-0001", score=3, comment="  物流太慢了  ", completed=True,
        respondent=RespondentData(external_id="u-1", attributes={"plan": "pro", "城市": "上海", "seats": 12}),
        locale="zh-CN", page_url="https://shop.example.com/checkout?x=1", channel=Channel.EMAIL,
    )
    stored = await service.submit_response(submission=submission, caller=service.Caller())

    loaded = await Response.get(id=stored.id)
    assert columns(stored) == columns(loaded)
    assert stored._saved_in_db and stored.respondent_id is not None
    assert loaded.comment == "物流太慢了" and loaded.nps_category == "detractor" and loaded.channel == Channel.EMAIL
    assert loaded.attributes == {"plan": "pro", "城市": "上海", "seats": 12}

    # The same values through the ORM, under another key.
    values = {name: getattr(loaded, name) for name in Response._meta.db_fields if name != "id"}
    by_orm = await Response.create(**{**values, "idempotency_key": "stored-row-0002"})
    reference = columns(await Response.get(id=by_orm.id))
    assert {k: v for k, v in columns(loaded).items() if k not in SKIP} == {
        k: v for k, v in reference.items() if k not in SKIP}
    assert loaded.updated_at is not None and loaded.submitted_at is not None

    events = await OutboxEvent.filter(topic="response.submitted").all()
    assert len(events) == 1
    assert events[0].payload == {"response_id": stored.id, "survey_id": survey.id, "completed": True}
    assert events[0].organization_id == org.id and events[0].created_at is not None
