"""A running analysis job holds a lease, so that a second delivery of its queue message waits
instead of running the job alongside it (a topic fit can outlast the queue's idle timeout).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op
from core.dbtypes import timestamp

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("analysis_jobs") as batch:
        batch.add_column(sa.Column("lease_until", timestamp(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("analysis_jobs") as batch:
        batch.drop_column("lease_until")
