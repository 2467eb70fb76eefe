"""Health, readiness, Prometheus metrics, CSV export, the widget script, the hosted and the preview page."""

from __future__ import annotations

import asyncio
import csv
import io

import asyncpg
import httpx
import pytest

from api.http.observability import health_app
from api.http.pages import widget_bytes
from core.queue import JOB_CONSUMER
from core.settings import Settings
from core.supervisor import Supervisor
from tests.support.client import GraphQL
from tests.support.databases import asyncpg_url
from tests.support.live import serving
from tests.support.ops import PAUSE, active_survey, submit
from tests.support.waiting import until


async def test_health_and_readiness(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["checks"]["database"] == "ok"


async def readiness(http: httpx.AsyncClient, status: int, relay: str = "") -> httpx.Response:
    """/readyz once it answers `status` with `relay` in the outbox relay's state."""
    replies: list[httpx.Response] = []

    async def answered() -> bool:
        replies.append(await http.get("/readyz"))
        return replies[-1].status_code == status and relay in replies[-1].json()["checks"]["loop:outbox-relay"]

    await until(answered, what=f"/readyz answering {status} ({relay})")
    return replies[-1]


@pytest.mark.postgres
async def test_readiness_names_the_outbox_relay_while_it_makes_no_progress(
    orm: None, app_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    # Embedded (the process relays the outbox itself); the relay then waits on a table lock.
    settings = app_settings.model_copy(update={"redis_url": None, "loop_stale_seconds": 0.5})
    async with serving(settings) as live, httpx.AsyncClient(base_url=live.url) as http:
        ready = await readiness(http, 200, "ok")
        assert ready.json()["checks"]["loop:periodic-ticker"] == "ok"
        locker = await asyncpg.connect(asyncpg_url(settings.resolved_database_url))
        try:
            async with locker.transaction():
                await locker.execute("LOCK TABLE outbox_events IN EXCLUSIVE MODE")  # FOR UPDATE waits
                stuck = await readiness(http, 503, "no progress for")
                assert stuck.json()["status"] == "not ready"
                # Cancelled and started again by the supervisor; it waits on the lock again.
                await readiness(http, 503, "restarted 1 times, last: no progress for over 0.5 s")
        finally:
            await locker.close()
        await readiness(http, 200, "ok")  # the relay moves again once the lock is gone
    assert any("outbox-relay: no progress" in r.getMessage() for r in caplog.records)


async def test_a_workers_readiness_names_a_consumer_that_stopped_reading(orm: None) -> None:
    loops = Supervisor(stale_after=0.2)
    beat = loops.watch(JOB_CONSUMER)
    app = health_app(redis_url=None, loops=loops)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://worker") as http:
        beat()
        assert (await http.get("/readyz")).json()["checks"] == {"database": "ok", "loop:job-consumer": "ok"}
        await asyncio.sleep(0.3)  # time is what is tested: no read from the stream for longer than stale_after
        stuck = await http.get("/readyz")
        assert stuck.status_code == 503 and stuck.json()["checks"]["loop:job-consumer"].startswith("no progress")
    await loops.close()


async def test_prometheus_counts_operations_by_name_and_outcome(client: httpx.AsyncClient, gql: GraphQL) -> None:
    await gql.raw("query CountMe { surveys { totalCount } }")
    await GraphQL(client).raw("query CountMe { surveys { totalCount } }")
    text = (await client.get("/metrics")).text
    assert 'voc_graphql_operations_total{operation="CountMe",outcome="ok",type="query"}' in text
    assert 'voc_graphql_operations_total{operation="CountMe",outcome="error",type="query"}' in text
    assert "voc_graphql_operation_seconds_bucket" in text


async def test_csv_export_is_excel_friendly_filtered_and_inert(
    client: httpx.AsyncClient, gql: GraphQL, public: GraphQL, admin_key: str
) -> None:
    survey = await active_survey(gql, name="导出测试")
    await submit(public, survey["token"], "csv-key-001", score=1, comment='=HYPERLINK("http://x","点我")')
    await submit(public, survey["token"], "csv-key-002", score=10, comment="非常好，推荐！")
    auth = {"authorization": f"Bearer {admin_key}"}
    response = await client.get("/export/responses.csv", headers=auth)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert {r["comment"] for r in rows} == {"'=HYPERLINK(\"http://x\",\"点我\")", "非常好，推荐！"}
    assert {r["survey"] for r in rows} == {"导出测试"}
    detractors = await client.get("/export/responses.csv?npsCategory=detractor", headers=auth)
    assert len(list(csv.DictReader(io.StringIO(detractors.content.decode("utf-8-sig"))))) == 1
    assert (await client.get("/export/responses.csv")).status_code == 401
    assert (await client.get("/export/responses.csv?minScore=abc", headers=auth)).status_code == 400


async def test_widget_script_is_served_with_a_content_hash(client: httpx.AsyncClient) -> None:
    body, digest = widget_bytes()
    hashed = await client.get(f"/widget.js?v={digest}")
    assert hashed.content == body and "immutable" in hashed.headers["cache-control"]
    assert hashed.headers["content-type"].startswith("text/javascript")
    bare = await client.get("/widget.js")
    assert "immutable" not in bare.headers["cache-control"]
    assert (await client.get("/widget.js", headers={"if-none-match": f'"{digest}"'})).status_code == 304


async def test_hosted_page_serves_active_surveys_and_explains_the_rest(client: httpx.AsyncClient, gql: GraphQL) -> None:
    survey = await active_survey(gql, name="<script>alert(1)</script> 满意度")
    page = await client.get(f"/s/{survey['token']}?uid=u1&lang=en")
    assert page.status_code == 200
    assert f'data-voc-survey="{survey["token"]}"' in page.text and 'data-voc-layout="page"' in page.text
    assert "<script>alert(1)</script>" not in page.text and "&lt;script&gt;" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert 'property="og:title"' in page.text
    await gql(PAUSE, id=survey["id"])
    paused = await client.get(f"/s/{survey['token']}")
    assert "问卷已暂停" in paused.text and "data-voc-survey" not in paused.text
    unknown = await client.get("/s/nope?lang=en")
    assert unknown.status_code == 404 and "Survey not found" in unknown.text


async def test_survey_preview_page_frames_the_widget_in_preview_mode_without_network(client: httpx.AsyncClient) -> None:
    page = await client.get("/survey-preview?layout=page&lang=en")
    assert page.status_code == 200
    assert "data-voc-preview" in page.text and 'data-voc-layout="page"' in page.text
    assert "data-voc-survey" not in page.text and '<html lang="en">' in page.text
    csp = dict(part.strip().split(" ", 1) for part in page.headers["content-security-policy"].split(";"))
    # Only the console (same origin) may frame it, and the widget in it can reach no server at all.
    assert (csp["frame-ancestors"], csp["connect-src"], csp["script-src"]) == ("'self'", "'none'", "'self'")
    assert page.headers["x-frame-options"] == "SAMEORIGIN"
    odd = await client.get('/survey-preview?layout="><script>')
    assert 'data-voc-layout="popover"' in odd.text and "<script>" not in odd.text.replace("<script src=", "")


async def test_demo_page_embeds_the_newest_active_survey(client: httpx.AsyncClient, gql: GraphQL) -> None:
    survey = await active_survey(gql)
    page = await client.get("/demo")
    assert page.status_code == 200 and survey["token"] in page.text
