"""Answers and displays counted per survey, channel and 15-minute slot, kept by triggers; a GIN index
on comment tokens (PostgreSQL).

`metrics` read every response and display of its window: 250 ms at 200k answers on an idle
machine, more under load, and growing with every answer. The counts per slot make it read one row
per slot and channel instead. Triggers keep them, so that every write counts (the group-commit
insert, the ORM, `voc import`, a completed partial, erasure, cascades) and none can forget to.
A slot is 15 minutes of UTC: every real UTC offset is a multiple of it, so local days, weeks and
months are exact sums of slots.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op
from core.dbtypes import big_pk, fk

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

COUNTS = ("displays", "responses", "promoters", "passives", "detractors", "scored", "score_sum", "satisfied")
# Each count's contribution of one responses row (alias r); displays count 1 each, nothing else.
RESPONSE_TERMS = {
    "displays": "0",
    "responses": "1",
    "promoters": "CASE WHEN r.nps_category = 'promoter' THEN 1 ELSE 0 END",
    "passives": "CASE WHEN r.nps_category = 'passive' THEN 1 ELSE 0 END",
    "detractors": "CASE WHEN r.nps_category = 'detractor' THEN 1 ELSE 0 END",
    "scored": "CASE WHEN r.score IS NOT NULL THEN 1 ELSE 0 END",
    "score_sum": "COALESCE(r.score, 0)",
    "satisfied": "CASE WHEN r.score >= 4 THEN 1 ELSE 0 END",
}
DISPLAY_TERMS = {name: "1" if name == "displays" else "0" for name in COUNTS}
SOURCES = {"responses": ("submitted_at", RESPONSE_TERMS), "displays": ("created_at", DISPLAY_TERMS)}
KEY = ("organization_id", "survey_id", "channel", "slot")


def upgrade() -> None:
    op.create_table(
        "survey_activity",
        big_pk(),
        fk("organization_id", "organizations"),
        fk("survey_id", "surveys"),
        sa.Column("channel", sa.String(8), nullable=False),
        sa.Column("slot", sa.BigInteger(), nullable=False),
        *(sa.Column(name, sa.BigInteger(), nullable=False) for name in COUNTS),
        sa.UniqueConstraint("survey_id", "channel", "slot", name="uq_survey_activity_slot"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_survey_activity_org_slot", "survey_activity", ["organization_id", "slot"])
    postgres = op.get_bind().dialect.name == "postgresql"
    for table, (at, terms) in SOURCES.items():
        _backfill(table, at, terms, postgres)
        for statement in (_pg_triggers if postgres else _sqlite_triggers)(table, at, terms):
            op.execute(statement)
    if postgres:
        # `search` matches a word among a comment's tokens: `tokens @> '["骑手"]'`, by this index
        # instead of reading every analysis.
        op.execute("CREATE INDEX ix_analyses_tokens ON comment_analyses USING gin (tokens jsonb_path_ops)")


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        op.execute("DROP INDEX ix_analyses_tokens")
    for table in SOURCES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER {table}_activity_{event}" + (f" ON {table}" if postgres else ""))
            if postgres:
                op.execute(f"DROP FUNCTION {table}_activity_{event}()")
    op.drop_index("ix_survey_activity_org_slot", "survey_activity")
    op.drop_table("survey_activity")


def _slot(postgres: bool, column: str) -> str:
    if postgres:
        return f"floor(extract(epoch FROM {column}) / 900)::bigint"
    return f"unixepoch({column}) / 900"


def _backfill(table: str, at: str, terms: dict[str, str], postgres: bool) -> None:
    sums = ", ".join(f"SUM({term})" for term in terms.values())
    adds = ", ".join(f"{name} = survey_activity.{name} + excluded.{name}" for name in COUNTS)
    op.execute(
        f"INSERT INTO survey_activity ({', '.join(KEY)}, {', '.join(COUNTS)}) "
        f"SELECT r.organization_id, r.survey_id, r.channel, {_slot(postgres, f'r.{at}')} AS s, {sums} "
        f"FROM {table} r WHERE TRUE GROUP BY r.organization_id, r.survey_id, r.channel, s "
        f"ON CONFLICT (survey_id, channel, slot) DO UPDATE SET {adds}"
    )


def _pg_triggers(table: str, at: str, terms: dict[str, str]) -> list[str]:
    """Statement-level triggers over transition tables: one upsert per statement and slot, however
    many rows the statement wrote (a group-commit batch is 128)."""
    def rows(source: str, sign: str) -> str:
        return (f"SELECT r.organization_id, r.survey_id, r.channel, {_slot(True, f'r.{at}')} AS slot, "
                + ", ".join(f"{sign}({term}) AS {name}" for name, term in terms.items()) + f" FROM {source} r")

    def grouped(*parts: str) -> str:
        # Keys in one order in every statement: two statements that meet on two slots wait, not deadlock.
        return ("SELECT organization_id, survey_id, channel, slot, "
                + ", ".join(f"SUM({name}) AS {name}" for name in COUNTS)
                + f" FROM ({' UNION ALL '.join(parts)}) d GROUP BY organization_id, survey_id, channel, slot "
                + "HAVING " + " OR ".join(f"SUM({name}) <> 0" for name in COUNTS)
                + " ORDER BY survey_id, channel, slot")

    adds = ", ".join(f"{name} = t.{name} + excluded.{name}" for name in COUNTS)
    upsert = (f"INSERT INTO survey_activity AS t ({', '.join(KEY)}, {', '.join(COUNTS)}) {{}} "
              f"ON CONFLICT (survey_id, channel, slot) DO UPDATE SET {adds};")
    # Rows deleted: only slots that still exist are lowered. A survey's or an organisation's
    # deletion cascades to its responses and to its slots at once, and must not recreate the slots.
    lower = ("UPDATE survey_activity AS t SET " + ", ".join(f"{n} = t.{n} + d.{n}" for n in COUNTS)
             + " FROM ({}) d WHERE t.survey_id = d.survey_id AND t.channel = d.channel AND t.slot = d.slot;")
    bodies = {
        "insert": ("NEW TABLE AS new_rows", upsert.format(grouped(rows("new_rows", "")))),
        "update": ("OLD TABLE AS old_rows NEW TABLE AS new_rows",
                   upsert.format(grouped(rows("new_rows", ""), rows("old_rows", "-")))),
        "delete": ("OLD TABLE AS old_rows", lower.format(grouped(rows("old_rows", "-")))),
    }
    statements = []
    for event, (referencing, body) in bodies.items():
        name = f"{table}_activity_{event}"
        statements.append(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
                          f"BEGIN {body} RETURN NULL; END $$")
        statements.append(f"CREATE TRIGGER {name} AFTER {event.upper()} ON {table} REFERENCING {referencing} "
                          f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()")
    return statements


def _sqlite_triggers(table: str, at: str, terms: dict[str, str]) -> list[str]:
    """Row-level (SQLite has no other): the slot's row made if missing, then its counts moved."""
    def ensure(row: str) -> str:
        return (f"INSERT OR IGNORE INTO survey_activity ({', '.join(KEY)}, {', '.join(COUNTS)}) VALUES "
                f"({row}.organization_id, {row}.survey_id, {row}.channel, {_slot(False, f'{row}.{at}')}, "
                + ", ".join("0" for _ in COUNTS) + ");")

    def move(row: str, sign: str) -> str:
        changes = ", ".join(f"{name} = {name} {sign} ({term.replace('r.', f'{row}.')})" for name, term in terms.items())
        return (f"UPDATE survey_activity SET {changes} WHERE survey_id = {row}.survey_id "
                f"AND channel = {row}.channel AND slot = {_slot(False, f'{row}.{at}')};")

    bodies = {
        "insert": ensure("NEW") + move("NEW", "+"),
        "update": move("OLD", "-") + ensure("NEW") + move("NEW", "+"),
        "delete": move("OLD", "-"),
    }
    return [f"CREATE TRIGGER {table}_activity_{event} AFTER {event.upper()} ON {table} FOR EACH ROW BEGIN {body} END"
            for event, body in bodies.items()]
