"""Viewer, organisation and user types."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any

import strawberry
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from api.context import Context
from api.errors import UserError
from api.ids import encode_id
from api.permissions import IsAdmin
from api.relay import Node, node_by_id, register_node
from core import models, service
from core.models import Role
from core.service import Principal


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


def _email(root: UserType, info: Info[Context, Any]) -> str | None:
    return root._model.email if may_see_email(info.context.principal, root._model) else None


@strawberry.enum(description="Where a user stands: INVITED (has not joined yet: no password set, never "
                 "signed in, no API key of theirs used), ACTIVE (has a password, has signed in, e.g. by a one-time "
                 "link, or has called the API with a key of theirs), or DEACTIVATED (cannot sign in).")
class UserStatus(Enum):
    INVITED = "invited"
    ACTIVE = "active"
    DEACTIVATED = "deactivated"


@strawberry.type(name="User", description=(
    "A person of your organisation. Everyone may see a user's id, name and role (whom a case or an action "
    "can go to); the e-mail address only admins and the user themselves."))
class UserType(Node):
    name: str
    email: str | None = strawberry.field(resolver=_email, description=(
        "The address they sign in with: for admins and for the user themselves; null for everyone else."))
    role: Role
    _model: strawberry.Private[models.User]

    @strawberry.field(description="INVITED, ACTIVE or DEACTIVATED.")
    async def status(self, info: Info[Context, Any]) -> UserStatus:
        user = self._model
        if user.deactivated_at is not None:
            return UserStatus.DEACTIVATED
        if user.password_hash is not None:
            return UserStatus.ACTIVE
        # No password is not "invited": a one-time sign-in link (the demo's admin) signs in without one,
        # and an integration works through its user's API key without ever signing in.
        joined = await info.context.loaders.joined.load((user.organization_id, user.id))
        return UserStatus.ACTIVE if joined else UserStatus.INVITED

    @strawberry.field(description="When an admin deactivated the user; null while they may sign in.")
    def deactivated_at(self) -> datetime | None:
        return self._model.deactivated_at

    @strawberry.field(permission_classes=[IsAdmin], description=(
        "Whether the user is signed in to the console now (a session that has neither ended nor expired): what "
        "revokeUserSessions would end. An API key of theirs is no session. Admins only, as that mutation is."))
    async def signed_in(self, info: Info[Context, Any]) -> bool:
        return await info.context.loaders.signed_in.load((self._model.organization_id, self._model.id))

    @classmethod
    def of(cls, user: models.User) -> UserType:
        return cls(id=strawberry.ID(encode_id("User", user.id)), name=user.name, role=user.role, _model=user)


def may_see_email(principal: Principal | None, user: models.User) -> bool:
    """An address is personal data: admins manage people (invitations, resets), and a user sees their own."""
    if principal is None or principal.organization.id != user.organization_id:
        return False
    return principal.role is Role.ADMIN or principal.user_id == user.id


@strawberry.type
class Viewer:
    organization: OrganizationType
    role: Role
    user: UserType | None


@strawberry.type
class UserPayload:
    user: UserType | None = None
    api_key: str | None = strawberry.field(
        default=None, description="A key acting as this user, when asked for: shown only now.")
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class InvitationPayload:
    invitation_url: str | None = strawberry.field(
        default=None, description="The one-time link that sets the user's password (expires): shown only now.")
    expires_at: datetime | None = strawberry.field(default=None, description="When the link stops working.")
    user: UserType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class RevokeSessionsPayload:
    user: UserType | None = None
    ended_sessions: int = strawberry.field(default=0, description="How many signed-in sessions ended.")
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ChangeUserRolePayload:
    user: UserType | None = None
    ended_sessions: int = strawberry.field(default=0, description=(
        "How many sessions ended: a lowered role signs the user out everywhere."))
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeactivateUserPayload:
    user: UserType | None = None
    ended_sessions: int = strawberry.field(default=0, description="How many signed-in sessions ended.")
    revoked_api_keys: int = strawberry.field(
        default=0, description="How many API keys acting as the user were revoked.")
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type(name="ApiKey", description=(
    "An API key of your organisation (admins): its name, role and visible prefix; the secret is never stored."))
class ApiKeyType(Node):
    name: str
    role: Role
    prefix: str = strawberry.field(description="The visible start of the key, e.g. voc_ab12cd34.")
    created_at: datetime
    last_used_at: datetime | None = strawberry.field(description="Roughly (to the minute) when it was last used.")
    revoked_at: datetime | None
    _model: strawberry.Private[models.ApiKey]

    @strawberry.field(description="The user the key acts as, if any.")
    async def user(self, info: Info[Context, Any]) -> UserType | None:
        return await user_type(info.context, self._model.organization_id, self._model.user_id)

    @classmethod
    def of(cls, key: models.ApiKey) -> ApiKeyType:
        return cls(id=strawberry.ID(encode_id("ApiKey", key.id)), name=key.name, role=key.role, prefix=key.prefix,
                   created_at=key.created_at, last_used_at=key.last_used_at, revoked_at=key.revoked_at, _model=key)


@strawberry.type
class CreateApiKeyPayload:
    api_key: ApiKeyType | None = None
    key: str | None = strawberry.field(default=None, description="The key itself: shown only in this answer.")
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class RevokeApiKeyPayload:
    api_key: ApiKeyType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class OrganizationPayload:
    organization: OrganizationType | None = None
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ChangePasswordPayload:
    ok: bool = False
    errors: list[UserError] = strawberry.field(default_factory=list)


async def user_type(context: Context, organization_id: int, user_id: int | None) -> UserType | None:
    """The user a row of the organisation points at (an assignee, an owner), through the request's loader."""
    found = await context.loaders.user_by_id.find(organization_id, user_id)
    return UserType.of(found) if found else None


@register_node("Organization")
async def _organization_node(context: Context, pk: int) -> OrganizationType | None:
    if pk != context.organization_id:
        return None
    org = await service.find_organization(organization_id=pk)
    return OrganizationType.of(org) if org else None


node_by_id("User", lambda loaders: loaders.user_by_id, UserType.of)


@register_node("ApiKey")
async def _api_key_node(context: Context, pk: int) -> ApiKeyType | None:
    if context.checked_principal.role is not Role.ADMIN:  # keys are the admins' to see
        return None
    found = await context.loaders.api_key_by_id.find(context.organization_id, pk)
    return ApiKeyType.of(found) if found else None
