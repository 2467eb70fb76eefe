"""What the console's case inbox asks beyond the case API's basics: the unassigned and score filters,
each case's allowed transitions, and each agent's open cases against their cap."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from taskiq import InMemoryBroker

from actions.models import Case, CaseStatus
from api.ids import decode_cursor, encode_cursor
from surveys.models import Respondent
from tests.support.case_api import ASSIGN, CASES, TRANSITION, deliver, staff
from tests.support.client import GraphQL
from tests.support.ops import active_survey, submit

ALLOWED = "query($id: ID!) { node(id: $id) { ... on Case { status allowedTransitions } } }"
MEMBERS = "{ teams { members { user { id } maxOpenCases openCases } } }"


async def test_unassigned_and_score_filters(gql: GraphQL, public: GraphQL, broker: InMemoryBroker) -> None:
    survey = await active_survey(gql)
    for i in range(3):
        await submit(public, survey["token"], f"inbox-000{i}", score=i * 2, respondent={"externalId": f"i{i}"})
    await deliver(broker)  # no team: nobody is assigned
    assert (await gql(CASES, filter={"unassigned": True}))["cases"]["totalCount"] == 3
    assert (await gql(CASES, filter={"unassigned": False}))["cases"]["totalCount"] == 0
    scores = (await gql(CASES, filter={"minScore": 2, "maxScore": 4}))["cases"]
    assert [e["node"]["response"]["score"] for e in scores["edges"]] == [4, 2]
    assert (await gql(CASES, filter={"maxScore": 0}))["cases"]["totalCount"] == 1


async def test_allowed_transitions_and_open_cases(gql: GraphQL, public: GraphQL, broker: InMemoryBroker) -> None:
    staffed = await staff(gql)
    survey = await active_survey(gql)
    await submit(public, survey["token"], "inbox-allowed", score=1, respondent={"externalId": "a1"})
    await deliver(broker)
    case = (await gql(CASES))["cases"]["edges"][0]["node"]
    assert (await gql(ALLOWED, id=case["id"]))["node"] == {
        "status": "ASSIGNED", "allowedTransitions": ["IN_PROGRESS", "CANCELLED"]}
    members = {m["user"]["id"]: m for m in (await gql(MEMBERS))["teams"][0]["members"]}
    first, second = (a["id"] for a in staffed["agents"])
    assigned = case["assignee"]["id"]
    assert members[assigned]["openCases"] == 1 and members[assigned]["maxOpenCases"] == 5
    other = second if assigned == first else first
    assert members[other]["openCases"] == 0
    moved = (await gql(ASSIGN, id=case["id"], user=other))["assignCase"]
    assert moved["errors"] == []
    counts = {m["user"]["id"]: m["openCases"] for m in (await gql(MEMBERS))["teams"][0]["members"]}
    assert counts == {assigned: 0, other: 1}
    for to in ("IN_PROGRESS", "RESOLVED"):
        done = (await gql(TRANSITION, id=case["id"], to=to, note="已处理", topic=None))["transitionCase"]
        assert done["errors"] == [], done
    assert (await gql(ALLOWED, id=case["id"]))["node"]["allowedTransitions"] == ["CLOSED", "IN_PROGRESS"]


async def test_a_respondent_s_earlier_answers(gql: GraphQL, public: GraphQL, broker: InMemoryBroker) -> None:
    survey = await active_survey(gql)
    for i, score in enumerate((9, 3)):
        await submit(public, survey["token"], f"inbox-earlier-{i}", score=score, respondent={"externalId": "same"})
    await deliver(broker)
    query = """query($first: Int!) { cases { edges { node { response { respondent {
      externalId responses(first: $first) { score } } } } } } }"""
    respondent = (await gql(query, first=10))["cases"]["edges"][0]["node"]["response"]["respondent"]
    assert respondent == {"externalId": "same", "responses": [{"score": 3}, {"score": 9}]}
    assert [r["score"] for r in (await gql(query, first=1))["cases"]["edges"][0]["node"]["response"]["respondent"][
        "responses"]] == [3]
    bad = (await gql.raw(query, first=51)).json()
    assert bad["errors"][0]["extensions"]["code"] == "VALIDATION"


URGENT = """query($filter: CaseFilter, $first: Int, $after: String, $order: CaseOrder) {
  cases(filter: $filter, first: $first, after: $after, orderBy: $order) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id response { respondent { externalId } } } } } }"""


async def test_the_urgency_order_pages_through_its_cursor(gql: GraphQL, public: GraphQL, broker: InMemoryBroker) -> None:
    survey = await active_survey(gql)
    for who in ("later", "overdue", "soon", "closed"):
        await submit(public, survey["token"], f"inbox-urgent-{who}", score=2, respondent={"externalId": who})
    await deliver(broker)
    now = datetime.now(UTC)
    who_of = {r.id: r.external_id for r in await Respondent.all()}
    due = {"later": now + timedelta(hours=20), "overdue": now - timedelta(hours=2), "soon": now + timedelta(hours=1)}
    for case in await Case.all():
        name = who_of[case.respondent_id or 0]
        if name == "closed":
            await Case.filter(id=case.id).update(status=CaseStatus.CANCELLED, open_key=None, closed_at=now)
        else:
            await Case.filter(id=case.id).update(first_contact_due_at=due[name], breached=name == "overdue")
    seen: list[str] = []
    after = None
    for _ in range(4):
        page = (await gql(URGENT, first=1, after=after, order="URGENCY"))["cases"]
        assert page["totalCount"] == 4
        seen += [e["node"]["response"]["respondent"]["externalId"] for e in page["edges"]]
        after = page["pageInfo"]["endCursor"]
        if not page["pageInfo"]["hasNextPage"]:
            break
    assert seen == ["overdue", "soon", "later", "closed"]
    open_only = (await gql(URGENT, filter={"open": True}, first=2, order="URGENCY"))["cases"]
    assert [e["node"]["response"]["respondent"]["externalId"] for e in open_only["edges"]] == ["overdue", "soon"]
    # A cursor of the other order is refused, not misread.
    newest = (await gql(URGENT, first=1))["cases"]["pageInfo"]["endCursor"]
    refused = (await gql.raw(URGENT, first=1, after=newest, order="URGENCY")).json()
    assert refused["errors"][0]["extensions"]["code"] == "VALIDATION"
    refused = (await gql.raw(URGENT, first=1, after=open_only["pageInfo"]["endCursor"])).json()
    assert refused["errors"][0]["extensions"]["code"] == "VALIDATION"
    # A cursor from before the key was whole milliseconds (float seconds) is refused like a malformed one.
    tier, key, pk = decode_cursor(open_only["pageInfo"]["endCursor"], 4)[1:]
    for stale in (encode_cursor("URGENCY", tier, repr(int(key) / 1000), pk), "not a cursor"):
        refused = (await gql.raw(URGENT, first=1, after=stale, order="URGENCY")).json()
        assert refused["errors"][0]["extensions"]["code"] == "VALIDATION"


async def test_a_rule_s_case_says_why_it_opened(gql: GraphQL, public: GraphQL, broker: InMemoryBroker) -> None:
    survey = await active_survey(gql)
    await submit(public, survey["token"], "inbox-why-0001", score=3, respondent={"externalId": "why"})
    await deliver(broker)
    why = (await gql("{ cases { edges { node { source reason reasonDetail } } } }"))["cases"]["edges"][0]["node"]
    assert why == {"source": "rule", "reason": "score",
                   "reasonDetail": {"survey_kind": "NPS", "score": 3, "nps_max": 6}}
    assert (await gql(CASES, filter={"reason": "score"}))["cases"]["totalCount"] == 1
    assert (await gql(CASES, filter={"reason": "score", "accountWarning": True}))["cases"]["totalCount"] == 0


ASSIGN_WITHIN = """mutation($id: ID!, $user: ID!, $within: Boolean!) {
  assignCase(id: $id, assigneeId: $user, withinCap: $within) { case { assignee { id } } errors { code field } } }"""


async def test_assigning_past_a_cap_is_refused_only_when_asked(gql: GraphQL, public: GraphQL,
                                                               broker: InMemoryBroker) -> None:
    staffed = await staff(gql)  # two agents, caps of 5
    survey = await active_survey(gql)
    for i in range(6):
        await submit(public, survey["token"], f"inbox-cap-{i:04}", score=1, respondent={"externalId": f"cap{i}"})
    await deliver(broker)
    agent = staffed["agents"][0]["id"]
    edges = (await gql(CASES, first=10))["cases"]["edges"]
    mine = [e["node"]["id"] for e in edges if e["node"]["assignee"]["id"] == agent]
    others = [e["node"]["id"] for e in edges if e["node"]["assignee"]["id"] != agent]
    for case_id in others[:5 - len(mine)]:  # up to the cap
        done = (await gql(ASSIGN_WITHIN, id=case_id, user=agent, within=True))["assignCase"]
        assert done["errors"] == []
    last = others[5 - len(mine)]
    refused = (await gql(ASSIGN_WITHIN, id=last, user=agent, within=True))["assignCase"]
    assert refused == {"case": None, "errors": [{"code": "OVER_CAP", "field": "assigneeId"}]}
    allowed = (await gql(ASSIGN_WITHIN, id=last, user=agent, within=False))["assignCase"]
    assert allowed["errors"] == [] and allowed["case"]["assignee"]["id"] == agent
