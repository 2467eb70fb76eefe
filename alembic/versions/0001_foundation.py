"""Foundation: organisations, users, API keys, outbox, surveys, respondents, displays, responses.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op
from core.dbtypes import big_pk, boolean, double, fk, json, pk, timestamp

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

SQLITE_AUTOINCREMENT = {"sqlite_autoincrement": True}


def upgrade() -> None:
    op.create_table(
        "organizations",
        pk(),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("identity_secret", sa.String(128), nullable=False),
        sa.Column("created_at", timestamp(), nullable=False),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_table(
        "outbox_events",
        big_pk(),
        sa.Column("topic", sa.String(64), nullable=False),
        sa.Column("payload", json(), nullable=False),
        sa.Column("created_at", timestamp(), nullable=False),
        sa.Column("dispatched_at", timestamp(), nullable=True),
        fk("organization_id", "organizations"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_index("ix_outbox_pending", "outbox_events", ["dispatched_at", "id"])
    op.create_table(
        "users",
        pk(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320), nullable=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        sa.UniqueConstraint("organization_id", "email", name="uq_users_org_email"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_table(
        "api_keys",
        pk(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", timestamp(), nullable=False),
        sa.Column("last_used_at", timestamp(), nullable=True),
        sa.Column("revoked_at", timestamp(), nullable=True),
        fk("organization_id", "organizations"),
        fk("user_id", "users", nullable=True, ondelete="SET NULL"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_index("ix_api_keys_prefix", "api_keys", ["prefix"])
    op.create_table(
        "respondents",
        pk(),
        sa.Column("external_id", sa.String(256), nullable=False),
        sa.Column("attributes", json(), nullable=False),
        sa.Column("verified", boolean(), nullable=False),
        sa.Column("created_at", timestamp(), nullable=False),
        sa.Column("updated_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        sa.UniqueConstraint("organization_id", "external_id", name="uq_respondents_org_external"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_table(
        "surveys",
        pk(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("token", sa.String(48), nullable=False, unique=True),
        sa.Column("locale", sa.String(10), nullable=False),
        sa.Column("definition", json(), nullable=False),
        sa.Column("allowed_origins", json(), nullable=False),
        sa.Column("sample_rate", double(), nullable=False),
        sa.Column("recontact_days", sa.Integer(), nullable=False),
        sa.Column("display_limit", sa.Integer(), nullable=True),
        sa.Column("created_at", timestamp(), nullable=False),
        sa.Column("updated_at", timestamp(), nullable=False),
        sa.Column("published_at", timestamp(), nullable=True),
        fk("organization_id", "organizations"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_index("ix_surveys_org_status", "surveys", ["organization_id", "status", "id"])
    op.create_table(
        "displays",
        big_pk(),
        sa.Column("channel", sa.String(8), nullable=False),
        sa.Column("created_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        fk("respondent_id", "respondents", nullable=True, ondelete="SET NULL"),
        fk("survey_id", "surveys"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_index("ix_displays_org_survey_time", "displays", ["organization_id", "survey_id", "created_at"])
    op.create_index("ix_displays_respondent_survey", "displays", ["respondent_id", "survey_id"])
    op.create_table(
        "responses",
        big_pk(),
        sa.Column("idempotency_key", sa.String(128), nullable=False),
        sa.Column("payload_hash", sa.String(64), nullable=False),
        sa.Column("score", sa.SmallInteger(), nullable=True),
        sa.Column("nps_category", sa.String(10), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("answers", json(), nullable=True),
        sa.Column("completed", boolean(), nullable=False),
        sa.Column("channel", sa.String(8), nullable=False),
        sa.Column("locale", sa.String(10), nullable=True),
        sa.Column("page_url", sa.String(2048), nullable=True),
        sa.Column("attributes", json(), nullable=True),
        sa.Column("identity_verified", boolean(), nullable=False),
        sa.Column("submitted_at", timestamp(), nullable=False),
        sa.Column("updated_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        fk("respondent_id", "respondents", nullable=True, ondelete="SET NULL"),
        fk("survey_id", "surveys"),
        sa.UniqueConstraint("survey_id", "idempotency_key", name="uq_responses_survey_key"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_index("ix_responses_org_survey_time", "responses", ["organization_id", "survey_id", "submitted_at"])
    op.create_index("ix_responses_org_time", "responses", ["organization_id", "submitted_at"])
    op.create_index("ix_responses_org_category", "responses", ["organization_id", "nps_category", "submitted_at"])
    op.create_index("ix_responses_respondent", "responses", ["respondent_id", "survey_id", "submitted_at"])


def downgrade() -> None:
    for table in ("responses", "displays", "surveys", "respondents", "api_keys", "users", "outbox_events"):
        op.drop_table(table)
    op.drop_table("organizations")
