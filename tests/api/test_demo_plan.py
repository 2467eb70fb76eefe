"""The demo's topics must not depend on the hour it is built: the fit reads the organisation's comments
in the order they were stored (analysis.topics_store.fit_and_activate, by response id), so which
answers the demo replays, their texts and their order must be the same whatever `now` is. A clean
clone built at 18:05 UTC once fitted other topics than at 17:00 (the fix's shipping instant had moved
with the time of day, and with it which comments came before it)."""

from __future__ import annotations

import csv
import itertools
import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from api.demo import office, scenario
from core.models import Organization
from surveys.models import Response

# Midnight, office hours and evening UTC, on a weekday and a weekend, in winter and in summer.
NOWS = [datetime(2026, 12, 7, 0, 30, tzinfo=UTC), datetime(2026, 12, 7, 9, 0, tzinfo=UTC),
        datetime(2026, 12, 7, 18, 5, tzinfo=UTC), datetime(2026, 12, 12, 23, 50, tzinfo=UTC),
        datetime(2027, 6, 20, 4, 17, 33, 123456, tzinfo=UTC)]


def rows() -> list[tuple[bool, str]]:
    with scenario.REVIEWS.open(encoding="utf-8") as handle:
        return [(row["label"] == "1", row["review"]) for row in csv.DictReader(handle)]


def planned(now: datetime) -> list[scenario.Answer]:
    """The answers as scenario.build replays them."""
    return scenario.close_gap(scenario.plan_answers(rows(), now, random.Random(42)), now)


def fitted_texts(now: datetime) -> list[str]:
    """What the replay stores, in order: the texts of the planned answers before `now`."""
    return [str(a.text) for a in planned(now) if a.at < now]  # all have one ("None" would not match)


def test_the_answers_and_their_order_do_not_depend_on_the_hour() -> None:
    first = fitted_texts(NOWS[0])
    assert len(first) == len(rows())
    assert all(fitted_texts(now) == first for now in NOWS[1:])
    # The plan itself is the same relative to now: each answer as long before it, live or imported.
    def plan(now: datetime) -> list[tuple[timedelta, str | None, bool]]:
        return [(now - a.at, a.text, a.live) for a in scenario.plan_answers(rows(), now, random.Random(42))]

    assert all(plan(now) == plan(NOWS[0]) for now in NOWS[1:])


def test_the_history_reaches_the_widget_answers_without_reordering_them() -> None:
    now = NOWS[2]
    plan, closed = scenario.plan_answers(rows(), now, random.Random(42)), planned(now)
    assert [(a.text, a.live) for a in closed] == [(a.text, a.live) for a in plan]
    assert all(a.at <= b.at for a, b in itertools.pairwise(closed))
    # The slow-delivery complaints moved before the fix stay before it, and none comes after it.
    shipped = now - timedelta(days=scenario.SHIPPED_AGO)
    assert [a.at > shipped for a in closed] == [a.at > shipped for a in plan]
    # plan_answers leaves a day without answers between the imported and the widget's; no longer.
    def longest_pause(answers: list[scenario.Answer]) -> timedelta:
        return max(b.at - a.at for a, b in itertools.pairwise(answers))

    assert longest_pause(plan) > timedelta(days=1) > timedelta(hours=16) > longest_pause(closed)
    assert max(a.at for a in closed if not a.live) <= now - timedelta(days=scenario.LIVE_DAYS)


def test_the_answers_before_the_live_ones_have_no_comment() -> None:
    now = NOWS[2]
    early = scenario.plan_early(now, random.Random(scenario.EARLY_SEED))
    assert early == scenario.plan_early(now, random.Random(scenario.EARLY_SEED))
    assert all(a.text is None and a.live for a in early)  # no comment: nothing more to fit topics on
    first_live = min(a.at for a in planned(now) if a.live)
    assert now - timedelta(days=scenario.EARLY_DAYS[0]) <= early[0].at and early[-1].at < first_live


@pytest.mark.parametrize("now", NOWS, ids=str)
def test_people_work_in_office_hours_in_order_and_never_after_now(now: datetime) -> None:
    zone = ZoneInfo("Asia/Shanghai")
    stamps = office.days_in_order(now, [44, 42, 40, 39, 26, 5, 5, 1, 0, 0], zone)
    assert all(a < b for a, b in itertools.pairwise(stamps[:-1])) and stamps[-2] <= stamps[-1] <= now
    days = stamps[:-1]  # the last may be clamped to now (after the one before on the same day)
    assert all(office.OPENS <= s.astimezone(zone).hour < office.CLOSES for s in days)
    today = office.on_day(now, 0, zone)
    assert today <= now and office.OPENS <= today.astimezone(zone).hour < office.CLOSES
    assert now - today < timedelta(days=1)
    assert len({s.astimezone(zone).time() for s in days}) > len(days) // 2  # not all at one time of day
    assert [s.astimezone(zone).date() for s in stamps[:5]] == [
        now.astimezone(zone).date() - timedelta(days=d) for d in (44, 42, 40, 39, 26)]
    for hours in range(0, 48, 1):
        planned_at = now + timedelta(hours=hours, minutes=7 * hours)
        done = office.next_open(planned_at, zone)
        assert planned_at <= done < planned_at + timedelta(hours=17)
        assert office.OPENS <= done.astimezone(zone).hour < office.CLOSES


class Fitted(Exception):
    """Stops the build where the topics would be fitted, with what the fit would read."""

    def __init__(self, texts: list[str]) -> None:
        super().__init__("fitted")
        self.texts = texts


async def replayed_comments(now: datetime) -> list[str]:
    async def fit(organization: Organization) -> None:
        # The fit's own query (analysis.topics_store.fit_and_activate): the comments by response id.
        texts = await Response.filter(organization_id=organization.id, comment__isnull=False).order_by(
            "id").values_list("comment", flat=True)
        raise Fitted([str(t) for t in texts])

    async def drain() -> None:
        return None

    with pytest.raises(Fitted) as stopped:
        await scenario.build(now=now, fit=fit, drain=drain)
    return stopped.value.texts


@pytest.mark.parametrize("now", [NOWS[0], NOWS[2]], ids=["00:30", "18:05"])
async def test_the_replay_stores_the_same_comments_in_the_same_order_at_any_hour(orm: None, now: datetime) -> None:
    assert await replayed_comments(now) == fitted_texts(NOWS[1])
