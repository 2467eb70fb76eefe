"""The SLA scan: breaches, escalations and the self-closing of resolved cases, in set-based SQL.

Run every minute by the ticker (see case_flows). One transaction of a fixed number of statements,
whatever the number of cases (no Python loop over rows); the sets it works on live in three
temporary tables, so every follow-up (audit events, outbox events) covers exactly the rows this run
changed:

1. Breaches: an active (NEW, ASSIGNED, IN_PROGRESS, WAITING_CUSTOMER), unpaused case past its
   first-contact due time without a first contact, or past its resolution due time, gets one
   `case_breaches` row per clock (unique per case and clock: recorded once) and `breached = true`.
2. Escalation: level 1 on the first breach (the team lead is notified, or the admins when the
   team has no lead); level 2 when the case breaches its second clock or is still unmet 24 h after
   a due time (measured on the pause-shifted due time, i.e. 24 h after the breach) — the admins
   are notified. Audit "breach"/"escalation" by the system; outbox CASE_SLA_BREACHED per new breach
   and CASE_UPDATED per changed case, whose payloads carry `notify_user_ids`.
3. RESOLVED cases whose reopen window (`reopen_days` after `resolved_at`) has passed are CLOSED.

Several scans may run at once (many workers): on PostgreSQL a transaction-level advisory lock lets
one run and the others skip; SQLite transactions are serial anyway.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from tortoise.transactions import in_transaction

from core.db import db, dialect
from core.events import CaseEscalated, CaseSlaBreached, CaseStatusChanged, sql_object
from core.sql import render

ESCALATE_AFTER = timedelta(hours=24)
ADVISORY_KEY = 0x5C1A_0001  # any constant shared by every scanner
ACTIVE_SQL = "('new', 'assigned', 'in_progress', 'waiting_customer')"


@dataclass(frozen=True)
class ScanResult:
    breaches: int
    escalations: int
    closed: int
    skipped: bool = False


@dataclass(frozen=True)
class _Dialect:
    name: Literal["postgres", "sqlite"]
    arr: str  # JSON array constructor
    agg: str  # aggregate of ids into a JSON array, ordered
    raw: str  # wraps a JSON value so that an object embeds it as JSON, not as text
    window_passed: str  # RESOLVED case whose reopen window has passed by %s
    temp: str  # suffix of CREATE TEMP TABLE
    ts: str  # a timestamp parameter where PostgreSQL cannot infer its type (select lists)


PG = _Dialect(
    name="postgres", arr="jsonb_build_array", agg="jsonb_agg(u.id ORDER BY u.id)", raw="{}",
    window_passed="c.resolved_at + make_interval(days => c.reopen_days) <= %s",
    temp=" ON COMMIT DELETE ROWS", ts="CAST(%s AS TIMESTAMPTZ)",
)
SQLITE = _Dialect(
    name="sqlite", arr="json_array", agg="json_group_array(u.id)", raw="json({})",
    window_passed="julianday(c.resolved_at) + c.reopen_days <= julianday(%s)",
    temp="", ts="%s",
)

TEMP_TABLES = {
    "sla_breaches": "case_id BIGINT, organization_id INTEGER, clock VARCHAR(16)",
    "sla_escalations": "case_id BIGINT, organization_id INTEGER, old_level INTEGER, new_level INTEGER",
    "sla_closes": "case_id BIGINT, organization_id INTEGER",
}


async def _run(sql: str, params: list[Any]) -> None:
    query, values = render(sql, params)
    await db().execute_query(query, values)


async def _count(table: str) -> int:
    rows = await db().execute_query_dict(f"SELECT COUNT(*) AS n FROM {table}")
    return int(rows[0]["n"])


def _notify(d: _Dialect) -> str:
    """Who must hear of a case now: the team lead at level 1 (admins when no lead), admins at 2."""
    return (f"CASE WHEN c.escalation_level < 2 AND t.lead_id IS NOT NULL THEN {d.raw.format(f'{d.arr}(t.lead_id)')} "
            f"ELSE {d.raw.format(f'COALESCE(a.ids, {d.arr}())')} END")


def _admins(d: _Dialect) -> str:
    # Per organisation of the cases at hand: the admins' ids as one JSON array.
    source = "(SELECT id, organization_id FROM users WHERE role = 'admin' ORDER BY id)"
    return f"(SELECT u.organization_id, {d.agg} AS ids FROM {source} u GROUP BY u.organization_id)"


async def scan(*, now: datetime | None = None) -> ScanResult:
    """One SLA pass at `now` (default: the current time)."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    cut = now - ESCALATE_AFTER
    d = PG if dialect() == "postgres" else SQLITE
    async with in_transaction():
        if d is PG:
            got = await db().execute_query_dict("SELECT pg_try_advisory_xact_lock($1) AS ok", [ADVISORY_KEY])
            if not got[0]["ok"]:
                return ScanResult(0, 0, 0, skipped=True)
            # Compiling these short statements costs more than running them (0.45 s of JIT once
            # case_breaches has grown past its statistics, measured on 100k cases).
            await _run("SET LOCAL jit = off", [])
        for table, columns in TEMP_TABLES.items():
            await _run(f"CREATE TEMP TABLE IF NOT EXISTS {table} ({columns}){d.temp}", [])
            await _run(f"DELETE FROM {table}", [])
        await _breaches(d, now)
        await _escalations(d, now, cut)
        await _closes(d, now)
        return ScanResult(await _count("sla_breaches"), await _count("sla_escalations"), await _count("sla_closes"))


