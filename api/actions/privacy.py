"""Personal data in GraphQL: erasing a respondent (admins only). What goes and what stays is
decided in actions/erasure.py."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from actions import erasure
from api.actions.types import actor_of
from api.context import Context
from api.errors import UserError
from api.permissions import IsAdmin
from core.errors import DomainError

QUEUE_RETRY = ("the database is erased; the job queue could not be reached to remove the external id from "
               "its messages: call eraseRespondent again (it is idempotent) once Redis is back")


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


@strawberry.type
class PrivacyMutations:
    @strawberry.mutation(
        permission_classes=[IsAdmin],
        description="Erase a respondent's identity, attributes and comments everywhere, keeping metrics. "
                    "Idempotent: an unknown or already erased externalId erases 0 and is no error.")
    async def erase_respondent(self, info: Info[Context, Any], external_id: str) -> ErasePayload:
        context = info.context
        try:
            done = await erasure.erase_respondent(
                organization_id=context.organization_id, external_id=external_id, actor=actor_of(context.principal),
                redis=getattr(context.request.app.state, "redis", None), stream=context.settings.queue_name)
        except DomainError as exc:
            return ErasePayload(errors=[UserError.of(exc)])
        scrubbed = (done.audit_events + done.actions + done.other_texts + done.events + done.deliveries
                    + done.queue_messages)
        errors = [UserError(code="RETRY", field=None, message=QUEUE_RETRY)] if done.queue_unreachable else []
        return ErasePayload(erased_responses=done.responses, erased_cases=done.cases, erased_analyses=done.analyses,
                            scrubbed_records=scrubbed, errors=errors)
