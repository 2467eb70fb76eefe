"""The core room's per-request loaders (api/loaders.py says how they batch)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

from api.http.identity import lifetimes
from api.loaders import ById, ByOrganization
from core import service
from core.models import ApiKey, User
from core.sessions import SessionLifetimes, users_joined, users_signed_in
from core.settings import Settings


class Joined(ByOrganization[int, bool]):
    """Whether a user has ever signed in or used an API key of theirs, by the user's id."""

    async def read(self, *, organization_id: int, keys: list[int]) -> Mapping[int, bool]:
        return await users_joined(organization_id=organization_id, ids=keys)

    def missing(self) -> bool:
        return False


class SignedIn(ByOrganization[int, bool]):
    """Whether a user has a live console session now, by the user's id."""

    def __init__(self, session_lifetimes: SessionLifetimes) -> None:
        super().__init__()
        self._lifetimes = session_lifetimes

    async def read(self, *, organization_id: int, keys: list[int]) -> Mapping[int, bool]:
        return await users_signed_in(organization_id=organization_id, ids=keys, lifetimes=self._lifetimes)

    def missing(self) -> bool:
        return False


class CoreLoaders:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings  # the request's: how long a session lives

    @cached_property
    def user_by_id(self) -> ById[User]:
        return ById(service.users_by_id)

    @cached_property
    def api_key_by_id(self) -> ById[ApiKey]:
        return ById(service.api_keys_by_id)

    @cached_property
    def joined(self) -> Joined:
        return Joined()

    @cached_property
    def signed_in(self) -> SignedIn:
        return SignedIn(lifetimes(self.settings))
