"""Improvement actions in the domain: the whole transition table, links, merges, audit and events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from tortoise.models import Model

from actions import improvements
from actions.audit import Actor
from actions.errors import DuplicateLink, InvalidAssignee, InvalidTransition
from actions.improvements import ActionUpdate, Links, create_action, link_to_action, transition_action
from actions.models import Action, ActionCase, ActionResponse, ActionStatus, ActionTopic, AuditEvent, Case
from actions.verdicts import CLOSING, Override
from core.errors import NotFound, ValidationFailed
from core.ids import encode_id
from core.models import Organization, OutboxEvent, Role
from core.service import create_user, get_or_create_organization
from surveys.models import Respondent
from tests.support.analysed import comment, make_topic, nps_survey, topic_model
from tests.support.improvements import DAY, PLANNED

S = ActionStatus
PM = Actor("user:7")
NOW = datetime(2024, 3, 1, 9, tzinfo=UTC)

# The issue's table, written out again (not read from the code under test).
ALLOWED = {
    (S.PROPOSED, S.UNDER_REVIEW),
    (S.UNDER_REVIEW, S.PLANNED), (S.UNDER_REVIEW, S.DECLINED), (S.UNDER_REVIEW, S.DUPLICATE),
    (S.PLANNED, S.IN_PROGRESS),
    (S.IN_PROGRESS, S.ON_HOLD), (S.ON_HOLD, S.IN_PROGRESS), (S.IN_PROGRESS, S.SHIPPED),
    (S.SHIPPED, S.VERIFYING),
    (S.VERIFYING, S.CLOSED_EFFECTIVE), (S.VERIFYING, S.CLOSED_INEFFECTIVE),
    (S.CLOSED_INEFFECTIVE, S.IN_PROGRESS),
}


async def new_action(org: Organization, title: str = "修复闪退", **kwargs: Any) -> Action:
    return await create_action(organization_id=org.id, actor=PM, title=title, now=NOW, **kwargs)


async def trail(action: Action) -> list[tuple[str, str | None, str | None]]:
    rows = await AuditEvent.filter(subject="action", subject_id=action.id).order_by("id")
    return [(e.kind, e.from_value, e.to_value) for e in rows]


async def links_of(link: type[Model], action_id: int, column: str) -> list[int]:
    rows: list[Any] = await link.filter(action_id=action_id).order_by("id").values_list(column, flat=True)
    return [int(r) for r in rows]


async def outbox() -> list[tuple[str, dict[str, Any]]]:
    return [(e.topic, e.payload) for e in await OutboxEvent.all().order_by("id")]


@pytest.mark.parametrize("current", list(S))
async def test_every_transition_is_allowed_or_refused_by_the_table(org: Organization, current: ActionStatus) -> None:
    """Every (current, to) pair of the 11 x 11 table, each on a fresh action (one test per current
    status: a database truncation per pair would cost a minute on PostgreSQL)."""
    target = await new_action(org, "合并目标")
    for to in S:
        await check_transition(org, current, to, target)


async def check_transition(org: Organization, current: ActionStatus, to: ActionStatus, target: Action) -> None:
    pair = f"{current.value} -> {to.value}"
    action = await new_action(org)
    await Action.filter(id=action.id).update(status=current, planned_at=NOW - DAY, shipped_at=NOW - DAY)
    before_trail, before_outbox = await trail(action), await outbox()
    duplicate_of = target.id if to == S.DUPLICATE else None
    # No data was measured: closing needs an override (tests/actions/test_verdicts.py has the rest).
    override = Override("数据不足，按访谈结论", Role.ANALYST) if to in CLOSING else None
    if (current, to) in ALLOWED:
        moved = await transition_action(organization_id=org.id, action_id=action.id, to=to, actor=PM, note="ok",
                                         duplicate_of_id=duplicate_of, override=override, now=NOW)
        assert moved.status == to, pair
        assert (await trail(action))[len(before_trail)] == ("status", current.name, to.name), pair
        changed = [p for t, p in (await outbox())[len(before_outbox):] if t == "action.status_changed"]
        assert [(p["action_id"], p["from"], p["to"]) for p in changed] == [(action.id, current.value, to.value)], pair
    else:
        with pytest.raises(InvalidTransition) as refused:
            await transition_action(organization_id=org.id, action_id=action.id, to=to, actor=PM,
                                    duplicate_of_id=duplicate_of, now=NOW)
        assert refused.value.code == "INVALID_TRANSITION", pair
        allowed = sorted(b.value.upper() for a, b in ALLOWED if a == current)
        assert refused.value.message == (f"an action in {current.name} cannot move to {to.name}; allowed: "
                                         + (", ".join(allowed) if allowed else "none (final status)")), pair
        assert (await Action.get(id=action.id)).status == current, pair
        assert await trail(action) == before_trail and await outbox() == before_outbox, pair


def test_the_table_in_the_code_is_the_issues_table() -> None:
    assert {(a, b) for a, targets in improvements.TRANSITIONS.items() for b in targets} == ALLOWED
    assert set(improvements.TRANSITIONS) == set(S)


async def test_the_whole_walk_with_baseline_shipping_and_reopening(org: Organization) -> None:
    action = await new_action(org)
    for to in (S.UNDER_REVIEW, S.PLANNED, S.IN_PROGRESS, S.ON_HOLD, S.IN_PROGRESS, S.SHIPPED, S.VERIFYING,
               S.CLOSED_INEFFECTIVE, S.IN_PROGRESS, S.SHIPPED):
        override = Override("没有数据，按客服反馈判断", Role.ADMIN) if to in CLOSING else None
        action = await transition_action(organization_id=org.id, action_id=action.id, to=to, actor=PM,
                                         override=override, now=NOW)
        if to == S.CLOSED_INEFFECTIVE:
            assert action.verdict_override_reason == "没有数据，按客服反馈判断"
        if to == S.IN_PROGRESS:
            assert action.verdict_override_reason is None  # reopened: the next closing is judged afresh
    assert action.status == S.SHIPPED and action.baseline is not None and action.planned_at == NOW
    assert action.effect is None  # cleared by the new shipping, measured again later
    statuses = [(f, t) for k, f, t in await trail(action) if k == "status"]
    assert statuses[0] == ("PROPOSED", "UNDER_REVIEW") and statuses[-1] == ("IN_PROGRESS", "SHIPPED")
    assert len([t for t, _ in await outbox() if t == "action.shipped"]) == 2


async def test_a_duplicate_merges_its_links_into_the_target(org: Organization) -> None:
    survey = await nps_survey(org)
    model = await topic_model(org)
    a, b = await make_topic(model, 0, "配送"), await make_topic(model, 1, "价格")
    response = await comment(survey, topic=a, at=NOW - DAY, score=2)
    source = await new_action(org, "A", links=Links(topic_ids=[a.id, b.id], response_ids=[response.id]))
    target = await new_action(org, "B", links=Links(topic_ids=[b.id]))
    await transition_action(organization_id=org.id, action_id=source.id, to=S.UNDER_REVIEW, actor=PM, now=NOW)

    for wrong, code in ((None, "VALIDATION"), (source.id, "VALIDATION"), (999_999, "NOT_FOUND")):
        with pytest.raises((ValidationFailed, NotFound)) as refused:
            await transition_action(organization_id=org.id, action_id=source.id, to=S.DUPLICATE, actor=PM,
                                    duplicate_of_id=wrong, now=NOW)
        assert refused.value.code == code and refused.value.field == "duplicateOfId"
    with pytest.raises(ValidationFailed):  # duplicateOfId only goes with DUPLICATE
        await transition_action(organization_id=org.id, action_id=source.id, to=S.PLANNED, actor=PM,
                                duplicate_of_id=target.id, now=NOW)

    merged = await transition_action(organization_id=org.id, action_id=source.id, to=S.DUPLICATE, actor=PM,
                                     duplicate_of_id=target.id, now=NOW)
    assert merged.status == S.DUPLICATE and merged.duplicate_of_id == target.id
    assert sorted(await links_of(ActionTopic, target.id, "topic_id")) == sorted([a.id, b.id])
    assert await links_of(ActionResponse, target.id, "response_id") == [response.id]
    assert [e for e in await trail(target) if e[0] == "link"][-2:] == [
        ("link", None, encode_id("Topic", a.id)), ("link", None, encode_id("Response", response.id))]
    assert {e.note for e in await AuditEvent.filter(subject="action", subject_id=target.id, kind="link")
            if e.note} == {f"merged from action {encode_id('Action', source.id)}"}
    assert (await trail(merged))[-1] == ("status", "UNDER_REVIEW", "DUPLICATE")
    last = await AuditEvent.filter(subject="action", subject_id=source.id).order_by("-id").first()
    assert last is not None and last.note == f"merged into action {encode_id('Action', target.id)}"

    # A duplicate can be neither a merge target nor linked to.
    third = await new_action(org, "C")
    await transition_action(organization_id=org.id, action_id=third.id, to=S.UNDER_REVIEW, actor=PM, now=NOW)
    with pytest.raises(ValidationFailed, match="itself a duplicate"):
        await transition_action(organization_id=org.id, action_id=third.id, to=S.DUPLICATE, actor=PM,
                                duplicate_of_id=source.id, now=NOW)
    with pytest.raises(ValidationFailed, match="merged into"):
        await link_to_action(organization_id=org.id, action_id=source.id, actor=PM, links=Links(topic_ids=[a.id]))


async def test_duplicate_and_foreign_links_are_refused_and_change_nothing(org: Organization) -> None:
    survey = await nps_survey(org)
    model = await topic_model(org)
    a, b = await make_topic(model, 0, "配送"), await make_topic(model, 1, "价格")
    mine = await comment(survey, topic=a, at=NOW - DAY, score=2)
    other_org = await get_or_create_organization(name="Other")
    foreign_topic = await make_topic(await topic_model(other_org), 0, "配送")
    foreign_response = await comment(await nps_survey(other_org), topic=foreign_topic, at=NOW - DAY, score=2)
    action = await new_action(org, links=Links(topic_ids=[a.id]))
    before_trail, before_outbox = await trail(action), await outbox()

    with pytest.raises(DuplicateLink) as duplicate:
        await link_to_action(organization_id=org.id, action_id=action.id, actor=PM,
                             links=Links(topic_ids=[b.id, a.id], response_ids=[mine.id]))
    assert duplicate.value.code == "DUPLICATE_LINK" and duplicate.value.field == "topicIds"
    assert duplicate.value.message == (f"topic {encode_id('Topic', a.id)} is already linked to action "
                                       f"{encode_id('Action', action.id)}")
    for links, field in ((Links(topic_ids=[b.id, foreign_topic.id]), "topicIds"),
                         (Links(topic_ids=[b.id], response_ids=[mine.id, foreign_response.id]), "responseIds"),
                         (Links(topic_ids=[b.id], case_ids=[424242]), "caseIds")):
        with pytest.raises(NotFound) as missing:
            await link_to_action(organization_id=org.id, action_id=action.id, actor=PM, links=links)
        assert missing.value.field == field
    with pytest.raises(NotFound):
        await link_to_action(organization_id=other_org.id, action_id=action.id, actor=PM,
                             links=Links(topic_ids=[foreign_topic.id]))
    assert await links_of(ActionTopic, action.id, "topic_id") == [a.id]
    assert await ActionResponse.filter(action_id=action.id).count() == 0
    assert await trail(action) == before_trail and await outbox() == before_outbox

    linked = await link_to_action(organization_id=org.id, action_id=action.id, actor=PM,
                                  links=Links(topic_ids=[b.id, b.id], response_ids=[mine.id]))
    assert (await trail(linked))[-2:] == [("link", None, encode_id("Topic", b.id)),
                                          ("link", None, encode_id("Response", mine.id))]
    assert (await outbox())[-1] == ("action.updated", {"action_id": action.id, "changes": ["link"],
                                                       "topic_ids": [b.id], "response_ids": [mine.id]})


async def test_creation_refuses_bad_input_with_typed_errors(org: Organization) -> None:
    viewer = await create_user(organization=org, name="看客", email=None, role=Role.VIEWER)
    other = await create_user(organization=await get_or_create_organization(name="Other"), name="外人", email=None,
                              role=Role.ANALYST)
    cases: list[tuple[dict[str, Any], str, str]] = [
        ({"title": "  "}, "VALIDATION", "title"),
        ({"priority": 0}, "VALIDATION", "priority"),
        ({"priority": 6}, "VALIDATION", "priority"),
        ({"due_at": NOW - timedelta(minutes=1)}, "VALIDATION", "dueAt"),
        ({"due_at": datetime(2030, 1, 1)}, "VALIDATION", "dueAt"),  # no offset
        ({"verification_days": 0}, "VALIDATION", "verificationDays"),
        ({"verification_days": 91}, "VALIDATION", "verificationDays"),
        ({"owner_id": viewer.id}, "INVALID_ASSIGNEE", "ownerId"),
        ({"owner_id": other.id}, "NOT_FOUND", "ownerId"),
        ({"links": Links(case_ids=[1])}, "NOT_FOUND", "caseIds"),
    ]
    for kwargs, code, field in cases:
        arguments: dict[str, Any] = {"title": "修复", **kwargs}
        with pytest.raises((ValidationFailed, NotFound, InvalidAssignee)) as refused:
            await create_action(organization_id=org.id, actor=PM, now=NOW, **arguments)
        assert (refused.value.code, refused.value.field) == (code, field), kwargs
    assert await Action.all().count() == 0 and await AuditEvent.all().count() == 0
    assert await OutboxEvent.all().count() == 0


async def test_creation_from_cases_and_the_audit_trail_of_every_change(org: Organization) -> None:
    survey = await nps_survey(org)
    agent = await create_user(organization=org, name="客服", email=None, role=Role.AGENT)
    analyst = await create_user(organization=org, name="产品", email=None, role=Role.ANALYST)
    response = await comment(survey, topic=None, at=NOW - DAY, score=1)
    case = await Case.create(organization=org, survey=survey, response=response)
    due = NOW + 10 * DAY
    action = await new_action(org, description="很多人抱怨", owner_id=agent.id, priority=2, due_at=due,
                              links=Links(case_ids=[case.id]))
    assert (action.owner_id, action.priority, action.due_at, action.status) == (agent.id, 2, due, S.PROPOSED)
    assert await links_of(ActionCase, action.id, "case_id") == [case.id]

    with pytest.raises(ValidationFailed):
        await improvements.update_action(organization_id=org.id, action_id=action.id, actor=PM,
                                         changes=ActionUpdate(due_at=NOW - DAY), now=NOW)
    updated = await improvements.update_action(
        organization_id=org.id, action_id=action.id, actor=Actor.api_key(3), now=NOW,
        changes=ActionUpdate(owner_id=analyst.id, due_at=None, priority=2, title="修复闪退问题"),
    )
    assert (updated.owner_id, updated.due_at, updated.title) == (analyst.id, None, "修复闪退问题")
    same = await improvements.update_action(organization_id=org.id, action_id=action.id, actor=PM, now=NOW,
                                            changes=ActionUpdate(priority=2))
    assert same.priority == 2  # unchanged: no event
    await improvements.add_note(organization_id=org.id, action_id=action.id, actor=PM, note="下周评审", now=NOW)
    await transition_action(organization_id=org.id, action_id=action.id, to=S.UNDER_REVIEW, actor=PM, now=NOW,
                            note="开始评审")
    rows = await AuditEvent.filter(subject="action", subject_id=action.id).order_by("id")
    assert [(e.kind, e.actor) for e in rows] == [
        ("created", "user:7"), ("link", "user:7"), ("title", "apikey:3"), ("owner", "apikey:3"),
        ("due_at", "apikey:3"), ("note", "user:7"), ("status", "user:7"),
    ]
    assert (rows[3].from_value, rows[3].to_value) == (encode_id("User", agent.id), encode_id("User", analyst.id))
    assert rows[4].from_value == due.isoformat() and rows[4].to_value is None
    assert rows[5].note == "下周评审" and rows[6].note == "开始评审"
    assert [t for t, _ in await outbox()] == [
        "action.updated", "action.updated", "action.updated", "action.status_changed"]
    assert (await outbox())[1][1] == {"action_id": action.id, "changes": ["title", "owner", "due_at"]}


async def test_shipping_lists_the_respondents_to_tell(org: Organization) -> None:
    survey = await nps_survey(org)
    model = await topic_model(org)
    crash = await make_topic(model, 0, "闪退")

    async def person(external_id: str, organization: Organization = org) -> Respondent:
        return await Respondent.create(organization=organization, external_id=external_id, attributes={})

    u1, u2, u3, u4, _u9 = [await person(x) for x in ("u1", "u2", "u3", "u4", "u9")]
    linked = await comment(survey, topic=None, at=NOW - 90 * DAY, score=2, respondent=u1)  # linked directly
    case_response = await comment(survey, topic=None, at=NOW - 90 * DAY, score=1, respondent=u2)
    case = await Case.create(organization=org, survey=survey, response=case_response, respondent=u2)
    await comment(survey, topic=crash, at=PLANNED - 3 * DAY, score=3, respondent=u3)  # in the topic, in the window
    await comment(survey, topic=crash, at=PLANNED - 2 * DAY, score=3, respondent=u1)  # u1 again: listed once
    await comment(survey, topic=crash, at=PLANNED + 3 * DAY, score=3, respondent=u4)  # after planning, before shipping
    await comment(survey, topic=crash, at=PLANNED - 60 * DAY, score=3, respondent=_u9)  # before the baseline window
    await comment(survey, topic=crash, at=PLANNED - 2 * DAY, score=3)  # anonymous
    other = await get_or_create_organization(name="Other")
    stranger = await person("u5", other)
    await comment(await nps_survey(other), topic=None, at=PLANNED, score=0, respondent=stranger)
    action = await create_action(organization_id=org.id, actor=PM, title="修复闪退", now=PLANNED - DAY,
                                 links=Links(topic_ids=[crash.id], response_ids=[linked.id], case_ids=[case.id]))
    for to, at in ((S.UNDER_REVIEW, PLANNED), (S.PLANNED, PLANNED), (S.IN_PROGRESS, PLANNED + DAY),
                   (S.SHIPPED, PLANNED + 7 * DAY)):
        await transition_action(organization_id=org.id, action_id=action.id, to=to, actor=PM, now=at)
    shipped = [p for t, p in await outbox() if t == "action.shipped"]
    assert shipped == [{"action_id": action.id, "respondents": ["u1", "u2", "u3", "u4"], "truncated": False}]


async def test_listing_filters_by_status_owner_and_topic(org: Organization) -> None:
    model = await topic_model(org)
    a, b = await make_topic(model, 0, "配送"), await make_topic(model, 1, "价格")
    merged = await make_topic(model, 2, "迟到", merged_into=a)
    owner = await create_user(organization=org, name="产品", email=None, role=Role.ANALYST)
    first = await new_action(org, "1", links=Links(topic_ids=[a.id]), owner_id=owner.id)
    second = await new_action(org, "2", links=Links(topic_ids=[b.id]))
    third = await new_action(org, "3", links=Links(topic_ids=[merged.id]))
    await transition_action(organization_id=org.id, action_id=second.id, to=S.UNDER_REVIEW, actor=PM, now=NOW)

    async def ids(**kwargs: Any) -> list[int]:
        page = await improvements.list_actions(organization_id=org.id, first=10, **kwargs)
        return [x.id for x in page.items]

    assert await ids() == [third.id, second.id, first.id]
    assert await ids(status=S.UNDER_REVIEW) == [second.id]
    assert await ids(owner_id=owner.id) == [first.id]
    assert await ids(topic_id=a.id) == [third.id, first.id]  # a, and 迟到 merged into it
    page = await improvements.list_actions(organization_id=org.id, first=2)
    assert page.total == 3 and page.has_next
    rest = await improvements.list_actions(organization_id=org.id, first=2, after_id=page.items[-1].id)
    assert [x.id for x in rest.items] == [first.id] and not rest.has_next
    with pytest.raises(NotFound):
        await improvements.list_actions(organization_id=org.id, first=2, topic_id=999_999)
    other = await get_or_create_organization(name="Other")
    assert (await improvements.list_actions(organization_id=other.id, first=10)).total == 0
