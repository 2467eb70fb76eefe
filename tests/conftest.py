"""Shared fixtures: one migrated database per run (SQLite by default, PostgreSQL when
VOC_TEST_DATABASE_URL is set), emptied between tests; a tiny app per test over ASGI."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from taskiq import InMemoryBroker
from tortoise import Tortoise

from api.process import configure
from core import migrate
from core.db import close_db, db, dialect, init_db
from core.models import Organization, Role
from core.service import create_api_key, get_or_create_organization
from core.settings import Settings, get_settings
from tests.support.alerts import Robots, alert_settings
from tests.support.client import GraphQL, app_client
from tests.support.databases import PG_URL, REDIS_URL, empty_database
from tests.support.queue import in_process
from tests.support.smtp import MailServer, mail_settings
from tests.support.webhooks import Receiver

TABLES = ["mail_notices", "mail_preferences", "mail_suppressions", "distribution_recipients", "distributions", "account_health", "health_models", "account_signals", "accounts", "notification_deliveries", "notification_channels", "one_time_links", "user_sessions", "survey_activity", "topic_activity", "segment_activity", "webhook_deliveries", "webhooks", "audit_events", "action_cases", "action_responses", "action_topics",
          "actions", "case_breaches", "cases", "routing_rules", "case_rules", "team_members", "teams",
          "vocabularies", "comment_analyses", "topic_successors", "topics", "topic_models", "analysis_jobs", "responses", "displays", "respondents", "surveys", "api_keys", "users", "outbox_events",
          "organizations"]


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
    async with empty_database(data_dir / "test.sqlite3") as url:
        migrate.upgrade(url)
        yield url


@pytest.fixture
async def fresh_url(tmp_path: Path) -> AsyncIterator[str]:
    """An empty database of its own (no tables yet), for tests that migrate stored rows step by step."""
    async with empty_database(tmp_path / "fresh.sqlite3") as url:
        yield url


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


@pytest.fixture
async def org(orm: None) -> Organization:
    return await get_or_create_organization(name="Acme 商城")


@pytest.fixture
async def admin_key(org: Organization) -> str:
    _, raw = await create_api_key(organization=org, role=Role.ADMIN, name="test admin")
    return raw


@pytest.fixture
def gql(client: httpx.AsyncClient, admin_key: str) -> GraphQL:
    return GraphQL(client, admin_key)


@pytest.fixture
def public(client: httpx.AsyncClient) -> GraphQL:
    return GraphQL(client)


@pytest.fixture
async def broker(app_settings: Settings) -> AsyncIterator[InMemoryBroker]:
    """The in-process queue with every task of the service (what `voc serve` runs without Redis)."""
    async with in_process(app_settings) as in_process_broker:
        yield in_process_broker


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A webhook receiver on loopback that answers 200 (tests set `statuses` or `delay` for more)."""
    r = Receiver().start()
    yield r
    r.stop()


@pytest.fixture
def robots() -> Iterator[Robots]:
    """Local WeCom / DingTalk / Feishu / webhook robots that check each vendor's signature."""
    made = Robots()
    yield made
    made.stop()


@pytest.fixture
def tuned(app_settings: Settings) -> Settings:
    """The settings team alerts are tested with (short backoffs, the robots' public URL)."""
    return alert_settings(app_settings)


@pytest.fixture
def smtp() -> Iterator[MailServer]:
    """A real SMTP server (aiosmtpd) on loopback that keeps what it receives."""
    server = MailServer().start()
    yield server
    server.stop()


@pytest.fixture
def mailing(app_settings: Settings, smtp: MailServer) -> Settings:
    return mail_settings(app_settings, smtp)


@pytest.fixture
async def mail_broker(mailing: Settings) -> AsyncIterator[InMemoryBroker]:
    async with in_process(mailing) as broker:
        yield broker
