"""Early warnings: each organisation's warning rules (JSON; none stored: the defaults).

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op
from core.dbtypes import fk, json, pk, timestamp

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "warning_rules",
        pk(),
        sa.Column("rules", json(), nullable=False),
        sa.Column("updated_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        sa.UniqueConstraint("organization_id", name="uq_warning_rules_org"),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("warning_rules")
