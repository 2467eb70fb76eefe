"""Account and usage-signal tables.

A respondent names its account by external id (surveys.models.Respondent.account_external_id),
not by a foreign key: surveys knows nothing of accounts, and a respondent may name an account that
is imported later.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from core.models import Organization, User


class AccountStage(StrEnum):
    """Where the customer is in its lifecycle; the host's CRM says so, VoC Loop does not infer it."""

    ONBOARDING = "onboarding"
    ACTIVE = "active"
    RENEWAL = "renewal"  # a renewal is being negotiated
    CHURNED = "churned"


class Account(Model):
    id = fields.IntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="accounts", on_delete=fields.CASCADE
    )
    external_id = fields.CharField(max_length=256)
    name = fields.CharField(max_length=200)
    # plan, industry, size, region, mrr, contract start ...: the host's words, not a schema of ours.
    attributes: dict[str, Any] = fields.JSONField()
    renewal_at = fields.DatetimeField(null=True)
    stage = fields.CharEnumField(AccountStage, max_length=16, default=AccountStage.ACTIVE)
    # The CS manager who owns the relationship; a deleted user leaves the account without one.
    owner: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "voc.User", related_name="owned_accounts", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    organization_id: int
    owner_id: int | None

    class Meta:
        table = "accounts"
        unique_together = (("organization", "external_id"),)
        indexes = (
            Index(fields=("organization_id", "name", "id"), name="ix_accounts_org_name"),
            Index(fields=("organization_id", "owner_id"), name="ix_accounts_org_owner"),
            Index(fields=("organization_id", "renewal_at"), name="ix_accounts_org_renewal"),
        )


class AccountSignal(Model):
    """One metric of one account on one day (the organisation's time zone): recording it again that
    day replaces the value, so a retried batch never counts twice."""

    id = fields.BigIntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="account_signals", on_delete=fields.CASCADE
    )
    account: fields.ForeignKeyRelation[Account] = fields.ForeignKeyField(
        "voc.Account", related_name="signals", on_delete=fields.CASCADE
    )
    metric = fields.CharField(max_length=64)
    day: date = fields.DateField()
    value = fields.FloatField()
    at: datetime = fields.DatetimeField()  # the measurement's own time, the latest recorded that day
    recorded_at = fields.DatetimeField(auto_now=True)

    organization_id: int
    account_id: int

    class Meta:
        table = "account_signals"
        unique_together = (("account", "metric", "day"),)
