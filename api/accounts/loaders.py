"""The accounts room's per-request loaders (api/loaders.py says how they batch)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from functools import cached_property

from accounts import health, listing, warnings
from accounts.models import Account, AccountHealth
from actions.models import Case
from api.loaders import ById, ByOrganization


class AccountByExternalId(ByOrganization[str, Account | None]):
    """An account by its external id (what a respondent names); None where the organisation has none."""

    async def read(self, *, organization_id: int, keys: list[str]) -> Mapping[str, Account]:
        return await listing.accounts_by_external_id(organization_id=organization_id, external_ids=keys)

    def missing(self) -> Account | None:
        return None


TREND_DAYS = 90


class HealthDays(ByOrganization[int, list[AccountHealth]]):
    """An account's daily health rows of the last TREND_DAYS, oldest first (a page's in one query)."""

    async def read(self, *, organization_id: int, keys: list[int]) -> Mapping[int, list[AccountHealth]]:
        since = (datetime.now(UTC) - timedelta(days=TREND_DAYS + 1)).date()
        return await health.health_days(organization_id=organization_id, account_ids=keys, since=since)

    def missing(self) -> list[AccountHealth]:
        return []


class AccountWarnings(ByOrganization[str, list[Case]]):
    """The cases an account's early warnings opened, by the account's external id (a page's in one query)."""

    async def read(self, *, organization_id: int, keys: list[str]) -> Mapping[str, list[Case]]:
        return await warnings.warnings_of(organization_id=organization_id, external_ids=keys)

    def missing(self) -> list[Case]:
        return []


class AccountLoaders:
    @cached_property
    def account_by_id(self) -> ById[Account]:
        return ById(listing.accounts_by_id)

    @cached_property
    def account_by_external_id(self) -> AccountByExternalId:
        return AccountByExternalId()

    @cached_property
    def health_days(self) -> HealthDays:
        return HealthDays()

    @cached_property
    def account_warnings(self) -> AccountWarnings:
        return AccountWarnings()
