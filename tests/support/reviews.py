"""Real product reviews (tests/fixtures/analysis/topics_small.csv) stored as answers to a survey."""

from __future__ import annotations

from surveys.models import Channel, Survey
from surveys.service import Submission, store_response
from tests.support.client import GraphQL
from tests.support.corpus import topics_small
from tests.support.ops import active_survey


async def load_reviews(gql: GraphQL, rows: slice = slice(None), survey: Survey | None = None) -> Survey:
    """The reviews in `rows` as imported answers (score 3 for every third, else 9) to `survey`, or
    to a new active NPS survey; returns the survey. Their outbox events wait for a relay."""
    if survey is None:
        created = await active_survey(gql)
        survey = await Survey.get(token=created["token"]).select_related("organization")
    for i, review in list(enumerate(topics_small()[0]))[rows]:
        await store_response(survey=survey, submission=Submission(
            token=survey.token, idempotency_key=f"fixture-{i:05d}", score=9 if i % 3 else 3,
            comment=review, channel=Channel.IMPORT))
    return survey
