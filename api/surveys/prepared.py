"""A prepared path for the public mutations that widgets send, beside the generic executor.

Every page view of a customer's site may end in a `recordDisplay` and a `submitResponse`, always
the same documents with new variables. Strawberry re-does per request what never changes for such
a document (extension hooks, argument conversion by reflection, result completion), and that was
most of the server's CPU per submission. Here a document is recognised once (parsed and validated
with the schema's rules, then matched against the shapes this module can answer), and later
requests with it go straight to the resolvers' own functions (`api.surveys.public`), so that the
rate limits, the domain checks, the stored rows and the errors are exactly those of the generic path.

Anything else (another document, literals, aliases, fragments, directives, a field outside the
small sets below, variables that do not coerce, batches, extensions) goes to Strawberry unchanged:
this path answers only where it gives the generic answer byte for byte, which
tests/api/surveys/test_prepared.py checks against Strawberry itself.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import orjson
from graphql import (
    FieldNode,
    GraphQLError,
    GraphQLSchema,
    OperationDefinitionNode,
    OperationType,
    VariableNode,
    parse,
    specified_rules,
    validate,
)
from graphql.execution.values import get_variable_values
from graphql.validation import ASTValidationRule
from starlette.requests import Request
from starlette.responses import Response

from api.context import Context
from api.errors import mask_errors, retry_later
from api.http.observability import observe_operation
from api.surveys.inputs import RespondentInput, SubmitResponseInput
from api.surveys.public import record_display, submit_response

ERRORS = frozenset({"code", "field", "message"})
MAX_DOCUMENT_CHARS = 2_000  # a widget document is ~100 characters; longer ones are not worth a look
MAX_REMEMBERED = 256


def _respondent(raw: Mapping[str, Any] | None) -> RespondentInput | None:
    if raw is None:
        return None
    return RespondentInput(external_id=raw.get("externalId"), attributes=raw.get("attributes"),
                           token=raw.get("token"), account=raw.get("account"))


def _submission(raw: Mapping[str, Any]) -> SubmitResponseInput:
    # Absent fields keep the input's defaults, as in Strawberry's conversion; graphql-core has already
    # coerced every value (enums included) exactly as Strawberry's leaf conversion keeps them.
    return SubmitResponseInput(
        token=raw["token"], idempotency_key=raw["idempotencyKey"], score=raw.get("score"),
        comment=raw.get("comment"), answers=raw.get("answers"), completed=raw.get("completed"),
        respondent=_respondent(raw.get("respondent")), locale=raw.get("locale"), page_url=raw.get("pageUrl"),
        channel=raw.get("channel"), honeypot=raw.get("honeypot"), hidden_fields=raw.get("hiddenFields"),
    )


async def _submit(context: Context, args: dict[str, Any]) -> Any:
    return await submit_response(context, _submission(args["input"]))


async def _display(context: Context, args: dict[str, Any]) -> Any:
    return await record_display(context, token=args["token"], respondent=_respondent(args.get("respondent")),
                                channel=args.get("channel"))


@dataclass(frozen=True)
class Mutation:
    """A root field this path answers: how to run it, and which payload fields it can render (each a
    plain attribute: a scalar (None) or a list of objects, or an object, with these leaves)."""

    run: Callable[[Context, dict[str, Any]], Awaitable[Any]]
    fields: Mapping[str, frozenset[str] | None]


MUTATIONS: dict[str, Mutation] = {
    "submitResponse": Mutation(_submit, {"errors": ERRORS,
                                         "response": frozenset({"id", "score", "comment", "completed"})}),
    "recordDisplay": Mutation(_display, {"ok": None, "errors": ERRORS}),
}


@dataclass(frozen=True)
class Prepared:
    """One recognised document: its root field, variables by argument, the selected payload fields."""

    mutation: Mutation
    field_node: FieldNode
    arguments: tuple[tuple[str, str], ...]  # (argument, variable)
    selection: tuple[tuple[str, tuple[str, ...] | None], ...]  # ("errors", ("code", ...)), ("ok", None)
    operation: OperationDefinitionNode
    name: str | None


def recognise(schema: GraphQLSchema, query: str, rules: list[type[ASTValidationRule]],
              max_tokens: int) -> Prepared | None:
    """The document as a Prepared mutation, or None when the generic path must answer it."""
    if len(query) > MAX_DOCUMENT_CHARS or not any(name in query for name in MUTATIONS):
        return None
    try:
        document = parse(query, max_tokens=max_tokens)
    except GraphQLError:
        return None
    if validate(schema, document, [*specified_rules, *rules]) or len(document.definitions) != 1:
        return None
    operation = document.definitions[0]
    if (not isinstance(operation, OperationDefinitionNode) or operation.operation != OperationType.MUTATION
            or operation.directives):
        return None
    roots = operation.selection_set.selections
    root = _plain(roots[0]) if len(roots) == 1 else None
    mutation = MUTATIONS.get(root.name.value) if root is not None else None
    if root is None or mutation is None or root.selection_set is None:
        return None
    # Every argument a variable, every variable an argument's, no defaults (validation did the types).
    definitions = operation.variable_definitions or ()
    if any(d.default_value is not None or d.directives for d in definitions):
        return None
    arguments = tuple((a.name.value, a.value.name.value) for a in root.arguments or ()
                      if isinstance(a.value, VariableNode))
    if len(arguments) != len(root.arguments or ()) or (
            sorted(v for _, v in arguments) != sorted(d.variable.name.value for d in definitions)):
        return None
    selection: list[tuple[str, tuple[str, ...] | None]] = []
    for node in root.selection_set.selections:
        payload_field = _plain(node)
        if payload_field is None or payload_field.arguments or payload_field.name.value not in mutation.fields:
            return None
        allowed = mutation.fields[payload_field.name.value]
        if allowed is None:
            if payload_field.selection_set is not None:
                return None
            selection.append((payload_field.name.value, None))
            continue
        if payload_field.selection_set is None:
            return None
        leaves = [_plain(leaf) for leaf in payload_field.selection_set.selections]
        names = tuple(leaf.name.value for leaf in leaves
                      if leaf is not None and leaf.selection_set is None and not leaf.arguments)
        if len(names) != len(leaves) or not set(names) <= allowed or len(set(names)) != len(names):
            return None
        selection.append((payload_field.name.value, names))
    if len({name for name, _ in selection}) != len(selection):
        return None
    return Prepared(mutation=mutation, field_node=root, arguments=arguments, selection=tuple(selection),
                    operation=operation, name=operation.name.value if operation.name else None)


def _plain(node: object) -> FieldNode | None:
    """The node as a field without alias or directives (fragments and the rest are not plain)."""
    if not isinstance(node, FieldNode) or node.alias is not None or node.directives:
        return None
    return node


def render(prepared: Prepared, payload: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, leaves in prepared.selection:
        value = getattr(payload, name)
        if leaves is None or value is None:
            out[name] = value
        elif isinstance(value, list):
            out[name] = [{leaf: getattr(item, leaf) for leaf in leaves} for item in value]
        else:
            out[name] = {leaf: getattr(value, leaf) for leaf in leaves}
    return {prepared.field_node.name.value: out}


class PreparedMutations:
    """Answers recognised public-mutation POSTs; `handle` returns None for everything else.

    `report` is the schema's `process_errors` (logging and the access log's codes), and `mask` the
    masking of production: the generic path's own, so that an unexpected failure reads alike."""

    def __init__(self, schema: GraphQLSchema, *, rules: list[type[ASTValidationRule]], max_tokens: int,
                 report: Callable[[list[GraphQLError]], None], mask: bool) -> None:
        self.schema = schema
        self.rules = rules
        self.max_tokens = max_tokens
        self.report = report
        self.masking = mask_errors() if mask else None
        self._known: OrderedDict[str, Prepared | None] = OrderedDict()

    def lookup(self, query: str) -> Prepared | None:
        if query in self._known:
            self._known.move_to_end(query)
            return self._known[query]
        prepared = recognise(self.schema, query, self.rules, self.max_tokens)
        self._known[query] = prepared
        if len(self._known) > MAX_REMEMBERED:
            self._known.popitem(last=False)
        return prepared

    async def handle(self, request: Request, context_for: Callable[[Request, Response], Awaitable[Context]],
                     decode: Callable[[bytes], object]) -> Response | None:
        """`decode` is the view's own JSON reader, so both paths accept exactly the same bodies."""
        content_type = request.headers.get("content-type", "")
        if content_type.partition(";")[0].strip().lower() != "application/json":
            return None
        try:
            body = decode(await request.body())
        except ValueError:  # the generic path words the refusal
            return None
        if not isinstance(body, dict) or not set(body) <= {"query", "variables", "operationName"}:
            return None
        query, variables = body.get("query"), body.get("variables")
        if not isinstance(query, str) or not isinstance(variables, dict):
            return None
        prepared = self.lookup(query)
        if prepared is None or body.get("operationName") not in (None, prepared.name):
            return None
        coerced = get_variable_values(self.schema, prepared.operation.variable_definitions or (), variables)
        if isinstance(coerced, list):  # Strawberry words the variable errors
            return None
        args = {arg: coerced.coerced[var] for arg, var in prepared.arguments if var in coerced.coerced}
        return await self._run(request, context_for, prepared, args)

    async def _run(self, request: Request, context_for: Callable[[Request, Response], Awaitable[Context]],
                   prepared: Prepared, args: dict[str, Any]) -> Response:
        started = time.perf_counter()
        sub_response = Response()
        sub_response.status_code = None  # type: ignore[assignment]  # as Strawberry's: unset until chosen
        context = await context_for(request, sub_response)
        try:
            payload = await prepared.mutation.run(context, args)
        except Exception as exc:
            # The error graphql-core builds for the field, reported and then turned as the schema's
            # extensions turn it (api.errors): the database or Redis out of reach is 503 UNAVAILABLE,
            # anything else masked in production; the non-null field nulls the data.
            error = GraphQLError(str(exc), nodes=[prepared.field_node], path=[prepared.field_node.name.value],
                                 original_error=exc)
            self.report([error])
            [error], transient = retry_later([error])
            if transient:
                sub_response.status_code = 503
            elif self.masking is not None and self.masking.should_mask_error(error):
                error = self.masking.anonymise_error(error)
            result: dict[str, Any] = {"data": None, "errors": [error.formatted]}
        else:
            result = {"data": render(prepared, payload)}
        observe_operation(prepared.name, "mutation", ok="errors" not in result, seconds=time.perf_counter() - started)
        response = Response(orjson.dumps(result), status_code=sub_response.status_code or 200,
                            media_type="application/json")
        response.raw_headers.extend(
            (k, v) for k, v in sub_response.raw_headers if k not in (b"content-length", b"content-type"))
        return response
