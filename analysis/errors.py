"""Typed refusals of the analysis domain."""

from __future__ import annotations

from core.errors import DomainError


class NotEnoughComments(DomainError):
    code = "NOT_ENOUGH_COMMENTS"
