"""The append-only audit trail of cases and actions: who changed what, from what, to what.

What a row holds, so that it reads like the API: `actor` in machine form (`user:<id>`,
`apikey:<id>`, `rule:<id>` or `rule:default`, `system`; names are looked up when the trail is read,
so a renamed user reads by the new name); status values and verdicts as the GraphQL enum values
(`IN_PROGRESS`, `INSUFFICIENT_DATA`); references to objects as their GraphQL global ids; numbers
formatted for people (actions.wording).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from actions.models import AuditEvent


class ActorKind(StrEnum):
    USER = "user"
    API_KEY = "apikey"
    RULE = "rule"
    SYSTEM = "system"


@dataclass(frozen=True)
class Actor:
    """Who made a change: a user, an API key, an automation rule or the system (periodic jobs)."""

    label: str

    @classmethod
    def user(cls, user_id: int) -> Actor:
        return cls(f"user:{user_id}")

    @classmethod
    def api_key(cls, key_id: int) -> Actor:
        return cls(f"apikey:{key_id}")

    @classmethod
    def rule(cls, rule_id: int | None) -> Actor:
        return cls(f"rule:{rule_id}" if rule_id is not None else "rule:default")

    @property
    def kind(self) -> ActorKind:
        try:
            return ActorKind(self.label.partition(":")[0])
        except ValueError:
            return ActorKind.SYSTEM

    @property
    def pk(self) -> int | None:
        """The user's, key's or rule's id; None for the system and the built-in default rule."""
        _, _, rest = self.label.partition(":")
        return int(rest) if rest.isdigit() and self.kind != ActorKind.SYSTEM else None


SYSTEM = Actor("system")


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    return str(value)[:500]


async def record(
    *, organization_id: int, subject: str, subject_id: int, actor: Actor, kind: str,
    from_value: object = None, to_value: object = None, note: str | None = None, at: datetime | None = None,
) -> AuditEvent:
    """Append one event; call it inside the transaction that makes the change."""
    return await AuditEvent.create(
        organization_id=organization_id, subject=subject, subject_id=subject_id, actor=actor.label, kind=kind,
        from_value=_text(from_value), to_value=_text(to_value), note=note, at=at or datetime.now(UTC),
    )


async def trails(*, organization_id: int, subject: str, subject_ids: Collection[int]) -> dict[int, list[AuditEvent]]:
    """The trails of many cases (subject "case") or actions ("action") in one query, oldest first."""
    found: dict[int, list[AuditEvent]] = {}
    rows = AuditEvent.filter(organization_id=organization_id, subject=subject, subject_id__in=list(subject_ids))
    for event in await rows.order_by("id"):
        found.setdefault(event.subject_id, []).append(event)
    return found
