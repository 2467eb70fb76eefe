"""Shared pieces of the abuse suite: row counts to prove that a refusal stored nothing."""

from __future__ import annotations

from typing import Any

from core.models import OutboxEvent
from surveys.models import Display, Respondent, Response, Survey
from tests.support.ops import SUBMIT

SUBMIT_ERRORS = "mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { errors { code field } } }"


async def row_counts() -> dict[str, int]:
    """The tables a public call may write (and surveys, which admin calls write)."""
    return {
        "responses": await Response.all().count(),
        "respondents": await Respondent.all().count(),
        "displays": await Display.all().count(),
        "outbox_events": await OutboxEvent.all().count(),
        "surveys": await Survey.all().count(),
    }


def submit_body(token: str, key: str, **fields: Any) -> dict[str, Any]:
    return {"query": SUBMIT, "variables": {"input": {"token": token, "idempotencyKey": key, "score": 7, **fields}}}
