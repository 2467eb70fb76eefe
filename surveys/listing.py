"""Tenant-scoped reads of surveys, responses and respondents: keyset pages, and rows by id."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from core.paging import Page, newest_first
from core.reads import rows_by_id
from core.sql import fetch
from surveys.filters import ResponseFilter, response_where
from surveys.models import Respondent, Response, Survey, SurveyPurpose, SurveyStatus


async def list_surveys(
    *, organization_id: int, status: SurveyStatus | None, first: int, after_id: int | None,
    include_system: bool = False,
) -> Page[Survey]:
    """The organisation's own surveys; the system surveys VoC Loop runs (re-surveys) only with
    `include_system`."""
    query = Survey.filter(organization_id=organization_id)
    if not include_system:
        query = query.filter(purpose=SurveyPurpose.ORDINARY)
    if status is not None:
        query = query.filter(status=status)
    return await newest_first(query, first=first, after_id=after_id)


async def list_responses(
    *, organization_id: int, flt: ResponseFilter, first: int, after: tuple[datetime, int] | None,
    page_within: list[tuple[datetime, datetime]] | None = None,
) -> Page[Response]:
    """Newest first by submitted time; the cursor is (submitted_at, id). Not counted (`total` None):
    `count_responses` counts, when a caller wants the number. `page_within`: time ranges [start, end)
    that the caller knows hold the next `first` + 1 matching answers, so that the page is read from
    them only, not from a scan back through every answer until enough match."""
    where = response_where(organization_id, flt)
    if page_within:
        where.add("(" + " OR ".join(["(r.submitted_at >= %s AND r.submitted_at < %s)"] * len(page_within)) + ")",
                  *[moment for span in page_within for moment in span])
    if after is not None:
        where.add("(r.submitted_at < %s OR (r.submitted_at = %s AND r.id < %s))", after[0], after[0], after[1])
    rows = await fetch(
        f"SELECT r.id FROM responses r WHERE {where.sql()} ORDER BY r.submitted_at DESC, r.id DESC LIMIT %s",
        [*where.params, first + 1],
    )
    ids = [int(row["id"]) for row in rows]
    by_id = {r.id: r for r in await Response.filter(id__in=ids[:first])} if ids else {}
    return Page(items=[by_id[i] for i in ids[:first] if i in by_id], has_next=len(ids) > first, total=None)


async def count_responses(*, organization_id: int, flt: ResponseFilter) -> int:
    where = response_where(organization_id, flt)
    return int((await fetch(f"SELECT COUNT(*) AS n FROM responses r WHERE {where.sql()}", where.params))[0]["n"])


async def responses_of_respondent(*, organization_id: int, respondent_id: int, first: int) -> list[Response]:
    """The respondent's answers, newest first (at most `first`)."""
    query = Response.filter(organization_id=organization_id, respondent_id=respondent_id)
    return await query.order_by("-submitted_at", "-id").limit(first)


async def surveys_by_id(*, organization_id: int, ids: Collection[int]) -> dict[int, Survey]:
    return await rows_by_id(Survey, organization_id=organization_id, ids=ids)


async def responses_by_id(*, organization_id: int, ids: Collection[int]) -> dict[int, Response]:
    return await rows_by_id(Response, organization_id=organization_id, ids=ids)


async def respondents_by_id(*, organization_id: int, ids: Collection[int]) -> dict[int, Respondent]:
    return await rows_by_id(Respondent, organization_id=organization_id, ids=ids)


async def survey_by_token(*, token: str, ordinary: bool = False) -> Survey | None:
    """The survey of a public token, whatever its status (the hosted page explains each); with
    `ordinary`, only an organisation's own survey (not a system survey)."""
    if len(token) > 64:  # longer than any token: not worth a query
        return None
    query = Survey.filter(token=token)
    return await (query.filter(purpose=SurveyPurpose.ORDINARY) if ordinary else query).get_or_none()


async def newest_active_survey() -> Survey | None:
    """Any organisation's newest active survey of its own: the development demo page's fallback."""
    query = Survey.filter(purpose=SurveyPurpose.ORDINARY, status=SurveyStatus.ACTIVE)
    return await query.order_by("-id").first()
