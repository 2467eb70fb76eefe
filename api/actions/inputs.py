"""Input types of the loop (cases, case rules, actions, webhooks, alert channels) and their translation to
domain values."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

import strawberry

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from actions import alert_messages, case_reads
from actions import webhooks as webhook_service
from actions.channel_models import ChannelKind
from actions.improvements import KEEP, ActionUpdate, Links
from actions.models import ActionStatus, CaseStatus
from api.ids import decode_id
from core.errors import ValidationFailed

EVENTS_HELP = "Any of: " + ", ".join(webhook_service.EVENT_TOPICS) + "."


def optional_id(value: strawberry.ID | None, type_name: str, field: str) -> int | None:
    return decode_id(value, type_name, field=field) if value is not None else None


def _ids(values: list[strawberry.ID] | None, type_name: str, field: str) -> list[int]:
    return [decode_id(v, type_name, field=field) for v in values or []]


def links(topic_ids: list[strawberry.ID] | None, response_ids: list[strawberry.ID] | None,
          case_ids: list[strawberry.ID] | None) -> Links:
    return Links(topic_ids=_ids(topic_ids, "Topic", "topicIds"),
                 response_ids=_ids(response_ids, "Response", "responseIds"),
                 case_ids=_ids(case_ids, "Case", "caseIds"))


# --- cases --------------------------------------------------------------------------------------


@strawberry.input(name="CaseFilter")
class CaseFilterInput:
    status: CaseStatus | None = None
    open: bool | None = strawberry.field(default=None, description=(
        "true: cases still to be worked (NEW, ASSIGNED, IN_PROGRESS, WAITING_CUSTOMER: what counts against an "
        "agent's cap); false: resolved, closed or cancelled ones."))
    assignee_id: strawberry.ID | None = None
    breached: bool | None = None
    overdue: bool | None = strawberry.field(
        default=None, description="Open, not paused, and past a due time it has not met.")
    topic_id: strawberry.ID | None = strawberry.field(
        default=None, description="The response's topic, or the case's root-cause topic.")
    survey_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None
    unassigned: bool | None = strawberry.field(
        default=None, description="true: cases nobody is assigned to; false: assigned ones.")
    min_score: int | None = strawberry.field(default=None, description="The response's score at least this.")
    max_score: int | None = strawberry.field(default=None, description="The response's score at most this.")
    account_warning: bool | None = strawberry.field(
        default=None, description="true: only cases that accounts' early warnings opened; false: only responses'.")
    reason: str | None = strawberry.field(default=None, description=(
        "Case.reason: an early warning's reason code (e.g. usage_drop), or score / sentiment for the cases the "
        "case rule opened for responses."))

    def to_domain(self) -> case_reads.CaseFilter:
        return case_reads.CaseFilter(
            status=self.status, open=self.open, breached=self.breached, overdue=self.overdue,
            unassigned=self.unassigned, min_score=self.min_score, max_score=self.max_score,
            account_warning=self.account_warning, reason=self.reason,
            assignee_id=decode_id(self.assignee_id, "User", field="assigneeId") if self.assignee_id else None,
            topic_id=decode_id(self.topic_id, "Topic", field="topicId") if self.topic_id else None,
            survey_id=decode_id(self.survey_id, "Survey", field="surveyId") if self.survey_id else None,
            team_id=decode_id(self.team_id, "Team", field="teamId") if self.team_id else None,
        )


@strawberry.input
class CaseRuleInput:
    """Omitted fields stay as they are (new rules start from the defaults); null switches a condition off."""

    enabled: bool | None = strawberry.UNSET
    nps_max: int | None = strawberry.field(default=strawberry.UNSET, description="0..10, default 6.")
    csat_max: int | None = strawberry.field(default=strawberry.UNSET, description="1..5, default 2.")
    ces_min: int | None = strawberry.field(default=strawberry.UNSET, description="1..7, default 5.")
    sentiment_max: float | None = strawberry.field(default=strawberry.UNSET, description="-1..1, default -0.6.")
    first_contact_hours: int | None = strawberry.field(default=strawberry.UNSET, description="> 0, default 24.")
    resolve_hours: int | None = strawberry.field(default=strawberry.UNSET, description="> 0, default 168.")
    reopen_days: int | None = strawberry.field(default=strawberry.UNSET, description="0..365, default 4.")

    def changes(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)
                if getattr(self, f.name) is not strawberry.UNSET}


@strawberry.input
class UpdateTeamInput:
    """Omitted fields stay as they are; null clears the lead or the fallback owner."""

    name: str | None = strawberry.field(default=strawberry.UNSET, description="1-200 characters, unique.")
    lead_id: strawberry.ID | None = strawberry.field(default=strawberry.UNSET,
                                                     description="Notified at escalation level 1.")
    fallback_owner_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET, description="An agent who takes the cases no member can.")
    is_default: bool | None = strawberry.field(default=strawberry.UNSET, description=(
        "true makes it the team that takes the cases no routing rule sends elsewhere (the previous default "
        "stops being it); the default team stops being it only when another team becomes the default."))

    def changes(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        if self.name is not strawberry.UNSET:
            if self.name is None:
                raise ValidationFailed("name cannot be null", field="name")
            found["name"] = self.name
        for key, field in (("lead_id", "leadId"), ("fallback_owner_id", "fallbackOwnerId")):
            value = getattr(self, key)
            if value is not strawberry.UNSET:
                found[key] = decode_id(value, "User", field=field) if value is not None else None
        if self.is_default is not strawberry.UNSET and self.is_default is not None:
            found["is_default"] = self.is_default
        return found


# --- improvement actions ------------------------------------------------------------------------


@strawberry.input
class CreateActionInput:
    title: str
    description: str | None = None
    owner_id: strawberry.ID | None = strawberry.field(default=None, description="An admin, analyst or agent.")
    priority: int | None = strawberry.field(default=None, description="1 (highest) .. 5 (lowest), default 3.")
    due_at: datetime | None = strawberry.field(default=None, description="Not in the past.")
    topic_ids: list[strawberry.ID] | None = None
    response_ids: list[strawberry.ID] | None = None
    case_ids: list[strawberry.ID] | None = None
    verification_days: int | None = strawberry.field(
        default=None, description="Days after shipping before the effect is measured: 1..90, default 14.")


@strawberry.input
class UpdateActionInput:
    """Omitted fields stay as they are; null clears description, ownerId and dueAt."""

    title: str | None = strawberry.UNSET
    description: str | None = strawberry.UNSET
    owner_id: strawberry.ID | None = strawberry.UNSET
    priority: int | None = strawberry.UNSET
    due_at: datetime | None = strawberry.UNSET
    verification_days: int | None = strawberry.UNSET

    def to_domain(self) -> ActionUpdate:
        def kept(value: Any) -> bool:
            return value is strawberry.UNSET

        return ActionUpdate(
            title=KEEP if kept(self.title) or self.title is None else self.title,
            description=KEEP if kept(self.description) else self.description,
            owner_id=KEEP if kept(self.owner_id) else (
                decode_id(self.owner_id, "User", field="ownerId") if self.owner_id is not None else None),
            priority=KEEP if kept(self.priority) or self.priority is None else self.priority,
            due_at=KEEP if kept(self.due_at) else self.due_at,
            verification_days=KEEP if kept(self.verification_days) or self.verification_days is None
            else self.verification_days,
        )


@strawberry.input(name="ActionFilter")
class ActionFilterInput:
    status: ActionStatus | None = None
    owner_id: strawberry.ID | None = None
    topic_id: strawberry.ID | None = strawberry.field(
        default=None, description="Actions linked to the topic (or to a topic merged into it).")


# --- webhooks -----------------------------------------------------------------------------------


@strawberry.input
class CreateWebhookInput:
    url: str = strawberry.field(description="An http(s) URL on a public address.")
    events: list[str] = strawberry.field(description=EVENTS_HELP)
    secret: str | None = strawberry.field(
        default=None, description="At least 16 characters; generated when omitted. Shown once, in the payload.")


# --- team alert channels ------------------------------------------------------------------------

ALERT_EVENTS_HELP = "Any of: " + ", ".join(alert_messages.EVENTS) + "."


@strawberry.input
class CreateNotificationChannelInput:
    kind: ChannelKind
    name: str
    url: str = strawberry.field(description="The robot's URL from the group's settings (the vendor's https host).")
    secret: str | None = strawberry.field(
        default=None, description="DingTalk 加签 (SEC…), Feishu 签名校验, or a webhook's (16+ characters); never "
                                  "answered. WeCom robots have none.")
    events: list[str] = strawberry.field(description=ALERT_EVENTS_HELP)
    mentions: list[str] | None = strawberry.field(
        default=None, description="User ids, mobiles (not on Feishu) or @all, mentioned in every message.")
    locale: str | None = strawberry.field(default=None, description="zh-CN (default) or en.")
    signed: bool | None = strawberry.field(
        default=None, description="True: a secret is required (signing is on in the robot); default: sign when "
                                  "a secret is given.")
    digest_hour: int | None = strawberry.field(
        default=None, description="With the event digest: the local hour (0-23, default 9) of the daily digest.")


@strawberry.input
class UpdateNotificationChannelInput:
    name: str | None = None
    url: str | None = None
    secret: str | None = strawberry.field(default=None, description="A new secret; \"\" removes it; omitted: kept.")
    events: list[str] | None = strawberry.field(default=None, description=ALERT_EVENTS_HELP)
    mentions: list[str] | None = None
    locale: str | None = None
    digest_hour: int | None = None
    active: bool | None = None
