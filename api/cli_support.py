"""What the `voc` commands share: running a coroutine with the database open, reading ids, and the
Uvicorn options every server the CLI starts is run with."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from api.process import configure
from core.db import close_db, init_db
from core.settings import Settings, get_settings

T = TypeVar("T")


def run(work: Callable[[], Awaitable[T]]) -> T:
    async def main() -> T:
        settings = get_settings()
        configure(settings)
        await init_db(settings)
        try:
            return await work()
        finally:
            await close_db()

    return asyncio.run(main())


def survey_pk(value: str) -> int:
    from api.ids import decode_id

    return int(value) if value.isdigit() else decode_id(value, "Survey", field="survey")


def uvicorn_options(settings: Settings, *, host: str, port: int, workers: int = 1, limit_concurrency: int | None = None,
                    backlog: int = 2048) -> dict[str, Any]:
    from api.http.access import log_config
    from api.http.server import BoundedHttpToolsProtocol

    # httptools and uvloop named, not "auto": a missing one fails at start instead of silently
    # falling back to the pure-Python h11 parser and asyncio loop (several times the CPU per request).
    # httptools with a cap on the request head (api/http/server.py).
    return dict(app="api.asgi:create", factory=True, host=host, port=port, workers=workers, log_level="warning",
                proxy_headers=True, http=BoundedHttpToolsProtocol, loop="uvloop",
                # One access line per request is ours (api/http/access.py), so Uvicorn's is off.
                access_log=False, log_config=log_config(settings),
                limit_concurrency=limit_concurrency, backlog=backlog,
                # A WebSocket message may be as large as a request body (Uvicorn's default: 16 MiB).
                ws_max_size=settings.max_body_bytes)
