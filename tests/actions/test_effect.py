"""Baseline snapshots and measured effects of improvement actions over hand-made analysis rows."""

from __future__ import annotations

import asyncio
import math
from datetime import timedelta

import pytest

from actions import effect
from actions.action_flows import verify_due_actions
from actions.improvements import Links, create_action, transition_action
from actions.models import ActionStatus, AuditEvent
from analysis.models import TopicModelVersion
from core.models import Organization, OutboxEvent
from core.service import get_or_create_organization
from core.settings import Settings
from tests.support.analysed import comment, make_topic, many, nps_survey, topic_model
from tests.support.improvements import DAY, PLANNED, PM, SHIPPED, two_windows, walk_to_shipped

# --- baseline -----------------------------------------------------------------------------------


async def test_baseline_snapshot_numbers_on_a_constructed_dataset(org: Organization) -> None:
    survey = await nps_survey(org)
    model = await topic_model(org)
    delivery = await make_topic(model, 0, "配送")
    taste = await make_topic(model, 1, "味道")
    late = await make_topic(model, 2, "迟到", merged_into=delivery)  # merged into the linked topic: counts
    start = PLANNED - 28 * DAY
    # (day offset from the window start, topic, score, sentiment)
    plan = [
        (1, delivery, 0, -0.8), (2, delivery, 10, -0.6), (3, taste, 9, 0.5), (4, taste, 9, 0.5), (5, taste, 9, 0.5),
        (8, delivery, 8, -0.4), (9, late, 9, 0.2), (10, taste, 9, 0.5), (11, taste, 9, 0.5),
        (15, taste, 9, 0.5), (16, taste, 9, 0.5), (17, taste, 9, 0.5), (18, taste, 9, 0.5),
        (22, delivery, 3, -1.0), (23, delivery, 10, 0.0), (24, delivery, 9, 0.6), (25, None, 9, 0.3),
        (26, None, 9, 0.3),
    ]
    for offset, topic, score, sentiment in plan:
        await comment(survey, topic=topic, at=start + offset * DAY, score=score, sentiment=sentiment)
    # Outside the window, not analysed, or another organisation's: none of them count.
    await comment(survey, topic=delivery, at=start - DAY, score=0, sentiment=-1.0)
    await comment(survey, topic=delivery, at=PLANNED + timedelta(hours=1), score=0, sentiment=-1.0)
    await comment(survey, topic=None, at=start + 3 * DAY, score=0, analysed=False)
    other = await get_or_create_organization(name="Other")
    other_topic = await make_topic(await topic_model(other), 0, "配送")
    await comment(await nps_survey(other), topic=other_topic, at=start + 3 * DAY, score=0, sentiment=-1.0)

    action = await create_action(organization_id=org.id, actor=PM, title="配送", links=Links(topic_ids=[delivery.id]),
                                 now=PLANNED - DAY)
    for to in (ActionStatus.UNDER_REVIEW, ActionStatus.PLANNED):
        action = await transition_action(organization_id=org.id, action_id=action.id, to=to, actor=PM, now=PLANNED)
    baseline = action.baseline
    assert baseline is not None and action.planned_at == PLANNED
    assert baseline["window"] == {"since": start.isoformat(), "until": PLANNED.isoformat(), "days": 28.0}
    assert baseline["topic_ids"] == sorted([delivery.id, late.id]) and baseline["survey_ids"] is None
    # 18 analysed comments; delivery (with the merged 迟到) has 2 + 2 + 0 + 3 = 7 of them.
    assert (baseline["analysed"], baseline["comments"]) == (18, 7)
    assert baseline["share"] == round(7 / 18, 6)
    assert baseline["weekly"]["mean"] == 1.75
    assert [w["count"] for w in baseline["weekly"]["series"]] == [2, 2, 0, 3]
    assert [w["week_start"] for w in baseline["weekly"]["series"]] == [
        (start + 7 * k * DAY).isoformat() for k in range(4)]
    # Scores 0, 10, 8, 9, 3, 10, 9: promoters 4, passives 1, detractors 2 -> NPS 100 * 2 / 7; the margin's
    # shares with one pseudo-answer per category (surveys.metrics.nps_margin), over the real n = 7.
    p, d = 5 / 10, 3 / 10
    assert baseline["nps"] == {
        "score": round(100 * 2 / 7, 4), "promoters": 4, "passives": 1, "detractors": 2, "responses": 7,
        "margin_of_error": round(100 * 1.959964 * math.sqrt((p + d - (p - d) ** 2) / 7), 4),
    }
    assert baseline["sentiment"]["mean"] == round(-2.0 / 7, 6) and baseline["sentiment"]["scored"] == 7
    assert baseline["weeks"] == 4
    kinds = [e.kind for e in await AuditEvent.filter(subject="action", subject_id=action.id).order_by("id")]
    assert kinds[-2:] == ["status", "baseline"]


