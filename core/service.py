"""Organisations, users and API keys. Keys are random, shown once, stored as SHA-256 hashes."""

from __future__ import annotations

import functools
import hashlib
import secrets
import zoneinfo
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tortoise.exceptions import IntegrityError

from core.errors import ValidationFailed, or_not_found
from core.models import ApiKey, Organization, Role, User
from core.paging import Page, newest_first
from core.reads import rows_by_id

KEY_PREFIX = "voc_"
# last_used_at is informative; writing it on every request would cost a write per call.
LAST_USED_RESOLUTION = timedelta(minutes=1)

MAX_USER_NAME = 200
MAX_EMAIL = 320  # RFC 5321's limit on a forward path
MAX_KEY_NAME = 200
MAX_ORGANIZATION_NAME = 200


@dataclass(frozen=True)
class Principal:
    """Who is calling: the organisation, the role, and the API key or the signed-in session (for audit
    and per-caller limits)."""

    organization: Organization
    role: Role
    api_key_id: int | None
    user_id: int | None
    session_id: int | None = None

    @property
    def limit_key(self) -> tuple[str, str]:
        """What per-caller rate limits count: the API key, or the signed-in user."""
        if self.api_key_id is not None:
            return "key", str(self.api_key_id)
        return "user", str(self.user_id)


