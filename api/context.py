"""The per-request GraphQL context: caller, role, DataLoaders, rate limiter."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from starlette.requests import HTTPConnection
from starlette.responses import Response as HttpResponse

from actions.audit import Actor
from api.accounts.loaders import AccountLoaders
from api.actions.loaders import ActionLoaders
from api.analysis.loaders import AnalysisLoaders
from api.core.loaders import CoreLoaders
from api.http.identity import SESSION_ENDED, client_ip, lifetimes, own_origin
from api.surveys.loaders import SurveyLoaders
from core.models import Organization, UserSession
from core.pubsub import Hub
from core.ratelimit import RateLimiter
from core.service import Principal
from core.sessions import session_is_live
from core.settings import Settings
from surveys.service import Caller

T = TypeVar("T")


async def shared(cache: dict[Any, Any], key: Any, compute: Callable[[], Awaitable[T]]) -> T:
    """`compute()` once per `cache` and key, however many fields ask for it at the same time: the
    first stores a task that the others await (a stored result would come after every sibling field
    had already started its own query)."""
    if key not in cache:
        cache[key] = asyncio.ensure_future(compute())
    found: T = await cache[key]
    return found


class Loaders(CoreLoaders, SurveyLoaders, AnalysisLoaders, ActionLoaders, AccountLoaders):
    """Every room's loaders (`context.loaders.topic_by_id` ...), each built on its first use."""


@dataclass
class Context:
    request: HTTPConnection
    response: HttpResponse | None
    settings: Settings
    limiter: RateLimiter
    principal: Principal | None
    auth_error: str | None = None
    loaders: Loaders = field(init=False)
    # Per-request memo for set-based computations shared by many fields (topic trends).
    cache: dict[Any, Any] = field(default_factory=dict)
    # WebSocket only (one context per connection): the live-update hub, the connection_init payload
    # (Strawberry sets it) and the connection's active subscriptions (api/actions/subscriptions.py counts them).
    hub: Hub | None = None
    connection_params: dict[str, Any] | None = None
    live_subscriptions: set[object] = field(default_factory=set)
    # The session the WebSocket handshake's cookie named: the caller once connection_init has carried
    # its CSRF token from an allowed origin (api/graphql_view.py).
    websocket_session: UserSession | None = None

    def __post_init__(self) -> None:
        self.loaders = Loaders(self.settings)

    @property
    def checked_principal(self) -> Principal:
        """The caller, behind a field whose permission class has required one (api/permissions.py)."""
        if self.principal is None:
            raise RuntimeError("resolver reached without a permission class that requires an API key")
        return self.principal

    @property
    def organization(self) -> Organization:
        return self.checked_principal.organization

    @property
    def organization_id(self) -> int:
        return self.checked_principal.organization.id

    @property
    def actor(self) -> Actor:
        """The caller as the audit trail names it: its user (signed in, or the key's), else the key."""
        principal = self.checked_principal
        if principal.user_id is not None:
            return Actor.user(principal.user_id)
        assert principal.api_key_id is not None  # a principal is a user's session or an API key
        return Actor.api_key(principal.api_key_id)

    async def recheck_session(self) -> None:
        """A WebSocket lives for hours, and the signed-in session it acts for may end meanwhile
        (sign-out, revocation, a password change, expiry): from then on it acts for nobody."""
        session, principal = self.websocket_session, self.principal
        if session is None or principal is None or principal.session_id != session.id:
            return
        if not await session_is_live(session_id=session.id, lifetimes=lifetimes(self.settings)):
            self.principal, self.auth_error = None, SESSION_ENDED

    def forget_reads(self) -> None:
        """Drop what this context has read: a WebSocket connection's context lives for hours, and each
        event it sends shows current rows."""
        self.loaders = Loaders(self.settings)
        self.cache.clear()

    @property
    def own_origin(self) -> str:
        """This server's origin, as the caller reached it (the base of links made for it)."""
        return own_origin(self.request)

    def caller(self) -> Caller:
        return Caller(
            origin=self.request.headers.get("origin"),
            own_origin=self.own_origin,
            api_organization_id=self.principal.organization.id if self.principal else None,
        )

    @property
    def client_ip(self) -> str:
        return client_ip(self.request)

    def set_status(self, status: int) -> None:
        if self.response is not None and not self.response.status_code:
            self.response.status_code = status
