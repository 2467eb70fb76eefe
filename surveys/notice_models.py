"""Mails about closing the loop (surveys/notices.py): the re-survey after a resolved case and the "it
shipped" note, to respondents whose address the organisation gave in a distribution, when it turned
that on (MailPreference)."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from core.models import Organization
from surveys.models import Respondent


class NoticeKind(StrEnum):
    RESURVEY = "resurvey"  # subject: the resolved case
    SHIPPED = "shipped"  # subject: the shipped improvement action


class NoticeStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


class MailPreference(Model):
    id = fields.IntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="mail_preferences", on_delete=fields.CASCADE
    )
    loop_notices = fields.BooleanField(default=False)
    updated_at = fields.DatetimeField(auto_now=True)

    organization_id: int

    class Meta:
        table = "mail_preferences"
        unique_together = (("organization",),)


class MailNotice(Model):
    """One loop mail to one respondent: once per kind, subject and respondent, however often its event
    is redelivered."""

    id = fields.BigIntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="mail_notices", on_delete=fields.CASCADE
    )
    respondent: fields.ForeignKeyRelation[Respondent] = fields.ForeignKeyField(
        "voc.Respondent", related_name="mail_notices", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(NoticeKind, max_length=10)
    subject_id = fields.BigIntField()  # the case or the action
    email = fields.CharField(max_length=320)
    subject = fields.CharField(max_length=300)
    text = fields.TextField()
    # The unsubscribe link of the recipient row the address came from (the mail's List-Unsubscribe).
    unsubscribe_url = fields.CharField(max_length=300)
    status = fields.CharEnumField(NoticeStatus, max_length=10, default=NoticeStatus.PENDING)
    attempts = fields.SmallIntField(default=0)
    next_attempt_at = fields.DatetimeField(null=True)  # due, or the end of a sender's lease
    last_error = fields.CharField(max_length=500, null=True)
    sent_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    organization_id: int
    respondent_id: int

    class Meta:
        table = "mail_notices"
        unique_together = (("kind", "subject_id", "respondent"),)
        indexes = (Index(fields=("status", "next_attempt_at"), name="ix_mail_notices_due"),)
