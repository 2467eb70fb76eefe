"""A window's whole periods and its ragged edges, for the count tables kept by triggers.

survey_activity counts per 15-minute slot, topic_activity and segment_activity per hour. A window
reads the counts of the periods it covers whole, and the rows of the partial periods at its edges
(less than one period each): cost in proportion to the periods, not the answers, and exact."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from core.sql import Where
from surveys.filters import ResponseFilter

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
HOUR = timedelta(hours=1)


@dataclass(frozen=True)
class Split:
    """The whole periods [first, end) of a window (None: unbounded on that side), and the filters of
    the partial periods at its edges."""

    first: int | None
    end: int | None
    edges: list[ResponseFilter]

    def where(self, organization_id: int, flt: ResponseFilter, alias: str, column: str) -> Where:
        """Conditions on a count table `alias` with its period in `column`: the organisation, the
        filter's survey and the whole periods."""
        where = Where()
        where.add(f"{alias}.organization_id = %s", organization_id)
        if flt.survey_id is not None:
            where.add(f"{alias}.survey_id = %s", flt.survey_id)
        if self.first is not None:
            where.add(f"{alias}.{column} >= %s", self.first)
        if self.end is not None:
            where.add(f"{alias}.{column} < %s", self.end)
        return where


def split(flt: ResponseFilter, period: timedelta) -> Split | None:
    """The window of `flt` in whole periods of `period` since the epoch and partial ones; None where it
    is shorter than a period (read the rows)."""
    first = period_at(flt.since, period, up=True) if flt.since else None
    end = period_at(flt.until, period, up=False) if flt.until else None
    if first is not None and end is not None and first >= end:
        return None
    edges = []
    if first is not None and flt.since is not None and aware(flt.since) < EPOCH + first * period:
        edges.append(replace(flt, until=EPOCH + first * period))
    if end is not None and flt.until is not None and aware(flt.until) > EPOCH + end * period:
        edges.append(replace(flt, since=EPOCH + end * period))
    return Split(first, end, edges)


def by_survey_and_window(flt: ResponseFilter) -> bool:
    """Whether the filter selects by survey and window alone, which the hourly counts can answer."""
    return flt == ResponseFilter(survey_id=flt.survey_id, since=flt.since, until=flt.until)


def period_at(moment: datetime, period: timedelta, *, up: bool) -> int:
    """The period (since the epoch) starting at or after `moment` (up), or the one containing it."""
    micros = (aware(moment) - EPOCH) // timedelta(microseconds=1)
    per_period = period // timedelta(microseconds=1)
    return -(-micros // per_period) if up else micros // per_period


def aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
