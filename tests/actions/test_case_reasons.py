"""Why a rule opened a response's case (Case.reason, Case.reason_detail): the rule, the value that matched,
the threshold, and whether the answer's arrival or a sentiment rescoring put it to the rule."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from actions import alert_messages, case_flows, cases, rules
from actions.audit import Actor
from actions.models import Case
from core.models import Organization
from surveys.models import SurveyKind
from tests.support.cases import respond, survey_of


@pytest.mark.parametrize(("kind", "score", "threshold"), [
    (SurveyKind.NPS, 3, {"nps_max": 6}), (SurveyKind.CSAT, 2, {"csat_max": 2}), (SurveyKind.CES, 6, {"ces_min": 5}),
])
async def test_the_score_rule_says_which_score_met_which_threshold(
    org: Organization, kind: SurveyKind, score: int, threshold: dict[str, int],
) -> None:
    survey = await survey_of(org, kind)
    case = await cases.evaluate_response(response_id=(await respond(survey, score)).id)
    assert case is not None
    stored = await Case.get(id=case.id)
    assert (stored.reason, stored.reason_detail) == ("score", {"survey_kind": kind.name, "score": score, **threshold})


async def test_a_survey_s_own_threshold_is_the_one_recorded(org: Organization) -> None:
    survey = await survey_of(org)
    await rules.set_case_rule(organization=org, survey_id=survey.id, changes={"nps_max": 8})
    case = await cases.evaluate_response(response_id=(await respond(survey, 8)).id)
    assert case is not None and case.reason_detail == {"survey_kind": "NPS", "score": 8, "nps_max": 8}


async def test_the_sentiment_rule_records_the_sentiment_and_whether_a_rescoring_opened_it(org: Organization) -> None:
    survey = await survey_of(org)
    await rules.set_case_rule(organization=org, survey_id=None, changes={"sentiment_max": -0.5})
    on_arrival = await respond(survey, 10, who="arrival", comment="今天的土豆丝卷太酸了")
    case = await cases.evaluate_sentiment(response_id=on_arrival.id, sentiment=-0.99)
    assert case is not None
    assert (case.reason, case.reason_detail) == ("sentiment", {"sentiment": -0.99, "sentiment_max": -0.5})
    # The queue task hears "rescored" from the event a rescoring writes (core.events.ResponseAnalysed).
    later = await respond(survey, 10, who="rescored", comment="以后不敢再点了")
    await case_flows.open_from_sentiment(response_id=later.id, sentiment=-0.97, rescored=True)
    rescored = await Case.get(response_id=later.id)
    submitted = datetime.fromisoformat(rescored.reason_detail["submitted_at"])  # type: ignore[index]
    assert submitted == later.submitted_at.astimezone(UTC)
    assert rescored.reason_detail == {"sentiment": -0.97, "sentiment_max": -0.5, "rescored": True,
                                      "submitted_at": submitted.isoformat()}


async def test_a_case_opened_by_hand_has_no_rule_reason(org: Organization) -> None:
    response = await respond(await survey_of(org), 9)
    case = await cases.open_case(organization_id=org.id, response_id=response.id, actor=Actor("user:1"))
    assert (case.source, case.reason, case.reason_detail) == ("manual", None, None)


async def test_a_team_alert_says_a_comment_opened_the_case_not_a_warning_s_reason(org: Organization) -> None:
    survey = await survey_of(org)
    response = await respond(survey, 10, comment="今天的土豆丝卷太酸了，以后不敢再点了")
    case = await cases.evaluate_sentiment(response_id=response.id, sentiment=-0.99)
    assert case is not None
    said = await alert_messages.render(name="case.created", organization_id=org.id, payload={"case_id": case.id},
                                       locales={"zh-CN", "en"}, base_url="http://voc.example")
    assert said is not None
    assert "评论情感: −0.99" in said["zh-CN"]["lines"] and "Comment sentiment: −0.99" in said["en"]["lines"]
    assert not any(line.startswith(("原因", "客户", "Reason", "Account")) for line in said["zh-CN"]["lines"]
                   + said["en"]["lines"])
