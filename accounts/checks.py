"""Checks of what callers send about accounts: each returns the clean value or raises with the
row's field (`input.3.name`), so that a batch reports every bad row at once."""

from __future__ import annotations

import math
import re
from datetime import datetime
from typing import Any

from core.errors import ValidationFailed
from surveys.respondents import BAD_TEXT, MAX_EXTERNAL_ID

MAX_NAME = 200
MAX_ATTRIBUTES = 50
MAX_ATTRIBUTE_CHARS = 1_000
MAX_INT = 2**63 - 1
METRIC = re.compile(r"[a-z0-9_.]{1,64}")


def external_id(value: str, field: str) -> str:
    if not 0 < len(value) <= MAX_EXTERNAL_ID or BAD_TEXT.search(value):
        raise ValidationFailed(f"an account's external id must be 1-{MAX_EXTERNAL_ID} plain characters", field=field)
    return value


def name(value: str, field: str) -> str:
    clean = " ".join(value.split())
    if not 0 < len(clean) <= MAX_NAME or BAD_TEXT.search(clean):
        raise ValidationFailed(f"name must be 1-{MAX_NAME} characters", field=field)
    return clean


def attributes(value: Any, field: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValidationFailed("attributes must be an object", field=field)
    if len(value) > MAX_ATTRIBUTES:
        raise ValidationFailed(f"at most {MAX_ATTRIBUTES} attributes", field=field)
    for key, item in value.items():
        if not isinstance(key, str) or not 0 < len(key) <= 64 or BAD_TEXT.search(key):
            raise ValidationFailed("attribute names must be 1-64 plain characters", field=field)
        if item is not None and not isinstance(item, str | int | float | bool):
            raise ValidationFailed(f"attribute {key!r} must be a string, number, boolean or null",
                                   field=f"{field}.{key}")
        if (isinstance(item, float) and not math.isfinite(item)) or (isinstance(item, int) and abs(item) > MAX_INT):
            raise ValidationFailed(f"attribute {key!r} must be a finite number within 64 bits", field=f"{field}.{key}")
        if isinstance(item, str) and (len(item) > MAX_ATTRIBUTE_CHARS or BAD_TEXT.search(item)):
            raise ValidationFailed(f"attribute {key!r} must be at most {MAX_ATTRIBUTE_CHARS} plain characters",
                                   field=f"{field}.{key}")
    return dict(value)


def moment(value: datetime, field: str) -> datetime:
    # A time without an offset means a different instant in every time zone: refused, not guessed.
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationFailed("a time needs its UTC offset (ISO 8601, e.g. 2027-03-31T00:00:00+08:00)", field=field)
    # Far years overflow when moved between zones (0001-01-01 at +08:00 has no UTC instant in Python).
    if not 1900 <= value.year <= 2999:
        raise ValidationFailed("a time must lie between the years 1900 and 2999", field=field)
    return value


def metric(value: str, field: str) -> str:
    if not METRIC.fullmatch(value):
        raise ValidationFailed("a metric name is 1-64 characters of a-z, 0-9, '_' and '.'", field=field)
    return value


def number(value: float, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) \
            or abs(value) > 1e15:
        raise ValidationFailed("value must be a finite number (at most 1e15 in size)", field=field)
    return float(value)
