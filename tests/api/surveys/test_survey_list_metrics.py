"""The surveys list with each survey's figures (the console's SurveyList): a page costs the same few
queries however many surveys it holds, and each row's figures are those the survey has alone."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from core.models import Organization
from surveys import service
from surveys.models import Channel, Display, NpsCategory, Response, Survey, SurveyKind, SurveyStatus
from tests.support.client import GraphQL
from tests.support.sql import sql_statements

FIGURES = "responses displays responseRate rateResponses rateDisplays nps { score } csat { score } ces { average }"
LIST = f"query($first: Int) {{ surveys(first: $first) {{ edges {{ node {{ id metrics {{ {FIGURES} }} }} }} }} }}"
# The figures of one survey as compute_metrics reads them for it alone.
ALONE = f"query($id: ID!) {{ metrics(surveyId: $id) {{ {FIGURES} }} }}"
KINDS = (SurveyKind.NPS, SurveyKind.CSAT, SurveyKind.CES)
CHANNELS = (Channel.WIDGET, Channel.LINK, Channel.EMAIL, Channel.API, Channel.IMPORT)


def _category(kind: SurveyKind, score: int) -> NpsCategory | None:
    if kind is not SurveyKind.NPS:
        return None
    return NpsCategory.PROMOTER if score >= 9 else NpsCategory.PASSIVE if score >= 7 else NpsCategory.DETRACTOR


async def _surveys(org: Organization, n: int) -> list[Survey]:
    """n surveys of every kind, each with its own mix of answers (scored or not, every channel) and
    displays; every fifth has neither."""
    now = datetime.now(UTC)
    made = []
    for i in range(n):
        kind = KINDS[i % len(KINDS)]
        survey = await service.create_survey(organization=org, name=f"问卷 {i}", kind=kind, locale=None,
                                             changes=service.SurveyChanges())
        survey = await service.transition_survey(organization=org, survey_id=survey.id, to=SurveyStatus.ACTIVE)
        made.append(survey)
        if i % 5 == 4:
            continue
        top = {SurveyKind.NPS: 10, SurveyKind.CSAT: 5, SurveyKind.CES: 7}[kind]
        for j in range(i % 4 + 2):
            score = None if j == 3 else (i + j * 3) % (top + 1)
            await Response.create(organization_id=org.id, survey=survey, idempotency_key=uuid.uuid4().hex,
                                  payload_hash="h", score=score, nps_category=_category(kind, score or 0)
                                  if score is not None else None, channel=CHANNELS[(i + j) % len(CHANNELS)],
                                  submitted_at=now - timedelta(days=i, minutes=j))
        for j in range(i % 3 * 3):
            await Display.create(organization_id=org.id, survey=survey, channel=CHANNELS[j % 3])
    return made


async def test_a_page_of_surveys_costs_a_few_queries_and_each_row_has_its_own_figures(
    org: Organization, gql: GraphQL
) -> None:
    await _surveys(org, 20)
    with sql_statements() as few:
        assert len((await gql(LIST, first=2))["surveys"]["edges"]) == 2
    with sql_statements() as statements:
        listed = (await gql(LIST, first=50))["surveys"]["edges"]
    assert len(listed) == 20
    # Besides signing the key in: the page's count and rows, and the figures of all its surveys at
    # once (it was 1 + 1 + 20 before they were read together).
    reads = [s for s in statements if '"api_keys"' not in s]
    assert len(reads) == len([s for s in few if '"api_keys"' not in s]) == 3, reads
    assert len([s for s in reads if "survey_activity" in s]) == 1
    for edge in listed:
        alone = (await gql(ALONE, id=edge["node"]["id"]))["metrics"]
        assert edge["node"]["metrics"] == alone
    figures = [e["node"]["metrics"] for e in listed]
    assert all(any(f[name] for f in figures) for name in ("responseRate", "nps", "csat", "ces"))
    assert any(f["responses"] == 0 for f in figures)
