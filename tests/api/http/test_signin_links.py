"""Invitations and sign-in links (one-time, expiring), a password change and an admin revoking a
user's sessions, through the console's routes and GraphQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import time_machine

from api.ids import encode_id
from core.errors import InvalidLink
from core.invitations import issue_link, redeem_link
from core.models import LinkPurpose, OneTimeLink, Organization, Role, User, UserSession
from core.service import create_api_key, create_user, hash_key
from tests.support.browsers import ME, PASSWORD, Browser, Site, person

INVITE = """mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitationUrl
  user { id name email role } errors { code field message } } }"""
USERS = "{ users { edges { node { name status } } } }"
REVOKE = """mutation($id: ID!) { revokeUserSessions(userId: $id) { endedSessions user { email }
  errors { code message } } }"""
CHANGE = """mutation($current: String!, $new: String!) { changePassword(currentPassword: $current,
  newPassword: $new) { ok errors { code field message } } }"""
NEW_PASSWORD = "a much longer passphrase"


async def accept(browser: Browser, token: str, password: str) -> tuple[int, dict[str, str]]:
    answer = await browser.http.post("/auth/invitation", json={"token": token, "password": password})
    return answer.status_code, (answer.json() if answer.content else {})


async def test_an_invitation_sets_a_password_once(site: Site, org: Organization) -> None:
    await person(org, "ada@acme.example")
    admin = await site.browser().signed_in("ada@acme.example")
    invited = (await admin.data(INVITE, input={"email": "Neo@Acme.example", "name": "小新", "role": "ANALYST"}))
    payload = invited["inviteUser"]
    assert payload["errors"] == [] and payload["user"]["email"] == "neo@acme.example"
    url = urlsplit(payload["invitationUrl"])
    assert (url.scheme, url.netloc, url.path) == ("http", "testserver", "/app/invitation")
    token = parse_qs(url.query)["token"][0]
    assert await OneTimeLink.filter(token_hash=hash_key(token)).count() == 1  # stored hashed only
    assert (await site.browser().login("neo@acme.example", "")).status_code == 401  # no password yet

    newcomer = site.browser()
    assert await accept(newcomer, token, "short") == (400, {"error": "VALIDATION", "field": "password", "message":
                                                        "the password must have at least 10 characters"})
    assert (await User.get(email="neo@acme.example")).password_hash is None  # nothing changed
    assert await accept(newcomer, token, NEW_PASSWORD) == (204, {})
    me = (await newcomer.data(ME))["viewer"]  # signed in
    assert me["user"]["email"] == "neo@acme.example" and me["role"] == "ANALYST"
    stored = (await User.get(email="neo@acme.example")).password_hash or ""
    assert stored.startswith("$argon2id$") and NEW_PASSWORD not in stored

    again = await accept(site.browser(), token, "another long password")
    assert again[0] == 400 and again[1]["error"] == "INVALID_INVITATION"
    assert (await site.browser().login("neo@acme.example", NEW_PASSWORD)).status_code == 204


async def test_an_invitation_expires(site: Site, org: Organization) -> None:
    user = await person(org, "ada@acme.example")
    _, token = await issue_link(organization=org, email=user.email or "", purpose=LinkPurpose.INVITATION,
                                lifetime=timedelta(hours=72))
    with time_machine.travel(datetime.now(UTC) + timedelta(hours=72, minutes=1)):
        status, body = await accept(site.browser(), token, NEW_PASSWORD)
    assert (status, body["error"]) == (400, "INVALID_INVITATION")
    assert (await site.browser().login("ada@acme.example")).status_code == 204  # the old password stands


async def test_only_admins_invite_and_duplicates_are_refused(site: Site, org: Organization) -> None:
    await person(org, "ada@acme.example")
    await person(org, "ana@acme.example", Role.ANALYST)
    analyst = await site.browser().signed_in("ana@acme.example")
    refused = await analyst.graphql(INVITE, input={"email": "x@acme.example", "name": "x", "role": "ADMIN"})
    assert refused.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    admin = await site.browser().signed_in("ada@acme.example")
    duplicate = (await admin.data(INVITE, input={"email": "ANA@acme.example", "name": "x", "role": "VIEWER"}))
    assert duplicate["inviteUser"]["invitationUrl"] is None
    assert duplicate["inviteUser"]["errors"][0]["code"] == "DUPLICATE"
    assert await User.filter(organization=org).count() == 2 and await OneTimeLink.all().count() == 0


async def test_a_sign_in_link_works_once(site: Site, org: Organization) -> None:
    user = await person(org, "ada@acme.example")
    _, token = await issue_link(organization=org, email="ada@acme.example", purpose=LinkPurpose.SIGN_IN,
                                lifetime=timedelta(hours=1))
    browser = site.browser()
    followed = await browser.http.get(f"/auth/link/{token}")
    assert followed.status_code == 303 and followed.headers["location"] == "/app"
    assert (await browser.data(ME))["viewer"]["user"]["id"] == encode_id("User", user.id)
    spent = site.browser()
    again = await spent.http.get(f"/auth/link/{token}")
    assert again.status_code == 303 and again.headers["location"] == "/app/login?expired=1"
    assert not spent.session_id and await UserSession.filter(user_id=user.id).count() == 1
    # An invitation token is not a sign-in link, nor the other way round.
    _, invitation = await issue_link(organization=org, email="ada@acme.example", purpose=LinkPurpose.INVITATION,
                                     lifetime=timedelta(hours=1))
    assert (await spent.http.get(f"/auth/link/{invitation}")).headers["location"] == "/app/login?expired=1"
    _, link = await issue_link(organization=org, email="ada@acme.example", purpose=LinkPurpose.SIGN_IN,
                               lifetime=timedelta(hours=1))
    assert (await accept(spent, link, NEW_PASSWORD))[0] == 400


async def test_who_signed_in_by_link_is_active_not_invited(site: Site, org: Organization) -> None:
    """No password set is not "invited": the demo's admin signs in by one-time links only."""
    admin = await person(org, "admin@acme.example")
    ada = await create_user(organization=org, name="ada", email="ada@acme.example", role=Role.ADMIN)
    await create_user(organization=org, name="bob", email="bob@acme.example", role=Role.AGENT)
    boss = await site.browser().signed_in(admin.email or "")

    async def statuses() -> dict[str, str]:
        return {e["node"]["name"]: e["node"]["status"] for e in (await boss.data(USERS))["users"]["edges"]}

    assert await statuses() == {"admin": "ACTIVE", "ada": "INVITED", "bob": "INVITED"}
    _, token = await issue_link(organization=org, email="ada@acme.example", purpose=LinkPurpose.SIGN_IN,
                                lifetime=timedelta(hours=1))
    browser = site.browser()
    await browser.http.get(f"/auth/link/{token}")
    me = (await browser.data("{ viewer { user { status } } }"))["viewer"]["user"]
    assert me == {"status": "ACTIVE"}  # "刘洋（你）" is signed in
    assert (await browser.logout()).status_code in (200, 204)
    assert await statuses() == {"admin": "ACTIVE", "ada": "ACTIVE", "bob": "INVITED"}  # signed out, still joined
    assert await UserSession.filter(user_id=ada.id, ended_at__isnull=False).exists()


