"""E-mail distributions in tests: created through the service, sent through the real queue path
(outbox relay, pump, one send task per recipient) to a loopback SMTP server."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import httpx
from taskiq import InMemoryBroker

from core.models import Organization
from core.settings import Settings
from surveys import distributions, mailings
from surveys.distribution_models import Distribution, Recipient
from surveys.recipient_rows import RecipientRow
from tests.support.queue import drain
from tests.support.smtp import Received

LINK = re.compile(r"http://testserver(/m/[0-9]+\.[A-Za-z0-9_-]+)")
HREF = re.compile(r'href="http://testserver(/[^"]+)"')
FORM = {"content-type": "application/x-www-form-urlencoded"}


async def distribute(org: Organization, survey_id: int, emails: list[str], settings: Settings,
                     **spec: Any) -> Distribution:
    rows = [RecipientRow(email=e, name=f"用户{i}") for i, e in enumerate(emails)]
    return await distributions.create_distribution(
        organization=org, spec=distributions.DistributionSpec(survey_id=survey_id, recipients=rows, **spec),
        settings=settings)


async def send_due(broker: InMemoryBroker) -> None:
    """What the worker does with what is due now: the scan announces, the queue sends."""
    await mailings.scan()
    await drain(broker)


async def pass_hours(distribution: Distribution, hours: float) -> None:
    """Every pending mail (a reminder, a retry) of the distribution falls due `hours` earlier."""
    for r in await Recipient.filter(distribution_id=distribution.id, next_attempt_at__not_isnull=True):
        assert r.next_attempt_at is not None
        await Recipient.filter(id=r.id).update(next_attempt_at=r.next_attempt_at - timedelta(hours=hours))


def personal_path(mail: Received) -> str:
    """The path of the personal link in a received mail (/m/<token>)."""
    found = LINK.search(mail.text())
    assert found is not None, mail.text()
    return found.group(1)


def links(mail: Received) -> list[str]:
    """The paths of every link in a received mail's HTML part (the scale, the personal link, unsubscribe)."""
    found = HREF.findall(mail.html())
    assert found, mail.html()
    return found


async def scan(client: httpx.AsyncClient, mail: Received) -> None:
    """What a mail link scanner (Safe Links, Proofpoint, Mimecast) does before the reader sees the mail:
    a GET of every link in it, each answered like any other."""
    for path in links(mail):
        assert (await client.get(path)).status_code == 200, path


async def choose(client: httpx.AsyncClient, path: str, score: int, comment: str | None = None,
                 lang: str = "") -> httpx.Response:
    """What the page a score link opens sends (POST /m/<token>/<score>): the score alone (its script, or
    a client without the comment box), or with the form's comment."""
    body = "" if comment is None else urlencode({"comment": comment})
    return await client.post(f"{path}/{score}{'?lang=' + lang if lang else ''}", content=body, headers=FORM)


def token_of(path: str) -> str:
    """The token of a personal link's path (/m/<token>)."""
    return path.removeprefix("/m/")


def now() -> datetime:
    return datetime.now(UTC)
