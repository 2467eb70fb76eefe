"""Regressions found by fuzzing: what production masks and what it must not.

With env=production, MaskErrors (api/schema.py) replaced every error whose original exception was not
an ApiError with "Unexpected error." — including graphql-core's and Strawberry's own refusals of a
variable's value (null for a non-null type, a string for an Int, a bad DateTime ...), whose original
error is a GraphQLError. A client sending a wrong variable got an opaque internal error instead of the
reason. Found by the `variables` mode of tests/support/fuzz.py.
"""

from __future__ import annotations

from typing import Any

import pytest
from graphql import GraphQLError

from api.errors import should_mask
from core.settings import Settings
from tests.support.client import GraphQL, app_client
from tests.support.fuzz import MASKED_MESSAGE, fuzz_settings

BAD_VARIABLES = [
    ("query($id: ID!) { node(id: $id) { id } }", {"id": None}, "not to be None"),
    ("query($id: ID!) { node(id: $id) { id } }", {"id": {"nested": True}}, "ID cannot represent"),
    ("query($n: Int) { surveys(first: $n) { totalCount } }", {"n": 2**40}, "32-bit"),
    ("query($n: Int) { surveys(first: $n) { totalCount } }", {"n": "ten"}, "Int cannot represent"),
    ("query($f: DateTime) { metrics(from: $f) { responses } }", {"f": "not-a-date"}, "DateTime"),
    ("mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { errors { code } } }",
     {"i": {"token": "t", "idempotencyKey": "k" * 8, "score": "9"}}, "Int cannot represent"),
    ("mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { errors { code } } }",
     {"i": {"token": "t"}}, "idempotencyKey"),
]


@pytest.mark.parametrize(("query", "variables", "reason"), BAD_VARIABLES)
async def test_production_explains_a_wrong_variable_instead_of_masking_it(
        orm: None, admin_key: str, app_settings: Settings, query: str, variables: dict[str, Any], reason: str
) -> None:
    async with app_client(fuzz_settings(app_settings)) as client:
        response = await GraphQL(client, admin_key).raw(query, **variables)
    body = response.json()
    messages = [error["message"] for error in body["errors"]]
    assert MASKED_MESSAGE not in messages, body
    assert any(reason in message for message in messages), body
    assert body.get("data") is None


def test_unexpected_exceptions_stay_masked() -> None:
    # A resolver's own exception (a bug, a database error) keeps being hidden from clients.
    assert should_mask(GraphQLError("relation does not exist", original_error=RuntimeError("internal")))
    assert should_mask(GraphQLError("boom", original_error=KeyError("secret")))
    # Refusals of the request itself keep their message.
    assert not should_mask(GraphQLError("Variable '$id' got invalid value",
                                         original_error=GraphQLError("ID cannot represent value")))
    assert not should_mask(GraphQLError("Syntax Error"))
