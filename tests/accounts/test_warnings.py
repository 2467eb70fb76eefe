"""Early warnings: each rule opens one case per account and window when its threshold is passed,
none below it or when it is off, for the account's CS manager (else the routing), with the figures
that made it fire; another organisation's accounts are never touched."""

from __future__ import annotations

from datetime import timedelta

from accounts import warnings
from accounts.health import score_accounts
from accounts.models import AccountHealth, AccountStage, WarningRulesRow
from accounts.warning_rules import RULES
from actions.models import Case, CaseStatus
from analysis.models import CommentAnalysis
from core import events as topics
from core.ids import encode_id
from core.models import Organization, OutboxEvent
from core.service import get_or_create_organization
from surveys.models import SurveyKind
from tests.support.cases import team_of, user_of
from tests.support.health import answer, case, person, signal, survey
from tests.support.warnings import NOW, TODAY, customer, only, run, usage, window


async def test_a_band_drop_opens_one_case_per_day_and_band_for_the_cs_manager(org: Organization) -> None:
    await only(org, "band_drop")
    manager = await user_of(org, "李静")
    acme = await customer(org, "acme", owner=manager)
    await usage(org, acme, 70)
    assert await run(org) == []  # its first score: nothing to drop from
    await usage(org, acme, 50)
    assert await run(org, NOW + timedelta(hours=1)) == [("acme", "band_drop", "2026-12-06 AT_RISK")]
    opened = await Case.get(organization_id=org.id, reason="band_drop")
    assert (opened.assignee_id, opened.status, opened.source) == (manager.id, CaseStatus.ASSIGNED, "warning")
    assert opened.reason_detail == {"from": "WATCH", "to": "AT_RISK", "score": 50.0}
    event = await OutboxEvent.get(topic=topics.CASE_ACCOUNT_WARNING)
    assert (event.payload["case_id"], event.payload["account_name"]) == (opened.id, "acme 公司")
    assert await run(org, NOW + timedelta(hours=2)) == []  # still AT_RISK: the same warning
    await usage(org, acme, 70)
    assert await run(org, NOW + timedelta(hours=3)) == []  # up again: no drop
    await usage(org, acme, 50)
    assert await run(org, NOW + timedelta(hours=4)) == []  # into AT_RISK again the same day: the same window
    await usage(org, acme, 30)
    assert await run(org, NOW + timedelta(hours=5)) == [("acme", "band_drop", "2026-12-06 CRITICAL")]
    assert await Case.filter(organization_id=org.id).count() == 2
    # A score wavering on an edge is one warning: back up, and down into 风险 again the next day, is
    # quiet for 30 days (the band was warned of); 关注 opens nothing by default.
    tomorrow = TODAY + timedelta(days=1)
    await usage(org, acme, 85, tomorrow)
    assert await run(org, NOW + timedelta(days=1)) == []
    await usage(org, acme, 70, tomorrow)
    assert await run(org, NOW + timedelta(days=1, hours=1)) == []  # into WATCH
    await usage(org, acme, 50, tomorrow)
    assert await run(org, NOW + timedelta(days=1, hours=2)) == []  # into AT_RISK again, within 30 days
    assert await Case.filter(organization_id=org.id).count() == 2


async def test_a_band_drop_counts_only_into_the_bands_the_rule_names(org: Organization) -> None:
    await only(org, "band_drop", into=["CRITICAL"])
    acme = await customer(org, "acme")
    await usage(org, acme, 70)
    await run(org)
    await usage(org, acme, 50)
    assert await run(org, NOW + timedelta(hours=1)) == []
    await usage(org, acme, 20)
    assert await run(org, NOW + timedelta(hours=2)) == [("acme", "band_drop", "2026-12-06 CRITICAL")]
    assert (await Case.get(reason="band_drop")).reason_detail == {"from": "AT_RISK", "to": "CRITICAL", "score": 20.0}


async def _month_ago(org: Organization, account_id: int, score: float, days: int = 30) -> None:
    await AccountHealth.create(organization_id=org.id, account_id=account_id, day=TODAY - timedelta(days=days),
                               score=score, band="HEALTHY", components=[], computed_at=NOW - timedelta(days=days))


