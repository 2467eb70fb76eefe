"""A mail's recipient no longer claims its score: `distribution_recipients.scored_at` is dropped. The
score store is insert-only under the recipient's idempotency key (surveys/mail_links.py), so the first
score stored is kept without a claim, and no request waits for another's.

SQLite drops the column by a batch operation that copies `distribution_recipients` (no trigger names
it and no table refers to it; foreign keys are off while migrating). Downgrade adds the column back,
empty (nullable): no score is claimed, and a score stored already is kept (that code stores
insert-only too).

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from alembic import op
from core.dbtypes import timestamp

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

TABLE = "distribution_recipients"
# The copy SQLite makes keeps ids never reused, as 0024 created the table (PostgreSQL ignores it).
KEEP_AUTOINCREMENT = {"sqlite_autoincrement": True}


@contextmanager
def _ids_never_reused() -> Iterator[None]:
    """SQLite's copy of the table starts its id sequence at the highest id copied, so the id of a
    recipient deleted since would be drawn again, and the links in that recipient's mails (the id,
    signed) would name the new one: the sequence is put back where it was."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        yield
        return
    before = bind.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = ?", (TABLE,)).scalar()
    yield
    after = bind.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = ?", (TABLE,)).scalar()
    if before is not None and (after is None or after < before):
        bind.exec_driver_sql("DELETE FROM sqlite_sequence WHERE name = ?", (TABLE,))
        bind.exec_driver_sql("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (TABLE, before))


def upgrade() -> None:
    with _ids_never_reused(), op.batch_alter_table(TABLE, table_kwargs=KEEP_AUTOINCREMENT) as batch:
        batch.drop_column("scored_at")


def downgrade() -> None:
    with _ids_never_reused(), op.batch_alter_table(TABLE, table_kwargs=KEEP_AUTOINCREMENT) as batch:
        batch.add_column(sa.Column("scored_at", timestamp(), nullable=True))
