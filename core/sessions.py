"""Sign-in sessions, kept server-side. The browser holds a random session id and a CSRF token; only
their SHA-256 hashes are stored, so a copy of the database signs nobody in. A session ends when it
has been idle too long, at its absolute expiry, at sign-out, when an admin revokes the user's
sessions, and when the user's password changes (the session that changed it excepted)."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from core.errors import NotFound
from core.models import ApiKey, Organization, User, UserSession
from core.service import Principal, hash_key

# last_seen_at moves the idle expiry; writing it on every request would cost a write per call, and
# the idle limit is counted in minutes.
TOUCH_RESOLUTION = timedelta(minutes=1)
MAX_RAW_LENGTH = 200  # a longer cookie or header cannot be one of ours: not even hashed


@dataclass(frozen=True)
class SessionLifetimes:
    idle: timedelta
    absolute: timedelta


@dataclass(frozen=True)
class StartedSession:
    """A new session and its two secrets, which are never stored: they go into the cookies now."""

    session: UserSession
    session_id: str
    csrf_token: str


def principal_of(session: UserSession) -> Principal:
    """The caller a live session stands for: its user, with the user's role of now."""
    user = session.user
    return Principal(organization=session.organization, role=user.role, api_key_id=None, user_id=user.id,
                     session_id=session.id)


async def start_session(*, user: User, lifetimes: SessionLifetimes, replacing: str | None = None,
                        now: datetime | None = None) -> StartedSession:
    """Sign the user in with a new session id (a new one at every sign-in); `replacing`, the id the
    browser held before, ends with it."""
    now = now or datetime.now(UTC)
    raw, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    async with in_transaction():
        if replacing:
            await UserSession.filter(id_hash=_hash(replacing), ended_at__isnull=True).update(ended_at=now)
        # The user's sessions that can no longer be used are of no use kept.
        await UserSession.filter(Q(user_id=user.id) & _dead(now, lifetimes)).delete()
        session = await UserSession.create(organization_id=user.organization_id, user=user, id_hash=_hash(raw),
                                           csrf_hash=_hash(csrf), last_seen_at=now, expires_at=now + lifetimes.absolute)
    await session.fetch_related("organization")
    return StartedSession(session=session, session_id=raw, csrf_token=csrf)


async def resume_session(*, session_id: str, lifetimes: SessionLifetimes,
                         now: datetime | None = None) -> UserSession | None:
    """The live session behind a session id, its idle expiry moved on; None when unknown or ended."""
    if not session_id or len(session_id) > MAX_RAW_LENGTH:
        return None
    now = now or datetime.now(UTC)
    session = await UserSession.get_or_none(id_hash=_hash(session_id)).select_related("user", "organization")
    if session is None or session.ended_at is not None or now >= session.expires_at:
        return None
    if session.user.deactivated_at is not None:  # deactivating ends the sessions; this is the second lock
        return None
    if now - session.last_seen_at >= lifetimes.idle:
        return None
    if now - session.last_seen_at >= TOUCH_RESOLUTION:
        session.last_seen_at = now
        await UserSession.filter(id=session.id, ended_at__isnull=True).update(last_seen_at=now)
    return session


async def session_is_live(*, session_id: int, lifetimes: SessionLifetimes, now: datetime | None = None) -> bool:
    """Whether a session is still live, without moving its idle expiry (a WebSocket acting for it
    checks before each operation and event: those are not the person's requests)."""
    now = now or datetime.now(UTC)
    return await UserSession.filter(_live(now, lifetimes), id=session_id).exists()


async def users_signed_in(*, organization_id: int, ids: Collection[int], lifetimes: SessionLifetimes,
                          now: datetime | None = None) -> dict[int, bool]:
    """Which of the organisation's users have a live session now: what signing them out everywhere
    ends. A user who only calls the API with a key of theirs has none (a key is no session)."""
    wanted = list(ids)
    live: list[int] = await UserSession.filter(  # type: ignore[assignment]
        _live(now or datetime.now(UTC), lifetimes), organization_id=organization_id, user_id__in=wanted,
    ).distinct().values_list("user_id", flat=True)
    found = set(live)
    return {pk: pk in found for pk in wanted}


def csrf_matches(session: UserSession, token: str | None) -> bool:
    if not token or len(token) > MAX_RAW_LENGTH:
        return False
    return hmac.compare_digest(session.csrf_hash, _hash(token))


async def renew_csrf_token(*, session: UserSession) -> str:
    """A new CSRF token for a live session (the browser lost its cookie): the old one stops working."""
    token = secrets.token_urlsafe(32)
    session.csrf_hash = _hash(token)
    await UserSession.filter(id=session.id).update(csrf_hash=session.csrf_hash)
    return token


async def end_session(*, session: UserSession, now: datetime | None = None) -> None:
    await UserSession.filter(id=session.id, ended_at__isnull=True).update(ended_at=now or datetime.now(UTC))


async def end_user_sessions(*, organization: Organization, user_id: int, keep_session_id: int | None = None,
                            now: datetime | None = None) -> int:
    """End every live session of the organisation's user (but `keep_session_id`); how many ended."""
    if not await User.exists(id=user_id, organization=organization):
        raise NotFound("no such user", field="userId")
    live = UserSession.filter(organization=organization, user_id=user_id, ended_at__isnull=True)
    if keep_session_id is not None:
        live = live.exclude(id=keep_session_id)
    return await live.update(ended_at=now or datetime.now(UTC))


def _live(now: datetime, lifetimes: SessionLifetimes) -> Q:
    return Q(ended_at__isnull=True, expires_at__gt=now, last_seen_at__gt=now - lifetimes.idle)


def _dead(now: datetime, lifetimes: SessionLifetimes) -> Q:
    return Q(ended_at__isnull=False) | Q(expires_at__lte=now) | Q(last_seen_at__lte=now - lifetimes.idle)


def _hash(raw: str) -> str:
    return hash_key(raw)


async def users_joined(*, organization_id: int, ids: Collection[int]) -> dict[int, bool]:
    """Which of the organisation's users have ever signed in (by password or by a one-time link) or
    called the API with a key of theirs. A session row is kept, ended or expired, until the user's next
    sign-in replaces it, so anyone who signed in once has one; a key records when it was last used."""
    wanted = list(ids)
    signed_in: list[int] = await UserSession.filter(  # type: ignore[assignment]
        organization_id=organization_id, user_id__in=wanted).distinct().values_list("user_id", flat=True)
    found = set(signed_in)
    rest = [pk for pk in wanted if pk not in found]
    if rest:
        used: list[int] = await ApiKey.filter(  # type: ignore[assignment]
            organization_id=organization_id, user_id__in=rest, last_used_at__isnull=False,
        ).distinct().values_list("user_id", flat=True)
        found.update(used)
    return {pk: pk in found for pk in wanted}
