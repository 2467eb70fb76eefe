"""The per-request GraphQL context: caller, role, DataLoaders, rate limiter."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from starlette.requests import HTTPConnection
from starlette.responses import Response as HttpResponse
from strawberry.dataloader import DataLoader

from api import loaders
from core.pubsub import Hub
from core.ratelimit import RateLimiter
from core.service import Principal
from core.settings import Settings
from surveys.service import Caller


@dataclass
class Context:
    request: HTTPConnection
    response: HttpResponse | None
    settings: Settings
    limiter: RateLimiter
    principal: Principal | None
    auth_error: str | None = None
    loaders: dict[str, DataLoader[Any, Any]] = field(default_factory=dict)
    # Per-request memo for set-based computations shared by many fields (topic trends).
    cache: dict[Any, Any] = field(default_factory=dict)
    # WebSocket only (one context per connection): the live-update hub, the connection_init payload
    # (Strawberry sets it) and the connection's active subscriptions (api/actions/live.py counts them).
    hub: Hub | None = None
    connection_params: dict[str, Any] | None = None
    live_subscriptions: set[object] = field(default_factory=set)

    @property
    def organization_id(self) -> int:
        assert self.principal is not None, "resolver reached without the IsAuthenticated permission"
        return self.principal.organization.id

    def loader(self, name: str) -> DataLoader[Any, Any]:
        if name not in self.loaders:
            self.loaders[name] = loaders.build(name, self)
        return self.loaders[name]

    def caller(self) -> Caller:
        own = f"{self.request.url.scheme}://{self.request.url.netloc}"
        return Caller(
            origin=self.request.headers.get("origin"),
            own_origin=own,
            api_organization_id=self.principal.organization.id if self.principal else None,
        )

    @property
    def client_ip(self) -> str:
        return self.request.client.host if self.request.client else "unknown"

    def set_status(self, status: int) -> None:
        if self.response is not None and not self.response.status_code:
            self.response.status_code = status