def hash_key(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


async def get_or_create_organization(*, name: str) -> Organization:
    name = name.strip()
    if not name:
        raise ValidationFailed("organisation name must not be empty", field="name")
    org = await Organization.get_or_none(name=name)
    if org is not None:
        return org
    try:
        return await Organization.create(name=name, identity_secret=secrets.token_urlsafe(32))
    except IntegrityError:  # created concurrently
        return await Organization.get(name=name)


def normalize_email(email: str) -> str:
    """E-mail addresses are compared and stored in one form: people sign in with what they type."""
    return email.strip().lower()


async def create_user(*, organization: Organization, name: str, email: str | None, role: Role) -> User:
    email = normalize_email(email) if email is not None else None
    if not name.strip():
        raise ValidationFailed("user name must not be empty", field="name")
    if len(name) > MAX_USER_NAME:
        raise ValidationFailed(f"name is longer than {MAX_USER_NAME} characters", field="name")
    if email is not None and (len(email) > MAX_EMAIL or "@" not in email):
        raise ValidationFailed("email is not an address", field="email")
    if email is not None and await User.exists(organization=organization, email=email):
        raise ValidationFailed(f"a user with email {email} already exists", field="email", code="DUPLICATE")
    return await User.create(organization=organization, name=name.strip(), email=email, role=role)


async def create_api_key(
    *, organization: Organization, role: Role, name: str = "api key", user: User | None = None
) -> tuple[ApiKey, str]:
    """Return the stored key and the raw secret, which is never stored and shown only now."""
    name = name.strip()
    if not name:
        raise ValidationFailed("the key's name must not be empty", field="name")
    if len(name) > MAX_KEY_NAME:
        raise ValidationFailed(f"name is longer than {MAX_KEY_NAME} characters", field="name")
    raw = KEY_PREFIX + secrets.token_urlsafe(32)
    key = await ApiKey.create(
        organization=organization,
        user=user,
        name=name,
        role=role,
        prefix=raw[:12],
        key_hash=hash_key(raw),
    )
    return key, raw


def bearer_key(header: str) -> str | None:
    """The key of an "Authorization: Bearer <key>" value; None when the value is not one."""
    scheme, _, raw = header.partition(" ")
    return (raw.strip() or None) if scheme.lower() == "bearer" else None


async def authenticate(*, raw_key: str) -> Principal | None:
    """The principal behind a raw key, or None for an unknown or revoked key."""
    if not raw_key.startswith(KEY_PREFIX) or len(raw_key) > 200:
        return None
    key = await ApiKey.get_or_none(key_hash=hash_key(raw_key)).select_related("organization")
    if key is None or key.revoked_at is not None:
        return None
    now = datetime.now(UTC)
    if key.last_used_at is None or now - key.last_used_at > LAST_USED_RESOLUTION:
        await ApiKey.filter(id=key.id).update(last_used_at=now)
    return Principal(organization=key.organization, role=key.role, api_key_id=key.id, user_id=key.user_id)


async def revoke_api_key(*, organization: Organization, key_id: int) -> ApiKey:
    key = or_not_found(await ApiKey.get_or_none(id=key_id, organization=organization), "no such API key")
    if key.revoked_at is None:
        key.revoked_at = datetime.now(UTC)
        await key.save(update_fields=["revoked_at"])
    return key


async def update_organization(*, organization: Organization, name: str | None = None,
                              timezone: str | None = None) -> Organization:
    """Rename the organisation (names are unique: the CLI's `--org` takes them) or change its time zone
    (an IANA name: days, weeks and months of the figures are counted in it). Nothing changes on a refusal."""
    fresh = or_not_found(await Organization.get_or_none(id=organization.id), "no such organisation")
    changes: dict[str, str] = {}
    if name is not None:
        name = name.strip()
        if not name:
            raise ValidationFailed("organisation name must not be empty", field="name")
        if len(name) > MAX_ORGANIZATION_NAME:
            raise ValidationFailed(f"name is longer than {MAX_ORGANIZATION_NAME} characters", field="name")
        if name != fresh.name and await Organization.exists(name=name):
            raise ValidationFailed("another organisation has this name", field="name", code="DUPLICATE")
        changes["name"] = name
    if timezone is not None:
        if timezone not in time_zones():
            raise ValidationFailed(f"{timezone[:64]!r} is not an IANA time zone (e.g. Asia/Shanghai)",
                                   field="timezone")
        changes["timezone"] = timezone
    if changes:
        try:
            await Organization.filter(id=fresh.id).update(**changes)
        except IntegrityError as exc:  # renamed concurrently to the same name
            raise ValidationFailed("another organisation has this name", field="name", code="DUPLICATE") from exc
        for field, value in changes.items():
            setattr(fresh, field, value)
    return fresh


@functools.cache
def time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


async def rotate_identity_secret(*, organization: Organization) -> Organization:
    """A new secret for respondent identity JWTs: tokens signed with the old one stop verifying (within
    the surveys' short cache, surveys.service.SURVEY_CACHE_SECONDS, on other processes)."""
    fresh = or_not_found(await Organization.get_or_none(id=organization.id), "no such organisation")
    fresh.identity_secret = secrets.token_urlsafe(32)
    await Organization.filter(id=fresh.id).update(identity_secret=fresh.identity_secret)
    return fresh


# --- reads -------------------------------------------------------------------------------------


async def find_organization(*, organization_id: int) -> Organization | None:
    return await Organization.get_or_none(id=organization_id)


async def find_organization_by_name(*, name: str) -> Organization | None:
    return await Organization.get_or_none(name=name.strip())


async def list_users(*, organization_id: int, first: int, after_id: int | None) -> Page[User]:
    """The organisation's people, newest first (what a role may see of each is the API's to decide)."""
    return await newest_first(User.filter(organization_id=organization_id), first=first, after_id=after_id)


async def list_api_keys(*, organization_id: int, first: int, after_id: int | None) -> Page[ApiKey]:
    """The organisation's API keys, revoked ones too, newest first (only their prefixes: the secrets are not stored)."""
    return await newest_first(ApiKey.filter(organization_id=organization_id), first=first, after_id=after_id)


async def users_by_id(*, organization_id: int, ids: Collection[int]) -> dict[int, User]:
    return await rows_by_id(User, organization_id=organization_id, ids=ids)


async def api_keys_by_id(*, organization_id: int, ids: Collection[int]) -> dict[int, ApiKey]:
    return await rows_by_id(ApiKey, organization_id=organization_id, ids=ids)
