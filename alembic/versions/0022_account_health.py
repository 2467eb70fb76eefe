"""Customer health: the organisation's health model, each account's daily health, the latest score
on the account (for pages filtered by band and ordered by score) and its dirty mark; indexes for
the set-based scoring (an account's people, an organisation's recent signals).

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op
from core.dbtypes import big_pk, double, fk, json, pk, timestamp

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

SQLITE_AUTOINCREMENT = {"sqlite_autoincrement": True}
ACCOUNT_COLUMNS = (("health_score", double()), ("health_band", sa.String(16)), ("health_change_30d", double()),
                   ("health_computed_at", timestamp()), ("health_dirty_at", timestamp()))


def upgrade() -> None:
    op.create_table(
        "health_models",
        pk(),
        sa.Column("model", json(), nullable=True),
        sa.Column("scored_on", sa.Date(), nullable=True),
        sa.Column("updated_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        sa.UniqueConstraint("organization_id", name="uq_health_models_org"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_table(
        "account_health",
        big_pk(),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("score", double(), nullable=False),
        sa.Column("band", sa.String(16), nullable=False),
        sa.Column("components", json(), nullable=False),
        sa.Column("previous_score", double(), nullable=True),
        sa.Column("previous_band", sa.String(16), nullable=True),
        sa.Column("score_30d_ago", double(), nullable=True),
        sa.Column("band_30d_ago", sa.String(16), nullable=True),
        sa.Column("computed_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        fk("account_id", "accounts"),
        sa.UniqueConstraint("account_id", "day", name="uq_account_health_day"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_index("ix_account_health_org_day_band", "account_health", ["organization_id", "day", "band"])
    # Plain add_column (no batch copy of the table): nullable columns need nothing more on SQLite.
    for name, kind in ACCOUNT_COLUMNS:
        op.add_column("accounts", sa.Column(name, kind, nullable=True))
    op.create_index("ix_accounts_org_band", "accounts", ["organization_id", "health_band"])
    op.create_index("ix_accounts_health_dirty", "accounts", ["health_dirty_at"])
    op.create_index("ix_account_signals_org_metric_day", "account_signals", ["organization_id", "metric", "day"])
    op.create_index("ix_respondents_org_account", "respondents", ["organization_id", "account_external_id"])


def downgrade() -> None:
    op.drop_index("ix_respondents_org_account", table_name="respondents")
    op.drop_index("ix_account_signals_org_metric_day", table_name="account_signals")
    op.drop_index("ix_accounts_health_dirty", table_name="accounts")
    op.drop_index("ix_accounts_org_band", table_name="accounts")
    with op.batch_alter_table("accounts") as batch:
        for name, _ in reversed(ACCOUNT_COLUMNS):
            batch.drop_column(name)
    op.drop_index("ix_account_health_org_day_band", table_name="account_health")
    op.drop_table("account_health")
    op.drop_table("health_models")
