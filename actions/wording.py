"""How the loop writes for people: audit notes, summaries and messages show numbers as people write
them (12.5 %, −12, p = 0.03), "not measured" where there is no number, statuses and verdicts by
their GraphQL enum values, and objects by their GraphQL ids; never None, nan or a Python repr."""

from __future__ import annotations

import math
from enum import Enum
from typing import Any

from core.ids import encode_id

MINUS = "\u2212"
NOT_MEASURED = "not measured"
ARROW = "\u2192"


def label(value: Enum) -> str:
    """A status or verdict as the API names it (its enum member name: IN_PROGRESS, INSUFFICIENT_DATA)."""
    return value.name


def with_article(noun: str) -> str:
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def ref(type_name: str, pk: int) -> str:
    """A reference to an object: its GraphQL global id (`node(id)` reads it)."""
    return encode_id(type_name, pk)


def _finite(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def number(value: Any, digits: int = 1) -> str:
    """At most `digits` decimals, no trailing zeros, a real minus sign: "−12.5", "4"."""
    found = _finite(value)
    if found is None:
        return NOT_MEASURED
    text = f"{abs(found):.{digits}f}".rstrip("0").rstrip(".") if digits else f"{abs(found):.0f}"
    return (MINUS if found < 0 and text.strip("0.") else "") + text


def percent(fraction: Any) -> str:
    """A fraction 0..1 as a percentage with one decimal: 0.125 → "12.5 %", 0.08 → "8.0 %"."""
    found = _finite(fraction)
    if found is None:
        return NOT_MEASURED
    text = f"{abs(100 * found):.1f}"
    return (MINUS if found < 0 and text != "0.0" else "") + text + " %"


def p_value(value: Any) -> str:
    found = _finite(value)
    if found is None:
        return f"p {NOT_MEASURED}"
    if found < 0.001:
        return "p < 0.001"
    return f"p = {number(found, 3)}"


def change(before: Any, after: Any, show: Any = number) -> str:
    """"before → after", or "not measured" when either side is missing."""
    if _finite(before) is None or _finite(after) is None:
        return NOT_MEASURED
    return f"{show(before)} {ARROW} {show(after)}"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
