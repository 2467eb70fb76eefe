"""The response filter shared by lists, metrics and the CSV export, rendered as SQL conditions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from core.db import dialect
from core.errors import ValidationFailed
from core.sql import Where
from surveys.models import Channel, NpsCategory

MAX_ATTRIBUTE_FILTERS = 10
MIN_SCORE, MAX_SCORE = 0, 10  # the union of every kind's scale (surveys.definitions.SCORE_RANGE)


@dataclass(frozen=True)
class ResponseFilter:
    survey_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None
    nps_category: NpsCategory | None = None
    channel: Channel | None = None
    min_score: int | None = None
    max_score: int | None = None
    has_comment: bool | None = None
    completed: bool | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    # Conditions from the analysis domain (topic, token search), which owns those tables: SQL with
    # `{alias}` for the responses table and %s placeholders, and their values.
    extra: tuple[tuple[str, tuple[Any, ...]], ...] = ()

    def __post_init__(self) -> None:
        # Every scale lies within 0..10. A bound far outside it (a fuzzed maxScore: 67108865) overflowed
        # PostgreSQL's smallint score column: an internal error, or a CSV export cut off after its header.
        for name, value in (("minScore", self.min_score), ("maxScore", self.max_score)):
            if value is not None and not MIN_SCORE <= value <= MAX_SCORE:
                raise ValidationFailed(f"{name} must be between {MIN_SCORE} and {MAX_SCORE}", field=f"filter.{name}")


def is_attribute_name(key: Any) -> bool:
    """A name the filters can address: 1-64 characters, no quote or backslash (it becomes a JSON path)."""
    return isinstance(key, str) and 0 < len(key) <= 64 and '"' not in key and "\\" not in key


def check_attribute_filter(value: Any) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict) or len(value) > MAX_ATTRIBUTE_FILTERS:
        raise ValidationFailed(f"attributes filter must be an object of at most {MAX_ATTRIBUTE_FILTERS} keys",
                               field="filter.attributes")
    for key, item in value.items():
        if not is_attribute_name(key) or isinstance(item, dict | list):
            raise ValidationFailed("attribute filters map names to plain values", field="filter.attributes")
    return {k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in value.items()}


def check_search(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    if len(value) > 200:
        raise ValidationFailed("search is longer than 200 characters", field="filter.search")
    return value.strip()


def response_where(organization_id: int, flt: ResponseFilter, alias: str = "r") -> Where:
    """Conditions on `responses AS alias`; always tenant-scoped first."""
    where = Where()
    where.add(f"{alias}.organization_id = %s", organization_id)
    if flt.survey_id is not None:
        where.add(f"{alias}.survey_id = %s", flt.survey_id)
    if flt.since is not None:
        where.add(f"{alias}.submitted_at >= %s", flt.since)
    if flt.until is not None:
        where.add(f"{alias}.submitted_at < %s", flt.until)
    if flt.nps_category is not None:
        where.add(f"{alias}.nps_category = %s", flt.nps_category.value)
    if flt.channel is not None:
        where.add(f"{alias}.channel = %s", flt.channel.value)
    if flt.min_score is not None:
        where.add(f"{alias}.score >= %s", flt.min_score)
    if flt.max_score is not None:
        where.add(f"{alias}.score <= %s", flt.max_score)
    if flt.has_comment is True:
        where.add(f"{alias}.comment IS NOT NULL")
    elif flt.has_comment is False:
        where.add(f"{alias}.comment IS NULL")
    if flt.completed is not None:
        where.add(f"{alias}.completed = %s", flt.completed)
    for key, value in flt.attributes.items():
        text, params = attribute_text(alias, key)
        where.add(f"{text} = %s", *params, value)
    for clause, values in flt.extra:
        where.add(clause.replace("{alias}", alias), *values)
    return where


def attribute_text(alias: str, key: str) -> tuple[str, list[Any]]:
    """SQL for the text of attribute `key` of `alias`.attributes (NULL when absent), and its parameters:
    what a filter on the attribute compares and what a segment groups by."""
    if dialect() == "postgres":
        return f"({alias}.attributes ->> %s)", [key]
    # json_extract returns SQLite values; booleans are stored as true/false JSON literals.
    return (f"(CASE json_type({alias}.attributes, %s) WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' "
            f"ELSE CAST(json_extract({alias}.attributes, %s) AS TEXT) END)"), [_json_path(key), _json_path(key)]


def _json_path(key: str) -> str:
    return '$."' + key + '"'
