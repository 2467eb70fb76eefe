"""Topics keep their identity across refits: a retired mark and the successors of retired topics.

A refit moves a topic that it finds again to the new version (same row, same id); a topic it does
not find again keeps its last version, is marked retired and records where its comments went.
Topics of versions retired before this migration are marked retired (their lineage was not kept).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op
from core.dbtypes import double, fk, pk, timestamp

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("topics") as batch:
        batch.add_column(sa.Column("retired_at", timestamp(), nullable=True))
    op.execute(
        "UPDATE topics SET retired_at = CURRENT_TIMESTAMP WHERE model_id IN "
        "(SELECT id FROM topic_models WHERE status = 'retired')"
    )
    op.create_table(
        "topic_successors",
        pk(),
        sa.Column("share", double(), nullable=False),
        fk("topic_id", "topics"),
        fk("successor_id", "topics"),
        sa.UniqueConstraint("topic_id", "successor_id", name="uq_topic_successors_topic_successor"),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("topic_successors")
    with op.batch_alter_table("topics") as batch:
        batch.drop_column("retired_at")
