"""Analysed comments counted per survey, topic and hour, kept by triggers.

`topics(from, to)` counted every analysis of its window and of the window before it (for
`emerging`): a join of comment_analyses with responses, 1.2 s at 1M answers. These counts make it
read one row per survey, topic and hour instead, and the rows of the partial hours at the window's
edges. An hour, not survey_activity's 15-minute slot: a topic has no series, only a window whose
edges are read from the rows when they fall inside an hour, and four times fewer rows to sum.

The counts depend on the analysis (topic, sentiment) and on its response (survey, time, NPS
category), so triggers on both keep them. A response's analysis is deleted before the response
itself: a cascade's own triggers could not see the deleted response any more, and so could not
tell which counts to lower. `topic_id` 0 counts the comments without a topic (a unique key cannot
hold NULL as a value of its own); it has no foreign key, since a topic's deletion sets its
analyses' topic to NULL, which the triggers move to 0.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op
from core.dbtypes import big_pk, fk

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

COUNTS = ("n", "promoters", "detractors", "nps_n", "positive", "negative", "scored")
KEY = ("organization_id", "survey_id", "topic_id", "hour")


def _terms(a: str, r: str) -> dict[str, str]:
    """Each count's contribution of one analysis `a` of a response `r` (analysis.insights.TOPIC_COUNTS)."""
    return {
        "n": "1",
        "promoters": f"CASE WHEN {r}.nps_category = 'promoter' THEN 1 ELSE 0 END",
        "detractors": f"CASE WHEN {r}.nps_category = 'detractor' THEN 1 ELSE 0 END",
        "nps_n": f"CASE WHEN {r}.nps_category IS NOT NULL THEN 1 ELSE 0 END",
        "positive": f"CASE WHEN {a}.sentiment > 0.2 THEN 1 ELSE 0 END",
        "negative": f"CASE WHEN {a}.sentiment < -0.2 THEN 1 ELSE 0 END",
        "scored": f"CASE WHEN {a}.sentiment IS NOT NULL THEN 1 ELSE 0 END",
    }


def _hour(postgres: bool, column: str) -> str:
    return f"floor(extract(epoch FROM {column}) / 3600)::bigint" if postgres else f"unixepoch({column}) / 3600"


def _rows(postgres: bool, a: str, r: str, source: str, sign: str = "") -> str:
    """One row per analysis `a` and response `r` of `source` (FROM … WHERE …): its key and counts."""
    return (f"SELECT {a}.organization_id AS organization_id, {r}.survey_id AS survey_id, "
            f"COALESCE({a}.topic_id, 0) AS topic_id, {_hour(postgres, f'{r}.submitted_at')} AS hour, "
            + ", ".join(f"{sign}({term}) AS {name}" for name, term in _terms(a, r).items()) + f" {source}")


def _grouped(*parts: str) -> str:
    # Keys in one order in every statement: two statements that meet on two rows wait, not deadlock.
    return ("SELECT organization_id, survey_id, topic_id, hour, "
            + ", ".join(f"SUM({name}) AS {name}" for name in COUNTS)
            + f" FROM ({' UNION ALL '.join(parts)}) d GROUP BY organization_id, survey_id, topic_id, hour "
            + "HAVING " + " OR ".join(f"SUM({name}) <> 0" for name in COUNTS)
            + " ORDER BY survey_id, hour, topic_id")


def _upsert(select: str) -> str:
    # No alias for the table: SQLite refuses one inside a trigger.
    adds = ", ".join(f"{name} = topic_activity.{name} + excluded.{name}" for name in COUNTS)
    return (f"INSERT INTO topic_activity ({', '.join(KEY)}, {', '.join(COUNTS)}) {select} "
            f"ON CONFLICT (survey_id, hour, topic_id) DO UPDATE SET {adds};")


def _lower(select: str) -> str:
    # Only rows that still exist are lowered, and not those of a survey or organisation being deleted:
    # the deletion cascades to them too, and PostgreSQL refuses to update a row whose survey is gone.
    return ("UPDATE topic_activity SET " + ", ".join(f"{n} = topic_activity.{n} + d.{n}" for n in COUNTS)
            + f" FROM ({select}) d WHERE topic_activity.survey_id = d.survey_id AND topic_activity.hour = d.hour "
            "AND topic_activity.topic_id = d.topic_id AND EXISTS (SELECT 1 FROM surveys s WHERE s.id = d.survey_id) "
            "AND EXISTS (SELECT 1 FROM organizations o WHERE o.id = d.organization_id);")