async def _breaches(d: _Dialect, now: datetime) -> None:
    unmet = f"c.status IN {ACTIVE_SQL} AND c.paused_at IS NULL"
    await _run(
        "INSERT INTO sla_breaches (case_id, organization_id, clock) "
        f"SELECT c.id, c.organization_id, 'first_contact' FROM cases c WHERE {unmet} "
        "AND c.first_contacted_at IS NULL AND c.first_contact_due_at <= %s AND NOT EXISTS ("
        "SELECT 1 FROM case_breaches b WHERE b.case_id = c.id AND b.clock = 'first_contact') "
        f"UNION ALL SELECT c.id, c.organization_id, 'resolution' FROM cases c WHERE {unmet} "
        "AND c.resolve_due_at <= %s AND NOT EXISTS ("
        "SELECT 1 FROM case_breaches b WHERE b.case_id = c.id AND b.clock = 'resolution')",
        [now, now],
    )
    await _run(
        "INSERT INTO case_breaches (case_id, clock, due_at, detected_at) "
        "SELECT n.case_id, n.clock, CASE n.clock WHEN 'first_contact' THEN c.first_contact_due_at "
        f"ELSE c.resolve_due_at END, {d.ts} FROM sla_breaches n JOIN cases c ON c.id = n.case_id "
        "WHERE TRUE ON CONFLICT (case_id, clock) DO NOTHING",
        [now],
    )
    await _run(
        "INSERT INTO audit_events (organization_id, subject, subject_id, actor, kind, from_value, to_value, note, at) "
        f"SELECT organization_id, 'case', case_id, 'system', 'breach', NULL, clock, 'SLA clock breached', {d.ts} "
        "FROM sla_breaches",
        [now],
    )


