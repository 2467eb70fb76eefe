"""The outbox relay's index holds pending events only.

The relay asks for `dispatched_at IS NULL ORDER BY id LIMIT n`. With `(dispatched_at, id)` over
every event ever written, the planner chose the primary key instead whenever its statistics were
stale (PostgreSQL without autovacuum, or between two autoanalyze runs) and walked every dispatched
event first: 335 ms per relay pass after a 10-minute load of 490k events, where 38 were pending.
A partial index on `id WHERE dispatched_at IS NULL` is the pending queue itself: as small as the
backlog, in the relay's order, and the only plan for that query.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

PENDING = sa.text("dispatched_at IS NULL")


def upgrade() -> None:
    op.drop_index("ix_outbox_pending", "outbox_events")
    op.create_index("ix_outbox_pending", "outbox_events", ["id"], postgresql_where=PENDING, sqlite_where=PENDING)


def downgrade() -> None:
    op.drop_index("ix_outbox_pending", "outbox_events")
    op.create_index("ix_outbox_pending", "outbox_events", ["dispatched_at", "id"])
