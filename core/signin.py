"""Signing in with e-mail and password, and changing a password. A wrong address and a wrong password
are the same answer after the same work; a password change ends the user's other sessions."""

from __future__ import annotations

from datetime import datetime

from tortoise.transactions import in_transaction

from core.errors import ValidationFailed, or_not_found
from core.models import Organization, User
from core.passwords import MAX_PASSWORD_LENGTH, hash_password, needs_rehash, verify_password
from core.service import MAX_EMAIL, normalize_email
from core.sessions import end_user_sessions

# An address can be a user's in several organisations; each may have its own password.
MAX_ACCOUNTS_PER_ADDRESS = 5


async def check_credentials(*, email: str, password: str) -> User | None:
    """The user with this e-mail address and password (its organisation loaded), or None."""
    if len(email) > MAX_EMAIL or len(password) > MAX_PASSWORD_LENGTH:
        await verify_password(None, password[:MAX_PASSWORD_LENGTH])
        return None
    candidates = await User.filter(email=normalize_email(email), password_hash__isnull=False,
                                   deactivated_at__isnull=True) \
        .select_related("organization").order_by("id").limit(MAX_ACCOUNTS_PER_ADDRESS)
    if not candidates:
        await verify_password(None, password)
        return None
    for user in candidates:
        if await verify_password(user.password_hash, password):
            if user.password_hash and needs_rehash(user.password_hash):
                user.password_hash = await hash_password(password)
                await User.filter(id=user.id).update(password_hash=user.password_hash)
            return user
    return None


async def set_password(*, organization: Organization, user_id: int, password: str,
                       keep_session_id: int | None = None, now: datetime | None = None) -> User:
    """Give the organisation's user a new password; every session of the user but `keep_session_id` ends."""
    user = or_not_found(await User.get_or_none(id=user_id, organization=organization), "no such user", field="userId")
    user.password_hash = await hash_password(password)
    async with in_transaction():
        await User.filter(id=user.id).update(password_hash=user.password_hash)
        await end_user_sessions(organization=organization, user_id=user.id, keep_session_id=keep_session_id, now=now)
    return user


async def change_password(*, organization: Organization, user_id: int, current: str, new: str,
                          keep_session_id: int | None = None) -> User:
    """The signed-in user's own change: the current password first. The user's other sessions end."""
    user = or_not_found(await User.get_or_none(id=user_id, organization=organization), "no such user", field="userId")
    if not await verify_password(user.password_hash, current):
        raise ValidationFailed("the current password is wrong", field="currentPassword", code="INVALID_CREDENTIALS")
    return await set_password(organization=organization, user_id=user_id, password=new, keep_session_id=keep_session_id)
