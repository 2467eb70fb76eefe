"""Reading cases: the inbox's filters and pages, each agent's open cases against a cap, and cases by id
or by the response that opened them (actions/cases.py changes them)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime

from tortoise.expressions import Q, Subquery
from tortoise.functions import Count

from actions.models import OPEN_CASE_STATUSES, Case, CaseStatus
from analysis.models import CommentAnalysis
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


async def list_cases(
    *, organization_id: int, flt: CaseFilter, first: int, after_id: int | None = None, now: datetime | None = None,
) -> Page[Case]:
    """Newest first; the cursor is the case id."""
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
    return await newest_first(query, first=first, after_id=after_id)


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
