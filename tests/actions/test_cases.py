"""Follow-up cases in the domain: rules that open them, the whole transition table, reopening,
assignment refusals, the audit trail and the re-survey."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any, cast

import pytest
import time_machine

from actions import case_flows, case_reads, cases, resurvey, rules
from actions.audit import Actor
from actions.errors import CaseAlreadyOpen, InvalidAssignee, InvalidTransition
from actions.models import AuditEvent, Case, CaseRule, CaseStatus
from analysis import sentiment_store
from analysis import service as analysis
from analysis.sentiment.model import SentimentModel
from api.wiring import HANDLERS as ROUTES
from core.errors import NotFound, ValidationFailed
from core.ids import encode_id
from core.models import Organization, OutboxEvent, Role
from core.service import get_or_create_organization
from surveys.models import Channel, Response, Survey, SurveyKind, SurveyPurpose, SurveyStatus
from tests.support.cases import AGENT, opened, put_in, respond, survey_of, user_of

S = CaseStatus
NOW = datetime(2024, 5, 6, 9, tzinfo=UTC)

# The issue's table, written out again (not read from the code under test).
ALLOWED = {
    (S.NEW, S.ASSIGNED), (S.ASSIGNED, S.IN_PROGRESS),
    (S.IN_PROGRESS, S.WAITING_CUSTOMER), (S.WAITING_CUSTOMER, S.IN_PROGRESS),
    (S.IN_PROGRESS, S.RESOLVED), (S.WAITING_CUSTOMER, S.RESOLVED),
    (S.RESOLVED, S.CLOSED), (S.RESOLVED, S.IN_PROGRESS),
    (S.NEW, S.CANCELLED), (S.ASSIGNED, S.CANCELLED), (S.IN_PROGRESS, S.CANCELLED),
    (S.WAITING_CUSTOMER, S.CANCELLED),
}


async def trail(case: Case) -> list[tuple[str, str, str | None, str | None]]:
    rows = await AuditEvent.filter(subject="case", subject_id=case.id).order_by("id")
    return [(e.actor, e.kind, e.from_value, e.to_value) for e in rows]


async def outbox(*topics: str) -> list[dict[str, Any]]:
    rows = await OutboxEvent.filter(topic__in=topics).order_by("id")
    return [e.payload for e in rows]


# --- rules --------------------------------------------------------------------------------------


def test_the_case_tasks_are_routed_from_the_outbox() -> None:
    assert case_flows.OPEN_FROM_RESPONSE in ROUTES["response.submitted"]
    assert case_flows.ATTACH_RESURVEY in ROUTES["response.submitted"]
    assert case_flows.OPEN_FROM_SENTIMENT in ROUTES["response.analysed"]


@pytest.mark.parametrize(("kind", "score", "opens"), [
    (SurveyKind.NPS, 0, True), (SurveyKind.NPS, 6, True), (SurveyKind.NPS, 7, False), (SurveyKind.NPS, 10, False),
    (SurveyKind.CSAT, 1, True), (SurveyKind.CSAT, 2, True), (SurveyKind.CSAT, 3, False),
    (SurveyKind.CES, 5, True), (SurveyKind.CES, 7, True), (SurveyKind.CES, 4, False),
])
async def test_default_rules_open_cases_for_unhappy_scores(
    org: Organization, kind: SurveyKind, score: int, opens: bool
) -> None:
    survey = await survey_of(org, kind)
    response = await respond(survey, score)
    case = await cases.evaluate_response(response_id=response.id)
    assert (case is not None) == opens
    if case is not None:
        assert (case.status, case.source, case.response_id, case.survey_id) == (S.NEW, "rule", response.id, survey.id)
        assert case.open_key == f"{survey.id}:{response.respondent_id}"
        assert await trail(case) == [("rule:default", "created", None, "NEW")]
        created = await outbox("case.created")
        assert created[0]["case_id"] == case.id and created[0]["status"] == "new"


async def test_imported_history_opens_no_case_by_rule(org: Organization) -> None:
    survey = await survey_of(org)
    response = await respond(survey, 0)
    await Response.filter(id=response.id).update(channel=Channel.IMPORT)
    assert await cases.evaluate_response(response_id=response.id) is None
    assert await cases.evaluate_sentiment(response_id=response.id, sentiment=-0.95) is None
    assert await Case.all().count() == 0


async def test_a_survey_rule_overrides_the_organisation_rule_and_a_disabled_rule_opens_nothing(
    org: Organization,
) -> None:
    strict, lenient = await survey_of(org), await survey_of(org)
    org_rule = await rules.set_case_rule(organization=org, survey_id=None, changes={"nps_max": 4})
    survey_rule = await rules.set_case_rule(organization=org, survey_id=strict.id, changes={"nps_max": 8})
    assert await cases.evaluate_response(response_id=(await respond(lenient, 5, who="a")).id) is None
    by_org = await cases.evaluate_response(response_id=(await respond(lenient, 4, who="b")).id)
    by_survey = await cases.evaluate_response(response_id=(await respond(strict, 8, who="c")).id)
    assert by_org is not None and by_survey is not None
    assert (await trail(by_org))[0][0] == f"rule:{org_rule.id}"
    assert (await trail(by_survey))[0][0] == f"rule:{survey_rule.id}"
    await rules.set_case_rule(organization=org, survey_id=strict.id, changes={"enabled": False})
    assert await cases.evaluate_response(response_id=(await respond(strict, 0, who="d")).id) is None
    # A null threshold switches that condition off.
    await rules.set_case_rule(organization=org, survey_id=None, changes={"nps_max": None})
    assert await cases.evaluate_response(response_id=(await respond(lenient, 0, who="e")).id) is None


async def test_a_batch_opens_the_case_for_the_respondents_first_matching_answer(org: Organization) -> None:
    survey = await survey_of(org)
    first, later = await respond(survey, 2, who="same"), await respond(survey, 1, who="same")
    other = await respond(survey, 0, who="someone else")
    # The tasks of one queue message run concurrently and in any order; their cases open in submission order.
    opened = await asyncio.gather(*(cases.SCORE_RULE.submit(r.id) for r in (later, other, first)))
    assert [c.response_id if c else None for c in opened] == [None, other.id, first.id]
    sentiment = await respond(survey, 9, who="calm", comment="很糟糕")
    again = await asyncio.gather(cases.SENTIMENT_RULE.submit((sentiment.id, -0.9, False)),
                                 cases.SENTIMENT_RULE.submit((sentiment.id, -0.9, False)))  # a redelivery in the batch
    assert [c.response_id if c else None for c in again] == [sentiment.id, sentiment.id]
    assert await Case.filter(response_id=sentiment.id).count() == 1


async def test_rules_looked_up_together_are_the_rules_looked_up_alone(org: Organization) -> None:
    other = await get_or_create_organization(name="Rules-less Org")
    own, shared, elsewhere = await survey_of(org), await survey_of(org), await survey_of(other)
    await rules.set_case_rule(organization=org, survey_id=None, changes={"nps_max": 4})
    await rules.set_case_rule(organization=org, survey_id=own.id, changes={"nps_max": 8})
    keys = [(org.id, own.id), (org.id, shared.id), (other.id, elsewhere.id)]
    together = await rules.effective_rules(keys)
    for organization_id, survey_id in keys:
        alone = await rules.effective_rule(organization_id=organization_id, survey_id=survey_id)
        found = together[(organization_id, survey_id)]
        assert (found.id, found.organization_id, found.survey_id, found.nps_max) == (
            alone.id, alone.organization_id, alone.survey_id, alone.nps_max)
    assert together[(other.id, elsewhere.id)].id is None  # the built-in default


@pytest.mark.parametrize(("changes", "field"), [
    ({"nps_max": 11}, "npsMax"), ({"nps_max": -1}, "npsMax"), ({"csat_max": 0}, "csatMax"),
    ({"csat_max": 6}, "csatMax"), ({"ces_min": 8}, "cesMin"), ({"sentiment_max": -1.5}, "sentimentMax"),
    ({"sentiment_max": 2}, "sentimentMax"), ({"first_contact_hours": 0}, "firstContactHours"),
    ({"resolve_hours": -5}, "resolveHours"), ({"reopen_days": 400}, "reopenDays"),
    ({"first_contact_hours": None}, "firstContactHours"), ({"enabled": None}, "enabled"),
    ({"nps_max": 2.5}, "npsMax"),
])
async def test_case_rules_refuse_values_out_of_range(org: Organization, changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        await rules.set_case_rule(organization=org, survey_id=None, changes=changes)
    assert refused.value.field == field
    assert await CaseRule.all().count() == 0


async def test_a_rule_for_a_foreign_survey_is_not_found(org: Organization) -> None:
    other = await get_or_create_organization(name="别家")
    foreign = await survey_of(other)
    with pytest.raises(NotFound):
        await rules.set_case_rule(organization=org, survey_id=foreign.id, changes={"nps_max": 3})
    assert await CaseRule.all().count() == 0


async def test_set_case_rule_upserts(org: Organization) -> None:
    first = await rules.set_case_rule(organization=org, survey_id=None, changes={"nps_max": 5})
    again = await rules.set_case_rule(organization=org, survey_id=None, changes={"first_contact_hours": 4})
    assert first.id == again.id and (again.nps_max, again.first_contact_hours, again.csat_max) == (5, 4, 2)
    listed = await rules.list_case_rules(organization_id=org.id)
    assert [r.id for r in listed] == [first.id]


async def test_a_partial_detractor_opens_one_case_and_its_completion_no_second(org: Organization) -> None:
    survey = await survey_of(org)
    partial = await respond(survey, 2, key="partial-0001", completed=False)
    case = await cases.evaluate_response(response_id=partial.id)
    assert case is not None
    done = await respond(survey, 2, key="partial-0001", comment="送餐太慢", completed=True)
    assert done.id == partial.id
    for _ in range(3):  # the completion's event, and redeliveries of both
        assert await cases.evaluate_response(response_id=done.id) is None
    assert await Case.all().count() == 1
    assert len(await outbox("case.created")) == 1


async def test_one_open_case_per_respondent_and_survey(org: Organization) -> None:
    survey = await survey_of(org)
    first = await cases.evaluate_response(response_id=(await respond(survey, 1, key="again-0001")).id)
    assert first is not None
    second_response = await respond(survey, 0, key="again-0002")
    assert await cases.evaluate_response(response_id=second_response.id) is None
    with pytest.raises(CaseAlreadyOpen):
        await cases.open_case(organization_id=org.id, response_id=second_response.id, actor=AGENT)
    # Another survey, another respondent, or an anonymous response: cases of their own.
    other_survey = await survey_of(org)
    assert await cases.evaluate_response(response_id=(await respond(other_survey, 1)).id) is not None
    assert await cases.evaluate_response(response_id=(await respond(survey, 1, who="u2")).id) is not None
    anonymous = [await respond(survey, 1, who=None, key=f"anon-key-{i}") for i in range(2)]
    for response in anonymous:
        case = await cases.evaluate_response(response_id=response.id)
        assert case is not None and case.open_key == f"{survey.id}:r{response.id}"
    # Once the first case is closed, the respondent's next detractor response opens a new one.
    await cases.transition(organization_id=org.id, case_id=first.id, to=S.CANCELLED, actor=AGENT, note="duplicate")
    assert (await Case.get(id=first.id)).open_key is None
    third = await respond(survey, 2, key="again-0003")
    assert await cases.evaluate_response(response_id=third.id) is not None


async def test_concurrent_deliveries_open_one_case(org: Organization) -> None:
    import asyncio

    survey = await survey_of(org)
    response = await respond(survey, 0)
    opened_ = await asyncio.gather(*[cases.evaluate_response(response_id=response.id) for _ in range(5)])
    assert sum(c is not None for c in opened_) == 1
    assert await Case.all().count() == 1


async def test_negative_sentiment_opens_a_case_when_the_analysis_says_so(org: Organization) -> None:
    survey = await survey_of(org)
    response = await respond(survey, 9, comment="APP总是闪退，太难用了，非常失望！")
    assert await cases.evaluate_response(response_id=response.id) is None  # a promoter's score
    analysed = await analysis.analyse_response(response_id=response.id)
    assert analysed is not None and analysed.sentiment is not None and analysed.sentiment <= -0.6
    event = (await outbox("response.analysed"))[-1]
    assert event == {"response_id": response.id, "survey_id": survey.id, "sentiment": analysed.sentiment}
    case = await cases.evaluate_sentiment(response_id=response.id, sentiment=event["sentiment"])
    assert case is not None
    assert (await trail(case))[0][1] == "created"
    assert await cases.evaluate_sentiment(response_id=response.id, sentiment=-0.9) is None  # redelivery
    mild = await respond(survey, 9, who="u2", comment="还行")
    assert await cases.evaluate_sentiment(response_id=mild.id, sentiment=-0.2) is None
    await rules.set_case_rule(organization=org, survey_id=None, changes={"sentiment_max": None})
    off = await respond(survey, 9, who="u3", comment="很糟糕")
    assert await cases.evaluate_sentiment(response_id=off.id, sentiment=-0.99) is None


class _Harsher:
    """A sentiment model of its own version that finds every comment clearly negative (what an adapted
    model may find of a comment the shipped one scored mild)."""

    version = "test/harsher"

    def score_many(self, texts: list[str]) -> list[float]:
        return [-0.95 for _ in texts]


async def test_a_rescore_puts_a_recent_comment_to_the_sentiment_rule_again(org: Organization) -> None:
    survey = await survey_of(org)
    recent = await respond(survey, 9, who="recent", comment="土豆丝卷有点酸")
    old = await respond(survey, 9, who="old", comment="土豆丝卷有点酸，下次再说")
    await Response.filter(id=old.id).update(submitted_at=datetime.now(UTC) - sentiment_store.RULE_LOOKBACK
                                            - timedelta(hours=1))
    for response in (recent, old):
        analysed = await analysis.analyse_response(response_id=response.id)
        assert analysed is not None and analysed.sentiment is not None and analysed.sentiment > -0.6
    seen = len(await outbox("response.analysed"))
    harsher = cast(SentimentModel, _Harsher())
    assert await sentiment_store.rescore(organization_id=org.id, model=harsher) == 2
    # The week's answer goes to the rule again, with the sentiment the figures now show; last month's
    # is history (no case with a fresh clock).
    again = (await outbox("response.analysed"))[seen:]
    assert again == [{"response_id": recent.id, "survey_id": survey.id, "sentiment": -0.95, "rescored": True}]
    case = await cases.evaluate_sentiment(response_id=recent.id, sentiment=again[0]["sentiment"], rescored=True)
    assert case is not None and case.response_id == recent.id
    # Resumed or run again: nothing left to score, nothing announced twice.
    assert await sentiment_store.rescore(organization_id=org.id, model=harsher) == 0
    assert len(await outbox("response.analysed")) == seen + 1


async def test_manual_open_case(org: Organization) -> None:
    survey = await survey_of(org)
    promoter = await respond(survey, 10)
    case = await cases.open_case(organization_id=org.id, response_id=promoter.id, actor=AGENT)
    assert (case.source, case.status) == ("manual", S.NEW)
    assert case.first_contact_due_at is not None and case.resolve_due_at is not None
    assert case.resolve_due_at - case.first_contact_due_at == timedelta(hours=168 - 24)
    assert await trail(case) == [("user:1", "created", None, "NEW")]
    with pytest.raises(CaseAlreadyOpen) as refused:
        await cases.open_case(organization_id=org.id, response_id=promoter.id, actor=AGENT)
    assert refused.value.code == "CASE_ALREADY_OPEN"
    other = await get_or_create_organization(name="别家")
    with pytest.raises(NotFound):
        await cases.open_case(organization_id=other.id, response_id=promoter.id, actor=AGENT)
    assert await Case.all().count() == 1


# --- transitions --------------------------------------------------------------------------------


@pytest.mark.parametrize("current", list(S))
@pytest.mark.parametrize("to", list(S))
async def test_every_transition_is_allowed_or_refused_by_the_table(
    org: Organization, current: CaseStatus, to: CaseStatus
) -> None:
    agent = await user_of(org, "小王")
    with time_machine.travel(NOW, tick=False):
        case = await opened(org)
        await put_in(case, current, agent, NOW)
        before = dict(await Case.filter(id=case.id).first().values())
        before_trail, before_events = await trail(case), await OutboxEvent.all().count()
        if (current, to) in ALLOWED:
            moved = await cases.transition(organization_id=org.id, case_id=case.id, to=to, actor=AGENT, note="done")
            assert moved.status == to
            stored = await Case.get(id=case.id)
            assert stored.status == to
            assert (await trail(case))[len(before_trail)] == ("user:1", "status", current.value.upper(),
                                                              to.value.upper())
            updated = (await outbox("case.updated"))[-1]
            assert updated["case_id"] == case.id and (updated["from"], updated["to"]) == (current.value, to.value)
            assert (stored.open_key is None) == (to in (S.CLOSED, S.CANCELLED))
        else:
            with pytest.raises(InvalidTransition) as refused:
                await cases.transition(organization_id=org.id, case_id=case.id, to=to, actor=AGENT, note="x")
            assert refused.value.code == "INVALID_TRANSITION"
            targets = sorted(t.value.upper() for c, t in ALLOWED if c == current)
            assert refused.value.message.endswith(", ".join(targets) if targets else "none (final status)")
            assert dict(await Case.filter(id=case.id).first().values()) == before
            assert await trail(case) == before_trail
            assert await OutboxEvent.all().count() == before_events


async def test_the_walk_through_sets_contact_pause_resolution_and_close(org: Organization) -> None:
    agent = await user_of(org, "小王")
    with time_machine.travel(NOW, tick=False) as clock:
        case = await opened(org)
        assert case.first_contact_due_at == NOW + timedelta(hours=24)
        assert case.resolve_due_at == NOW + timedelta(days=7)
        case = await cases.assign(organization_id=org.id, case_id=case.id, assignee_id=agent.id, actor=AGENT)
        assert case.status == S.ASSIGNED
        clock.shift(timedelta(hours=2))
        case = await cases.transition(organization_id=org.id, case_id=case.id, to=S.IN_PROGRESS, actor=AGENT)
        assert case.first_contacted_at == NOW + timedelta(hours=2)
        clock.shift(timedelta(hours=1))
        case = await cases.transition(organization_id=org.id, case_id=case.id, to=S.WAITING_CUSTOMER, actor=AGENT)
        assert case.paused_at == NOW + timedelta(hours=3)
        clock.shift(timedelta(hours=10))
        case = await cases.transition(organization_id=org.id, case_id=case.id, to=S.IN_PROGRESS, actor=AGENT)
        assert case.paused_at is None and case.first_contacted_at == NOW + timedelta(hours=2)
        assert case.first_contact_due_at == NOW + timedelta(hours=24 + 10)
        assert case.resolve_due_at == NOW + timedelta(days=7, hours=10)
        case = await cases.transition(organization_id=org.id, case_id=case.id, to=S.RESOLVED, actor=AGENT,
                                      note="已补发优惠券")
        assert case.resolved_at == NOW + timedelta(hours=13) and case.resolution_reason == "已补发优惠券"
        assert case.open_key is not None  # still open until closed
        case = await cases.transition(organization_id=org.id, case_id=case.id, to=S.CLOSED, actor=AGENT)
        assert case.closed_at is not None and case.open_key is None and case.resolution_reason == "已补发优惠券"
    kinds = [(kind, frm, to) for _, kind, frm, to in await trail(case)]
    assert kinds[:5] == [("created", None, "NEW"), ("assignee", None, encode_id("User", agent.id)),
                         ("status", "NEW", "ASSIGNED"), ("status", "ASSIGNED", "IN_PROGRESS"),
                         ("first_contact", None, "IN_PROGRESS")]  # that move recorded it: the trail says so
    assert [k for k, *_ in kinds].count("first_contact") == 1  # not again on the later moves to IN_PROGRESS
    assert [kind for kind, *_ in kinds].count("resurvey") == 1
    assert [k for k, *_ in kinds].count("status") == 6


async def test_closing_needs_a_reason_and_a_root_cause_topic_of_the_organisation(org: Organization) -> None:
    agent = await user_of(org, "小王")
    case = await opened(org)
    await put_in(case, S.RESOLVED, agent, datetime.now(UTC))
    await Case.filter(id=case.id).update(resolution_reason=None)
    with pytest.raises(ValidationFailed) as refused:
        await cases.transition(organization_id=org.id, case_id=case.id, to=S.CLOSED, actor=AGENT)
    assert refused.value.field == "note"
    with pytest.raises(NotFound) as missing:
        await cases.transition(organization_id=org.id, case_id=case.id, to=S.CLOSED, actor=AGENT, note="ok",
                               root_cause_topic_id=999)
    assert missing.value.field == "rootCauseTopicId"
    with pytest.raises(ValidationFailed):
        await cases.transition(organization_id=org.id, case_id=case.id, to=S.IN_PROGRESS, actor=AGENT,
                               root_cause_topic_id=999)
    assert (await Case.get(id=case.id)).status == S.RESOLVED
    closed = await cases.transition(organization_id=org.id, case_id=case.id, to=S.CLOSED, actor=AGENT,
                                    note="用户确认已解决")
    assert closed.resolution_reason == "用户确认已解决"


async def test_reopen_only_within_the_window(org: Organization) -> None:
    agent = await user_of(org, "小王")
    with time_machine.travel(NOW, tick=False) as clock:
        inside = await opened(org, who="a")
        outside = await opened(org, who="b")
        for case in (inside, outside):
            await put_in(case, S.IN_PROGRESS, agent, NOW)
            await cases.transition(organization_id=org.id, case_id=case.id, to=S.RESOLVED, actor=AGENT, note="ok")
        clock.shift(timedelta(days=4) - timedelta(seconds=1))
        reopened = await cases.transition(organization_id=org.id, case_id=inside.id, to=S.IN_PROGRESS, actor=AGENT)
        assert reopened.status == S.IN_PROGRESS and reopened.resolved_at is None and reopened.resurvey_key is None
        clock.shift(timedelta(seconds=1))
        with pytest.raises(InvalidTransition) as refused:
            await cases.transition(organization_id=org.id, case_id=outside.id, to=S.IN_PROGRESS, actor=AGENT)
        assert "allowed: CLOSED" in refused.value.message and "reopen window" in refused.value.message
        assert (await Case.get(id=outside.id)).status == S.RESOLVED


async def test_unknown_or_foreign_cases_are_not_found(org: Organization) -> None:
    case = await opened(org)
    other = await get_or_create_organization(name="别家")
    for organization_id, case_id in ((other.id, case.id), (org.id, case.id + 100)):
        with pytest.raises(NotFound):
            await cases.transition(organization_id=organization_id, case_id=case_id, to=S.CANCELLED, actor=AGENT)
        with pytest.raises(NotFound):
            await cases.get_case(organization_id=organization_id, case_id=case_id)
    assert (await Case.get(id=case.id)).status == S.NEW


# --- assignment ---------------------------------------------------------------------------------


async def test_assign_and_reassign_are_audited(org: Organization) -> None:
    first, second = await user_of(org, "小王"), await user_of(org, "小李")
    case = await opened(org)
    case = await cases.assign(organization_id=org.id, case_id=case.id, assignee_id=first.id, actor=AGENT)
    assert (case.status, case.assignee_id) == (S.ASSIGNED, first.id)
    same = await cases.assign(organization_id=org.id, case_id=case.id, assignee_id=first.id, actor=AGENT)
    assert same.assignee_id == first.id
    await cases.transition(organization_id=org.id, case_id=case.id, to=S.IN_PROGRESS, actor=AGENT)
    case = await cases.assign(organization_id=org.id, case_id=case.id, assignee_id=second.id,
                              actor=Actor.api_key(3))
    assert (case.status, case.assignee_id) == (S.IN_PROGRESS, second.id)
    assert await trail(case) == [
        ("rule:default", "created", None, "NEW"),
        ("user:1", "assignee", None, encode_id("User", first.id)),
        ("user:1", "status", "NEW", "ASSIGNED"),
        ("user:1", "status", "ASSIGNED", "IN_PROGRESS"),
        ("user:1", "first_contact", None, "IN_PROGRESS"),
        ("apikey:3", "assignee", encode_id("User", first.id), encode_id("User", second.id)),
    ]
    updates = await outbox("case.updated")
    assert updates[-1] == {"case_id": case.id, "status": "in_progress", "change": "assignee", "from": first.id,
                           "to": second.id}


async def test_assignment_refusals_change_nothing(org: Organization) -> None:
    analyst = await user_of(org, "分析师", Role.ANALYST)
    agent = await user_of(org, "小王")
    other = await get_or_create_organization(name="别家")
    foreign = await user_of(other, "外人")
    case = await opened(org)
    for user_id in (analyst.id, foreign.id, 99999):
        with pytest.raises(InvalidAssignee) as refused:
            await cases.assign(organization_id=org.id, case_id=case.id, assignee_id=user_id, actor=AGENT)
        assert refused.value.code == "INVALID_ASSIGNEE"
    with pytest.raises(NotFound):
        await cases.assign(organization_id=other.id, case_id=case.id, assignee_id=foreign.id, actor=AGENT)
    await cases.transition(organization_id=org.id, case_id=case.id, to=S.CANCELLED, actor=AGENT)
    with pytest.raises(InvalidTransition):
        await cases.assign(organization_id=org.id, case_id=case.id, assignee_id=agent.id, actor=AGENT)
    stored = await Case.get(id=case.id)
    assert (stored.status, stored.assignee_id) == (S.CANCELLED, None)
    assert [kind for _, kind, *_ in await trail(case)] == ["created", "status"]


async def test_notes_are_audited(org: Organization) -> None:
    case = await opened(org)
    await cases.add_note(organization_id=org.id, case_id=case.id, note="  已电话联系，用户不在  ", actor=AGENT)
    rows = await AuditEvent.filter(subject="case", subject_id=case.id, kind="note")
    assert [(r.actor, r.note) for r in rows] == [("user:1", "已电话联系，用户不在")]
    with pytest.raises(ValidationFailed):
        await cases.add_note(organization_id=org.id, case_id=case.id, note="   ", actor=AGENT)


# --- listing ------------------------------------------------------------------------------------


async def test_list_cases_filters_and_pages(org: Organization) -> None:
    agent = await user_of(org, "小王")
    with time_machine.travel(NOW, tick=False) as clock:
        survey = await survey_of(org)
        made = [await opened(org, who=f"p{i}", survey=survey) for i in range(5)]
        await cases.assign(organization_id=org.id, case_id=made[0].id, assignee_id=agent.id, actor=AGENT)
        await Case.filter(id=made[1].id).update(breached=True)
        clock.shift(timedelta(hours=25))
        await cases.transition(organization_id=org.id, case_id=made[0].id, to=S.IN_PROGRESS, actor=AGENT)

        async def ids(**flt: Any) -> list[int]:
            page = await case_reads.list_cases(organization_id=org.id, flt=case_reads.CaseFilter(**flt), first=50)
            return [c.id for c in page.items]

        assert await ids() == [c.id for c in reversed(made)]
        assert await ids(assignee_id=agent.id) == [made[0].id]
        assert await ids(status=S.IN_PROGRESS) == [made[0].id]
        assert await ids(breached=True) == [made[1].id]
        assert await ids(overdue=True) == [c.id for c in reversed(made[1:])]  # first contact 1 h late
        assert await ids(overdue=False) == [made[0].id]
        await cases.transition(organization_id=org.id, case_id=made[2].id, to=S.CANCELLED, actor=AGENT)
        assert await ids(open=True) == [c.id for c in reversed(made) if c.id != made[2].id]
        assert await ids(open=False) == [made[2].id]
        assert await ids(open=True, status=S.CANCELLED) == []
        assert await ids(survey_id=survey.id + 1) == []
        page = await case_reads.list_cases(organization_id=org.id, flt=case_reads.CaseFilter(), first=2)
        assert (len(page.items), page.has_next, page.total) == (2, True, 5)
        rest = await case_reads.list_cases(organization_id=org.id, flt=case_reads.CaseFilter(), first=10,
                                      after_id=page.items[-1].id)
        assert [c.id for c in rest.items] == [c.id for c in reversed(made[:3])]
    other = await get_or_create_organization(name="别家")
    assert (await case_reads.list_cases(organization_id=other.id, flt=case_reads.CaseFilter(), first=10)).total == 0


# --- re-survey ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("locale", "question"), [("zh-CN", "问题解决了吗？"), ("en", "Was your problem solved?")])
async def test_resolving_issues_a_resurvey_and_its_answer_is_attached(
    org: Organization, locale: str, question: str
) -> None:
    agent = await user_of(org, "小王")
    survey = await survey_of(org, locale=locale)
    case = await opened(org, survey=survey)
    await put_in(case, S.IN_PROGRESS, agent, datetime.now(UTC))
    case = await cases.transition(organization_id=org.id, case_id=case.id, to=S.RESOLVED, actor=AGENT, note="ok")
    assert case.resurvey_key
    system = await Survey.get(name=resurvey.RESURVEY_NAMES[locale], locale=locale)
    assert (system.kind, system.status, system.definition["main"]["text"]) == (SurveyKind.CSAT, SurveyStatus.ACTIVE,
                                                                              question)
    assert system.definition["followUps"] == [] and system.recontact_days == 0
    link = f"/s/{system.token}?case={case.resurvey_key}"
    assert await resurvey.urls([(org.id, survey.id, case.resurvey_key), (org.id, survey.id, None)]) == [link, None]
    assert ("user:1", "resurvey", None, link) in await trail(case)
    assert (await outbox("case.updated"))[-1]["resurvey_url"] == link
    # The answer arrives through the hosted page: the widget sends the page URL along.
    answer = await respond(system, 5, who="u1", key="resurvey-answer-1", page_url=f"https://voc.example{link}")
    assert await cases.evaluate_response(response_id=answer.id) is None  # a re-survey opens no case
    attached = await resurvey.attach_answer(response_id=answer.id)
    assert attached is not None and attached.resurvey_response_id == answer.id
    assert await resurvey.attach_answer(response_id=answer.id) is None  # redelivery
    late = await respond(system, 1, who="u1", key="resurvey-answer-2", page_url=f"https://voc.example{link}")
    assert await resurvey.attach_answer(response_id=late.id) is None  # the first answer stays
    assert (await Case.get(id=case.id)).resurvey_response_id == answer.id
    answered = [e for e in await AuditEvent.filter(subject="case", subject_id=case.id, kind="resurvey_answered")]
    assert [(e.actor, e.to_value) for e in answered] == [("system", "5")]
    # A second resolved case of the organisation reuses the same re-survey.
    second = await opened(org, who="u9", survey=survey)
    await put_in(second, S.IN_PROGRESS, agent, datetime.now(UTC))
    await cases.transition(organization_id=org.id, case_id=second.id, to=S.RESOLVED, actor=AGENT, note="ok")
    assert await Survey.filter(purpose=SurveyPurpose.RESURVEY).count() == 1


async def test_answers_without_a_valid_key_attach_nothing(org: Organization) -> None:
    agent = await user_of(org, "小王")
    case = await opened(org)
    await put_in(case, S.IN_PROGRESS, agent, datetime.now(UTC))
    case = await cases.transition(organization_id=org.id, case_id=case.id, to=S.RESOLVED, actor=AGENT, note="ok")
    system = await Survey.get(name=resurvey.RESURVEY_NAMES["zh-CN"])
    plain = await survey_of(org, SurveyKind.CSAT)
    for target, url in ((system, "https://x.example/s/t?case=wrong-key"), (system, None),
                        (plain, f"https://x.example/s/t?case={case.resurvey_key}")):
        response = await respond(target, 4, who=f"w{target.id}{url}", page_url=url)
        assert await resurvey.attach_answer(response_id=response.id) is None
    assert (await Case.get(id=case.id)).resurvey_response_id is None
    assert resurvey.key_of("https://a.example/s/tok?uid=1&case=abc") == "abc"
    assert resurvey.key_of("https://a.example/s/tok") is None


async def test_the_latest_case_of_each_response_within_the_organisation(org: Organization) -> None:
    first = await opened(org)
    assert first.response_id is not None
    await cases.transition(organization_id=org.id, case_id=first.id, to=S.CANCELLED, actor=AGENT)
    second = await cases.open_case(organization_id=org.id, response_id=first.response_id, actor=AGENT)
    survey = await survey_of(org)
    quiet = await respond(survey, 10, who="happy")
    other = await get_or_create_organization(name="Other shop")
    found = await case_reads.latest_cases_of_responses(organization_id=org.id, response_ids=[first.response_id, quiet.id])
    assert {k: v.id for k, v in found.items()} == {first.response_id: second.id}
    assert await case_reads.latest_cases_of_responses(organization_id=other.id, response_ids=[first.response_id]) == {}
    assert await case_reads.latest_cases_of_responses(organization_id=org.id, response_ids=[]) == {}
