"""E-mail distributions in tests: created through the service, sent through the real queue path
(outbox relay, pump, one send task per recipient) to a loopback SMTP server."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from taskiq import InMemoryBroker

from core.models import Organization
from core.settings import Settings
from surveys import distributions, mail_links, mailings, service
from surveys.distribution_models import Distribution, Recipient
from surveys.models import Response, Survey
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


# The originals, taken once: a test that patches them again (one HeldScores per recipient) must not
# chain onto its own earlier patches.
_STORE_RESPONSE = service.store_response
_PAUSE = mail_links._pause


class HeldScores:
    """service.store_response with every score sent from a mail (a partial response) held until `release`:
    the request that claimed the score waits between its claim and its insert, as a slow one would.
    With `fail`, the first held store then raises it instead of storing."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fail: BaseException | None = None) -> None:
        self.entered = asyncio.Event()
        self.released = asyncio.Event()
        self.fail = fail
        monkeypatch.setattr(service, "store_response", self)

    async def __call__(self, *, survey: Survey, submission: service.Submission, **options: Any) -> Response:
        if not submission.completed:
            self.entered.set()
            await self.released.wait()
            failure, self.fail = self.fail, None
            if failure is not None:
                raise failure
        return await _STORE_RESPONSE(survey=survey, submission=submission, **options)

    def release(self) -> None:
        self.released.set()


class Pauses:
    """mail_links' waits for a score another request is storing, watched: `waiting` is set when a
    request first pauses (it found the score claimed and not stored)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.waiting = asyncio.Event()
        monkeypatch.setattr(mail_links, "_pause", self)

    async def __call__(self, seconds: float) -> None:
        self.waiting.set()
        await _PAUSE(seconds)


def now() -> datetime:
    return datetime.now(UTC)
