"""Organisation administration: users (agents take cases, leads are notified of breaches), their
invitations and sessions, and a signed-in user's own password."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import strawberry
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from api.context import Context
from api.core.inputs import CreateApiKeyInput, InviteUserInput, UpdateOrganizationInput
from api.core.types import (
    ApiKeyType,
    ChangePasswordPayload,
    ChangeUserRolePayload,
    CreateApiKeyPayload,
    DeactivateUserPayload,
    InvitationPayload,
    OrganizationPayload,
    OrganizationType,
    RevokeApiKeyPayload,
    RevokeSessionsPayload,
    UserPayload,
    UserType,
)
from api.errors import payload_errors
from api.ids import decode_id
from api.links import invitation_lifetime, invitation_url
from api.permissions import CanRead, IsAdmin
from core.errors import PermissionDenied
from core.invitations import invite_user
from core.models import Role
from core.people import change_user_role, deactivate_user, reactivate_user
from core.service import (
    create_api_key,
    create_user,
    revoke_api_key,
    rotate_identity_secret,
    update_organization,
    users_by_id,
)
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
        now, lifetime = datetime.now(UTC), invitation_lifetime(context.settings)
        user, token = await invite_user(organization=context.organization, name=input.name, email=input.email,
                                        role=input.role, lifetime=lifetime, now=now)
        return InvitationPayload(invitation_url=invitation_url(context.own_origin, token), expires_at=now + lifetime,
                                 user=UserType.of(user))

    @strawberry.mutation(permission_classes=[IsAdmin], description=(
        "Sign a user of your organisation out everywhere: every session of theirs ends at once."))
    @payload_errors
    async def revoke_user_sessions(self, info: Info[Context, Any], user_id: strawberry.ID) -> RevokeSessionsPayload:
        organization = info.context.organization
        pk = decode_id(user_id, "User", field="userId")
        ended = await end_user_sessions(organization=organization, user_id=pk)
        user = (await users_by_id(organization_id=organization.id, ids=[pk]))[pk]
        return RevokeSessionsPayload(user=UserType.of(user), ended_sessions=ended)

    @strawberry.mutation(permission_classes=[IsAdmin], description=(
        "Give a user of your organisation another role. A lowered role ends the user's sessions (they sign in "
        "again with it) and lowers the keys acting as them; the last active admin keeps the role."))
    @payload_errors
    async def change_user_role(self, info: Info[Context, Any], user_id: strawberry.ID,
                               role: Role) -> ChangeUserRolePayload:
        pk = decode_id(user_id, "User", field="userId")
        change = await change_user_role(organization=info.context.organization, user_id=pk, role=role)
        return ChangeUserRolePayload(user=UserType.of(change.user), ended_sessions=change.ended_sessions)

    @strawberry.mutation(permission_classes=[IsAdmin], description=(
        "Deactivate a user of your organisation: they cannot sign in any more, and their sessions, the API keys "
        "acting as them and their unused links end now. Their name stays on what they did. Not yourself, "
        "nor the last active admin."))
    @payload_errors
    async def deactivate_user(self, info: Info[Context, Any], user_id: strawberry.ID) -> DeactivateUserPayload:
        principal = info.context.checked_principal
        pk = decode_id(user_id, "User", field="userId")
        done = await deactivate_user(organization=principal.organization, user_id=pk,
                                     acting_user_id=principal.user_id)
        return DeactivateUserPayload(user=UserType.of(done.user), ended_sessions=done.ended_sessions,
                                     revoked_api_keys=done.revoked_api_keys)

    @strawberry.mutation(permission_classes=[IsAdmin], description=(
        "Let a deactivated user sign in again with their password (their revoked keys stay revoked)."))
    @payload_errors
    async def reactivate_user(self, info: Info[Context, Any], user_id: strawberry.ID) -> UserPayload:
        pk = decode_id(user_id, "User", field="userId")
        return UserPayload(user=UserType.of(await reactivate_user(organization=info.context.organization, user_id=pk)))

    @strawberry.mutation(permission_classes=[IsAdmin], description=(
        "A new API key for your organisation, acting with the role given (and for no user). The key is shown "
        "only in this answer; afterwards only its prefix."))
    @payload_errors
    async def create_api_key(self, info: Info[Context, Any], input: CreateApiKeyInput) -> CreateApiKeyPayload:
        key, raw = await create_api_key(organization=info.context.organization, role=input.role, name=input.name)
        return CreateApiKeyPayload(api_key=ApiKeyType.of(key), key=raw)

    @strawberry.mutation(permission_classes=[IsAdmin], description=(
        "Revoke an API key of your organisation: requests with it are refused from now on (401)."))
    @payload_errors
    async def revoke_api_key(self, info: Info[Context, Any], id: strawberry.ID) -> RevokeApiKeyPayload:
        pk = decode_id(id, "ApiKey", field="id")
        return RevokeApiKeyPayload(api_key=ApiKeyType.of(
            await revoke_api_key(organization=info.context.organization, key_id=pk)))

    @strawberry.mutation(permission_classes=[IsAdmin], description=(
        "Rename your organisation or change its time zone (an IANA name: the figures' days, weeks and months "
        "are counted in it)."))
    @payload_errors
    async def update_organization(self, info: Info[Context, Any],
                                  input: UpdateOrganizationInput) -> OrganizationPayload:
        organization = await update_organization(organization=info.context.organization, name=input.name,
                                                 timezone=input.timezone)
        return OrganizationPayload(organization=OrganizationType.of(organization))

    @strawberry.mutation(permission_classes=[IsAdmin], description=(
        "A new identity secret: respondent identity tokens signed with the old one stop verifying, so your "
        "product must sign with the new one (read it with organization.identitySecret)."))
    @payload_errors
    async def rotate_identity_secret(self, info: Info[Context, Any]) -> OrganizationPayload:
        organization = await rotate_identity_secret(organization=info.context.organization)
        return OrganizationPayload(organization=OrganizationType.of(organization))

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
