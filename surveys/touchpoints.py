"""NPS, CSAT and CES per touchpoint (the customer-journey moment a survey asks about), side by side,
over the same matching answers as the metrics."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.errors import ValidationFailed
from core.sql import fetch
from surveys import metrics, windows
from surveys.filters import ResponseFilter
from surveys.metrics import Ces, Csat, Nps

MAX_TOUCHPOINTS = 50


@dataclass(frozen=True)
class TouchpointFigures:
    touchpoint: str | None  # None: the surveys without one
    responses: int
    nps: Nps | None
    csat: Csat | None
    ces: Ces | None


async def touchpoint_figures(*, organization_id: int, flt: ResponseFilter, limit: int) -> list[TouchpointFigures]:
    """The figures per touchpoint of the matching answers' surveys, most answers first (then by name,
    the surveys without a touchpoint last among equals)."""
    if not 1 <= limit <= MAX_TOUCHPOINTS:
        raise ValidationFailed(f"first must be between 1 and {MAX_TOUCHPOINTS}", field="first")
    counts: dict[str | None, dict[str, int]] = {}
    for touchpoint, row in await _counts(organization_id, flt):
        mine = counts.setdefault(touchpoint, dict.fromkeys(metrics.COUNT_KEYS, 0))
        for key in metrics.COUNT_KEYS:
            mine[key] += int(row[key] or 0)
    ranked = sorted((item for item in counts.items() if item[1]["responses"]),
                    key=lambda item: (-item[1]["responses"], item[0] is None, item[0] or ""))
    return [TouchpointFigures(touchpoint=touchpoint, responses=c["responses"], nps=metrics.nps_of(c),
                              csat=metrics.csat_of(c), ces=metrics.ces_of(c)) for touchpoint, c in ranked[:limit]]


async def _counts(organization_id: int, flt: ResponseFilter) -> list[tuple[str | None, dict[str, Any]]]:
    """Rows of counts per touchpoint: survey_activity's whole slots and the edges' answers where the
    filter allows (as `metrics` reads them), else every matching answer."""
    window = None if metrics.selects_by_row(flt) else windows.split(flt, metrics.SLOT)
    if window is None:
        return await _from_rows(organization_id, flt)
    where = window.where(organization_id, flt, "a", "slot")
    metrics.own_surveys(where, flt, "s")
    if flt.channel is not None:
        where.add("a.channel = %s", flt.channel.value)
    rows = await fetch(f"SELECT s.touchpoint AS touchpoint, {metrics.ACTIVITY_AGGREGATES} FROM survey_activity a "
                       f"JOIN surveys s ON s.id = a.survey_id WHERE {where.sql()} GROUP BY s.touchpoint", where.params)
    found = [(row["touchpoint"], row) for row in rows]
    for edge in window.edges:
        found += await _from_rows(organization_id, edge)
    return found


async def _from_rows(organization_id: int, flt: ResponseFilter) -> list[tuple[str | None, dict[str, Any]]]:
    source, params = metrics.rows_source(organization_id, flt)
    rows = await fetch(f"SELECT s.touchpoint AS touchpoint, {metrics.AGGREGATES} {source} GROUP BY s.touchpoint",
                       params)
    return [(row["touchpoint"], row) for row in rows]
