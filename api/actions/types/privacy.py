"""Personal data in GraphQL: what erasing a respondent (admins only) did. What goes and what stays is
decided in actions/erasure.py."""

from __future__ import annotations

import strawberry

from api.errors import UserError


@strawberry.type
class ErasePayload:
    erased_responses: int = strawberry.field(
        default=0, description="Responses whose comment, text answers, attributes, page URL and respondent link "
                               "were removed (scores stay, so metrics do not change).")
    erased_cases: int = strawberry.field(
        default=0, description="Cases unlinked from the respondent, their reason and audit notes erased.")
    erased_analyses: int = strawberry.field(default=0, description="Comment analyses deleted.")
    scrubbed_records: int = strawberry.field(
        default=0, description="Other rows that named the respondent or quoted them: audit events, actions, "
                               "texts, outbox events, webhook deliveries and job-queue messages.")
    errors: list[UserError] = strawberry.field(default_factory=list)
