"""The append-only audit trail of cases and actions: who changed what, from what, to what."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from actions.models import AuditEvent


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


async def trail(*, organization_id: int, subject: str, subject_id: int) -> list[AuditEvent]:
    return await AuditEvent.filter(
        organization_id=organization_id, subject=subject, subject_id=subject_id).order_by("id")
