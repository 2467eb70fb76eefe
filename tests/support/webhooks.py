"""A real webhook receiver (an HTTP server on loopback) and webhooks delivered as the queue would."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from actions import delivery, webhooks
from actions.models import Webhook
from core.models import Organization
from core.settings import Settings

SECRET = "s3cret-s3cret-s3cret"


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.body)
        return data


@dataclass
class Receiver:
    """A real HTTP server on 127.0.0.1 (ephemeral port) that records every request. It answers
    `statuses` in turn (then 200), or holds each request `delay` seconds before answering (less
    once `release` is set). `arrived` is set when a request came in, `answered` counts answers."""

    statuses: list[int] = field(default_factory=list)
    delay: float = 0.0
    received: list[Received] = field(default_factory=list)
    arrived: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    answered: int = 0

    def __post_init__(self) -> None:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                owner.received.append(Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
                owner.arrived.set()
                if owner.delay:
                    owner.release.wait(owner.delay)
                status = owner.statuses.pop(0) if owner.statuses else 200
                self.send_response(status)
                if 300 <= status < 400:
                    self.send_header("Location", "/elsewhere")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")
                owner.answered += 1

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    def start(self) -> Receiver:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


async def hook(org: Organization, url: str, events: list[str] | None = None, **extra: Any) -> Webhook:
    """A webhook signed with SECRET (loopback allowed), on case.created unless `events` says otherwise."""
    return await webhooks.create_webhook(organization_id=org.id, url=url, events=["case.created"] if events is None else events,
                                         secret=SECRET, allow_private=True, **extra)


async def deliver(event_id: int, settings: Settings) -> int:
    """What the queue does with an announcement: the fan-out job writes the deliveries, then each
    delivery's own job attempts it. Returns how many deliveries were new."""
    created = await delivery.fan_out(event_id=event_id, settings=settings)
    await delivery.attempt_all(created, settings)
    return len(created)