async def test_a_survey_scoped_model_counts_only_its_survey(org: Organization) -> None:
    app, web = await nps_survey(org, "App"), await nps_survey(org, "Web")
    model = await topic_model(org, survey=app)
    crash = await make_topic(model, 0, "闪退")
    for _ in range(3):
        await comment(app, topic=crash, at=PLANNED - 3 * DAY, score=2)
    await comment(app, topic=None, at=PLANNED - 3 * DAY, score=9)
    for _ in range(4):  # another survey's comments are not in the denominator
        await comment(web, topic=None, at=PLANNED - 3 * DAY, score=9)
    baseline = await effect.snapshot_baseline(organization_id=org.id, topic_ids=[crash.id], planned_at=PLANNED)
    assert baseline["survey_ids"] == [app.id]
    assert (baseline["analysed"], baseline["comments"], baseline["share"]) == (4, 3, 0.75)


async def test_a_merged_away_linked_topic_follows_its_merge(org: Organization) -> None:
    survey = await nps_survey(org)
    model = await topic_model(org)
    target = await make_topic(model, 0, "配送")
    linked = await make_topic(model, 1, "迟到", merged_into=target)  # its analyses moved to the target
    await comment(survey, topic=target, at=PLANNED - DAY, score=2)
    scope = await effect.topic_scope(organization_id=org.id, topic_ids=[linked.id])
    assert scope.topic_ids == sorted([target.id, linked.id])


# --- statistics ---------------------------------------------------------------------------------


def test_two_proportion_z_test_by_hand() -> None:
    found = effect.two_proportion(40, 100, 10, 100)
    assert found is not None
    # pooled 0.25; se = sqrt(0.25 * 0.75 * 2 / 100) = 0.0612372; z = -0.3 / se = -4.898979
    assert found["z"] == pytest.approx(-4.899, abs=1e-3)
    assert found["p_value"] == pytest.approx(math.erfc(4.898979 / math.sqrt(2)), abs=1e-6)
    assert found["significant"] is True and found["difference"] == -0.3
    same = effect.two_proportion(40, 100, 40, 100)
    assert same is not None and same["z"] == 0 and same["p_value"] == 1.0 and same["significant"] is False
    assert effect.two_proportion(0, 0, 1, 10) is None


