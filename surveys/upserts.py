"""Respondents on PostgreSQL: the lookup, the insert of a new respondent and the merge of new
attributes (as surveys.writes.OrmWrites does them) in one statement instead of two or three round
trips (every widget call names its respondent), and the calls that arrive together in one
statement (group commit, core.batching). Not INSERT ... ON CONFLICT DO UPDATE: that draws a new id
from the sequence on every call, and a 32-bit id would run out within weeks at a few hundred calls
per second. A row is written only when something changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from core.batching import Batch, Distinct
from core.db import db
from core.transient import retry_deadlocks
from surveys.models import Respondent
from surveys.respondents import Identity

_COLUMNS = ("id", "organization_id", "external_id", "attributes", "verified", "account_external_id", "created_at",
            "updated_at")
_QUOTED = ", ".join(f'"{c}"' for c in _COLUMNS)
_R_QUOTED = ", ".join(f"r.{c}" for c in _QUOTED.split(", "))
_UPSERT_SQL = (
    'WITH v AS (SELECT * FROM unnest($1::integer[], $2::text[], $3::jsonb[], $4::boolean[], $5::text[]) '
    'AS v("organization_id", "external_id", "attributes", "verified", "account_external_id")), '
    f'found AS (SELECT {_R_QUOTED} FROM "respondents" r JOIN v USING ("organization_id", "external_id")), '
    'ins AS (INSERT INTO "respondents" ("organization_id", "external_id", "attributes", "verified", '
    '"account_external_id", "created_at", "updated_at") SELECT v."organization_id", v."external_id", '
    'v."attributes", v."verified", v."account_external_id", $6, $6 FROM v '
    'WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f."organization_id" = v."organization_id" '
    'AND f."external_id" = v."external_id") '
    # In key order: two statements inserting the same new respondents wait for each other's rows, and
    # in opposite orders each waited for the other (a deadlock, seen with two API processes under load).
    'ORDER BY v."organization_id", v."external_id" '
    f'ON CONFLICT ("organization_id", "external_id") DO NOTHING RETURNING {_QUOTED}), '
    'upd AS (UPDATE "respondents" r SET "attributes" = r."attributes" || v."attributes", '
    '"verified" = r."verified" OR v."verified", "updated_at" = $6, '
    # No account named: the stored one stays (as OrmWrites does).
    '"account_external_id" = COALESCE(v."account_external_id", r."account_external_id") '
    'FROM found f JOIN v USING ("organization_id", "external_id") WHERE r."id" = f."id" '
    # An unverified caller must not rewrite what a signed identity established. On r, not f: a row
    # changed meanwhile by another process is checked again in its latest version.
    'AND (NOT r."verified" OR v."verified") '
    'AND ((r."attributes" || v."attributes") IS DISTINCT FROM r."attributes" OR (v."verified" AND NOT r."verified") '
    'OR (v."account_external_id" IS NOT NULL AND v."account_external_id" IS DISTINCT FROM r."account_external_id")) '
    f"RETURNING {_R_QUOTED}) "
    f"SELECT {_QUOTED} FROM upd UNION ALL SELECT {_QUOTED} FROM ins UNION ALL "
    f"SELECT {_QUOTED} FROM found f WHERE NOT EXISTS (SELECT 1 FROM upd u WHERE u.\"id\" = f.\"id\")"
)
UPSERTS_PER_STATEMENT = 128
STATEMENTS_IN_FLIGHT = 2


Upsert = Distinct[tuple[int, Identity]]  # one call's organisation id and respondent


def _key(call: Upsert) -> tuple[int, str]:
    organization_id, identity = call.value
    return organization_id, str(identity.external_id)


async def _upsert_shared(calls: Sequence[Upsert]) -> dict[Upsert, Respondent]:
    """_upsert_many for a batch of concurrent calls, outside any transaction: a statement PostgreSQL
    aborted to break a deadlock changed nothing and is run again. The inserts go in key order and
    cannot deadlock; the updates of existing rows lock them in the join's order, which no query can
    fix, so two batches changing the same respondents' attributes at once still may."""
    return await retry_deadlocks(lambda: _upsert_many(calls))


async def _upsert_many(calls: Sequence[Upsert]) -> dict[Upsert, Respondent]:
    done: dict[Upsert, Respondent] = {}
    waiting = list(calls)
    retries = 0
    while waiting:
        # A respondent named twice in a batch: one statement may not update a row twice, and the
        # second call's merge must see the first's. Later calls go in the next statement, as if they
        # had come later.
        now: list[Upsert] = []
        later: list[Upsert] = []
        seen: set[tuple[int, str]] = set()
        for call in waiting:
            (later if _key(call) in seen else now).append(call)
            seen.add(_key(call))
        stored = await _upsert_statement(now)
        done.update((call, stored[_key(call)]) for call in now if _key(call) in stored)
        # Absent: inserted by a concurrent call that committed after this statement's snapshot was
        # taken; the next statement sees it.
        missing = [call for call in now if _key(call) not in stored]
        retries += bool(missing)
        if retries > 3:
            raise RuntimeError(f"respondents {[_key(c) for c in missing]} neither stored nor found")
        waiting = missing + later
    return done


async def _upsert_statement(calls: Sequence[Upsert]) -> dict[tuple[int, str], Respondent]:
    fields_map = Respondent._meta.fields_map
    attributes = fields_map["attributes"]
    pairs = sorted((call.value for call in calls), key=lambda pair: (pair[0], str(pair[1].external_id)))
    identities = [identity for _, identity in pairs]
    params = [[org for org, _ in pairs], [i.external_id for i in identities],
              [attributes.to_db_value(i.attributes, Respondent) for i in identities],
              [i.verified for i in identities], [i.account for i in identities], datetime.now(UTC)]
    found: dict[tuple[int, str], Respondent] = {}
    for row in await db().execute_query_dict(_UPSERT_SQL, params):
        # Every column of the table, as a query returns them: built as Tortoise builds a fetched row
        # (Model.__init__'s checks and defaults were ~3 % of a widget call's CPU).
        respondent = Respondent._init_from_db(**row)
        found[respondent.organization_id, respondent.external_id] = respondent
    return found


_UPSERTS: Batch[Upsert, Respondent] = Batch(_upsert_shared, max_size=UPSERTS_PER_STATEMENT,
                                             max_in_flight=STATEMENTS_IN_FLIGHT)


async def upsert_together(organization_id: int, identity: Identity) -> Respondent:
    """The respondent stored or merged, in one statement with those of concurrent calls (outside a
    transaction only: the statement runs on a connection of its own)."""
    return await _UPSERTS.submit(Distinct((organization_id, identity)))


async def upsert_alone(organization_id: int, identity: Identity) -> Respondent:
    """The same in a statement of its own, on the connection of the caller's transaction."""
    call = Distinct((organization_id, identity))
    return (await _upsert_many([call]))[call]
