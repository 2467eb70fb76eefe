"""Domain events of the loop, written to the outbox inside the transaction that makes the change.

The relay moves them to the job queue, where webhook fan-out and live updates (subscriptions)
pick them up: the loop never calls a receiver or a socket while it holds a transaction.
"""

from __future__ import annotations

from typing import Any

from core.models import OutboxEvent

# Outbox topics. Webhook event names are the same, except that "response.submitted" is
# delivered to webhooks as "response.created".
CASE_CREATED = "case.created"
CASE_UPDATED = "case.updated"  # any change: status, assignee, escalation, links
CASE_SLA_BREACHED = "case.sla_breached"
ACTION_STATUS_CHANGED = "action.status_changed"
ACTION_SHIPPED = "action.shipped"
ACTION_UPDATED = "action.updated"  # changes other than status: owner, links, baseline, effect
TOPIC_EMERGING = "topic.emerging"
RESPONSE_SUBMITTED = "response.submitted"
# Not delivered to webhooks: starts the storage step of an erasure ({"tables": [...]}, no personal data).
RESPONDENT_ERASED = "respondent.erased"


async def emit(*, organization_id: int, topic: str, payload: dict[str, Any]) -> None:
    await OutboxEvent.create(organization_id=organization_id, topic=topic, payload=payload)
