"""User.signedIn: whether a user has a live console session now, the one thing "sign out everywhere"
(revokeUserSessions) ends. A user active only through an API key of theirs has none. Admins only, as the
mutation is; one query for a whole list of users."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import time_machine

from api.ids import encode_id
from core.models import Organization, Role
from core.service import create_api_key, create_user
from core.settings import Settings
from tests.support.browsers import ME, Site, person
from tests.support.client import GraphQL
from tests.support.sql import sql_statements

USERS = "{ users { edges { node { name status signedIn } } } }"
REVOKE = """mutation($id: ID!) { revokeUserSessions(userId: $id) { endedSessions user { name signedIn }
  errors { code } } }"""


async def test_signed_in_is_who_has_a_session_to_end(site: Site, gql: GraphQL, org: Organization,
                                                      app_settings: Settings) -> None:
    vera = await person(org, "vera@acme.example", Role.VIEWER)
    await person(org, "ada@acme.example", Role.AGENT)  # has a password, never signed in
    robot = await create_user(organization=org, name="robot", email=None, role=Role.ANALYST)
    await create_user(organization=org, name="bob", email="bob@acme.example", role=Role.AGENT)  # invited
    _, raw = await create_api_key(organization=org, role=Role.ANALYST, name="bi export", user=robot)
    used = await site.browser().http.post("/graphql", json={"query": "{ viewer { role } }"},
                                          headers={"Authorization": f"Bearer {raw}"})
    assert used.status_code == 200 and "errors" not in used.json()
    phone = await site.browser().signed_in("vera@acme.example")
    laptop = await site.browser().signed_in("vera@acme.example")

    async def people() -> dict[str, tuple[str, bool]]:
        edges = (await gql(USERS))["users"]["edges"]
        return {e["node"]["name"]: (e["node"]["status"], e["node"]["signedIn"]) for e in edges}

    with sql_statements() as statements:
        seen = await people()
    assert seen == {"vera": ("ACTIVE", True), "ada": ("ACTIVE", False), "robot": ("ACTIVE", False),
                    "bob": ("INVITED", False)}
    # One read for the whole list, however many users (status reads the sessions once more, for who
    # has no password: whether they ever joined).
    assert len([sql for sql in statements if "user_sessions" in sql and "last_seen_at" in sql]) == 1

    # Signing out on one device leaves the other signed in.
    assert (await phone.logout()).status_code in (200, 204)
    assert (await people())["vera"] == ("ACTIVE", True)
    # A session idle past the limit is over, though nobody ended it.
    idle = timedelta(minutes=app_settings.session_idle_minutes + 1)
    with time_machine.travel(datetime.now(UTC) + idle):
        assert (await people())["vera"] == ("ACTIVE", False)
    assert (await laptop.graphql(ME)).status_code == 200  # now it is not idle: still hers

    # The mutation still acts (and says so), and the row it answers with has no session left.
    revoked = (await gql(REVOKE, id=encode_id("User", vera.id)))["revokeUserSessions"]
    assert revoked == {"endedSessions": 1, "user": {"name": "vera", "signedIn": False}, "errors": []}
    assert (await laptop.graphql(ME)).status_code == 401
    assert (await people())["vera"] == ("ACTIVE", False)
    # For a user active through an API key only, it ends nothing (and the key goes on working).
    robot_revoked = (await gql(REVOKE, id=encode_id("User", robot.id)))["revokeUserSessions"]
    assert robot_revoked == {"endedSessions": 0, "user": {"name": "robot", "signedIn": False}, "errors": []}
    again = await site.browser().http.post("/graphql", json={"query": "{ viewer { role } }"},
                                           headers={"Authorization": f"Bearer {raw}"})
    assert again.json() == {"data": {"viewer": {"role": "ANALYST"}}}


async def test_only_admins_see_who_is_signed_in(site: Site, org: Organization) -> None:
    admin = await person(org, "admin@acme.example")
    for role in (Role.ANALYST, Role.AGENT, Role.VIEWER):
        await person(org, f"{role.value}@acme.example", role)
        browser = await site.browser().signed_in(f"{role.value}@acme.example")
        for query in (USERS, "{ viewer { user { signedIn } } }"):
            refused = (await browser.graphql(query)).json()
            assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN", (role, query)
        assert (await browser.data("{ users { edges { node { name } } } }"))["users"]["edges"]  # names still
    boss = await site.browser().signed_in(admin.email or "")
    me = (await boss.data("{ viewer { user { name signedIn } } }"))["viewer"]["user"]
    assert me == {"name": "admin", "signedIn": True}
