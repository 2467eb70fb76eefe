"""Input types of the core room (people)."""

from __future__ import annotations

import strawberry

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from core.models import Role


@strawberry.input(description="Someone to invite: they set their password through the link.")
class InviteUserInput:
    email: str
    name: str
    role: Role
