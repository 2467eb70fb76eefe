"""Keyset pages of Tortoise querysets, newest first, with the total the connections report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from tortoise.models import Model
from tortoise.queryset import QuerySet

T = TypeVar("T")
M = TypeVar("M", bound=Model)


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    has_next: bool
    total: int | None  # None: not counted (the caller counts when asked)


async def newest_first(query: QuerySet[M], *, first: int, after_id: int | None) -> Page[M]:
    """One page of `query` (already tenant-filtered) by descending id, after the row `after_id`."""
    total = await query.count()
    if after_id is not None:
        query = query.filter(id__lt=after_id)
    rows = await query.order_by("-id").limit(first + 1)
    return Page(items=rows[:first], has_next=len(rows) > first, total=total)
