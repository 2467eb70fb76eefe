"""Topic, analysis job and comment analysis types."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

import strawberry
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from analysis import filters as analysis_filters
from analysis import insights, topics_store
from analysis.models import AnalysisJob, CommentAnalysis, ModelStatus, Topic
from api.context import Context, shared
from api.errors import UserError, api_errors
from api.ids import encode_id
from api.relay import Connection, Node, node_by_id, register_node
from api.surveys.inputs import ResponseFilterInput
from api.surveys.types import ResponseType, response_connection
from surveys import windows
from surveys.filters import ResponseFilter
from surveys.metrics import Interval, bucket_is_partial


@dataclass(frozen=True)
class Window:
    """The answers a topic's figures are over: a survey, a period and the `filter` of `topics` and
    `topic` (account band, plan ...), which api.surveys.inputs.response_filter made as for metrics."""

    survey_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None
    # Left out of the hash (its attributes are a dict) but compared: a window is a key of the
    # request's cache, and two windows that differ only here must not share figures.
    matching: ResponseFilter = field(default_factory=ResponseFilter, hash=False)

    def filter(self) -> ResponseFilter:
        return replace(self.matching, survey_id=self.survey_id, since=self.since, until=self.until)

    def narrowed(self) -> bool:
        """Whether anything besides survey and period selects the answers."""
        return not windows.by_survey_and_window(self.filter())


@strawberry.type
class Keyword:
    word: str
    weight: float


@strawberry.type(description=(
    "A reason for a topic's generated label: a phrase or aspect of the topic's comments (an aspect with the "
    "opinion they agree on, e.g. 配送慢, or an aspect alone when they disagree), with how many of the topic's "
    "comments contain it and how specific it is to the topic."))
class LabelTerm:
    term: str
    coverage: float = strawberry.field(description="Fraction 0..1 of the topic's comments that contain it (the "
                                                   "fit's sample of at most 300 per topic).")
    lift: float = strawberry.field(description="How many times more often the topic's comments contain it than "
                                               "the other comments.")
    in_label: bool = strawberry.field(description="Part of the generated label; the others are the next best "
                                                  "candidates, best first.")


@strawberry.type
class SentimentMix:
    positive: float
    neutral: float
    negative: float


@strawberry.type(description="One bucket of a topic's trend, in the organisation's time zone.")
class TopicPoint:
    bucket_start: datetime = strawberry.field(description="Local midnight starting the day, week (Monday) or month.")
    count: int = strawberry.field(description="The topic's analysed comments submitted in the bucket.")
    partial: bool = strawberry.field(description=(
        "True when the bucket covers less than its whole interval: it ends after now or after the window's "
        "`to` (the last bucket, still filling or cut off), or starts before the window's `from` (the first). "
        "Its count is not comparable with a whole bucket's."))


@strawberry.type(name="Topic")
class TopicType(Node):
    label: str = strawberry.field(description=(
        "Readable Chinese; a product manager's name when renamed. The topic's id stays the same across refits "
        "while the topic is recognisably the same (most of its comments land in one topic of the new version)."))
    generated_label: str = strawberry.field(description=(
        "The label the latest fit made: an aspect with the opinion the topic's comments agree on (配送慢), or the "
        "aspect alone when their polarity is mixed (配送); `labelTerms` says why."))
    keywords: list[Keyword] = strawberry.field(description="The topic's c-TF-IDF words, best first.")
    label_terms: list[LabelTerm] = strawberry.field(description=(
        "Why the generated label reads as it does: its phrases first, then the next best candidates. Empty for "
        "a topic fitted before phrase labels."))
    size: int
    share: float = strawberry.field(description="Fraction 0..1 of the analysed comments in the window that are in "
                                               "this topic.")
    nps: float | None = strawberry.field(description="NPS of the responses in this topic.")
    nps_impact: float | None = strawberry.field(description="Overall NPS minus NPS without this topic's responses.")
    sentiment: SentimentMix
    emerging: bool = strawberry.field(description="Significant growth of share against the previous window.")
    retired: bool = strawberry.field(description=(
        "A refit did not find this topic again: it is not in the active model version, and its comments went to "
        "its `successors`. Still readable by id, so links and bookmarks never dangle."))
    _topic: strawberry.Private[Topic]
    _window: strawberry.Private[Window]

    @classmethod
    def of(cls, insight: insights.TopicInsight, window: Window) -> TopicType:
        t = insight.topic
        return cls(
            id=strawberry.ID(encode_id("Topic", t.id)), label=t.display_label, generated_label=t.label,
            keywords=[Keyword(word=w, weight=s) for w, s in t.keyword_pairs],
            label_terms=[LabelTerm(term=str(e.get("label_term", "")), coverage=float(e.get("coverage", 0.0)),
                                   lift=float(e.get("lift", 0.0)), in_label=bool(e.get("in_label", False)))
                         for e in t.label_terms],
            size=insight.size, share=insight.share, nps=insight.nps, nps_impact=insight.nps_impact,
            sentiment=SentimentMix(positive=insight.positive, neutral=insight.neutral, negative=insight.negative),
            emerging=insight.emerging, retired=t.retired_at is not None, _topic=t, _window=window,
        )

    @strawberry.field(description=(
        "Where a retired topic's comments went in the refit that retired it, largest share first (each "
        "followed to the topic it was merged into); empty for a live topic."))
    async def successors(self, info: Info[Context, Any]) -> list[TopicType]:
        context, organization_id = info.context, self._topic.organization_id
        found = await context.loaders.topic_successors.load((organization_id, self._topic.id))
        return [await topic_type(await live_topic(context, topic), cache=context.cache) for topic in found]

    @strawberry.field(description=(
        "The topic a person merged this one into, followed to the one it lives in now (its comments are "
        "there); null for a topic that was not merged."))
    async def merged_into(self, info: Info[Context, Any]) -> TopicType | None:
        if self._topic.merged_into_id is None:
            return None
        return await topic_type(await live_topic(info.context, self._topic), cache=info.context.cache)

    @strawberry.field(description=(
        "Comments in the topic per bucket of the window. Continuous across refits: a topic that a refit finds "
        "again keeps its id, and its comments are counted whichever version assigned them."))
    async def trend(self, info: Info[Context, Any], interval: Interval | None = None) -> list[TopicPoint]:
        interval = interval or Interval.WEEK
        points, now = await _trends(info.context, self._window, interval), datetime.now(UTC)
        return [TopicPoint(bucket_start=at, count=n, partial=bucket_is_partial(
            at, interval=interval, since=self._window.since, until=self._window.until, now=now))
            for at, n in points.get(self._topic.id, [])]

    @strawberry.field(description=(
        "The comments most typical of the topic, as the respondents wrote them (normalised text is for matching): "
        "the topic's own, whatever the period or `filter`."))
    async def representative_comments(self, info: Info[Context, Any], limit: int = 5) -> list[str]:
        return await info.context.loaders.representative_comments.load(
            (self._topic.organization_id, (self._topic.id, max(1, min(limit, 20)))))

    @strawberry.field(description=(
        "The topic's answers in the survey, newest first, over all time (not the period); with the `filter` "
        "of `topics` or `topic`, those that match it."))
    @api_errors
    async def responses(
        self, info: Info[Context, Any], first: int | None = None, after: str | None = None
    ) -> Connection[ResponseType]:
        topic, survey_id = self._topic, self._window.survey_id
        if self._window.narrowed():
            # The hours topic_activity points at hold the topic's newest answers, not the newest that
            # match: the page is read from the rows.
            in_topic = await analysis_filters.topic_clause(organization_id=topic.organization_id, topic_id=topic.id)
            matching = self._window.filter()
            return await response_connection(info.context, first=first, after=after, matching=replace(
                matching, since=None, until=None, extra=(*matching.extra, in_topic)))

        async def page_within(size: int, cursor: tuple[datetime, int] | None) -> list[tuple[datetime, datetime]] | None:
            return await insights.newest_comment_hours(
                organization_id=topic.organization_id, topic_id=topic.id, survey_id=survey_id,
                before=cursor[0] if cursor else None, needed=size + 1)

        return await response_connection(
            info.context, survey_pk=survey_id,
            flt=ResponseFilterInput(topic_id=strawberry.ID(encode_id("Topic", topic.id))),
            first=first, after=after, page_within=page_within,
        )


async def _trends(context: Context, window: Window, interval: Interval) -> dict[int, list[Any]]:
    """Every topic's trend in one query per request, window and interval."""
    return await shared(context.cache, ("trends", window, interval), lambda: insights.topic_trends(
        organization_id=context.organization_id, flt=window.filter(), timezone=context.organization.timezone,
        interval=interval))


