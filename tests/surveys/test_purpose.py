"""System surveys: the re-survey is one by its purpose, not its name; `surveys` lists system surveys
only when asked; /demo never shows one; revision 0008 tells the stored ones apart."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from tortoise import connections
from tortoise.context import TortoiseContext
from tortoise.transactions import in_transaction

from actions import cases, resurvey
from actions.models import CaseStatus
from api.ids import encode_id
from core import migrate
from core.db import tortoise_config
from core.models import Organization
from core.service import get_or_create_organization
from core.settings import Settings
from surveys import definitions, listing
from surveys.models import Survey, SurveyKind, SurveyPurpose
from tests.support.cases import AGENT, opened, put_in, respond, survey_of, user_of
from tests.support.client import GraphQL
from tests.support.old_rows import survey_before_purpose
from tests.support.ops import active_survey, submit

SURVEYS = """query($system: Boolean) {
  surveys(includeSystem: $system, first: 50) { totalCount edges { node { name kind purpose token } } }
}"""


async def resolve_a_case(org: Organization, survey: Survey | None = None) -> Survey:
    """Resolve a case the way an agent does; returns the organisation's re-survey it issued."""
    case = await opened(org, survey=survey)
    await put_in(case, CaseStatus.IN_PROGRESS, await user_of(org, "小王"), datetime.now(UTC))
    case = await cases.transition(organization_id=org.id, case_id=case.id, to=CaseStatus.RESOLVED, actor=AGENT,
                                  note="ok")
    assert case.resurvey_key
    return await Survey.get(organization_id=org.id, purpose=SurveyPurpose.RESURVEY)


async def test_system_surveys_are_listed_only_when_asked(gql: GraphQL, org: Organization) -> None:
    own = await active_survey(gql)
    system = await resolve_a_case(org)
    for asked in ({}, {"system": None}, {"system": False}):
        listed = (await gql(SURVEYS, **asked))["surveys"]
        assert listed["totalCount"] == 2  # the app survey and the one resolve_a_case answered
        assert {n["node"]["purpose"] for n in listed["edges"]} == {"ORDINARY"}
        assert system.token not in {n["node"]["token"] for n in listed["edges"]}
    everything = (await gql(SURVEYS, system=True))["surveys"]
    assert everything["totalCount"] == 3
    purposes = {n["node"]["token"]: (n["node"]["purpose"], n["node"]["kind"]) for n in everything["edges"]}
    assert purposes[system.token] == ("RESURVEY", "CSAT") and purposes[own["token"]] == ("ORDINARY", "NPS")


async def test_a_users_own_survey_called_resurvey_is_an_ordinary_survey(gql: GraphQL, org: Organization) -> None:
    mine = await active_survey(gql, name=resurvey.RESURVEY_NAMES["zh-CN"], kind="CSAT")
    listed = (await gql(SURVEYS))["surveys"]["edges"]
    assert [(n["node"]["token"], n["node"]["purpose"]) for n in listed] == [(mine["token"], "ORDINARY")]
    own = await Survey.get(token=mine["token"])
    # Its unhappy answers open cases like any survey's (a re-survey's never do) ...
    assert await cases.evaluate_response(response_id=(await respond(own, 1, who="u7")).id) is not None
    # ... and the loop issues its own re-survey instead of borrowing it.
    system = await resolve_a_case(org, survey=await survey_of(org))
    assert system.id != own.id and system.name == resurvey.RESURVEY_NAMES["zh-CN"]
    assert not resurvey.is_resurvey(own) and resurvey.is_resurvey(system)


async def test_the_demo_page_never_shows_a_system_survey(client: httpx.AsyncClient, org: Organization) -> None:
    own = await survey_of(org)
    system = await resolve_a_case(org, survey=own)
    assert system.id > own.id  # the newest active survey of all
    page = await client.get("/demo")
    assert own.token in page.text and system.token not in page.text
    asked = await client.get(f"/demo?survey={system.token}")
    assert system.token not in asked.text and "No active survey" in asked.text


async def test_listing_in_the_domain_takes_the_same_choice(org: Organization) -> None:
    await resolve_a_case(org)
    own = await listing.list_surveys(organization_id=org.id, status=None, first=10, after_id=None)
    every = await listing.list_surveys(organization_id=org.id, status=None, first=10, after_id=None,
                                       include_system=True)
    assert (own.total, every.total) == (1, 2)


def _made_by_the_resurvey_path(locale: str) -> dict[str, object]:
    """The definition actions/resurvey.py wrote before revision 0008."""
    return definitions.build_definition(kind=SurveyKind.CSAT, locale=locale, question=resurvey.QUESTION[locale],
                                        extra={"followUps": [], "thankYou": resurvey.THANK_YOU[locale]})


