"""User errors in mutation payloads, and GraphQL errors with a stable `extensions.code`."""

from __future__ import annotations

from collections.abc import Iterator

import strawberry
from graphql import GraphQLError
from strawberry.extensions import SchemaExtension

from core.errors import DomainError
from core.transient import is_transient


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


MASKED_MESSAGE = "Unexpected error."  # what production answers for an unexpected exception (api/schema.py)
UNAVAILABLE_MESSAGE = "the service is briefly unavailable (its database or Redis could not be reached): retry"


def unavailable(error: GraphQLError) -> GraphQLError:
    """The error a request gets when the database or Redis could not be reached: not masked, coded."""
    return GraphQLError(UNAVAILABLE_MESSAGE, nodes=error.nodes, path=error.path, extensions={"code": "UNAVAILABLE"})


class RetryLater(SchemaExtension):
    """A database or Redis that cannot be reached (a restart, a failover) answers 503 with the code
    UNAVAILABLE, so that clients and load balancers retry: a masked error with HTTP 200 reads as a
    final answer. Listed after MaskErrors, so that it runs first on the way out."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is None or not result.errors:
            return
        transient = [e.original_error is not None and is_transient(e.original_error) for e in result.errors]
        if any(transient):
            result.errors = [unavailable(e) if t else e for e, t in zip(result.errors, transient, strict=True)]
            context = self.execution_context.context
            if hasattr(context, "set_status"):
                context.set_status(503)
