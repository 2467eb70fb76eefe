"""New responses and displays on PostgreSQL: concurrent calls stored by one statement (group commit;
surveys.writes chooses it at start-up).

Each submission used to be one round trip of its own (the response row and its outbox event, in
one statement), and the write to PostgreSQL was the largest cost of a submission in the server's
CPU. Submissions that arrive together in a process now share one statement: the rows go as
arrays, each response gets its outbox event in the same statement (so an event exists if and only
if its response does), and a new key that another row already holds comes back as `None` for its
caller to reconcile, as a unique-key error did. Idle, a submission waits for nobody: it runs at
once, alone, and only submissions that come while earlier statements are still in PostgreSQL wait,
to go together (core.batching.Coalescer, `max_in_flight`).

A batch of responses that fails for a reason other than the database being out of reach (an error
in one row's data) is tried again row by row, so that only the row at fault fails; when the
database is out of reach every caller gets the error (nothing of the batch was stored: one
statement). Displays (a page view that showed the survey: no free text, nothing to conflict with)
go the same way, each with the id the statement drew for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from tortoise.models import Model

from core.batching import Batch, Distinct
from core.db import db
from core.events import ResponseSubmitted, sql_object
from core.transient import is_transient
from surveys.models import Display, Response

ROWS_PER_STATEMENT = 128
STATEMENTS_IN_FLIGHT = 2  # per process; the pool has more connections for everything else

# Column and the type its array is sent as (Tortoise's to_db_value gives each value as PostgreSQL
# takes it; JSON comes as text).
COLUMNS: dict[str, str] = {
    "organization_id": "integer", "survey_id": "integer", "respondent_id": "integer",
    "idempotency_key": "text", "payload_hash": "text", "score": "smallint", "nps_category": "text",
    "comment": "text", "answers": "jsonb", "completed": "boolean", "channel": "text", "locale": "text",
    "page_url": "text", "attributes": "jsonb", "identity_verified": "boolean", "submitted_at": "timestamptz",
    "updated_at": "timestamptz",
}


def _unnest(columns: dict[str, str]) -> str:
    """`unnest($1::type[], ...)`: the rows of a batch as one array parameter per column."""
    return f"unnest({', '.join(f'${i}::{t}[]' for i, t in enumerate(columns.values(), 1))})"


def _arrays(model: type[Model], rows: Sequence[Model], columns: dict[str, str]) -> list[list[Any]]:
    """One array per column. Each value goes through its Tortoise field (validation, JSON encoding,
    auto_now stamps set on the instance), exactly as Model.create would; only the SQL differs."""
    fields = model._meta.fields_map
    return [[fields[name].to_db_value(getattr(row, name), row) for row in rows] for name in columns]


_n = len(COLUMNS)
_names = ", ".join(f'"{c}"' for c in COLUMNS)
INSERT_SQL = (
    f"WITH v AS (SELECT * FROM {_unnest(COLUMNS)} AS v({_names})), "
    f'r AS (INSERT INTO "responses" ({_names}) SELECT {_names} FROM v '
    'ON CONFLICT ("survey_id", "idempotency_key") DO NOTHING '
    'RETURNING "id", "organization_id", "survey_id", "idempotency_key", "completed"), '
    # Each response's event, with the id known only here.
    'e AS (INSERT INTO "outbox_events" ("organization_id", "topic", "payload", "created_at") '
    f'SELECT r."organization_id", ${_n + 1}::varchar, '
    + sql_object(ResponseSubmitted, {"response_id": 'r."id"', "survey_id": 'r."survey_id"',
                                     "completed": 'r."completed"'}, dialect="postgres")
    + f", ${_n + 2}::timestamptz FROM r) "
    'SELECT r."id", r."survey_id", r."idempotency_key" FROM r'
)
del _n, _names


Outcome = Response | None | Exception


async def insert_response(response: Response) -> Response | None:
    """Store `response` with its outbox event: the saved instance, or None when its key is taken."""
    outcome = await _BATCHES.submit(Distinct(response))
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


async def _insert_many(items: Sequence[Distinct[Response]]) -> dict[Distinct[Response], Outcome]:
    try:
        return await _insert_together(items)
    except Exception as exc:
        if len(items) == 1 or is_transient(exc):
            raise
    outcomes: dict[Distinct[Response], Outcome] = {}
    for item in items:  # one bad row must not fail the others
        try:
            outcomes.update(await _insert_together([item]))
        except Exception as exc:
            if is_transient(exc):
                raise
            outcomes[item] = exc
    return outcomes


async def _insert_together(items: Sequence[Distinct[Response]]) -> dict[Distinct[Response], Outcome]:
    first: dict[tuple[int, str], Distinct[Response]] = {}
    for item in items:  # a key twice in one batch: the later ones find the first stored, as on a retry
        first.setdefault((item.value.survey_id, item.value.idempotency_key), item)
    columns = _arrays(Response, [item.value for item in first.values()], COLUMNS)
    stored = await db().execute_query_dict(INSERT_SQL, [*columns, ResponseSubmitted.topic, datetime.now(UTC)])
    ids = {(row["survey_id"], row["idempotency_key"]): row["id"] for row in stored}
    outcomes: dict[Distinct[Response], Outcome] = {}
    for item in items:
        key = (item.value.survey_id, item.value.idempotency_key)
        if first[key] is item and key in ids:
            item.value.id = ids[key]
            item.value._saved_in_db = True
            outcomes[item] = item.value
        else:
            outcomes[item] = None
    return outcomes


_BATCHES: Batch[Distinct[Response], Outcome] = Batch(_insert_many, max_size=ROWS_PER_STATEMENT,
                                                     max_in_flight=STATEMENTS_IN_FLIGHT)


# Displays: nothing conflicts, and each row's id is drawn in the statement, in the rows' order, so
# that each caller gets its own (INSERT ... RETURNING promises no order).
DISPLAY_COLUMNS: dict[str, str] = {
    "organization_id": "integer", "survey_id": "integer", "respondent_id": "integer", "channel": "text",
    "created_at": "timestamptz",
}
_display_names = ", ".join(f'"{c}"' for c in DISPLAY_COLUMNS)
INSERT_DISPLAYS_SQL = (
    "WITH v AS MATERIALIZED (SELECT nextval(pg_get_serial_sequence('displays', 'id')) AS \"id\", u.* FROM "
    f'{_unnest(DISPLAY_COLUMNS)} WITH ORDINALITY AS u({_display_names}, "n")), '
    f'i AS (INSERT INTO "displays" ("id", {_display_names}) SELECT "id", {_display_names} FROM v) '
    'SELECT "id" FROM v ORDER BY "n"'
)
del _display_names


async def insert_display(display: Display) -> Display:
    """Store `display`; the saved instance."""
    return await _DISPLAYS.submit(Distinct(display))


async def _insert_displays(items: Sequence[Distinct[Display]]) -> dict[Distinct[Display], Display]:
    rows = await db().execute_query_dict(INSERT_DISPLAYS_SQL,
                                         _arrays(Display, [item.value for item in items], DISPLAY_COLUMNS))
    for item, row in zip(items, rows, strict=True):
        item.value.id = row["id"]
        item.value._saved_in_db = True
    return {item: item.value for item in items}


_DISPLAYS: Batch[Distinct[Display], Display] = Batch(_insert_displays, max_size=ROWS_PER_STATEMENT,
                                                     max_in_flight=STATEMENTS_IN_FLIGHT)
