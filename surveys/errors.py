"""Typed refusals of the survey domain (codes are part of the public API)."""

from __future__ import annotations

from core.errors import DomainError


class SurveyNotActive(DomainError):
    code = "SURVEY_NOT_ACTIVE"


class OriginNotAllowed(DomainError):
    code = "ORIGIN_NOT_ALLOWED"


class InvalidIdentity(DomainError):
    code = "INVALID_IDENTITY"


class IdempotencyMismatch(DomainError):
    code = "IDEMPOTENCY_MISMATCH"


class InvalidTransition(DomainError):
    code = "INVALID_TRANSITION"
