"""One person everywhere in an organisation's stores, for the erasure tests: answers (one partial
first), a display, a case an agent works and notes, its re-survey, a shipped action that names them,
webhook delivery logs; and the strings that must be gone once they are erased."""

from __future__ import annotations

from typing import Any

from taskiq import InMemoryBroker

from actions import cases
from actions.audit import Actor
from actions.improvements import Links, create_action, transition_action
from actions.models import ActionStatus, Case, CaseStatus, Webhook, WebhookDelivery
from analysis.models import CommentAnalysis
from core import events
from core.models import Organization, OutboxEvent, Role
from core.service import create_user
from surveys.models import Respondent, Response, Survey, SurveyPurpose
from tests.support.client import GraphQL
from tests.support.ops import DISPLAY, submit
from tests.support.queue import drain

EXT = "erase-me-7f3a"
PHONE = "13800138000"
COMMENTS = ["付款页面一直转圈，订单号丢了，太失望了", "客服态度不错但是退款太慢，等了两周", "首页推荐的东西和我完全没关系"]
PARTIAL = "刚开始写了一半的评论草稿"  # replaced by the completed comment: only a delivery log remembers it
RESURVEY_COMMENT = "还是没有解决，请再打电话联系我"
PERSON = {"externalId": EXT, "attributes": {"phone": PHONE, "plan": "pro"}}
TRACES = [EXT, PHONE, *COMMENTS, PARTIAL, RESURVEY_COMMENT]
ERASE = """mutation($externalId: String!) { eraseRespondent(externalId: $externalId) {
  erasedResponses erasedCases erasedAnalyses scrubbedRecords errors { code field message } } }"""
PM = Actor("user:99")


async def a_respondent_everywhere(gql: GraphQL, public: GraphQL, org: Organization, broker: InMemoryBroker,
                                  survey: dict[str, Any]) -> dict[str, Any]:
    """The person answers three times (one a partial first), is shown the survey, gets a case that an
    agent works, answers its re-survey, is told an action shipped, and shows up in webhook logs."""
    token = survey["token"]
    assert (await public(DISPLAY, token=token, respondent=PERSON))["recordDisplay"]["ok"]
    sent = [
        await submit(public, token, f"{EXT}-1", score=2, comment=COMMENTS[0], respondent=PERSON,
                     pageUrl=f"https://shop.example/pay?uid={EXT}"),
        await submit(public, token, "answer-key-2", score=9, comment=COMMENTS[1], respondent=PERSON),
        await submit(public, token, "answer-key-3", score=5, comment=PARTIAL, completed=False, respondent=PERSON),
        await submit(public, token, "answer-key-3", score=5, comment=COMMENTS[2], completed=True, respondent=PERSON),
        await submit(public, token, "bystander-1", score=10, comment="一切都好，下次还来",
                     respondent={"externalId": "someone-else", "attributes": {"plan": "pro"}}),
    ]
    assert [s["errors"] for s in sent] == [[]] * len(sent)
    await drain(broker)
    first = await Response.get(organization_id=org.id, idempotency_key=f"{EXT}-1")
    bystander = await Response.get(idempotency_key="bystander-1")
    assert await CommentAnalysis.filter(organization_id=org.id).count() == 4

    # The detractor rule opened a case; an agent works it, quoting the customer, and resolves it.
    case = await Case.get(response_id=first.id)
    agent = await create_user(organization=org, name="坐席小王", email="agent@example.com", role=Role.AGENT)
    by = Actor.user(agent.id)
    await cases.assign(organization_id=org.id, case_id=case.id, assignee_id=agent.id, actor=by)
    await cases.transition(organization_id=org.id, case_id=case.id, to=CaseStatus.IN_PROGRESS, actor=by)
    await cases.add_note(organization_id=org.id, case_id=case.id, actor=by, note=f"客户电话 {PHONE}，原话：{COMMENTS[0]}")
    await cases.transition(organization_id=org.id, case_id=case.id, to=CaseStatus.RESOLVED, actor=by,
                           note=f"已致电 {PHONE}（{EXT}）说明退款进度")
    await case.refresh_from_db()
    resurvey = await Survey.get(organization_id=org.id, purpose=SurveyPurpose.RESURVEY)
    answered = await submit(public, resurvey.token, "resurvey-1", score=1, comment=RESURVEY_COMMENT,
                            pageUrl=f"https://voc.example/s/{resurvey.token}?case={case.resurvey_key}")
    assert answered["errors"] == []
    await drain(broker)
    await case.refresh_from_db()
    assert case.resurvey_response_id is not None  # anonymous, yet theirs: it belongs to their case

    # A product manager pastes the comment into an action, links the response and ships it.
    action = await create_action(organization_id=org.id, actor=PM, title="付款页转圈",
                                 description=f"用户原话：{COMMENTS[0]}",
                                 links=Links(response_ids=[first.id, bystander.id]))
    for step in (ActionStatus.UNDER_REVIEW, ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.SHIPPED):
        await transition_action(organization_id=org.id, action_id=action.id, to=step, actor=PM)
    shipped = await OutboxEvent.get(organization_id=org.id, topic=events.ACTION_SHIPPED)
    assert shipped.payload["respondents"] == [EXT, "someone-else"]
    await drain(broker)

    # Webhook delivery logs as the fan-out writes them (the hook is inactive: nothing is POSTed).
    hook = await Webhook.create(organization_id=org.id, url="https://hooks.example/voc", secret="s" * 24,
                                events=["response.created", "action.shipped"], active=False)
    third = await Response.get(organization_id=org.id, idempotency_key="answer-key-3")
    announced = await OutboxEvent.filter(organization_id=org.id, topic="response.submitted").order_by("id")
    partial_event = next(e for e in announced if e.payload["response_id"] == third.id)
    logged = [
        # Found by its response id alone: nothing in it names the person.
        (partial_event.id, "response.created", {"response_id": partial_event.payload["response_id"], "score": 5,
                                                "comment": PARTIAL, "completed": False}),
        (shipped.id, "action.shipped", {"action_id": action.id, "title": "付款页转圈",
                                        "respondents": [EXT, "someone-else"], "truncated": False}),
        (shipped.id + 1000, "response.created", {"response_id": bystander.id, "comment": "一切都好，下次还来",
                                                 "respondent": "someone-else"}),
    ]
    for event_id, name, data in logged:
        await WebhookDelivery.create(
            organization_id=org.id, webhook_id=hook.id, event=name, event_id=event_id,
            payload={"id": str(event_id), "event": name, "organization_id": org.id, "data": data})
    respondent = await Respondent.get(organization_id=org.id, external_id=EXT)
    return {"respondent_id": respondent.id, "case_id": case.id, "bystander_id": bystander.id, "action_id": action.id}
