"""viewer and node(id)."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from api.context import Context
from api.core.types import OrganizationType, UserType, Viewer
from api.ids import decode_any
from api.permissions import CanRead
from api.relay import NODE_FETCHERS, Node
from core.models import User


@strawberry.type
class CoreQueries:
    @strawberry.field(permission_classes=[CanRead])
    async def viewer(self, info: Info[Context, Any]) -> Viewer:
        principal = info.context.principal
        assert principal is not None
        user = await User.get_or_none(id=principal.user_id) if principal.user_id else None
        return Viewer(organization=OrganizationType.of(principal.organization), role=principal.role,
                      user=UserType.of(user) if user else None)

    @strawberry.field(permission_classes=[CanRead], description="Any object of your organisation by its id.")
    async def node(self, info: Info[Context, Any], id: strawberry.ID) -> Node | None:
        decoded = decode_any(id)
        if decoded is None or decoded[0] not in NODE_FETCHERS:
            return None
        type_name, pk = decoded
        return await NODE_FETCHERS[type_name](info.context.organization_id, pk)  # type: ignore[no-any-return]
