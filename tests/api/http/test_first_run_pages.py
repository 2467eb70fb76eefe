"""GraphiQL served from the package (no CDN), the landing page at /welcome and the hosted page in English."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import httpx
import strawberry

from api.http import graphiql
from core.settings import Settings
from tests.support.client import GraphQL, app_client
from tests.support.ops import active_survey
from tests.support.paths import ROOT

HTML = {"accept": "text/html"}


def referenced(html: str) -> list[str]:
    return re.findall(r'(?:src|href)="([^"]+)"', html)


async def test_graphiql_loads_only_files_this_server_serves(client: httpx.AsyncClient) -> None:
    page = await client.get("/graphql", headers=HTML)
    assert page.status_code == 200 and 'id="graphiql"' in page.text
    assert not re.search(r"(https?:)?//", page.text), "the page names another host"
    csp = page.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "style-src 'self';" in csp and "unsafe" not in csp
    urls = referenced(page.text)
    assert len(urls) == len(graphiql.SCRIPTS) + len(graphiql.STYLES)
    for url in urls:
        asset = await client.get(url)
        name = url.split("?")[0].rsplit("/", 1)[1]
        assert asset.status_code == 200, url
        assert asset.content == (graphiql.ASSETS / name).read_bytes()
        kind = "text/javascript" if name.endswith(".js") else "text/css"
        assert asset.headers["content-type"].startswith(kind), (url, asset.headers["content-type"])
    assert (await client.get("/graphiql/LICENSES.md")).status_code == 200


def test_the_committed_builds_are_those_strawberry_pins() -> None:
    """Byte for byte the files Strawberry's own page loads from the CDN (its integrity hashes):
    when Strawberry moves to other versions, scripts/graphiql-assets.sh refreshes ours."""
    cdn_page = (Path(strawberry.__file__).parent / "static" / "graphiql.html").read_text()
    pinned = dict(re.findall(r'(?:src|href)="https://unpkg\.com/([^"]+)"\s+integrity="([^"]+)"', cdn_page))
    ours = {"react@18.2.0/umd/react.production.min.js": "react.production.min.js",
            "react-dom@18.2.0/umd/react-dom.production.min.js": "react-dom.production.min.js",
            "graphiql@3.8.3/graphiql.min.js": "graphiql.min.js",
            "graphiql@3.8.3/graphiql.min.css": "graphiql.min.css",
            "@graphiql/plugin-explorer@1.0.2/dist/index.umd.js": "plugin-explorer.umd.js",
            "@graphiql/plugin-explorer@1.0.2/dist/style.css": "plugin-explorer.css"}
    assert set(ours) <= set(pinned), f"Strawberry now loads {sorted(pinned)}: run scripts/graphiql-assets.sh"
    for cdn, name in ours.items():
        digest = base64.b64encode(hashlib.sha384((graphiql.ASSETS / name).read_bytes()).digest()).decode()
        assert pinned[cdn] == f"sha384-{digest}", name


def test_the_graphiql_files_ship_in_the_package() -> None:
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["api"]
    for path in graphiql.ASSETS.iterdir():
        relative = path.relative_to(ROOT / "api").as_posix()
        assert any(fnmatch(relative, pattern) for pattern in patterns), relative


async def test_production_serves_neither_graphiql_nor_its_files(app_settings: Settings) -> None:
    settings = app_settings.model_copy(update={"env": "production", "secret_key": "s" * 40})
    async with app_client(settings) as c:
        assert 'id="graphiql"' not in (await c.get("/graphql", headers=HTML)).text
        assert (await c.get(graphiql.asset_url("graphiql.min.js"))).status_code == 404
        landing = await c.get("/welcome")
    assert 'href="/graphql"' not in landing.text and 'href="/demo"' not in landing.text
    assert "POST /graphql" in landing.text


async def test_the_landing_page_links_graphiql_the_demo_and_the_hosted_page(client: httpx.AsyncClient) -> None:
    page = await client.get("/welcome")
    assert page.status_code == 200 and '<html lang="zh-CN">' in page.text
    assert {"/app", "/graphql", "/demo", "/welcome?lang=en"} <= set(referenced(page.text))
    assert "/s/&lt;问卷令牌&gt;" in page.text and "托管问卷页" in page.text
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "unsafe" not in csp and "frame-ancestors 'none'" in csp
    for english in (await client.get("/welcome?lang=en"), await client.get("/welcome", headers={"accept-language": "en-US,en;q=0.9"})):
        assert '<html lang="en">' in english.text and "hosted survey page" in english.text
        assert not re.search(r"[\u4e00-\u9fff]", english.text.replace("中文", "")), "Chinese left on the English page"
    chinese_first = await client.get("/welcome", headers={"accept-language": "fr, zh-TW;q=0.8, en;q=0.5"})
    assert '<html lang="zh-CN">' in chinese_first.text


SURVEY_FOR = "query($t: String!, $l: String) { surveyForRespondent(token: $t, locale: $l) { locale questions } }"
CHINESE = re.compile(r"[\u4e00-\u9fff]")


async def test_the_hosted_page_in_english_asks_a_chinese_surveys_default_questions_in_english(
    client: httpx.AsyncClient, gql: GraphQL, public: GraphQL
) -> None:
    survey = await active_survey(gql)  # zh-CN, the default questions
    page = await client.get(f"/s/{survey['token']}?lang=en")
    assert '<html lang="en">' in page.text and "<title>App NPS · Feedback</title>" in page.text
    # What the widget on that page asks for (?lang=en): every text it shows, in English.
    shown = (await public(SURVEY_FOR, t=survey["token"], l="en"))["surveyForRespondent"]
    questions = shown["questions"]
    assert questions["main"]["text"] == "How likely are you to recommend us to a friend or colleague?"
    assert (questions["main"]["minLabel"], questions["main"]["maxLabel"]) == ("Not likely", "Extremely likely")
    assert questions["followUps"][0]["text"] == "What went wrong? What should we improve first?"
    assert questions["thankYou"] == "Thank you for your feedback!"
    assert not CHINESE.search(json.dumps(questions, ensure_ascii=False))
    assert shown["locale"] == "zh-CN"  # the survey's own language is still reported
    as_written = (await public(SURVEY_FOR, t=survey["token"]))["surveyForRespondent"]["questions"]
    assert as_written["main"]["text"] == "您向朋友或同事推荐我们的可能性有多大？"


async def test_texts_a_survey_author_wrote_stay_as_written(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql, question="您觉得新版结账流程怎么样？", locale="en")
    questions = (await public(SURVEY_FOR, t=survey["token"], l="zh-CN"))["surveyForRespondent"]["questions"]
    assert questions["main"]["text"] == "您觉得新版结账流程怎么样？"
    assert (questions["main"]["minLabel"], questions["thankYou"]) == ("不可能", "感谢您的反馈！")
    refused = (await public.raw(SURVEY_FOR, t=survey["token"], l="fr")).json()
    assert refused["data"]["surveyForRespondent"] is None
    assert refused["errors"][0]["extensions"]["code"] == "VALIDATION"
