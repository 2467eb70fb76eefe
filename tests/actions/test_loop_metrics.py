"""loopMetrics on a constructed data set, every number worked out by hand."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from actions.loop_metrics import LoopMetrics, loop_metrics
from actions.models import Action, ActionStatus, CaseStatus
from core.errors import ValidationFailed
from core.models import Organization, Role
from core.service import create_api_key, get_or_create_organization
from surveys.models import NpsCategory, Survey, SurveyKind
from tests.support.cases import make_case
from tests.support.client import GraphQL

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
FROM = datetime(2025, 3, 1, tzinfo=UTC)
H = timedelta(hours=1)

QUERY = """query($from: DateTime, $to: DateTime) { loopMetrics(from: $from, to: $to) {
  openCases breachedCases detractorsContactedWithin24h medianHoursToFirstContact actionsByStatus effectiveActions
  effectiveActionsMeasured effectiveActionsOverridden } }"""


async def make_action(org: Organization, status: ActionStatus, created: datetime, override: str | None = None) -> None:
    action = await Action.create(organization_id=org.id, title=f"action {uuid.uuid4().hex[:6]}", status=status,
                                 verdict_override_reason=override)
    await Action.filter(id=action.id).update(created_at=created)


async def survey_of(org: Organization) -> Survey:
    return await Survey.create(organization_id=org.id, name="NPS", kind=SurveyKind.NPS, token=uuid.uuid4().hex,
                               definition={}, allowed_origins=[])


@pytest.fixture
async def dataset(org: Organization) -> Organization:
    survey = await survey_of(org)
    d, p = NpsCategory.DETRACTOR, NpsCategory.PASSIVE
    # c1: contacted after 6 h, in time, open.
    await make_case(org, survey, created=day(2), category=d, status=CaseStatus.IN_PROGRESS, contacted_after=6 * H)
    # c2: contacted after 30 h, late, breached, resolved (not open).
    await make_case(org, survey, created=day(3), category=d, status=CaseStatus.RESOLVED, contacted_after=30 * H,
                    breached=True)
    # c3: never contacted and its 24 h are over: a miss; breached, open.
    await make_case(org, survey, created=day(5), category=d, status=CaseStatus.ASSIGNED, breached=True)
    # c4: opened 6 h before NOW, not contacted yet: undecided, left out of the share; open.
    await make_case(org, survey, created=day(10, 6), category=d, status=CaseStatus.NEW)
    # c5: a passive's case, contacted after 2 h, closed.
    await make_case(org, survey, created=day(6), category=p, status=CaseStatus.CLOSED, contacted_after=2 * H)
    # c6: contacted after exactly 24 h: in time; open (waiting on the customer).
    await make_case(org, survey, created=day(7), category=d, status=CaseStatus.WAITING_CUSTOMER,
                    contacted_after=24 * H)
    # c9: cancelled without contact: a miss.
    await make_case(org, survey, created=day(8), category=d, status=CaseStatus.CANCELLED)
    # c7: before the window: contacted after 100 h, breached, open.
    await make_case(org, survey, created=datetime(2025, 2, 20, tzinfo=UTC), category=d, status=CaseStatus.NEW,
                    contacted_after=100 * H, breached=True)
    for status in (ActionStatus.PROPOSED, ActionStatus.PROPOSED, ActionStatus.IN_PROGRESS,
                   ActionStatus.CLOSED_EFFECTIVE):
        await make_action(org, status, day(4))
    # Closed by an override (reason given) rather than by a measured effect.
    await make_action(org, ActionStatus.CLOSED_EFFECTIVE, day(4), override="数据不足，访谈确认有效")
    await make_action(org, ActionStatus.CLOSED_INEFFECTIVE, day(4), override="数据不足，投诉未减少")
    await make_action(org, ActionStatus.CLOSED_EFFECTIVE, datetime(2025, 2, 1, tzinfo=UTC))

    # Another organisation's rows count for nothing here.
    other = await get_or_create_organization(name="Other 公司")
    other_survey = await survey_of(other)
    await make_case(other, other_survey, created=day(4), category=d, status=CaseStatus.NEW, contacted_after=H,
                    breached=True)
    await make_action(other, ActionStatus.CLOSED_EFFECTIVE, day(4), override="别家的")
    return org


def day(d: int, h: int = 0) -> datetime:
    return datetime(2025, 3, d, h, tzinfo=UTC)


def statuses(**counts: int) -> dict[ActionStatus, int]:
    return {s: counts.get(s.name, 0) for s in ActionStatus}


async def test_the_window_from_the_first_of_march(dataset: Organization) -> None:
    found = await loop_metrics(organization_id=dataset.id, since=FROM, until=NOW, now=NOW)
    assert found == LoopMetrics(
        open_cases=4,  # c1, c3, c4, c6
        breached_cases=2,  # c2, c3
        detractors_contacted_within_24h=0.4,  # c1, c6 of c1, c2, c3, c6, c9
        median_hours_to_first_contact=15.0,  # 2, 6, 24, 30
        actions_by_status=statuses(PROPOSED=2, IN_PROGRESS=1, CLOSED_EFFECTIVE=2, CLOSED_INEFFECTIVE=1),
        effective_actions=2, effective_actions_measured=1, effective_actions_overridden=1,
    )


async def test_a_narrower_window_and_all_time(dataset: Organization) -> None:
    narrow = await loop_metrics(organization_id=dataset.id, since=datetime(2025, 3, 3, tzinfo=UTC), until=NOW,
                                now=NOW)
    assert (narrow.open_cases, narrow.breached_cases) == (3, 2)  # c3, c4, c6; c2, c3
    assert narrow.detractors_contacted_within_24h == 0.25  # c6 of c2, c3, c6, c9
    assert narrow.median_hours_to_first_contact == 24.0  # 2, 24, 30
    assert narrow.effective_actions == 2

    ever = await loop_metrics(organization_id=dataset.id, now=NOW)
    assert (ever.open_cases, ever.breached_cases) == (5, 3)
    assert ever.detractors_contacted_within_24h == 0.3333  # 2 of 6
    assert ever.median_hours_to_first_contact == 24.0  # 2, 6, 24, 30, 100
    assert (ever.effective_actions, ever.effective_actions_measured, ever.effective_actions_overridden) == (3, 2, 1)

    # A day later c4's 24 h are over too, and it counts as a miss: 2 of 6 in the window.
    later = await loop_metrics(organization_id=dataset.id, since=FROM, until=NOW, now=NOW + 24 * H)
    assert later.detractors_contacted_within_24h == 0.3333


async def test_an_empty_window_has_zeros_and_nulls(dataset: Organization) -> None:
    empty = await loop_metrics(organization_id=dataset.id, since=datetime(2024, 1, 1, tzinfo=UTC),
                               until=datetime(2024, 2, 1, tzinfo=UTC), now=NOW)
    assert empty == LoopMetrics(open_cases=0, breached_cases=0, detractors_contacted_within_24h=None,
                                median_hours_to_first_contact=None, actions_by_status=statuses(),
                                effective_actions=0, effective_actions_measured=0, effective_actions_overridden=0)


async def test_bad_windows_are_refused(org: Organization) -> None:
    with pytest.raises(ValidationFailed):
        await loop_metrics(organization_id=org.id, since=NOW, until=FROM)
    with pytest.raises(ValidationFailed):
        await loop_metrics(organization_id=org.id, since=datetime(2025, 3, 1))


async def test_loop_metrics_over_graphql(dataset: Organization, gql: GraphQL) -> None:
    found = (await gql(QUERY, **{"from": FROM.isoformat(), "to": NOW.isoformat()}))["loopMetrics"]
    assert found["openCases"] == 4 and found["breachedCases"] == 2
    assert found["medianHoursToFirstContact"] == 15.0
    assert found["actionsByStatus"] == {
        "PROPOSED": 2, "UNDER_REVIEW": 0, "PLANNED": 0, "DECLINED": 0, "DUPLICATE": 0, "IN_PROGRESS": 1,
        "ON_HOLD": 0, "SHIPPED": 0, "VERIFYING": 0, "CLOSED_EFFECTIVE": 2, "CLOSED_INEFFECTIVE": 1}
    assert (found["effectiveActions"], found["effectiveActionsMeasured"], found["effectiveActionsOverridden"]) == (
        2, 1, 1)
    # Real time here: c4 was opened long ago by now, so it counts as a miss (2 of 6).
    assert found["detractorsContactedWithin24h"] == 0.3333

    refused = await gql.raw(QUERY, **{"from": NOW.isoformat(), "to": FROM.isoformat()})
    assert refused.json()["errors"][0]["extensions"]["code"] == "VALIDATION"


async def test_any_role_reads_loop_metrics_and_anonymous_callers_do_not(
    dataset: Organization, gql: GraphQL
) -> None:
    _, viewer = await create_api_key(organization=dataset, role=Role.VIEWER)
    as_viewer: dict[str, Any] = await GraphQL(gql.client, viewer)(QUERY)
    assert as_viewer["loopMetrics"]["effectiveActions"] == 3
    anonymous = await GraphQL(gql.client).raw(QUERY)
    assert anonymous.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
