"""Analysis tables: one analysis row per response, versioned topic models, topics, jobs."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from core.models import Organization
from surveys.models import Response, Survey


class JobStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class ModelStatus(StrEnum):
    ACTIVE = "active"
    RETIRED = "retired"


class TopicModelVersion(Model):
    id = fields.IntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="topic_models", on_delete=fields.CASCADE
    )
    survey: fields.ForeignKeyNullableRelation[Survey] = fields.ForeignKeyField(
        "voc.Survey", related_name="topic_models", null=True, on_delete=fields.CASCADE
    )
    version = fields.IntField()
    status = fields.CharEnumField(ModelStatus, max_length=8)
    # Directory under VOC_DATA_DIR with the BERTopic safetensors files and the embedder arrays.
    path = fields.CharField(max_length=500)
    documents = fields.IntField()
    outlier_share = fields.FloatField()
    # The sentiment model adapted to these comments (files in `path`/sentiment), org-wide fits
    # only; None: the shipped model scores the organisation's comments.
    sentiment_version = fields.CharField(max_length=64, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    organization_id: int
    survey_id: int | None

    class Meta:
        table = "topic_models"
        indexes = (Index(fields=("organization_id", "status"), name="ix_topic_models_org_status"),)


class Topic(Model):
    """A topic is an identity that outlives model versions: a refit that finds it again moves this
    row to the new version (`analysis.topic_identity`), so everything pointing at its id follows.
    `model` is the latest version it lives in; a topic that did not survive keeps its last one and
    `retired_at`, with its successors in `TopicSuccessor`."""

    id = fields.IntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="topics", on_delete=fields.CASCADE
    )
    model: fields.ForeignKeyRelation[TopicModelVersion] = fields.ForeignKeyField(
        "voc.TopicModelVersion", related_name="topics", on_delete=fields.CASCADE
    )
    # BERTopic's own topic number inside the model.
    index = fields.IntField()
    # Generated from the latest version's words; a refit that keeps the topic renews it.
    label = fields.CharField(max_length=200)
    # A product manager's name for the topic; it stays with the topic across refits.
    custom_label = fields.CharField(max_length=200, null=True)
    # The topic's c-TF-IDF words as [word, weight] pairs, best first, followed by the label's
    # reasons as {"label_term", "coverage", "lift", "in_label"} objects (fits since the phrase
    # labeller; none before). Read them through `keyword_pairs` and `label_terms`.
    keywords: list[Any] = fields.JSONField()
    merged_into: fields.ForeignKeyNullableRelation[Topic] = fields.ForeignKeyField(
        "voc.Topic", related_name="merged", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    # When a refit did not find it again (None: it lives in its model version).
    retired_at = fields.DatetimeField(null=True)

    organization_id: int
    model_id: int
    merged_into_id: int | None

    class Meta:
        table = "topics"
        unique_together = (("model", "index"),)

    @property
    def display_label(self) -> str:
        return self.custom_label or self.label

    @property
    def keyword_pairs(self) -> list[tuple[str, float]]:
        return [(str(e[0]), float(e[1])) for e in self.keywords if isinstance(e, list)]

    @property
    def label_terms(self) -> list[dict[str, Any]]:
        return [e for e in self.keywords if isinstance(e, dict)]


class TopicSuccessor(Model):
    """Where a retired topic's comments went in the refit that retired it."""

    id = fields.IntField(primary_key=True)
    topic: fields.ForeignKeyRelation[Topic] = fields.ForeignKeyField(
        "voc.Topic", related_name="successor_links", on_delete=fields.CASCADE
    )
    successor: fields.ForeignKeyRelation[Topic] = fields.ForeignKeyField(
        "voc.Topic", related_name="predecessor_links", on_delete=fields.CASCADE
    )
    # Fraction (0..1) of the retired topic's comments that the successor received.
    share = fields.FloatField()

    topic_id: int
    successor_id: int

    class Meta:
        table = "topic_successors"
        unique_together = (("topic", "successor"),)


