"""Customer accounts and their usage signals, and the account a respondent belongs to (by the
account's external id: the account may be imported after its people answered).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op
from core.dbtypes import big_pk, double, fk, json, pk, timestamp

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

SQLITE_AUTOINCREMENT = {"sqlite_autoincrement": True}


def upgrade() -> None:
    op.create_table(
        "accounts",
        pk(),
        sa.Column("external_id", sa.String(256), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("attributes", json(), nullable=False),
        sa.Column("renewal_at", timestamp(), nullable=True),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("created_at", timestamp(), nullable=False),
        sa.Column("updated_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        fk("owner_id", "users", nullable=True, ondelete="SET NULL"),
        sa.UniqueConstraint("organization_id", "external_id", name="uq_accounts_org_external"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_index("ix_accounts_org_name", "accounts", ["organization_id", "name", "id"])
    op.create_index("ix_accounts_org_owner", "accounts", ["organization_id", "owner_id"])
    op.create_index("ix_accounts_org_renewal", "accounts", ["organization_id", "renewal_at"])
    op.create_table(
        "account_signals",
        big_pk(),
        sa.Column("metric", sa.String(64), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("value", double(), nullable=False),
        sa.Column("at", timestamp(), nullable=False),
        sa.Column("recorded_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        fk("account_id", "accounts"),
        sa.UniqueConstraint("account_id", "metric", "day", name="uq_account_signals_day"),
        **SQLITE_AUTOINCREMENT,
    )
    with op.batch_alter_table("respondents") as batch:
        batch.add_column(sa.Column("account_external_id", sa.String(256), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("respondents") as batch:
        batch.drop_column("account_external_id")
    op.drop_table("account_signals")
    op.drop_index("ix_accounts_org_renewal", table_name="accounts")
    op.drop_index("ix_accounts_org_owner", table_name="accounts")
    op.drop_index("ix_accounts_org_name", table_name="accounts")
    op.drop_table("accounts")
