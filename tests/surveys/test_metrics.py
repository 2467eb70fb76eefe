"""surveys/metrics.py: NPS with its margin of error, CSAT, CES, the response rate over the channels
that record displays, and the time buckets of a series with their `partial` flag; every number
worked out by hand."""

from __future__ import annotations

import math
import secrets
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from core.models import Organization
from surveys.filters import ResponseFilter
from surveys.metrics import (
    MAX_BUCKETS,
    Ces,
    Csat,
    Interval,
    Nps,
    bucket_days,
    bucket_is_partial,
    bucket_start,
    compute_metrics,
    next_bucket,
    nps_margin,
    nps_of,
    truncate,
)
from surveys.models import Channel, Display, NpsCategory, Response, Survey, SurveyKind, SurveyStatus

SHANGHAI = ZoneInfo("Asia/Shanghai")  # the organisation's time zone (the default)
DAY, WEEK, MONTH = Interval.DAY, Interval.WEEK, Interval.MONTH


def local(day: int, hour: int = 0) -> datetime:
    """A moment of March 2024 in Shanghai."""
    return datetime(2024, 3, day, hour, tzinfo=SHANGHAI)


async def survey_of(org: Organization, kind: SurveyKind) -> Survey:
    return await Survey.create(organization=org, name=kind.value, kind=kind, status=SurveyStatus.ACTIVE,
                               token=secrets.token_urlsafe(12), definition={}, allowed_origins=[])


async def answer(survey: Survey, score: int, *, at: datetime | None = None, channel: Channel = Channel.WIDGET) -> None:
    category = None
    if survey.kind == SurveyKind.NPS:
        category = NpsCategory.PROMOTER if score >= 9 else NpsCategory.PASSIVE if score >= 7 else NpsCategory.DETRACTOR
    await Response.create(organization_id=survey.organization_id, survey=survey, idempotency_key=secrets.token_hex(8),
                          payload_hash="h", score=score, nps_category=category, channel=channel,
                          submitted_at=at or datetime.now(UTC))


async def shown(survey: Survey, times: int, channel: Channel) -> None:
    for _ in range(times):
        await Display.create(organization_id=survey.organization_id, survey=survey, channel=channel)


# --- the formulas -------------------------------------------------------------------------------


def test_nps_is_promoters_minus_detractors_with_a_95_percent_margin() -> None:
    # NPS 30. The margin's shares take one pseudo-answer per category: p = 6/13, d = 3/13; variance
    # p + d - (p - d)^2 = 9/13 - 9/169 = 0.63905; margin 100 * 1.959964 * sqrt(0.63905 / 10) (the real n).
    assert nps_of({"promoters": 5, "passives": 3, "detractors": 2}) == Nps(30.0, 5, 3, 2, 49.5469)
    # p = 5/7, d = 1/7: variance 6/7 - 16/49 = 0.53061; margin 100 * 1.959964 * sqrt(0.53061 / 4).
    assert nps_of({"promoters": 4, "passives": 0, "detractors": 0}) == Nps(100.0, 4, 0, 0, 71.385)
    assert nps_of({"promoters": 0, "passives": 1, "detractors": 3}) == Nps(-75.0, 0, 1, 3, 71.385)
    assert nps_of({"promoters": 0, "passives": 0, "detractors": 0}) is None


def test_a_small_sample_gets_a_wide_margin_never_zero() -> None:
    # One promoter: the normal approximation's variance is 0 ("100 ± 0"); with the pseudo-answers,
    # p = 2/4, d = 1/4: variance 0.6875, margin 100 * 1.959964 * sqrt(0.6875) = 162.5.
    one = nps_of({"promoters": 1, "passives": 0, "detractors": 0})
    assert one is not None and one.score == 100.0 and one.margin_of_error == 162.5116
    for n in (1, 2, 3):
        for counts in ((n, 0, 0), (0, n, 0), (0, 0, n)):
            assert nps_margin(*counts) > 50, counts
    # Fewer answers, wider margin.
    assert nps_margin(1, 0, 0) > nps_margin(2, 0, 0) > nps_margin(3, 0, 0) > nps_margin(30, 0, 0) > 0


