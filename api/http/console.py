"""The console (/app): the single-page app built from console/ into api/static/console/.

Every path under /app that is not a file answers the app's index.html (history fallback: the app
routes in the browser), with a strict Content-Security-Policy: scripts and styles from this server
only, nothing inline, not framed itself; it frames only this server's pages (the survey builder's
live preview, /survey-preview). Its files are content-hashed (assets/name-HASH.js), so they are
cached for a year; they are read and gzipped once per process.
"""

from __future__ import annotations

import gzip
import mimetypes
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

ROOT = Path(__file__).resolve().parent.parent / "static" / "console"
ASSETS = ROOT / "assets"
PREFIX = "/app"
IMMUTABLE = "public, max-age=31536000, immutable"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; "
       "connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
PAGE_HEADERS = {
    "content-security-policy": CSP,
    "referrer-policy": "same-origin",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "cache-control": "no-store",
}
# Where GraphiQL lives, for the admins' link; only when the server serves it (development).
GRAPHIQL_META = '<meta name="voc-graphiql" content="/graphql">'
TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml",
         ".woff2": "font/woff2", ".png": "image/png"}


@dataclass(frozen=True)
class Asset:
    body: bytes
    gzipped: bytes | None  # None where gzip does not pay (images, fonts, tiny files)
    media_type: str
    etag: str


async def root(request: Request) -> Response:
    """GET /: the console (it sends whoever is not signed in to its sign-in page)."""
    return RedirectResponse(PREFIX, status_code=302)


async def index(request: Request) -> Response:
    """/app and every path under it that is not an asset: the app's page."""
    with_graphiql = bool(request.app.state.settings.debug)
    page = _page(with_graphiql)
    if page is None:
        return Response("The console is not built: run `make console`.", status_code=503,
                        media_type="text/plain; charset=utf-8")
    return Response(page, media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)


async def asset(request: Request) -> Response:
    found = _assets().get(request.path_params["name"])
    if found is None:
        return Response("not found", status_code=404, media_type="text/plain; charset=utf-8",
                        headers={"cache-control": "no-store"})
    headers = {"cache-control": IMMUTABLE, "etag": found.etag, "x-content-type-options": "nosniff",
               "vary": "accept-encoding"}
    if request.headers.get("if-none-match") == found.etag:
        return Response(status_code=304, headers=headers)
    if found.gzipped is not None and "gzip" in request.headers.get("accept-encoding", ""):
        return Response(found.gzipped, media_type=found.media_type, headers={**headers, "content-encoding": "gzip"})
    return Response(found.body, media_type=found.media_type, headers=headers)


@cache
def _page(with_graphiql: bool) -> bytes | None:
    path = ROOT / "index.html"
    if not path.is_file():
        return None
    html = path.read_text(encoding="utf-8")
    if with_graphiql:
        html = html.replace("</head>", f"  {GRAPHIQL_META}\n  </head>", 1)
    return html.encode()


@cache
def _assets() -> dict[str, Asset]:
    """Every file the build wrote into assets/, by name: a fixed set, so no request path can reach
    anything else (nor grow a cache)."""
    if not ASSETS.is_dir():
        return {}
    return {path.name: _load(path) for path in sorted(ASSETS.iterdir()) if path.is_file()}


def _load(path: Path) -> Asset:
    body = path.read_bytes()
    media_type = TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    compressible = path.suffix in {".js", ".css", ".svg"} and len(body) > 1024
    gzipped = gzip.compress(body, compresslevel=9, mtime=0) if compressible else None
    # The file name carries the content's hash already; the ETag repeats it for conditional requests.
    return Asset(body=body, gzipped=gzipped, media_type=media_type, etag=f'"{path.stem.rsplit("-", 1)[-1]}"')
