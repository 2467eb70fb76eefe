"""The response filters the analysis domain owns, through the listing every reader uses: sentiment bands."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from analysis.filters import Sentiment, sentiment_clause
from core.models import Organization
from surveys.filters import ResponseFilter
from surveys.listing import list_responses
from tests.support.analysed import comment, nps_survey

AT = datetime(2025, 3, 1, tzinfo=UTC)


async def test_sentiment_bands_split_the_analysed_comments(org: Organization) -> None:
    survey = await nps_survey(org)
    made = {}
    for i, value in enumerate((-0.9, -0.2, 0.0, 0.2, 0.5, None)):
        made[value] = (await comment(survey, topic=None, at=AT + timedelta(minutes=i), sentiment=value)).id
    unanalysed = await comment(survey, topic=None, at=AT, analysed=False)

    async def band(sentiment: Sentiment) -> set[int]:
        flt = ResponseFilter(extra=(sentiment_clause(sentiment),))
        page = await list_responses(organization_id=org.id, flt=flt, first=50, after=None)
        return {r.id for r in page.items}

    assert await band(Sentiment.NEGATIVE) == {made[-0.9]}
    assert await band(Sentiment.NEUTRAL) == {made[-0.2], made[0.0], made[0.2]}
    assert await band(Sentiment.POSITIVE) == {made[0.5]}
    everything = await band(Sentiment.NEGATIVE) | await band(Sentiment.NEUTRAL) | await band(Sentiment.POSITIVE)
    assert made[None] not in everything and unanalysed.id not in everything
