"""Surveys have a purpose: ORDINARY (the organisation's own) or a system kind (RESURVEY).

Until now a survey counted as the re-survey of resolved cases when it was a CSAT survey named
"Re-survey", so a user's own CSAT survey of that name was taken for one. The name cannot tell them
apart, so existing rows are marked RESURVEY only when they carry the whole signature of the
re-survey creation path (actions/resurvey.py as it was at revision 0007): named "Re-survey", CSAT,
no recontact pause, no follow-up questions, and the fixed main question and thank-you text of its
locale. A user's survey would match only by copying every one of those; any other survey named
"Re-survey" stays ORDINARY. The texts are copied here on purpose: a migration must keep meaning
what it meant when it was written.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

RESURVEY_NAME = "Re-survey"
QUESTION = {"zh-CN": "问题解决了吗？", "en": "Was your problem solved?"}
THANK_YOU = {"zh-CN": "感谢您的反馈！", "en": "Thank you for telling us!"}


def upgrade() -> None:
    # The server default is also the Tortoise model's db_default: existing rows become ORDINARY.
    op.add_column("surveys", sa.Column("purpose", sa.String(16), nullable=False, server_default="ordinary"))
    bind = op.get_bind()
    candidates = bind.execute(
        sa.text("SELECT id, locale, definition FROM surveys "
                "WHERE name = :name AND kind = 'csat' AND recontact_days = 0"),
        {"name": RESURVEY_NAME},
    ).mappings().all()
    system = [row["id"] for row in candidates if _made_by_the_resurvey_path(row["locale"], row["definition"])]
    if system:
        bind.execute(sa.text("UPDATE surveys SET purpose = 'resurvey' WHERE id IN :ids")
                     .bindparams(sa.bindparam("ids", expanding=True)), {"ids": system})


def _made_by_the_resurvey_path(locale: str, definition: Any) -> bool:
    if isinstance(definition, str | bytes):  # SQLite hands JSON back as text
        definition = json.loads(definition)
    if not isinstance(definition, dict) or locale not in QUESTION:
        return False
    main = definition.get("main")
    return (isinstance(main, dict) and main.get("text") == QUESTION[locale]
            and definition.get("followUps") == [] and definition.get("thankYou") == THANK_YOU[locale])


def downgrade() -> None:
    with op.batch_alter_table("surveys") as batch:
        batch.drop_column("purpose")
