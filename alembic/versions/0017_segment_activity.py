"""Answers counted per survey, hour and segment attribute value (plan = pro ...), kept by triggers.

`metrics { attributes segments }` read every answer's JSON attributes in the window: 160-230 ms at
1M answers on PostgreSQL, for the overview's figures, its NPS by segment and the responses page's
filter options. These counts make them read one row per survey, hour, attribute and value instead,
and the rows of the partial hours at the window's edges (topic_activity's pattern, migration 0014).

A value is the text the attributes filter compares (`->>` on PostgreSQL, surveys.filters.
attribute_text on SQLite: `true`, `3`, `pro`). An attribute present with a JSON null counts for
`attributes` (the answer carries the name) but is in no segment: `valued` is 0 and `value` empty,
since a unique key cannot hold NULL as a value of its own. An ID-like attribute (one value per
answer) makes one row per answer here: the same order of size as the attributes the answers already
hold, bounded by VOC_MAX_ATTRIBUTES and VOC_MAX_ATTRIBUTE_VALUE_CHARS. Values can be personal (a phone
number as an attribute): a row that no answer counts any more is deleted, so that an erasure (which
clears the answers' attributes) or a deletion leaves none behind.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op
from core.dbtypes import big_pk, fk

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

COUNTS = ("responses", "promoters", "passives", "detractors")
KEY = ("organization_id", "survey_id", "hour", "name", "valued", "value")
UNIQUE = ("survey_id", "hour", "name", "valued", "value")


def _rows(postgres: bool, r: str, source: str, sign: str = "") -> str:
    """One row per attribute of each response `r` of `source` (FROM …, without WHERE): its key and counts."""
    hour = _hour(postgres, f"{r}.submitted_at")
    if postgres:
        pairs = f"jsonb_each_text(CASE WHEN jsonb_typeof({r}.attributes) = 'object' THEN {r}.attributes END)"
        text = "k.value"
    else:
        pairs = f"json_each(CASE WHEN json_type({r}.attributes) = 'object' THEN {r}.attributes END)"
        # As surveys.filters.attribute_text reads it: SQLite's booleans are the integers 1 and 0.
        text = ("(CASE k.type WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' WHEN 'null' THEN NULL "
                "ELSE CAST(k.value AS TEXT) END)")
    terms = {
        "responses": "1",
        "promoters": f"CASE WHEN {r}.nps_category = 'promoter' THEN 1 ELSE 0 END",
        "passives": f"CASE WHEN {r}.nps_category = 'passive' THEN 1 ELSE 0 END",
        "detractors": f"CASE WHEN {r}.nps_category = 'detractor' THEN 1 ELSE 0 END",
    }
    return (f"SELECT {r}.organization_id AS organization_id, {r}.survey_id AS survey_id, {hour} AS hour, "
            f"k.key AS name, CASE WHEN {text} IS NULL THEN 0 ELSE 1 END AS valued, COALESCE({text}, '') AS value, "
            + ", ".join(f"{sign}({term}) AS {name}" for name, term in terms.items())
            + f" {source} CROSS JOIN {pairs} AS k")


def _grouped(*parts: str) -> str:
    # Keys in one order in every statement: two statements that meet on two rows wait, not deadlock.
    return (f"SELECT {', '.join(KEY)}, " + ", ".join(f"SUM({name}) AS {name}" for name in COUNTS)
            + f" FROM ({' UNION ALL '.join(parts)}) d GROUP BY {', '.join(KEY)} "
            + "HAVING " + " OR ".join(f"SUM({name}) <> 0" for name in COUNTS)
            + f" ORDER BY {', '.join(UNIQUE)}")


def _upsert(select: str) -> str:
    # No alias for the table: SQLite refuses one inside a trigger. `WHERE TRUE` lets SQLite parse the
    # upsert's ON CONFLICT after a SELECT.
    adds = ", ".join(f"{name} = segment_activity.{name} + excluded.{name}" for name in COUNTS)
    return (f"INSERT INTO segment_activity ({', '.join(KEY)}, {', '.join(COUNTS)}) SELECT * FROM ({select}) g "
            f"WHERE TRUE ON CONFLICT ({', '.join(UNIQUE)}) DO UPDATE SET {adds};")


def _lower(select: str) -> str:
    # Only rows that still exist are lowered, and not those of a survey or organisation being deleted:
    # the deletion cascades to them too, and PostgreSQL refuses to update a row whose survey is gone.
    match = " AND ".join(f"segment_activity.{k} = d.{k}" for k in UNIQUE)
    return ("UPDATE segment_activity SET " + ", ".join(f"{n} = segment_activity.{n} + d.{n}" for n in COUNTS)
            + f" FROM ({select}) d WHERE {match} AND EXISTS (SELECT 1 FROM surveys s WHERE s.id = d.survey_id) "
            "AND EXISTS (SELECT 1 FROM organizations o WHERE o.id = d.organization_id);")


def _hour(postgres: bool, column: str) -> str:
    return f"floor(extract(epoch FROM {column}) / 3600)::bigint" if postgres else f"unixepoch({column}) / 3600"


def _prune(postgres: bool, r: str, source: str) -> str:
    """Delete the rows no answer counts any more (`responses` 0: every answer adds 1 to it) in the
    survey hours of the changed or deleted answers `r` of `source` (FROM …): an index range each."""
    if postgres:
        return (f"DELETE FROM segment_activity AS t USING (SELECT DISTINCT {r}.survey_id AS survey_id, "
                f"{_hour(True, f'{r}.submitted_at')} AS hour {source}) d "
                "WHERE t.survey_id = d.survey_id AND t.hour = d.hour AND t.responses = 0;")
    return (f"DELETE FROM segment_activity WHERE survey_id = {r}.survey_id "
            f"AND hour = {_hour(False, f'{r}.submitted_at')} AND responses = 0;")


def upgrade() -> None:
    op.create_table(
        "segment_activity",
        big_pk(),
        fk("organization_id", "organizations"),
        fk("survey_id", "surveys"),
        sa.Column("hour", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("valued", sa.SmallInteger(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        *(sa.Column(name, sa.BigInteger(), nullable=False) for name in COUNTS),
        sa.UniqueConstraint(*UNIQUE, name="uq_segment_activity_value"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_segment_activity_org_hour", "segment_activity", ["organization_id", "hour"])
    # The rows to prune (responses 0) are few and short-lived: a partial index finds them without
    # reading the table, whatever its size.
    op.execute("CREATE INDEX ix_segment_activity_spent ON segment_activity (survey_id, hour) WHERE responses = 0")
    postgres = op.get_bind().dialect.name == "postgresql"
    op.execute(_upsert(_grouped(_rows(postgres, "r", "FROM responses r"))))
    for statement in (_pg_triggers() if postgres else _sqlite_triggers()):
        op.execute(statement)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for event in EVENTS:
        name = f"responses_segment_{event}"
        op.execute(f"DROP TRIGGER {name}" + (" ON responses" if postgres else ""))
        if postgres:
            op.execute(f"DROP FUNCTION {name}()")
    op.execute("DROP INDEX ix_segment_activity_spent")
    op.drop_index("ix_segment_activity_org_hour", "segment_activity")
    op.drop_table("segment_activity")


EVENTS = ("insert", "update", "delete")


def _pg_triggers() -> list[str]:
    """Statement-level over transition tables: one upsert per statement (a group-commit batch is 128
    answers), however many rows it wrote."""
    bodies = {
        "insert": ("REFERENCING NEW TABLE AS new_rows", _upsert(_grouped(_rows(True, "r", "FROM new_rows r")))),
        "update": ("REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
                   _upsert(_grouped(_rows(True, "r", "FROM new_rows r"), _rows(True, "r", "FROM old_rows r", "-")))
                   + " " + _prune(True, "r", "FROM old_rows r")),
        "delete": ("REFERENCING OLD TABLE AS old_rows", _lower(_grouped(_rows(True, "r", "FROM old_rows r", "-")))
                   + " " + _prune(True, "r", "FROM old_rows r")),
    }
    statements = []
    for event, (transition, body) in bodies.items():
        name = f"responses_segment_{event}"
        statements.append(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} "
                          "RETURN NULL; END $$")
        statements.append(f"CREATE TRIGGER {name} AFTER {event.upper()} ON responses {transition} "
                          f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()")
    return statements


def _sqlite_triggers() -> list[str]:
    """Row-level (SQLite has no other), reading NEW and OLD directly."""
    one = "FROM (SELECT 1)"
    bodies = {
        "insert": ("AFTER INSERT", _upsert(_grouped(_rows(False, "NEW", one)))),
        "update": ("AFTER UPDATE OF organization_id, survey_id, submitted_at, nps_category, attributes",
                   _upsert(_grouped(_rows(False, "NEW", one), _rows(False, "OLD", one, "-")))
                   + " " + _prune(False, "OLD", one)),
        "delete": ("AFTER DELETE", _lower(_grouped(_rows(False, "OLD", one, "-"))) + " " + _prune(False, "OLD", one)),
    }
    return [f"CREATE TRIGGER responses_segment_{event} {when} ON responses FOR EACH ROW BEGIN {body} END"
            for event, (when, body) in bodies.items()]
