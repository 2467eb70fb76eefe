"""Survey, respondent, display and response tables.

Metrics are computed in SQL, so every value they group or filter by is a real, indexed column.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from core.models import Organization


class SurveyKind(StrEnum):
    NPS = "nps"
    CSAT = "csat"
    CES = "ces"
    FORM = "form"


class SurveyStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    PAUSED = "paused"
    ARCHIVED = "archived"


class NpsCategory(StrEnum):
    PROMOTER = "promoter"
    PASSIVE = "passive"
    DETRACTOR = "detractor"


class Channel(StrEnum):
    WIDGET = "widget"
    LINK = "link"
    EMAIL = "email"
    API = "api"
    IMPORT = "import"


class SurveyPurpose(StrEnum):
    """Why a survey exists. ORDINARY surveys are the organisation's own; every other purpose is a
    system survey that VoC Loop creates and runs itself (listed only when asked for, never chosen
    as a default)."""

    ORDINARY = "ordinary"
    RESURVEY = "resurvey"  # the one-question CSAT sent when a follow-up case is resolved


# The channels whose surveys are shown to someone who may answer, and so record displays:
# the response rate is counted over these only (imported and API answers had no display).
DISPLAY_CHANNELS = (Channel.WIDGET, Channel.LINK, Channel.EMAIL)


class Survey(Model):
    id = fields.IntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="surveys", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=200)
    kind = fields.CharEnumField(SurveyKind, max_length=8)
    # db_default: rows written before the column existed, or by raw SQL, are ordinary surveys.
    purpose = fields.CharEnumField(SurveyPurpose, max_length=16, default=SurveyPurpose.ORDINARY,
                                   db_default=SurveyPurpose.ORDINARY.value)
    status = fields.CharEnumField(SurveyStatus, max_length=10, default=SurveyStatus.DRAFT)
    token = fields.CharField(max_length=48, unique=True)
    locale = fields.CharField(max_length=10, default="zh-CN")
    definition: dict[str, Any] = fields.JSONField()
    allowed_origins: list[str] = fields.JSONField()
    sample_rate = fields.FloatField(default=1.0)
    recontact_days = fields.IntField(default=30)
    display_limit = fields.IntField(null=True)
    # The moment of the customer journey it asks about (onboarding, usage, support, renewal, or the
    # organisation's own word); metrics compare touchpoints side by side.
    touchpoint = fields.CharField(max_length=64, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    published_at = fields.DatetimeField(null=True)

    organization_id: int

    class Meta:
        table = "surveys"
        indexes = (Index(fields=("organization_id", "status", "id"), name="ix_surveys_org_status"),)


class Respondent(Model):
    id = fields.IntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="respondents", on_delete=fields.CASCADE
    )
    external_id = fields.CharField(max_length=256)
    attributes: dict[str, Any] = fields.JSONField()
    # True once the host product vouched for this identity with a signed JWT.
    verified = fields.BooleanField(default=False)
    # The external id of the account (the customer company) the respondent belongs to. Not a foreign
    # key: surveys knows nothing of accounts, and the account may be imported after its people answer.
    account_external_id = fields.CharField(max_length=256, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    organization_id: int

    class Meta:
        table = "respondents"
        unique_together = (("organization", "external_id"),)
        # An account's people (the health model joins them by the account's external id).
        indexes = (Index(fields=("organization_id", "account_external_id"), name="ix_respondents_org_account"),)


class Display(Model):
    id = fields.BigIntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="displays", on_delete=fields.CASCADE
    )
    survey: fields.ForeignKeyRelation[Survey] = fields.ForeignKeyField(
        "voc.Survey", related_name="displays", on_delete=fields.CASCADE
    )
    respondent: fields.ForeignKeyNullableRelation[Respondent] = fields.ForeignKeyField(
        "voc.Respondent", related_name="displays", null=True, on_delete=fields.SET_NULL
    )
    channel = fields.CharEnumField(Channel, max_length=8, default=Channel.WIDGET)
    created_at = fields.DatetimeField(auto_now_add=True)

    organization_id: int
    survey_id: int
    respondent_id: int | None

    class Meta:
        table = "displays"
        indexes = (
            Index(fields=("organization_id", "survey_id", "created_at"), name="ix_displays_org_survey_time"),
            Index(fields=("respondent_id", "survey_id"), name="ix_displays_respondent_survey"),
        )


class Response(Model):
    id = fields.BigIntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="responses", on_delete=fields.CASCADE
    )
    survey: fields.ForeignKeyRelation[Survey] = fields.ForeignKeyField(
        "voc.Survey", related_name="responses", on_delete=fields.CASCADE
    )
    respondent: fields.ForeignKeyNullableRelation[Respondent] = fields.ForeignKeyField(
        "voc.Respondent", related_name="responses", null=True, on_delete=fields.SET_NULL
    )
    idempotency_key = fields.CharField(max_length=128)
    # SHA-256 of the canonical payload last accepted under the key: detects a changed retry.
    payload_hash = fields.CharField(max_length=64)
    score = fields.SmallIntField(null=True)
    nps_category = fields.CharEnumField(NpsCategory, max_length=10, null=True)
    comment = fields.TextField(null=True)
    answers: dict[str, Any] | None = fields.JSONField(null=True)
    completed = fields.BooleanField(default=True)
    channel = fields.CharEnumField(Channel, max_length=8, default=Channel.WIDGET)
    locale = fields.CharField(max_length=10, null=True)
    page_url = fields.CharField(max_length=2048, null=True)
    # Segment attributes as they were when the respondent answered (plan, region ...).
    attributes: dict[str, Any] | None = fields.JSONField(null=True)
    identity_verified = fields.BooleanField(default=False)
    submitted_at = fields.DatetimeField()
    updated_at = fields.DatetimeField(auto_now=True)

    organization_id: int
    survey_id: int
    respondent_id: int | None

    class Meta:
        table = "responses"
        unique_together = (("survey", "idempotency_key"),)
        indexes = (
            Index(fields=("organization_id", "survey_id", "submitted_at"), name="ix_responses_org_survey_time"),
            Index(fields=("organization_id", "submitted_at"), name="ix_responses_org_time"),
            Index(fields=("organization_id", "nps_category", "submitted_at"), name="ix_responses_org_category"),
            Index(fields=("respondent_id", "survey_id", "submitted_at"), name="ix_responses_respondent"),
        )


class SurveyActivity(Model):
    """Displays and answers counted per survey, channel and 15-minute UTC slot (`slot` = epoch
    seconds // 900). Written only by database triggers on `responses` and `displays` (migration
    0006), so every write path counts; `metrics` reads these instead of every row."""

    id = fields.BigIntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="activity", on_delete=fields.CASCADE
    )
    survey: fields.ForeignKeyRelation[Survey] = fields.ForeignKeyField(
        "voc.Survey", related_name="activity", on_delete=fields.CASCADE
    )
    channel = fields.CharEnumField(Channel, max_length=8)
    slot = fields.BigIntField()
    displays = fields.BigIntField()
    responses = fields.BigIntField()
    promoters = fields.BigIntField()
    passives = fields.BigIntField()
    detractors = fields.BigIntField()
    scored = fields.BigIntField()  # answers with a score
    score_sum = fields.BigIntField()
    satisfied = fields.BigIntField()  # answers scoring 4 or more (CSAT's "satisfied")

    organization_id: int
    survey_id: int

    class Meta:
        table = "survey_activity"
        unique_together = (("survey", "channel", "slot"),)
        indexes = (Index(fields=("organization_id", "slot"), name="ix_survey_activity_org_slot"),)


class SegmentActivity(Model):
    """Answers counted per survey, UTC hour (`hour` = epoch seconds // 3600), attribute name and value
    (the text the attributes filter compares; `valued` 0 with an empty value: the attribute holds a
    JSON null). Written only by database triggers on `responses` (migration 0017); `metrics {
    attributes segments }` read these instead of every answer's attributes."""

    id = fields.BigIntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="segment_activity", on_delete=fields.CASCADE
    )
    survey: fields.ForeignKeyRelation[Survey] = fields.ForeignKeyField(
        "voc.Survey", related_name="segment_activity", on_delete=fields.CASCADE
    )
    hour = fields.BigIntField()
    name = fields.CharField(max_length=64)
    valued = fields.SmallIntField()
    value = fields.TextField()
    responses = fields.BigIntField()
    promoters = fields.BigIntField()
    passives = fields.BigIntField()
    detractors = fields.BigIntField()

    organization_id: int
    survey_id: int

    class Meta:
        table = "segment_activity"
        unique_together = (("survey", "hour", "name", "valued", "value"),)
        indexes = (Index(fields=("organization_id", "hour"), name="ix_segment_activity_org_hour"),)
