"""score_accounts: set-based scoring of all of an organisation's accounts matches a plain per-account
recomputation, keeps one row per account and day, says what is missing, and never reaches another
organisation."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from accounts.health import score_accounts, set_model
from accounts.health_model import DEFAULT, EVIDENCE, BadHealthModel, HealthBand, score
from accounts.models import Account, AccountHealth, AccountSignal
from actions.models import Case, CaseStatus
from analysis.models import CommentAnalysis
from core.models import Organization
from core.service import get_or_create_organization
from surveys.models import Channel, Display, Respondent, Response, SurveyKind
from tests.support.health import account, answer, case, display, person, signal, survey

NOW = datetime(2026, 12, 6, 4, 0, tzinfo=UTC)  # 12:00 in Shanghai, the organisation's zone
TODAY = date(2026, 12, 6)


async def seed(org: Organization) -> list[Account]:
    """Five accounts with different mixes of data, one with none at all."""
    nps, csat = await survey(org, SurveyKind.NPS), await survey(org, SurveyKind.CSAT)
    rich = await account(org, "rich", seats=50)
    sour = await account(org, "sour", seats=20)
    quiet = await account(org, "quiet")  # no seats: usage is missing
    usage_only = await account(org, "usage-only", seats=10)
    empty = await account(org, "empty", seats=5)
    for day in range(40):
        on = TODAY - timedelta(days=day)
        await signal(org, rich, "active_users", on, 40 + (day < 7) * 5)
        await signal(org, sour, "active_users", on, 4 if day < 7 else 12)
        if day >= 20:
            await signal(org, usage_only, "logins", on, 3)
    await signal(org, usage_only, "active_users", TODAY - timedelta(days=1), 9)
    people = {name: [await person(org, f"{name}-{i}", name) for i in range(3)] for name in ("rich", "sour", "quiet")}
    await person(org, "nobody-1", None)
    for i, who in enumerate(people["rich"]):
        await answer(org, nps, who, 9 + i % 2, NOW - timedelta(days=5 + i), sentiment=0.6)
        await answer(org, csat, who, 5, NOW - timedelta(days=45))
        await display(org, nps, who, NOW - timedelta(days=5 + i))
        await display(org, nps, who, NOW - timedelta(days=60))
    for i, who in enumerate(people["sour"]):
        bad = await answer(org, nps, who, 2 + i, NOW - timedelta(days=3 + 20 * i), sentiment=-0.7)
        await case(org, bad, NOW - timedelta(days=3 + 20 * i), breached=i == 0)
        await answer(org, csat, who, 2, NOW - timedelta(days=80))
        await display(org, nps, who, NOW - timedelta(days=3))
        await display(org, nps, who, NOW - timedelta(days=10))
    old = await answer(org, nps, people["sour"][0], 0, NOW - timedelta(days=120))  # too old to count
    await case(org, old, NOW - timedelta(days=120))
    await answer(org, nps, people["quiet"][0], 7, NOW - timedelta(days=40), channel=Channel.API)
    return [rich, sour, quiet, usage_only, empty]


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


async def reference(org: Organization, a: Account) -> dict[str, float | None]:
    """What each component measures, one account at a time, the slow and obvious way."""
    signals = await AccountSignal.filter(account_id=a.id)
    active = [s for s in signals if s.metric == "active_users"]
    recent = _mean([s.value for s in active if s.day >= TODAY - timedelta(days=6)])
    earlier = _mean([s.value for s in active if TODAY - timedelta(days=36) <= s.day <= TODAY - timedelta(days=30)])
    seats = a.attributes.get("seats")
    logged_in = [s.day for s in signals if s.metric in ("active_users", "logins") and s.value > 0]
    people = await Respondent.filter(organization_id=org.id, account_external_id=a.external_id)
    ids = [p.id for p in people]
    since, recent_since = NOW - timedelta(days=90), NOW - timedelta(days=30)
    answers = await Response.filter(respondent_id__in=ids, submitted_at__gte=since).prefetch_related("survey")

    def weight(r: Response) -> int:
        return 2 if r.submitted_at >= recent_since else 1

    nps = [r for r in answers if r.nps_category is not None]
    csat = [r for r in answers if r.survey.kind == SurveyKind.CSAT]
    comments = [(c, by_id) for c in await CommentAnalysis.filter(response_id__in=[r.id for r in answers])
                for by_id in answers if by_id.id == c.response_id]
    cases = await Case.filter(respondent_id__in=ids, created_at__gte=recent_since).exclude(status=CaseStatus.CANCELLED)
    shown = await Display.filter(respondent_id__in=ids, created_at__gte=since).count()
    answered = len([r for r in answers if r.channel in (Channel.WIDGET, Channel.LINK, Channel.EMAIL)])
    nps_w = sum(weight(r) for r in nps)
    net = sum(weight(r) * ((r.nps_category == "promoter") - (r.nps_category == "detractor")) for r in nps)
    csat_w = sum(weight(r) for r in csat)
    satisfied = sum(weight(r) for r in csat if (r.score or 0) >= 4)
    sent_w = sum(weight(r) for _, r in comments)
    sent = sum(weight(r) * (c.sentiment or 0.0) for c, r in comments)
    return {
        "usage": round(recent / seats, 4) if recent is not None and seats else None,
        "usage_trend": round(recent / earlier - 1, 4) if recent is not None and earlier else None,
        "activity": float((TODAY - max(logged_in)).days) if logged_in else None,
        "nps": round(100 * net / nps_w, 4) if nps_w else None,
        "csat": round(100 * satisfied / csat_w, 4) if csat_w else None,
        "sentiment": sent / sent_w if sent_w else None,
        "complaints": float(len(cases) + sum(c.breached for c in cases)) if people else None,
        "responsiveness": min(1.0, answered / shown) if shown else None,
        "nps_answers": float(len(nps)), "csat_answers": float(len(csat)), "sentiment_comments": float(len(comments)),
    }


async def test_set_based_scores_match_a_per_account_recomputation(org: Organization) -> None:
    accounts = await seed(org)
    scores = {s.account_id: s for s in await score_accounts(organization=org, now=NOW)}
    assert set(scores) == {a.id for a in accounts}
    for a in accounts:
        expected_values = await reference(org, a)
        expected, _ = score(DEFAULT, expected_values)
        got = scores[a.id]
        values = {c.key: c.value for c in got.components}
        assert values == pytest.approx({k: v for k, v in expected_values.items() if k in values}), a.external_id
        assert {k: got.measured[k] for k in EVIDENCE.values()} == {k: expected_values[k] for k in EVIDENCE.values()}
        assert got.score == expected, a.external_id
    rich, sour, quiet, usage_only, empty = (scores[a.id] for a in accounts)
    assert rich.band == HealthBand.HEALTHY and sour.band == HealthBand.CRITICAL
    assert {c.key for c in quiet.components if c.missing} == {"usage", "usage_trend", "activity", "csat",
                                                               "sentiment", "responsiveness"}
    assert {c.key for c in usage_only.components if not c.missing} == {"usage", "activity"}
    assert empty.score is None and empty.band is None
    assert await AccountHealth.filter(account_id=accounts[4].id).count() == 0
    stored = await Account.get(id=accounts[0].id)
    assert (stored.health_score, stored.health_band) == (rich.score, "HEALTHY")


async def test_the_day_is_kept_and_scoring_it_again_replaces_it(org: Organization) -> None:
    acme = await account(org, "acme", seats=10)
    for day in range(3):
        await signal(org, acme, "active_users", TODAY - timedelta(days=day), 5)
    await score_accounts(organization=org, now=NOW - timedelta(days=1))
    first = await score_accounts(organization=org, now=NOW)
    await signal(org, acme, "active_users", TODAY, 1)  # today's value drops: the same day rescored
    again = (await score_accounts(organization=org, now=NOW + timedelta(hours=2)))[0]
    rows = await AccountHealth.filter(account_id=acme.id).order_by("day")
    assert [r.day for r in rows] == [TODAY - timedelta(days=1), TODAY]
    assert rows[1].score == again.score
    assert again.score is not None and first[0].score is not None and again.score < first[0].score
    assert (again.previous_score, again.previous_band) == (rows[0].score, HealthBand(rows[0].band))
    assert rows[1].previous_band == rows[0].band and rows[1].components[0]["key"] == "usage"
    assert again.score_30d_ago is None and again.change_30d is None


async def test_scores_30_days_back_give_the_change(org: Organization) -> None:
    acme = await account(org, "acme", seats=10)
    await signal(org, acme, "active_users", TODAY - timedelta(days=30), 10)
    before = (await score_accounts(organization=org, now=NOW - timedelta(days=30)))[0]
    await signal(org, acme, "active_users", TODAY, 3)
    now = (await score_accounts(organization=org, now=NOW))[0]
    assert now.score_30d_ago == before.score and now.band_30d_ago == before.band
    assert now.change_30d == pytest.approx(now.score - before.score)  # type: ignore[operator]
    assert (await Account.get(id=acme.id)).health_change_30d == pytest.approx(now.change_30d)


async def test_organisations_are_kept_apart(org: Organization) -> None:
    other = await get_or_create_organization(name="Org B")
    mine = await account(org, "same-id", seats=10)
    theirs = await account(other, "same-id", seats=10)
    await signal(org, mine, "active_users", TODAY, 9)
    await signal(other, theirs, "active_users", TODAY, 1)
    await person(other, "b-person", "same-id")  # their people name the same external id
    scores = await score_accounts(organization=org, now=NOW)
    assert [s.account_id for s in scores] == [mine.id]
    assert {c.key: c.value for c in scores[0].components}["complaints"] is None  # org B's person is not ours
    assert await score_accounts(organization=org, now=NOW, account_ids=[theirs.id]) == []
    assert await AccountHealth.filter(organization_id=other.id).count() == 0


async def test_a_bad_model_changes_nothing(org: Organization) -> None:
    good: dict[str, Any] = {"components": [{"key": "usage", "weight": 100,
                                            "scale": {"type": "linear", "from": 0, "to": 1}}],
                            "bands": [{"band": "HEALTHY", "min": 50, "max": 100, "color": "#00ff00"},
                                      {"band": "WATCH", "min": 30, "max": 50, "color": "#ffff00"},
                                      {"band": "AT_RISK", "min": 10, "max": 30, "color": "#ff8800"},
                                      {"band": "CRITICAL", "min": 0, "max": 10, "color": "#ff0000"}]}
    acme = await account(org, "acme", seats=10)
    await signal(org, acme, "active_users", TODAY, 4)
    await set_model(organization=org, model=good)
    with pytest.raises(BadHealthModel):
        await set_model(organization=org, model={**good, "components": [{**good["components"][0], "weight": 90}]})
    result = (await score_accounts(organization=org, now=NOW))[0]
    assert (result.score, result.band) == (40.0, HealthBand.WATCH)


async def test_the_latest_score_and_time_are_copied_onto_the_account(org: Organization) -> None:
    acme = await account(org, "acme", seats=10)
    await signal(org, acme, "active_users", TODAY, 9)
    scored = (await score_accounts(organization=org, now=NOW))[0]
    stored = await Account.get(id=acme.id)
    assert (stored.health_score, stored.health_band, stored.health_computed_at, stored.health_dirty_at) == (
        scored.score, "HEALTHY", NOW, None)
    await AccountSignal.filter(account_id=acme.id).delete()  # no data any more: no score, the day's row gone
    assert (await score_accounts(organization=org, now=NOW, account_ids=[acme.id]))[0].score is None
    stored = await Account.get(id=acme.id)
    assert (stored.health_score, stored.health_band) == (None, None)
    assert await AccountHealth.filter(account_id=acme.id).count() == 0
