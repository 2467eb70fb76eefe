"""Strawberry's ASGI view with our context: the caller (API key or signed-in session, api/http/identity.py),
loaders, rate limiter and live-update hub."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import orjson
from cross_web import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.extensions import SchemaExtension
from strawberry.types.unset import UnsetType

from api import untrusted
from api.context import Context
from api.http import graphiql
from api.http.identity import Identity, bearer, csrf_refusal, identify, origin_allowed
from api.surveys.prepared import PreparedMutations
from core.sessions import csrf_matches, principal_of


class SessionStillLive(SchemaExtension):
    """Before each operation over a WebSocket opened by a signed-in session: is the session still
    live? (HTTP requests are checked as they come; this costs them an attribute read.)"""

    async def on_operation(self) -> AsyncIterator[None]:
        context = self.execution_context.context
        if isinstance(context, Context) and context.websocket_session is not None:
            await context.recheck_session()
        yield


class VocGraphQL(GraphQL[Context, None]):
    prepared: PreparedMutations | None = None  # the widget's public mutations, answered directly

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope, receive)  # the body read here is cached for the generic path
        # Identified once, before anything runs: a signed-in request without its CSRF token is refused
        # whatever its method (a query can be a GET; a GET without one, GraphiQL's page, runs nothing);
        # the context reads what was found (request.state).
        identity = request.state.identity = await identify(request, request.app.state.settings)
        operation = scope["method"] != "GET" or "query" in request.query_params
        if operation and (refused := csrf_refusal(identity, request, every_method=True)) is not None:
            await refused(scope, receive, send)
            return
        if self.prepared is None or scope["method"] != "POST":
            await super().__call__(scope, receive, send)
            return
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
        identity: Identity | None = getattr(request.state, "identity", None)
        if identity is None:  # a WebSocket handshake (HTTP requests were identified in __call__)
            identity = await identify(request, state.settings)
        websocket_session = identity.session if isinstance(request, WebSocket) else None
        return Context(
            request=request,
            response=response if isinstance(response, Response) else None,
            settings=state.settings,
            limiter=state.limiter,
            # A WebSocket's session counts once its connection_init has passed the checks (below).
            principal=None if websocket_session is not None else identity.principal,
            auth_error=identity.error,
            hub=state.hub,
            websocket_session=websocket_session,
        )

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        # Browsers cannot set headers on a WebSocket: the key may come in the connection_init payload
        # instead, {"authorization": "Bearer <key>"} (graphql-ws clients' connectionParams); it wins
        # over the session cookie, as the header does.
        params = context.connection_params or {}
        header = params.get("authorization", params.get("Authorization"))
        if isinstance(header, str) and header and (context.principal is None or context.websocket_session):
            identity = await bearer(header)
            context.principal, context.auth_error, context.websocket_session = identity.principal, identity.error, None
        elif context.websocket_session is not None:
            # Signed in by the cookie, which the browser sends whichever page opens the socket: only a
            # page of the console's origin that can read the CSRF token may use it.
            token = params.get("csrfToken")
            if not origin_allowed(context.request.headers.get("origin"), context.request, context.settings) \
                    or not isinstance(token, str) or not csrf_matches(context.websocket_session, token):
                raise ConnectionRejectionError
            context.principal = principal_of(context.websocket_session)
        return await super().on_ws_connect(context)

