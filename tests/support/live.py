"""The app served by Uvicorn in the test process on an ephemeral port, and a graphql-transport-ws
client of it over a real WebSocket."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import uvicorn
from httpx_ws import AsyncWebSocketSession, aconnect_ws
from starlette.applications import Starlette

from api.app import create_app
from api.jobs import broker_for, relaying
from core.pubsub import Hub
from core.settings import Settings
from tests.support.waiting import until


@dataclass
class LiveServer:
    app: Starlette
    url: str

    @property
    def hub(self) -> Hub:
        hub: Hub = self.app.state.hub
        return hub


@asynccontextmanager
async def serving(settings: Settings) -> AsyncIterator[LiveServer]:
    """The app under Uvicorn with its lifespan: in the embedded mode it relays the outbox itself."""
    settings = settings.model_copy(update={"outbox_poll_seconds": 0.05})
    app = create_app(settings, manage_db=False)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, lifespan="on", log_config=None,
                                           log_level="warning"))
    running = asyncio.create_task(server.serve())
    async with AsyncExitStack() as stack:
        await until(lambda: server.started or running.done())
        assert server.started, running
        if settings.redis_url:
            # With Redis the API process relays nothing: do here what `voc worker` does (its tasks
            # publish through the installed hub, i.e. through Redis to the server's subscribers).
            broker = broker_for(settings.model_copy(update={"redis_url": None}))
            await broker.startup()
            stack.push_async_callback(broker.shutdown)
            await stack.enter_async_context(relaying(broker, settings))
        port = server.servers[0].sockets[0].getsockname()[1]
        try:
            yield LiveServer(app, f"http://127.0.0.1:{port}")
        finally:
            server.should_exit = True
            await running


class Socket:
    """One graphql-transport-ws connection: JSON messages out and in."""

    def __init__(self, ws: AsyncWebSocketSession) -> None:
        self.ws = ws

    async def send(self, message: dict[str, Any]) -> None:
        await self.ws.send_text(json.dumps(message))

    async def receive(self, wait: float = 10.0) -> dict[str, Any]:
        message: dict[str, Any] = json.loads(await self.ws.receive_text(timeout=wait))
        return message

    async def subscribe(self, op_id: str, query: str, **variables: Any) -> None:
        await self.send({"id": op_id, "type": "subscribe", "payload": {"query": query, "variables": variables}})

    async def silent_for(self, seconds: float) -> None:
        """Nothing arrives for `seconds`: an absence is only seen by waiting."""
        with pytest.raises(TimeoutError):
            await self.receive(wait=seconds)


@asynccontextmanager
async def connect(server: LiveServer, key: str | None = None,
                  params: dict[str, Any] | None = None) -> AsyncIterator[Socket]:
    """A socket to `server`'s /graphql, its connection acknowledged (`key`: an API key in the headers)."""
    headers = {"authorization": f"Bearer {key}"} if key else {}
    ws: AsyncWebSocketSession
    async with httpx.AsyncClient(base_url=server.url) as http, \
            aconnect_ws("/graphql", http, subprotocols=["graphql-transport-ws"], headers=headers) as ws:
        socket = Socket(ws)
        await socket.send({"type": "connection_init", "payload": params or {}})
        assert (await socket.receive())["type"] == "connection_ack"
        yield socket
