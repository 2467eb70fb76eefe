"""Organisation administration: users (agents take cases, leads are notified of breaches)."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from api.context import Context
from api.core.types import UserPayload, UserType
from api.errors import payload_errors
from api.permissions import IsAdmin
from core.models import Role
from core.service import create_api_key, create_user


@strawberry.type
class CoreMutations:
    @strawberry.mutation(permission_classes=[IsAdmin], description="Add a user to your organisation.")
    @payload_errors
    async def create_user(
        self, info: Info[Context, Any], name: str, role: Role, email: str | None = None, with_api_key: bool = False,
    ) -> UserPayload:
        organization = info.context.organization
        user = await create_user(organization=organization, name=name, email=email, role=role)
        raw = None
        if with_api_key:
            _, raw = await create_api_key(organization=organization, role=role, name=f"user {user.id}", user=user)
        return UserPayload(user=UserType.of(user), api_key=raw)
