"""`voc user create` and `voc user reset-password`, run as real processes against the test database;
the links they print are used through the app."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from core.models import OneTimeLink, User
from core.settings import Settings
from tests.support.browsers import PASSWORD, Site
from tests.support.cli import voc

ORG = "脚本公司"
NEW_PASSWORD = "set through the link"


def token_of(link: str) -> str:
    url = urlsplit(link)
    assert url.path == "/app/invitation", link
    return parse_qs(url.query)["token"][0]


def for_of(link: str) -> str | None:
    """What the link tells the page it is for (its words): none for an invitation, reset, or first."""
    return parse_qs(urlsplit(link).query).get("for", [None])[0]


async def test_user_create_prints_the_invitation_link_last(settings: Settings, site: Site) -> None:
    done = voc(settings, "user", "create", "--org", ORG, "--email", "Wang@Example.com", "--name", "王芳", "--role",
               "analyst", "--base-url", "https://voc.example.com")
    assert done.returncode == 0, done.stderr
    link = done.stdout.strip().splitlines()[-1]
    assert link.startswith("https://voc.example.com/app/invitation?token=") and for_of(link) is None
    user = await User.get(email="wang@example.com").select_related("organization")
    assert user.organization.name == ORG and user.role.value == "analyst" and user.password_hash is None
    browser = site.browser()
    answer = await browser.http.post("/auth/invitation", json={"token": token_of(link), "password": NEW_PASSWORD})
    assert answer.status_code == 204 and (await browser.http.get("/auth/session")).json()["user"]["name"] == "王芳"
    again = voc(settings, "user", "create", "--org", ORG, "--email", "wang@example.com", "--name", "x", "--role",
                "viewer")
    assert again.returncode == 2 and "DUPLICATE" in again.stdout


async def test_password_stdin_sets_the_password_and_prints_no_secret(settings: Settings, site: Site) -> None:
    done = voc(settings, "user", "create", "--org", ORG, "--email", "li@example.com", "--name", "李娜", "--role",
               "agent", "--password-stdin", stdin=PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    assert PASSWORD not in done.stdout and "token=" not in done.stdout
    assert await OneTimeLink.all().count() == 0
    assert (await site.browser().login("li@example.com")).status_code == 204
    short = voc(settings, "user", "create", "--org", ORG, "--email", "zhao@example.com", "--name", "赵", "--role",
                "agent", "--password-stdin", stdin="short\n")
    assert short.returncode == 2 and "VALIDATION" in short.stdout
    assert not await User.exists(email="zhao@example.com")  # nothing stored


async def test_reset_password_prints_a_new_link_and_the_old_ones_stop(settings: Settings, site: Site) -> None:
    created = voc(settings, "user", "create", "--org", ORG, "--email", "li@example.com", "--name", "李娜", "--role",
                  "agent", "--password-stdin", stdin=PASSWORD)
    assert created.returncode == 0, created.stderr
    first = voc(settings, "user", "reset-password", "--org", ORG, "--email", "LI@example.com")
    second = voc(settings, "user", "reset-password", "--org", ORG, "--email", "li@example.com")
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    old, new = (token_of(d.stdout.strip().splitlines()[-1]) for d in (first, second))
    assert for_of(second.stdout.strip().splitlines()[-1]) == "reset"  # she has a password: the page says reset
    browser = site.browser()
    stale = await browser.http.post("/auth/invitation", json={"token": old, "password": NEW_PASSWORD})
    assert stale.status_code == 400 and stale.json()["error"] == "INVALID_INVITATION"
    assert (await browser.http.post("/auth/invitation", json={"token": new, "password": NEW_PASSWORD})).status_code == 204
    assert (await site.browser().login("li@example.com")).status_code == 401  # the old password is gone
    unknown = voc(settings, "user", "reset-password", "--org", ORG, "--email", "nobody@example.com")
    assert unknown.returncode == 2 and "NOT_FOUND" in unknown.stdout
    no_org = voc(settings, "user", "reset-password", "--org", "没有这个组织", "--email", "li@example.com")
    assert no_org.returncode == 2 and "NOT_FOUND" in no_org.stdout
    # Staff added without a password (as the demo's agents are) get their first: not an invitation's words.
    added = voc(settings, "user", "create", "--org", ORG, "--email", "zhang@example.com", "--name", "张伟",
                "--role", "agent")
    assert added.returncode == 0, added.stderr
    assert for_of(added.stdout.strip().splitlines()[-1]) is None  # a new invitee
    staff = voc(settings, "user", "reset-password", "--org", ORG, "--email", "zhang@example.com")
    assert staff.returncode == 0 and for_of(staff.stdout.strip().splitlines()[-1]) == "first"