async def live_topic(context: Context, topic: Topic) -> Topic:
    """The topic, followed to the topic it was merged into (and that one's, ...)."""
    while topic.merged_into_id is not None:
        merged_into = await context.loaders.topic_by_id.load((topic.organization_id, topic.merged_into_id))
        if merged_into is None:
            break
        topic = merged_into
    return topic


async def topic_type(topic: Topic, window: Window | None = None, cache: dict[Any, Any] | None = None) -> TopicType:
    """A topic outside a `topics` list (node, rename, merge, an analysis): insights over all time.

    `cache` (the request's) computes a model's insights once however many rows point at its topics.
    """
    window = window or Window()
    key = ("insights", topic.model_id, window)

    async def compute() -> list[insights.TopicInsight]:
        model = await topics_store.model_version(organization_id=topic.organization_id, model_id=topic.model_id)
        if model is None:
            return []
        computed, _ = await insights.topic_insights(organization_id=topic.organization_id, model=model,
                                                    flt=window.filter())
        return computed

    found = await shared({} if cache is None else cache, key, compute)
    match = next((i for i in found if i.topic.id == topic.id), None)
    if match is None:  # merged away: report it with the numbers of nothing
        match = insights.TopicInsight(topic=topic, size=0, share=0.0, nps=None, nps_impact=None, positive=0.0,
                                      neutral=0.0, negative=0.0, emerging=False)
    return TopicType.of(match, window)


