"""The minute path: signals or an answer change an account, the periodic job rescores it once its
mark has settled, and the warning's case and event exist, all well within a minute of the change;
a failing organisation spares the others."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from accounts.health_schedule import DEBOUNCE, DIRTY_EVERY, mark_from_response, rescore_dirty, score_and_warn
from accounts.models import Account, WarningRulesRow
from accounts.service import SignalRow, record_signals
from actions.models import Case, CaseStatus
from analysis.models import CommentAnalysis
from api import wiring
from core import events as topics
from core.models import Organization, OutboxEvent
from core.service import get_or_create_organization
from core.settings import Settings
from surveys.models import SurveyKind
from tests.support.cases import user_of
from tests.support.health import answer, person, survey
from tests.support.warnings import customer


async def _record(org: Organization, value: float) -> datetime:
    """Today's active users, recorded as the host does; the account's dirty mark."""
    report = await record_signals(organization=org, rows=[SignalRow(account="acme", metric="active_users",
                                                                    value=value, at=datetime.now(UTC))])
    assert report.accepted == 1
    marked = (await Account.get(organization_id=org.id, external_id="acme")).health_dirty_at
    assert marked is not None
    return marked


def test_a_change_is_scored_within_a_minute(settings: Settings) -> None:
    assert DEBOUNCE.total_seconds() + DIRTY_EVERY <= 45
    jobs = {job.name: job for job in wiring.wiring(settings).periodic}
    assert (jobs[wiring.HEALTH_DIRTY].every_seconds, jobs[wiring.HEALTH_DIRTY].fn) == (DIRTY_EVERY, rescore_dirty)


async def test_signals_that_drop_an_account_into_risk_open_its_case_at_the_next_tick(org: Organization) -> None:
    manager = await user_of(org, "李静")
    await customer(org, "acme", owner=manager)
    marked = await _record(org, 70)
    assert await rescore_dirty(now=marked + DEBOUNCE) == 1  # WATCH, its first score
    assert await Case.all().count() == 0
    marked = await _record(org, 50)
    assert await rescore_dirty(now=marked + DEBOUNCE / 2) == 0  # still settling
    assert await Case.all().count() == 0
    assert await rescore_dirty(now=marked + DEBOUNCE) == 1
    opened = await Case.get(organization_id=org.id)
    assert (opened.reason, opened.assignee_id, opened.status) == ("band_drop", manager.id, CaseStatus.ASSIGNED)
    assert opened.reason_detail == {"from": "WATCH", "to": "AT_RISK", "score": 50.0}
    assert opened.created_at - marked <= DEBOUNCE
    event = await OutboxEvent.get(topic=topics.CASE_ACCOUNT_WARNING)
    assert (event.payload["reason"], event.payload["assignee_id"]) == ("band_drop", manager.id)
    # The next ticks find nothing new.
    assert await rescore_dirty(now=marked + DEBOUNCE * 3) == 0
    await _record(org, 50)
    assert await rescore_dirty(now=datetime.now(UTC) + DEBOUNCE) == 1
    assert await Case.all().count() == 1


async def test_an_answer_stating_intent_to_leave_opens_its_case_at_the_next_tick(org: Organization) -> None:
    manager = await user_of(org, "李静")
    await customer(org, "acme", owner=manager)
    await _record(org, 90)
    await rescore_dirty(now=datetime.now(UTC) + DEBOUNCE)
    who = await person(org, "p1", "acme")
    response = await answer(org, await survey(org, SurveyKind.NPS), who, 2, datetime.now(UTC))
    await CommentAnalysis.create(organization_id=org.id, response_id=response.id, normalized="明年不续费了",
                                 tokens=[], keywords=[], sentiment=-0.6, model_version="test", churn_intent=True)
    await mark_from_response(response_id=response.id)  # the queue's task for response.analysed
    marked = (await Account.get(organization_id=org.id, external_id="acme")).health_dirty_at
    assert marked is not None
    await rescore_dirty(now=marked + DEBOUNCE)
    opened = await Case.get(organization_id=org.id)
    assert (opened.reason, opened.assignee_id) == ("churn_intent", manager.id)
    assert opened.dedupe_key == f"acme:churn_intent:response {response.id}"


async def test_an_organisation_whose_warnings_fail_spares_the_others(org: Organization,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    broken = await get_or_create_organization(name="Org B")
    for o in (broken, org):
        await customer(o, "acme")
    # Rules stored before a check existed (or by hand): they cannot be read, the scores still are.
    await WarningRulesRow.create(organization_id=broken.id, rules={"band_drop": {"enabled": "yes"}})
    scores = await score_and_warn(organization=broken, now=datetime.now(UTC))
    assert len(scores) == 1 and "early warnings of organisation" in caplog.text
    await _record(org, 70)
    await rescore_dirty(now=datetime.now(UTC) + DEBOUNCE)
    await _record(org, 30)
    await rescore_dirty(now=datetime.now(UTC) + DEBOUNCE)
    assert [c.reason for c in await Case.filter(organization_id=org.id)] == ["band_drop"]
