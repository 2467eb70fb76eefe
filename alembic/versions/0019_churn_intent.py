"""comment_analyses.churn_intent: the comment states that its author leaves (流失意向, analysis.churn).

Existing analyses are filled here, so that the `churnIntent` filter is truthful from the start: the
detector reads each stored normalised text (no model, no tokenizer: a few regular expressions,
tens of thousands of comments a second), in batches by id so memory stays flat, and only the rows
with intent are updated. That keeps the UPDATE small (a few percent of the analyses), which matters
on PostgreSQL, where every UPDATE of comment_analyses fires topic_activity's statement triggers
(migration 0014). The detector is imported, not copied: the rows get the rules of the code that
migrates them, which are the rules new analyses are stored with.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op
from analysis.churn import churn_intent
from core.dbtypes import boolean

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    # The server default is also the Tortoise model's db_default. A plain ADD COLUMN (SQLite has it
    # for a constant default): a batch copy of the table would break the triggers that name it.
    op.add_column("comment_analyses", sa.Column("churn_intent", boolean(), nullable=False,
                                                server_default=sa.false()))
    fill(op.get_bind())


def fill(bind: sa.Connection, batch: int = BATCH) -> int:
    """Set churn_intent on the analyses whose normalised text states intent; the number set."""
    read = sa.text("SELECT id, normalized FROM comment_analyses WHERE id > :after ORDER BY id LIMIT :n")
    mark = sa.text("UPDATE comment_analyses SET churn_intent = :yes WHERE id IN :ids").bindparams(
        sa.bindparam("ids", expanding=True))
    after, marked = 0, 0
    while True:
        rows = bind.execute(read, {"after": after, "n": batch}).all()
        if not rows:
            return marked
        ids = [row.id for row in rows if row.normalized and churn_intent(row.normalized)]
        if ids:
            bind.execute(mark, {"yes": True, "ids": ids})
            marked += len(ids)
        after = rows[-1].id


def downgrade() -> None:
    op.drop_column("comment_analyses", "churn_intent")
