"""The inner loop's queue tasks (the topics that start them: api/wiring.py).

- on "response.submitted": the score rule may open a case (a partial response's score counts),
  and a re-survey answer is attached to its case. Both are idempotent under redelivery.
- on "response.analysed" (written by the analysis with the comment's sentiment, or by a rescoring that
  changed it: `rescored`): the sentiment rule.
"""

from __future__ import annotations

from typing import Any

from actions import cases, resurvey

OPEN_FROM_RESPONSE = "cases.open_from_response"
OPEN_FROM_SENTIMENT = "cases.open_from_sentiment"
ATTACH_RESURVEY = "cases.attach_resurvey"


async def open_from_response(response_id: int, **_: Any) -> None:
    await cases.SCORE_RULE.submit(response_id)


async def open_from_sentiment(response_id: int, sentiment: float | None = None, rescored: bool | None = None,
                              **_: Any) -> None:
    await cases.SENTIMENT_RULE.submit((response_id, sentiment, bool(rescored)))


async def attach_resurvey(response_id: int, **_: Any) -> None:
    await resurvey.attach_answer(response_id=response_id)
