"""The console's sign-in routes (/auth/...): sign in and out, the current session, setting a password
through an invitation, and one-time sign-in links. Errors are `{"error": CODE, "message": text}`.

Sign-in attempts are counted per client address and per e-mail address (`limits`, in Redis when it
is configured, so every API process counts together); a successful sign-in clears its address's
count. A wrong address and a wrong password get the same answer."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from api import untrusted
from api.http.identity import (
    CSRF_COOKIE,
    SESSION_COOKIE,
    clear_session_cookies,
    client_ip,
    csrf_refusal,
    identify_session,
    lifetimes,
    origin_allowed,
    refusal,
    set_csrf_cookie,
    set_session_cookies,
)
from api.ids import encode_id
from api.links import CONSOLE, SIGN_IN_LINK
from core.errors import InvalidLink, ValidationFailed
from core.invitations import accept_invitation, redeem_link
from core.models import LinkPurpose, User
from core.ratelimit import Check, RateLimiter
from core.service import hash_key, normalize_email
from core.sessions import csrf_matches, end_session, renew_csrf_token, start_session
from core.settings import Settings
from core.signin import check_credentials

LINK_EXPIRED = f"{CONSOLE}/login?expired=1"
NO_STORE = {"cache-control": "no-store"}
WRONG = "the e-mail address or the password is wrong"
FOREIGN_ORIGIN = "signing in is only possible from the console's own origin"


async def login(request: Request) -> Response:
    settings: Settings = request.app.state.settings
    if (foreign := _foreign_origin(request, settings)) is not None:
        return foreign
    body = await _fields(request, "email", "password")
    if isinstance(body, Response):
        return body
    email, password = body["email"], body["password"]
    limiter: RateLimiter = request.app.state.limiter
    account = _account_check(limiter, email)
    checks: tuple[Check, ...] = ((limiter.limits.login_per_ip, ("login-ip", client_ip(request))), account)
    if not await limiter.hit_exactly(*checks):
        wait = await limiter.retry_after(*checks)
        return refusal(429, "RATE_LIMITED", f"too many sign-in attempts: retry in {wait} seconds",
                       headers={"retry-after": str(wait)})
    user = await check_credentials(email=email, password=password)
    if user is None:
        return refusal(401, "INVALID_CREDENTIALS", WRONG)
    await limiter.clear(account[0], *account[1])
    return await _signed_in(Response(status_code=204), request, user)


async def logout(request: Request) -> Response:
    settings: Settings = request.app.state.settings
    identity = await identify_session(request, settings)
    if (refused := csrf_refusal(identity, request)) is not None:
        return refused
    if identity.session is not None:
        await end_session(session=identity.session)
    response = Response(status_code=204)
    clear_session_cookies(response, settings)
    return response


async def current_session(request: Request) -> Response:
    """Who is signed in, with the CSRF token to send (a new one when the browser's cookie is gone)."""
    settings: Settings = request.app.state.settings
    session = (await identify_session(request, settings)).session
    if session is None:
        return refusal(401, "UNAUTHENTICATED", "not signed in", headers=NO_STORE)
    token = request.cookies.get(CSRF_COOKIE)
    renewed = None
    if token is None or not csrf_matches(session, token):
        token = renewed = await renew_csrf_token(session=session)
    user, org = session.user, session.organization
    response = JSONResponse({
        "user": {"id": encode_id("User", user.id), "name": user.name, "email": user.email, "role": user.role.name},
        "organization": {"id": encode_id("Organization", org.id), "name": org.name},
        "csrfToken": token,
    }, headers=NO_STORE)
    if renewed is not None:
        set_csrf_cookie(response, renewed, settings)
    return response


async def invitation(request: Request) -> Response:
    """Set a password through an invitation (or password-reset) link, and be signed in."""
    settings: Settings = request.app.state.settings
    if (foreign := _foreign_origin(request, settings)) is not None:
        return foreign
    body = await _fields(request, "token", "password")
    if isinstance(body, Response):
        return body
    try:
        user = await accept_invitation(token=body["token"], password=body["password"])
    except InvalidLink as exc:
        return refusal(400, exc.code, exc.message)
    except ValidationFailed as exc:
        return refusal(400, exc.code, exc.message, field=exc.field)
    return await _signed_in(Response(status_code=204), request, user)


async def sign_in_link(request: Request) -> Response:
    """A one-time sign-in link: signed in and on to the console, or to the sign-in page when it is spent."""
    try:
        user = await redeem_link(token=request.path_params["token"], purposes=(LinkPurpose.SIGN_IN,))
    except InvalidLink:
        return RedirectResponse(LINK_EXPIRED, status_code=303, headers=NO_STORE)
    return await _signed_in(RedirectResponse(CONSOLE, status_code=303, headers=NO_STORE), request, user)


def routes() -> list[BaseRoute]:
    return [
        Route("/auth/login", login, methods=["POST"]),
        Route("/auth/logout", logout, methods=["POST"]),
        Route("/auth/session", current_session, methods=["GET"]),
        Route("/auth/invitation", invitation, methods=["POST"]),
        Route(SIGN_IN_LINK + "{token}", sign_in_link, methods=["GET"]),
    ]


async def _signed_in(response: Response, request: Request, user: User) -> Response:
    """A new session for the user (a new id at every sign-in; the browser's earlier one ends)."""
    settings: Settings = request.app.state.settings
    started = await start_session(user=user, lifetimes=lifetimes(settings),
                                  replacing=request.cookies.get(SESSION_COOKIE))
    set_session_cookies(response, started, settings)
    return response


def _foreign_origin(request: Request, settings: Settings) -> Response | None:
    """Another site's page may not sign a browser in (into an account of the attacker's choosing)."""
    origin = request.headers.get("origin")
    if origin is None or origin_allowed(origin, request, settings):
        return None
    return refusal(403, "FORBIDDEN", FOREIGN_ORIGIN)


def _account_check(limiter: RateLimiter, email: str) -> Check:
    # The address's hash: rate-limit keys in Redis need not hold people's e-mail addresses.
    return limiter.limits.login_per_account, ("login-account", hash_key(normalize_email(email))[:32])


async def _fields(request: Request, *names: str) -> dict[str, str] | Response:
    """The named string fields of a JSON object body, or a 400 naming what is wrong."""
    try:
        body: Any = untrusted.loads(await request.body())
    except json.JSONDecodeError:
        return refusal(400, "VALIDATION", "the body must be a JSON object")
    if not isinstance(body, dict):
        return refusal(400, "VALIDATION", "the body must be a JSON object")
    for name in names:
        if not isinstance(body.get(name), str):
            return refusal(400, "VALIDATION", f"{name} must be a string", field=name)
    return {name: body[name] for name in names}
