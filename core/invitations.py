"""One-time links: an invitation or a password reset (set a password, and be signed in) and a sign-in
link (be signed in without a password: what `make run` prints for the demo's admin). The token is
random and shown once; only its SHA-256 hash is stored. A link works once, before it expires; a new
set-password link replaces the user's earlier ones."""

from __future__ import annotations

import secrets
from collections.abc import Collection
from datetime import UTC, datetime, timedelta

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from core.errors import InvalidLink, ValidationFailed, or_not_found
from core.models import LinkPurpose, OneTimeLink, Organization, Role, User
from core.passwords import hash_password
from core.service import create_user, hash_key, normalize_email
from core.sessions import end_user_sessions

SET_PASSWORD = (LinkPurpose.INVITATION, LinkPurpose.PASSWORD_RESET)
MAX_TOKEN_LENGTH = 200  # a longer token cannot be one of ours: not even hashed
INVALID = "this link is unknown, has been used or has expired: ask an admin for a new one"


async def invite_user(*, organization: Organization, name: str, email: str, role: Role, lifetime: timedelta,
                      now: datetime | None = None) -> tuple[User, str]:
    """A new user without a password, and the token of the invitation link that sets it."""
    async with in_transaction():
        user = await create_user(organization=organization, name=name, email=email, role=role)
        token = await _issue(user=user, purpose=LinkPurpose.INVITATION, lifetime=lifetime, now=now)
    return user, token


async def issue_link(*, organization: Organization, email: str, purpose: LinkPurpose, lifetime: timedelta,
                     now: datetime | None = None) -> tuple[User, str]:
    """A new link for the organisation's user with this e-mail address (a password reset, a sign-in link)."""
    user = or_not_found(await User.get_or_none(organization=organization, email=normalize_email(email)),
                        f"no user with e-mail {email} in {organization.name}", field="email")
    if user.deactivated_at is not None:
        raise ValidationFailed(f"the user with e-mail {email} is deactivated", field="email", code="DEACTIVATED")
    async with in_transaction():
        token = await _issue(user=user, purpose=purpose, lifetime=lifetime, now=now)
    return user, token


async def redeem_link(*, token: str, purposes: Collection[LinkPurpose], now: datetime | None = None) -> User:
    """The user of a live link of one of these purposes, the link used up (once, however many redeem it at once)."""
    now = now or datetime.now(UTC)
    link = await _live(token, purposes, now)
    await _use(link, now)
    return link.user


async def accept_invitation(*, token: str, password: str, now: datetime | None = None) -> User:
    """Set the password through an invitation or password-reset link; the user's sessions all end.
    A refused token or password changes nothing."""
    now = now or datetime.now(UTC)
    link = await _live(token, SET_PASSWORD, now)
    password_hash = await hash_password(password)
    async with in_transaction():
        await _use(link, now)
        await User.filter(id=link.user_id).update(password_hash=password_hash)
        await end_user_sessions(organization=link.user.organization, user_id=link.user_id, now=now)
    link.user.password_hash = password_hash
    return link.user


async def _issue(*, user: User, purpose: LinkPurpose, lifetime: timedelta, now: datetime | None) -> str:
    now = now or datetime.now(UTC)
    token = secrets.token_urlsafe(32)
    finished = Q(used_at__isnull=False) | Q(expires_at__lte=now)
    if purpose in SET_PASSWORD:
        finished |= Q(purpose__in=SET_PASSWORD)
    await OneTimeLink.filter(Q(user_id=user.id) & finished).delete()
    await OneTimeLink.create(organization_id=user.organization_id, user=user, purpose=purpose,
                             token_hash=hash_key(token), expires_at=now + lifetime)
    return token


async def _live(token: str, purposes: Collection[LinkPurpose], now: datetime) -> OneTimeLink:
    if not token or len(token) > MAX_TOKEN_LENGTH:
        raise InvalidLink(INVALID, field="token")
    link = await OneTimeLink.get_or_none(token_hash=hash_key(token), purpose__in=list(purposes), used_at__isnull=True,
                                         expires_at__gt=now).select_related("user__organization")
    if link is None or link.user.deactivated_at is not None:
        raise InvalidLink(INVALID, field="token")
    return link


async def _use(link: OneTimeLink, now: datetime) -> None:
    """Mark the link used, or refuse when a concurrent redemption got there first."""
    if not await OneTimeLink.filter(id=link.id, used_at__isnull=True, expires_at__gt=now).update(used_at=now):
        raise InvalidLink(INVALID, field="token")
