"""Topic model versions record the sentiment model adapted to the organisation's comments.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("topic_models") as batch:
        batch.add_column(sa.Column("sentiment_version", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("topic_models") as batch:
        batch.drop_column("sentiment_version")
