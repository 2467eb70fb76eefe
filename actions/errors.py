"""Typed refusals of the loop domain (codes are part of the public API)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from actions.wording import label, with_article
from core.errors import DomainError


class InvalidTransition(DomainError):
    code = "INVALID_TRANSITION"

    @classmethod
    def between(cls, subject: str, current: Enum, to: Enum, allowed: Iterable[Enum]) -> InvalidTransition:
        targets = sorted(label(a) for a in allowed)
        listed = ", ".join(targets) if targets else "none (final status)"
        return cls(f"{with_article(subject)} in {label(current)} cannot move to {label(to)}; allowed: {listed}",
                   field="to")


class EffectNotMeasured(DomainError):
    """Closing needs an effect measured with enough data in both windows (or an override)."""

    code = "EFFECT_NOT_MEASURED"


class VerdictContradictsEffect(DomainError):
    """Closing against the measured verdict needs an override."""

    code = "VERDICT_CONTRADICTS_EFFECT"


class InvalidAssignee(DomainError):
    code = "INVALID_ASSIGNEE"


class OverCap(DomainError):
    """Assigning by hand with `within_cap`: the agent has as many open cases as their cap, or more."""

    code = "OVER_CAP"


class DuplicateLink(DomainError):
    code = "DUPLICATE_LINK"


class CaseAlreadyOpen(DomainError):
    code = "CASE_ALREADY_OPEN"


class InvalidWebhook(DomainError):
    code = "INVALID_WEBHOOK"


class TeamInUse(DomainError):
    """A team that still has work (open cases, routing rules) or is the default cannot be deleted."""

    code = "TEAM_IN_USE"


class InvalidChannel(DomainError):
    """A notification channel's input that cannot be saved (field says which)."""

    code = "INVALID_CHANNEL"
