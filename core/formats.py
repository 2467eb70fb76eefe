"""Values as the service takes them in and writes them out: optional free text (trimmed, blank is
none, bounded), times in JSON (ISO 8601 in UTC), and integers read from JSON payloads."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import overload

from core.errors import ValidationFailed


def optional_text(value: str | None, *, field: str, max_chars: int) -> str | None:
    """`value` trimmed; None when it is None or blank; ValidationFailed (naming `field`) when it is
    longer than `max_chars` as given."""
    if value is None or not value.strip():
        return None
    if len(value) > max_chars:
        raise ValidationFailed(f"{field} is longer than {max_chars} characters", field=field)
    return value.strip()


@overload
def utc_iso(value: datetime) -> str: ...
@overload
def utc_iso(value: None) -> None: ...
@overload
def utc_iso(value: datetime | None) -> str | None: ...
def utc_iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value is not None else None


def json_int(value: object) -> int | None:
    """`value` when it is a JSON integer (not a boolean), else None."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None
