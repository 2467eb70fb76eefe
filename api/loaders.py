"""The kinds of per-request DataLoaders: one read per batch, never one per row, and every read under
one organisation.

A key is (organisation id, key): the organisation of the row that holds the reference. Rows reach a
resolver only through tenant-filtered reads or a survey's public token, so a batch is one domain
read per organisation among its keys, and no loader reads across tenants. Each room's loaders are
in api/<domain>/loaders.py; api/context.py gathers them, each built on its first use in a request.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable, Mapping
from typing import Generic, TypeVar

from strawberry.dataloader import DataLoader

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
R = TypeVar("R")
Key = tuple[int, int]  # (organisation id, row id)
# A domain read: (*, organization_id, ids) -> the rows found, by id (surveys.listing.surveys_by_id ...).
Read = Callable[..., Awaitable[Mapping[int, R]]]


class ByOrganization(DataLoader[tuple[int, K], V], Generic[K, V]):
    """Splits a batch by organisation and answers each part with one `read`."""

    def __init__(self) -> None:
        super().__init__(load_fn=self._load)

    async def read(self, *, organization_id: int, keys: list[K]) -> Mapping[K, V]:
        raise NotImplementedError

    def missing(self) -> V:
        """The value of a key that `read` did not answer."""
        raise NotImplementedError

    async def _load(self, keys: list[tuple[int, K]]) -> list[V]:
        wanted: dict[int, list[K]] = {}
        for organization_id, key in keys:
            wanted.setdefault(organization_id, []).append(key)
        found: dict[tuple[int, K], V] = {}
        for organization_id, group in wanted.items():
            for key, value in (await self.read(organization_id=organization_id, keys=group)).items():
                found[(organization_id, key)] = value
        return [found[key] if key in found else self.missing() for key in keys]


class ById(ByOrganization[int, R | None]):
    """A row by its id; None where the organisation has no row of that id."""

    def __init__(self, read: Read[R]) -> None:
        super().__init__()
        self._read = read

    async def read(self, *, organization_id: int, keys: list[int]) -> Mapping[int, R]:
        return await self._read(organization_id=organization_id, ids=keys)

    async def find(self, organization_id: int, pk: int | None) -> R | None:
        """The row of a reference that may be null (an assignee, a respondent): None for none."""
        return None if pk is None else await self.load((organization_id, pk))

    def missing(self) -> R | None:
        return None


class ListById(ByOrganization[int, list[R]]):
    """The rows that belong to an object (a team's members, an action's topics), by the object's id;
    subclasses say which (`read`)."""

    def missing(self) -> list[R]:
        return []
