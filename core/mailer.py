"""The mailer: messages built with the standard library's `email` package and sent over SMTP with
aiosmtplib, configured by VOC_SMTP_URL and VOC_MAIL_FROM.

VOC_SMTP_URL: `smtp://host:port` (STARTTLS when the server offers it), `smtps://user:pass@host:465`
(TLS from the first byte); user and password, percent-encoded, log in. A few connections are kept
open per process and reused: a new SMTP session per mail (TCP, greeting, EHLO) costs more than the
mail itself. A connection that failed is dropped, never reused.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from urllib.parse import unquote, urlsplit

import aiosmtplib

from core.errors import ValidationFailed
from core.settings import Settings

DEFAULT_PORTS = {"smtp": 25, "smtps": 465}
POOL_SIZE = 8


@dataclass(frozen=True)
class SmtpServer:
    host: str
    port: int
    tls: bool  # TLS from the first byte (smtps); else STARTTLS when offered
    username: str | None = None
    password: str | None = None


def smtp_server(url: str) -> SmtpServer:
    """The server VOC_SMTP_URL names; ValidationFailed for anything else."""
    parts = urlsplit(url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ValidationFailed("VOC_SMTP_URL must look like smtp://host:port or smtps://user:pass@host",
                               field="smtp_url", code="MAIL_NOT_CONFIGURED")
    try:
        port = parts.port or DEFAULT_PORTS[parts.scheme]
    except ValueError as exc:
        raise ValidationFailed("VOC_SMTP_URL has a bad port", field="smtp_url", code="MAIL_NOT_CONFIGURED") from exc
    return SmtpServer(host=parts.hostname, port=port, tls=parts.scheme == "smtps",
                      username=unquote(parts.username) if parts.username else None,
                      password=unquote(parts.password) if parts.password else None)


def check_configured(settings: Settings) -> None:
    """Refuse a distribution up front when no mail could leave (raised as the caller's typed error)."""
    if not settings.smtp_url or not settings.mail_from:
        raise ValidationFailed("e-mail is not configured: set VOC_SMTP_URL and VOC_MAIL_FROM",
                               code="MAIL_NOT_CONFIGURED")
    smtp_server(settings.smtp_url)


@dataclass(frozen=True)
class Mail:
    to: str
    to_name: str | None
    subject: str
    text: str
    html: str | None = None
    message_id: str | None = None  # stable per recipient and mail: a resend after a crash is identical
    headers: dict[str, str] = field(default_factory=dict)


def build(mail: Mail, sender: str, *, now: datetime | None = None) -> EmailMessage:
    """The message as sent: non-ASCII subjects and names are encoded (RFC 2047) by the email package."""
    message = EmailMessage()
    message["From"] = sender
    local, _, domain = mail.to.rpartition("@")
    message["To"] = Address(display_name=mail.to_name or "", username=local, domain=domain)
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(now or datetime.now(UTC))
    if mail.message_id:
        message["Message-ID"] = mail.message_id
    for name, value in mail.headers.items():
        message[name] = value
    message.set_content(mail.text)
    if mail.html is not None:
        message.add_alternative(mail.html, subtype="html")
    return message


class Mailer:
    """Sends messages through one SMTP server, reusing up to POOL_SIZE open connections."""

    def __init__(self, settings: Settings) -> None:
        if not settings.smtp_url or not settings.mail_from:
            raise ValidationFailed("e-mail is not configured: set VOC_SMTP_URL and VOC_MAIL_FROM",
                                   code="MAIL_NOT_CONFIGURED")
        self.server = smtp_server(settings.smtp_url)
        self.sender = settings.mail_from
        self.timeout = settings.mail_timeout_seconds
        self._idle: list[aiosmtplib.SMTP] = []
        self._gate = asyncio.Semaphore(POOL_SIZE)

    async def send(self, mail: Mail) -> None:
        """Send one message; raises aiosmtplib.SMTPException or OSError when it was not accepted."""
        message = build(mail, self.sender)
        async with self._gate:
            client = None
            while self._idle and client is None:
                kept = self._idle.pop()
                client = kept if kept.is_connected else None
            if client is not None:
                try:
                    await client.send_message(message)
                except aiosmtplib.SMTPServerDisconnected:  # closed while idle: once more on a new one
                    client = None
                except BaseException:
                    _drop(client)
                    raise
                else:
                    self._idle.append(client)
                    return
            client = await self._connect()
            try:
                await client.send_message(message)
            except BaseException:
                _drop(client)
                raise
            self._idle.append(client)

    async def _connect(self) -> aiosmtplib.SMTP:
        s = self.server
        client = aiosmtplib.SMTP(hostname=s.host, port=s.port, use_tls=s.tls, timeout=self.timeout,
                                 start_tls=None if not s.tls else False)
        await client.connect()
        if s.username and s.password:
            await client.login(s.username, s.password)
        return client

    async def close(self) -> None:
        while self._idle:
            client = self._idle.pop()
            with contextlib.suppress(Exception):
                await client.quit()


def _drop(client: aiosmtplib.SMTP) -> None:
    with contextlib.suppress(Exception):
        client.close()


# Connections belong to the event loop that opened them: one pool per loop, server and sender.
_MAILERS: dict[tuple[int, str, str], Mailer] = {}


def mailer_for(settings: Settings) -> Mailer:
    """This process's mailer for the configured server."""
    key = (id(asyncio.get_running_loop()), settings.smtp_url or "", settings.mail_from or "")
    found = _MAILERS.get(key)
    if found is None:
        if len(_MAILERS) > 16:  # loops that ended (tests): their connections are gone with them
            _MAILERS.clear()
        found = _MAILERS[key] = Mailer(settings)
    return found
