"""When the demo's people work: the PM's action steps and the agents' and CS managers' case steps fall
in the organisation's office hours (OPENS to CLOSES, local time), at times that vary from step to step,
never at the minute the demo was built. Only people's steps move: when respondents answer (and so the
comments the topics are fitted on, and their order) stays as planned whatever the hour of the build.
Deterministic: the times come from the days and the planned instants, not from a random draw (which
would shift every later draw of the demo's seeded generators)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

OPENS, CLOSES = 9, 18  # local hours: [09:00, 18:00)
LATE_START = timedelta(minutes=90)  # work left from outside the hours is taken up within this of opening


def on_day(now: datetime, days_ago: int, zone: ZoneInfo) -> datetime:
    """A time in office hours (by 17:00) on the local day `days_ago` days before now's, varied by the
    day; never after now: today's, when that time has not come yet, is the day before's."""
    day = now.astimezone(zone).date() - timedelta(days=days_ago)
    minutes = (days_ago * 97 + 23) % ((CLOSES - OPENS - 1) * 60)
    at = datetime.combine(day, time(OPENS), tzinfo=zone) + timedelta(minutes=minutes)
    return (at if at <= now else at - timedelta(days=1)).astimezone(now.tzinfo)


def next_open(at: datetime, zone: ZoneInfo) -> datetime:
    """`at` if it is in office hours, else a moment soon after the next opening (a step planned for the
    night is done the next morning): never before `at`, so steps planned in order stay in order."""
    local = at.astimezone(zone)
    if OPENS <= local.hour < CLOSES:
        return at
    day = local.date() + timedelta(days=1 if local.hour >= CLOSES else 0)
    # Spread over the first LATE_START by the planned instant itself: no two night steps at one minute.
    late = timedelta(seconds=int(local.timestamp()) % int(LATE_START.total_seconds()))
    return (datetime.combine(day, time(OPENS), tzinfo=zone) + late).astimezone(at.tzinfo)


def days_in_order(now: datetime, days_ago: Sequence[int], zone: ZoneInfo) -> list[datetime]:
    """on_day for each of one thing's steps, oldest first: each at least a minute after the one before
    (two on one day keep their order), none after now."""
    stamps: list[datetime] = []
    for ago in days_ago:
        at = on_day(now, ago, zone)
        stamps.append(min(max(at, stamps[-1] + timedelta(minutes=1)), now) if stamps else at)
    return stamps
