"""Clients of the app as outside callers use it: an HTTP client over ASGI and a GraphQL client."""

from __future__ import annotations

from typing import Any

import httpx

from api.app import create_app
from core.settings import Settings


class app_client:
    """A fresh app over ASGI (no server, no lifespan), its rate limits reset: `async with app_client(s) as c`."""

    def __init__(self, settings: Settings) -> None:
        self.app = create_app(settings, manage_db=False)

    async def __aenter__(self) -> httpx.AsyncClient:
        await self.app.state.limiter.reset()
        self.client = httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url="http://testserver")
        return self.client

    async def __aexit__(self, *exc: object) -> None:
        await self.client.aclose()
        await self.app.state.limiter.close()


class GraphQL:
    """A client written from the contract: posts operations, returns `data` or raises on errors."""

    def __init__(self, client: httpx.AsyncClient, key: str | None = None, origin: str | None = None) -> None:
        self.client, self.key, self.origin = client, key, origin

    async def raw(self, query: str, **variables: Any) -> httpx.Response:
        headers = {}
        if self.key:
            headers["authorization"] = f"Bearer {self.key}"
        if self.origin:
            headers["origin"] = self.origin
        return await self.client.post("/graphql", json={"query": query, "variables": variables}, headers=headers)

    async def __call__(self, query: str, **variables: Any) -> dict[str, Any]:
        response = await self.raw(query, **variables)
        body = response.json()
        assert "errors" not in body, body
        data: dict[str, Any] = body["data"]
        return data
