"""Errors in answers: a domain refusal as a mutation payload's typed `errors` or as a GraphQL error with
a stable `extensions.code`; unexpected exceptions masked, an unreachable database or Redis as
UNAVAILABLE. One place for each, used by the schema and by the prepared path alike."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, ParamSpec, TypeVar

import strawberry
from graphql import GraphQLError
from strawberry.extensions import MaskErrors, SchemaExtension

from core.errors import DomainError, Refusals
from core.transient import is_transient

P = ParamSpec("P")
T = TypeVar("T")


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


def payload_errors(resolver: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[T]]:
    """A mutation whose refusals come back in its payload: a DomainError the resolver raises becomes
    its payload type (the return annotation, a plain name) with `errors` alone (every one of Refusals).
    Nothing else is caught."""
    payload: Callable[..., T] | None = None

    @functools.wraps(resolver)
    async def resolve(*args: P.args, **kwargs: P.kwargs) -> T:
        nonlocal payload
        try:
            return await resolver(*args, **kwargs)
        except DomainError as exc:
            if payload is None:  # looked up at the first refusal, when the resolver's module is complete
                named = resolver.__annotations__["return"]
                payload = resolver.__globals__[named] if isinstance(named, str) else named
            return payload(errors=[UserError.of(e) for e in exc.errors] if isinstance(exc, Refusals)
                           else [UserError.of(exc)])

    return resolve


def api_errors(resolver: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[T]]:
    """A query (or subscription) whose refusals are GraphQL errors: a DomainError the resolver raises
    becomes an ApiError with the refusal's message and code."""

    @functools.wraps(resolver)
    async def resolve(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return await resolver(*args, **kwargs)
        except DomainError as exc:
            raise api_error(exc) from exc

    return resolve


MASKED_MESSAGE = "Unexpected error."  # what production answers for an unexpected exception
UNAVAILABLE_MESSAGE = "the service is briefly unavailable (its database or Redis could not be reached): retry"


def should_mask(error: GraphQLError) -> bool:
    # Expected refusals keep their message: ApiError, and the GraphQLErrors that graphql-core and Strawberry
    # raise about the request itself (a variable's value of the wrong type, null for a non-null one, a bad
    # DateTime ...: their original_error is a GraphQLError). Anything else is an unexpected exception: masked.
    original = error.original_error
    return original is not None and not isinstance(original, GraphQLError)


def mask_errors() -> MaskErrors:
    """Strawberry's MaskErrors with our rule and message (production: the schema's extension, and the
    prepared path's masking)."""
    return MaskErrors(should_mask_error=should_mask, error_message=MASKED_MESSAGE)


def unavailable(error: GraphQLError) -> GraphQLError:
    """The error a request gets when the database or Redis could not be reached: not masked, coded."""
    return GraphQLError(UNAVAILABLE_MESSAGE, nodes=error.nodes, path=error.path, extensions={"code": "UNAVAILABLE"})


def retry_later(errors: list[GraphQLError]) -> tuple[list[GraphQLError], bool]:
    """The errors with those of an unreachable database or Redis made UNAVAILABLE, and whether there was one."""
    transient = [e.original_error is not None and is_transient(e.original_error) for e in errors]
    if not any(transient):
        return errors, False
    return [unavailable(e) if t else e for e, t in zip(errors, transient, strict=True)], True


class RetryLater(SchemaExtension):
    """A database or Redis that cannot be reached (a restart, a failover) answers 503 with the code
    UNAVAILABLE, so that clients and load balancers retry: a masked error with HTTP 200 reads as a
    final answer. Listed after MaskErrors, so that it runs first on the way out."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is None or not result.errors:
            return
        result.errors, transient = retry_later(result.errors)
        context: Any = self.execution_context.context
        if transient and hasattr(context, "set_status"):
            context.set_status(503)
