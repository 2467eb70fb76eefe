"""E-mail distributions: a survey sent to a list of recipients with reminders, each recipient's mails,
and the addresses that unsubscribed (surveys/distribution_models.py); loop mails (the re-survey, the
"it shipped" note) and the organisation's choice to send them (surveys/notice_models.py).

Revision ID: 0024
Revises: 0021
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op
from core.dbtypes import big_pk, boolean, fk, json, pk, timestamp

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

SQLITE_AUTOINCREMENT = {"sqlite_autoincrement": True}


def upgrade() -> None:
    op.create_table(
        "distributions",
        pk(),
        sa.Column("subject", sa.String(200), nullable=True),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("send_at", timestamp(), nullable=False),
        sa.Column("remind_after_hours", sa.Integer(), nullable=True),
        sa.Column("max_reminders", sa.SmallInteger(), nullable=False),
        sa.Column("cancelled_at", timestamp(), nullable=True),
        sa.Column("created_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        fk("survey_id", "surveys"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_index("ix_distributions_org_survey", "distributions", ["organization_id", "survey_id", "id"])
    op.create_table(
        "distribution_recipients",
        big_pk(),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("name", sa.String(200), nullable=True),
        sa.Column("attributes", json(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("mails_sent", sa.SmallInteger(), nullable=False),
        sa.Column("attempts", sa.SmallInteger(), nullable=False),
        sa.Column("next_attempt_at", timestamp(), nullable=True),
        sa.Column("attempted_at", timestamp(), nullable=True),
        sa.Column("last_error", sa.String(500), nullable=True),
        sa.Column("sent_at", timestamp(), nullable=True),
        sa.Column("last_sent_at", timestamp(), nullable=True),
        sa.Column("clicked_at", timestamp(), nullable=True),
        sa.Column("scored_at", timestamp(), nullable=True),
        sa.Column("unsubscribed_at", timestamp(), nullable=True),
        sa.Column("created_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        fk("distribution_id", "distributions"),
        fk("respondent_id", "respondents"),
        sa.UniqueConstraint("distribution_id", "email", name="uq_distribution_recipients_distribution_email"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_index("ix_recipients_due", "distribution_recipients", ["status", "next_attempt_at"])
    op.create_index("ix_recipients_window", "distribution_recipients", ["distribution_id", "attempted_at"])
    op.create_index("ix_recipients_respondent", "distribution_recipients", ["respondent_id"])
    op.create_table(
        "mail_suppressions",
        pk(),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("created_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        sa.UniqueConstraint("organization_id", "email", name="uq_mail_suppressions_organization_email"),
        **SQLITE_AUTOINCREMENT,
    )
    # Loop mails (surveys/notice_models.py): the re-survey after a resolved case, the "it shipped" note.
    op.create_table(
        "mail_preferences",
        pk(),
        sa.Column("loop_notices", boolean(), nullable=False),
        sa.Column("updated_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        sa.UniqueConstraint("organization_id", name="uq_mail_preferences_organization"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_table(
        "mail_notices",
        big_pk(),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("subject_id", sa.BigInteger(), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("subject", sa.String(300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("unsubscribe_url", sa.String(300), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("attempts", sa.SmallInteger(), nullable=False),
        sa.Column("next_attempt_at", timestamp(), nullable=True),
        sa.Column("last_error", sa.String(500), nullable=True),
        sa.Column("sent_at", timestamp(), nullable=True),
        sa.Column("created_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        fk("respondent_id", "respondents"),
        sa.UniqueConstraint("kind", "subject_id", "respondent_id", name="uq_mail_notices_kind_subject_respondent"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_index("ix_mail_notices_due", "mail_notices", ["status", "next_attempt_at"])


def downgrade() -> None:
    op.drop_table("mail_notices")
    op.drop_table("mail_preferences")
    op.drop_table("mail_suppressions")
    op.drop_table("distribution_recipients")
    op.drop_table("distributions")
