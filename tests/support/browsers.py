"""Browsers for the sign-in tests: each its own cookie jar, against one real app over ASGI, speaking
the console's contract: POST /auth/login, then GraphQL with the cookies and the `X-CSRF-Token`
header read from the `voc_csrf` cookie."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
from starlette.applications import Starlette

from core.models import Organization, Role, User
from core.service import create_user
from core.settings import Settings
from core.signin import set_password
from tests.support.client import app_client

BASE = "http://testserver"
PASSWORD = "correct horse battery"
ME = "{ viewer { role organization { id name } user { id name email role } } }"
CREATE = """mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id } errors { code } } }"""


class Browser:
    def __init__(self, app: Starlette) -> None:
        self.http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE)

    async def login(self, email: str, password: str = PASSWORD, **headers: str) -> httpx.Response:
        return await self.http.post("/auth/login", json={"email": email, "password": password}, headers=headers)

    async def signed_in(self, email: str, password: str = PASSWORD) -> Browser:
        answer = await self.login(email, password)
        assert answer.status_code == 204, answer.text
        return self

    @property
    def session_id(self) -> str | None:
        return self.http.cookies.get("voc_session")

    @property
    def csrf(self) -> str | None:
        return self.http.cookies.get("voc_csrf")

    async def graphql(self, query: str, *, csrf: str | bool | None = True, **variables: Any) -> httpx.Response:
        """POST /graphql with the cookies; the CSRF header from the cookie (True), a given one, or none."""
        token = self.csrf if csrf is True else csrf or None
        headers = {"x-csrf-token": token} if token else {}
        return await self.http.post("/graphql", json={"query": query, "variables": variables}, headers=headers)

    async def data(self, query: str, **variables: Any) -> dict[str, Any]:
        answer = await self.graphql(query, **variables)
        body = answer.json()
        assert answer.status_code == 200 and "errors" not in body, body
        data: dict[str, Any] = body["data"]
        return data

    async def logout(self) -> httpx.Response:
        return await self.http.post("/auth/logout", headers={"x-csrf-token": self.csrf or ""})

    async def close(self) -> None:
        await self.http.aclose()


@asynccontextmanager
async def browsers(app: Starlette) -> AsyncIterator[Any]:
    """`async with browsers(app) as new: a = new(); b = new()`: each a fresh browser, closed at the end."""
    opened: list[Browser] = []

    def new() -> Browser:
        opened.append(Browser(app))
        return opened[-1]

    try:
        yield new
    finally:
        for browser in opened:
            await browser.close()


async def person(org: Organization, email: str, role: Role = Role.ADMIN, password: str = PASSWORD) -> User:
    """A user who has set their password."""
    user = await create_user(organization=org, name=email.split("@")[0], email=email, role=role)
    return await set_password(organization=org, user_id=user.id, password=password)


class Site:
    """One app and the browsers opened on it."""

    def __init__(self, app: Starlette, new: Any) -> None:
        self.app, self.browser = app, new


@asynccontextmanager
async def site_of(settings: Settings) -> AsyncIterator[Site]:
    holder = app_client(settings)  # its limiter reset, closed at the end
    async with holder, browsers(holder.app) as new:
        yield Site(holder.app, new)
