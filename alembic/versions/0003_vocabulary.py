"""Organisation vocabularies: own stop words and product terms for Chinese tokenisation.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op
from core.dbtypes import json, pk, timestamp

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vocabularies",
        pk(),
        sa.Column("stop_words", json(), nullable=False),
        sa.Column("product_terms", json(), nullable=False),
        sa.Column("updated_at", timestamp(), nullable=False),
        sa.Column("organization_id", sa.Integer(), sa.ForeignKey("organizations.id", ondelete="CASCADE"),
                  nullable=False, unique=True),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("vocabularies")
