"""The loop's GraphQL types: cases (and their rules, teams, routing), improvement actions (with their
baseline and effect), audit trails, webhooks, team alert channels, loop metrics and erasure."""

from api.actions.types.cases import (
    CasePayload,
    CaseRulePayload,
    CaseRuleType,
    CaseType,
    RoutingRulePayload,
    RoutingRuleType,
    TeamMemberType,
    TeamPayload,
    TeamType,
)
from api.actions.types.channels import NotificationChannelPayload, NotificationChannelType, NotificationDeliveryType
from api.actions.types.improvements import ActionPayload, ActionType
from api.actions.types.metrics import LoopMetricsType, LoopWeek
from api.actions.types.privacy import ErasePayload
from api.actions.types.trail import AuditEventType
from api.actions.types.webhooks import WebhookDeliveryPayload, WebhookDeliveryType, WebhookPayload, WebhookType

__all__ = [
    "ActionPayload",
    "ActionType",
    "AuditEventType",
    "CasePayload",
    "CaseRulePayload",
    "CaseRuleType",
    "CaseType",
    "ErasePayload",
    "LoopMetricsType",
    "LoopWeek",
    "NotificationChannelPayload",
    "NotificationChannelType",
    "NotificationDeliveryType",
    "RoutingRulePayload",
    "RoutingRuleType",
    "TeamMemberType",
    "TeamPayload",
    "TeamType",
    "WebhookDeliveryPayload",
    "WebhookDeliveryType",
    "WebhookPayload",
    "WebhookType",
]
