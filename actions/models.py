"""Closing the loop: follow-up cases, improvement actions, their rules, teams, audit trail and webhooks."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from analysis.models import Topic
from core.models import Organization, User
from surveys.models import Respondent, Response, Survey


class CaseStatus(StrEnum):
    NEW = "new"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    WAITING_CUSTOMER = "waiting_customer"
    RESOLVED = "resolved"
    CLOSED = "closed"
    CANCELLED = "cancelled"


# Still to be worked on: they count against an agent's cap, keep a team in use and are the loop's open
# cases. RESOLVED is not open: it only waits to close itself (or to be reopened).
OPEN_CASE_STATUSES = (CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS, CaseStatus.WAITING_CUSTOMER)


class ActionStatus(StrEnum):
    PROPOSED = "proposed"
    UNDER_REVIEW = "under_review"
    PLANNED = "planned"
    DECLINED = "declined"
    DUPLICATE = "duplicate"
    IN_PROGRESS = "in_progress"
    ON_HOLD = "on_hold"
    SHIPPED = "shipped"
    VERIFYING = "verifying"
    CLOSED_EFFECTIVE = "closed_effective"
    CLOSED_INEFFECTIVE = "closed_ineffective"


class Team(Model):
    id = fields.IntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="teams", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=200)
    # Escalation level 1 notifies the lead; the fallback owner takes cases no agent can.
    lead: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "voc.User", related_name="led_teams", null=True, on_delete=fields.SET_NULL
    )
    fallback_owner: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "voc.User", related_name="fallback_teams", null=True, on_delete=fields.SET_NULL
    )
    # The team that takes cases no routing rule sends elsewhere.
    is_default = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)

    organization_id: int
    lead_id: int | None
    fallback_owner_id: int | None

    class Meta:
        table = "teams"
        unique_together = (("organization", "name"),)


class TeamMember(Model):
    id = fields.IntField(primary_key=True)
    team: fields.ForeignKeyRelation[Team] = fields.ForeignKeyField(
        "voc.Team", related_name="members", on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "voc.User", related_name="memberships", on_delete=fields.CASCADE
    )
    available = fields.BooleanField(default=True)
    max_open_cases = fields.IntField(default=20)
    # Round-robin: the available agent under the cap who was assigned longest ago goes next.
    last_assigned_at = fields.DatetimeField(null=True)

    team_id: int
    user_id: int

    class Meta:
        table = "team_members"
        unique_together = (("team", "user"),)


class CaseRule(Model):
    """When a response opens a case (per organisation, optionally per survey) and its SLA."""

    id = fields.IntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="case_rules", on_delete=fields.CASCADE
    )
    survey: fields.ForeignKeyNullableRelation[Survey] = fields.ForeignKeyField(
        "voc.Survey", related_name="case_rules", null=True, on_delete=fields.CASCADE
    )
    enabled = fields.BooleanField(default=True)
    nps_max = fields.SmallIntField(null=True, default=6)
    csat_max = fields.SmallIntField(null=True, default=2)
    ces_min = fields.SmallIntField(null=True, default=5)
    # Clearly negative comments open a case whatever the score (null: sentiment ignored).
    sentiment_max = fields.FloatField(null=True, default=-0.6)
    first_contact_hours = fields.IntField(default=24)
    resolve_hours = fields.IntField(default=168)
    reopen_days = fields.IntField(default=4)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    organization_id: int
    survey_id: int | None

    class Meta:
        table = "case_rules"
        unique_together = (("organization", "survey"),)


class RoutingRule(Model):
    """A segment attribute value sends the case to a team (first match by position wins)."""

    id = fields.IntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="routing_rules", on_delete=fields.CASCADE
    )
    attribute = fields.CharField(max_length=64)
    value = fields.CharField(max_length=256)
    team: fields.ForeignKeyRelation[Team] = fields.ForeignKeyField(
        "voc.Team", related_name="routing_rules", on_delete=fields.CASCADE
    )
    position = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)

    organization_id: int
    team_id: int

    class Meta:
        table = "routing_rules"
        unique_together = (("organization", "attribute", "value"),)


class Case(Model):
    id = fields.BigIntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="cases", on_delete=fields.CASCADE
    )
    # A case follows up one response (of one survey), or it is an account's early warning: then it
    # has neither, but the account (by external id: actions does not import accounts) and a reason.
    survey: fields.ForeignKeyNullableRelation[Survey] = fields.ForeignKeyField(
        "voc.Survey", related_name="cases", null=True, on_delete=fields.CASCADE
    )
    response: fields.ForeignKeyNullableRelation[Response] = fields.ForeignKeyField(
        "voc.Response", related_name="cases", null=True, on_delete=fields.CASCADE
    )
    account_external_id = fields.CharField(max_length=256, null=True)
    # The warning rule that opened it ("band_drop", "usage_drop", ...; actions/account_cases.py) and
    # why it fired (the figures the rule compared), for people and for the audit.
    reason = fields.CharField(max_length=32, null=True)
    reason_detail: dict[str, Any] | None = fields.JSONField(null=True)
    # "<account>:<rule>:<window>": one case per warning, however often the rule runs (unique per organisation).
    dedupe_key = fields.CharField(max_length=320, null=True)
    respondent: fields.ForeignKeyNullableRelation[Respondent] = fields.ForeignKeyField(
        "voc.Respondent", related_name="cases", null=True, on_delete=fields.SET_NULL
    )
    status = fields.CharEnumField(CaseStatus, max_length=16, default=CaseStatus.NEW)
    # "<survey id>:<respondent id or r<response id>>" while the case is open, null after: a unique
    # column that allows one open case per respondent and survey on SQLite and PostgreSQL alike.
    open_key = fields.CharField(max_length=64, null=True, unique=True)
    source = fields.CharField(max_length=16, default="rule")  # rule | manual | warning (an account's)
    team: fields.ForeignKeyNullableRelation[Team] = fields.ForeignKeyField(
        "voc.Team", related_name="cases", null=True, on_delete=fields.SET_NULL
    )
    assignee: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "voc.User", related_name="assigned_cases", null=True, on_delete=fields.SET_NULL
    )
    first_contact_due_at = fields.DatetimeField(null=True)
    first_contacted_at = fields.DatetimeField(null=True)
    resolve_due_at = fields.DatetimeField(null=True)
    # Set while WAITING_CUSTOMER: the clocks stand still, and their due times move on by the pause.
    paused_at = fields.DatetimeField(null=True)
    breached = fields.BooleanField(default=False)
    escalation_level = fields.SmallIntField(default=0)
    reopen_days = fields.IntField(default=4)
    resolved_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)
    resolution_reason = fields.CharField(max_length=500, null=True)
    root_cause_topic: fields.ForeignKeyNullableRelation[Topic] = fields.ForeignKeyField(
        "voc.Topic", related_name="root_cause_cases", null=True, on_delete=fields.SET_NULL
    )
    # The one-question CSAT re-survey issued on RESOLVED, and the answer it got.
    resurvey_key = fields.CharField(max_length=64, null=True, unique=True)
    resurvey_response: fields.ForeignKeyNullableRelation[Response] = fields.ForeignKeyField(
        "voc.Response", related_name="resurveyed_cases", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    organization_id: int
    survey_id: int | None
    response_id: int | None
    respondent_id: int | None
    team_id: int | None
    assignee_id: int | None
    root_cause_topic_id: int | None
    resurvey_response_id: int | None

    class Meta:
        table = "cases"
        indexes = (
            Index(fields=("organization_id", "status", "created_at"), name="ix_cases_org_status"),
            Index(fields=("organization_id", "assignee_id", "status"), name="ix_cases_org_assignee"),
            Index(fields=("status", "first_contact_due_at"), name="ix_cases_first_contact_due"),
            Index(fields=("status", "resolve_due_at"), name="ix_cases_resolve_due"),
            Index(fields=("response_id",), name="ix_cases_response"),
            Index(fields=("organization_id", "account_external_id"), name="ix_cases_org_account"),
        )
        unique_together = (("organization", "dedupe_key"),)


class CaseBreach(Model):
    """One row per clock a case breached (first contact, resolution): recorded once."""

    id = fields.BigIntField(primary_key=True)
    case: fields.ForeignKeyRelation[Case] = fields.ForeignKeyField(
        "voc.Case", related_name="breaches", on_delete=fields.CASCADE
    )
    clock = fields.CharField(max_length=16)  # first_contact | resolution
    due_at = fields.DatetimeField()
    detected_at = fields.DatetimeField()

    case_id: int

    class Meta:
        table = "case_breaches"
        unique_together = (("case", "clock"),)


class Action(Model):
    id = fields.IntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="actions", on_delete=fields.CASCADE
    )
    title = fields.CharField(max_length=300)
    description = fields.TextField(null=True)
    owner: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "voc.User", related_name="owned_actions", null=True, on_delete=fields.SET_NULL
    )
    priority = fields.SmallIntField(default=3)
    due_at = fields.DatetimeField(null=True)
    status = fields.CharEnumField(ActionStatus, max_length=20, default=ActionStatus.PROPOSED)
    duplicate_of: fields.ForeignKeyNullableRelation[Action] = fields.ForeignKeyField(
        "voc.Action", related_name="duplicates", null=True, on_delete=fields.SET_NULL
    )
    verification_days = fields.IntField(default=14)
    # Snapshot of the linked topics' metrics when PLANNED; before-vs-after once verifiable.
    baseline: dict[str, Any] | None = fields.JSONField(null=True)
    effect: dict[str, Any] | None = fields.JSONField(null=True)
    # Closed against or without a measured effect: the reason the admin or analyst gave (null when
    # the closing followed the measured verdict, and while the action is open).
    verdict_override_reason = fields.TextField(null=True)
    planned_at = fields.DatetimeField(null=True)
    shipped_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    organization_id: int
    owner_id: int | None
    duplicate_of_id: int | None

    class Meta:
        table = "actions"
        indexes = (
            Index(fields=("organization_id", "status"), name="ix_actions_org_status"),
            Index(fields=("status", "shipped_at"), name="ix_actions_status_shipped"),
        )


class ActionTopic(Model):
    id = fields.IntField(primary_key=True)
    action: fields.ForeignKeyRelation[Action] = fields.ForeignKeyField(
        "voc.Action", related_name="topic_links", on_delete=fields.CASCADE
    )
    topic: fields.ForeignKeyRelation[Topic] = fields.ForeignKeyField(
        "voc.Topic", related_name="action_links", on_delete=fields.CASCADE
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    action_id: int
    topic_id: int

    class Meta:
        table = "action_topics"
        unique_together = (("action", "topic"),)


class ActionResponse(Model):
    id = fields.BigIntField(primary_key=True)
    action: fields.ForeignKeyRelation[Action] = fields.ForeignKeyField(
        "voc.Action", related_name="response_links", on_delete=fields.CASCADE
    )
    response: fields.ForeignKeyRelation[Response] = fields.ForeignKeyField(
        "voc.Response", related_name="action_links", on_delete=fields.CASCADE
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    action_id: int
    response_id: int

    class Meta:
        table = "action_responses"
        unique_together = (("action", "response"),)


class ActionCase(Model):
    id = fields.IntField(primary_key=True)
    action: fields.ForeignKeyRelation[Action] = fields.ForeignKeyField(
        "voc.Action", related_name="case_links", on_delete=fields.CASCADE
    )
    case: fields.ForeignKeyRelation[Case] = fields.ForeignKeyField(
        "voc.Case", related_name="action_links", on_delete=fields.CASCADE
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    action_id: int
    case_id: int

    class Meta:
        table = "action_cases"
        unique_together = (("action", "case"),)


class AuditEvent(Model):
    """Append-only: every change to a case or an action, by whom, from what to what."""

    id = fields.BigIntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="audit_events", on_delete=fields.CASCADE
    )
    subject = fields.CharField(max_length=16)  # case | action | respondent
    subject_id = fields.BigIntField()
    # "user:<id>", "apikey:<id>", "rule:<id>" / "rule:default" or "system" (see actions/audit.py).
    actor = fields.CharField(max_length=64)
    kind = fields.CharField(max_length=32)  # created | status | assignee | owner | due_at | link | note | breach …
    from_value = fields.CharField(max_length=500, null=True)
    to_value = fields.CharField(max_length=500, null=True)
    note = fields.TextField(null=True)
    at = fields.DatetimeField()

    organization_id: int

    class Meta:
        table = "audit_events"
        indexes = (Index(fields=("organization_id", "subject", "subject_id", "id"), name="ix_audit_subject"),)


class Webhook(Model):
    id = fields.IntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="webhooks", on_delete=fields.CASCADE
    )
    url = fields.CharField(max_length=2048)
    events: list[str] = fields.JSONField()
    secret = fields.CharField(max_length=128)
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    organization_id: int

    class Meta:
        table = "webhooks"


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"  # gave up after the last attempt


class WebhookDelivery(Model):
    id = fields.BigIntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="webhook_deliveries", on_delete=fields.CASCADE
    )
    webhook: fields.ForeignKeyRelation[Webhook] = fields.ForeignKeyField(
        "voc.Webhook", related_name="deliveries", on_delete=fields.CASCADE
    )
    event = fields.CharField(max_length=64)
    # The outbox row that announced the event: one delivery per webhook and event, however often
    # the announcement is redelivered.
    event_id = fields.BigIntField()
    payload: dict[str, Any] = fields.JSONField()
    status = fields.CharEnumField(DeliveryStatus, max_length=10, default=DeliveryStatus.PENDING)
    attempts = fields.SmallIntField(default=0)
    next_attempt_at = fields.DatetimeField(null=True)
    last_status_code = fields.SmallIntField(null=True)
    last_error = fields.CharField(max_length=500, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    delivered_at = fields.DatetimeField(null=True)

    organization_id: int
    webhook_id: int

    class Meta:
        table = "webhook_deliveries"
        unique_together = (("webhook", "event_id"),)
        indexes = (Index(fields=("status", "next_attempt_at"), name="ix_deliveries_due"),)
