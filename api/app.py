"""The Starlette application: GraphQL (HTTP and WebSocket), the console, health, metrics and CSV export."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from redis.asyncio import Redis
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import BaseRoute, Mount, Route, WebSocketRoute
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL

from api import process
from api.graphql_view import SessionStillLive, VocGraphQL
from api.http import auth, console, export, graphiql, mail_pages, observability, pages
from api.http.access import AccessLog
from api.http.identity import has_valid_key
from api.http.limits import BodySizeLimit
from api.jobs import broker_for, relaying
from api.schema import build_schema, validation_rules
from api.surveys.prepared import PreparedMutations
from core import pubsub
from core.db import close_db, init_db
from core.ratelimit import RateLimiter
from core.settings import Settings, get_settings


def create_app(settings: Settings | None = None, *, manage_db: bool = True) -> Starlette:
    """Build the app. `manage_db=False` leaves Tortoise to the caller (tests that own the database)."""
    settings = settings or get_settings()
    settings.check_production()
    process.configure(settings)
    schema = build_schema(settings, extra_extensions=[observability.PrometheusExtension, SessionStillLive])
    # graphql-transport-ws only (the legacy graphql-ws protocol is not offered). Strawberry's own cap on
    # operations in flight per connection stays as a backstop; subscriptions have their own, lower one.
    # Strawberry refuses a WebSocket handshake from another origin than ours or the console's.
    graphql = VocGraphQL(schema, graphql_ide="graphiql" if settings.debug else None,
                         subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
                         allowed_origins=sorted(settings.console_origin_set))
    if settings.prepared_mutations:
        graphql.prepared = PreparedMutations(schema._schema, rules=validation_rules(settings),
                                             max_tokens=settings.max_tokens, report=schema.process_errors,
                                             mask=not settings.debug)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if manage_db:
            await init_db(settings)
        app.state.redis = Redis.from_url(settings.redis_url) if settings.redis_url else None
        broker = app.state.broker
        # Tasks run in this process (embedded) publish into this app's hub.
        pubsub.install(app.state.hub)
        await broker.startup()
        # Everything built so far lives as long as the process: out of the collector's sight, a
        # full collection no longer walks ~140k objects (tens of ms, a p99 spike) under load.
        gc.collect()
        gc.freeze()
        try:
            if settings.redis_url:
                # `voc worker` processes relay the outbox to Redis and run the jobs.
                yield
            else:
                # Embedded: this process relays and runs the jobs itself (in-memory broker).
                async with relaying(broker, settings) as app.state.loops:
                    yield
        finally:
            await broker.shutdown()
            await app.state.hub.close()
            pubsub.uninstall(app.state.hub)
            await app.state.limiter.close()
            if app.state.redis is not None:
                await app.state.redis.aclose()
            if manage_db:
                await close_db()

    # GraphiQL (development) loads its files from this server, never from a CDN.
    ide: list[BaseRoute] = [Mount(graphiql.PREFIX, graphiql.assets())] if graphql.graphql_ide else []
    app = Starlette(
        debug=False,
        routes=[
            Route("/", console.root),
            Route("/welcome", pages.landing),
            Route(console.PREFIX, console.index),
            Route(console.PREFIX + "/assets/{name:path}", console.asset),
            Route(console.PREFIX + "/{path:path}", console.index),
            *ide,
            Route("/graphql", graphql, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", graphql),
            Route("/healthz", observability.healthz),
            Route("/readyz", observability.readyz),
            Route("/metrics", observability.metrics),
            Route("/export/responses.csv", export.export_responses),
            Route("/widget.js", pages.widget_js),
            Route("/s/{token}", pages.hosted_survey),
            # A distribution's mail links (api/http/mail_pages.py).
            Route("/m/{token}", mail_pages.personal_link),
            Route("/m/{token}/comment", mail_pages.comment, methods=["POST"]),
            Route("/m/{token}/opened", mail_pages.opened, methods=["POST"]),
            Route("/m/{token}/{score}", mail_pages.score_page, methods=["GET", "POST"]),
            Route("/u/{token}", mail_pages.unsubscribe, methods=["GET", "POST"]),
            Route("/survey-preview", pages.survey_preview),
            Route("/demo", pages.demo),
            *auth.routes(),
        ],
        middleware=[
            Middleware(AccessLog),
            # A valid API key may send more (max_api_body_bytes: batch mutations); api/http/limits.py.
            Middleware(BodySizeLimit, max_bytes=settings.max_body_bytes, max_key_bytes=settings.max_api_body_bytes,
                       vouched=has_valid_key),
            # The public surface is called from customers' pages; no cookies are used, so any origin
            # may call, and each survey's allowed origins are enforced by the survey service.
            Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                       allow_headers=["authorization", "content-type"], max_age=86400),
        ],
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.limiter = RateLimiter(settings)
    app.state.redis = None
    app.state.loops = None  # the supervised relay and ticker, when this process runs them (/readyz)
    app.state.broker = broker_for(settings)
    app.state.hub = pubsub.build_hub(settings)
    return app
