"""Organisation administration: users (agents take cases, leads are notified of breaches)."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from api.context import Context
from api.core.types import UserType
from api.errors import UserError
from api.permissions import IsAdmin
from core.errors import DomainError
from core.models import Role
from core.service import create_api_key, create_user


@strawberry.type
class UserPayload:
    user: UserType | None = None
    api_key: str | None = strawberry.field(
        default=None, description="A key acting as this user, when asked for: shown only now.")
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class CoreMutations:
    @strawberry.mutation(permission_classes=[IsAdmin], description="Add a user to your organisation.")
    async def create_user(
        self, info: Info[Context, Any], name: str, role: Role, email: str | None = None, with_api_key: bool = False,
    ) -> UserPayload:
        principal = info.context.principal
        assert principal is not None
        try:
            user = await create_user(organization=principal.organization, name=name, email=email, role=role)
        except DomainError as exc:
            return UserPayload(errors=[UserError.of(exc)])
        raw = None
        if with_api_key:
            _, raw = await create_api_key(organization=principal.organization, role=role, name=f"user {user.id}",
                                          user=user)
        return UserPayload(user=UserType.of(user), api_key=raw)
