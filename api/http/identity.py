"""Who is calling over HTTP or WebSocket: an API key (`Authorization: Bearer <key>`, for scripts) or
a signed-in session (the console's cookies). The bearer key wins when both are sent.

A request authenticated by the session cookie carries the session's CSRF token in `X-CSRF-Token`
(the `voc_csrf` cookie's value, which only pages of this origin can read): every GraphQL request and
any other that is not GET, HEAD or OPTIONS; without it: 403 and nothing is done."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from starlette.requests import HTTPConnection
from starlette.responses import JSONResponse, Response
from starlette.types import Scope

from core.models import UserSession
from core.service import Principal, authenticate, bearer_key
from core.sessions import SessionLifetimes, StartedSession, csrf_matches, principal_of, resume_session
from core.settings import Settings

SESSION_COOKIE = "voc_session"
CSRF_COOKIE = "voc_csrf"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
BAD_SCHEME = "the Authorization header must be 'Bearer <api key>'"
BAD_KEY = "the API key is invalid or has been revoked"
SESSION_ENDED = "the session has ended: sign in again"
CSRF_MISSING = f"a signed-in request must carry the session's CSRF token in the {CSRF_HEADER} header"
WEB_SCHEMES = {"ws": "http", "wss": "https"}


def client_ip(conn: HTTPConnection) -> str:
    """The caller's address for rate limits: Uvicorn already put a trusted proxy's X-Forwarded-For
    there (`proxy_headers`, `forwarded_allow_ips`); "unknown" when the server gives none."""
    return conn.client.host if conn.client else "unknown"


@dataclass(frozen=True)
class Identity:
    principal: Principal | None = None
    error: str | None = None  # why a credential that was sent does not count
    session: UserSession | None = None  # the live session, when the cookie authenticated the call


ANONYMOUS = Identity()


async def identify(connection: HTTPConnection, settings: Settings) -> Identity:
    """The caller of a request or WebSocket handshake: its bearer key, else its session cookie."""
    header = connection.headers.get("authorization", "")
    if header:
        return await bearer(header)
    return await identify_session(connection, settings)


async def bearer(header: str) -> Identity:
    """The caller of an "Authorization: Bearer <api key>" value, or why there is none."""
    raw = bearer_key(header)
    if raw is None:
        return Identity(error=BAD_SCHEME)
    principal = await authenticate(raw_key=raw)
    return Identity(principal=principal) if principal is not None else Identity(error=BAD_KEY)


async def has_valid_key(scope: Scope) -> bool:
    """Whether an HTTP request carries a valid API key (not a session: the console's calls, and the
    widget's, keep the ordinary body limit; api/http/limits.py asks this only of larger bodies)."""
    header = HTTPConnection(scope).headers.get("authorization", "")
    return bool(header) and (await bearer(header)).principal is not None


async def identify_session(connection: HTTPConnection, settings: Settings) -> Identity:
    raw = connection.cookies.get(SESSION_COOKIE)
    if not raw:
        return ANONYMOUS
    session = await resume_session(session_id=raw, lifetimes=lifetimes(settings))
    if session is None:
        return Identity(error=SESSION_ENDED)
    return Identity(principal=principal_of(session), session=session)


def lifetimes(settings: Settings) -> SessionLifetimes:
    return SessionLifetimes(idle=timedelta(minutes=settings.session_idle_minutes),
                            absolute=timedelta(hours=settings.session_max_hours))


def csrf_refusal(identity: Identity, connection: HTTPConnection, *, every_method: bool = False) -> Response | None:
    """403 for a cookie-authenticated call without the session's CSRF token; None when it may go on."""
    if identity.session is None:
        return None
    if not every_method and connection.scope.get("method") in SAFE_METHODS:
        return None
    if csrf_matches(identity.session, connection.headers.get(CSRF_HEADER)):
        return None
    return refusal(403, "CSRF", CSRF_MISSING)


def refusal(status: int, code: str, message: str, *, field: str | None = None,
            headers: dict[str, str] | None = None) -> JSONResponse:
    body: dict[str, str] = {"error": code, "message": message}
    if field is not None:
        body["field"] = field
    return JSONResponse(body, status_code=status, headers=headers)


def own_origin(connection: HTTPConnection) -> str:
    """This server's origin as the caller reached it (a WebSocket's as the page that opened it)."""
    scheme = connection.url.scheme
    return f"{WEB_SCHEMES.get(scheme, scheme)}://{connection.url.netloc}"


def origin_allowed(origin: str | None, connection: HTTPConnection, settings: Settings) -> bool:
    """Whether a page of this origin may use the console's sign-in: our own, or a configured one."""
    if origin is None:
        return False
    origin = origin.rstrip("/")
    return origin == own_origin(connection) or origin in settings.console_origin_set


def set_session_cookies(response: Response, started: StartedSession, settings: Settings) -> None:
    max_age = settings.session_max_hours * 3600
    response.set_cookie(SESSION_COOKIE, started.session_id, max_age=max_age, path="/", httponly=True,
                        samesite="lax", secure=settings.secure_cookies)
    set_csrf_cookie(response, started.csrf_token, settings)


def set_csrf_cookie(response: Response, token: str, settings: Settings) -> None:
    # Not HttpOnly: the console reads it and sends it back in the header; another origin cannot read it.
    response.set_cookie(CSRF_COOKIE, token, max_age=settings.session_max_hours * 3600, path="/", httponly=False,
                        samesite="lax", secure=settings.secure_cookies)


def clear_session_cookies(response: Response, settings: Settings) -> None:
    for name, httponly in ((SESSION_COOKIE, True), (CSRF_COOKIE, False)):
        response.delete_cookie(name, path="/", httponly=httponly, samesite="lax", secure=settings.secure_cookies)
