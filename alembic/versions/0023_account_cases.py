"""Cases that an account's early warning opens: no response (nor survey), but the account (by its
external id), the rule's reason and figures, and a key that lets one warning open one case.

`survey_id` and `response_id` become nullable. SQLite cannot drop a NOT NULL in place: a batch
operation copies `cases` (no trigger names it; foreign keys are off while migrating, so nothing
cascades while the old table is dropped). The new columns are plain ADD COLUMNs on both databases.

Downgrade deletes the account cases (a response-less case cannot exist before this revision).

Revision ID: 0023
Revises: 0021
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op
from core.dbtypes import json

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

# The copy SQLite makes keeps ids never reused, as 0004 created the table (PostgreSQL ignores it).
KEEP_AUTOINCREMENT = {"sqlite_autoincrement": True}


def upgrade() -> None:
    with op.batch_alter_table("cases", table_kwargs=KEEP_AUTOINCREMENT) as batch:
        batch.alter_column("survey_id", existing_type=sa.Integer(), nullable=True)
        batch.alter_column("response_id", existing_type=sa.BigInteger(), nullable=True)
    op.add_column("cases", sa.Column("account_external_id", sa.String(256), nullable=True))
    op.add_column("cases", sa.Column("reason", sa.String(32), nullable=True))
    op.add_column("cases", sa.Column("reason_detail", json(), nullable=True))
    op.add_column("cases", sa.Column("dedupe_key", sa.String(320), nullable=True))
    op.create_index("uq_cases_org_dedupe", "cases", ["organization_id", "dedupe_key"], unique=True)
    op.create_index("ix_cases_org_account", "cases", ["organization_id", "account_external_id"])


def downgrade() -> None:
    op.execute("DELETE FROM cases WHERE response_id IS NULL OR survey_id IS NULL")
    op.drop_index("ix_cases_org_account", "cases")
    op.drop_index("uq_cases_org_dedupe", "cases")
    for column in ("dedupe_key", "reason_detail", "reason", "account_external_id"):
        op.drop_column("cases", column)
    with op.batch_alter_table("cases", table_kwargs=KEEP_AUTOINCREMENT) as batch:
        batch.alter_column("response_id", existing_type=sa.BigInteger(), nullable=False)
        batch.alter_column("survey_id", existing_type=sa.Integer(), nullable=False)
