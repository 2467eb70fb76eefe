"""viewer, node(id) and users."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from api.context import Context
from api.core.types import ApiKeyType, OrganizationType, UserType, Viewer, user_type
from api.errors import api_errors
from api.ids import decode_any
from api.permissions import CanRead, IsAdmin
from api.relay import NODE_FETCHERS, Connection, Node, after_id, newest_first_connection, page_size
from core import service


@strawberry.type
class CoreQueries:
    @strawberry.field(permission_classes=[CanRead])
    async def viewer(self, info: Info[Context, Any]) -> Viewer:
        context = info.context
        principal = context.checked_principal
        return Viewer(organization=OrganizationType.of(principal.organization), role=principal.role,
                      user=await user_type(context, context.organization_id, principal.user_id))

    @strawberry.field(permission_classes=[CanRead], description="Any object of your organisation by its id.")
    async def node(self, info: Info[Context, Any], id: strawberry.ID) -> Node | None:
        decoded = decode_any(id)
        if decoded is None or decoded[0] not in NODE_FETCHERS:
            return None
        type_name, pk = decoded
        return await NODE_FETCHERS[type_name](info.context, pk)  # type: ignore[no-any-return]

    @strawberry.field(permission_classes=[CanRead], description=(
        "Your organisation's people, newest first. Every role sees each user's id, name and role; `email` "
        "is shown to admins, and to a user on their own entry (null otherwise)."))
    @api_errors
    async def users(
        self, info: Info[Context, Any], first: int | None = None, after: str | None = None
    ) -> Connection[UserType]:
        context = info.context
        page = await service.list_users(organization_id=context.organization_id,
                                        first=page_size(first, context.settings), after_id=after_id(after))
        return newest_first_connection(page, UserType.of, after=after)

    @strawberry.field(permission_classes=[IsAdmin], description=(
        "Your organisation's API keys, newest first, revoked ones included (admins): names, roles, prefixes "
        "and when each was last used; never the keys themselves."))
    @api_errors
    async def api_keys(
        self, info: Info[Context, Any], first: int | None = None, after: str | None = None
    ) -> Connection[ApiKeyType]:
        context = info.context
        page = await service.list_api_keys(organization_id=context.organization_id,
                                           first=page_size(first, context.settings), after_id=after_id(after))
        return newest_first_connection(page, ApiKeyType.of, after=after)
