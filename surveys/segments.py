"""Segments: NPS per value of one of the answers' attributes (plan, city ...), and which attributes the
answers carry, over the same matching answers as the metrics."""

from __future__ import annotations

from dataclasses import dataclass

from core.db import dialect
from core.errors import ValidationFailed
from core.sql import fetch
from surveys.filters import ResponseFilter, attribute_text, is_attribute_name
from surveys.metrics import Nps, nps_of, rows_source

MAX_SEGMENTS = 50
MAX_ATTRIBUTES = 50

NPS_COUNTS = """
    SUM(CASE WHEN r.nps_category = 'promoter' THEN 1 ELSE 0 END) AS promoters,
    SUM(CASE WHEN r.nps_category = 'passive' THEN 1 ELSE 0 END) AS passives,
    SUM(CASE WHEN r.nps_category = 'detractor' THEN 1 ELSE 0 END) AS detractors
"""


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
    source, params = rows_source(organization_id, flt, join=f"CROSS JOIN {keys} AS k")
    rows = await fetch(f"SELECT {key} AS name, COUNT(*) AS responses {source} "
                       f"GROUP BY {key} ORDER BY responses DESC, name LIMIT {limit}", params)
    return [AttributeCount(name=str(row["name"]), responses=int(row["responses"])) for row in rows]


async def segments(*, organization_id: int, flt: ResponseFilter, attribute: str, limit: int) -> list[Segment]:
    """NPS per value of `attribute` among the matching answers, most answers first (then by value).
    Answers without the attribute belong to no segment. A value reads as the attributes filter compares
    it (`true`, `3`, `pro`), so a segment's answers are those of the filter {attribute: value}."""
    if not is_attribute_name(attribute):
        raise ValidationFailed("attribute must be a name of 1-64 characters without quotes or backslashes",
                               field="attribute")
    limit = _bounded(limit, MAX_SEGMENTS, "first")
    source, params = rows_source(organization_id, flt)
    text, text_params = attribute_text("r", attribute)
    rows = await fetch(f"SELECT {text} AS value, COUNT(*) AS responses, {NPS_COUNTS} {source} AND {text} IS NOT NULL "
                       f"GROUP BY 1 ORDER BY responses DESC, value LIMIT {limit}",
                       [*text_params, *params, *text_params])
    return [Segment(value=str(row["value"]), responses=int(row["responses"]),
                    nps=nps_of({k: int(row[k] or 0) for k in ("promoters", "passives", "detractors")}))
            for row in rows]


def _bounded(limit: int, most: int, field: str) -> int:
    if not 1 <= limit <= most:
        raise ValidationFailed(f"{field} must be between 1 and {most}", field=field)
    return limit
