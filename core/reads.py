"""Rows of one organisation by id, in one query: what the API's per-request loaders and node(id)
read through the domains' typed functions (`surveys.listing.surveys_by_id` ...)."""

from __future__ import annotations

from collections.abc import Collection
from typing import TypeVar

from tortoise.models import Model

M = TypeVar("M", bound=Model)


async def rows_by_id(model: type[M], *, organization_id: int, ids: Collection[int]) -> dict[int, M]:
    """The organisation's rows of `model` among `ids`, by id; ids of other organisations' rows, or of
    none, are absent."""
    if not ids:
        return {}
    return {row.pk: row for row in await model.filter(organization_id=organization_id, id__in=list(ids))}
