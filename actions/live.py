"""Live updates: outbox events become pub/sub messages that GraphQL subscriptions turn into objects.

Tasks started by outbox events (api/wiring.py) publish one small message per event, carrying only ids, on a channel
of the event's organisation ("voc:live:<organization id>:<kind>"), so a subscriber can only ever
hear its own organisation. The subscriber loads the object by id under its own organisation
(`load`), so what it receives is always the current row, never data copied into the message.
Delivery is best effort (see core.pubsub): a publish that fails is logged, not retried.
"""

from __future__ import annotations

import logging
from typing import Any, Literal

from tortoise.models import Model

from actions.models import Action, Case
from core.batching import Batch, row_loader
from core.errors import NotFound
from core.pubsub import current_hub
from surveys.batches import RESPONSES
from surveys.models import Response, Survey

log = logging.getLogger("voc.live")

Kind = Literal["response", "case", "action"]
MODELS: dict[Kind, type[Model]] = {"response": Response, "case": Case, "action": Action}
ROWS: dict[Kind, Batch[int, Any]] = {"response": RESPONSES, "case": row_loader(Case), "action": row_loader(Action)}

RESPONSE_TASK = "live.response_submitted"
CASE_TASK = "live.case_updated"
ACTION_TASK = "live.action_updated"


def channel(organization_id: int, kind: Kind) -> str:
    return f"voc:live:{organization_id}:{kind}"


async def load(*, organization_id: int, kind: Kind, pk: int) -> Any:
    """The object a message names, if it (still) belongs to the organisation; None otherwise."""
    return await MODELS[kind].get_or_none(id=pk, organization_id=organization_id)


async def check_survey(*, organization_id: int, survey_id: int) -> None:
    if not await Survey.exists(id=survey_id, organization_id=organization_id):
        raise NotFound("no such survey", field="surveyId")


async def _publish(kind: Kind, pk: int, event_id: int, **extra: Any) -> None:
    row = await ROWS[kind].submit(pk)  # one query for the events of a queue message (core.batching)
    if row is None:
        return  # deleted since the event was written: nothing to show
    hub = current_hub()
    if hub is None:
        return  # no hub in this process (a CLI command, a test without an app): nobody listens here
    message = {"id": pk, "event_id": event_id, **extra}
    try:
        await hub.publish(channel(row.organization_id, kind), message)
    except Exception as exc:  # Redis down: live updates are notifications, the change itself is stored
        log.warning("live updates: could not publish %s %s (%s)", kind, pk, exc)


async def response_submitted(*, response_id: int, survey_id: int, event_id: int, **_: Any) -> None:
    await _publish("response", response_id, event_id, survey_id=survey_id)


async def case_updated(*, case_id: int, event_id: int, **_: Any) -> None:
    await _publish("case", case_id, event_id)


async def action_updated(*, action_id: int, event_id: int, **_: Any) -> None:
    await _publish("action", action_id, event_id)
