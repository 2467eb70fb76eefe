"""GraphiQL at GET /graphql (development), served from the Python package: no CDN, so the page
works on a machine without internet access.

The React, GraphiQL and explorer builds are those Strawberry's own page loads from unpkg, committed
under api/static/graphiql/ by scripts/graphiql-assets.sh; the page's script is a file there too,
so that the Content-Security-Policy allows this server's scripts and styles only.
"""

from __future__ import annotations

import hashlib
from functools import cache
from html import escape
from pathlib import Path

from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.staticfiles import StaticFiles

from api.locales import requested_lang

ASSETS = Path(__file__).resolve().parent.parent / "static" / "graphiql"
PREFIX = "/graphiql"
STYLES = ("graphiql.min.css", "plugin-explorer.css", "graphiql-page.css")
# In this order: each needs the ones before it (React, then GraphiQL, then the explorer plugin).
SCRIPTS = ("react.production.min.js", "react-dom.production.min.js", "graphiql.min.js", "plugin-explorer.umd.js",
           "graphiql-page.js")
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
       "font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
QUERY = """
query Surveys {
  surveys(first: 5) {
    totalCount
    edges { node { name kind status token } }
  }
}
"""
DEFAULT_QUERY = {
    "zh-CN": """# VoC Loop GraphQL 接口
# 公开字段只需问卷令牌：
#   surveyForRespondent、submitResponse、recordDisplay
# 其余字段需要 API 密钥，填在下方 Headers 中：
#   {"Authorization": "Bearer <API 密钥>"}
# （voc apikey create 或 make run 会打印一个）
# Ctrl-Enter 运行。
""" + QUERY,
    "en": """# The VoC Loop GraphQL API
# Public fields need only a survey token:
#   surveyForRespondent, submitResponse, recordDisplay
# The others need an API key, in Headers below:
#   {"Authorization": "Bearer <API key>"}
# (voc apikey create or make run prints one)
# Ctrl-Enter runs the query.
""" + QUERY,
}


def assets() -> StaticFiles:
    """The files the page loads, mounted at PREFIX."""
    return StaticFiles(directory=ASSETS)


@cache
def asset_url(name: str) -> str:
    """A file's URL, with its content's hash: a new build is never read from a stale cache."""
    digest = hashlib.sha256((ASSETS / name).read_bytes()).hexdigest()[:16]
    return f"{PREFIX}/{name}?v={digest}"


def page(request: Request) -> HTMLResponse:
    lang = requested_lang(request) or "zh-CN"
    styles = "\n".join(f'<link rel="stylesheet" href="{escape(asset_url(name))}">' for name in STYLES)
    scripts = "\n".join(f'<script src="{escape(asset_url(name))}"></script>' for name in SCRIPTS)
    html = f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>VoC Loop · GraphiQL</title>
{styles}
</head>
<body>
<div id="graphiql" data-default-query="{escape(DEFAULT_QUERY[lang])}">Loading…</div>
{scripts}
</body>
</html>"""
    return HTMLResponse(html, headers={"content-security-policy": CSP, "referrer-policy": "no-referrer",
                                       "x-content-type-options": "nosniff", "cache-control": "no-store"})
