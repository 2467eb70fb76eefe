"""surveys/service.py called directly: creating, changing and moving surveys through their statuses;
store_response's outcomes for a key seen before (a retry, a completion, a mismatch); the origin
check of public calls; and the honeypot's decoy, which stores nothing."""

from __future__ import annotations

from typing import Any

import pytest

from core.errors import NotFound, ValidationFailed
from core.models import Organization, OutboxEvent
from core.service import get_or_create_organization
from surveys import service
from surveys.errors import IdempotencyMismatch, InvalidTransition, OriginNotAllowed, SurveyNotActive
from surveys.models import Channel, NpsCategory, Response, Survey, SurveyKind, SurveyStatus
from surveys.respondents import RespondentData
from surveys.service import Caller, Submission, SurveyChanges

SHOP = "https://shop.example.com"


async def created(org: Organization, **changes: Any) -> Survey:
    return await service.create_survey(organization=org, name="App NPS", kind=SurveyKind.NPS, locale=None,
                                       changes=SurveyChanges(**changes))


async def active(org: Organization, **changes: Any) -> Survey:
    survey = await created(org, **changes)
    await service.transition_survey(organization=org, survey_id=survey.id, to=SurveyStatus.ACTIVE)
    return await Survey.get(id=survey.id).select_related("organization")


def submission(key: str = "answer-key-1", **fields: Any) -> Submission:
    return Submission(token="-", idempotency_key=key, **{"score": 9, **fields})


async def stored(survey: Survey, key: str = "answer-key-1", **fields: Any) -> Response:
    return await service.store_response(survey=survey, submission=submission(key, **fields))


async def announcements() -> list[dict[str, Any]]:
    return [e.payload for e in await OutboxEvent.filter(topic="response.submitted").order_by("id")]


# --- management ---------------------------------------------------------------------------------


async def test_a_new_survey_is_a_draft_with_the_default_distribution(org: Organization) -> None:
    survey = await service.create_survey(organization=org, name="  App NPS ", kind=SurveyKind.NPS, locale=None,
                                         changes=SurveyChanges(allowed_origins=[f"{SHOP.upper()}/", SHOP,
                                                                                "http://localhost:8080"]))
    assert (survey.name, survey.status, survey.locale, survey.published_at) == ("App NPS", SurveyStatus.DRAFT,
                                                                                 "zh-CN", None)
    assert (survey.sample_rate, survey.recontact_days, survey.display_limit) == (1.0, 30, 3)
    assert survey.allowed_origins == ["http://localhost:8080", SHOP]  # lower case, once each, sorted
    assert survey.definition["main"]["text"] == "您向朋友或同事推荐我们的可能性有多大？"
    assert len(survey.token) == 24 and survey.token != (await created(org)).token


