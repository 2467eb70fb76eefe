"""Strawberry's ASGI view with our context: the caller's API key, loaders and rate limiter."""

from __future__ import annotations

import json

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from api.context import Context
from core.service import authenticate


class VocGraphQL(GraphQL[Context, None]):
    def encode_json(self, data: object) -> str:
        # orjson is several times faster than json.dumps on every response. A str, not bytes: the
        # WebSocket transport sends bytes as binary frames, which graphql-ws clients do not read.
        try:
            return orjson.dumps(data).decode()
        except (TypeError, orjson.JSONEncodeError):  # what orjson refuses (an int over 64 bits ...)
            return json.dumps(data, separators=(",", ":"))

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
        state = request.app.state
        principal, auth_error = None, None
        header = request.headers.get("authorization", "")
        if header:
            scheme, _, raw = header.partition(" ")
            if scheme.lower() != "bearer" or not raw.strip():
                auth_error = "the Authorization header must be 'Bearer <api key>'"
            else:
                principal = await authenticate(raw_key=raw.strip())
                if principal is None:
                    auth_error = "the API key is invalid or has been revoked"
        return Context(
            request=request,
            response=response if isinstance(response, Response) else None,
            settings=state.settings,
            limiter=state.limiter,
            principal=principal,
            auth_error=auth_error,
        )

