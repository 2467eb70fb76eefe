"""AuditEvent over GraphQL: the trail of a case or an action, read through per-request loaders, with
its actor named as a person reads it (actions/audit.py says what a row holds)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry.types import Info

from actions import models
from actions.audit import Actor, ActorKind
from api.actions.loaders import Trail
from api.context import Context, Loaders
from api.ids import encode_id

strawberry.enum(ActorKind, name="AuditActorKind", description="Who made a change: a user, an API key without a "
                "user, an automation (case) rule, or the system (periodic jobs, migrations).")

ACTOR_TYPES = {ActorKind.USER: "User", ActorKind.API_KEY: "ApiKey", ActorKind.RULE: "CaseRule"}


@strawberry.type(name="AuditEvent", description="One change to a case or an action, appended to its trail.")
class AuditEventType:
    at: datetime = strawberry.field(description="When the change was made.")
    kind: str = strawberry.field(
        description="What changed: created, status, assignee, team, owner, title, description, priority, due_at, "
                    "verification_days, link, note, baseline, effect, verdict_overridden, root_cause, resurvey, "
                    "resurvey_answered, breach, escalation, first_contact (a case's move to IN_PROGRESS or "
                    "WAITING_CUSTOMER recorded its first contact, which stops the first-contact clock; `to` is "
                    "that status).")
    from_: str | None = strawberry.field(
        name="from", description="The value before the change. Statuses and verdicts are their GraphQL enum "
                                 "values (IN_PROGRESS, INSUFFICIENT_DATA); objects are their global ids.")
    to: str | None = strawberry.field(description="The value after the change, written like `from`.")
    note: str | None = strawberry.field(
        description="The actor's note, or an explanation the service wrote (numbers formatted for people: "
                    "\"share 40.0 % → 10.0 % (p < 0.001); NPS −12 → 4\"; \"not measured\" where there is none).")
    _actor: strawberry.Private[Actor]
    _organization_id: strawberry.Private[int]

    @classmethod
    def of(cls, e: models.AuditEvent) -> AuditEventType:
        return cls(at=e.at, kind=e.kind, from_=e.from_value, to=e.to_value, note=e.note, _actor=Actor(e.actor),
                   _organization_id=e.organization_id)

    @strawberry.field(description="Who made the change, as a person reads it: the user's name, "
                                  "\"API key “<name>”\", the case rule, or \"system\".")
    async def actor(self, info: Info[Context, Any]) -> str:
        return await actor_name(info.context.loaders, self._organization_id, self._actor)

    @strawberry.field(description="What kind of actor made the change.")
    def actor_kind(self) -> ActorKind:
        return self._actor.kind

    @strawberry.field(description="The global id of the user, API key or case rule that made the change; null for "
                                  "the system and the built-in default rule.")
    def actor_id(self) -> strawberry.ID | None:
        pk, type_name = self._actor.pk, ACTOR_TYPES.get(self._actor.kind)
        return strawberry.ID(encode_id(type_name, pk)) if pk is not None and type_name else None


async def actor_name(loaders: Loaders, organization_id: int, actor: Actor) -> str:
    """The actor of an event of the organisation, by its current name."""
    pk = actor.pk
    if actor.kind == ActorKind.USER and pk is not None:
        user = await loaders.user_by_id.find(organization_id, pk)
        return str(user.name) if user else "deleted user"
    if actor.kind == ActorKind.API_KEY and pk is not None:
        key = await loaders.api_key_by_id.find(organization_id, pk)
        if key is None:
            return "deleted API key"
        return f"API key “{key.name}”" if key.name.strip() else f"API key {key.prefix}…"
    if actor.kind == ActorKind.RULE:
        if pk is None:
            return "default case rule"
        rule = await loaders.case_rule_by_id.find(organization_id, pk)
        if rule is None:
            return "deleted case rule"
        if rule.survey_id is None:
            return "case rule for all surveys"
        survey = await loaders.survey_by_id.find(organization_id, rule.survey_id)
        return f"case rule for survey “{survey.name}”" if survey else "case rule for a deleted survey"
    return "system"


async def trail(loader: Trail, organization_id: int, subject_id: int) -> list[AuditEventType]:
    """Case.events / Action.events: one query for every case (or action) of the request."""
    return [AuditEventType.of(e) for e in await loader.load((organization_id, subject_id))]