async def test_a_score_fall_of_15_points_fires_once_per_fall(org: Organization) -> None:
    await only(org, "score_fall")
    acme, calm, fit = await customer(org, "acme"), await customer(org, "calm"), await customer(org, "fit")
    for a, before, now in ((acme, 80, 64), (calm, 80, 66), (fit, 100, 84)):
        await _month_ago(org, a.id, before)
        await usage(org, a, now)
    # acme: 16 points down; calm's 14 are not enough; fit's 16 leave it healthy (84): no work to do.
    assert await run(org) == [("acme", "score_fall", "2026-12-06")]
    assert (await Case.get(reason="score_fall")).reason_detail == {
        "score": 64.0, "score_before": 80.0, "fall": 16.0, "days": 30, "points": 15, "band": "WATCH"}
    # The next day the fall is measured again: the same fall, quiet for its 30 days.
    await _month_ago(org, acme.id, 80, days=29)
    await usage(org, acme, 60, TODAY + timedelta(days=1))
    assert await run(org, NOW + timedelta(days=1)) == []
    # Its own period: a week back.
    await only(org, "score_fall", points=10, days=7)
    await _month_ago(org, calm.id, 77, days=7)
    assert await run(org, NOW + timedelta(hours=1)) == [("calm", "score_fall", "2026-12-06")]


async def test_a_score_fall_compares_two_weeks_with_the_two_weeks_around_30_days_before(org: Organization) -> None:
    await only(org, "score_fall")
    acme = await customer(org, "acme")
    await usage(org, acme, 64)
    # The 14 days around 30 days before are 37..24 days back: their mean 80, a fall of 16. The days
    # just outside (38, 23) score 40: counted, they would make the mean 60 and no fall.
    for back, score in ((38, 40), (37, 80), (24, 80), (23, 40)):
        await _month_ago(org, acme.id, score, days=back)
    assert await run(org) == [("acme", "score_fall", "2026-12-06")]
    detail = (await Case.get(reason="score_fall")).reason_detail
    assert detail is not None and detail["score_before"] == 80.0


async def test_no_login_for_14_days_fires_once_per_streak(org: Organization) -> None:
    await only(org, "no_login")
    away, recent = await customer(org, "away", seats=None), await customer(org, "recent", seats=None)
    await signal(org, away, "logins", TODAY - timedelta(days=20), 3)
    await signal(org, away, "logins", TODAY - timedelta(days=2), 0)  # a day without logins is no login
    await signal(org, recent, "logins", TODAY - timedelta(days=13), 1)
    assert await run(org) == [("away", "no_login", "last 2026-11-16")]
    assert (await Case.get(reason="no_login")).reason_detail == {
        "last_login": "2026-11-16", "days_without": 20, "days": 14}
    assert await run(org, NOW + timedelta(days=3)) == [("recent", "no_login", "last 2026-11-23")]  # 16 days now
    await signal(org, away, "logins", TODAY + timedelta(days=4), 2)  # back, and away again for 14 days
    assert await run(org, NOW + timedelta(days=18)) == [("away", "no_login", "last 2026-12-10")]


async def test_usage_down_by_more_than_half_fires_then_stays_quiet(org: Organization) -> None:
    await only(org, "usage_drop")
    halved, dipped = await customer(org, "halved"), await customer(org, "dipped")
    for a, recent in ((halved, 4), (dipped, 7)):
        for day in range(7):
            await usage(org, a, recent, TODAY - timedelta(days=day))
            await usage(org, a, 12, TODAY - timedelta(days=30 + day))
    assert await run(org) == [("halved", "usage_drop", "2026-12-06")]  # 4 against 12; dipped's 7 is not half
    assert (await Case.get(reason="usage_drop")).reason_detail == {"change": -0.6667, "share": 0.5}
    await usage(org, halved, 4, TODAY + timedelta(days=1))
    assert await run(org, NOW + timedelta(days=1)) == []  # the same drop, measured again: quiet for 30 days


async def test_a_renewal_within_30_days_in_risk_fires_once_per_renewal(org: Organization) -> None:
    await only(org, "renewal_risk")
    soon = await customer(org, "soon", renewal_at=NOW + timedelta(days=10))
    later = await customer(org, "later", renewal_at=NOW + timedelta(days=40))
    fine = await customer(org, "fine", renewal_at=NOW + timedelta(days=5))
    for a, score in ((soon, 50), (later, 50), (fine, 70)):
        await usage(org, a, score)
    assert await run(org) == [("soon", "renewal_risk", "renewal 2026-12-16")]
    assert (await Case.get(reason="renewal_risk")).reason_detail == {
        "renewal_at": (NOW + timedelta(days=10)).isoformat(), "days_left": 10, "band": "AT_RISK", "score": 50.0}
    assert await run(org, NOW + timedelta(days=1)) == []


