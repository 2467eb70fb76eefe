"""recordAccountSignals over GraphQL: retries never count twice, bad rows reported by index with the
rest kept, and another organisation's accounts are unknown."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from accounts.models import AccountSignal
from core.models import Role
from core.service import create_api_key, get_or_create_organization
from tests.support.client import GraphQL

UPSERT = """mutation($input: [AccountInput!]!) { upsertAccounts(input: $input) { errors { code field } } }"""
RECORD = """mutation($input: [AccountSignalInput!]!) { recordAccountSignals(input: $input) {
  accepted errors { code field message } } }"""


async def test_a_retried_batch_replaces_and_bad_rows_are_reported(gql: GraphQL) -> None:
    await gql(UPSERT, input=[{"externalId": "acme", "name": "Acme"}])
    now = datetime.now(UTC)
    batch = [{"account": "acme", "metric": "active_users", "value": 42, "at": now.isoformat()},
             {"account": "later-co", "metric": "active_users", "value": 3, "at": now.isoformat()},
             {"account": "acme", "metric": "logins", "value": 9, "at": (now + timedelta(hours=2)).isoformat()},
             {"account": "acme", "metric": "feature.report_export", "value": 1.5,
              "at": (now - timedelta(days=2)).isoformat()}]
    for _ in range(2):
        answer = (await gql(RECORD, input=batch))["recordAccountSignals"]
        assert answer["accepted"] == 2
        assert [(e["code"], e["field"]) for e in answer["errors"]] == [
            ("NOT_FOUND", "input.1.account"), ("VALIDATION", "input.2.at")]
    assert sorted((s.metric, s.value) for s in await AccountSignal.all()) == [
        ("active_users", 42.0), ("feature.report_export", 1.5)]
    batch[0]["value"] = 50
    assert (await gql(RECORD, input=batch[:1]))["recordAccountSignals"] == {"accepted": 1, "errors": []}
    assert [s.value for s in await AccountSignal.filter(metric="active_users")] == [50.0]


async def test_another_organisation_cannot_signal_an_account_it_does_not_have(
    client: httpx.AsyncClient, gql: GraphQL
) -> None:
    await gql(UPSERT, input=[{"externalId": "acme", "name": "Acme"}])
    other = await get_or_create_organization(name="Org B")
    _, raw = await create_api_key(organization=other, role=Role.ADMIN)
    row = {"account": "acme", "metric": "logins", "value": 1, "at": datetime.now(UTC).isoformat()}
    answer = (await GraphQL(client, raw)(RECORD, input=[row]))["recordAccountSignals"]
    assert answer["accepted"] == 0 and answer["errors"][0]["code"] == "NOT_FOUND"
    assert await AccountSignal.all().count() == 0
    _, viewer = await create_api_key(organization=other, role=Role.VIEWER)
    forbidden = (await GraphQL(client, viewer).raw(RECORD, input=[row])).json()
    assert forbidden["errors"][0]["extensions"]["code"] == "FORBIDDEN"