def test_a_large_sample_keeps_the_normal_approximation_margin() -> None:
    def normal(promoters: int, passives: int, detractors: int) -> float:
        n = promoters + passives + detractors
        p, d = promoters / n, detractors / n
        return 100 * 1.959964 * math.sqrt((p + d - (p - d) ** 2) / n)

    for counts in ((500, 300, 200), (120, 50, 30), (60, 25, 15), (10, 80, 110), (900, 50, 50)):
        assert abs(nps_margin(*counts) - normal(*counts)) < 0.5, counts
    assert nps_margin(2, 2, 2) == round(normal(2, 2, 2), 4)  # shares already a third each: unchanged


def test_buckets_start_on_the_day_the_monday_or_the_first_of_the_month() -> None:
    wednesday = date(2024, 3, 6)
    assert [truncate(wednesday, i) for i in (DAY, WEEK, MONTH)] == [wednesday, date(2024, 3, 4), date(2024, 3, 1)]
    assert next_bucket(date(2024, 3, 4), WEEK) == date(2024, 3, 11)
    assert next_bucket(date(2024, 2, 1), MONTH) == date(2024, 3, 1)
    assert next_bucket(date(2024, 12, 1), MONTH) == date(2025, 1, 1)
    assert next_bucket(date(2024, 2, 29), DAY) == date(2024, 3, 1)


def test_a_series_covers_its_whole_window_or_its_data() -> None:
    days = bucket_days([], zone=SHANGHAI, interval=DAY, since=local(4, 6), until=local(6, 12))
    assert days == [date(2024, 3, 4), date(2024, 3, 5), date(2024, 3, 6)]
    # An end at local midnight closes the day before it.
    assert bucket_days([], zone=SHANGHAI, interval=DAY, since=local(4), until=local(6))[-1] == date(2024, 3, 5)
    # Without a window: from the first to the last bucket with data, the empty ones between included.
    present = [date(2024, 3, 25), date(2024, 3, 4)]
    assert bucket_days(present, zone=SHANGHAI, interval=WEEK, since=None, until=None) == [
        date(2024, 3, 4), date(2024, 3, 11), date(2024, 3, 18), date(2024, 3, 25)]
    assert bucket_days([], zone=SHANGHAI, interval=DAY, since=local(4), until=None) == []
    decades = bucket_days([], zone=SHANGHAI, interval=DAY, since=local(1), until=local(1) + timedelta(days=9000))
    assert len(decades) == MAX_BUCKETS


def test_a_bucket_is_partial_when_cut_off_by_the_window_or_by_now() -> None:
    now = local(20, 15)
    start = bucket_start(date(2024, 3, 5), SHANGHAI)
    assert start == local(5)
    assert not bucket_is_partial(start, interval=DAY, since=local(5), until=local(6), now=now)
    assert bucket_is_partial(start, interval=DAY, since=local(5, 1), until=None, now=now)  # starts late
    assert bucket_is_partial(start, interval=DAY, since=None, until=local(5, 23), now=now)  # ends early
    today = bucket_start(date(2024, 3, 20), SHANGHAI)
    assert bucket_is_partial(today, interval=DAY, since=None, until=None, now=now)  # still filling
    assert not bucket_is_partial(today, interval=DAY, since=None, until=None, now=local(21))
    week = bucket_start(date(2024, 3, 18), SHANGHAI)
    assert bucket_is_partial(week, interval=WEEK, since=None, until=local(25), now=now)  # the week is not over
    assert not bucket_is_partial(week, interval=WEEK, since=None, until=local(25), now=local(25))


# --- over stored answers ------------------------------------------------------------------------


