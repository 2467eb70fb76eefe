"""Reading cases: the inbox's filters and pages (newest first, or the most urgent first), each agent's open
cases against a cap, and cases by id or by the response that opened them (actions/cases.py changes them)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from tortoise.expressions import Q, RawSQL, Subquery
from tortoise.functions import Count
from tortoise.queryset import QuerySet

from actions.models import OPEN_CASE_STATUSES, Case, CaseStatus
from analysis.models import CommentAnalysis
from core.db import dialect
from core.paging import Page, newest_first
from core.reads import rows_by_id


@dataclass(frozen=True)
class CaseFilter:
    status: CaseStatus | None = None
    open: bool | None = None  # True: a status counted against a cap (OPEN_CASE_STATUSES); False: any other
    assignee_id: int | None = None
    breached: bool | None = None
    overdue: bool | None = None  # an active, unpaused case past a due time it has not met
    topic_id: int | None = None  # the response's topic, or the root-cause topic
    survey_id: int | None = None
    team_id: int | None = None
    unassigned: bool | None = None  # True: nobody is assigned; False: somebody is
    min_score: int | None = None  # the response's score, inclusive
    max_score: int | None = None
    account_warning: bool | None = None  # True: cases of accounts' early warnings; False: responses' cases
    reason: str | None = None  # an early warning's reason code


def overdue_q(now: datetime) -> Q:
    late = Q(first_contacted_at=None, first_contact_due_at__lt=now) | Q(resolve_due_at__lt=now)
    return Q(Q(status__in=OPEN_CASE_STATUSES), Q(paused_at=None), late)


class CaseOrder(StrEnum):
    NEWEST = "NEWEST"  # by id, descending
    URGENCY = "URGENCY"  # see URGENCY_TIER_SQL and urgency_key_sql


def _filtered(organization_id: int, flt: CaseFilter, now: datetime | None) -> QuerySet[Case]:
    query = Case.filter(organization_id=organization_id)
    for name in ("status", "assignee_id", "breached", "survey_id", "team_id", "reason"):
        value = getattr(flt, name)
        if value is not None:
            query = query.filter(**{name: value})
    if flt.open is not None:
        query = query.filter(Q(status__in=OPEN_CASE_STATUSES) if flt.open else ~Q(status__in=OPEN_CASE_STATUSES))
    if flt.unassigned is not None:
        query = query.filter(assignee_id__isnull=flt.unassigned)
    if flt.account_warning is not None:
        query = query.filter(response_id__isnull=flt.account_warning)
    if flt.min_score is not None:
        query = query.filter(response__score__gte=flt.min_score)
    if flt.max_score is not None:
        query = query.filter(response__score__lte=flt.max_score)
    if flt.overdue is not None:
        late = overdue_q(now or datetime.now(UTC))
        query = query.filter(late if flt.overdue else ~late)
    if flt.topic_id is not None:
        in_topic = CommentAnalysis.filter(organization_id=organization_id, topic_id=flt.topic_id)
        query = query.filter(Q(response_id__in=Subquery(in_topic.values("response_id")))
                             | Q(root_cause_topic_id=flt.topic_id))
    return query


async def list_cases(
    *, organization_id: int, flt: CaseFilter, first: int, after_id: int | None = None, now: datetime | None = None,
) -> Page[Case]:
    """Newest first; the cursor is the case id."""
    return await newest_first(_filtered(organization_id, flt, now), first=first, after_id=after_id)


# The most urgent first, in one ORDER BY over the case row's own columns (no join, no subquery per row),
# read from ix_cases_urgency (migration 0027, which holds these expressions: change both together), or
# through ix_cases_org_assignee for an agent's few open cases:
# 1. the tier: 0 an open case whose SLA was breached (recorded by the scan) and whose clock runs; 1 any
#    other open case whose clock runs; 2 an open case waiting on the customer (its clocks stand still);
#    3 resolved, closed and cancelled cases;
# 2. the key: the deadline the case runs against now, as the SLA badge shows it (first contact's until
#    the first contact, then resolution's), in epoch milliseconds, the nearest (the longest overdue)
#    first; a paused case by the time that was left when it paused (its due times move on by the pause);
#    0 for finished cases, which follow by id;
# 3. the id, newest first, settles equal keys (the cursor is tier, key and id).
# The key is an integer computed without floating point on both databases, so the cursor's key compares
# equal to the row's recomputed one (a float of julianday or EXTRACT need not: ties would skip or repeat).
_PAUSED_SQL = '"cases"."paused_at"'
_OPEN_SQL = "(" + ", ".join(f"'{s.value}'" for s in OPEN_CASE_STATUSES) + ")"
URGENCY_TIER_SQL = (f'CASE WHEN "cases"."status" NOT IN {_OPEN_SQL} THEN 3 WHEN {_PAUSED_SQL} IS NOT NULL '
                    'THEN 2 WHEN "cases"."breached" THEN 0 ELSE 1 END')
_DUE_SQL = ('CASE WHEN "cases"."first_contacted_at" IS NULL AND "cases"."first_contact_due_at" IS NOT NULL '
            'THEN "cases"."first_contact_due_at" ELSE "cases"."resolve_due_at" END')
# Epoch milliseconds as an integer: SQLite keeps times to the millisecond ('%s' whole seconds, '%f' "SS.mmm");
# PostgreSQL's EXTRACT gives an exact numeric (rounded to the millisecond by the cast).
_EPOCH_MS_SQL = {
    "sqlite": "(CAST(strftime('%s', {0}) AS INTEGER) * 1000 + CAST(substr(strftime('%f', {0}), 4) AS INTEGER))",
    "postgres": "CAST(EXTRACT(EPOCH FROM ({0} - TIMESTAMPTZ 'epoch')) * 1000 AS BIGINT)",
}
NO_DEADLINE = 10**15  # ms; an open case without due times (none is opened so): after every deadline of its tier


def urgency_key_sql(name: str) -> str:
    epoch = _EPOCH_MS_SQL[name]
    return (f'CASE WHEN "cases"."status" NOT IN {_OPEN_SQL} THEN 0 '
            f'WHEN {_PAUSED_SQL} IS NOT NULL THEN COALESCE({epoch.format(_DUE_SQL)} - '
            f'{epoch.format(_PAUSED_SQL)}, {NO_DEADLINE}) '
            f"ELSE COALESCE({epoch.format(_DUE_SQL)}, {NO_DEADLINE}) END")


@dataclass(frozen=True)
class UrgencyCursor:
    tier: int
    key: int  # epoch milliseconds (urgency_key_sql)
    id: int


@dataclass(frozen=True)
class UrgentCase:
    case: Case
    cursor: UrgencyCursor


def urgent_query(organization_id: int, flt: CaseFilter, first: int, after: UrgencyCursor | None,
                 now: datetime | None) -> QuerySet[Case]:
    """The page's query: in ix_cases_urgency's order, so the first rows are read from the index, not sorted."""
    key_sql = urgency_key_sql(dialect())
    keyed = _filtered(organization_id, flt, now).annotate(urgency_tier=RawSQL(URGENCY_TIER_SQL),
                                                          urgency_key=RawSQL(key_sql))
    if after is not None:
        # The row comparison is where the index scan starts (the integers are the cursor's, checked by int());
        # the three terms below settle the id within equal keys.
        start = RawSQL(f"((({URGENCY_TIER_SQL}), ({key_sql})) >= ({int(after.tier)}, {int(after.key)}))")
        keyed = keyed.annotate(urgency_from=start).filter(
            Q(urgency_from=RawSQL("TRUE")),
            Q(urgency_tier__gt=after.tier) | Q(urgency_tier=after.tier, urgency_key__gt=after.key)
            | Q(urgency_tier=after.tier, urgency_key=after.key, id__lt=after.id))
    return keyed.order_by("urgency_tier", "urgency_key", "-id").limit(first + 1)


async def list_urgent_cases(
    *, organization_id: int, flt: CaseFilter, first: int, after: UrgencyCursor | None = None,
    now: datetime | None = None,
) -> Page[UrgentCase]:
    """The most urgent first (CaseOrder.URGENCY), after the cursor; not counted (`count_cases`)."""
    rows = await urgent_query(organization_id, flt, first, after, now)
    items = [UrgentCase(c, UrgencyCursor(int(c.urgency_tier), int(c.urgency_key), c.id))  # type: ignore[attr-defined]
             for c in rows[:first]]
    return Page(items=items, has_next=len(rows) > first, total=None)


async def count_cases(*, organization_id: int, flt: CaseFilter, now: datetime | None = None) -> int:
    return await _filtered(organization_id, flt, now).count()


async def open_cases_of(*, organization_id: int, user_ids: Collection[int]) -> dict[int, int]:
    """How many active cases (those counted against a cap) each user has; users without any are absent."""
    if not user_ids:
        return {}
    rows = await (Case.filter(organization_id=organization_id, assignee_id__in=list(user_ids),
                              status__in=OPEN_CASE_STATUSES)
                  .group_by("assignee_id").annotate(n=Count("id")).values("assignee_id", "n"))
    return {row["assignee_id"]: row["n"] for row in rows}


async def cases_by_id(*, organization_id: int, ids: Collection[int]) -> dict[int, Case]:
    return await rows_by_id(Case, organization_id=organization_id, ids=ids)


async def latest_cases_of_responses(*, organization_id: int, response_ids: Collection[int]) -> dict[int, Case]:
    """The newest case opened from each response, by the response's id; responses without one are absent."""
    if not response_ids:
        return {}
    found: dict[int, Case] = {}
    for case in await Case.filter(organization_id=organization_id, response_id__in=list(response_ids)).order_by("id"):
        if case.response_id is not None:
            found[case.response_id] = case  # ascending ids: the newest is written last
    return found
