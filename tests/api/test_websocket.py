"""/graphql speaks graphql-transport-ws over a real WebSocket, authorised by the API key."""

from __future__ import annotations

import json

import httpx
from httpx_ws import AsyncWebSocketSession, aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport

from api.app import create_app
from core.settings import Settings
from tests.support.client import GraphQL
from tests.support.ops import active_survey


async def test_queries_over_graphql_transport_ws(app_settings: Settings, gql: GraphQL, admin_key: str) -> None:
    await active_survey(gql)
    app = create_app(app_settings, manage_db=False)
    async with httpx.AsyncClient(transport=ASGIWebSocketTransport(app=app), base_url="http://testserver") as client:
        headers = {"authorization": f"Bearer {admin_key}"}
        ws: AsyncWebSocketSession
        anonymous: AsyncWebSocketSession
        async with aconnect_ws("/graphql", client, subprotocols=["graphql-transport-ws"], headers=headers) as ws:
            await ws.send_text(json.dumps({"type": "connection_init"}))
            assert json.loads(await ws.receive_text())["type"] == "connection_ack"
            await ws.send_text(json.dumps({"id": "1", "type": "subscribe",
                                           "payload": {"query": "{ surveys { totalCount } }"}}))
            message = json.loads(await ws.receive_text())
            assert message["type"] == "next"
            assert message["payload"]["data"] == {"surveys": {"totalCount": 1}}
            assert json.loads(await ws.receive_text())["type"] == "complete"
        async with aconnect_ws("/graphql", client, subprotocols=["graphql-transport-ws"]) as anonymous:
            await anonymous.send_text(json.dumps({"type": "connection_init"}))
            await anonymous.receive_text()
            await anonymous.send_text(json.dumps({"id": "2", "type": "subscribe",
                                                  "payload": {"query": "{ surveys { totalCount } }"}}))
            refused = json.loads(await anonymous.receive_text())
            assert refused["payload"]["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    await app.state.limiter.close()
