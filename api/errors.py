"""User errors in mutation payloads, and GraphQL errors with a stable `extensions.code`."""

from __future__ import annotations

import strawberry
from graphql import GraphQLError

from core.errors import DomainError


@strawberry.type
class UserError:
    code: str
    field: str | None
    message: str

    @classmethod
    def of(cls, error: DomainError) -> UserError:
        return cls(code=error.code, field=error.field, message=error.message)


class ApiError(GraphQLError):
    """An expected refusal outside a payload (queries): never masked, carries its code."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message, extensions={"code": code})


def api_error(error: DomainError) -> ApiError:
    return ApiError(error.message, error.code)
