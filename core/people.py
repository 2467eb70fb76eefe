"""An organisation's people over time: an admin changes a user's role or deactivates them. A demoted
user's sessions end (a live subscription would otherwise keep the old role) and their keys are
capped at the new role; a deactivated user cannot sign in, and their sessions, keys and pending links
end with it. The organisation always keeps one active admin."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from core.errors import ValidationFailed, or_not_found
from core.models import ApiKey, OneTimeLink, Organization, Role, User
from core.sessions import end_user_sessions

# Each role may do all that the roles below it may (api/permissions.py): viewer < agent < analyst < admin.
RANK = {Role.VIEWER: 0, Role.AGENT: 1, Role.ANALYST: 2, Role.ADMIN: 3}
LAST_ADMIN = "the organisation needs at least one active admin: make someone else admin first"


@dataclass(frozen=True)
class RoleChange:
    user: User
    ended_sessions: int


@dataclass(frozen=True)
class Deactivation:
    user: User
    ended_sessions: int
    revoked_api_keys: int


async def change_user_role(*, organization: Organization, user_id: int, role: Role,
                           now: datetime | None = None) -> RoleChange:
    """Give the user another role. Lowered: their sessions end and their keys are lowered with them."""
    now = now or datetime.now(UTC)
    async with in_transaction():
        user = await _user(organization, user_id)
        if user.deactivated_at is not None:
            raise ValidationFailed("this user is deactivated: reactivate them first", field="userId",
                                   code="DEACTIVATED")
        if user.role is role:
            return RoleChange(user=user, ended_sessions=0)
        if user.role is Role.ADMIN:
            await _keep_an_admin(organization, user, field="role")
        lowered = RANK[role] < RANK[user.role]
        await User.filter(id=user.id).update(role=role)
        user.role = role
        ended = 0
        if lowered:
            above = [r for r in Role if RANK[r] > RANK[role]]
            await ApiKey.filter(organization=organization, user_id=user.id, role__in=above).update(role=role)
            ended = await end_user_sessions(organization=organization, user_id=user.id, now=now)
    return RoleChange(user=user, ended_sessions=ended)


async def deactivate_user(*, organization: Organization, user_id: int, acting_user_id: int | None,
                          now: datetime | None = None) -> Deactivation:
    """The user can no longer sign in; their sessions, API keys and unused links end now."""
    now = now or datetime.now(UTC)
    if user_id == acting_user_id:
        raise ValidationFailed("you cannot deactivate yourself", field="userId", code="SELF")
    async with in_transaction():
        user = await _user(organization, user_id)
        if user.deactivated_at is not None:
            return Deactivation(user=user, ended_sessions=0, revoked_api_keys=0)
        if user.role is Role.ADMIN:
            await _keep_an_admin(organization, user, field="userId")
        await User.filter(id=user.id).update(deactivated_at=now)
        user.deactivated_at = now
        ended = await end_user_sessions(organization=organization, user_id=user.id, now=now)
        revoked = await ApiKey.filter(organization=organization, user_id=user.id, revoked_at__isnull=True) \
            .update(revoked_at=now)
        await OneTimeLink.filter(user_id=user.id, used_at__isnull=True).delete()
    return Deactivation(user=user, ended_sessions=ended, revoked_api_keys=revoked)


async def reactivate_user(*, organization: Organization, user_id: int) -> User:
    """A deactivated user may sign in again with their password (their old keys stay revoked)."""
    user = await _user(organization, user_id)
    if user.deactivated_at is not None:
        await User.filter(id=user.id).update(deactivated_at=None)
        user.deactivated_at = None
    return user


async def _user(organization: Organization, user_id: int) -> User:
    return or_not_found(await User.get_or_none(id=user_id, organization=organization), "no such user",
                        field="userId")


async def _keep_an_admin(organization: Organization, leaving: User, *, field: str) -> None:
    """Refuse when `leaving` is the last active admin (the other admins' rows locked until the change commits)."""
    others = await User.filter(organization=organization, role=Role.ADMIN, deactivated_at__isnull=True) \
        .exclude(id=leaving.id).select_for_update().values_list("id", flat=True)
    if not others:
        raise ValidationFailed(LAST_ADMIN, field=field, code="LAST_ADMIN")
