"""GET /export/responses.csv: streamed, UTF-8 with BOM (Excel opens Chinese correctly), for an API key or a
signed-in session (a GET: no CSRF token needed, it changes nothing; another site's page may make the
browser fetch it but cannot read the answer, which same-origin rules and no CORS headers keep from it).

The query parameters mean what the GraphQL `responses` arguments of the same names mean: surveyId,
from, to (ISO 8601 instants with an offset) and the `ResponseFilter` fields (npsCategory, channel,
minScore, maxScore, hasComment, completed, topicId, attributes as a JSON object, search, sentiment,
churnIntent, accountBand, accountPlan, accountIndustry);
the rows are those `responses` lists, in its order (newest first)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import AsyncIterator, Sequence
from datetime import datetime

import strawberry
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from accounts.health_model import HealthBand
from analysis.filters import Sentiment
from api import untrusted
from api.http.identity import identify
from api.ids import decode_id
from api.surveys.inputs import ResponseFilterInput, response_filter
from core.errors import DomainError, ValidationFailed
from surveys.filters import ResponseFilter
from surveys.listing import list_responses, surveys_by_id
from surveys.models import Channel, NpsCategory
from surveys.models import Response as ResponseRow

BATCH = 500
COLUMNS = ["id", "survey", "submitted_at", "score", "nps_category", "comment", "answers", "completed",
           "channel", "locale", "respondent_attributes", "page_url"]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """Spreadsheet programs run cells that start like a formula: make them plain text."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


async def export_responses(request: Request) -> Response:
    principal = (await identify(request, request.app.state.settings)).principal
    if principal is None:
        return JSONResponse({"error": "UNAUTHENTICATED",
                             "message": "sign in, or send 'Authorization: Bearer <api key>'"}, status_code=401)
    try:
        flt = await _filter(request, principal.organization.id)
    except DomainError as exc:
        return JSONResponse({"error": exc.code, "field": exc.field, "message": exc.message}, status_code=400)
    return StreamingResponse(
        rows(principal.organization.id, flt),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="responses.csv"'},
    )


async def rows(organization_id: int, flt: ResponseFilter) -> AsyncIterator[bytes]:
    yield "\ufeff".encode()
    yield _line(COLUMNS)
    names: dict[int, str] = {}
    after: tuple[datetime, int] | None = None
    while True:
        page = await list_responses(organization_id=organization_id, flt=flt, first=BATCH, after=after)
        missing = {r.survey_id for r in page.items} - set(names)
        if missing:
            found = await surveys_by_id(organization_id=organization_id, ids=missing)
            names.update({s.id: s.name for s in found.values()})
        yield b"".join(_line(_row(r, names)) for r in page.items)
        if not page.has_next or not page.items:
            return
        after = (page.items[-1].submitted_at, page.items[-1].id)


def _row(r: ResponseRow, names: dict[int, str]) -> list[object]:
    return [
        r.id, names.get(r.survey_id, ""), r.submitted_at.isoformat(), r.score,
        r.nps_category.value if r.nps_category else None, r.comment,
        json.dumps(r.answers, ensure_ascii=False) if r.answers else None, r.completed, r.channel.value,
        r.locale, json.dumps(r.attributes, ensure_ascii=False) if r.attributes else None, r.page_url,
    ]


def _line(values: Sequence[object]) -> bytes:
    buffer = io.StringIO()
    # Every cell quoted: where Excel splits CSV on ";" (many European locales), an unquoted
    # "a;=1+1" became two cells, the second a formula that no prefix had neutralised.
    csv.writer(buffer, quoting=csv.QUOTE_ALL).writerow([safe_cell(v) for v in values])
    return buffer.getvalue().encode("utf-8")


async def _filter(request: Request, organization_id: int) -> ResponseFilter:
    """The query parameters mean what the GraphQL `ResponseFilter` fields of the same names mean."""
    q = request.query_params
    for name, value in q.multi_items():
        if "\x00" in value:  # no text column holds it: PostgreSQL failed mid-stream
            raise ValidationFailed("query parameters may not contain NUL characters", field=name)
    survey_pk = decode_id(q["surveyId"], "Survey", field="surveyId") if q.get("surveyId") else None
    if survey_pk is not None and not await surveys_by_id(organization_id=organization_id, ids=[survey_pk]):
        raise ValidationFailed("no such survey", field="surveyId", code="NOT_FOUND")
    try:
        given = ResponseFilterInput(
            nps_category=NpsCategory[q["npsCategory"].upper()] if q.get("npsCategory") else None,
            channel=Channel[q["channel"].upper()] if q.get("channel") else None,
            min_score=_int(q["minScore"]) if q.get("minScore") else None,
            max_score=_int(q["maxScore"]) if q.get("maxScore") else None,
            has_comment=_flag(q.get("hasComment")),
            completed=_flag(q.get("completed")),
            topic_id=strawberry.ID(q["topicId"]) if q.get("topicId") else None,
            attributes=untrusted.loads(q["attributes"]) if q.get("attributes") else None,
            search=q.get("search"),
            sentiment=Sentiment[q["sentiment"].upper()] if q.get("sentiment") else None,
            churn_intent=_flag(q.get("churnIntent")),
            account_band=HealthBand[q["accountBand"].upper()] if q.get("accountBand") else None,
            account_plan=q.get("accountPlan") or None,
            account_industry=q.get("accountIndustry") or None,
        )
    except (KeyError, ValueError) as exc:
        raise ValidationFailed(f"bad filter parameter: {exc}", field="query") from exc
    return await response_filter(given, organization_id=organization_id, survey_pk=survey_pk,
                                 since=_time(q.get("from"), "from"), until=_time(q.get("to"), "to"))


def _int(value: str) -> int:
    """A GraphQL Int (32 bits), as the same filter over GraphQL takes: a larger one overflowed the
    database parameter after the 200 and the header row had been sent."""
    number = int(value)
    if not -(2**31) <= number < 2**31:
        raise ValueError(f"{value} is out of range")
    return number


def _flag(value: str | None) -> bool | None:
    return {"true": True, "false": False}[value] if value else None


def _time(value: str | None, name: str) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:  # was a server error
        raise ValidationFailed(f"{name} must be an ISO 8601 time with an offset", field=name) from exc
    if parsed.tzinfo is None:
        raise ValidationFailed(f"{name} needs a time zone offset", field=name)
    return parsed
