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


@strawberry.input(description="A new API key: what it is for, and the role it acts with.")
class CreateApiKeyInput:
    name: str
    role: Role


@strawberry.input(description="What to change of your organisation; a field left out stays as it is.")
class UpdateOrganizationInput:
    name: str | None = None
    timezone: str | None = strawberry.field(default=None, description="An IANA time zone, e.g. Asia/Shanghai.")
