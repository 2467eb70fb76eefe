"""Closing the loop: teams, rules, cases, breaches, actions and their links, audit events, webhooks.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op
from core.dbtypes import big_pk, boolean, double, fk, json, pk, timestamp

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SQLITE_AUTOINCREMENT = {"sqlite_autoincrement": True}
TABLES = (
    "webhook_deliveries", "webhooks", "audit_events", "action_cases", "action_responses", "action_topics",
    "actions", "case_breaches", "cases", "routing_rules", "case_rules", "team_members", "teams",
)


def upgrade() -> None:
    op.create_table(
        "teams",
        pk(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("is_default", boolean(), nullable=False),
        sa.Column("created_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        fk("lead_id", "users", nullable=True, ondelete="SET NULL"),
        fk("fallback_owner_id", "users", nullable=True, ondelete="SET NULL"),
        sa.UniqueConstraint("organization_id", "name", name="uq_teams_org_name"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_table(
        "team_members",
        pk(),
        sa.Column("available", boolean(), nullable=False),
        sa.Column("max_open_cases", sa.Integer(), nullable=False),
        sa.Column("last_assigned_at", timestamp(), nullable=True),
        fk("team_id", "teams"),
        fk("user_id", "users"),
        sa.UniqueConstraint("team_id", "user_id", name="uq_team_members_team_user"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_table(
        "case_rules",
        pk(),
        sa.Column("enabled", boolean(), nullable=False),
        sa.Column("nps_max", sa.SmallInteger(), nullable=True),
        sa.Column("csat_max", sa.SmallInteger(), nullable=True),
        sa.Column("ces_min", sa.SmallInteger(), nullable=True),
        sa.Column("sentiment_max", double(), nullable=True),
        sa.Column("first_contact_hours", sa.Integer(), nullable=False),
        sa.Column("resolve_hours", sa.Integer(), nullable=False),
        sa.Column("reopen_days", sa.Integer(), nullable=False),
        sa.Column("created_at", timestamp(), nullable=False),
        sa.Column("updated_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        fk("survey_id", "surveys", nullable=True),
        sa.UniqueConstraint("organization_id", "survey_id", name="uq_case_rules_org_survey"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_table(
        "routing_rules",
        pk(),
        sa.Column("attribute", sa.String(64), nullable=False),
        sa.Column("value", sa.String(256), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        fk("team_id", "teams"),
        sa.UniqueConstraint("organization_id", "attribute", "value", name="uq_routing_rules_org_attribute_value"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_table(
        "cases",
        big_pk(),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("open_key", sa.String(64), nullable=True, unique=True),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("first_contact_due_at", timestamp(), nullable=True),
        sa.Column("first_contacted_at", timestamp(), nullable=True),
        sa.Column("resolve_due_at", timestamp(), nullable=True),
        sa.Column("paused_at", timestamp(), nullable=True),
        sa.Column("breached", boolean(), nullable=False),
        sa.Column("escalation_level", sa.SmallInteger(), nullable=False),
        sa.Column("reopen_days", sa.Integer(), nullable=False),
        sa.Column("resolved_at", timestamp(), nullable=True),
        sa.Column("closed_at", timestamp(), nullable=True),
        sa.Column("resolution_reason", sa.String(500), nullable=True),
        sa.Column("resurvey_key", sa.String(64), nullable=True, unique=True),
        sa.Column("created_at", timestamp(), nullable=False),
        sa.Column("updated_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        fk("survey_id", "surveys"),
        fk("response_id", "responses", big=True),
        fk("respondent_id", "respondents", nullable=True, ondelete="SET NULL"),
        fk("team_id", "teams", nullable=True, ondelete="SET NULL"),
        fk("assignee_id", "users", nullable=True, ondelete="SET NULL"),
        fk("root_cause_topic_id", "topics", nullable=True, ondelete="SET NULL"),
        fk("resurvey_response_id", "responses", nullable=True, ondelete="SET NULL", big=True),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_index("ix_cases_org_status", "cases", ["organization_id", "status", "created_at"])
    op.create_index("ix_cases_org_assignee", "cases", ["organization_id", "assignee_id", "status"])
    op.create_index("ix_cases_first_contact_due", "cases", ["status", "first_contact_due_at"])
    op.create_index("ix_cases_resolve_due", "cases", ["status", "resolve_due_at"])
    op.create_index("ix_cases_response", "cases", ["response_id"])
    op.create_table(
        "case_breaches",
        big_pk(),
        sa.Column("clock", sa.String(16), nullable=False),
        sa.Column("due_at", timestamp(), nullable=False),
        sa.Column("detected_at", timestamp(), nullable=False),
        fk("case_id", "cases", big=True),
        sa.UniqueConstraint("case_id", "clock", name="uq_case_breaches_case_clock"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_table(
        "actions",
        pk(),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("priority", sa.SmallInteger(), nullable=False),
        sa.Column("due_at", timestamp(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("verification_days", sa.Integer(), nullable=False),
        sa.Column("baseline", json(), nullable=True),
        sa.Column("effect", json(), nullable=True),
        sa.Column("planned_at", timestamp(), nullable=True),
        sa.Column("shipped_at", timestamp(), nullable=True),
        sa.Column("created_at", timestamp(), nullable=False),
        sa.Column("updated_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        fk("owner_id", "users", nullable=True, ondelete="SET NULL"),
        fk("duplicate_of_id", "actions", nullable=True, ondelete="SET NULL"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_index("ix_actions_org_status", "actions", ["organization_id", "status"])
    op.create_index("ix_actions_status_shipped", "actions", ["status", "shipped_at"])
    for table, target, big in (("action_topics", "topic", False), ("action_responses", "response", True),
                               ("action_cases", "case", True)):
        op.create_table(
            table,
            big_pk() if target == "response" else pk(),
            sa.Column("created_at", timestamp(), nullable=False),
            fk("action_id", "actions"),
            fk(f"{target}_id", f"{target}s", big=big),
            sa.UniqueConstraint("action_id", f"{target}_id", name=f"uq_{table}_action_{target}"),
            **SQLITE_AUTOINCREMENT,
        )
    op.create_table(
        "audit_events",
        big_pk(),
        sa.Column("subject", sa.String(16), nullable=False),
        sa.Column("subject_id", sa.BigInteger(), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("from_value", sa.String(500), nullable=True),
        sa.Column("to_value", sa.String(500), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_index("ix_audit_subject", "audit_events", ["organization_id", "subject", "subject_id", "id"])
    op.create_table(
        "webhooks",
        pk(),
        sa.Column("url", sa.String(2048), nullable=False),
        sa.Column("events", json(), nullable=False),
        sa.Column("secret", sa.String(128), nullable=False),
        sa.Column("active", boolean(), nullable=False),
        sa.Column("created_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_table(
        "webhook_deliveries",
        big_pk(),
        sa.Column("event", sa.String(64), nullable=False),
        sa.Column("event_id", sa.BigInteger(), nullable=False),
        sa.Column("payload", json(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("attempts", sa.SmallInteger(), nullable=False),
        sa.Column("next_attempt_at", timestamp(), nullable=True),
        sa.Column("last_status_code", sa.SmallInteger(), nullable=True),
        sa.Column("last_error", sa.String(500), nullable=True),
        sa.Column("created_at", timestamp(), nullable=False),
        sa.Column("delivered_at", timestamp(), nullable=True),
        fk("organization_id", "organizations"),
        fk("webhook_id", "webhooks"),
        sa.UniqueConstraint("webhook_id", "event_id", name="uq_webhook_deliveries_webhook_event"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_index("ix_deliveries_due", "webhook_deliveries", ["status", "next_attempt_at"])


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)
