"""GraphQL over WebSocket with the session cookie: only from an allowed origin, and only with the
session's CSRF token in connection_init (the cookie alone is sent by whichever page opens a socket)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from httpx_ws import AsyncWebSocketSession, WebSocketDisconnect, aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport
from starlette.applications import Starlette

from actions.live import channel
from api.app import create_app
from api.ids import decode_id
from core.models import Organization, Role
from core.pubsub import Hub
from core.service import create_api_key
from core.settings import Settings
from tests.support.browsers import BASE, PASSWORD, person
from tests.support.waiting import until

QUERY = {"query": "{ viewer { user { email } role } }"}


@pytest.fixture
async def app(orm: None, app_settings: Settings, org: Organization) -> AsyncIterator[Starlette]:
    await person(org, "ada@acme.example")
    built = create_app(app_settings.model_copy(update={"console_origins": "http://localhost:5173"}), manage_db=False)
    yield built
    await built.state.hub.close()  # a Redis hub's listener, started by a subscription
    await built.state.limiter.close()


@asynccontextmanager
async def signed_in(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    """A browser (one cookie jar) on a WebSocket-capable transport, signed in as Ada. Opened and closed
    in the test's own task, as the transport needs."""
    async with httpx.AsyncClient(transport=ASGIWebSocketTransport(app=app), base_url=BASE) as browser:
        answer = await browser.post("/auth/login", json={"email": "ada@acme.example", "password": PASSWORD})
        assert answer.status_code == 204
        yield browser


async def ask(client: httpx.AsyncClient, payload: dict[str, Any], origin: str | None = BASE) -> dict[str, Any]:
    """connection_init with `payload`, then the query: its answer."""
    ws: AsyncWebSocketSession
    headers = {"origin": origin} if origin else {}
    async with aconnect_ws("/graphql", client, subprotocols=["graphql-transport-ws"], headers=headers) as ws:
        await ws.send_text(json.dumps({"type": "connection_init", "payload": payload}))
        ack = json.loads(await ws.receive_text())
        assert ack["type"] == "connection_ack", ack
        await ws.send_text(json.dumps({"id": "1", "type": "subscribe", "payload": QUERY}))
        answer: dict[str, Any] = json.loads(await ws.receive_text())
        return answer


async def refused(client: httpx.AsyncClient, payload: dict[str, Any], origin: str | None = BASE) -> int:
    """The close code of a connection refused at the handshake or at connection_init."""
    ws: AsyncWebSocketSession
    headers = {"origin": origin} if origin else {}
    try:
        async with aconnect_ws("/graphql", client, subprotocols=["graphql-transport-ws"], headers=headers) as ws:
            await ws.send_text(json.dumps({"type": "connection_init", "payload": payload}))
            try:
                message = await ws.receive_text()
            except WebSocketDisconnect as closed:
                return closed.code
            raise AssertionError(f"not refused: {message}")
    except WebSocketDisconnect as closed:
        return closed.code


async def test_the_cookie_with_its_csrf_token_from_our_origin_is_the_caller(app: Starlette) -> None:
    async with signed_in(app) as client:
        token = client.cookies["voc_csrf"]
        for origin in (BASE, "http://localhost:5173"):  # ours, and a configured console origin
            answer = await ask(client, {"csrfToken": token}, origin)
            assert answer["payload"]["data"] == {"viewer": {"user": {"email": "ada@acme.example"}, "role": "ADMIN"}}


async def test_another_origin_is_refused(app: Starlette) -> None:
    async with signed_in(app) as client:
        token = client.cookies["voc_csrf"]
        assert await refused(client, {"csrfToken": token}, "https://evil.example") == 1008  # at the handshake
        assert await refused(client, {"csrfToken": token}, None) == 4403  # a browser always sends one


async def test_a_missing_or_wrong_csrf_token_is_refused(app: Starlette) -> None:
    async with signed_in(app) as client:
        for payload in ({}, {"csrfToken": "forged"}, {"csrfToken": 42}):
            assert await refused(client, payload) == 4403


async def test_an_api_key_in_connection_params_wins_over_the_cookie(app: Starlette, org: Organization) -> None:
    _, key = await create_api_key(organization=org, role=Role.VIEWER)
    async with signed_in(app) as client:
        answer = await ask(client, {"authorization": f"Bearer {key}"}, None)  # no CSRF token, no origin
        assert answer["payload"]["data"] == {"viewer": {"user": None, "role": "VIEWER"}}


async def test_a_socket_stops_acting_for_a_session_that_has_ended(app: Starlette, org: Organization) -> None:
    """Sign-out (or revocation, or expiry) while a socket is open: its next operation is
    unauthenticated, and a live subscription ends at its next event."""
    made = 'mutation { createAction(input: {title: "直播"}) { action { id } errors { code } } }'
    ws: AsyncWebSocketSession
    async with signed_in(app) as client:
        token = client.cookies["voc_csrf"]
        action = (await client.post("/graphql", json={"query": made}, headers={"x-csrf-token": token})).json()
        action_pk = decode_id(action["data"]["createAction"]["action"]["id"], "Action")
        hub: Hub = app.state.hub
        live = channel(org.id, "action")
        async with aconnect_ws("/graphql", client, subprotocols=["graphql-transport-ws"],
                               headers={"origin": BASE}) as ws:
            await ws.send_json({"type": "connection_init", "payload": {"csrfToken": token}})
            assert (await ws.receive_json())["type"] == "connection_ack"
            await ws.send_json({"id": "live", "type": "subscribe",
                                "payload": {"query": "subscription { actionUpdated { title } }"}})
            await until(lambda: hub.listening(live))
            await hub.publish(live, {"id": action_pk})
            assert (await ws.receive_json(timeout=10))["payload"]["data"] == {"actionUpdated": {"title": "直播"}}

            assert (await client.post("/auth/logout", headers={"x-csrf-token": token})).status_code == 204
            await ws.send_json({"id": "q", "type": "subscribe", "payload": QUERY})
            refused = await ws.receive_json(timeout=10)
            assert refused["id"] == "q" and refused["payload"]["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
            assert (await ws.receive_json(timeout=10)) == {"id": "q", "type": "complete"}
            await hub.publish(live, {"id": action_pk})
            ended = await ws.receive_json(timeout=10)
            assert ended["id"] == "live", ended
            assert ended["payload"]["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
