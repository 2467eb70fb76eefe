"""Typed refusals of the survey domain (codes are part of the public API)."""

from __future__ import annotations

from core.errors import DomainError, ValidationFailed


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


class LogicReference(ValidationFailed):
    """A rule names a question, target or hidden field that the survey does not have."""

    code = "LOGIC_REFERENCE"


class LogicType(ValidationFailed):
    """A condition's operator or value does not fit the kind of answer it reads."""

    code = "LOGIC_TYPE"


class LogicOrder(ValidationFailed):
    """A condition reads the question itself or a later one, or a skip goes backward (a loop)."""

    code = "LOGIC_ORDER"


class AnswerNotShown(ValidationFailed):
    """A submission answers a question that the survey's logic hides or skips on its path."""

    code = "ANSWER_NOT_SHOWN"


class AlreadyAnswered(DomainError):
    """A mail's response was already completed with another comment: this one is not recorded. `score`
    is the score stored."""

    code = "ALREADY_ANSWERED"

    def __init__(self, message: str, *, score: int | None, field: str | None = None) -> None:
        super().__init__(message, field=field)
        self.score = score
