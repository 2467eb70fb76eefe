"""When accounts are scored: once a day for every account (claimed by one ticker), and soon after
an account's inputs change (marked dirty, rescored once the marks have settled)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from accounts.health import set_model
from accounts.health_model import DEFAULT_MODEL
from accounts.health_schedule import DEBOUNCE, mark_from_case, mark_from_response, rescore
from accounts.models import Account, AccountHealth
from accounts.service import SignalRow, record_signals
from core.models import Organization
from core.service import get_or_create_organization
from surveys.models import SurveyKind
from tests.support.health import account, answer, case, person, survey


async def test_each_organisation_is_scored_once_a_day(org: Organization) -> None:
    other = await get_or_create_organization(name="Org B")
    for o in (org, other):
        await account(o, "acme", seats=10)
        await person(o, "p1", "acme")  # people without cases: complaints score, so the account has a score
    now = datetime.now(UTC) + DEBOUNCE * 2
    assert await rescore(now=now) == 2  # both organisations' daily pass (the new accounts' marks go with it)
    assert await rescore(now=now + timedelta(minutes=5)) == 0
    assert await AccountHealth.all().count() == 2
    assert await rescore(now=now + timedelta(days=1)) == 2
    assert await AccountHealth.all().count() == 4


async def test_a_changed_account_is_rescored_once_its_marks_settle(org: Organization) -> None:
    acme, calm = await account(org, "acme", seats=10), await account(org, "calm", seats=10)
    start = datetime.now(UTC) + DEBOUNCE * 2
    await rescore(now=start)  # today's pass
    assert await Account.filter(health_dirty_at__isnull=False).count() == 0
    await record_signals(organization=org, rows=[SignalRow(account="acme", metric="active_users", value=8,
                                                           at=datetime.now(UTC))])
    marked = (await Account.get(id=acme.id)).health_dirty_at
    assert marked is not None and (await Account.get(id=calm.id)).health_dirty_at is None
    assert await rescore(now=marked + DEBOUNCE / 2) == 0  # still settling: more may come
    assert await rescore(now=marked + DEBOUNCE) == 1
    stored = await Account.get(id=acme.id)
    assert stored.health_dirty_at is None and stored.health_score is not None


async def test_answers_and_cases_mark_their_account(org: Organization) -> None:
    acme = await account(org, "acme")
    await Account.filter(id=acme.id).update(health_dirty_at=None)
    nps = await survey(org, SurveyKind.NPS)
    someone, stranger = await person(org, "p1", "acme"), await person(org, "p2", None)
    response = await answer(org, nps, someone, 3, datetime.now(UTC))
    await mark_from_response(response_id=(await answer(org, nps, stranger, 3, datetime.now(UTC))).id)
    assert (await Account.get(id=acme.id)).health_dirty_at is None
    await mark_from_response(response_id=response.id)
    assert (await Account.get(id=acme.id)).health_dirty_at is not None
    await Account.filter(id=acme.id).update(health_dirty_at=None)
    await mark_from_case(case_id=(await case(org, response, datetime.now(UTC))).id)
    assert (await Account.get(id=acme.id)).health_dirty_at is not None


async def test_a_new_model_rescores_every_account_at_the_next_tick(org: Organization) -> None:
    for name in ("acme", "beta"):
        await account(org, name, seats=10)
        await person(org, f"{name}-p", name)
    now = datetime.now(UTC) + DEBOUNCE * 2
    assert await rescore(now=now) == 2
    assert await rescore(now=now + timedelta(minutes=1)) == 0
    only_complaints = {"components": [{"key": "complaints", "weight": 100, "scale": {
        "type": "thresholds", "otherwise": 0, "steps": [{"upTo": 0, "points": 50}]}}], "bands": DEFAULT_MODEL["bands"]}
    await set_model(organization=org, model=only_complaints)
    assert await rescore(now=now + timedelta(minutes=2)) == 2
    assert {a.health_score for a in await Account.filter(organization_id=org.id)} == {50.0}
