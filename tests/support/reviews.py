"""Real product reviews (tests/fixtures/analysis/topics_small.csv) stored as answers to a survey."""

from __future__ import annotations

import csv

from surveys.models import Channel, Survey
from surveys.service import Submission, store_response
from tests.support.client import GraphQL
from tests.support.ops import active_survey
from tests.support.paths import TOPICS_SMALL


async def load_reviews(gql: GraphQL, rows: slice = slice(None), survey: Survey | None = None) -> Survey:
    """The reviews in `rows` as imported answers (score 3 for every third, else 9) to `survey`, or
    to a new active NPS survey; returns the survey. Their outbox events wait for a relay."""
    if survey is None:
        created = await active_survey(gql)
        survey = await Survey.get(token=created["token"]).select_related("organization")
    with TOPICS_SMALL.open(encoding="utf-8") as handle:
        reviews = list(enumerate(csv.DictReader(handle)))
    for i, row in reviews[rows]:
        await store_response(survey=survey, submission=Submission(
            token=survey.token, idempotency_key=f"fixture-{i:05d}", score=9 if i % 3 else 3,
            comment=row["review"], channel=Channel.IMPORT))
    return survey
