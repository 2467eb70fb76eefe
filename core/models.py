"""Tenancy and plumbing tables: organisations, users, their sign-in sessions and one-time links, API keys
and the transactional outbox."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model


class Role(StrEnum):
    ADMIN = "admin"
    ANALYST = "analyst"
    AGENT = "agent"
    VIEWER = "viewer"


class Organization(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=200, unique=True)
    timezone = fields.CharField(max_length=64, default="Asia/Shanghai")
    # Signs respondent identity JWTs sent by the host product (HS256).
    identity_secret = fields.CharField(max_length=128)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "organizations"


class User(Model):
    id = fields.IntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="users", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=200)
    email = fields.CharField(max_length=320, null=True)
    role = fields.CharEnumField(Role, max_length=16)
    # argon2id (core/passwords.py); null until the user sets one through an invitation link.
    password_hash = fields.CharField(max_length=255, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    # Set when an admin deactivates the user (core/people.py): they can no longer sign in.
    deactivated_at = fields.DatetimeField(null=True)

    organization_id: int

    class Meta:
        table = "users"
        unique_together = (("organization", "email"),)


class UserSession(Model):
    """A signed-in browser (core/sessions.py). The cookie's id and the CSRF token are only stored hashed."""

    id = fields.IntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="user_sessions", on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "voc.User", related_name="sessions", on_delete=fields.CASCADE
    )
    id_hash = fields.CharField(max_length=64, unique=True)
    csrf_hash = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)
    last_seen_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()  # the absolute end, whatever the activity
    ended_at = fields.DatetimeField(null=True)  # signed out or revoked

    organization_id: int
    user_id: int

    class Meta:
        table = "user_sessions"
        indexes = (Index(fields=("user_id", "ended_at"), name="ix_user_sessions_user"),)


class LinkPurpose(StrEnum):
    INVITATION = "invitation"  # set a first password
    PASSWORD_RESET = "password_reset"  # set a new password
    SIGN_IN = "sign_in"  # sign in once without a password (the demo's admin)


class OneTimeLink(Model):
    """An expiring link that works once (core/invitations.py); only the token's hash is stored."""

    id = fields.IntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="one_time_links", on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "voc.User", related_name="one_time_links", on_delete=fields.CASCADE
    )
    purpose = fields.CharEnumField(LinkPurpose, max_length=16)
    token_hash = fields.CharField(max_length=64, unique=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)

    organization_id: int
    user_id: int

    class Meta:
        table = "one_time_links"
        indexes = (Index(fields=("user_id", "used_at"), name="ix_one_time_links_user"),)


class ApiKey(Model):
    id = fields.IntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="api_keys", on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "voc.User", related_name="api_keys", null=True, on_delete=fields.SET_NULL
    )
    name = fields.CharField(max_length=200)
    role = fields.CharEnumField(Role, max_length=16)
    # The visible start of the key ("voc_ab12cd34"); the secret itself is only stored hashed.
    prefix = fields.CharField(max_length=16)
    key_hash = fields.CharField(max_length=64, unique=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    last_used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    organization_id: int
    user_id: int | None

    class Meta:
        table = "api_keys"
        indexes = (Index(fields=("prefix",), name="ix_api_keys_prefix"),)


class OutboxEvent(Model):
    # Written in the same transaction as the change it announces; a relay moves it to the queue.
    id = fields.BigIntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="outbox_events", on_delete=fields.CASCADE
    )
    topic = fields.CharField(max_length=64)
    payload: dict[str, Any] = fields.JSONField()
    created_at = fields.DatetimeField(auto_now_add=True)
    dispatched_at = fields.DatetimeField(null=True)

    organization_id: int

    class Meta:
        table = "outbox_events"
        # Partial in the migration (0007): `WHERE dispatched_at IS NULL`, the pending events only. A
        # Tortoise index cannot say IS NULL; the drift test compares names and columns.
        indexes = (Index(fields=("id",), name="ix_outbox_pending"),)
