"""Sentiment models per organisation: the shipped model, or the one adapted to the organisation's
comments in its active org-wide topic fit (`analysis.sentiment.adapt`), stored beside that fit's
topic model under VOC_DATA_DIR and switched on with it.

The topic model version is the unit of versioning: a refit brings a new adapted model (or none,
below VOC_SENTIMENT_ADAPTATION_MIN_COMMENTS comments or with VOC_SENTIMENT_ADAPTATION off:
analysis.topics_store decides), activates it in the
same transaction as its topics, and then rescores the organisation's stored comments, so that
every sentiment figure of an organisation comes from one model, and the loop's sentiment rule sees
the week's comments as rescored (`rescore`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tortoise.transactions import in_transaction

from analysis.model_cache import VersionedCache
from analysis.models import CommentAnalysis, ModelStatus, TopicModelVersion
from analysis.sentiment.model import SentimentModel, get_model
from core.events import ResponseAnalysed, outbox_row
from core.models import OutboxEvent
from surveys.models import Response

log = logging.getLogger("voc.analysis")
SUBDIR = "sentiment"
RESCORE_BATCH = 2000
# A rescored comment answered this recently is put to the loop's sentiment rule again (`rescore`): a
# week, as a team still follows up a complaint of last week, not one of last year.
RULE_LOOKBACK = timedelta(days=7)
# Loaded adapted models, one per organisation, by topic model version; ~6 MB each, the rest
# shared with the shipped model.
_LOADED: VersionedCache[int, SentimentModel] = VersionedCache()


def adapted_version(*, organization_id: int, number: int) -> str:
    """The version recorded on each comment it scores, e.g. ``ngram+lexicon+contrast-20261122/org3-v2``."""
    return f"{get_model().version}/org{organization_id}-v{number}"[:64]


def adapt_for_fit(texts: Sequence[str], *, organization_id: int, number: int,
                  min_comments: int) -> SentimentModel | None:
    """The shipped model adapted to a fit's comments (CPU work, run in a thread); None where fewer
    than `min_comments` of them are left once prepared (blank after normalisation)."""
    from analysis.sentiment.adapt import CannotAdapt, adapt

    version = adapted_version(organization_id=organization_id, number=number)
    try:
        return adapt(get_model(), texts, version=version, min_comments=min_comments).model
    except CannotAdapt as exc:
        log.info("sentiment not adapted for organisation %s: %s", organization_id, exc)
        return None


def save(model: SentimentModel, topic_model_dir: Path) -> None:
    from analysis.sentiment.adapt import save_adapted

    save_adapted(model, topic_model_dir / SUBDIR)


async def model_for(*, organization_id: int) -> SentimentModel:
    """The model that scores an organisation's comments now."""
    version = await TopicModelVersion.get_or_none(
        organization_id=organization_id, survey_id=None, status=ModelStatus.ACTIVE, sentiment_version__isnull=False)
    if version is None:
        return get_model()
    return await _load(version)


def activated(version: TopicModelVersion, adapted: SentimentModel | None) -> SentimentModel:
    """Record in this process the model an org-wide version just switched on (the one it fitted,
    or the shipped one), so that its rescoring and the next comments need not read it back."""
    if adapted is None:
        _LOADED.drop(version.organization_id)
        return get_model()
    _LOADED.put(version.organization_id, version.id, adapted)
    return adapted


async def _load(version: TopicModelVersion) -> SentimentModel:
    return await _LOADED.get(version.organization_id, version.id, lambda: _read(version))


def _read(version: TopicModelVersion) -> SentimentModel:
    from analysis.sentiment.adapt import load_adapted

    try:
        return load_adapted(get_model(), Path(version.path) / SUBDIR)
    except Exception:  # whatever broke the files, comments must still be scored
        # Files gone or damaged, or adapted from a shipped model this release replaced: comments
        # still get a sentiment, from the shipped model (their model_version says so), and the next
        # org-wide fit adapts again.
        log.exception("adapted sentiment model of topic model %s cannot be used", version.id)
        return get_model()


async def rescore(*, organization_id: int, model: SentimentModel, now: datetime | None = None) -> int:
    """Score the organisation's stored comments that another model scored; returns how many.

    A recent comment (answered within RULE_LOOKBACK) whose sentiment changed is "response.analysed"
    again, in the same transaction, so the loop's sentiment rule sees what the figures now show: a
    comment the adapted model finds clearly negative opens its follow-up case as it would have on
    arrival. Older answers are history, as imported ones are: no case with a fresh clock.

    Resumable: a comment already scored by ``model`` is skipped, so a job redelivered halfway on
    picks up where it stopped."""
    since = (now or datetime.now(UTC)) - RULE_LOOKBACK
    done, last_id = 0, 0
    while True:
        rows = await (CommentAnalysis.filter(organization_id=organization_id, id__gt=last_id)
                      .exclude(model_version=model.version).order_by("id").limit(RESCORE_BATCH))
        if not rows:
            return done
        scores = await asyncio.to_thread(model.score_many, [r.normalized for r in rows])
        changed = []
        for row, score in zip(rows, scores, strict=True):
            sentiment = round(float(score), 4) if row.normalized else None
            if sentiment != row.sentiment:
                changed.append(row.response_id)
            row.sentiment, row.model_version = sentiment, model.version
        recent = dict(await Response.filter(id__in=changed, submitted_at__gte=since).values_list("id", "survey_id"))
        async with in_transaction():
            await CommentAnalysis.bulk_update(rows, fields=["sentiment", "model_version"], batch_size=500)
            if recent:
                await OutboxEvent.bulk_create([outbox_row(organization_id=organization_id, event=ResponseAnalysed(
                    response_id=row.response_id, survey_id=recent[row.response_id], sentiment=row.sentiment,
                    rescored=True))
                    for row in rows if row.response_id in recent])
        done += len(rows)
        last_id = rows[-1].id
