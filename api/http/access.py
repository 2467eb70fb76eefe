"""One access line per request, and the log format of `voc serve` (JSON lines in production).

Every HTTP request and every WebSocket upgrade writes one line to the `voc.access` logger: method,
path, GraphQL operation name (when there is one), status, milliseconds and the codes of the
GraphQL errors it answered with (`UNAUTHENTICATED`, `FORBIDDEN` ...). A refused request is that
one line, without a traceback (api/schema.py logs only unexpected errors in full). Uvicorn's own
access log is off, so no request is logged twice.
"""

from __future__ import annotations

import logging
import re
import time
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from core.settings import Settings

log = logging.getLogger("voc.access")
_NAME = re.compile(r"[_A-Za-z][_0-9A-Za-z]{0,63}")
_UNPRINTABLE = re.compile(r"[^\x21-\x7e]")


@dataclass
class _Request:
    """What the app learns about the request in flight while answering it."""

    operation: str | None = None
    errors: list[str] = field(default_factory=list)


_current: ContextVar[_Request | None] = ContextVar("voc_access_request", default=None)


def note_operation(name: str | None) -> None:
    """The GraphQL operation the request in flight ran (its name as the client gave it)."""
    request = _current.get()
    if request is not None and name:
        request.operation = name if _NAME.fullmatch(name) else "invalid-name"


def note_error(code: str) -> None:
    """A GraphQL error the request in flight answered with, by its code."""
    request = _current.get()
    if request is not None and code not in request.errors:
        request.errors.append(code)


def _path(scope: Scope) -> str:
    # The path as received (percent-encoded, without the query string, which may carry tokens):
    # a decoded path could hold a line break that forges a second log line.
    raw = scope.get("raw_path") or scope.get("path", "").encode()
    return _UNPRINTABLE.sub("?", raw.split(b"?", 1)[0].decode("latin-1"))


class AccessLog:
    """ASGI middleware: the outermost layer, so that refusals by the others (413 ...) are logged."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or not log.isEnabledFor(logging.INFO):
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request = _Request()
        token = _current.set(request)
        status: int | None = None
        logged = False

        def write() -> None:
            nonlocal logged
            logged = True
            ms = round((time.perf_counter() - started) * 1000, 1)
            method, path = scope.get("method", "GET"), _path(scope)  # a WebSocket upgrade is a GET
            operation = f" ({request.operation})" if request.operation else ""
            errors = f" {','.join(request.errors)}" if request.errors else ""
            log.info("%s %s%s %s %.1f ms%s", method, path, operation, status, ms, errors, extra={
                "access": {"method": method, "path": path, "operation": request.operation,
                           "status": status, "ms": ms, "errors": request.errors}})

        async def watch(message: Message) -> None:
            nonlocal status
            kind = message["type"]
            if kind in ("http.response.start", "websocket.http.response.start"):
                status = message["status"]
            elif kind == "websocket.accept":
                status = 101
            elif kind == "websocket.close" and status is None:
                status = 403  # closed before the handshake completed: the server answers 403
            await send(message)
            # A WebSocket's line is its upgrade's: written when the handshake is answered.
            if scope["type"] == "websocket" and status is not None and not logged:
                write()

        try:
            await self.app(scope, receive, watch)
        except BaseException:
            status = status or 500
            raise
        finally:
            _current.reset(token)
            if not logged:
                status = status or (403 if scope["type"] == "websocket" else 500)
                write()


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, the access fields, the traceback."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        access = getattr(record, "access", None)
        if isinstance(access, dict):
            line.update(access)
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(line, default=str).decode()


def log_config(settings: Settings) -> dict[str, Any]:
    """Uvicorn's `log_config` for `voc serve`: our loggers and Uvicorn's through one handler."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "json": {"()": JsonFormatter},
            "text": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
        },
        "handlers": {"stderr": {"class": "logging.StreamHandler", "stream": "ext://sys.stderr", "level": "INFO",
                                "formatter": "json" if settings.env == "production" else "text"}},
        "root": {"handlers": ["stderr"], "level": "WARNING"},
        "loggers": {"voc": {"level": "INFO"}},  # Uvicorn's level is `voc serve`'s log_level
    }