async def test_nps_csat_ces_and_the_response_rate_over_display_channels(org: Organization) -> None:
    started = datetime.now(UTC)
    nps, csat, ces = [await survey_of(org, kind) for kind in (SurveyKind.NPS, SurveyKind.CSAT, SurveyKind.CES)]
    for score, channel in [(10, Channel.WIDGET), (9, Channel.WIDGET), (3, Channel.WIDGET), (7, Channel.LINK),
                           (0, Channel.IMPORT), (8, Channel.API)]:
        await answer(nps, score, channel=channel)
    await shown(nps, 6, Channel.WIDGET)
    await shown(nps, 2, Channel.LINK)
    await shown(nps, 2, Channel.API)
    for score in (5, 4, 3, 1):
        await answer(csat, score)
    for score in (2, 3, 7):
        await answer(ces, score)

    of_nps = await compute_metrics(organization_id=org.id, timezone="Asia/Shanghai",
                                   flt=ResponseFilter(survey_id=nps.id), interval=None)
    assert (of_nps.responses, of_nps.displays) == (6, 10)
    # Answers through the widget and links (4) over displays through them (8): imports and API calls
    # show nothing first, so they count on neither side.
    assert of_nps.response_rate == 0.5
    # 2 promoters, 2 passives, 2 detractors: NPS 0, margin 100 * 1.959964 * sqrt((2/3) / 6) (the pseudo-answers
    # leave shares of a third each as they are).
    assert of_nps.nps == Nps(0.0, 2, 2, 2, 65.3321)
    assert (of_nps.csat, of_nps.ces, of_nps.series) == (None, None, [])

    everything = await compute_metrics(organization_id=org.id, timezone="Asia/Shanghai", flt=ResponseFilter(),
                                       interval=None)
    assert everything.responses == 13
    assert everything.csat == Csat(score=50.0, satisfied=2, responses=4)  # 4 and 5 are satisfied
    assert everything.ces == Ces(average=4.0, responses=3)
    assert everything.nps == of_nps.nps
    assert everything.response_rate == round(11 / 8, 4)  # the CSAT and CES answers came by widget, unshown
    # The same figures counted from the rows (a window shorter than the 15-minute slots of survey_activity).
    recent = ResponseFilter(since=started - timedelta(minutes=5), until=started + timedelta(minutes=5))
    by_rows = await compute_metrics(organization_id=org.id, timezone="Asia/Shanghai", flt=recent, interval=None)
    assert by_rows == everything

    # A filter on the answers' own values has no like denominator among displays.
    detractors = await compute_metrics(organization_id=org.id, timezone="Asia/Shanghai", interval=None,
                                       flt=ResponseFilter(survey_id=nps.id, nps_category=NpsCategory.DETRACTOR))
    assert (detractors.responses, detractors.response_rate) == (2, None)
    assert detractors.nps == Nps(-100.0, 0, 0, 2, 110.8723)  # two answers: a wide margin (nps_margin)
    answered = await compute_metrics(organization_id=org.id, timezone="Asia/Shanghai", interval=None,
                                     flt=ResponseFilter(completed=True))
    assert (answered.response_rate, answered.nps, answered.csat, answered.ces) == (
        None, everything.nps, everything.csat, everything.ces)
    unseen = await compute_metrics(organization_id=org.id, timezone="Asia/Shanghai", interval=None,
                                   flt=ResponseFilter(survey_id=csat.id))
    assert (unseen.displays, unseen.response_rate, unseen.nps) == (0, None, None)


async def test_a_series_buckets_by_local_day_and_marks_the_cut_off_ends(org: Organization) -> None:
    survey = await survey_of(org, SurveyKind.NPS)
    await answer(survey, 10, at=local(4, 8))
    await answer(survey, 0, at=local(5, 0))  # local midnight: the 5th, though still the 4th in UTC
    await answer(survey, 9, at=local(5, 23))
    await answer(survey, 9, at=local(6, 13))  # after the window
    series = (await compute_metrics(organization_id=org.id, timezone="Asia/Shanghai", interval=DAY,
                                    flt=ResponseFilter(survey_id=survey.id, since=local(4, 6), until=local(6, 12)))).series
    assert [(p.bucket_start, p.responses, p.nps, p.partial) for p in series] == [
        (local(4), 1, 100.0, True),  # the window starts at 06:00
        (local(5), 2, 0.0, False),
        (local(6), 0, None, True),  # and ends at noon
    ]
