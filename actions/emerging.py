"""Emerging topics: a live topic whose share of comments grew significantly in the last window
(analysis.insights' two-proportion test against the window before) is announced once, as the
outbox event `topic.emerging` that webhooks deliver. A periodic job looks for them
(VOC_TOPIC_EMERGING_EVERY_SECONDS, api/wiring.py), so a newly activated topic model is covered
within one period.

"Once" is kept by an audit row (subject "topic", kind "emerging") written in the same
transaction as the announcement, under a lock on the topic row on PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tortoise.transactions import in_transaction

from actions import audit
from actions.models import AuditEvent
from analysis.insights import TopicInsight, topic_insights
from analysis.models import ModelStatus, Topic, TopicModelVersion
from core.db import dialect
from core.events import TopicEmerging, emit
from core.formats import utc_iso
from core.settings import Settings
from surveys.filters import ResponseFilter


async def announce_emerging(*, settings: Settings, now: datetime | None = None) -> int:
    """Announce every emerging topic of every active model not announced before; returns how many."""
    now = now or datetime.now(UTC)
    window = timedelta(days=settings.topic_emerging_window_days)
    announced = 0
    for model in await TopicModelVersion.filter(status=ModelStatus.ACTIVE).order_by("id"):
        flt = ResponseFilter(survey_id=model.survey_id, since=now - window, until=now)
        insights, _ = await topic_insights(organization_id=model.organization_id, model=model, flt=flt)
        emerging = [insight for insight in insights if insight.emerging]
        if not emerging:
            continue
        # The window before, for the growth that team alerts show (its share: from what, to what).
        before, _ = await topic_insights(organization_id=model.organization_id, model=model, flt=ResponseFilter(
            survey_id=model.survey_id, since=now - 2 * window, until=now - window))
        shares = {insight.topic.id: insight.share for insight in before}
        for insight in emerging:
            if await _announce(insight, model, flt, previous_share=shares.get(insight.topic.id, 0.0)):
                announced += 1
    return announced


async def _announce(insight: TopicInsight, model: TopicModelVersion, flt: ResponseFilter, *,
                    previous_share: float) -> bool:
    topic = insight.topic
    async with in_transaction():
        query = Topic.filter(id=topic.id, organization_id=model.organization_id)
        if dialect() == "postgres":
            query = query.select_for_update()
        if await query.first() is None:
            return False
        if await AuditEvent.filter(organization_id=model.organization_id, subject="topic", subject_id=topic.id,
                                   kind="emerging").exists():
            return False
        await audit.record(organization_id=model.organization_id, subject="topic", subject_id=topic.id,
                           actor=audit.SYSTEM, kind="emerging", to_value=f"share {insight.share:.4f}")
        await emit(organization_id=model.organization_id, event=TopicEmerging(
            topic_id=topic.id, label=topic.display_label, size=insight.size, share=insight.share,
            survey_id=model.survey_id, model_id=model.id,
            since=utc_iso(flt.since), until=utc_iso(flt.until), previous_share=previous_share))
    return True
