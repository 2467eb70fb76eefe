"""Sign-in: users' passwords (argon2id), server-side sessions and one-time links (invitations,
password resets, sign-in links), each stored only as hashes of their secrets.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op
from core.dbtypes import fk, pk, timestamp

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

SQLITE_AUTOINCREMENT = {"sqlite_autoincrement": True}


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("password_hash", sa.String(255), nullable=True))
    op.create_table(
        "user_sessions",
        pk(),
        sa.Column("id_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("csrf_hash", sa.String(64), nullable=False),
        sa.Column("created_at", timestamp(), nullable=False),
        sa.Column("last_seen_at", timestamp(), nullable=False),
        sa.Column("expires_at", timestamp(), nullable=False),
        sa.Column("ended_at", timestamp(), nullable=True),
        fk("organization_id", "organizations"),
        fk("user_id", "users"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_index("ix_user_sessions_user", "user_sessions", ["user_id", "ended_at"])
    op.create_table(
        "one_time_links",
        pk(),
        sa.Column("purpose", sa.String(16), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", timestamp(), nullable=False),
        sa.Column("expires_at", timestamp(), nullable=False),
        sa.Column("used_at", timestamp(), nullable=True),
        fk("organization_id", "organizations"),
        fk("user_id", "users"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_index("ix_one_time_links_user", "one_time_links", ["user_id", "used_at"])


def downgrade() -> None:
    op.drop_index("ix_one_time_links_user", table_name="one_time_links")
    op.drop_table("one_time_links")
    op.drop_index("ix_user_sessions_user", table_name="user_sessions")
    op.drop_table("user_sessions")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("password_hash")
