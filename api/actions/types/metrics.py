"""LoopMetrics: how well the organisation closes the loop (actions.loop_metrics)."""

from __future__ import annotations

import strawberry
from strawberry.scalars import JSON

from actions import loop_metrics


@strawberry.type(name="LoopMetrics", description=(
    "How well the loop is closed, over the cases and actions created in the window (all time without one), "
    "each in its current state. Shares are fractions 0..1, durations hours."))
class LoopMetricsType:
    open_cases: int = strawberry.field(description="Cases still to be worked on: NEW, ASSIGNED, IN_PROGRESS, "
                                                   "WAITING_CUSTOMER.")
    breached_cases: int = strawberry.field(description="Cases that breached an SLA clock, whatever their status.")
    detractors_contacted_within_24h: float | None = strawberry.field(
        name="detractorsContactedWithin24h",
        description="Fraction 0..1 of the detractor cases first contacted within 24 h of opening; a case not "
                    "yet contacted counts as a miss once its 24 h are over, and is left out before. null when "
                    "there is none.")
    median_hours_to_first_contact: float | None = strawberry.field(
        description="Median hours from a case's opening to its first contact, over the contacted cases; null "
                    "when none was contacted.")
    actions_by_status: JSON = strawberry.field(
        description='Every action status (enum name) to its number of actions, e.g. {"PROPOSED": 2, '
                    '"IN_PROGRESS": 1, ...}.')
    effective_actions: int = strawberry.field(
        description="Actions closed as effective (CLOSED_EFFECTIVE): effectiveActionsMeasured + "
                    "effectiveActionsOverridden.")
    effective_actions_measured: int = strawberry.field(
        description="Actions closed as effective because their measured effect says so (enough data in both "
                    "windows, verdict EFFECTIVE).")
    effective_actions_overridden: int = strawberry.field(
        description="Actions closed as effective by an admin or analyst against or without the measured effect, "
                    "with a written reason (Action.verdictOverrideReason).")

    @classmethod
    def of(cls, m: loop_metrics.LoopMetrics) -> LoopMetricsType:
        return cls(
            open_cases=m.open_cases, breached_cases=m.breached_cases,
            detractors_contacted_within_24h=m.detractors_contacted_within_24h,
            median_hours_to_first_contact=m.median_hours_to_first_contact,
            actions_by_status=JSON({status.name: n for status, n in m.actions_by_status.items()}),
            effective_actions=m.effective_actions, effective_actions_measured=m.effective_actions_measured,
            effective_actions_overridden=m.effective_actions_overridden,
        )