async def test_more_than_3_complaints_in_30_days_fire_once_a_week(org: Organization) -> None:
    await only(org, "complaints")
    nps = await survey(org, SurveyKind.NPS)
    for name, cases in (("loud", 4), ("mild", 3)):
        await customer(org, name)
        who = await person(org, f"{name}-p", name)
        for i in range(cases):
            await case(org, await answer(org, nps, who, 2, NOW - timedelta(days=i * 7)), NOW - timedelta(days=i * 7))
    mild = await person(org, "mild-q", "mild")
    await case(org, await answer(org, nps, mild, 1, NOW), NOW, status=CaseStatus.CANCELLED)  # no complaint
    await case(org, await answer(org, nps, mild, 1, NOW), NOW - timedelta(days=31))  # too old
    assert await run(org) == [("loud", "complaints", "2026-W49")]
    assert (await Case.get(reason="complaints")).reason_detail == {"complaints": 4, "days": 30, "count": 3}
    assert await run(org, NOW + timedelta(hours=5)) == []


async def test_a_comment_stating_intent_to_leave_fires_once_per_comment(org: Organization) -> None:
    await only(org, "churn_intent")
    await customer(org, "acme")
    nps = await survey(org, SurveyKind.NPS)
    who = await person(org, "p1", "acme")

    async def said(text: str, stated: bool, days_ago: int = 1) -> int:
        response = await answer(org, nps, who, 3, NOW - timedelta(days=days_ago))
        await CommentAnalysis.create(organization_id=org.id, response_id=response.id, normalized=text, tokens=[],
                                     keywords=[], sentiment=-0.5, model_version="test", churn_intent=stated)
        return int(response.id)

    leaving = await said("不续费了", True)
    threat = await said("要是再这样就退订", False)
    await said("已经卸载了", True, days_ago=40)  # answered before the rule's 30 days
    await said("配送太慢", False)
    assert await run(org) == [("acme", "churn_intent", f"response {leaving}")]
    assert (await Case.get(reason="churn_intent")).reason_detail == {
        "response_id": encode_id("Response", leaving), "signal": "stated"}
    assert await run(org, NOW + timedelta(hours=1)) == []
    await only(org, "churn_intent", level="conditional")  # a threat counts too
    assert await run(org, NOW + timedelta(hours=2)) == [("acme", "churn_intent", f"response {threat}")]


async def test_rules_that_are_off_open_nothing(org: Organization) -> None:
    await only(org, None)
    acme = await customer(org, "acme", renewal_at=NOW + timedelta(days=3))
    await usage(org, acme, 70)
    await run(org)
    await _month_ago(org, acme.id, 95)
    await signal(org, acme, "logins", TODAY - timedelta(days=40), 1)
    await usage(org, acme, 30)
    assert await run(org, NOW + timedelta(hours=1)) == []
    assert await Case.all().count() == 0


async def test_without_a_manager_the_routing_takes_it_and_churned_accounts_get_none(org: Organization) -> None:
    await only(org, "renewal_risk")
    agent = await user_of(org, "王芳")
    await team_of(org, "客户成功", [agent])
    orphan = await customer(org, "orphan", renewal_at=NOW + timedelta(days=3))
    gone = await customer(org, "gone", renewal_at=NOW + timedelta(days=3), stage=AccountStage.CHURNED)
    for a in (orphan, gone):
        await usage(org, a, 30)
    assert await run(org) == [("orphan", "renewal_risk", "renewal 2026-12-09")]
    taken = await Case.get(reason="renewal_risk")
    assert (taken.assignee_id, taken.status) == (agent.id, CaseStatus.ASSIGNED)


async def test_another_organisations_accounts_are_untouched(org: Organization) -> None:
    other = await get_or_create_organization(name="Org B")
    for o in (org, other):
        await only(o, "band_drop")
        a = await customer(o, "acme")
        await usage(o, a, 70)
        await run(o)
        await usage(o, a, 50)
    scores = await score_accounts(organization=other, now=NOW + timedelta(hours=1))
    # Their scores given with our organisation: none of their accounts is ours, nothing opens.
    assert await warnings.evaluate(organization=org, scores=scores, now=NOW + timedelta(hours=1)) == []
    assert await run(org, NOW + timedelta(hours=1)) == [("acme", "band_drop", "2026-12-06 AT_RISK")]
    assert await Case.filter(organization_id=other.id).count() == 0
    await only(other, None)
    assert await warnings.evaluate(organization=other, scores=scores, now=NOW + timedelta(hours=1)) == []
    assert await Case.filter(organization_id=other.id).count() == 0
    # Ours stays as it was when theirs change.
    assert [window(c) for c in await Case.filter(organization_id=org.id)] == ["2026-12-06 AT_RISK"]
    assert await WarningRulesRow.filter(organization_id=org.id).count() == 1
    assert (await warnings.stored_rules(organization_id=org.id))["band_drop"]["enabled"] is True
    assert all(not p["enabled"] for p in (await warnings.stored_rules(organization_id=other.id)).values())
    assert set(await warnings.stored_rules(organization_id=other.id)) == set(RULES)