@pytest.mark.parametrize(("changes", "field"), [
    ({"allowed_origins": ["shop.example.com"]}, "allowedOrigins"),
    ({"allowed_origins": [f"{SHOP}/checkout"]}, "allowedOrigins"),
    ({"sample_rate": 1.5}, "sampleRate"),
    ({"recontact_days": -1}, "recontactDays"),
    ({"display_limit": 0}, "displayLimit"),
    ({"question": " "}, "question"),
])
async def test_a_refused_survey_is_not_stored(org: Organization, changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        await created(org, **changes)
    assert refused.value.field == field
    assert await Survey.all().count() == 0


async def test_name_and_locale_are_checked(org: Organization) -> None:
    for name, locale, field in [("", None, "name"), ("x" * 201, None, "name"), ("NPS", "fr", "locale")]:
        with pytest.raises(ValidationFailed) as refused:
            await service.create_survey(organization=org, name=name, kind=SurveyKind.NPS, locale=locale,
                                        changes=SurveyChanges())
        assert refused.value.field == field


async def test_an_update_changes_only_what_it_names_and_a_refused_one_nothing(org: Organization) -> None:
    survey = await created(org, question="推荐吗？", recontact_days=7)
    changed = await service.update_survey(organization=org, survey_id=survey.id,
                                          changes=SurveyChanges(name="新名字", sample_rate=0.5))
    assert (changed.name, changed.sample_rate, changed.recontact_days) == ("新名字", 0.5, 7)
    assert changed.definition["main"]["text"] == "推荐吗？"
    with pytest.raises(ValidationFailed):
        await service.update_survey(organization=org, survey_id=survey.id,
                                    changes=SurveyChanges(name="再改", recontact_days=4000))
    again = await Survey.get(id=survey.id)
    assert (again.name, again.recontact_days) == ("新名字", 7)


async def test_the_status_table(org: Organization) -> None:
    survey = await created(org)

    async def to(status: SurveyStatus) -> Survey:
        return await service.transition_survey(organization=org, survey_id=survey.id, to=status)

    with pytest.raises(InvalidTransition) as refused:
        await to(SurveyStatus.PAUSED)
    assert refused.value.message == "a DRAFT survey cannot become PAUSED (allowed: ACTIVE, ARCHIVED)"
    published = (await to(SurveyStatus.ACTIVE)).published_at
    assert published is not None
    assert (await to(SurveyStatus.ACTIVE)).published_at == published  # already there: nothing happens
    assert (await to(SurveyStatus.PAUSED)).status == SurveyStatus.PAUSED
    assert (await to(SurveyStatus.ACTIVE)).published_at == published  # published once
    with pytest.raises(InvalidTransition):
        await to(SurveyStatus.DRAFT)
    assert (await to(SurveyStatus.ARCHIVED)).status == SurveyStatus.ARCHIVED
    with pytest.raises(InvalidTransition) as refused:
        await to(SurveyStatus.ACTIVE)
    assert refused.value.message == "a ARCHIVED survey cannot become ACTIVE (allowed: none)"
    with pytest.raises(InvalidTransition) as refused:
        await service.update_survey(organization=org, survey_id=survey.id, changes=SurveyChanges(name="x"))
    assert refused.value.message == "an archived survey cannot be changed"


async def test_another_organisations_survey_is_not_found(org: Organization) -> None:
    survey = await created(org)
    other = await get_or_create_organization(name="Other")
    for call in (service.get_survey(organization=other, survey_id=survey.id),
                 service.transition_survey(organization=other, survey_id=survey.id, to=SurveyStatus.ACTIVE),
                 service.update_survey(organization=other, survey_id=survey.id, changes=SurveyChanges(name="x"))):
        with pytest.raises(NotFound):
            await call
    assert (await Survey.get(id=survey.id)).status == SurveyStatus.DRAFT


# --- store_response: one answer per key ---------------------------------------------------------


async def test_the_same_payload_again_is_the_same_response(org: Organization) -> None:
    survey = await active(org)
    first = await stored(survey, score=3, comment=" 太慢了 ")
    assert (first.score, first.nps_category, first.comment, first.completed) == (3, NpsCategory.DETRACTOR, "太慢了",
                                                                                  True)
    again = await stored(survey, score=3, comment="太慢了")  # trimmed, it is the same payload
    assert again.id == first.id
    assert await Response.all().count() == 1
    assert await announcements() == [{"response_id": first.id, "survey_id": survey.id, "completed": True}]


async def test_a_partial_answer_is_completed_under_its_key(org: Organization) -> None:
    survey = await active(org)
    partial = await stored(survey, score=6, completed=False)
    done = await stored(survey, score=6, comment="客服态度很好", completed=True)
    assert done.id == partial.id
    row = await Response.get(id=partial.id)
    assert (row.completed, row.comment, await Response.all().count()) == (True, "客服态度很好", 1)
    assert await announcements() == [{"response_id": partial.id, "survey_id": survey.id, "completed": False},
                                     {"response_id": partial.id, "survey_id": survey.id, "completed": True}]
    # A late retry of the partial changes nothing; another completed payload is a mismatch.
    assert (await stored(survey, score=6, completed=False)).id == partial.id
    with pytest.raises(IdempotencyMismatch) as refused:
        await stored(survey, score=10, comment="很好")
    assert refused.value.field == "idempotencyKey"
    assert refused.value.message == "this idempotency key was already used for a different completed response"
    row = await Response.get(id=partial.id)
    assert (row.score, row.comment, row.completed) == (6, "客服态度很好", True)
    assert len(await announcements()) == 2


async def test_a_key_is_one_respondents(org: Organization) -> None:
    survey = await active(org)
    await stored(survey, score=9, completed=False, respondent=RespondentData(external_id="u-1"))
    with pytest.raises(IdempotencyMismatch) as refused:
        await stored(survey, score=9, respondent=RespondentData(external_id="u-2"))
    assert refused.value.message == "this idempotency key was used by another respondent"
    assert (await Response.get(idempotency_key="answer-key-1")).completed is False


async def test_a_refused_submission_stores_nothing(org: Organization) -> None:
    survey = await active(org)
    refusals: list[tuple[str, dict[str, Any], str]] = [
        ("short", {}, "idempotencyKey"), ("answer-key-2", {"score": 11}, "score"),
        ("answer-key-3", {"page_url": "java\tscript:alert(1)"}, "pageUrl"), ("answer-key-4", {"locale": "de"}, "locale")]
    for key, fields, field in refusals:
        with pytest.raises(ValidationFailed) as refused:
            await stored(survey, key, **fields)
        assert refused.value.field == field
    assert await Response.all().count() == 0 and await announcements() == []


# --- the public surface -------------------------------------------------------------------------


async def test_the_origin_check(org: Organization) -> None:
    survey = await active(org, allowed_origins=[SHOP])

    async def from_(**caller: Any) -> Survey:
        return await service.active_survey(token=survey.token, caller=Caller(**caller))

    assert (await from_(origin=f"{SHOP.upper()}/")).id == survey.id
    assert (await from_(origin="https://voc.example", own_origin="https://voc.example")).id == survey.id  # hosted
    assert (await from_(api_organization_id=org.id)).id == survey.id  # its organisation's server, no Origin
    other = await get_or_create_organization(name="Other")
    for caller in ({"origin": "https://shop.example.com.evil.io"}, {}, {"api_organization_id": other.id}):
        with pytest.raises(OriginNotAllowed) as refused:
            await from_(**caller)
        assert refused.value.field == "token"
    anywhere = await active(org)
    assert (await service.active_survey(token=anywhere.token, caller=Caller(origin="https://any.example"))).id \
        == anywhere.id  # no allowed origins: any page may embed it


async def test_only_an_active_survey_takes_answers(org: Organization) -> None:
    draft = await created(org)
    paused = await active(org)
    await service.transition_survey(organization=org, survey_id=paused.id, to=SurveyStatus.PAUSED)
    for token in (draft.token, paused.token, "no-such-token", "x" * 65):
        with pytest.raises(SurveyNotActive):
            await service.submit_response(submission=Submission(token=token, idempotency_key="answer-key-1", score=9),
                                          caller=Caller())
    assert await Response.all().count() == 0


async def test_a_filled_honeypot_gets_a_decoy_and_nothing_is_stored(org: Organization) -> None:
    survey = await active(org)

    async def bot(key: str, **fields: Any) -> Response:
        return await service.submit_response(caller=Caller(), submission=Submission(
            token=survey.token, idempotency_key=key, honeypot="http://spam.example", channel=Channel.LINK,
            **{"score": 10, **fields}))

    decoy = await bot("bot-key-0001", comment="点击领取")
    assert decoy.id > 0 and (decoy.score, decoy.comment, decoy.survey_id) == (10, "点击领取", survey.id)
    assert (await bot("bot-key-0001", comment="点击领取")).id == decoy.id  # a retry sees the same id
    assert (await bot("bot-key-0002")).id != decoy.id
    with pytest.raises(ValidationFailed):  # refused like any submission: the bot learns nothing
        await bot("bot-key-0003", score=11)
    assert await Response.all().count() == 0 and await announcements() == []
