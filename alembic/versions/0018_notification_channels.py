"""Team alerts: notification channels (WeCom, DingTalk and Feishu group robots, signed webhooks) and
the log of the messages sent to each, summaries of folded bursts included (actions/alerts.py).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op
from core.dbtypes import big_pk, boolean, fk, json, pk, timestamp

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

SQLITE_AUTOINCREMENT = {"sqlite_autoincrement": True}


def upgrade() -> None:
    op.create_table(
        "notification_channels",
        pk(),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("url", sa.String(2048), nullable=False),
        sa.Column("secret", sa.String(256), nullable=True),
        sa.Column("events", json(), nullable=False),
        sa.Column("mentions", json(), nullable=False),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("digest_hour", sa.SmallInteger(), nullable=False),
        sa.Column("active", boolean(), nullable=False),
        sa.Column("created_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_table(
        "notification_deliveries",
        big_pk(),
        sa.Column("event", sa.String(64), nullable=False),
        sa.Column("event_id", sa.BigInteger(), nullable=True),
        sa.Column("message", json(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("attempts", sa.SmallInteger(), nullable=False),
        sa.Column("next_attempt_at", timestamp(), nullable=True),
        sa.Column("attempted_at", timestamp(), nullable=True),
        sa.Column("last_status_code", sa.SmallInteger(), nullable=True),
        sa.Column("error_code", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.String(500), nullable=True),
        sa.Column("folded_into_id", sa.BigInteger(), nullable=True),
        sa.Column("created_at", timestamp(), nullable=False),
        sa.Column("delivered_at", timestamp(), nullable=True),
        fk("organization_id", "organizations"),
        fk("channel_id", "notification_channels"),
        sa.UniqueConstraint("channel_id", "event_id", name="uq_notification_deliveries_channel_event"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_index("ix_notifications_due", "notification_deliveries", ["status", "next_attempt_at"])
    op.create_index("ix_notifications_window", "notification_deliveries", ["channel_id", "attempted_at"])


def downgrade() -> None:
    op.drop_table("notification_deliveries")
    op.drop_table("notification_channels")
