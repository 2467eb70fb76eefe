"""The one-time links people are given (core/invitations.py makes their tokens): where each leads, and
how long it works by the settings. GraphQL builds them on the origin the admin reached; the CLI on
VOC_PUBLIC_URL or --base-url; the demo on the address it serves."""

from __future__ import annotations

from datetime import timedelta
from typing import Literal
from urllib.parse import quote

from core.settings import Settings

CONSOLE = "/app"
SET_PASSWORD_PAGE = "/app/invitation"  # the console's page that sets the password (POST /auth/invitation)
SIGN_IN_LINK = "/auth/link/"  # GET: signed in, then on to the console


# What the set-password page tells its reader the link is for (its words only: the server checks the token
# the same whatever the link says): an invitation completes a new account; "reset" replaces the password
# of someone who has one; "first" gives an existing user without one their first (staff added without a
# password, or an invitee whose invitation ran out).
LinkFor = Literal["invitation", "reset", "first"]


def invitation_url(base: str, token: str, for_: LinkFor = "invitation") -> str:
    says = "" if for_ == "invitation" else f"&for={for_}"
    return f"{base.rstrip('/')}{SET_PASSWORD_PAGE}?token={quote(token)}{says}"


def sign_in_url(base: str, token: str) -> str:
    return f"{base.rstrip('/')}{SIGN_IN_LINK}{quote(token)}"


def console_url(base: str) -> str:
    return f"{base.rstrip('/')}{CONSOLE}"


def invitation_lifetime(settings: Settings) -> timedelta:
    return timedelta(hours=settings.invitation_hours)


def sign_in_link_lifetime(settings: Settings) -> timedelta:
    return timedelta(minutes=settings.sign_in_link_minutes)