@strawberry.type(name="AnalysisJob")
class AnalysisJobType(Node):
    kind: str
    status: str
    progress: float
    stage: str | None
    error: str | None
    created_at: datetime
    finished_at: datetime | None

    @classmethod
    def of(cls, job: AnalysisJob) -> AnalysisJobType:
        return cls(id=strawberry.ID(encode_id("AnalysisJob", job.id)), kind=job.kind, status=job.status.value.upper(),
                   progress=job.progress, stage=job.stage, error=job.error, created_at=job.created_at,
                   finished_at=job.finished_at)


@strawberry.type(name="TopicModelVersion", description="One fit of a topic model (topics keep their ids across fits).")
class TopicModelVersionType:
    version: int = strawberry.field(description="1, 2, ... within its scope (the organisation, or one survey).")
    active: bool = strawberry.field(description="The version whose topics `topics` lists now.")
    survey_id: strawberry.ID | None = strawberry.field(description=(
        "The survey it was fitted on alone; null for the organisation-wide model."))
    fitted_at: datetime
    comments: int = strawberry.field(description="Comments it was fitted on.")
    topic_count: int = strawberry.field(description=(
        "Its topics as they stand now: a topic merged into another counts in that one."))
    outlier_share: float = strawberry.field(description="Fraction 0..1 of the comments it left out of every topic.")

    @classmethod
    def of(cls, summary: topics_store.VersionSummary) -> TopicModelVersionType:
        v = summary.version
        return cls(version=v.version, active=v.status == ModelStatus.ACTIVE,
                   survey_id=strawberry.ID(encode_id("Survey", v.survey_id)) if v.survey_id else None,
                   fitted_at=v.created_at, comments=v.documents, topic_count=summary.topics,
                   outlier_share=v.outlier_share)


@strawberry.type(name="CommentAnalysis")
class CommentAnalysisType:
    normalized: str
    tokens: list[str]
    keywords: list[str]
    sentiment: float | None = strawberry.field(description="-1 (negative) .. 1 (positive)")
    topic_probability: float | None
    model_version: str
    churn_intent: bool = strawberry.field(description=(
        "流失意向 / churn intent: the comment states that the customer leaves: will not renew or buy again, "
        "cancels, unsubscribes, uninstalls, switches to a competitor, or asks for a refund. Negated (不会退订) and "
        "merely threatened intent (要是再这样就退订) are false. Lexicon rules; see README 'Churn intent'."))
    _row: strawberry.Private[CommentAnalysis]

    @classmethod
    def of(cls, row: CommentAnalysis) -> CommentAnalysisType:
        return cls(normalized=row.normalized, tokens=list(row.tokens), keywords=list(row.keywords),
                   sentiment=row.sentiment, topic_probability=row.topic_probability,
                   model_version=row.model_version, churn_intent=row.churn_intent, _row=row)

    @strawberry.field
    async def topic(self, info: Info[Context, Any]) -> TopicType | None:
        context = info.context
        topic = await context.loaders.topic_by_id.find(self._row.organization_id, self._row.topic_id)
        return await topic_type(await live_topic(context, topic), cache=context.cache) if topic else None


ResponseType.analysis_type = CommentAnalysisType.of  # see ResponseType.analysis_type


@strawberry.type
class AnalysisJobPayload:
    job: AnalysisJobType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class TopicPayload:
    topic: TopicType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@register_node("Topic")
async def _topic_node(context: Context, pk: int) -> TopicType | None:
    topic = await context.loaders.topic_by_id.find(context.organization_id, pk)
    return await topic_type(topic) if topic else None


node_by_id("AnalysisJob", lambda loaders: loaders.job_by_id, AnalysisJobType.of)


@strawberry.type(name="Vocabulary")
class VocabularyType:
    stop_words: list[str] = strawberry.field(description="Words ignored in tokens, keywords and topics.")
    product_terms: list[str] = strawberry.field(description="Terms never split (product names, 会员卡, 闪退).")


@strawberry.type
class VocabularyPayload:
    vocabulary: VocabularyType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)
