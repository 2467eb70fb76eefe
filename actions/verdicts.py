"""Closing an improvement action needs evidence, and the notes that report a measurement.

CLOSED_EFFECTIVE and CLOSED_INEFFECTIVE follow the measured effect: a verdict with enough data in
both windows (see actions.effect) that agrees with the closing. An effect measured over an
unfinished verification window (the action was moved to VERIFYING by hand) is measured again when
the action is closed, over the data so far. Anything else is refused (EFFECT_NOT_MEASURED,
VERDICT_CONTRADICTS_EFFECT) and changes nothing, unless an admin or analyst overrides with a written
reason: the action keeps the reason (`verdict_override_reason`), its trail records a
`verdict_overridden` event from the measured verdict to the chosen one with the reason as note, and
LoopMetrics counts it apart from the measured ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from actions import effect
from actions.effect import Verdict
from actions.errors import EffectNotMeasured, VerdictContradictsEffect
from actions.models import Action, ActionStatus
from actions.wording import change, label, number, p_value, percent, plural
from core.errors import PermissionDenied, ValidationFailed
from core.models import Role

CLOSING = {ActionStatus.CLOSED_EFFECTIVE: Verdict.EFFECTIVE, ActionStatus.CLOSED_INEFFECTIVE: Verdict.INEFFECTIVE}
OVERRIDE_ROLES = frozenset({Role.ADMIN, Role.ANALYST})
MAX_REASON = 500


@dataclass(frozen=True)
class Override:
    """Close against or without the measured effect: why, and the role of who decides."""

    reason: str
    role: Role


@dataclass(frozen=True)
class Judgement:
    measured: Verdict
    remeasured: dict[str, Any] | None  # a new measurement to store (the stored one was unfinished)
    override_reason: str | None  # set when the closing overrides the measured verdict


def override_reason(override: Override | None) -> str | None:
    """The checked reason: only admins and analysts override, with 1..MAX_REASON characters."""
    if override is None:
        return None
    if override.role not in OVERRIDE_ROLES:
        raise PermissionDenied("only admins and analysts may override the measured verdict", field="overrideReason")
    reason = override.reason.strip()
    if not reason or len(reason) > MAX_REASON:
        raise ValidationFailed(f"an override needs a reason of 1-{MAX_REASON} characters", field="overrideReason")
    return reason


async def judge_closing(*, action: Action, to: ActionStatus, override: Override | None, topic_ids: list[int],
                        now: datetime) -> Judgement:
    """Whether `action` may close as `to`; raises the refusal when it may not."""
    wanted = CLOSING[to]
    reason = override_reason(override)
    measured, remeasured = action.effect, None
    if action.shipped_at is not None and (measured is None or not measured.get("window_complete", False)):
        measured = remeasured = await effect.evaluate(action=action, topic_ids=topic_ids, now=now)
    found = Verdict(measured["verdict"]) if measured else Verdict.INSUFFICIENT_DATA
    if found == wanted:
        if reason is not None:
            raise ValidationFailed(f"the measured effect is already {label(found)}: close without overrideReason",
                                   field="overrideReason")
        return Judgement(found, remeasured, None)
    if reason is None:
        if found == Verdict.INSUFFICIENT_DATA:
            why = "; ".join(measured["reasons"]) if measured and measured.get("reasons") else "no effect was measured"
            raise EffectNotMeasured(f"the effect is not measured with enough data: {why}; an admin or analyst "
                                    "may close anyway with overrideReason", field="to")
        other = next(s for s, v in CLOSING.items() if v == found)
        raise VerdictContradictsEffect(f"the measured effect is {label(found)}: close as {label(other)}, or give "
                                       f"overrideReason to close as {label(to)} anyway", field="to")
    return Judgement(found, remeasured, reason)


# --- notes --------------------------------------------------------------------------------------


def effect_note(measured: dict[str, Any]) -> str:
    """"share 40.0 % → 10.0 % (p < 0.001); NPS −12 → 4; <the reasons of the verdict>"."""
    share, nps = measured.get("share") or {}, measured.get("nps") or {}
    parts = [f"share {change(share.get('before'), share.get('after'), percent)}"
             + (f" ({p_value(share.get('p_value'))})" if share else ""),
             f"NPS {change(nps.get('before'), nps.get('after'))}", *(measured.get("reasons") or [])]
    return "; ".join(parts)


def baseline_summary(baseline: dict[str, Any]) -> str:
    nps = baseline.get("nps") or {}
    return f"share {percent(baseline.get('share'))}, NPS {number(nps.get('score'))}"


def baseline_note(baseline: dict[str, Any]) -> str:
    weeks = int(baseline.get("weeks", effect.BASELINE_WEEKS))
    return f"{baseline['comments']} of {baseline['analysed']} analysed comments over {plural(weeks, 'week')}"


def verification_note(action: Action, measured: dict[str, Any]) -> str:
    return (f"the verification window of {plural(action.verification_days, 'day')} has passed; suggested verdict: "
            f"{label(Verdict(measured['verdict']))}")
