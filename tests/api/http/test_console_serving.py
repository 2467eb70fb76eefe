"""The console at /app: the app's page for every path under it (history fallback) with a strict
Content-Security-Policy, its hashed files cached for good and gzipped, nothing else reachable, `/`
leading to it, and the files shipped in the Python package."""

from __future__ import annotations

import re
import tomllib
from fnmatch import fnmatch

import httpx

from api.http import console
from core.settings import Settings
from tests.support.client import app_client
from tests.support.paths import ROOT


async def test_root_leads_to_the_console(client: httpx.AsyncClient) -> None:
    answer = await client.get("/", follow_redirects=False)
    assert (answer.status_code, answer.headers["location"]) == (302, "/app")


async def test_every_console_path_is_the_apps_page_with_a_strict_policy(client: httpx.AsyncClient) -> None:
    pages = [await client.get(path) for path in ("/app", "/app/", "/app/login", "/app/topics/VG9waWM6MQ==",
                                                 "/app/invitation?token=abc")]
    assert {p.status_code for p in pages} == {200}
    assert len({p.text for p in pages}) == 1
    page = pages[0]
    assert page.headers["content-type"].startswith("text/html")
    csp = dict(part.strip().split(" ", 1) for part in page.headers["content-security-policy"].split(";"))
    assert (csp["script-src"], csp["style-src"], csp["frame-ancestors"], csp["default-src"]) == (
        "'self'", "'self'", "'none'", "'none'")
    # It frames only this server's pages: the survey builder's live preview (/survey-preview).
    assert csp["frame-src"] == "'self'"
    assert "unsafe" not in page.headers["content-security-policy"]
    assert page.headers["referrer-policy"] == "same-origin" and page.headers["cache-control"] == "no-store"
    assert page.headers["x-frame-options"] == "DENY"
    # Nothing inline for the policy to refuse: every script and style is a file of this server.
    assert not re.search(r"<script(?![^>]*\bsrc=)", page.text), "an inline script"
    assert "<style" not in page.text and " style=" not in page.text
    assert not re.search(r"(https?:)?//", page.text), "the page names another host"


async def test_the_pages_files_are_served_cached_for_good_and_gzipped(client: httpx.AsyncClient) -> None:
    page = (await client.get("/app")).text
    urls = re.findall(r'(?:src|href)="(/app/assets/[^"]+)"', page)
    assert any(u.endswith(".js") for u in urls) and any(u.endswith(".css") for u in urls)
    for url in urls:
        name = url.rsplit("/", 1)[1]
        on_disk = (console.ASSETS / name).read_bytes()
        plain = await client.get(url, headers={"accept-encoding": "identity"})
        assert plain.status_code == 200 and plain.content == on_disk
        assert plain.headers["cache-control"] == console.IMMUTABLE
        assert plain.headers["content-type"].startswith("text/javascript" if name.endswith(".js") else "text/css")
        zipped = await client.get(url, headers={"accept-encoding": "gzip"})
        assert zipped.headers["content-encoding"] == "gzip" and zipped.content == on_disk  # httpx decodes it
        again = await client.get(url, headers={"if-none-match": plain.headers["etag"]})
        assert again.status_code == 304 and again.content == b""


async def test_nothing_but_the_builds_files_is_served_from_assets(client: httpx.AsyncClient) -> None:
    for path in ("/app/assets/missing-0000.js", "/app/assets/..%2F..%2F..%2Fapp.py", "/app/assets/nested/x.js",
                 "/app/assets/%2e%2e/%2e%2e/pyproject.toml", "/app/assets/"):
        answer = await client.get(path)
        assert answer.status_code == 404 and "<html" not in answer.text, path


async def test_graphiql_is_offered_to_the_console_only_where_it_is_served(app_settings: Settings) -> None:
    async with app_client(app_settings) as c:
        assert console.GRAPHIQL_META in (await c.get("/app")).text
    production = app_settings.model_copy(update={"env": "production", "secret_key": "s" * 40})
    async with app_client(production) as c:
        page = await c.get("/app/login")
    assert page.status_code == 200 and "voc-graphiql" not in page.text


def test_the_console_ships_in_the_package() -> None:
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["api"]
    files = [p for p in console.ROOT.rglob("*") if p.is_file()]
    assert (console.ROOT / "index.html") in files and len(files) > 3
    for path in files:
        relative = path.relative_to(ROOT / "api").as_posix()
        assert any(fnmatch(relative, pattern) for pattern in patterns), relative