def test_nps_difference_interval_by_hand() -> None:
    window = (PLANNED, PLANNED + DAY)
    scope = effect.Scope(topic_ids=[], survey_ids=None)
    before = effect.Measure(*window, scope=scope, promoters=20, passives=10, detractors=20)
    after = effect.Measure(*window, scope=scope, promoters=35, passives=10, detractors=5)
    found = effect.nps_difference(before, after)
    assert found is not None
    # With one pseudo-answer per category (surveys.metrics.nps_variance), out of 53:
    # var before = 42/53 - 0 = 0.7925; after = (36 + 6)/53 - (30/53)^2 = 0.4720; se = sqrt(var/50 + var/50).
    var0, var1 = 42 / 53, 42 / 53 - (30 / 53) ** 2
    half = 100 * 1.959964 * math.sqrt(var0 / 50 + var1 / 50)
    assert (found["before"], found["after"], found["difference"]) == (0.0, 60.0, 60.0)
    assert found["ci95"] == [round(60 - half, 4), round(60 + half, 4)]
    assert found["significant"] is True
    # One promoter before, one after: no difference known, never "[0, 0]".
    one = effect.Measure(*window, scope=scope, promoters=1, passives=0, detractors=0)
    same = effect.nps_difference(one, one)
    assert same is not None and same["ci95"][1] - same["ci95"][0] > 100 and same["significant"] is False


# --- effect -------------------------------------------------------------------------------------


async def test_a_clear_improvement_is_significant_and_suggested_effective(org: Organization) -> None:
    delivery = await two_windows(org, before=(40, 100), after=(10, 100))
    action = await walk_to_shipped(org, [delivery])
    assert await verify_due_actions(now=SHIPPED + 13 * DAY) == []  # the window has not passed yet
    assert await verify_due_actions(now=SHIPPED + 14 * DAY + timedelta(minutes=1)) == [action.id]
    await action.refresh_from_db()
    assert action.status == ActionStatus.VERIFYING and action.effect is not None
    found = action.effect
    assert found["verdict"] == "effective" and found["window_complete"] is True
    assert found["share"]["before"] == 0.4 and found["share"]["after"] == 0.1
    assert found["share"]["z"] == pytest.approx(-4.899, abs=1e-3) and found["share"]["significant"] is True
    assert (found["before"]["comments"], found["after"]["comments"]) == (40, 10)
    assert found["after"]["weekly"]["mean"] == 5.0 and found["before"]["weekly"]["mean"] == 10.0
    assert found["baseline_recomputed"] is False
    assert found["sentiment"]["difference"] == 0.0
    assert effect.reason_codes(found) == [effect.EffectReason.SHARE_DROPPED]
    last = await AuditEvent.filter(subject="action", subject_id=action.id).order_by("-id").limit(2)
    assert [(e.kind, e.actor, e.to_value) for e in last] == [
        ("effect", "system", "EFFECTIVE"), ("status", "system", "VERIFYING")]
    changed = await OutboxEvent.filter(topic="action.status_changed").order_by("-id").first()
    assert changed is not None and changed.payload == {"action_id": action.id, "from": "shipped", "to": "verifying"}


async def test_no_change_is_not_significant_and_suggested_ineffective(org: Organization) -> None:
    delivery = await two_windows(org, before=(40, 100), after=(40, 100))
    action = await walk_to_shipped(org, [delivery])
    await verify_due_actions(now=SHIPPED + 15 * DAY)
    await action.refresh_from_db()
    assert action.effect is not None
    assert action.effect["verdict"] == "ineffective"
    assert action.effect["share"]["p_value"] == 1.0 and action.effect["share"]["significant"] is False
    assert action.effect["nps"]["difference"] == 0.0
    assert effect.reason_codes(action.effect) == [effect.EffectReason.NO_CHANGE]


async def test_a_rise_in_the_topic_nps_alone_is_effective(org: Organization) -> None:
    survey = await nps_survey(org)
    model = await topic_model(org)
    delivery, other = await make_topic(model, 0, "配送"), await make_topic(model, 1, "其他")
    await many(survey, delivery, 20, start=PLANNED - 28 * DAY, days=28, score=2)
    await many(survey, delivery, 20, start=PLANNED - 27 * DAY, days=27, score=10)
    await many(survey, other, 60, start=PLANNED - 28 * DAY, days=28, score=9)
    await many(survey, delivery, 5, start=SHIPPED, days=14, score=2)
    await many(survey, delivery, 35, start=SHIPPED + DAY, days=13, score=10)
    await many(survey, other, 60, start=SHIPPED, days=14, score=9)
    action = await walk_to_shipped(org, [delivery])
    await verify_due_actions(now=SHIPPED + 15 * DAY)
    await action.refresh_from_db()
    assert action.effect is not None
    assert action.effect["share"]["significant"] is False
    assert (action.effect["nps"]["before"], action.effect["nps"]["after"]) == (0.0, 75.0)
    assert action.effect["nps"]["ci95"][0] > 0
    assert action.effect["verdict"] == "effective"
    assert effect.reason_codes(action.effect) == [effect.EffectReason.NPS_ROSE]


