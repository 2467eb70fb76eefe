"""E-mail distribution types and payloads."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import strawberry
from strawberry.types import Info

from api.context import Context
from api.errors import UserError, api_errors
from api.ids import encode_id
from api.permissions import CanRead
from api.relay import Connection, Node, after_id, newest_first_connection, page_size, register_node
from api.surveys.types import SurveyType
from surveys import distributions
from surveys.distribution_models import Distribution, Recipient


@strawberry.type(name="DistributionRecipient", description="One recipient of a distribution and their mails.")
class RecipientType:
    email: str
    name: str | None
    status: str = strawberry.field(description="PENDING, SENT, FAILED, SKIPPED (had unsubscribed) or CANCELLED.")
    mails_sent: int = strawberry.field(description="The invitation and the reminders that left.")
    last_error: str | None = strawberry.field(description="Why the last attempt failed (the SMTP server's words).")
    clicked_at: datetime | None = strawberry.field(description=(
        "When a person was first at the personal link's page or sent a score from the mail."))
    unsubscribed_at: datetime | None

    @classmethod
    def of(cls, r: Recipient) -> RecipientType:
        return cls(email=r.email, name=r.name, status=r.status.value.upper(), mails_sent=r.mails_sent,
                   last_error=r.last_error, clicked_at=r.clicked_at, unsubscribed_at=r.unsubscribed_at)


@strawberry.type(name="Distribution", description=(
    "A survey sent by e-mail (channel EMAIL): personal links, a scale of score links for NPS, CSAT and CES "
    "(each opens a page that records the score), reminders to those who have not answered, unsubscribe honoured "
    "for the organisation."))
class DistributionType(Node):
    status: str = strawberry.field(description="SCHEDULED, SENDING, SENT (reminders may follow) or CANCELLED.")
    recipients: int
    sent: int = strawberry.field(description="Recipients whose invitation the SMTP server accepted.")
    failed: int = strawberry.field(description="Recipients whose invitation gave up (failedRecipients says why).")
    clicked: int = strawberry.field(description=(
        "Recipients who were at their personal link's page (a person, not a link scanner), sent a score "
        "from the mail, or answered: sent >= clicked >= answered."))
    answered: int = strawberry.field(description="Recipients who answered the survey since the distribution.")
    unsubscribed: int
    response_rate: float | None = strawberry.field(description="answered / sent; null before any mail left.")
    subject: str | None
    body: str | None
    send_at: datetime
    remind_after_hours: int | None
    max_reminders: int
    created_at: datetime
    cancelled_at: datetime | None
    _model: strawberry.Private[Distribution]

    @classmethod
    def of(cls, d: Distribution, figures: distributions.Figures | None) -> DistributionType:
        f = figures or distributions.Figures(0, 0, 0, 0, 0, 0, 0)
        return cls(id=strawberry.ID(encode_id("Distribution", d.id)),
                   status=distributions.status_of(d, figures, datetime.now(UTC)), recipients=f.recipients,
                   sent=f.sent, failed=f.failed, clicked=f.clicked, answered=f.answered, unsubscribed=f.unsubscribed,
                   response_rate=f.response_rate, subject=d.subject, body=d.body, send_at=d.send_at,
                   remind_after_hours=d.remind_after_hours, max_reminders=d.max_reminders, created_at=d.created_at,
                   cancelled_at=d.cancelled_at, _model=d)

    @classmethod
    async def counted(cls, rows: list[Distribution]) -> list[DistributionType]:
        """Several distributions with their figures, counted in one query."""
        figures = await distributions.figures([d.id for d in rows])
        return [cls.of(d, figures.get(d.id)) for d in rows]

    @strawberry.field(permission_classes=[CanRead])
    async def survey(self, info: Info[Context, Any]) -> SurveyType:
        found = await info.context.loaders.survey_by_id.find(self._model.organization_id, self._model.survey_id)
        assert found is not None  # a distribution's survey is deleted with it
        return SurveyType.of(found)

    @strawberry.field(permission_classes=[CanRead], description="Recipients whose invitation failed, newest first.")
    @api_errors
    async def failed_recipients(self, info: Info[Context, Any], first: int | None = None,
                                after: str | None = None) -> Connection[RecipientType]:
        page = await distributions.failed_recipients(
            organization_id=self._model.organization_id, distribution_id=self._model.id,
            first=page_size(first, info.context.settings), after_id=after_id(after))
        return newest_first_connection(page, RecipientType.of, after=after)


@strawberry.type
class DistributionPayload:
    distribution: DistributionType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@register_node("Distribution")
async def _distribution_node(context: Context, pk: int) -> DistributionType | None:
    found = await Distribution.get_or_none(id=pk, organization_id=context.organization_id)
    return (await DistributionType.counted([found]))[0] if found is not None else None
