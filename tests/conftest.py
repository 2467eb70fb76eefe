"""Shared fixtures: one migrated database per run (SQLite by default, PostgreSQL when
VOC_TEST_DATABASE_URL is set), emptied between tests; a tiny app per test over ASGI."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from tortoise import Tortoise

from api.app import create_app
from api.process import configure
from core import migrate
from core.db import close_db, db, dialect, init_db
from core.models import Organization, Role
from core.service import create_api_key, get_or_create_organization
from core.settings import Settings, get_settings

PG_URL = os.environ.get("VOC_TEST_DATABASE_URL")
REDIS_URL = os.environ.get("VOC_TEST_REDIS_URL")
TABLES = ["survey_activity", "webhook_deliveries", "webhooks", "audit_events", "action_cases", "action_responses", "action_topics",
          "actions", "case_breaches", "cases", "routing_rules", "case_rules", "team_members", "teams",
          "vocabularies", "comment_analyses", "topic_successors", "topics", "topic_models", "analysis_jobs", "responses", "displays", "respondents", "surveys", "api_keys", "users", "outbox_events",
          "organizations"]


async def _create_pg_database(base_url: str) -> str:
    name = f"voc_test_{uuid.uuid4().hex[:10]}"
    conn = await asyncpg.connect(base_url.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return base_url.rsplit("/", 1)[0] + "/" + name


async def _drop_pg_database(url: str) -> None:
    base, name = url.rsplit("/", 1)
    conn = await asyncpg.connect((base + "/postgres").replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests that need a real server run where one is configured; elsewhere they are deselected
    (reported in the summary), never skipped silently. `.ci/run` runs both configurations."""
    needs = {"postgres": PG_URL, "redis": REDIS_URL}
    keep: list[pytest.Item] = []
    drop: list[pytest.Item] = []
    for item in items:
        missing = [name for name, url in needs.items() if item.get_closest_marker(name) and not url]
        (drop if missing else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("voc-data")


@pytest.fixture(scope="session")
async def database_url(data_dir: Path) -> AsyncIterator[str]:
    url = await _create_pg_database(PG_URL) if PG_URL else f"sqlite://{data_dir / 'test.sqlite3'}"
    migrate.upgrade(url)
    yield url
    if PG_URL:
        await _drop_pg_database(url)


@pytest.fixture(scope="session")
def settings(database_url: str, data_dir: Path) -> Iterator[Settings]:
    os.environ.update(VOC_DATABASE_URL=database_url, VOC_DATA_DIR=str(data_dir), VOC_ENV="test")
    if REDIS_URL:
        os.environ["VOC_REDIS_URL"] = REDIS_URL
    get_settings.cache_clear()
    configure(get_settings())  # what every process does at start-up
    yield get_settings()
    get_settings.cache_clear()


@pytest.fixture(scope="session")
async def orm(settings: Settings) -> AsyncIterator[None]:
    await init_db(settings)
    yield
    await close_db()


@pytest.fixture(autouse=True)
async def clean(request: pytest.FixtureRequest) -> AsyncIterator[None]:
    if "orm" not in request.fixturenames and "client" not in request.fixturenames:
        yield
        return
    yield
    if Tortoise.is_inited():
        if dialect() == "postgres":
            await db().execute_script(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE")
        else:
            await db().execute_script("".join(f"DELETE FROM {t};" for t in TABLES))


@pytest.fixture
def app_settings(settings: Settings) -> Settings:
    """Generous limits: the rate-limit tests build their own."""
    return settings.model_copy(update={"rate_limit_per_ip": "100000/minute",
                                       "rate_limit_per_survey": "100000/minute"})


@pytest.fixture
async def client(orm: None, app_settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(app_settings) as c:
        yield c


class app_client:
    def __init__(self, settings: Settings) -> None:
        self.app = create_app(settings, manage_db=False)

    async def __aenter__(self) -> httpx.AsyncClient:
        await self.app.state.limiter.reset()
        self.client = httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url="http://testserver")
        return self.client

    async def __aexit__(self, *exc: object) -> None:
        await self.client.aclose()
        await self.app.state.limiter.close()


@pytest.fixture
async def org(orm: None) -> Organization:
    return await get_or_create_organization(name="Acme 商城")


@pytest.fixture
async def admin_key(org: Organization) -> str:
    _, raw = await create_api_key(organization=org, role=Role.ADMIN, name="test admin")
    return raw


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


@pytest.fixture
def gql(client: httpx.AsyncClient, admin_key: str) -> GraphQL:
    return GraphQL(client, admin_key)


@pytest.fixture
def public(client: httpx.AsyncClient) -> GraphQL:
    return GraphQL(client)
