"""The outbox's events, defined once: every topic, and the payload each of its events carries.

An event is written to the outbox in the transaction that makes the change it announces (`emit`,
`outbox_row`); the relay moves it to the job queue, where the tasks the wiring table routes to its
topic run (api/wiring.py). Producers build payloads only through these classes. Statements that
write events themselves (the group commit of responses, the SLA scan) render the payload from the
same class (`sql_object`), so the two ways of writing one event cannot drift apart.

Webhook receivers get these payloads (actions/delivery.py adds facts about the subject), so a
field's JSON name and its position are part of a published format: add fields at the end.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, ClassVar, Literal

from core.models import OutboxEvent

RESPONSE_SUBMITTED = "response.submitted"
RESPONSE_ANALYSED = "response.analysed"
FIT_REQUESTED = "analysis.fit_requested"
CASE_CREATED = "case.created"
CASE_UPDATED = "case.updated"  # any change: status, assignee, note, escalation, re-survey answer
CASE_SLA_BREACHED = "case.sla_breached"
# An account's early warning opened a case (it has no response: the account and the reason instead).
CASE_ACCOUNT_WARNING = "case.account_warning"
ACTION_STATUS_CHANGED = "action.status_changed"
ACTION_SHIPPED = "action.shipped"
ACTION_UPDATED = "action.updated"  # changes other than status: creation, fields, note, links, merge
TOPIC_EMERGING = "topic.emerging"
# Not delivered to webhooks: starts the storage step of an erasure (no personal data).
RESPONDENT_ERASED = "respondent.erased"
# Not delivered to webhooks: a distribution has mails due (surveys/mailings.py queues them).
DISTRIBUTION_DUE = "distribution.due"

_KEY = "voc_json_key"
_OMIT = "voc_omit_empty"
# Field metadata: a field left out of the payload when it is None or empty (not written as null).
OMIT_EMPTY: Mapping[str, bool] = MappingProxyType({_OMIT: True})


def json_name(key: str) -> Mapping[str, str]:
    """Field metadata: the field's JSON name is `key` ("from": a Python keyword)."""
    return MappingProxyType({_KEY: key})


