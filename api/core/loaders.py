"""The core room's per-request loaders (api/loaders.py says how they batch)."""

from __future__ import annotations

from functools import cached_property

from api.loaders import ById
from core import service
from core.models import ApiKey, User


class CoreLoaders:
    @cached_property
    def user_by_id(self) -> ById[User]:
        return ById(service.users_by_id)

    @cached_property
    def api_key_by_id(self) -> ById[ApiKey]:
        return ById(service.api_keys_by_id)
