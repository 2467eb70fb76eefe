"""Tenant-scoped reads of accounts and signals: pages by name, rows by id or external id."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from tortoise.expressions import Q, RawSQL
from tortoise.queryset import QuerySet

from accounts.models import Account, AccountSignal
from accounts.segments import attribute_sql, check_attribute_value
from core.errors import ValidationFailed
from core.paging import Page
from core.reads import rows_by_id

MAX_RENEWAL_DAYS = 3_650


@dataclass(frozen=True)
class AccountFilter:
    owner_id: int | None = None
    band: str | None = None  # the latest health band (accounts.health_model.HealthBand)
    # Accounts renewing from now to this many days ahead (a renewal already past is not "within").
    renewal_within_days: int | None = None
    plan: str | None = None  # the `plan` attribute, compared as text (as a response filter compares attributes)
    industry: str | None = None  # the `industry` attribute, likewise


def filtered(organization_id: int, flt: AccountFilter, now: datetime) -> QuerySet[Account]:
    query = Account.filter(organization_id=organization_id)
    if flt.owner_id is not None:
        query = query.filter(owner_id=flt.owner_id)
    if flt.band is not None:
        query = query.filter(health_band=flt.band)
    if flt.renewal_within_days is not None:
        if not 0 <= flt.renewal_within_days <= MAX_RENEWAL_DAYS:
            raise ValidationFailed(f"renewalWithinDays must be 0-{MAX_RENEWAL_DAYS}", field="filter.renewalWithinDays")
        query = query.filter(renewal_at__gte=now, renewal_at__lt=now + timedelta(days=flt.renewal_within_days))
    if check_attribute_value(flt.plan, "filter.plan") is not None:
        query = query.annotate(plan_text=RawSQL(attribute_sql("accounts", "plan"))).filter(plan_text=flt.plan)
    if check_attribute_value(flt.industry, "filter.industry") is not None:
        query = query.annotate(industry_text=RawSQL(attribute_sql("accounts", "industry"))).filter(
            industry_text=flt.industry)
    return query


async def list_accounts(
    *, organization_id: int, flt: AccountFilter, first: int, after: tuple[str, int] | None,
    now: datetime | None = None,
) -> Page[Account]:
    """By name, then id (names need not be unique); the cursor is (name, id). Not counted
    (`count_accounts` counts when a caller asks)."""
    query = filtered(organization_id, flt, now or datetime.now(UTC))
    if after is not None:
        query = query.filter(Q(name__gt=after[0]) | Q(name=after[0], id__gt=after[1]))
    rows = await query.order_by("name", "id").limit(first + 1)
    return Page(items=rows[:first], has_next=len(rows) > first, total=None)


async def count_accounts(*, organization_id: int, flt: AccountFilter, now: datetime | None = None) -> int:
    return await filtered(organization_id, flt, now or datetime.now(UTC)).count()


async def accounts_by_id(*, organization_id: int, ids: Collection[int]) -> dict[int, Account]:
    return await rows_by_id(Account, organization_id=organization_id, ids=ids)


async def accounts_by_external_id(*, organization_id: int, external_ids: Collection[str]) -> dict[str, Account]:
    if not external_ids:
        return {}
    found = Account.filter(organization_id=organization_id, external_id__in=list(external_ids))
    return {a.external_id: a for a in await found}


async def signal_series(*, organization_id: int, account_id: int, metric: str,
                        since: date | None = None) -> list[tuple[date, float]]:
    """An account's daily values of one metric, oldest first: the time series the health model reads."""
    query = AccountSignal.filter(organization_id=organization_id, account_id=account_id, metric=metric)
    if since is not None:
        query = query.filter(day__gte=since)
    return [(s.day, s.value) for s in await query.order_by("day")]
