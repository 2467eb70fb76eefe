"""The server decides whether to show a survey; rate limits answer RATE_LIMITED with HTTP 429."""

from __future__ import annotations

from core.models import Organization, Role
from core.service import create_api_key
from core.settings import Settings
from surveys.models import Display, Response
from tests.support.client import GraphQL, app_client
from tests.support.ops import DISPLAY, FOR_RESPONDENT, SUBMIT, UPDATE_SURVEY, active_survey, submit


async def test_recontact_window_and_display_limit(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql, displayLimit=2, recontactDays=30)
    me = {"externalId": "user-42"}

    async def should_display() -> bool:
        served = (await public(FOR_RESPONDENT, token=survey["token"], respondent=me))["surveyForRespondent"]
        return bool(served["shouldDisplay"])

    assert await should_display()
    await public(DISPLAY, token=survey["token"], respondent=me)
    assert await should_display()
    await public(DISPLAY, token=survey["token"], respondent=me)
    assert not await should_display()  # shown twice: the display limit says no

    other = await active_survey(gql, name="other", recontactDays=30)
    served = (await public(FOR_RESPONDENT, token=other["token"], respondent=me))["surveyForRespondent"]
    assert served["shouldDisplay"] is True
    await submit(public, other["token"], "recontact-1", score=9, respondent=me)
    served = (await public(FOR_RESPONDENT, token=other["token"], respondent=me))["surveyForRespondent"]
    assert served["shouldDisplay"] is False  # answered within the recontact window
    # Someone else still sees it.
    someone = (await public(FOR_RESPONDENT, token=other["token"], respondent={"externalId": "u-7"}))
    assert someone["surveyForRespondent"]["shouldDisplay"] is True


async def test_sample_rate_is_decided_by_the_server_and_stable(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql, sampleRate=0.5)
    seen = []
    for i in range(40):
        me = {"externalId": f"sampled-{i}"}
        first = (await public(FOR_RESPONDENT, token=survey["token"], respondent=me))["surveyForRespondent"]
        again = (await public(FOR_RESPONDENT, token=survey["token"], respondent=me))["surveyForRespondent"]
        assert first["shouldDisplay"] == again["shouldDisplay"]
        seen.append(first["shouldDisplay"])
    assert 5 < sum(seen) < 35
    await gql(UPDATE_SURVEY, id=survey["id"], input={"sampleRate": 0.0})
    nobody = (await public(FOR_RESPONDENT, token=survey["token"], respondent={"externalId": "x"}))
    assert nobody["surveyForRespondent"]["shouldDisplay"] is False


async def test_rate_limit_per_ip_answers_429(app_settings: Settings, gql: GraphQL) -> None:
    survey = await active_survey(gql)
    limited = app_settings.model_copy(update={"rate_limit_per_ip": "3/minute"})
    async with app_client(limited) as client:
        anonymous = GraphQL(client)
        for i in range(3):
            assert (await submit(anonymous, survey["token"], f"rate-key-{i:03d}", score=8))["errors"] == []
        response = await anonymous.raw(SUBMIT, input={"token": survey["token"], "idempotencyKey": "rate-key-999",
                                                      "score": 8})
        assert response.status_code == 429
        payload = response.json()["data"]["submitResponse"]
        assert payload["response"] is None and payload["errors"][0]["code"] == "RATE_LIMITED"
        query = await anonymous.raw(FOR_RESPONDENT, token=survey["token"])
        assert query.status_code == 429
        assert query.json()["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    assert await Response.all().count() == 3


async def test_calls_with_an_api_key_are_limited_per_key(
    app_settings: Settings, gql: GraphQL, org: Organization
) -> None:
    survey = await active_survey(gql)
    limited = app_settings.model_copy(update={"rate_limit_per_ip": "2/minute", "rate_limit_per_api_key": "4/minute"})
    _, raw = await create_api_key(organization=org, role=Role.AGENT, name="crm integration")
    async with app_client(limited) as client:
        integration = GraphQL(client, raw)
        results = [await submit(integration, survey["token"], f"key-limit-{i:03d}", score=6) for i in range(5)]
        assert [bool(r["errors"]) for r in results] == [False, False, False, False, True]
        assert results[-1]["errors"][0]["code"] == "RATE_LIMITED"


async def test_rate_limit_per_survey(app_settings: Settings, gql: GraphQL) -> None:
    survey = await active_survey(gql)
    limited = app_settings.model_copy(update={"rate_limit_per_survey": "2/minute"})
    async with app_client(limited) as client:
        anonymous = GraphQL(client)
        for _ in range(2):
            assert (await anonymous(DISPLAY, token=survey["token"]))["recordDisplay"]["ok"]
        third = (await anonymous(DISPLAY, token=survey["token"]))["recordDisplay"]
        assert third["errors"][0]["code"] == "RATE_LIMITED"
    assert await Display.all().count() == 2


async def test_respondents_do_not_see_distribution_settings(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql, allowedOrigins=[], sampleRate=1.0)
    query = """mutation($input: SubmitResponseInput!) { submitResponse(input: $input) {
      response { id survey { name kind allowedOrigins } } errors { code } } }"""
    body = (await public.raw(query, input={"token": survey["token"], "idempotencyKey": "settings-01",
                                           "score": 9})).json()
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert body["errors"][0]["path"][-1] == "allowedOrigins"
    owner = (await gql("{ surveys { edges { node { allowedOrigins sampleRate recontactDays } } } }"))
    assert owner["surveys"]["edges"][0]["node"]["sampleRate"] == 1.0
