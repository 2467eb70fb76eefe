"""The urgency order's index: `cases(orderBy: URGENCY)` reads its pages from it instead of sorting.

Without it the organisation-wide list (every case, or every open case) computed the order's tier and
key for every case of the organisation and sorted them for each page: 34-77 ms a page (median of 11
calls) at 20k cases on PostgreSQL 15 (benchmarks/sla_scan.py's seed, a shared 2-CPU VM), 80-140 ms
on SQLite (20k rows of the order's columns); with it a page is an index scan of 51 rows from where
its cursor points: 2-5 ms a call (0.1-2 ms in the server), 0.14 ms on SQLite. An agent's own open
cases: the planner keeps ix_cases_org_assignee for a few, takes this index for 1,000 (4.2 -> 1.1 ms).

The index holds the order's expressions exactly as actions/case_reads.py writes them (URGENCY_TIER_SQL,
urgency_key_sql), columns unqualified (an index expression cannot name its table; the planners match
them to the query's "cases"."..."): a change there needs a new index here, and the plan test in
tests/actions/test_case_order.py fails until it has one. The key is integer epoch milliseconds;
PostgreSQL's spelling subtracts the epoch first because an index expression must be immutable
(EXTRACT from a timestamptz is only stable, from an interval immutable).

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None

NAME = "ix_cases_urgency"
OPEN = "('new', 'assigned', 'in_progress', 'waiting_customer')"
TIER = (f'CASE WHEN "status" NOT IN {OPEN} THEN 3 WHEN "paused_at" IS NOT NULL '
        'THEN 2 WHEN "breached" THEN 0 ELSE 1 END')
DUE = ('CASE WHEN "first_contacted_at" IS NULL AND "first_contact_due_at" IS NOT NULL '
       'THEN "first_contact_due_at" ELSE "resolve_due_at" END')
EPOCH_MS = {
    "sqlite": "(CAST(strftime('%s', {0}) AS INTEGER) * 1000 + CAST(substr(strftime('%f', {0}), 4) AS INTEGER))",
    "postgresql": "CAST(EXTRACT(EPOCH FROM ({0} - TIMESTAMPTZ 'epoch')) * 1000 AS BIGINT)",
}
NO_DEADLINE = 10**15
PAUSED = '"paused_at"'


def _key(epoch: str) -> str:
    return (f'CASE WHEN "status" NOT IN {OPEN} THEN 0 '
            f'WHEN "paused_at" IS NOT NULL THEN COALESCE({epoch.format(DUE)} - '
            f'{epoch.format(PAUSED)}, {NO_DEADLINE}) '
            f"ELSE COALESCE({epoch.format(DUE)}, {NO_DEADLINE}) END")


def upgrade() -> None:
    key = _key(EPOCH_MS[op.get_bind().dialect.name])
    op.execute(f'CREATE INDEX {NAME} ON "cases" ("organization_id", ({TIER}), ({key}), "id" DESC)')


def downgrade() -> None:
    op.execute(f"DROP INDEX {NAME}")