async def test_too_few_comments_is_insufficient_data_but_still_verifying(org: Organization) -> None:
    delivery = await two_windows(org, before=(5, 10), after=(1, 30))
    action = await walk_to_shipped(org, [delivery])
    assert await verify_due_actions(now=SHIPPED + 15 * DAY) == [action.id]
    await action.refresh_from_db()
    assert action.status == ActionStatus.VERIFYING and action.effect is not None
    assert action.effect["verdict"] == "insufficient_data"
    assert action.effect["reasons"] == ["fewer than 20 analysed comments in a window (before 10, after 30)"]
    assert effect.reason_codes(action.effect) == [effect.EffectReason.FEW_ANALYSED_COMMENTS]
    status = await AuditEvent.filter(subject="action", subject_id=action.id, kind="status").order_by("-id").first()
    assert status is not None and status.note == ("the verification window of 14 days has passed; suggested verdict: "
                                                  "INSUFFICIENT_DATA")


async def test_verification_moves_an_action_once_however_often_it_runs(org: Organization) -> None:
    delivery = await two_windows(org, before=(40, 100), after=(10, 100))
    action = await walk_to_shipped(org, [delivery])
    later = SHIPPED + 20 * DAY
    first, second = await asyncio.gather(verify_due_actions(now=later), verify_due_actions(now=later))
    third = await verify_due_actions(now=later)
    assert sorted([*first, *second, *third]) == [action.id]
    moves = await AuditEvent.filter(subject="action", subject_id=action.id, kind="status", to_value="VERIFYING")
    assert len(moves) == 1
    assert await AuditEvent.filter(subject="action", subject_id=action.id, kind="effect").count() == 1
    changed = [e for e in await OutboxEvent.filter(topic="action.status_changed") if e.payload["to"] == "verifying"]
    assert len(changed) == 1


async def test_the_verification_window_is_per_action(org: Organization) -> None:
    delivery = await two_windows(org, before=(40, 100), after=(10, 100))
    action = await walk_to_shipped(org, [delivery], verification_days=3)
    assert await verify_due_actions(now=SHIPPED + 2 * DAY) == []
    assert await verify_due_actions(now=SHIPPED + 3 * DAY) == [action.id]
    await action.refresh_from_db()
    assert action.effect is not None and action.effect["after"]["window"]["days"] == 3.0


async def test_a_manual_move_to_verifying_measures_the_data_so_far(org: Organization) -> None:
    delivery = await two_windows(org, before=(40, 100), after=(10, 100))
    action = await walk_to_shipped(org, [delivery])
    action = await transition_action(organization_id=org.id, action_id=action.id, to=ActionStatus.VERIFYING,
                                     actor=PM, now=SHIPPED + 7 * DAY)
    assert action.effect is not None and action.effect["window_complete"] is False
    assert action.effect["after"]["window"]["days"] == 7.0
    assert await verify_due_actions(now=SHIPPED + 30 * DAY) == []  # no longer SHIPPED


