"""API keys: required, hashed, revocable; roles enforced on fields."""

from __future__ import annotations

import httpx

from core.models import ApiKey, Organization, Role
from core.service import create_api_key, hash_key, revoke_api_key
from tests.support.client import GraphQL
from tests.support.ops import CREATE

SURVEYS = "{ surveys { totalCount } }"
VIEWER = "{ viewer { role organization { id name } } }"


async def test_missing_key_is_refused_with_401(client: httpx.AsyncClient) -> None:
    response = await GraphQL(client).raw(SURVEYS)
    assert response.status_code == 401
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "UNAUTHENTICATED"
    assert "Bearer" in error["message"]


async def test_keys_are_stored_hashed_and_shown_once(org: Organization) -> None:
    key, raw = await create_api_key(organization=org, role=Role.VIEWER)
    stored = await ApiKey.get(id=key.id)
    assert stored.key_hash == hash_key(raw) and raw not in (stored.key_hash, stored.prefix)
    assert raw.startswith(stored.prefix)


async def test_revoked_and_unknown_keys_are_refused(client: httpx.AsyncClient, org: Organization) -> None:
    key, raw = await create_api_key(organization=org, role=Role.ADMIN)
    assert (await GraphQL(client, raw)(VIEWER))["viewer"]["role"] == "ADMIN"
    await revoke_api_key(organization=org, key_id=key.id)
    for bad in (raw, "voc_not-a-real-key"):
        response = await GraphQL(client, bad).raw(SURVEYS)
        assert response.status_code == 401
        assert "revoked" in response.json()["errors"][0]["message"]
    malformed = await client.post("/graphql", json={"query": SURVEYS}, headers={"authorization": "Token abc"})
    assert malformed.status_code == 401


async def test_last_used_time_is_recorded(client: httpx.AsyncClient, org: Organization) -> None:
    key, raw = await create_api_key(organization=org, role=Role.VIEWER)
    await GraphQL(client, raw)(VIEWER)
    assert (await ApiKey.get(id=key.id)).last_used_at is not None


async def test_roles_are_enforced_on_fields(client: httpx.AsyncClient, org: Organization) -> None:
    keys = {role: (await create_api_key(organization=org, role=role))[1] for role in Role}
    for role in (Role.VIEWER, Role.AGENT):
        response = await GraphQL(client, keys[role]).raw(CREATE, input={"name": "x", "kind": "NPS"})
        assert response.status_code == 403
        assert response.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        assert (await GraphQL(client, keys[role])(SURVEYS))["surveys"]["totalCount"] == 0
    for role in (Role.ADMIN, Role.ANALYST):
        created = (await GraphQL(client, keys[role])(CREATE, input={"name": role.value, "kind": "NPS"}))
        assert created["createSurvey"]["errors"] == []
    secret = "{ viewer { organization { identitySecret } } }"
    assert (await GraphQL(client, keys[Role.ADMIN])(secret))["viewer"]["organization"]["identitySecret"]
    analyst = await GraphQL(client, keys[Role.ANALYST]).raw(secret)
    assert analyst.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
