"""Input types of e-mail distributions and their translation to domain values."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON

from api.ids import decode_id
from surveys.distributions import MAX_REMINDERS, DistributionSpec
from surveys.recipient_rows import MAX_RECIPIENTS, RecipientRow, parse_csv


@strawberry.input
class RecipientInput:
    email: str
    name: str | None = None
    external_id: str | None = strawberry.field(default=None, description=(
        "The respondent's external id in the host product; left out, the e-mail address is the respondent's id."))
    attributes: JSON | None = strawberry.field(default=None, description='e.g. {"plan": "pro", "region": "华东"}')
    account: str | None = strawberry.field(default=None, description="The external id of the respondent's account.")

    def to_domain(self) -> RecipientRow:
        attributes: Any = self.attributes  # checked by the domain: must be an object
        return RecipientRow(email=self.email, name=self.name, external_id=self.external_id,
                            attributes=attributes if attributes is not None else {}, account=self.account)


@strawberry.input
class CreateDistributionInput:
    survey_id: strawberry.ID
    recipients: list[RecipientInput] = strawberry.field(default_factory=list, description=(
        f"Up to {MAX_RECIPIENTS} in all (with recipientsCsv). Any bad row refuses the whole distribution: errors "
        "name each (recipients.3.email) and nothing is created. An address given twice is mailed once."))
    recipients_csv: str | None = strawberry.field(default=None, description=(
        "Pasted lines (email, or email,name) or a CSV file's text with a header naming email and any of name, "
        "externalId, account; other columns become attributes. Bad rows are named by their line: "
        "recipientsCsv.7.email."))
    subject: str | None = strawberry.field(default=None, description=(
        "Subject template ({name}, {survey}, {link}); left out: the survey language's default."))
    body: str | None = strawberry.field(default=None, description=(
        "Plain-text body template ({name}, {survey}, {link}; the link is added when the body has none). NPS, CSAT "
        "and CES mails also carry the scale of score links and every mail an unsubscribe link."))
    send_at: datetime | None = strawberry.field(default=None, description="Left out or past: now.")
    remind_after_hours: int | None = strawberry.field(default=None, description=(
        "Hours after each mail before a reminder goes to a recipient who has not answered (1-720)."))
    max_reminders: int | None = strawberry.field(default=None,
                                                 description=f"Reminders per recipient, 0-{MAX_REMINDERS}.")

    def to_domain(self) -> DistributionSpec:
        return DistributionSpec(
            survey_id=decode_id(self.survey_id, "Survey", field="surveyId"),
            recipients=[r.to_domain() for r in self.recipients],
            csv_recipients=parse_csv(self.recipients_csv) if self.recipients_csv else [], subject=self.subject,
            body=self.body, send_at=self.send_at, remind_after_hours=self.remind_after_hours,
            max_reminders=self.max_reminders)