@dataclass(frozen=True, kw_only=True)
class Event:
    """One event's payload; `topic` names it in the outbox."""

    topic: ClassVar[str]

    def payload(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.metadata.get(_OMIT) and (value is None or value == []):
                continue
            out[f.metadata.get(_KEY, f.name)] = value
        return out


async def emit(*, organization_id: int, event: Event) -> None:
    """Write `event` to the outbox (inside the caller's transaction, if any)."""
    await OutboxEvent.create(organization_id=organization_id, topic=event.topic, payload=event.payload())


def outbox_row(*, organization_id: int, event: Event) -> OutboxEvent:
    """An unsaved outbox row for `event` (for bulk_create)."""
    return OutboxEvent(organization_id=organization_id, topic=event.topic, payload=event.payload())


def sql_object(event: type[Event], values: Mapping[str, str], *, dialect: Literal["postgres", "sqlite"]) -> str:
    """The SQL expression that builds `event`'s payload as a JSON object: `values` maps each field
    to the SQL expression of its value; fields with a fixed value (`init=False`) are written as
    literals. Every field must be given, except those omitted when empty (left out when not
    given); a name that is no field is refused too, so the SQL cannot drift from the class."""
    fields = {f.name: f for f in dataclasses.fields(event)}
    unknown = sorted(values.keys() - fields.keys())
    if unknown:
        raise ValueError(f"{event.__name__} has no field {', '.join(unknown)}")
    parts: list[str] = []
    for name, f in fields.items():
        if not f.init:
            parts += [_literal(f.metadata.get(_KEY, name)), _literal(f.default)]
        elif name in values:
            parts += [_literal(f.metadata.get(_KEY, name)), values[name]]
        elif not f.metadata.get(_OMIT):
            raise ValueError(f"no SQL value for {event.__name__}.{name}")
    builder = "jsonb_build_object" if dialect == "postgres" else "json_object"
    return f"{builder}({', '.join(parts)})"


def _literal(value: object) -> str:
    if not isinstance(value, str) or "'" in value:
        raise ValueError(f"only plain strings are written as SQL literals: {value!r}")
    return f"'{value}'"


# --- responses and analysis ---------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ResponseSubmitted(Event):
    """A response was stored, or a partial one completed (webhooks: "response.created")."""

    topic: ClassVar[str] = RESPONSE_SUBMITTED
    response_id: int
    survey_id: int
    completed: bool


@dataclass(frozen=True, kw_only=True)
class ResponseAnalysed(Event):
    """A comment's analysis was stored (the loop's sentiment rule listens)."""

    topic: ClassVar[str] = RESPONSE_ANALYSED
    response_id: int
    survey_id: int
    sentiment: float | None
    # True when a sentiment rescoring (analysis/sentiment_store.py) changed a stored comment's score; left
    # out of the payload on arrival.
    rescored: bool | None = field(default=None, metadata=OMIT_EMPTY)


@dataclass(frozen=True, kw_only=True)
class FitRequested(Event):
    topic: ClassVar[str] = FIT_REQUESTED
    job_id: int


# --- follow-up cases ------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class CaseCreated(Event):
    topic: ClassVar[str] = CASE_CREATED
    case_id: int
    status: str
    survey_id: int
    response_id: int | None
    respondent_id: int | None
    team_id: int | None
    assignee_id: int | None
    source: str
    first_contact_due_at: str | None  # ISO 8601
    resolve_due_at: str | None


@dataclass(frozen=True, kw_only=True)
class CaseAccountWarning(Event):
    """An account's early-warning rule opened a case (actions/account_cases.py): which account, why
    (the rule's code and the figures it compared), and where the case went."""

    topic: ClassVar[str] = CASE_ACCOUNT_WARNING
    case_id: int
    status: str
    account_external_id: str
    reason: str
    reason_detail: dict[str, Any]
    window: str
    team_id: int | None
    assignee_id: int | None
    source: str
    first_contact_due_at: str | None  # ISO 8601
    resolve_due_at: str | None
    account_name: str | None = field(default=None, metadata=OMIT_EMPTY)


@dataclass(frozen=True, kw_only=True)
class CaseStatusChanged(Event):
    topic: ClassVar[str] = CASE_UPDATED
    case_id: int
    status: str
    change: str = field(default="status", init=False)
    from_: str = field(metadata=json_name("from"))
    to: str
    resurvey_url: str | None = field(default=None, metadata=OMIT_EMPTY)  # the re-survey a resolution issued


@dataclass(frozen=True, kw_only=True)
class CaseAssigned(Event):
    topic: ClassVar[str] = CASE_UPDATED
    case_id: int
    status: str
    change: str = field(default="assignee", init=False)
    from_: int | None = field(metadata=json_name("from"))  # user ids
    to: int


@dataclass(frozen=True, kw_only=True)
class CaseNoted(Event):
    topic: ClassVar[str] = CASE_UPDATED
    case_id: int
    status: str
    change: str = field(default="note", init=False)


@dataclass(frozen=True, kw_only=True)
class ResurveyAnswered(Event):
    topic: ClassVar[str] = CASE_UPDATED
    case_id: int
    status: str
    change: str = field(default="resurvey_answered", init=False)
    resurvey_response_id: int
    score: int | None


@dataclass(frozen=True, kw_only=True)
class CaseEscalated(Event):
    """The SLA scan changed a case (breached, escalated); written in SQL (actions/sla.py)."""

    topic: ClassVar[str] = CASE_UPDATED
    case_id: int
    status: str
    change: str = field(default="sla", init=False)
    escalation_level: int
    notify_user_ids: list[int]


@dataclass(frozen=True, kw_only=True)
class CaseSlaBreached(Event):
    """One SLA clock of a case breached; written in SQL (actions/sla.py)."""

    topic: ClassVar[str] = CASE_SLA_BREACHED
    case_id: int
    status: str
    clock: str
    escalation_level: int
    notify_user_ids: list[int]


# --- improvement actions and topics ---------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ActionCreated(Event):
    topic: ClassVar[str] = ACTION_UPDATED
    action_id: int
    change: str = field(default="created", init=False)
    status: str
    topic_ids: list[int] | None = field(default=None, metadata=OMIT_EMPTY)  # what it was linked to
    response_ids: list[int] | None = field(default=None, metadata=OMIT_EMPTY)
    case_ids: list[int] | None = field(default=None, metadata=OMIT_EMPTY)


@dataclass(frozen=True, kw_only=True)
class ActionChanged(Event):
    """Fields, a note or links of an action changed; `merged_from`: links moved from a duplicate."""

    topic: ClassVar[str] = ACTION_UPDATED
    action_id: int
    changes: list[str]
    merged_from: int | None = field(default=None, metadata=OMIT_EMPTY)
    topic_ids: list[int] | None = field(default=None, metadata=OMIT_EMPTY)  # links added
    response_ids: list[int] | None = field(default=None, metadata=OMIT_EMPTY)
    case_ids: list[int] | None = field(default=None, metadata=OMIT_EMPTY)


@dataclass(frozen=True, kw_only=True)
class ActionStatusChanged(Event):
    topic: ClassVar[str] = ACTION_STATUS_CHANGED
    action_id: int
    from_: str = field(metadata=json_name("from"))
    to: str
    duplicate_of: int | None = field(default=None, metadata=OMIT_EMPTY)


@dataclass(frozen=True, kw_only=True)
class ActionShipped(Event):
    """Who to tell that it is fixed: the respondents (external ids) behind the linked topics."""

    topic: ClassVar[str] = ACTION_SHIPPED
    action_id: int
    respondents: list[str]
    truncated: bool


@dataclass(frozen=True, kw_only=True)
class TopicEmerging(Event):
    topic: ClassVar[str] = TOPIC_EMERGING
    topic_id: int
    label: str
    size: int
    share: float
    survey_id: int | None
    model_id: int
    since: str | None  # ISO 8601: the window compared with the one before
    until: str | None
    previous_share: float | None = field(default=None, metadata=OMIT_EMPTY)  # its share in the window before


@dataclass(frozen=True, kw_only=True)
class RespondentErased(Event):
    topic: ClassVar[str] = RESPONDENT_ERASED
    tables: list[str]  # whose old row versions the storage step reclaims


@dataclass(frozen=True, kw_only=True)
class DistributionDue(Event):
    topic: ClassVar[str] = DISTRIBUTION_DUE
    distribution_id: int
