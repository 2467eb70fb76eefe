"""One access line per request; refusals are that line alone, unexpected errors keep their traceback."""

from __future__ import annotations

import json
import logging
import re
import sys
from typing import Any

import httpx
import pytest
from httpx_ws import AsyncWebSocketSession, aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport

from api.app import create_app
from api.http.access import JsonFormatter
from core.models import Organization, Role
from core.service import create_api_key
from core.settings import Settings
from surveys import listing


def access_lines(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "voc.access"]


def only_access_line(caplog: pytest.LogCaptureFixture) -> str:
    lines = access_lines(caplog)
    assert len(lines) == 1, [r.getMessage() for r in lines]
    return lines[0].getMessage()


async def test_a_query_without_a_key_is_one_line_without_a_traceback(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    answer = await client.post("/graphql", json={"query": "query MySurveys { surveys { totalCount } }"})
    assert answer.status_code == 401
    assert re.fullmatch(r"POST /graphql \(MySurveys\) 401 \d+\.\d ms UNAUTHENTICATED", only_access_line(caplog))
    assert [r for r in caplog.records if r.exc_info or r.levelno >= logging.WARNING] == []


async def test_a_missing_role_is_one_line_too(
    client: httpx.AsyncClient, org: Organization, caplog: pytest.LogCaptureFixture
) -> None:
    _, viewer = await create_api_key(organization=org, role=Role.VIEWER, name="viewer")
    caplog.set_level(logging.INFO)
    answer = await client.post("/graphql", headers={"authorization": f"Bearer {viewer}"}, json={
        "query": 'mutation Make { createSurvey(input: {kind: NPS, name: "x"}) { survey { id } } }'})
    assert answer.status_code == 403
    assert re.fullmatch(r"POST /graphql \(Make\) 403 \d+\.\d ms FORBIDDEN", only_access_line(caplog))
    assert [r for r in caplog.records if r.exc_info or r.levelno >= logging.WARNING] == []


async def test_an_unexpected_error_still_logs_its_traceback(
    client: httpx.AsyncClient, admin_key: str, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(**_: Any) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(listing, "list_surveys", broken)
    caplog.set_level(logging.INFO)
    await client.post("/graphql", headers={"authorization": f"Bearer {admin_key}"},
                      json={"query": "query Broken { surveys { totalCount } }"})
    assert re.fullmatch(r"POST /graphql \(Broken\) 200 \d+\.\d ms UNEXPECTED", only_access_line(caplog))
    [failure] = [r for r in caplog.records if r.exc_info]
    assert failure.levelno == logging.ERROR and isinstance(failure.exc_info[1], RuntimeError)  # type: ignore[index]


async def test_every_route_writes_one_line(
    client: httpx.AsyncClient, app_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    await client.get("/healthz?token=secret")
    await client.post("/graphql", content=b"{" * (app_settings.max_body_bytes + 1),
                      headers={"content-type": "application/json"})
    # A line break decoded from the path cannot start a second, forged line.
    await client.get("/healthz%0AINFO voc.access: GET /admin")
    messages = [r.getMessage() for r in access_lines(caplog)]
    assert [m.rsplit(" ", 2)[0] for m in messages] == [
        "GET /healthz 200", "POST /graphql 413", "GET /healthz%0AINFO%20voc.access:%20GET%20/admin 404"]
    assert "secret" not in " ".join(messages)  # query strings carry tokens and user ids: not logged


async def test_a_websocket_upgrade_is_one_line(app_settings: Settings, orm: None,
                                               caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(app_settings, manage_db=False)
    caplog.set_level(logging.INFO)
    ws: AsyncWebSocketSession
    async with httpx.AsyncClient(transport=ASGIWebSocketTransport(app=app), base_url="http://testserver") as client, \
            aconnect_ws("/graphql", client, subprotocols=["graphql-transport-ws"]) as ws:
        await ws.send_text(json.dumps({"type": "connection_init"}))
        assert json.loads(await ws.receive_text())["type"] == "connection_ack"
    await app.state.limiter.close()
    assert re.fullmatch(r"GET /graphql 101 \d+\.\d ms", only_access_line(caplog))


async def test_production_lines_are_json(client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    await client.post("/graphql", json={"query": "query MySurveys { surveys { totalCount } }"})
    [record] = access_lines(caplog)
    line = json.loads(JsonFormatter().format(record))
    assert {k: line[k] for k in ("level", "logger", "method", "path", "operation", "status", "errors")} == {
        "level": "info", "logger": "voc.access", "method": "POST", "path": "/graphql", "operation": "MySurveys",
        "status": 401, "errors": ["UNAUTHENTICATED"]}
    assert isinstance(line["ms"], float) and line["time"].endswith("+00:00")
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        failure = logging.LogRecord("voc", logging.ERROR, __file__, 1, "failed", None, exc_info=sys.exc_info())
    formatted = JsonFormatter().format(failure)
    assert "\n" not in formatted and "RuntimeError: a bug" in json.loads(formatted)["exception"]
