"""E-mail distribution queries and mutations: thin resolvers over surveys.distributions."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from api.context import Context
from api.errors import UserError, api_errors, payload_errors
from api.ids import decode_id, encode_cursor
from api.permissions import CanManageSurveys, CanRead, IsAdmin
from api.relay import Connection, after_id, connection, page_size
from api.surveys.distribution_inputs import CreateDistributionInput
from api.surveys.distribution_types import DistributionPayload, DistributionType
from surveys import distributions, notices


@strawberry.type
class MailLoopNoticesPayload:
    enabled: bool | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DistributionQueries:
    @strawberry.field(permission_classes=[CanRead], description="E-mail distributions, newest first.")
    @api_errors
    async def distributions(self, info: Info[Context, Any], survey_id: strawberry.ID | None = None,
                            first: int | None = None, after: str | None = None) -> Connection[DistributionType]:
        context = info.context
        page = await distributions.list_distributions(
            organization_id=context.organization_id,
            survey_id=decode_id(survey_id, "Survey", field="surveyId") if survey_id is not None else None,
            first=page_size(first, context.settings), after_id=after_id(after))
        nodes = await DistributionType.counted(page.items)
        assert page.total is not None
        return connection([(encode_cursor(d.id), node) for d, node in zip(page.items, nodes, strict=True)],
                          has_next=page.has_next, has_previous=after is not None, total=page.total)

    @strawberry.field(permission_classes=[CanRead], description=(
        "Whether resolved cases' re-surveys and shipped actions' notes are also mailed to respondents with an "
        "address from a distribution (setMailLoopNotices)."))
    async def mail_loop_notices(self, info: Info[Context, Any]) -> bool:
        return await notices.enabled(organization_id=info.context.organization_id)


@strawberry.type
class DistributionMutations:
    @strawberry.mutation(permission_classes=[CanManageSurveys], description=(
        "Send an ACTIVE survey by e-mail, now or at sendAt, throttled (VOC_MAIL_RATE_PER_SECOND). Needs "
        "VOC_SMTP_URL and VOC_MAIL_FROM. Any refusal (a bad recipient row, each named) creates nothing."))
    @payload_errors
    async def create_distribution(self, info: Info[Context, Any], input: CreateDistributionInput,
                                  ) -> DistributionPayload:
        context = info.context
        made = await distributions.create_distribution(organization=context.organization, spec=input.to_domain(),
                                                       settings=context.settings)
        return DistributionPayload(distribution=(await DistributionType.counted([made]))[0])

    @strawberry.mutation(permission_classes=[CanManageSurveys], description=(
        "Stop a distribution: invitations not yet sent are cancelled and no more reminders go. Links already "
        "mailed keep working."))
    @payload_errors
    async def cancel_distribution(self, info: Info[Context, Any], id: strawberry.ID) -> DistributionPayload:
        done = await distributions.cancel_distribution(organization=info.context.organization,
                                                       distribution_id=decode_id(id, "Distribution"))
        return DistributionPayload(distribution=(await DistributionType.counted([done]))[0])

    @strawberry.mutation(permission_classes=[IsAdmin], description=(
        "Mail the re-survey of every resolved case and the \"it shipped\" note of every shipped action to the "
        "respondents concerned who have an address from a distribution (and have not unsubscribed)."))
    @payload_errors
    async def set_mail_loop_notices(self, info: Info[Context, Any], enabled: bool) -> MailLoopNoticesPayload:
        return MailLoopNoticesPayload(enabled=await notices.set_enabled(organization=info.context.organization,
                                                                        on=enabled))
