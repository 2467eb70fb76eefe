"""The inbox's urgency order (actions/case_reads.py): breached first, then the nearest SLA deadline, then
cases waiting on the customer, then finished ones; keyset pages that keep the order across a boundary."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tortoise.transactions import in_transaction

from actions import case_reads
from actions.case_reads import CaseFilter
from actions.models import Case, CaseStatus
from core.db import dialect
from core.models import Organization
from surveys.models import Survey
from tests.support.cases import opened, survey_of

S = CaseStatus
NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


async def _case(org: Organization, survey: Survey, who: str, **fields: object) -> Case:
    """A case the default rule opened for `who`, then set to the given fields."""
    case = await opened(org, who=who, survey=survey)
    await Case.filter(id=case.id).update(**fields)
    return case


async def _urgent_ids(org: Organization, flt: CaseFilter, first: int) -> list[int]:
    """Every case in urgency order, read `first` at a time through the cursor."""
    seen: list[int] = []
    after = None
    while True:
        page = await case_reads.list_urgent_cases(organization_id=org.id, flt=flt, first=first, after=after)
        seen += [k.case.id for k in page.items]
        if not page.has_next:
            return seen
        after = page.items[-1].cursor


async def test_the_most_urgent_come_first_and_pages_keep_the_order(org: Organization) -> None:
    hour, survey = timedelta(hours=1), await survey_of(org)
    # Opened in this order (ids ascending); the order below is by urgency, not by id.
    done = await _case(org, survey, "done", status=S.RESOLVED, resolved_at=NOW - hour, open_key=None)
    later = await _case(org, survey, "later", first_contact_due_at=NOW + 20 * hour, resolve_due_at=NOW + 160 * hour)
    contacted = await _case(org, survey, "contacted", status=S.IN_PROGRESS, first_contacted_at=NOW - 2 * hour,
                            first_contact_due_at=NOW - hour, resolve_due_at=NOW + 3 * hour)
    paused_soon = await _case(org, survey, "paused-soon", status=S.WAITING_CUSTOMER, first_contacted_at=NOW - 5 * hour,
                              paused_at=NOW - 4 * hour, resolve_due_at=NOW - 2 * hour)  # 2 h left when it paused
    breached_late = await _case(org, survey, "breached", breached=True, first_contact_due_at=NOW - 30 * hour,
                                resolve_due_at=NOW + 100 * hour)
    soon = await _case(org, survey, "soon", first_contact_due_at=NOW + 2 * hour, resolve_due_at=NOW + 150 * hour)
    paused_late = await _case(org, survey, "paused-late", status=S.WAITING_CUSTOMER, first_contacted_at=NOW - 5 * hour,
                              paused_at=NOW - 4 * hour, resolve_due_at=NOW + 40 * hour)
    breached_less = await _case(org, survey, "breached-less", breached=True, first_contact_due_at=NOW - 3 * hour,
                                resolve_due_at=NOW + 100 * hour)
    overdue_unscanned = await _case(org, survey, "unscanned", first_contact_due_at=NOW - 10 * hour,
                                    resolve_due_at=NOW + 100 * hour)  # past due, breach not recorded yet
    cancelled = await _case(org, survey, "cancelled", status=S.CANCELLED, closed_at=NOW, open_key=None)
    # Same deadline as `soon`: the newer case first.
    tie = await _case(org, survey, "tie", first_contact_due_at=NOW + 2 * hour, resolve_due_at=NOW + 150 * hour)

    # `contacted` runs against its resolution due time (3 h) once contacted, not its missed first contact.
    expected = [breached_late, breached_less, overdue_unscanned, tie, soon, contacted, later, paused_soon,
                paused_late, cancelled, done]
    ids = [c.id for c in expected]
    assert await _urgent_ids(org, CaseFilter(), first=100) == ids
    for size in (1, 2, 3, 4):  # every boundary falls somewhere: between tiers, inside one, at the tie
        assert await _urgent_ids(org, CaseFilter(), first=size) == ids
    # With the inbox's filters: an agent's open cases only.
    assert await _urgent_ids(org, CaseFilter(open=True), first=3) == ids[:-2]
    assert await case_reads.count_cases(organization_id=org.id, flt=CaseFilter(open=True)) == 9


async def test_ties_on_a_deadline_with_a_fraction_of_a_second_page_exactly(org: Organization) -> None:
    """The key is whole milliseconds on both databases, so a cursor's key equals its row's recomputed key:
    equal deadlines between microsecond fractions, and pauses with the same time left, page without a case
    skipped or repeated; a millisecond apart still orders."""
    survey, ms = await survey_of(org), timedelta(milliseconds=1)
    due = NOW + timedelta(hours=1, seconds=7, microseconds=123_456)
    early = await _case(org, survey, "early", first_contact_due_at=due - ms, resolve_due_at=due + timedelta(days=7))
    tied = [await _case(org, survey, f"tie{i}", first_contact_due_at=due, resolve_due_at=due + timedelta(days=7))
            for i in range(3)]
    late = await _case(org, survey, "late", first_contact_due_at=due + ms, resolve_due_at=due + timedelta(days=7))
    left = timedelta(hours=3, microseconds=654_321)  # the same time left when they paused, at other times
    paused = [await _case(org, survey, f"paused{i}", status=S.WAITING_CUSTOMER, first_contacted_at=NOW,
                          paused_at=NOW + i * timedelta(minutes=7, microseconds=1_001),
                          resolve_due_at=NOW + i * timedelta(minutes=7, microseconds=1_001) + left)
              for i in range(3)]
    ids = [c.id for c in [early, *reversed(tied), late, *reversed(paused)]]
    for size in (1, 2, 3, 4, 100):
        assert await _urgent_ids(org, CaseFilter(), first=size) == ids
    page = await case_reads.list_urgent_cases(organization_id=org.id, flt=CaseFilter(), first=2)
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    assert [k.cursor.key for k in page.items] == [(due - ms - epoch) // ms, (due - epoch) // ms]  # 123.456 ms: 123
    assert all(type(k.cursor.key) is int for k in page.items)


async def test_pages_are_read_from_the_urgency_index(org: Organization) -> None:
    """ix_cases_urgency (migration 0027) holds the order's expressions as case_reads writes them: the first
    page and a later one are read from it, not sorted (a change to either side leaves a sort in the plan)."""
    survey = await survey_of(org)
    await _case(org, survey, "a", first_contact_due_at=NOW, resolve_due_at=NOW + timedelta(days=7))
    await _case(org, survey, "b", status=S.WAITING_CUSTOMER, paused_at=NOW, resolve_due_at=NOW + timedelta(days=1))
    cursor = (await case_reads.list_urgent_cases(organization_id=org.id, flt=CaseFilter(), first=1)).items[0].cursor
    async with in_transaction() as conn:
        if dialect() == "postgres":  # the planner's choice on a tiny table is a sort; whether it can use the index
            await conn.execute_script("SET LOCAL enable_seqscan = off; SET LOCAL enable_sort = off")
        for after in (None, cursor):
            sql = case_reads.urgent_query(org.id, CaseFilter(open=True), 50, after, None).sql(params_inline=True)
            explain = "EXPLAIN QUERY PLAN " if dialect() == "sqlite" else "EXPLAIN "
            plan = " ".join(str(v) for row in (await conn.execute_query(explain + sql))[1] for v in dict(row).values())
            assert "ix_cases_urgency" in plan, plan
            assert "TEMP B-TREE" not in plan and "Sort" not in plan, plan


async def test_the_newest_first_order_stays_the_default(org: Organization) -> None:
    survey = await survey_of(org)
    made = [await _case(org, survey, f"n{i}") for i in range(3)]
    page = await case_reads.list_cases(organization_id=org.id, flt=CaseFilter(), first=10)
    assert [c.id for c in page.items] == [c.id for c in reversed(made)]