async def test_the_migration_marks_only_the_surveys_the_resurvey_path_made(fresh_url: str, tmp_path: Path) -> None:
    migrate.upgrade(fresh_url, "0007")
    config = tortoise_config(Settings(database_url=fresh_url, data_dir=tmp_path))
    async with TortoiseContext() as ctx:
        await ctx.init(config=config)
        org = await get_or_create_organization(name="Before")
        made = {locale: await survey_before_purpose(
            organization_id=org.id, name="Re-survey", kind="csat", locale=locale, recontact_days=0,
            definition=_made_by_the_resurvey_path(locale)) for locale in ("zh-CN", "en")}
        # Named alike, but the user's own: their question, follow-ups, recontact pause; or another kind.
        users = [
            await survey_before_purpose(organization_id=org.id, name="Re-survey", kind="csat",
                                        definition=definitions.default_definition(kind=SurveyKind.CSAT,
                                                                                  locale="zh-CN")),
            await survey_before_purpose(organization_id=org.id, name="Re-survey", kind="csat", recontact_days=30,
                                        definition=_made_by_the_resurvey_path("zh-CN")),
            await survey_before_purpose(organization_id=org.id, name="Re-survey", kind="nps", recontact_days=0,
                                        definition=_made_by_the_resurvey_path("zh-CN")),
            await survey_before_purpose(organization_id=org.id, name="App NPS", kind="nps",
                                        definition=definitions.default_definition(kind=SurveyKind.NPS,
                                                                                  locale="zh-CN")),
        ]
    migrate.upgrade(fresh_url)
    async with TortoiseContext() as ctx:
        await ctx.init(config=config)
        purposes = {s.id: s.purpose for s in await Survey.all()}
        assert purposes == {**{pk: SurveyPurpose.RESURVEY for pk in made.values()},
                            **{pk: SurveyPurpose.ORDINARY for pk in users}}
        async with in_transaction():  # the loop goes on with the re-surveys it had
            assert (await resurvey.survey_for(organization_id=org.id, locale="zh-CN")).id == made["zh-CN"]
            assert (await resurvey.survey_for(organization_id=org.id, locale="en")).id == made["en"]
        assert await Survey.all().count() == len(made) + len(users)


async def test_organisation_wide_metrics_leave_system_surveys_out(gql: GraphQL, public: GraphQL, org: Organization) -> None:
    own = await active_survey(gql)
    for i, score in enumerate((10, 9, 2)):
        await submit(public, own["token"], f"own-{i:04d}", score=score)
    system = await resurvey.survey_for(organization_id=org.id, locale="zh-CN")
    for i, score in enumerate((1, 1, 5)):
        await submit(public, system.token, f"resurvey-{i:04d}", score=score)
    query = "query($id: ID) { metrics(surveyId: $id) { responses csat { score } nps { score } } }"
    everything = (await gql(query))["metrics"]
    assert everything["responses"] == 3 and everything["csat"] is None  # the re-survey's CSAT is not the org's
    asked = (await gql(query, id=encode_id("Survey", system.id)))["metrics"]
    assert asked["responses"] == 3 and asked["csat"] == {"score": 33.3333}


async def test_the_figures_say_how_many_system_answers_they_leave_out(gql: GraphQL, public: GraphQL,
                                                                       org: Organization) -> None:
    """Organisation-wide figures plus Metrics.systemResponses is what the list of responses counts, for any
    filter; with a survey asked for there is nothing left out. One query, and only when asked for."""
    own = await active_survey(gql)
    for i, score in enumerate((10, 9, 2)):
        await submit(public, own["token"], f"own-{i:04d}", score=score)
    system = await resurvey.survey_for(organization_id=org.id, locale="zh-CN")
    for i, score in enumerate((1, 5)):
        await submit(public, system.token, f"resurvey-{i:04d}", score=score)
    query = """query($id: ID, $filter: ResponseFilter) { metrics(surveyId: $id, filter: $filter) {
      responses systemResponses } responses(surveyId: $id, filter: $filter, first: 1) { totalCount } }"""

    def seen(found: dict[str, Any]) -> tuple[int, int, int]:
        return found["metrics"]["responses"], found["metrics"]["systemResponses"], found["responses"]["totalCount"]

    assert seen(await gql(query)) == (3, 2, 5)
    assert seen(await gql(query, filter={"maxScore": 2})) == (1, 1, 2)
    assert seen(await gql(query, id=encode_id("Survey", system.id))) == (2, 0, 2)
    assert seen(await gql(query, id=own["id"])) == (3, 0, 3)

    client = connections.get("default")
    original = client.execute_query_dict
    statements: list[str] = []

    async def counting(sql: str, values: list[object] | None = None) -> list[dict[str, object]]:
        statements.append(sql)
        return await original(sql, values)  # type: ignore[no-any-return]

    client.execute_query_dict = counting
    try:
        await gql("{ metrics { responses } }")
        without = len(statements)
        statements.clear()
        await gql("{ metrics { responses systemResponses } }")
    finally:
        client.execute_query_dict = original
    assert len(statements) == without + 1
