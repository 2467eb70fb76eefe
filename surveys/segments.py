"""Segments: NPS per value of one of the answers' attributes (plan, city ...), and which attributes the
answers carry, over the same matching answers as the metrics."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.db import dialect
from core.errors import ValidationFailed
from core.sql import fetch
from surveys import windows
from surveys.filters import ResponseFilter, attribute_text, is_attribute_name
from surveys.metrics import Nps, nps_of, own_surveys, rows_source

MAX_SEGMENTS = 50
MAX_ATTRIBUTES = 50

CATEGORIES = ("promoters", "passives", "detractors")
NPS_TERMS = ", ".join(f"CASE WHEN r.nps_category = '{name[:-1]}' THEN 1 ELSE 0 END AS {name}" for name in CATEGORIES)


@dataclass(frozen=True)
class AttributeCount:
    name: str
    responses: int


@dataclass(frozen=True)
class Segment:
    value: str
    responses: int
    nps: Nps | None


async def attribute_names(*, organization_id: int, flt: ResponseFilter, limit: int) -> list[AttributeCount]:
    """The attribute names of the matching answers, most answers first (then by name)."""
    limit = _bounded(limit, MAX_ATTRIBUTES, "first")
    # One row per key: a lateral set-returning function on PostgreSQL, a table-valued one on SQLite; an
    # answer without attributes (SQL or JSON null) has none.
    if dialect() == "postgres":
        key, keys = "k", "jsonb_object_keys(CASE WHEN jsonb_typeof(r.attributes) = 'object' THEN r.attributes END)"
    else:
        key, keys = "k.key", "json_each(CASE WHEN json_type(r.attributes) = 'object' THEN r.attributes END)"

    def of_rows(part: ResponseFilter) -> tuple[str, list[Any]]:
        source, params = rows_source(organization_id, part, join=f"CROSS JOIN {keys} AS k")
        return f"SELECT {key} AS name, 1 AS responses {source}", params

    parts = _parts(organization_id, flt, of_rows, columns="g.name AS name, g.responses AS responses", where="TRUE",
                   params=[])
    rows = await fetch(f"SELECT name, SUM(responses) AS responses FROM ({parts.sql}) u GROUP BY name "
                       f"HAVING SUM(responses) > 0 ORDER BY responses DESC, name LIMIT {limit}", parts.params)
    return [AttributeCount(name=str(row["name"]), responses=int(row["responses"])) for row in rows]


async def segments(*, organization_id: int, flt: ResponseFilter, attribute: str, limit: int) -> list[Segment]:
    """NPS per value of `attribute` among the matching answers, most answers first (then by value).
    Answers without the attribute belong to no segment. A value reads as the attributes filter compares
    it (`true`, `3`, `pro`), so a segment's answers are those of the filter {attribute: value}."""
    if not is_attribute_name(attribute):
        raise ValidationFailed("attribute must be a name of 1-64 characters without quotes or backslashes",
                               field="attribute")
    limit = _bounded(limit, MAX_SEGMENTS, "first")
    text, text_params = attribute_text("r", attribute)

    def of_rows(part: ResponseFilter) -> tuple[str, list[Any]]:
        source, params = rows_source(organization_id, part)
        return (f"SELECT {text} AS value, 1 AS responses, {NPS_TERMS} {source} AND {text} IS NOT NULL",
                [*text_params, *params, *text_params])

    parts = _parts(organization_id, flt, of_rows,
                   columns="g.value AS value, g.responses AS responses, "
                           + ", ".join(f"g.{name} AS {name}" for name in CATEGORIES),
                   where="g.name = %s AND g.valued = 1", params=[attribute])
    sums = ", ".join(f"SUM({name}) AS {name}" for name in CATEGORIES)
    rows = await fetch(f"SELECT value, SUM(responses) AS responses, {sums} FROM ({parts.sql}) u GROUP BY value "
                       f"HAVING SUM(responses) > 0 ORDER BY responses DESC, value LIMIT {limit}", parts.params)
    return [Segment(value=str(row["value"]), responses=int(row["responses"]),
                    nps=nps_of({k: int(row[k] or 0) for k in CATEGORIES}))
            for row in rows]


@dataclass(frozen=True)
class _Parts:
    sql: str
    params: list[Any]


def _parts(organization_id: int, flt: ResponseFilter, of_rows: Callable[[ResponseFilter], tuple[str, list[Any]]],
           *, columns: str, where: str, params: list[Any]) -> _Parts:
    """The rows to sum, as one UNION ALL: segment_activity's (g) of the window's whole hours and the
    matching answers of its partial hours at the edges (`of_rows` of their filters), where the filter
    selects by survey and window alone; else `of_rows` of the whole filter (every matching answer)."""
    window = windows.split(flt, windows.HOUR) if windows.by_survey_and_window(flt) else None
    if window is None:
        sql, row_params = of_rows(flt)
        return _Parts(sql, row_params)
    hours = window.where(organization_id, flt, "g", "hour")
    own_surveys(hours, flt, "s")
    selects = [f"SELECT {columns} FROM segment_activity g JOIN surveys s ON s.id = g.survey_id "
               f"WHERE {hours.sql()} AND {where}"]
    all_params = [*hours.params, *params]
    for edge in window.edges:
        sql, row_params = of_rows(edge)
        selects.append(sql)
        all_params.extend(row_params)
    return _Parts(" UNION ALL ".join(selects), all_params)


def _bounded(limit: int, most: int, field: str) -> int:
    if not 1 <= limit <= most:
        raise ValidationFailed(f"{field} must be between 1 and {most}", field=field)
    return limit
