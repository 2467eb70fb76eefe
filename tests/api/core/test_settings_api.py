"""The admin's settings through the API: change a role, deactivate (and reactivate) a user, API keys
(list, create, revoke), the organisation's name and time zone, and its identity secret. Each is for
admins only, and a refused input answers a typed error and changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import jwt
import pytest

from api.ids import encode_id
from core.models import ApiKey, OneTimeLink, Organization, Role, User
from core.service import create_api_key, get_or_create_organization
from tests.support.browsers import ME, PASSWORD, Site, person
from tests.support.client import GraphQL

ROLE = """mutation($id: ID!, $role: Role!) { changeUserRole(userId: $id, role: $role) {
  endedSessions user { id role status } errors { code field message } } }"""
DEACTIVATE = """mutation($id: ID!) { deactivateUser(userId: $id) {
  endedSessions revokedApiKeys user { id status deactivatedAt } errors { code field } } }"""
REACTIVATE = "mutation($id: ID!) { reactivateUser(userId: $id) { user { status } errors { code } } }"
KEYS = """query { apiKeys { totalCount edges { node { id name role prefix lastUsedAt revokedAt user { name } } } } }"""
CREATE_KEY = """mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) {
  key apiKey { id name role prefix revokedAt } errors { code field } } }"""
REVOKE_KEY = "mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { id revokedAt } errors { code field } } }"
UPDATE_ORG = """mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) {
  organization { name timezone } errors { code field } } }"""
ROTATE = "mutation { rotateIdentitySecret { organization { identitySecret } errors { code } } }"
SECRET = "{ viewer { organization { identitySecret } } }"
USERS = "{ users { edges { node { name status } } } }"


def uid(user: User) -> str:
    return encode_id("User", user.id)


async def keyed(client: httpx.AsyncClient, org: Organization, role: Role, user: User | None = None) -> GraphQL:
    return GraphQL(client, (await create_api_key(organization=org, role=role, user=user))[1])


async def refused(gql: GraphQL, query: str, **variables: Any) -> None:
    body = (await gql.raw(query, **variables)).json()
    assert body["data"] is None and body["errors"][0]["extensions"]["code"] == "FORBIDDEN", body


# --- roles ----------------------------------------------------------------------------------------


async def test_a_lowered_role_ends_the_users_sessions_and_lowers_their_keys(site: Site, org: Organization) -> None:
    admin = await person(org, "admin@acme.example")
    chen = await person(org, "chen@acme.example", Role.ANALYST)
    key, raw = await create_api_key(organization=org, role=Role.ANALYST, user=chen)
    boss = await site.browser().signed_in(admin.email or "")
    theirs = await site.browser().signed_in(chen.email or "")
    answer = (await boss.data(ROLE, id=uid(chen), role="VIEWER"))["changeUserRole"]
    assert answer == {"endedSessions": 1, "errors": [], "user": {"id": uid(chen), "role": "VIEWER", "status": "ACTIVE"}}
    assert (await theirs.graphql(ME)).status_code == 401  # signed out: they sign in again as a viewer
    await theirs.signed_in(chen.email or "")
    assert (await theirs.data(ME))["viewer"]["role"] == "VIEWER"
    assert (await ApiKey.get(id=key.id)).role is Role.VIEWER and raw
    # Raised again: nobody is signed out, the keys stay as they are.
    raised = (await boss.data(ROLE, id=uid(chen), role="ANALYST"))["changeUserRole"]
    assert raised["endedSessions"] == 0 and raised["user"]["role"] == "ANALYST"
    assert (await theirs.data(ME))["viewer"]["role"] == "ANALYST"
    assert (await ApiKey.get(id=key.id)).role is Role.VIEWER


async def test_the_last_admin_keeps_the_role_and_bad_input_changes_nothing(gql: GraphQL, org: Organization) -> None:
    admin = await person(org, "admin@acme.example")
    answer = (await gql(ROLE, id=uid(admin), role="AGENT"))["changeUserRole"]
    assert answer["user"] is None and answer["errors"][0]["code"] == "LAST_ADMIN"
    assert answer["errors"][0]["field"] == "role"
    assert (await User.get(id=admin.id)).role is Role.ADMIN
    other = await get_or_create_organization(name="Other 商城")
    outsider = await person(other, "out@other.example", Role.AGENT)
    for bad in (uid(outsider), encode_id("Survey", admin.id), "nonsense"):
        answer = (await gql(ROLE, id=bad, role="ADMIN"))["changeUserRole"]
        assert answer["errors"] == [{"code": "NOT_FOUND", "field": "userId", "message": answer["errors"][0]["message"]}]
    assert (await User.get(id=outsider.id)).role is Role.AGENT
    # With a second admin, the first may step down.
    await person(org, "second@acme.example")
    assert (await gql(ROLE, id=uid(admin), role="AGENT"))["changeUserRole"]["user"]["role"] == "AGENT"


async def test_only_admins_change_roles(client: httpx.AsyncClient, org: Organization) -> None:
    viewer = await person(org, "v@acme.example", Role.VIEWER)
    for role in (Role.ANALYST, Role.AGENT, Role.VIEWER):
        gql = await keyed(client, org, role)
        await refused(gql, ROLE, id=uid(viewer), role="ADMIN")
        await refused(gql, DEACTIVATE, id=uid(viewer))
        await refused(gql, REACTIVATE, id=uid(viewer))
    assert (await User.get(id=viewer.id)).role is Role.VIEWER
    assert (await User.get(id=viewer.id)).deactivated_at is None


# --- deactivation ---------------------------------------------------------------------------------


async def test_a_deactivated_user_is_signed_out_and_cannot_sign_in(site: Site, client: httpx.AsyncClient,
                                                                   org: Organization) -> None:
    admin = await person(org, "admin@acme.example")
    wang = await person(org, "wang@acme.example", Role.AGENT)
    _, raw = await create_api_key(organization=org, role=Role.AGENT, user=wang)
    theirs = await site.browser().signed_in(wang.email or "")
    boss = await site.browser().signed_in(admin.email or "")
    answer = (await boss.data(DEACTIVATE, id=uid(wang)))["deactivateUser"]
    assert answer["endedSessions"] == 1 and answer["revokedApiKeys"] == 1 and answer["errors"] == []
    assert answer["user"]["status"] == "DEACTIVATED" and answer["user"]["deactivatedAt"]
    assert (await theirs.graphql(ME)).status_code == 401
    assert (await theirs.login(wang.email or "")).status_code == 401  # the right password, refused
    assert (await GraphQL(client, raw).raw(ME)).status_code == 401
    statuses = {e["node"]["name"]: e["node"]["status"] for e in (await boss.data(USERS))["users"]["edges"]}
    assert statuses == {"admin": "ACTIVE", "wang": "DEACTIVATED"}
    # Again: nothing more to end.
    again = (await boss.data(DEACTIVATE, id=uid(wang)))["deactivateUser"]
    assert (again["endedSessions"], again["revokedApiKeys"], again["errors"]) == (0, 0, [])
    # Reactivated, they sign in with their password again (the key stays revoked).
    assert (await boss.data(REACTIVATE, id=uid(wang)))["reactivateUser"] == {"user": {"status": "ACTIVE"}, "errors": []}
    await theirs.signed_in(wang.email or "", PASSWORD)
    assert (await GraphQL(client, raw).raw(ME)).status_code == 401


async def test_a_deactivated_invitee_cannot_use_the_link(site: Site, org: Organization) -> None:
    admin = await person(org, "admin@acme.example")
    boss = await site.browser().signed_in(admin.email or "")
    invited = (await boss.data("""mutation { inviteUser(input: {email: "new@acme.example", name: "新人", role: AGENT})
        { invitationUrl expiresAt user { id status } } }"""))["inviteUser"]
    assert invited["user"]["status"] == "INVITED"
    lifetime = datetime.fromisoformat(invited["expiresAt"]) - datetime.now(UTC)
    assert timedelta(hours=71) < lifetime <= timedelta(hours=72)
    token = invited["invitationUrl"].rsplit("token=", 1)[1]
    await boss.data(DEACTIVATE, id=invited["user"]["id"])
    assert not await OneTimeLink.exists(user__email="new@acme.example", used_at__isnull=True)
    answer = await site.browser().http.post("/auth/invitation", json={"token": token, "password": PASSWORD})
    assert answer.status_code == 400 and answer.json()["error"] == "INVALID_INVITATION"


async def test_no_one_deactivates_themselves_or_the_last_admin(site: Site, gql: GraphQL, org: Organization) -> None:
    admin = await person(org, "admin@acme.example")
    boss = await site.browser().signed_in(admin.email or "")
    answer = (await boss.data(DEACTIVATE, id=uid(admin)))["deactivateUser"]
    assert answer == {"endedSessions": 0, "revokedApiKeys": 0, "user": None,
                      "errors": [{"code": "SELF", "field": "userId"}]}
    # A key acting for nobody may try: the last active admin stays.
    answer = (await gql(DEACTIVATE, id=uid(admin)))["deactivateUser"]
    assert answer["errors"] == [{"code": "LAST_ADMIN", "field": "userId"}]
    assert (await User.get(id=admin.id)).deactivated_at is None
    assert (await boss.data(ME))["viewer"]["user"]["email"] == admin.email  # still signed in
    assert (await gql(DEACTIVATE, id="nonsense"))["deactivateUser"]["errors"] == [{"code": "NOT_FOUND",
                                                                                  "field": "userId"}]


# --- API keys -------------------------------------------------------------------------------------


async def test_an_api_key_is_shown_once_listed_by_prefix_and_revoked(gql: GraphQL, client: httpx.AsyncClient,
                                                                     org: Organization) -> None:
    created = (await gql(CREATE_KEY, input={"name": " 数据仓库同步 ", "role": "VIEWER"}))["createApiKey"]
    assert created["errors"] == [] and created["key"].startswith("voc_")
    key = created["apiKey"]
    assert key["name"] == "数据仓库同步" and key["role"] == "VIEWER" and created["key"].startswith(key["prefix"])
    new = GraphQL(client, created["key"])
    assert (await new(ME))["viewer"]["role"] == "VIEWER"
    listed = (await gql(KEYS))["apiKeys"]
    assert listed["totalCount"] == 2  # the test's own admin key too
    row = listed["edges"][0]["node"]
    assert row["id"] == key["id"] and row["lastUsedAt"] is not None and row["revokedAt"] is None
    assert created["key"] not in str(listed)
    revoked = (await gql(REVOKE_KEY, id=key["id"]))["revokeApiKey"]
    assert revoked["errors"] == [] and revoked["apiKey"]["revokedAt"]
    assert (await new.raw(ME)).status_code == 401
    assert (await gql(KEYS))["apiKeys"]["edges"][0]["node"]["revokedAt"] == revoked["apiKey"]["revokedAt"]


@pytest.mark.parametrize("name", ["", "   ", "x" * 201])
async def test_a_key_without_a_proper_name_is_refused(gql: GraphQL, name: str) -> None:
    answer = (await gql(CREATE_KEY, input={"name": name, "role": "ADMIN"}))["createApiKey"]
    assert answer == {"key": None, "apiKey": None, "errors": [{"code": "VALIDATION", "field": "name"}]}
    assert await ApiKey.all().count() == 1  # the test's own


async def test_only_admins_see_create_and_revoke_keys(gql: GraphQL, client: httpx.AsyncClient,
                                                      org: Organization) -> None:
    other = await get_or_create_organization(name="Other 商城")
    theirs, _ = await create_api_key(organization=other, role=Role.ADMIN)
    answer = (await gql(REVOKE_KEY, id=encode_id("ApiKey", theirs.id)))["revokeApiKey"]
    assert answer == {"apiKey": None, "errors": [{"code": "NOT_FOUND", "field": "id"}]}
    assert (await ApiKey.get(id=theirs.id)).revoked_at is None
    ours = (await ApiKey.first()).id  # type: ignore[union-attr]
    for role in (Role.ANALYST, Role.AGENT, Role.VIEWER):
        caller = await keyed(client, org, role)
        await refused(caller, KEYS)
        await refused(caller, CREATE_KEY, input={"name": "mine", "role": "ADMIN"})
        await refused(caller, REVOKE_KEY, id=encode_id("ApiKey", ours))
    assert await ApiKey.filter(organization=org, revoked_at__isnull=False).count() == 0
    assert not await ApiKey.exists(name="mine")


# --- organisation ---------------------------------------------------------------------------------


async def test_the_organisation_is_renamed_and_its_time_zone_changed(gql: GraphQL, org: Organization) -> None:
    answer = (await gql(UPDATE_ORG, input={"timezone": "Europe/Berlin"}))["updateOrganization"]
    assert answer == {"organization": {"name": org.name, "timezone": "Europe/Berlin"}, "errors": []}
    answer = (await gql(UPDATE_ORG, input={"name": " 新名字 "}))["updateOrganization"]
    assert answer["organization"] == {"name": "新名字", "timezone": "Europe/Berlin"}
    fresh = await Organization.get(id=org.id)
    assert (fresh.name, fresh.timezone) == ("新名字", "Europe/Berlin")


@pytest.mark.parametrize(("change", "code", "field"), [
    ({"timezone": "Mars/Olympus"}, "VALIDATION", "timezone"),
    ({"timezone": ""}, "VALIDATION", "timezone"),
    ({"name": "  "}, "VALIDATION", "name"),
    ({"name": "Other 商城"}, "DUPLICATE", "name"),
    ({"name": "n" * 201, "timezone": "UTC"}, "VALIDATION", "name"),
])
async def test_a_bad_organisation_change_changes_nothing(gql: GraphQL, org: Organization, change: dict[str, str],
                                                         code: str, field: str) -> None:
    await get_or_create_organization(name="Other 商城")
    answer = (await gql(UPDATE_ORG, input=change))["updateOrganization"]
    assert answer == {"organization": None, "errors": [{"code": code, "field": field}]}
    fresh = await Organization.get(id=org.id)
    assert (fresh.name, fresh.timezone) == (org.name, org.timezone)


async def test_only_admins_change_the_organisation(client: httpx.AsyncClient, org: Organization) -> None:
    for role in (Role.ANALYST, Role.AGENT, Role.VIEWER):
        caller = await keyed(client, org, role)
        await refused(caller, UPDATE_ORG, input={"timezone": "UTC"})
        await refused(caller, ROTATE)
        await refused(caller, SECRET)
    fresh = await Organization.get(id=org.id)
    assert (fresh.timezone, fresh.identity_secret) == (org.timezone, org.identity_secret)


async def test_a_rotated_identity_secret_stops_the_old_one(gql: GraphQL, org: Organization) -> None:
    before = (await gql(SECRET))["viewer"]["organization"]["identitySecret"]
    assert before == org.identity_secret
    answer = (await gql(ROTATE))["rotateIdentitySecret"]
    after = answer["organization"]["identitySecret"]
    assert answer["errors"] == [] and after != before and len(after) >= 32
    assert (await gql(SECRET))["viewer"]["organization"]["identitySecret"] == after
    assert (await Organization.get(id=org.id)).identity_secret == after
    token = jwt.encode({"sub": "u1", "exp": 2_000_000_000}, before, algorithm="HS256")
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(token, after, algorithms=["HS256"])


async def test_node_shows_an_api_key_to_admins_only(gql: GraphQL, client: httpx.AsyncClient, org: Organization) -> None:
    key, _ = await create_api_key(organization=org, role=Role.AGENT, name="客服机器人")
    node = "query($id: ID!) { node(id: $id) { ... on ApiKey { name prefix } } }"
    assert (await gql(node, id=encode_id("ApiKey", key.id)))["node"] == {"name": "客服机器人", "prefix": key.prefix}
    for role in (Role.ANALYST, Role.AGENT, Role.VIEWER):
        assert (await (await keyed(client, org, role))(node, id=encode_id("ApiKey", key.id)))["node"] is None
