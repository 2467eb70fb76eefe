"""A real SMTP server on loopback (aiosmtpd, in a thread of its own) that keeps every message it
accepts, and refuses the addresses it is told to (for good with 550, or for now with 451)."""

from __future__ import annotations

import email
import email.policy
import socket
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from core.settings import Settings

SENDER = "VoC Loop 调研 <survey@voc.example.com>"
PUBLIC_URL = "http://testserver"


@dataclass
class Received:
    envelope_to: list[str]
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.raw, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed

    @property
    def to(self) -> str:
        return self.envelope_to[0]

    def text(self) -> str:
        part = self.message.get_body(preferencelist=("plain",))
        assert part is not None
        return str(part.get_content())

    def html(self) -> str:
        part = self.message.get_body(preferencelist=("html",))
        assert part is not None
        return str(part.get_content())


@dataclass
class MailServer:
    """Started on a free port of 127.0.0.1; `received` in arrival order."""

    refuse: dict[str, int] = field(default_factory=dict)  # address -> SMTP code (550 for good, 451 for now)
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    port: int = 0
    controller: Controller | None = None

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope, address: str,
                          options: list[str]) -> str:
        code = self.refuse.get(address)
        if code is not None:
            return f"{code} {'5.1.1 no such mailbox' if code >= 500 else '4.2.1 try again later'}"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        data: Any = envelope.original_content or envelope.content
        with self.lock:
            self.received.append(Received(envelope_to=list(envelope.rcpt_tos), raw=bytes(data)))
        return "250 Message accepted for delivery"

    def start(self) -> MailServer:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port, decode_data=False)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def to(self, address: str) -> list[Received]:
        with self.lock:
            return [r for r in self.received if r.to == address]


def mail_settings(settings: Settings, server: MailServer, **extra: Any) -> Settings:
    """The settings with the loopback server as SMTP, a known sender and public URL, no throttle to
    speak of, and short backoffs."""
    return settings.model_copy(update={"smtp_url": server.url, "mail_from": SENDER, "public_url": PUBLIC_URL,
                                       "mail_rate_per_second": 100_000.0, "mail_backoff_seconds": 0.0, **extra})
