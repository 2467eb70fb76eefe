"""DataLoaders, built per request: one query per batch, never one per row."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

from strawberry.dataloader import DataLoader
from tortoise.models import Model

from analysis.models import CommentAnalysis, Topic
from surveys.models import Respondent, Survey

if TYPE_CHECKING:
    from api.context import Context


def _by_id(model: type[Model]) -> Callable[[Sequence[int]], Awaitable[list[Any]]]:
    # Keys always come from rows already read under the caller's tenant filter.
    async def load(ids: Sequence[int]) -> list[Any]:
        found = {row.pk: row for row in await model.filter(id__in=list(ids))}
        return [found.get(i) for i in ids]

    return load


async def _analysis_by_response(ids: Sequence[int]) -> list[Any]:
    found = {row.response_id: row for row in await CommentAnalysis.filter(response_id__in=list(ids))}
    return [found.get(i) for i in ids]


LOADERS: dict[str, Callable[[Sequence[int]], Awaitable[list[Any]]]] = {
    "survey": _by_id(Survey),
    "respondent": _by_id(Respondent),
    "topic": _by_id(Topic),
    "analysis": _analysis_by_response,
}


def build(name: str, context: Context) -> DataLoader[Any, Any]:
    return DataLoader(load_fn=LOADERS[name])
