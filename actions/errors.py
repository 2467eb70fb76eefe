"""Typed refusals of the loop domain (codes are part of the public API)."""

from __future__ import annotations

from collections.abc import Iterable

from core.errors import DomainError


class InvalidTransition(DomainError):
    code = "INVALID_TRANSITION"

    @classmethod
    def between(cls, subject: str, current: str, to: str, allowed: Iterable[str]) -> InvalidTransition:
        targets = sorted(a.upper() for a in allowed)
        listed = ", ".join(targets) if targets else "none (final status)"
        return cls(f"a {subject} in {current.upper()} cannot move to {to.upper()}; allowed: {listed}", field="to")


class InvalidAssignee(DomainError):
    code = "INVALID_ASSIGNEE"


class DuplicateLink(DomainError):
    code = "DUPLICATE_LINK"


class CaseAlreadyOpen(DomainError):
    code = "CASE_ALREADY_OPEN"


class InvalidWebhook(DomainError):
    code = "INVALID_WEBHOOK"
