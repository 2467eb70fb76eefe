"""Relay plumbing: the Node interface, connections with totalCount, page-size limits."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

import strawberry
from tortoise.models import Model

from api.context import Context, Loaders
from api.ids import decode_cursor, encode_cursor
from api.loaders import ById
from core.errors import ValidationFailed
from core.paging import Page
from core.settings import Settings

T = TypeVar("T")
R = TypeVar("R", bound=Model)


@strawberry.interface
class Node:
    id: strawberry.ID


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


Total = int | Callable[[], Awaitable[int]]


@strawberry.type
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    # A count, or how to count when asked: counting every match of a filter can cost far more than
    # the page (a topic's responses at 1M answers: 1.4 s for the count, milliseconds for the page).
    _total: strawberry.Private[Total]

    @strawberry.field
    async def total_count(self) -> int:
        return self._total if isinstance(self._total, int) else await self._total()


def page_size(first: int | None, settings: Settings) -> int:
    if first is None:
        return settings.default_page_size
    if not 0 <= first <= settings.max_page_size:
        raise ValidationFailed(f"first must be between 0 and {settings.max_page_size}", field="first")
    return first


def connection(
    items: list[tuple[str, T]], *, has_next: bool, has_previous: bool, total: Total
) -> Connection[T]:
    edges = [Edge(cursor=cursor, node=node) for cursor, node in items]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=has_next,
            has_previous_page=has_previous,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        _total=total,
    )


def after_id(after: str | None) -> int | None:
    """The row id in an `after` cursor of a newest-first list."""
    if after is None:
        return None
    try:
        return int(decode_cursor(after, 1)[0])
    except ValueError as exc:
        raise ValidationFailed("after is not a cursor of this list", field="after") from exc


def newest_first_connection(page: Page[R], of: Callable[[R], T], *, after: str | None) -> Connection[T]:
    """A connection over a `core.paging.newest_first` page; cursors are row ids."""
    return connection([(encode_cursor(row.pk), of(row)) for row in page.items],
                      has_next=page.has_next, has_previous=after is not None, total=_counted(page))


def _counted(page: Page[Any]) -> int:
    if page.total is None:
        raise ValueError("a newest_first page is always counted")
    return page.total


# node(id) dispatch: type name -> fetch(context, pk) returning the GraphQL object of the caller's
# organisation, or None. Each room registers its types' (api/<domain>/types.py).
NodeFetcher = Callable[[Context, int], Awaitable[Any]]
NODE_FETCHERS: dict[str, NodeFetcher] = {}


def register_node(type_name: str) -> Callable[[NodeFetcher], NodeFetcher]:
    def register(fetcher: NodeFetcher) -> NodeFetcher:
        NODE_FETCHERS[type_name] = fetcher
        return fetcher

    return register


def node_by_id(type_name: str, loader: Callable[[Loaders], ById[R]], of: Callable[[R], T]) -> None:
    """node(id) for a type whose rows a request loader reads by id (`lambda l: l.survey_by_id`)."""

    async def fetch(context: Context, pk: int) -> T | None:
        found = await loader(context.loaders).find(context.organization_id, pk)
        return of(found) if found is not None else None

    NODE_FETCHERS[type_name] = fetch
