"""Passwords: argon2id hashes (argon2-cffi's defaults, RFC 9106's second recommendation), computed off
the event loop: one hash costs tens of milliseconds of CPU and 64 MiB, and would stall every other
request of the process if it ran on the loop."""

from __future__ import annotations

import asyncio
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from core.errors import ValidationFailed

MIN_PASSWORD_LENGTH = 10
# argon2 takes any length, but a megabyte of "password" is a way to spend our CPU, not a password.
MAX_PASSWORD_LENGTH = 1000

_hasher = PasswordHasher()  # argon2id


@cache
def _nobody() -> str:
    """Checked when there is no user or no password yet, so that an unknown e-mail address costs the
    same time as a wrong password and timing does not tell which addresses exist."""
    return _hasher.hash("no user has this password")


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationFailed(f"the password must have at least {MIN_PASSWORD_LENGTH} characters",
                               field="password")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationFailed(f"the password must have at most {MAX_PASSWORD_LENGTH} characters",
                               field="password")


async def hash_password(password: str) -> str:
    check_password_rules(password)
    return await asyncio.to_thread(_hasher.hash, password)


def _verify(stored: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored or _nobody(), password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


async def verify_password(stored: str | None, password: str) -> bool:
    """Whether the password matches the stored hash; with no stored hash, False after the same work."""
    if len(password) > MAX_PASSWORD_LENGTH:
        return False
    return await asyncio.to_thread(_verify, stored, password)


def needs_rehash(stored: str) -> bool:
    """Whether a hash was made with weaker parameters than today's (rehashed at the next sign-in)."""
    return _hasher.check_needs_rehash(stored)
