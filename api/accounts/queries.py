"""Accounts queries: thin resolvers over the accounts listing and the health model."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from accounts import health, listing, warnings
from accounts.health_listing import AccountOrder, list_accounts_by, sum_mrr
from accounts.listing import AccountFilter
from api.accounts.inputs import AccountFilterInput
from api.accounts.types import AccountType
from api.context import Context
from api.errors import api_errors
from api.ids import decode_cursor, encode_cursor
from api.permissions import CanRead
from api.relay import Connection, connection, page_size
from core.errors import ValidationFailed

NO_KEY = "-"  # a cursor past the accounts that have the ordering's value


def _after(after: str | None) -> tuple[str, int] | None:
    if after is None:
        return None
    try:
        name, pk = decode_cursor(after, 2)
        return name, int(pk)
    except ValueError as exc:
        raise ValidationFailed("after is not a cursor of this list", field="after") from exc


def _after_keyed(after: str | None, order: AccountOrder) -> tuple[float | None, int] | None:
    if after is None:
        return None
    try:
        named, key, pk = decode_cursor(after, 3)
        if named != order.value:
            raise ValueError("a cursor of another order")
        return (None if key == NO_KEY else float(key)), int(pk)
    except ValueError as exc:
        raise ValidationFailed("after is not a cursor of this list", field="after") from exc


@strawberry.type(name="AccountConnection")
class AccountConnection(Connection[AccountType]):
    # Summed only when asked for, as totalCount is counted: one aggregate over every match.
    _mrr: strawberry.Private[Callable[[], Awaitable[float]]]

    @strawberry.field(description=(
        "The `mrr` attribute summed over every account the filter matches (all pages, not this one): a number "
        "only; an account whose mrr is text, another value or missing counts 0."))
    async def mrr(self) -> float:
        return await self._mrr()

    @classmethod
    def of(cls, page: Connection[AccountType], mrr: Callable[[], Awaitable[float]]) -> AccountConnection:
        return cls(edges=page.edges, page_info=page.page_info, _total=page._total, _mrr=mrr)


@strawberry.type
class AccountQueries:
    @strawberry.field(permission_classes=[CanRead], description=(
        "The organisation's accounts, by name then id unless orderBy says otherwise. totalCount and mrr are "
        "computed only when asked for."))
    @api_errors
    async def accounts(
        self, info: Info[Context, Any], filter: AccountFilterInput | None = None, first: int | None = None,
        after: str | None = None, order_by: AccountOrder = AccountOrder.NAME,
    ) -> AccountConnection:
        context = info.context
        flt = (filter or AccountFilterInput()).to_domain()
        organization_id = context.organization_id
        size = page_size(first, context.settings)

        def total() -> Awaitable[int]:
            return listing.count_accounts(organization_id=organization_id, flt=flt)

        def mrr() -> Awaitable[float]:
            return sum_mrr(organization_id=organization_id, flt=flt)

        if order_by != AccountOrder.NAME:
            return AccountConnection.of(await _ordered(organization_id, flt, order_by, size, after, total), mrr)
        page = await listing.list_accounts(organization_id=organization_id, flt=flt, first=size, after=_after(after))
        # A cursor holds the name: names may repeat and change, the id settles the order between equals.
        return AccountConnection.of(connection([(encode_cursor(a.name, a.id), AccountType.of(a)) for a in page.items],
                                               has_next=page.has_next, has_previous=after is not None, total=total),
                                    mrr)

    @strawberry.field(permission_classes=[CanRead], description=(
        "The organisation's health model (the default until an admin sets one): components with weights summing "
        "to 100, each a linear range or thresholds, and the bands. README, section Customer health, has the format."))
    async def health_model(self, info: Info[Context, Any]) -> JSON:
        return JSON(await health.stored_model(organization_id=info.context.organization_id))

    @strawberry.field(permission_classes=[CanRead], description=(
        "The organisation's early-warning rules, the whole set (the defaults until an admin sets them): each rule "
        "by code with enabled and its parameters. README, section Early warnings, has the format."))
    async def warning_rules(self, info: Info[Context, Any]) -> JSON:
        return JSON(await warnings.stored_rules(organization_id=info.context.organization_id))


async def _ordered(organization_id: int, flt: AccountFilter, order: AccountOrder, size: int, after: str | None,
                   total: Callable[[], Awaitable[int]]) -> Connection[AccountType]:
    page = await list_accounts_by(organization_id=organization_id, flt=flt, order=order, first=size,
                                  after=_after_keyed(after, order))
    return connection([(encode_cursor(order.value, NO_KEY if k.key is None else repr(k.key), k.account.id),
                        AccountType.of(k.account)) for k in page.items],
                      has_next=page.has_next, has_previous=after is not None, total=total)
