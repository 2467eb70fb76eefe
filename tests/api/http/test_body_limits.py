"""Request body limits (api/http/limits.py): 64 KiB for everyone (the widget, the console, anonymous
calls), 2 MiB for a request with a valid API key, so that a host's back end sends the documented
maximum batch (1,000 recordAccountSignals rows) in one call; the key is checked before a byte past
64 KiB is read, so a caller without one never makes the server hold more. Over the limit: the typed
413 (PAYLOAD_TOO_LARGE). The 50 MB case against a real server is tests/api/abuse/test_large_body.py."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from starlette.types import Message, Receive, Scope, Send

from accounts.models import AccountSignal
from accounts.service import MAX_SIGNALS_PER_CALL
from api.http.limits import BodySizeLimit
from core.models import Organization
from core.settings import Settings
from tests.support.browsers import Site, person
from tests.support.client import GraphQL

SMALL = 64 * 1024
LARGE = 2 * 1024 * 1024
UPSERT = """mutation($input: [AccountInput!]!) { upsertAccounts(input: $input) { errors { code field } } }"""
SIGNALS = """mutation($input: [AccountSignalInput!]!) {
  recordAccountSignals(input: $input) { accepted errors { code field message } } }"""
METRICS = ("active_users", "logins", "seats_used", "reports.run", "api_calls")


def test_the_defaults_are_the_documented_ones() -> None:
    defaults = Settings.model_fields
    assert (defaults["max_body_bytes"].default, defaults["max_api_body_bytes"].default) == (SMALL, LARGE)


def signal_rows() -> list[dict[str, Any]]:
    """1,000 signals as a host's telemetry job sends them: 100 accounts (CRM-style ids), five metrics,
    two days, measured a few hours ago."""
    at = datetime.now(UTC).astimezone() - timedelta(hours=3)
    return [{"account": f"0015g00000Acct{n:04d}", "metric": metric, "value": n * 7 + day + 0.5,
             "at": (at - timedelta(days=day)).isoformat()}
            for n in range(100) for metric in METRICS for day in range(2)]


def body(query: str, rows: list[dict[str, Any]]) -> bytes:
    return json.dumps({"query": query, "variables": {"input": rows}}).encode()


async def accounts(gql: GraphQL) -> None:
    rows = [{"externalId": f"0015g00000Acct{n:04d}", "name": f"客户 {n}"} for n in range(100)]
    assert (await gql(UPSERT, input=rows))["upsertAccounts"]["errors"] == []


def refused(answer: httpx.Response, limit: int) -> None:
    assert answer.status_code == 413, answer.text
    error = answer.json()["errors"][0]
    assert error["extensions"] == {"code": "PAYLOAD_TOO_LARGE", "maxBytes": limit}
    assert error["message"].startswith(f"request body is larger than {limit} bytes")


async def test_the_documented_maximum_of_signals_fits_one_call_with_an_api_key(
        client: httpx.AsyncClient, gql: GraphQL, admin_key: str, org: Organization) -> None:
    await accounts(gql)
    rows = signal_rows()
    assert len(rows) == MAX_SIGNALS_PER_CALL
    content = body(SIGNALS, rows)
    assert SMALL < len(content) < LARGE  # about 110 KB: refused before, when every caller had 64 KiB
    key = {"authorization": f"Bearer {admin_key}", "content-type": "application/json"}
    answer = await client.post("/graphql", content=content, headers=key)
    assert answer.status_code == 200, answer.text
    assert answer.json()["data"]["recordAccountSignals"] == {"accepted": 1000, "errors": []}
    assert await AccountSignal.filter(account__organization_id=org.id).count() == 1000

    async def chunked() -> AsyncIterator[bytes]:  # no Content-Length: read to 64 KiB, key checked, read on
        for start in range(0, len(content), 16 * 1024):
            yield content[start:start + 16 * 1024]

    again = await client.post("/graphql", content=chunked(), headers=key)
    assert again.status_code == 200 and again.json()["data"]["recordAccountSignals"]["accepted"] == 1000
    assert await AccountSignal.filter(account__organization_id=org.id).count() == 1000  # replaced, not added


async def test_without_a_valid_key_the_limit_stays_64_kib(client: httpx.AsyncClient, gql: GraphQL,
                                                            org: Organization) -> None:
    await accounts(gql)
    content = body(SIGNALS, signal_rows())
    json_type = {"content-type": "application/json"}
    for headers in ({}, {"authorization": "Bearer voc_not-a-key"}, {"authorization": "Basic dXNlcjpwYXNz"}):
        refused(await client.post("/graphql", content=content, headers={**json_type, **headers}), SMALL)
    assert "requests with a valid API key: 2097152 bytes" in (
        await client.post("/graphql", content=content, headers=json_type)).json()["errors"][0]["message"]
    assert await AccountSignal.filter(account__organization_id=org.id).count() == 0
    # The public surface too: a widget answer over 64 KiB.
    big = {"query": "mutation { __typename }", "variables": {"comment": "x" * SMALL}}
    refused(await client.post("/graphql", json=big), SMALL)


async def test_a_signed_in_console_keeps_64_kib(site: Site, org: Organization) -> None:
    await person(org, "admin@example.com")
    browser = await site.browser().signed_in("admin@example.com")
    rows = signal_rows()
    answer = await browser.http.post("/graphql", content=body(SIGNALS, rows),
                                     headers={"content-type": "application/json", "x-csrf-token": browser.csrf or ""})
    refused(answer, SMALL)
    # Within 64 KiB the same session is served: the limit, not the caller, refused it.
    small = (await browser.graphql(SIGNALS, input=rows[:100])).json()
    assert small["data"]["recordAccountSignals"]["accepted"] == 0  # no such accounts here: each row an error
    assert len(small["data"]["recordAccountSignals"]["errors"]) == 100


async def test_a_key_does_not_lift_the_limit_past_2_mib(client: httpx.AsyncClient, admin_key: str) -> None:
    key = {"authorization": f"Bearer {admin_key}", "content-type": "application/json"}
    over = b'{"query": "' + b"x" * LARGE + b'"}'
    # Its declared length is over every limit: refused on the header, before the key is looked up, so
    # the answer names both limits.
    declared = await client.post("/graphql", content=over, headers=key)
    refused(declared, SMALL)
    assert declared.json()["errors"][0]["message"].endswith("(requests with a valid API key: 2097152 bytes)")

    async def chunked() -> AsyncIterator[bytes]:
        for start in range(0, len(over), 64 * 1024):
            yield over[start:start + 64 * 1024]

    refused(await client.post("/graphql", content=chunked(), headers=key), LARGE)


# --- the middleware alone: what it reads before the key is known ---------------------------------------


class Upload:
    """An ASGI request whose body comes in 16 KiB pieces; records what happened in order."""

    def __init__(self, size: int, *, declared: bool, vouched: bool) -> None:
        self.size, self.vouched_answer, self.read = size, vouched, 0
        self.events: list[tuple[str, int]] = []
        headers = [(b"authorization", b"Bearer voc_x")]
        if declared:
            headers.append((b"content-length", str(size).encode()))
        self.scope: Scope = {"type": "http", "method": "POST", "path": "/graphql", "headers": headers}
        self.status: int | None = None
        self.app_body: bytes | None = None

    async def receive(self) -> Message:
        piece = min(16 * 1024, self.size - self.read)
        self.read += piece
        self.events.append(("read", self.read))
        return {"type": "http.request", "body": b"x" * piece, "more_body": self.read < self.size}

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]

    async def vouched(self, scope: Scope) -> bool:
        self.events.append(("key checked", self.read))
        return self.vouched_answer

    async def app(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.app_body = (await receive())["body"]
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    async def run(self) -> None:
        limits = BodySizeLimit(self.app, max_bytes=SMALL, max_key_bytes=LARGE, vouched=self.vouched)
        await limits(self.scope, self.receive, self.send)


@pytest.mark.parametrize("declared", [True, False])
async def test_the_key_is_checked_before_a_byte_past_64_kib_is_read(declared: bool) -> None:
    stranger = Upload(1024 * 1024, declared=declared, vouched=False)
    await stranger.run()
    assert stranger.status == 413 and stranger.app_body is None
    assert stranger.read <= SMALL + 16 * 1024  # the piece that crossed 64 KiB at most
    checks = [at for event, at in stranger.events if event == "key checked"]
    assert checks == ([0] if declared else [SMALL + 16 * 1024])  # once; declared: before reading anything

    host = Upload(300 * 1024, declared=declared, vouched=True)
    await host.run()
    assert host.status == 200 and host.app_body == b"x" * (300 * 1024)
    assert [event for event, _ in host.events].count("key checked") == 1


async def test_small_bodies_and_bodies_over_every_limit_cost_no_key_lookup() -> None:
    small = Upload(SMALL, declared=True, vouched=True)
    await small.run()
    assert small.status == 200 and "key checked" not in [event for event, _ in small.events]
    huge = Upload(LARGE + 1, declared=True, vouched=True)
    await huge.run()
    assert huge.status == 413 and huge.events == []  # refused on the header: not read, no lookup
