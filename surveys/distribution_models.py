"""E-mail distributions: a survey sent to a list of recipients, their mails and reminders, and the
addresses that unsubscribed (surveys/distributions.py manages them, surveys/mailings.py sends)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from core.models import Organization
from surveys.models import Respondent, Survey


class RecipientStatus(StrEnum):
    PENDING = "pending"  # the invitation is not sent yet (scheduled, queued, or waiting for a retry)
    SENT = "sent"  # the invitation was accepted by the SMTP server (reminders may follow)
    FAILED = "failed"  # the invitation gave up after the last attempt (last_error says why)
    SKIPPED = "skipped"  # the address had unsubscribed before its invitation: never mailed
    CANCELLED = "cancelled"  # the distribution was cancelled before its invitation


class Distribution(Model):
    id = fields.IntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="distributions", on_delete=fields.CASCADE
    )
    survey: fields.ForeignKeyRelation[Survey] = fields.ForeignKeyField(
        "voc.Survey", related_name="distributions", on_delete=fields.CASCADE
    )
    # The templates as given ({name}, {survey}, {link} are filled in per recipient); None: the
    # wording of the survey's locale (surveys/mail_wording.py).
    subject = fields.CharField(max_length=200, null=True)
    body = fields.TextField(null=True)
    locale = fields.CharField(max_length=8)
    send_at = fields.DatetimeField()
    remind_after_hours = fields.IntField(null=True)
    max_reminders = fields.SmallIntField(default=0)
    cancelled_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    organization_id: int
    survey_id: int

    class Meta:
        table = "distributions"
        indexes = (Index(fields=("organization_id", "survey_id", "id"), name="ix_distributions_org_survey"),)


class Recipient(Model):
    """One person of a distribution: their personal link's subject and the log of their mails."""

    id = fields.BigIntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="recipients", on_delete=fields.CASCADE
    )
    distribution: fields.ForeignKeyRelation[Distribution] = fields.ForeignKeyField(
        "voc.Distribution", related_name="recipients", on_delete=fields.CASCADE
    )
    # Erasing the respondent erases their recipient rows (and so their address) too.
    respondent: fields.ForeignKeyRelation[Respondent] = fields.ForeignKeyField(
        "voc.Respondent", related_name="recipients", on_delete=fields.CASCADE
    )
    email = fields.CharField(max_length=320)
    name = fields.CharField(max_length=200, null=True)
    attributes: dict[str, Any] = fields.JSONField()
    status = fields.CharEnumField(RecipientStatus, max_length=10, default=RecipientStatus.PENDING)
    mails_sent = fields.SmallIntField(default=0)  # the invitation, then each reminder
    attempts = fields.SmallIntField(default=0)  # failed attempts at the next mail
    # When the next mail is due (the invitation, a retry, a reminder); while a sender holds it, the
    # end of its lease. None: nothing more to send.
    next_attempt_at = fields.DatetimeField(null=True)
    attempted_at = fields.DatetimeField(null=True)  # last claimed: the throttle counts these
    last_error = fields.CharField(max_length=500, null=True)
    sent_at = fields.DatetimeField(null=True)  # the invitation
    last_sent_at = fields.DatetimeField(null=True)
    clicked_at = fields.DatetimeField(null=True)  # first opened the personal link or a score
    unsubscribed_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    organization_id: int
    distribution_id: int
    respondent_id: int

    class Meta:
        table = "distribution_recipients"
        unique_together = (("distribution", "email"),)
        indexes = (Index(fields=("status", "next_attempt_at"), name="ix_recipients_due"),
                   Index(fields=("distribution_id", "attempted_at"), name="ix_recipients_window"),
                   Index(fields=("respondent_id",), name="ix_recipients_respondent"))


class MailSuppression(Model):
    """An address that unsubscribed: never mailed by the organisation again."""

    id = fields.IntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="mail_suppressions", on_delete=fields.CASCADE
    )
    email = fields.CharField(max_length=320)
    created_at = fields.DatetimeField(auto_now_add=True)

    organization_id: int

    class Meta:
        table = "mail_suppressions"
        unique_together = (("organization", "email"),)
