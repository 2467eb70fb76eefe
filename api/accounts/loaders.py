"""The accounts room's per-request loaders (api/loaders.py says how they batch)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

from accounts import listing
from accounts.models import Account
from api.loaders import ById, ByOrganization


class AccountByExternalId(ByOrganization[str, Account | None]):
    """An account by its external id (what a respondent names); None where the organisation has none."""

    async def read(self, *, organization_id: int, keys: list[str]) -> Mapping[str, Account]:
        return await listing.accounts_by_external_id(organization_id=organization_id, external_ids=keys)

    def missing(self) -> Account | None:
        return None


class AccountLoaders:
    @cached_property
    def account_by_id(self) -> ById[Account]:
        return ById(listing.accounts_by_id)

    @cached_property
    def account_by_external_id(self) -> AccountByExternalId:
        return AccountByExternalId()
