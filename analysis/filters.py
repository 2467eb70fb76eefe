"""Response filters that the analysis domain owns: by topic, by sentiment, by churn intent, and search on
tokens."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from analysis.insights import NEGATIVE, POSITIVE
from analysis.models import Topic
from core.db import dialect
from core.errors import or_not_found
from core.sql import like_escape

Clause = tuple[str, tuple[Any, ...]]


class Sentiment(StrEnum):
    """A comment's analysed sentiment in the bands a topic's sentiment mix counts (analysis.insights)."""

    POSITIVE = "positive"  # above POSITIVE
    NEUTRAL = "neutral"  # from NEGATIVE to POSITIVE, both included
    NEGATIVE = "negative"  # below NEGATIVE


async def topic_clause(*, organization_id: int, topic_id: int) -> Clause:
    """Responses whose comment is in the topic, or in a topic merged into it."""
    topic = or_not_found(await Topic.get_or_none(id=topic_id, organization_id=organization_id), "no such topic",
                         field="filter.topicId")
    ids = [topic.id, *await Topic.filter(merged_into_id=topic.id).values_list("id", flat=True)]
    marks = ", ".join(["%s"] * len(ids))
    return (f"EXISTS (SELECT 1 FROM comment_analyses a WHERE a.response_id = {{alias}}.id "
            f"AND a.topic_id IN ({marks}))", tuple(ids))


def sentiment_clause(sentiment: Sentiment) -> Clause:
    """Responses whose analysed comment has a sentiment in the band; unanalysed ones are in none."""
    condition, values = {
        Sentiment.POSITIVE: ("a.sentiment > %s", (POSITIVE,)),
        Sentiment.NEUTRAL: ("a.sentiment >= %s AND a.sentiment <= %s", (NEGATIVE, POSITIVE)),
        Sentiment.NEGATIVE: ("a.sentiment < %s", (NEGATIVE,)),
    }[sentiment]
    return f"EXISTS (SELECT 1 FROM comment_analyses a WHERE a.response_id = {{alias}}.id AND {condition})", values


def churn_clause(intent: bool) -> Clause:
    """Responses whose analysed comment states (true) or does not state (false) an intent to leave;
    unanalysed ones are in neither, as with sentiment."""
    return ("EXISTS (SELECT 1 FROM comment_analyses a WHERE a.response_id = {alias}.id AND a.churn_intent = %s)",
            (intent,))


def search_clause(query: str) -> Clause:
    """Every token of the query among the comment's tokens; or, before analysis, a substring."""
    from analysis.text.normalize import normalize
    from analysis.text.tokenize import get_tokenizer

    tokens = get_tokenizer().tokens(normalize(query))[:10] or [normalize(query)]
    escaped = like_escape(query)
    if dialect() == "postgres":
        contains = " AND ".join(["a.tokens @> jsonb_build_array(%s::text)"] * len(tokens))
    else:
        contains = " AND ".join(["EXISTS (SELECT 1 FROM json_each(a.tokens) t WHERE t.value = %s)"] * len(tokens))
    clause = (f"({{alias}}.comment LIKE %s ESCAPE '\\' OR EXISTS (SELECT 1 FROM comment_analyses a "
              f"WHERE a.response_id = {{alias}}.id AND {contains}))")
    return clause, (f"%{escaped}%", *tokens)
