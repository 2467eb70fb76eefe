"""Opaque global ids ("Survey:42" base64url-encoded) and cursors."""

from __future__ import annotations

import base64
import binascii

from core.errors import NotFound
from core.ids import encode_id

__all__ = ["decode_any", "decode_cursor", "decode_id", "encode_cursor", "encode_id"]


def decode_any(global_id: str) -> tuple[str, int] | None:
    try:
        raw = base64.urlsafe_b64decode(global_id + "=" * (-len(global_id) % 4)).decode()
        type_name, _, pk = raw.partition(":")
        return type_name, int(pk)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


def decode_id(global_id: str, type_name: str, *, field: str = "id") -> int:
    decoded = decode_any(global_id)
    if decoded is None or decoded[0] != type_name or not 0 < decoded[1] < 2**63:
        raise NotFound(f"no {type_name} with id “{global_id}”", field=field)
    return decoded[1]


def encode_cursor(*parts: object) -> str:
    return base64.urlsafe_b64encode("|".join(map(str, parts)).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, count: int) -> list[str]:
    """The `count` parts of a cursor; only the first may hold a "|" (an account's name does)."""
    try:
        parts = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode().rsplit("|", count - 1)
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise ValueError("invalid cursor") from exc
    if len(parts) != count:
        raise ValueError("invalid cursor")
    return parts
