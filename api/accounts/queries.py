"""Accounts queries: thin resolvers over the accounts listing."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from accounts import listing
from api.accounts.inputs import AccountFilterInput
from api.accounts.types import AccountType
from api.context import Context
from api.errors import api_errors
from api.ids import decode_cursor, encode_cursor
from api.permissions import CanRead
from api.relay import Connection, connection, page_size
from core.errors import ValidationFailed


def _after(after: str | None) -> tuple[str, int] | None:
    if after is None:
        return None
    try:
        name, pk = decode_cursor(after, 2)
        return name, int(pk)
    except ValueError as exc:
        raise ValidationFailed("after is not a cursor of this list", field="after") from exc


@strawberry.type
class AccountQueries:
    @strawberry.field(permission_classes=[CanRead], description=(
        "The organisation's accounts by name, then id. totalCount is counted only when asked for."))
    @api_errors
    async def accounts(
        self, info: Info[Context, Any], filter: AccountFilterInput | None = None, first: int | None = None,
        after: str | None = None,
    ) -> Connection[AccountType]:
        context = info.context
        flt = (filter or AccountFilterInput()).to_domain()
        organization_id = context.organization_id
        page = await listing.list_accounts(organization_id=organization_id, flt=flt,
                                           first=page_size(first, context.settings), after=_after(after))
        # A cursor holds the name: names may repeat and change, the id settles the order between equals.
        return connection([(encode_cursor(a.name, a.id), AccountType.of(a)) for a in page.items],
                          has_next=page.has_next, has_previous=after is not None,
                          total=lambda: listing.count_accounts(organization_id=organization_id, flt=flt))