async def test_who_only_uses_an_api_key_is_active_not_invited(site: Site, org: Organization) -> None:
    """An integration's user works through their key and never signs in: joined all the same."""
    admin = await person(org, "admin@acme.example")
    robot = await create_user(organization=org, name="robot", email=None, role=Role.ANALYST)
    _, raw = await create_api_key(organization=org, role=Role.ANALYST, name="bi export", user=robot)
    boss = await site.browser().signed_in(admin.email or "")

    async def status() -> str:
        edges = (await boss.data(USERS))["users"]["edges"]
        return str(next(e["node"]["status"] for e in edges if e["node"]["name"] == "robot"))

    assert await status() == "INVITED"  # a key made but never used
    used = await site.browser().http.post("/graphql", json={"query": "{ viewer { role } }"},
                                          headers={"Authorization": f"Bearer {raw}"})
    assert used.status_code == 200 and "errors" not in used.json()
    assert await status() == "ACTIVE"


async def test_a_sign_in_link_expires(site: Site, org: Organization) -> None:
    await person(org, "ada@acme.example")
    _, token = await issue_link(organization=org, email="ada@acme.example", purpose=LinkPurpose.SIGN_IN,
                                lifetime=timedelta(hours=1))
    with time_machine.travel(datetime.now(UTC) + timedelta(minutes=61)):
        late = await site.browser().http.get(f"/auth/link/{token}")
    assert late.headers["location"] == "/app/login?expired=1"


async def test_a_link_redeemed_twice_at_once_signs_in_once(org: Organization) -> None:
    await person(org, "ada@acme.example")
    _, token = await issue_link(organization=org, email="ada@acme.example", purpose=LinkPurpose.SIGN_IN,
                                lifetime=timedelta(hours=1))
    results = await asyncio.gather(*(redeem_link(token=token, purposes=[LinkPurpose.SIGN_IN]) for _ in range(4)),
                                   return_exceptions=True)
    assert sum(isinstance(r, User) for r in results) == 1
    assert sum(isinstance(r, InvalidLink) for r in results) == 3


async def test_a_password_change_ends_the_users_other_sessions(site: Site, org: Organization) -> None:
    await person(org, "ada@acme.example")
    here = await site.browser().signed_in("ada@acme.example")
    elsewhere = await site.browser().signed_in("ada@acme.example")
    wrong = (await here.data(CHANGE, current="not it at all", new=NEW_PASSWORD))["changePassword"]
    assert wrong == {"ok": False, "errors": [{"code": "INVALID_CREDENTIALS", "field": "currentPassword",
                                              "message": "the current password is wrong"}]}
    assert (await elsewhere.graphql(ME)).status_code == 200  # nothing changed
    changed = (await here.data(CHANGE, current=PASSWORD, new=NEW_PASSWORD))["changePassword"]
    assert changed == {"ok": True, "errors": []}
    assert (await elsewhere.graphql(ME)).status_code == 401
    assert (await here.graphql(ME)).status_code == 200  # the session that changed it goes on
    assert (await site.browser().login("ada@acme.example")).status_code == 401
    assert (await site.browser().login("ada@acme.example", NEW_PASSWORD)).status_code == 204


async def test_an_admin_revokes_a_users_sessions(site: Site, org: Organization) -> None:
    await person(org, "ada@acme.example")
    vera = await person(org, "vera@acme.example", Role.VIEWER)
    admin = await site.browser().signed_in("ada@acme.example")
    phone = await site.browser().signed_in("vera@acme.example")
    laptop = await site.browser().signed_in("vera@acme.example")
    refused = await phone.graphql(REVOKE, id=encode_id("User", vera.id))  # a viewer may not
    assert refused.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    revoked = (await admin.data(REVOKE, id=encode_id("User", vera.id)))["revokeUserSessions"]
    assert revoked == {"endedSessions": 2, "user": {"email": "vera@acme.example"}, "errors": []}
    for browser in (phone, laptop):
        assert (await browser.graphql(ME)).status_code == 401
    assert (await admin.graphql(ME)).status_code == 200
    assert (await site.browser().login("vera@acme.example")).status_code == 204  # she may sign in again
