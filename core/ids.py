"""Public object ids ("Survey:42" base64url-encoded, the GraphQL global ids), encoded in one place:
the API answers with them, and the domains write them where a person reads a reference to an object
(audit trails, messages), so that every reference can be followed with `node(id)`."""

from __future__ import annotations

import base64


def encode_id(type_name: str, pk: int) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode().rstrip("=")