def upgrade() -> None:
    op.create_table(
        "topic_activity",
        big_pk(),
        fk("organization_id", "organizations"),
        fk("survey_id", "surveys"),
        sa.Column("topic_id", sa.BigInteger(), nullable=False),
        sa.Column("hour", sa.BigInteger(), nullable=False),
        *(sa.Column(name, sa.BigInteger(), nullable=False) for name in COUNTS),
        sa.UniqueConstraint("survey_id", "hour", "topic_id", name="uq_topic_activity_hour"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_topic_activity_org_hour", "topic_activity", ["organization_id", "hour"])
    postgres = op.get_bind().dialect.name == "postgresql"
    op.execute(_upsert(_grouped(_rows(postgres, "a", "r", "FROM comment_analyses a JOIN responses r "
                                                          "ON r.id = a.response_id WHERE TRUE"))))
    for statement in (_pg_triggers() if postgres else _sqlite_triggers()):
        op.execute(statement)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table, events in TRIGGERS.items():
        for event in events:
            name = f"{table}_topic_{event}"
            op.execute(f"DROP TRIGGER {name}" + (f" ON {table}" if postgres else ""))
            if postgres:
                op.execute(f"DROP FUNCTION {name}()")
    op.drop_index("ix_topic_activity_org_hour", "topic_activity")
    op.drop_table("topic_activity")


TRIGGERS = {"comment_analyses": ("insert", "update", "delete"), "responses": ("update", "delete")}


def _pg_triggers() -> list[str]:
    """Statement-level over transition tables (one statement per batch, however many rows), but for
    a response's deletion: row-level and before it, to delete its analysis while it still exists."""
    def of_analyses(rows: str, sign: str = "") -> str:
        return _rows(True, "a", "r", f"FROM {rows} a JOIN responses r ON r.id = a.response_id", sign)

    def of_responses(rows: str, sign: str = "") -> str:
        return _rows(True, "a", "r", f"FROM {rows} r JOIN comment_analyses a ON a.response_id = r.id", sign)

    bodies = {
        ("comment_analyses", "insert"): ("AFTER", "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT",
                                         _upsert(_grouped(of_analyses("new_rows"))) + " RETURN NULL;"),
        ("comment_analyses", "update"): (
            "AFTER", "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT",
            _upsert(_grouped(of_analyses("new_rows"), of_analyses("old_rows", "-"))) + " RETURN NULL;"),
        ("comment_analyses", "delete"): ("AFTER", "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT",
                                         _lower(_grouped(of_analyses("old_rows", "-"))) + " RETURN NULL;"),
        ("responses", "update"): (
            "AFTER", "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT",
            _upsert(_grouped(of_responses("new_rows"), of_responses("old_rows", "-"))) + " RETURN NULL;"),
        ("responses", "delete"): ("BEFORE", "FOR EACH ROW",
                                  "DELETE FROM comment_analyses WHERE response_id = OLD.id; RETURN OLD;"),
    }
    statements = []
    for (table, event), (when, how, body) in bodies.items():
        name = f"{table}_topic_{event}"
        statements.append(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} END $$")
        statements.append(f"CREATE TRIGGER {name} {when} {event.upper()} ON {table} {how} EXECUTE FUNCTION {name}()")
    return statements


def _sqlite_triggers() -> list[str]:
    """Row-level (SQLite has no other)."""
    new_analysis = _rows(False, "a", "r", "FROM comment_analyses a JOIN responses r ON r.id = a.response_id "
                                          "WHERE a.id = NEW.id")
    old_analysis = _rows(False, "OLD", "r", "FROM responses r WHERE r.id = OLD.response_id", "-")
    new_response = _rows(False, "a", "r", "FROM comment_analyses a JOIN responses r ON r.id = a.response_id "
                                          "WHERE r.id = NEW.id")
    old_response = _rows(False, "a", "OLD", "FROM comment_analyses a WHERE a.response_id = OLD.id", "-")
    bodies = {
        ("comment_analyses", "insert"): ("AFTER INSERT", _upsert(_grouped(new_analysis))),
        ("comment_analyses", "update"): ("AFTER UPDATE", _upsert(_grouped(new_analysis, old_analysis))),
        ("comment_analyses", "delete"): ("AFTER DELETE", _lower(_grouped(old_analysis))),
        ("responses", "update"): ("AFTER UPDATE OF survey_id, submitted_at, nps_category",
                                  _upsert(_grouped(new_response, old_response))),
        ("responses", "delete"): ("BEFORE DELETE", "DELETE FROM comment_analyses WHERE response_id = OLD.id;"),
    }
    return [f"CREATE TRIGGER {table}_topic_{event} {when} ON {table} FOR EACH ROW BEGIN {body} END"
            for (table, event), (when, body) in bodies.items()]
