"""viewer and node(id)."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from api.context import Context
from api.core.types import OrganizationType, Viewer, user_type
from api.ids import decode_any
from api.permissions import CanRead
from api.relay import NODE_FETCHERS, Node


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