async def _escalations(d: _Dialect, now: datetime, cut: datetime) -> None:
    long_late = "((c.first_contacted_at IS NULL AND c.first_contact_due_at <= %s) OR c.resolve_due_at <= %s)"
    both = "(SELECT COUNT(*) FROM case_breaches b WHERE b.case_id = c.id) >= 2"
    await _run(
        "INSERT INTO sla_escalations (case_id, organization_id, old_level, new_level) "
        "SELECT id, organization_id, old_level, new_level FROM ("
        f"SELECT c.id, c.organization_id, c.escalation_level AS old_level, "
        f"CASE WHEN {long_late} OR {both} THEN 2 ELSE 1 END AS new_level FROM cases c "
        f"WHERE c.escalation_level < 2 AND c.status IN {ACTIVE_SQL} AND c.paused_at IS NULL "
        f"AND (c.id IN (SELECT case_id FROM sla_breaches) OR {long_late})"
        ") x WHERE new_level > old_level",
        [cut, cut, cut, cut],
    )
    # One pass over the changed cases: breached, and the new level where it rose.
    await _run(
        "UPDATE cases SET breached = TRUE, escalation_level = COALESCE(x.new_level, cases.escalation_level), "
        "updated_at = %s FROM (SELECT n.case_id, e.new_level FROM (SELECT case_id FROM sla_breaches UNION "
        "SELECT case_id FROM sla_escalations) n LEFT JOIN sla_escalations e ON e.case_id = n.case_id) x "
        "WHERE x.case_id = cases.id",
        [now],
    )
    await _run(
        "INSERT INTO audit_events (organization_id, subject, subject_id, actor, kind, from_value, to_value, note, at) "
        "SELECT organization_id, 'case', case_id, 'system', 'escalation', CAST(old_level AS VARCHAR(8)), "
        "CAST(new_level AS VARCHAR(8)), CASE new_level WHEN 1 THEN 'team lead notified' ELSE 'admin notified' END, "
        f"{d.ts} FROM sla_escalations",
        [now],
    )
    joins = f"JOIN cases c ON c.id = n.case_id LEFT JOIN teams t ON t.id = c.team_id " \
            f"LEFT JOIN {_admins(d)} a ON a.organization_id = c.organization_id"
    await _run(
        "INSERT INTO outbox_events (organization_id, topic, payload, created_at) "
        f"SELECT c.organization_id, '{CaseSlaBreached.topic}', "
        + sql_object(CaseSlaBreached, {"case_id": "c.id", "status": "c.status", "clock": "n.clock",
                                       "escalation_level": "c.escalation_level", "notify_user_ids": _notify(d)},
                     dialect=d.name)
        + f", {d.ts} "
        f"FROM sla_breaches n {joins}",
        [now],
    )
    changed = "(SELECT case_id FROM sla_breaches UNION SELECT case_id FROM sla_escalations)"
    await _run(
        "INSERT INTO outbox_events (organization_id, topic, payload, created_at) "
        f"SELECT c.organization_id, '{CaseEscalated.topic}', "
        + sql_object(CaseEscalated, {"case_id": "c.id", "status": "c.status", "escalation_level": "c.escalation_level",
                                     "notify_user_ids": _notify(d)}, dialect=d.name)
        + f", {d.ts} "
        f"FROM {changed} n {joins}",
        [now],
    )


async def _closes(d: _Dialect, now: datetime) -> None:
    await _run(
        "INSERT INTO sla_closes (case_id, organization_id) SELECT c.id, c.organization_id FROM cases c "
        f"WHERE c.status = 'resolved' AND c.resolved_at IS NOT NULL AND {d.window_passed}",
        [now],
    )
    await _run(
        "UPDATE cases SET status = 'closed', closed_at = %s, open_key = NULL, updated_at = %s, "
        "resolution_reason = COALESCE(resolution_reason, 'closed automatically after the reopen window') "
        "WHERE id IN (SELECT case_id FROM sla_closes)",
        [now, now],
    )
    await _run(
        "INSERT INTO audit_events (organization_id, subject, subject_id, actor, kind, from_value, to_value, note, at) "
        "SELECT organization_id, 'case', case_id, 'system', 'status', 'RESOLVED', 'CLOSED', "
        f"'the reopen window has passed', {d.ts} FROM sla_closes",
        [now],
    )
    await _run(
        "INSERT INTO outbox_events (organization_id, topic, payload, created_at) "
        f"SELECT organization_id, '{CaseStatusChanged.topic}', "
        + sql_object(CaseStatusChanged, {"case_id": "case_id", "status": "'closed'", "from_": "'resolved'",
                                         "to": "'closed'"}, dialect=d.name)
        + f", {d.ts} FROM sla_closes",
        [now],
    )
