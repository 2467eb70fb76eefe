"""Strawberry's ASGI view with our context: the caller's API key, loaders, rate limiter and live-update hub."""

from __future__ import annotations

import json
from typing import Any

import orjson
from cross_web import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.types.unset import UnsetType

from api import untrusted
from api.context import Context
from api.http import graphiql
from api.surveys.prepared import PreparedMutations
from core.service import Principal, authenticate, bearer_key


class VocGraphQL(GraphQL[Context, None]):
    prepared: PreparedMutations | None = None  # the widget's public mutations, answered directly

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.prepared is None or scope["type"] != "http" or scope["method"] != "POST":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope, receive)  # the body read here is cached for the generic path
        response = await self.prepared.handle(request, self.get_context, self.decode_json)
        if response is None:
            try:
                response = await self.run(request)
            except HTTPException as exc:
                response = PlainTextResponse(exc.reason, status_code=exc.status_code)
        await response(scope, receive, send)

    async def render_graphql_ide(self, request: Request) -> HTMLResponse:
        return graphiql.page(request)  # served from the package, not Strawberry's CDN page

    def encode_json(self, data: object) -> str:
        # orjson is several times faster than json.dumps on every response. A str, not bytes: the
        # WebSocket transport sends bytes as binary frames, which graphql-ws clients do not read.
        try:
            return orjson.dumps(data).decode()
        except (TypeError, orjson.JSONEncodeError):  # what orjson refuses (an int over 64 bits ...)
            return json.dumps(data, separators=(",", ":"))

    def decode_json(self, data: str | bytes) -> object:
        # Request bodies, GET variables and WebSocket messages: strict (api/untrusted.py).
        return untrusted.loads(data)

    def parse_json(self, data: str | bytes) -> Any:
        try:
            value = self.decode_json(data)
        except json.JSONDecodeError as exc:
            # Not always a syntax error: valid JSON holding a NUL or a too-deep value is refused too.
            raise HTTPException(400, f"The request body is not acceptable JSON: {exc.msg}") from exc
        # Strawberry reads fields of an object (or a list: a batch, refused); a bare string,
        # number or null used to reach it and fail with a server error.
        if not isinstance(value, dict | list):
            raise HTTPException(400, "The request body must be a JSON object")
        return value

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
        state = request.app.state
        principal, auth_error = await _authorize(request.headers.get("authorization", ""))
        return Context(
            request=request,
            response=response if isinstance(response, Response) else None,
            settings=state.settings,
            limiter=state.limiter,
            principal=principal,
            auth_error=auth_error,
            hub=state.hub,
        )

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        # Browsers cannot set headers on a WebSocket: the key may come in the connection_init payload
        # instead, {"authorization": "Bearer <key>"} (graphql-ws clients' connectionParams).
        params = context.connection_params or {}
        header = params.get("authorization", params.get("Authorization"))
        if context.principal is None and isinstance(header, str) and header:
            context.principal, context.auth_error = await _authorize(header)
        return await super().on_ws_connect(context)


async def _authorize(header: str) -> tuple[Principal | None, str | None]:
    """The caller of an "Authorization: Bearer <api key>" value, or why there is none."""
    if not header:
        return None, None
    raw = bearer_key(header)
    if raw is None:
        return None, "the Authorization header must be 'Bearer <api key>'"
    principal = await authenticate(raw_key=raw)
    if principal is None:
        return None, "the API key is invalid or has been revoked"
    return principal, None

