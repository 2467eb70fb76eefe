"""Viewer, organisation and user types."""

from __future__ import annotations

import strawberry

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from api.ids import encode_id
from api.permissions import IsAdmin
from api.relay import Node, register_node
from core import models
from core.models import Role


@strawberry.type(name="Organization")
class OrganizationType(Node):
    name: str
    timezone: str
    _model: strawberry.Private[models.Organization]

    @strawberry.field(permission_classes=[IsAdmin], description="Signs respondent identity JWTs (HS256).")
    def identity_secret(self) -> str:
        return self._model.identity_secret

    @classmethod
    def of(cls, org: models.Organization) -> OrganizationType:
        return cls(id=strawberry.ID(encode_id("Organization", org.id)), name=org.name, timezone=org.timezone,
                   _model=org)

@strawberry.type(name="User")
class UserType(Node):
    name: str
    email: str | None
    role: Role

    @classmethod
    def of(cls, user: models.User) -> UserType:
        return cls(id=strawberry.ID(encode_id("User", user.id)), name=user.name, email=user.email,
                   role=user.role)

@strawberry.type
class Viewer:
    organization: OrganizationType
    role: Role
    user: UserType | None

@register_node("Organization")
async def _organization_node(organization_id: int, pk: int) -> OrganizationType | None:
    if pk != organization_id:
        return None
    org = await models.Organization.get_or_none(id=pk)
    return OrganizationType.of(org) if org else None

@register_node("User")
async def _user_node(organization_id: int, pk: int) -> UserType | None:
    user = await models.User.get_or_none(id=pk, organization_id=organization_id)
    return UserType.of(user) if user else None

