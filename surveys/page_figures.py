"""The figures of a page of surveys (the surveys list), read together: for each survey what
compute_metrics gives its own filter without a window or an interval, from one query over
survey_activity grouped by survey instead of one query per survey."""

from __future__ import annotations

from collections.abc import Collection

from core.sql import Where, fetch
from surveys import metrics
from surveys.metrics import Counts, Metrics

KEYS = (*metrics.COUNT_KEYS, "displays", "rate_displays")


async def all_time_figures(*, organization_id: int, survey_ids: Collection[int]) -> dict[int, Metrics]:
    """Every survey's all-time figures by its id (zeros for a survey without answers or displays). Like
    compute_metrics with a survey, every survey counts whatever its purpose."""
    ids = list(survey_ids)
    if not ids:
        return {}
    where = Where()
    where.add("a.organization_id = %s", organization_id)
    where.add(f"a.survey_id IN ({', '.join(['%s'] * len(ids))})", *ids)
    rows = await fetch(f"SELECT a.survey_id AS survey_id, {metrics.ACTIVITY_AGGREGATES} FROM survey_activity a "
                       f"JOIN surveys s ON s.id = a.survey_id WHERE {where.sql()} GROUP BY a.survey_id", where.params)
    by_survey = {int(row["survey_id"]): row for row in rows}
    found: dict[int, Metrics] = {}
    for survey_id in ids:
        row = by_survey.get(survey_id, {})
        totals = {key: int(row.get(key) or 0) for key in KEYS}
        counts = Counts(totals, totals.pop("displays"), totals.pop("rate_displays"), {})
        found[survey_id] = metrics.figures_of(counts, by_row=False, series=[])
    return found
