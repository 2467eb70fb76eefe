"""Signing in to the console: the session cookies, CSRF on every cookie-authenticated GraphQL request,
sign-out, expiry, roles and organisations (CONSOLE_AUTH.md's contract, against a real app)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import time_machine

from api.ids import encode_id
from core.models import Organization, Role, UserSession
from core.service import create_api_key, get_or_create_organization, hash_key
from core.settings import Settings
from surveys.models import Survey
from tests.support.browsers import CREATE, ME, PASSWORD, Site, person, site_of


def cookies_set(answer: httpx.Response) -> dict[str, tuple[str, set[str]]]:
    """Set-Cookie headers: name -> (value, lower-cased attributes without their values but Max-Age's)."""
    found = {}
    for header in answer.headers.get_list("set-cookie"):
        pair, *attributes = [part.strip() for part in header.split(";")]
        name, _, value = pair.partition("=")
        found[name] = (value, {a.lower() if a.lower().startswith("samesite") else a.split("=")[0].lower()
                               for a in attributes})
    return found


async def test_sign_in_sets_the_session_and_csrf_cookies(site: Site, org: Organization) -> None:
    await person(org, "ada@acme.example")
    browser = site.browser()
    answer = await browser.login("  Ada@ACME.example ")  # as people type it
    assert answer.status_code == 204 and answer.content == b""
    cookies = cookies_set(answer)
    session, session_flags = cookies["voc_session"]
    csrf, csrf_flags = cookies["voc_csrf"]
    assert {"httponly", "samesite=lax", "path"} <= session_flags and "secure" not in session_flags
    assert {"samesite=lax", "path"} <= csrf_flags and "httponly" not in csrf_flags and "secure" not in csrf_flags
    # Only hashes are stored: the database alone signs nobody in.
    stored = await UserSession.get(organization=org)
    assert stored.id_hash == hash_key(session) and stored.csrf_hash == hash_key(csrf)
    assert session not in str(await UserSession.filter(id=stored.id).values())
    me = (await browser.data(ME))["viewer"]
    assert me["user"]["email"] == "ada@acme.example" and me["role"] == "ADMIN" and me["organization"]["name"] == org.name
    current = (await browser.http.get("/auth/session")).json()
    assert current == {"user": me["user"], "organization": {"id": me["organization"]["id"], "name": org.name},
                       "csrfToken": csrf}


async def test_cookies_are_secure_in_production(app_settings: Settings, org: Organization) -> None:
    await person(org, "ada@acme.example")
    production = app_settings.model_copy(update={"env": "production", "secret_key": "s" * 40})
    async with site_of(production) as site:
        cookies = cookies_set(await site.browser().login("ada@acme.example"))
    assert "secure" in cookies["voc_session"][1] and "secure" in cookies["voc_csrf"][1]


async def test_a_wrong_address_and_a_wrong_password_get_the_same_answer(site: Site, org: Organization) -> None:
    await person(org, "ada@acme.example")
    browser = site.browser()
    wrong_password = await browser.login("ada@acme.example", "not the password")
    wrong_address = await browser.login("nobody@acme.example", "not the password")
    assert wrong_password.status_code == wrong_address.status_code == 401
    assert wrong_password.content == wrong_address.content
    assert wrong_password.json()["error"] == "INVALID_CREDENTIALS"
    assert {k: v for k, v in wrong_password.headers.items() if k != "date"} == \
        {k: v for k, v in wrong_address.headers.items() if k != "date"}
    assert not browser.session_id and await UserSession.all().count() == 0


async def test_each_sign_in_gets_a_new_session_id_and_ends_the_one_before(site: Site, org: Organization) -> None:
    await person(org, "ada@acme.example")
    browser = await site.browser().signed_in("ada@acme.example")
    first, first_csrf = browser.session_id, browser.csrf
    await browser.signed_in("ada@acme.example")
    assert browser.session_id != first and browser.csrf != first_csrf
    old = site.browser()
    old.http.cookies.set("voc_session", first or "")
    assert (await old.http.get("/auth/session")).status_code == 401
    assert (await browser.http.get("/auth/session")).status_code == 200


async def test_a_cookie_request_without_the_csrf_token_is_refused_and_changes_nothing(
    site: Site, org: Organization
) -> None:
    await person(org, "ada@acme.example")
    browser = await site.browser().signed_in("ada@acme.example")
    survey = {"input": {"name": "CSRF", "kind": "NPS"}}
    for token in (None, "forged-token", ""):
        refused = await browser.graphql(CREATE, csrf=token, **survey)
        assert refused.status_code == 403, refused.text
        assert refused.json()["error"] == "CSRF"
    # A query over GET needs it too (an <img src> could send one with the cookie).
    got = await browser.http.get("/graphql", params={"query": ME})
    assert got.status_code == 403 and got.json()["error"] == "CSRF"
    assert await Survey.all().count() == 0
    made = await browser.data(CREATE, **survey)
    assert made["createSurvey"]["errors"] == [] and await Survey.all().count() == 1


async def test_an_api_key_needs_no_csrf_token_and_wins_over_a_cookie(site: Site, org: Organization) -> None:
    await person(org, "vera@acme.example", Role.VIEWER)
    _, key = await create_api_key(organization=org, role=Role.ADMIN)
    browser = await site.browser().signed_in("vera@acme.example")
    answer = await browser.http.post("/graphql", json={"query": CREATE, "variables": {"input": {
        "name": "by key", "kind": "NPS"}}}, headers={"authorization": f"Bearer {key}"})
    assert answer.status_code == 200 and answer.json()["data"]["createSurvey"]["errors"] == []
    viewer = (await browser.http.post("/graphql", json={"query": ME}, headers={"authorization": f"Bearer {key}"}))
    assert viewer.json()["data"]["viewer"] == {"role": "ADMIN", "user": None, "organization": {
        "id": encode_id("Organization", org.id), "name": org.name}}


async def test_after_sign_out_the_old_cookie_is_refused(site: Site, org: Organization) -> None:
    await person(org, "ada@acme.example")
    browser = await site.browser().signed_in("ada@acme.example")
    session, csrf = browser.session_id or "", browser.csrf or ""
    refused = await browser.http.post("/auth/logout")  # no CSRF token: the session goes on
    assert refused.status_code == 403 and (await browser.http.get("/auth/session")).status_code == 200
    out = await browser.logout()
    assert out.status_code == 204
    assert {name: value for name, (value, _) in cookies_set(out).items()} == {"voc_session": '""', "voc_csrf": '""'}
    assert not browser.session_id and not browser.csrf
    replay = site.browser()  # someone who kept the cookies
    replay.http.cookies.update({"voc_session": session, "voc_csrf": csrf})
    answer = await replay.graphql(ME, csrf=csrf)
    assert answer.status_code == 401
    assert answer.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert (await replay.http.get("/auth/session")).json()["error"] == "UNAUTHENTICATED"


async def test_a_session_ends_when_idle_too_long(app_settings: Settings, org: Organization) -> None:
    await person(org, "ada@acme.example")
    settings = app_settings.model_copy(update={"session_idle_minutes": 30})
    async with site_of(settings) as site:
        with time_machine.travel(datetime.now(UTC), tick=True) as clock:
            browser = await site.browser().signed_in("ada@acme.example")
            for _ in range(4):  # active every 20 minutes: the idle limit keeps moving
                clock.shift(timedelta(minutes=20))
                assert (await browser.graphql(ME)).status_code == 200
            clock.shift(timedelta(minutes=31))
            assert (await browser.graphql(ME)).status_code == 401


async def test_a_session_ends_at_its_absolute_expiry_however_active(app_settings: Settings, org: Organization) -> None:
    await person(org, "ada@acme.example")
    settings = app_settings.model_copy(update={"session_idle_minutes": 120, "session_max_hours": 2})
    async with site_of(settings) as site:
        with time_machine.travel(datetime.now(UTC), tick=True) as clock:
            browser = await site.browser().signed_in("ada@acme.example")
            # Sent by hand: the browser itself drops the cookie at its Max-Age (the absolute expiry).
            kept = {"cookie": f"voc_session={browser.session_id}"}
            browser.http.cookies.clear()
            for _ in range(3):
                clock.shift(timedelta(minutes=39))
                assert (await browser.http.get("/auth/session", headers=kept)).status_code == 200
            clock.shift(timedelta(minutes=5))  # 2 h 2 min after sign-in, 5 min after the last request
            assert (await browser.http.get("/auth/session", headers=kept)).status_code == 401


async def test_the_session_answer_renews_a_lost_csrf_cookie(site: Site, org: Organization) -> None:
    await person(org, "ada@acme.example")
    browser = await site.browser().signed_in("ada@acme.example")
    lost = browser.csrf
    browser.http.cookies.delete("voc_csrf")
    renewed = (await browser.http.get("/auth/session")).json()["csrfToken"]
    assert renewed != lost and browser.csrf == renewed
    assert (await browser.graphql(ME, csrf=lost)).status_code == 403
    assert (await browser.graphql(ME)).status_code == 200


async def test_sign_in_from_another_sites_page_is_refused(site: Site, org: Organization) -> None:
    await person(org, "ada@acme.example")
    browser = site.browser()
    foreign = await browser.login("ada@acme.example", origin="https://evil.example")
    assert foreign.status_code == 403 and not browser.session_id
    assert (await browser.login("ada@acme.example", origin="http://testserver")).status_code == 204


async def test_a_viewers_cookie_cannot_mutate(site: Site, org: Organization) -> None:
    await person(org, "vera@acme.example", Role.VIEWER)
    browser = await site.browser().signed_in("vera@acme.example")
    refused = await browser.graphql(CREATE, input={"name": "nope", "kind": "NPS"})
    assert refused.status_code == 403
    assert refused.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await Survey.all().count() == 0
    assert (await browser.data("{ surveys { totalCount } }"))["surveys"]["totalCount"] == 0  # it may read


async def test_a_user_of_another_organisation_sees_and_changes_nothing(site: Site, org: Organization) -> None:
    ada = await person(org, "ada@acme.example")
    _, key = await create_api_key(organization=org, role=Role.ADMIN)
    made = await site.browser().http.post("/graphql", json={"query": CREATE, "variables": {"input": {
        "name": "A's survey", "kind": "NPS"}}}, headers={"authorization": f"Bearer {key}"})
    a_survey = made.json()["data"]["createSurvey"]["survey"]["id"]
    other = await get_or_create_organization(name="Org B")
    await person(other, "bob@b.example")
    a = await site.browser().signed_in("ada@acme.example")
    b = await site.browser().signed_in("bob@b.example")
    assert (await b.data(ME))["viewer"]["organization"]["name"] == "Org B"
    seen = await b.data("""query($s: ID!, $u: ID!) { surveys { totalCount } s: node(id: $s) { id }
        u: node(id: $u) { id } }""", s=a_survey, u=encode_id("User", ada.id))
    assert seen == {"surveys": {"totalCount": 0}, "s": None, "u": None}
    revoke = await b.data("""mutation($id: ID!) { revokeUserSessions(userId: $id) { endedSessions
        errors { code } } }""", id=encode_id("User", ada.id))
    assert revoke["revokeUserSessions"] == {"endedSessions": 0, "errors": [{"code": "NOT_FOUND"}]}
    assert (await a.data(ME))["viewer"]["user"]["email"] == "ada@acme.example"  # A's session goes on
    assert "Org B" not in (await a.http.get("/auth/session")).text
    assert PASSWORD not in (await b.http.get("/auth/session")).text