class CommentAnalysis(Model):
    id = fields.BigIntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="analyses", on_delete=fields.CASCADE
    )
    response: fields.OneToOneRelation[Response] = fields.OneToOneField(
        "voc.Response", related_name="analysis", on_delete=fields.CASCADE
    )
    normalized = fields.TextField()
    tokens: list[str] = fields.JSONField()
    keywords: list[str] = fields.JSONField()
    sentiment = fields.FloatField(null=True)
    topic: fields.ForeignKeyNullableRelation[Topic] = fields.ForeignKeyField(
        "voc.Topic", related_name="analyses", null=True, on_delete=fields.SET_NULL
    )
    topic_probability = fields.FloatField(null=True)
    model_version = fields.CharField(max_length=64)
    # 流失意向: the comment states that its author leaves (analysis.churn, STATED only). db_default:
    # rows written by raw SQL (benchmarks' seeds) are without intent until analysed.
    churn_intent = fields.BooleanField(default=False, db_default=False)
    analysed_at = fields.DatetimeField(auto_now=True)

    organization_id: int
    response_id: int
    topic_id: int | None

    class Meta:
        table = "comment_analyses"
        # A topic's analyses by rank: its representative comments are read from the index's end.
        indexes = (Index(fields=("organization_id", "topic_id", "topic_probability", "id"),
                         name="ix_analyses_org_topic_rank"),)


class AnalysisJob(Model):
    id = fields.IntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="analysis_jobs", on_delete=fields.CASCADE
    )
    kind = fields.CharField(max_length=32)
    status = fields.CharEnumField(JobStatus, max_length=10, default=JobStatus.QUEUED)
    stage = fields.CharField(max_length=64, null=True)
    progress = fields.FloatField(default=0.0)
    error: str | None = fields.TextField(null=True)
    params: dict[str, Any] = fields.JSONField()
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    finished_at = fields.DatetimeField(null=True)
    # Held (and renewed) by the worker running the job; see Settings.job_lease_seconds.
    lease_until = fields.DatetimeField(null=True)

    organization_id: int

    class Meta:
        table = "analysis_jobs"
        indexes = (Index(fields=("organization_id", "created_at"), name="ix_analysis_jobs_org_time"),)


class Vocabulary(Model):
    # An organisation's own words: stop words to ignore, product terms never to split.
    id = fields.IntField(primary_key=True)
    organization: fields.OneToOneRelation[Organization] = fields.OneToOneField(
        "voc.Organization", related_name="vocabulary", on_delete=fields.CASCADE
    )
    stop_words: list[str] = fields.JSONField()
    product_terms: list[str] = fields.JSONField()
    updated_at = fields.DatetimeField(auto_now=True)

    organization_id: int

    class Meta:
        table = "vocabularies"


class TopicActivity(Model):
    """Analysed comments counted per survey, topic (0: none) and UTC hour (`hour` = epoch seconds //
    3600), over the analyses' responses. Written only by database triggers on `comment_analyses` and
    `responses` (migration 0014); `topics(from, to)` reads these instead of every analysis."""

    id = fields.BigIntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="topic_activity", on_delete=fields.CASCADE
    )
    survey: fields.ForeignKeyRelation[Survey] = fields.ForeignKeyField(
        "voc.Survey", related_name="topic_activity", on_delete=fields.CASCADE
    )
    topic_id = fields.BigIntField()  # no foreign key: a deleted topic's analyses move to 0
    hour = fields.BigIntField()
    n = fields.BigIntField()
    promoters = fields.BigIntField()
    detractors = fields.BigIntField()
    nps_n = fields.BigIntField()  # with an NPS category
    positive = fields.BigIntField()
    negative = fields.BigIntField()
    scored = fields.BigIntField()  # with a sentiment

    organization_id: int
    survey_id: int

    class Meta:
        table = "topic_activity"
        unique_together = (("survey", "hour", "topic_id"),)
        indexes = (Index(fields=("organization_id", "hour"), name="ix_topic_activity_org_hour"),)
