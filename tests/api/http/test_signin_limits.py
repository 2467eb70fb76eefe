"""Sign-in attempts are throttled per e-mail address and per client address (429 with Retry-After),
in every API process together when they share Redis."""

from __future__ import annotations

import time

import httpx
import pytest
import time_machine

from core.models import Organization
from core.settings import Settings
from tests.support.browsers import Browser, Site, person, site_of

WRONG = "not the password"
WINDOW = 15 * 60  # VOC_LOGIN_RATE_PER_ACCOUNT's by default


def assert_throttled(answer: httpx.Response, *, window_seconds: int) -> None:
    assert answer.status_code == 429, answer.text
    assert answer.json()["error"] == "RATE_LIMITED"
    assert 1 <= int(answer.headers["retry-after"]) <= window_seconds


async def fail(browser: Browser, email: str, times: int) -> None:
    for _ in range(times):
        assert (await browser.login(email, WRONG)).status_code == 401


async def test_the_eleventh_wrong_password_in_a_row_is_throttled(site: Site, org: Organization) -> None:
    await person(org, "ada@acme.example")
    await person(org, "bob@acme.example")
    browser = site.browser()
    await fail(browser, "ada@acme.example", 10)
    assert_throttled(await browser.login("ada@acme.example", WRONG), window_seconds=WINDOW)
    # The right password too, now: the throttle holds whatever is tried.
    assert_throttled(await browser.login("ADA@acme.example"), window_seconds=WINDOW)
    assert not browser.session_id
    # Another address from the same client is not held up by Ada's.
    assert (await browser.login("bob@acme.example")).status_code == 204


async def test_a_successful_sign_in_starts_the_count_again(site: Site, org: Organization) -> None:
    await person(org, "ada@acme.example")
    browser = site.browser()
    await fail(browser, "ada@acme.example", 9)
    assert (await browser.login("ada@acme.example")).status_code == 204
    await fail(browser, "ada@acme.example", 10)
    assert_throttled(await browser.login("ada@acme.example", WRONG), window_seconds=WINDOW)


async def test_a_run_of_failures_across_a_windows_edge_is_counted_whole(site: Site, org: Organization) -> None:
    """An approximate count (the sliding window counter) let an 11th attempt through when the ten
    straddled the edge of a 15-minute window; attempts are counted exactly."""
    await person(org, "ada@acme.example")
    browser = site.browser()
    edge = (time.time() // WINDOW + 1) * WINDOW
    with time_machine.travel(edge - 2, tick=True) as clock:
        await fail(browser, "ada@acme.example", 5)
        clock.shift(4)
        await fail(browser, "ada@acme.example", 5)
        assert_throttled(await browser.login("ada@acme.example", WRONG), window_seconds=WINDOW)


async def test_unknown_addresses_are_throttled_alike(site: Site) -> None:
    browser = site.browser()
    await fail(browser, "nobody@acme.example", 10)
    assert_throttled(await browser.login("nobody@acme.example", WRONG), window_seconds=WINDOW)


async def test_attempts_per_client_address_are_throttled(app_settings: Settings, org: Organization) -> None:
    await person(org, "ada@acme.example")
    async with site_of(app_settings.model_copy(update={"login_rate_per_ip": "5/minute"})) as site:
        browser = site.browser()
        for n in range(5):  # five addresses, once each
            assert (await browser.login(f"guess{n}@acme.example", WRONG)).status_code == 401
        assert_throttled(await browser.login("ada@acme.example"), window_seconds=60)


@pytest.mark.redis
async def test_the_throttle_holds_across_api_processes_sharing_redis(app_settings: Settings, org: Organization) -> None:
    assert app_settings.redis_url
    await person(org, "ada@acme.example")
    async with site_of(app_settings) as one, site_of(app_settings) as two:
        first, second = one.browser(), two.browser()
        await fail(first, "ada@acme.example", 5)
        await fail(second, "ada@acme.example", 5)
        assert_throttled(await first.login("ada@acme.example", WRONG), window_seconds=WINDOW)
        assert_throttled(await second.login("ada@acme.example"), window_seconds=WINDOW)
