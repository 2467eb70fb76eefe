"""Organisation administration: users (agents take cases, leads are notified of breaches), their
invitations and sessions, and a signed-in user's own password."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from api.context import Context
from api.core.inputs import InviteUserInput
from api.core.types import ChangePasswordPayload, InvitationPayload, RevokeSessionsPayload, UserPayload, UserType
from api.errors import payload_errors
from api.ids import decode_id
from api.links import invitation_lifetime, invitation_url
from api.permissions import CanRead, IsAdmin
from core.errors import PermissionDenied
from core.invitations import invite_user
from core.models import Role
from core.service import create_api_key, create_user, users_by_id
from core.sessions import end_user_sessions
from core.signin import change_password


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

    @strawberry.mutation(permission_classes=[IsAdmin], description=(
        "Invite someone to your organisation: a new user without a password, and a one-time link (it expires) "
        "that sets it. The link is shown only in this answer."))
    @payload_errors
    async def invite_user(self, info: Info[Context, Any], input: InviteUserInput) -> InvitationPayload:
        context = info.context
        user, token = await invite_user(organization=context.organization, name=input.name, email=input.email,
                                        role=input.role, lifetime=invitation_lifetime(context.settings))
        return InvitationPayload(invitation_url=invitation_url(context.own_origin, token), user=UserType.of(user))

    @strawberry.mutation(permission_classes=[IsAdmin], description=(
        "Sign a user of your organisation out everywhere: every session of theirs ends at once."))
    @payload_errors
    async def revoke_user_sessions(self, info: Info[Context, Any], user_id: strawberry.ID) -> RevokeSessionsPayload:
        organization = info.context.organization
        pk = decode_id(user_id, "User", field="userId")
        ended = await end_user_sessions(organization=organization, user_id=pk)
        user = (await users_by_id(organization_id=organization.id, ids=[pk]))[pk]
        return RevokeSessionsPayload(user=UserType.of(user), ended_sessions=ended)

    @strawberry.mutation(permission_classes=[CanRead], description=(
        "Change your own password (the current one first). Your other sessions end; this one goes on."))
    @payload_errors
    async def change_password(self, info: Info[Context, Any], current_password: str,
                              new_password: str) -> ChangePasswordPayload:
        principal = info.context.checked_principal
        if principal.user_id is None:
            raise PermissionDenied("this API key acts for no user: only a user has a password")
        await change_password(organization=principal.organization, user_id=principal.user_id,
                              current=current_password, new=new_password, keep_session_id=principal.session_id)
        return ChangePasswordPayload(ok=True)