async def test_topics_linked_after_planning_measure_the_baseline_again(org: Organization) -> None:
    delivery = await two_windows(org, before=(40, 100), after=(10, 100))
    model = await TopicModelVersion.get(id=delivery.model_id)
    extra = await make_topic(model, 5, "包装")
    await comment(await nps_survey(org, "s2"), topic=extra, at=PLANNED - 2 * DAY, score=1)
    action = await walk_to_shipped(org, [delivery])
    assert action.baseline is not None and action.baseline["comments"] == 40
    from actions.improvements import link_to_action

    # Linked after shipping: the stored baseline no longer matches, so the effect re-measures it.
    await link_to_action(organization_id=org.id, action_id=action.id, actor=PM, links=Links(topic_ids=[extra.id]),
                         now=SHIPPED + DAY)
    await verify_due_actions(now=SHIPPED + 15 * DAY)
    await action.refresh_from_db()
    assert action.effect is not None and action.effect["baseline_recomputed"] is True
    assert action.effect["before"]["comments"] == 41 and action.effect["before"]["analysed"] == 101


async def test_topics_linked_before_shipping_snapshot_the_baseline_again(org: Organization) -> None:
    from actions.improvements import link_to_action

    delivery = await two_windows(org, before=(40, 100), after=(10, 100))
    model = await TopicModelVersion.get(id=delivery.model_id)
    extra = await make_topic(model, 5, "包装")
    await comment(await nps_survey(org, "s2"), topic=extra, at=PLANNED - 2 * DAY, score=1)
    action = await create_action(organization_id=org.id, actor=PM, title="配送", links=Links(topic_ids=[delivery.id]),
                                 now=PLANNED - DAY)
    for to in (ActionStatus.UNDER_REVIEW, ActionStatus.PLANNED, ActionStatus.IN_PROGRESS):
        action = await transition_action(organization_id=org.id, action_id=action.id, to=to, actor=PM, now=PLANNED)
    assert action.baseline is not None and action.baseline["comments"] == 40
    action = await link_to_action(organization_id=org.id, action_id=action.id, actor=PM,
                                  links=Links(topic_ids=[extra.id]), now=PLANNED + 2 * DAY)
    # The same window (before planning), now with both topics.
    assert action.baseline is not None and action.baseline["window"]["until"] == PLANNED.isoformat()
    assert (action.baseline["comments"], action.baseline["analysed"]) == (41, 101)
    kinds = [e.kind for e in await AuditEvent.filter(subject="action", subject_id=action.id).order_by("id")]
    assert kinds[-2:] == ["link", "baseline"]


async def test_the_periodic_job_is_registered_every_five_minutes(org: Organization, settings: Settings) -> None:
    from api.wiring import VERIFY_EFFECTS, wiring

    job = next(job for job in wiring(settings).periodic if job.name == VERIFY_EFFECTS)
    assert job.every_seconds == 300
    delivery = await two_windows(org, before=(40, 100), after=(10, 100))
    action = await walk_to_shipped(org, [delivery])  # shipped in 2024: long due by now
    await job.fn()
    await action.refresh_from_db()
    assert action.status == ActionStatus.VERIFYING


def test_reason_codes_read_effects_stored_before_they_existed() -> None:
    """An effect as stored before the codes (its numbers and English reasons only) gets the codes its
    numbers give, as a fresh one does."""
    window = {"analysed": 100, "comments": 40}
    stored = {"verdict": "effective", "reasons": ["the topics' share of comments dropped significantly"],
              "min_comments": 20, "before": window, "after": {"analysed": 100, "comments": 10},
              "share": {"difference": -0.3, "significant": True}, "nps": {"ci95": [-5.0, 20.0]}}
    assert effect.reason_codes(stored) == [effect.EffectReason.SHARE_DROPPED]
    both = {**stored, "nps": {"ci95": [2.0, 30.0]}}
    assert effect.reason_codes(both) == [effect.EffectReason.SHARE_DROPPED, effect.EffectReason.NPS_ROSE]
    few_before = {**stored, "before": {"analysed": 100, "comments": 19}}
    assert effect.reason_codes(few_before) == [effect.EffectReason.FEW_TOPIC_COMMENTS]
    assert effect.reason_codes({**stored, "share": None, "nps": None}) == [effect.EffectReason.NO_CHANGE]
