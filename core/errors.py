"""Typed domain errors: every refusal carries a stable code, an optional field and a message."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


class DomainError(Exception):
    code = "INVALID"

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        if code is not None:
            self.code = code


class NotFound(DomainError):
    code = "NOT_FOUND"


def or_not_found(row: T | None, message: str, *, field: str = "id") -> T:
    """`row`, or NotFound(`message`, `field`) when the lookup found none (another organisation's
    row is looked up as none)."""
    if row is None:
        raise NotFound(message, field=field)
    return row


class ValidationFailed(DomainError):
    code = "VALIDATION"


class PermissionDenied(DomainError):
    code = "FORBIDDEN"


class RateLimited(DomainError):
    code = "RATE_LIMITED"


class InvalidLink(DomainError):
    """A one-time link (an invitation, a password reset, a sign-in link) that is unknown, used or expired."""

    code = "INVALID_INVITATION"


class Refusals(ValidationFailed):
    """Several refusals at once, each with its own field (a batch's bad rows): a mutation's payload
    lists every one of them, so that a caller fixes its input in one go."""

    def __init__(self, message: str, errors: list[DomainError]) -> None:
        super().__init__(message)
        self.errors = errors
