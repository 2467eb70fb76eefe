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
    # The latest health score (accounts.health): copied from its day's account_health row so that
    # pages of accounts filter by band and order by score, change or MRR without a join per row.
    health_score = fields.FloatField(null=True)
    health_band = fields.CharField(max_length=16, null=True)
    health_change_30d = fields.FloatField(null=True)  # score now minus score 30 days back, when both are known
    health_computed_at = fields.DatetimeField(null=True)
    # Set when the account's inputs changed (a signal, an answer, a case): rescored soon, debounced.
    health_dirty_at = fields.DatetimeField(null=True)
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
            Index(fields=("organization_id", "health_band"), name="ix_accounts_org_band"),
            Index(fields=("health_dirty_at",), name="ix_accounts_health_dirty"),
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
        # The health model reads an organisation's recent signals of a few metrics in one pass.
        indexes = (Index(fields=("organization_id", "metric", "day"), name="ix_account_signals_org_metric_day"),)


class HealthModelRow(Model):
    """An organisation's health model (accounts.health_model's JSON format); none stored: the default."""

    id = fields.IntField(primary_key=True)
    organization: fields.OneToOneRelation[Organization] = fields.OneToOneField(
        "voc.Organization", related_name="health_model", on_delete=fields.CASCADE
    )
    model: dict[str, Any] | None = fields.JSONField(null=True)
    # The organisation's day of the last full scoring: a ticker claims the next day by moving it.
    scored_on: date | None = fields.DateField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    organization_id: int

    class Meta:
        table = "health_models"


class AccountHealth(Model):
    """An account's health on one day (the organisation's time zone): scoring again that day replaces
    the row. `components` explains the score (accounts.health's module docstring); the previous
    day's band and score are copied in so that warnings see a band drop without another join."""

    id = fields.BigIntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="account_health", on_delete=fields.CASCADE
    )
    account: fields.ForeignKeyRelation[Account] = fields.ForeignKeyField(
        "voc.Account", related_name="health_days", on_delete=fields.CASCADE
    )
    day: date = fields.DateField()
    score = fields.FloatField()
    band = fields.CharField(max_length=16)
    components: list[dict[str, Any]] = fields.JSONField()
    previous_score = fields.FloatField(null=True)  # the day before's, when it was scored
    previous_band = fields.CharField(max_length=16, null=True)
    score_30d_ago = fields.FloatField(null=True)
    band_30d_ago = fields.CharField(max_length=16, null=True)
    computed_at: datetime = fields.DatetimeField()

    organization_id: int
    account_id: int

    class Meta:
        table = "account_health"
        unique_together = (("account", "day"),)
        indexes = (Index(fields=("organization_id", "day", "band"), name="ix_account_health_org_day_band"),)


class WarningRulesRow(Model):
    """An organisation's early-warning rules (accounts.warning_rules' JSON format); none stored: the
    defaults."""

    id = fields.IntField(primary_key=True)
    organization: fields.OneToOneRelation[Organization] = fields.OneToOneField(
        "voc.Organization", related_name="warning_rules", on_delete=fields.CASCADE
    )
    rules: dict[str, Any] = fields.JSONField()
    updated_at = fields.DatetimeField(auto_now=True)

    organization_id: int

    class Meta:
        table = "warning_rules"
