"""The customer-journey moment a survey asks about (onboarding, usage, support, renewal, or the
organisation's own word): metrics compare touchpoints side by side.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


# Plain ALTER TABLE on both databases (SQLite has DROP COLUMN since 3.35): a batch operation would
# copy and drop `surveys`, which the activity triggers (migrations 0014, 0017) name.


def upgrade() -> None:
    op.add_column("surveys", sa.Column("touchpoint", sa.String(64), nullable=True))


def downgrade() -> None:
    op.drop_column("surveys", "touchpoint")
