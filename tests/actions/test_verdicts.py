"""Closing an improvement action needs evidence: a measured effect with enough data in both windows
that supports the closing, or an admin's or analyst's override with a written reason."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from actions.action_flows import verify_due_actions
from actions.errors import EffectNotMeasured, VerdictContradictsEffect
from actions.improvements import create_action, transition_action
from actions.loop_metrics import loop_metrics
from actions.models import Action, ActionStatus, AuditEvent
from actions.verdicts import MAX_REASON, Override
from core.errors import DomainError, PermissionDenied, ValidationFailed
from core.models import Organization, OutboxEvent, Role
from tests.support.improvements import DAY, PM, SHIPPED, two_windows, walk_to_shipped

S = ActionStatus
REASON = "埋点缺失，按 20 位客户回访判断问题已解决"


async def state(action: Action) -> tuple[Any, ...]:
    """Everything a refused move must leave as it was."""
    fresh = await Action.get(id=action.id)
    trail = [(e.kind, e.from_value, e.to_value, e.note)
             for e in await AuditEvent.filter(subject="action", subject_id=action.id).order_by("id")]
    return (fresh.status, fresh.effect, fresh.verdict_override_reason, trail,
            await OutboxEvent.all().count())


async def close(org: Organization, action: Action, to: ActionStatus, *, at: Any, override: Override | None = None,
                note: str | None = None) -> Action:
    return await transition_action(organization_id=org.id, action_id=action.id, to=to, actor=PM, note=note,
                                   override=override, now=at)


async def test_closing_a_second_after_shipping_without_data_is_refused(org: Organization) -> None:
    """The reported walk: SHIPPED → VERIFYING by hand at once, then CLOSED_EFFECTIVE with
    insufficient_data. It used to pass; now nothing changes and the refusal says why."""
    delivery = await two_windows(org, before=(5, 10), after=(1, 30))
    action = await walk_to_shipped(org, [delivery])
    moment = SHIPPED + timedelta(seconds=1)
    action = await close(org, action, S.VERIFYING, at=moment)
    assert action.effect is not None and action.effect["verdict"] == "insufficient_data"
    before = await state(action)
    for to in (S.CLOSED_EFFECTIVE, S.CLOSED_INEFFECTIVE):
        with pytest.raises(EffectNotMeasured) as refused:
            await close(org, action, to, at=moment + timedelta(seconds=1))
        assert refused.value.code == "EFFECT_NOT_MEASURED" and refused.value.field == "to"
        assert refused.value.message == (
            "the effect is not measured with enough data: fewer than 20 analysed comments in a window (before 10, "
            "after 0); an admin or analyst may close anyway with overrideReason")
        assert await state(action) == before
    metrics = await loop_metrics(organization_id=org.id)
    assert (metrics.effective_actions, metrics.effective_actions_measured) == (0, 0)


async def test_an_unfinished_window_is_measured_again_when_closing(org: Organization) -> None:
    delivery = await two_windows(org, before=(40, 100), after=(10, 100))
    action = await walk_to_shipped(org, [delivery])
    action = await close(org, action, S.VERIFYING, at=SHIPPED + timedelta(hours=1))
    assert action.effect is not None and action.effect["verdict"] == "insufficient_data"
    assert action.effect["window_complete"] is False
    # Two weeks later the verification window is full: closing measures it and the data support it.
    closed = await close(org, action, S.CLOSED_EFFECTIVE, at=SHIPPED + 15 * DAY, note="数据支持")
    assert closed.status == S.CLOSED_EFFECTIVE and closed.verdict_override_reason is None
    assert closed.effect is not None and closed.effect["verdict"] == "effective" and closed.effect["window_complete"]
    last = await AuditEvent.filter(subject="action", subject_id=action.id).order_by("-id").limit(2)
    assert [(e.kind, e.from_value, e.to_value) for e in reversed(last)] == [
        ("status", "VERIFYING", "CLOSED_EFFECTIVE"), ("effect", None, "EFFECTIVE")]
    metrics = await loop_metrics(organization_id=org.id)
    assert (metrics.effective_actions, metrics.effective_actions_measured,
            metrics.effective_actions_overridden) == (1, 1, 0)


async def test_a_closing_against_the_measured_verdict_is_refused(org: Organization) -> None:
    delivery = await two_windows(org, before=(40, 100), after=(40, 100))
    action = await walk_to_shipped(org, [delivery])
    assert await verify_due_actions(now=SHIPPED + 15 * DAY) == [action.id]
    before = await state(await Action.get(id=action.id))
    with pytest.raises(VerdictContradictsEffect) as refused:
        await close(org, action, S.CLOSED_EFFECTIVE, at=SHIPPED + 16 * DAY)
    assert refused.value.code == "VERDICT_CONTRADICTS_EFFECT"
    assert refused.value.message == ("the measured effect is INEFFECTIVE: close as CLOSED_INEFFECTIVE, or give "
                                     "overrideReason to close as CLOSED_EFFECTIVE anyway")
    assert await state(action) == before
    closed = await close(org, action, S.CLOSED_INEFFECTIVE, at=SHIPPED + 16 * DAY)
    assert closed.status == S.CLOSED_INEFFECTIVE and closed.verdict_override_reason is None


@pytest.mark.parametrize("role", [Role.ANALYST, Role.ADMIN])
async def test_an_admin_or_analyst_overrides_with_a_reason_on_record(org: Organization, role: Role) -> None:
    delivery = await two_windows(org, before=(5, 10), after=(1, 30))
    action = await walk_to_shipped(org, [delivery])
    action = await close(org, action, S.VERIFYING, at=SHIPPED + timedelta(seconds=1))
    closed = await close(org, action, S.CLOSED_EFFECTIVE, at=SHIPPED + timedelta(seconds=2), note="上线确认",
                         override=Override(f"  {REASON}  ", role))
    assert closed.status == S.CLOSED_EFFECTIVE and closed.verdict_override_reason == REASON
    rows = await AuditEvent.filter(subject="action", subject_id=action.id).order_by("-id").limit(3)
    assert [(e.actor, e.kind, e.from_value, e.to_value, e.note) for e in reversed(rows)] == [
        ("user:1", "status", "VERIFYING", "CLOSED_EFFECTIVE", "上线确认"),
        ("user:1", "effect", None, "INSUFFICIENT_DATA", rows[1].note),  # measured again: the window was unfinished
        ("user:1", "verdict_overridden", "INSUFFICIENT_DATA", "EFFECTIVE", REASON),
    ]
    metrics = await loop_metrics(organization_id=org.id)
    assert (metrics.effective_actions, metrics.effective_actions_measured,
            metrics.effective_actions_overridden) == (1, 0, 1)


async def test_overrides_are_refused_to_other_roles_and_without_a_proper_reason(org: Organization) -> None:
    delivery = await two_windows(org, before=(40, 100), after=(10, 100))
    action = await walk_to_shipped(org, [delivery])
    action = await close(org, action, S.VERIFYING, at=SHIPPED + timedelta(hours=1))
    before = await state(action)
    refusals: list[tuple[ActionStatus, Override, type[DomainError], str]] = [
        (S.CLOSED_EFFECTIVE, Override(REASON, Role.AGENT), PermissionDenied, "FORBIDDEN"),
        (S.CLOSED_EFFECTIVE, Override(REASON, Role.VIEWER), PermissionDenied, "FORBIDDEN"),
        (S.CLOSED_EFFECTIVE, Override("   ", Role.ANALYST), ValidationFailed, "VALIDATION"),
        (S.CLOSED_EFFECTIVE, Override("x" * (MAX_REASON + 1), Role.ANALYST), ValidationFailed, "VALIDATION"),
    ]
    for to, override, error, code in refusals:
        with pytest.raises(error) as refused:
            await close(org, action, to, at=SHIPPED + 15 * DAY, override=override)
        assert (refused.value.code, refused.value.field) == (code, "overrideReason"), override
        assert await state(action) == before
    # Measured over the full window the data support the closing: an override is not needed, and refused.
    with pytest.raises(ValidationFailed, match="already EFFECTIVE: close without overrideReason"):
        await close(org, action, S.CLOSED_EFFECTIVE, at=SHIPPED + 15 * DAY, override=Override(REASON, Role.ADMIN))
    assert await state(action) == before
    fresh = await create_action(organization_id=org.id, actor=PM, title="另一个", now=SHIPPED)
    with pytest.raises(ValidationFailed) as refused:  # not a closing
        await close(org, fresh, S.UNDER_REVIEW, at=SHIPPED, override=Override(REASON, Role.ADMIN))
    assert refused.value.field == "overrideReason" and (await Action.get(id=fresh.id)).status == S.PROPOSED
