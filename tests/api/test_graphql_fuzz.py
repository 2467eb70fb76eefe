"""The short fuzzing run of the suite: schemathesis against the app under a real Uvicorn server.

Positive, negative and variables cases (see tests/support/fuzz.py), with an admin API key of an
organisation that has surveys, responses, cases and an action, and anonymously. Masking is on (as in
production), so an unexpected exception shows as MaskErrors' message and fails the run. Bounded and
seeded: the same ~200 cases every run. The long run is scripts/fuzz.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest

from core.models import Role
from core.service import create_api_key, get_or_create_organization
from core.settings import Settings
from tests.support import fuzz as harness
from tests.support.live import LiveServer, serving

# Cases per 8 operations (each for one of them, drawn at random), mode and auth: about 200 in all.
EXAMPLES, GROUP = 6, 8


@dataclass
class Target:
    server: LiveServer
    key: str


@pytest.fixture
async def target(orm: None, app_settings: Settings) -> AsyncIterator[Target]:
    organization = await get_or_create_organization(name="Fuzz 商城")
    _, key = await create_api_key(organization=organization, role=Role.ADMIN, name="fuzz")
    async with serving(harness.fuzz_settings(app_settings)) as server:
        yield Target(server, key)


def short_run(url: str, key: str) -> harness.Report:
    data = harness.seed(url, key)
    schema = harness.load_schema(url, data)
    return harness.run(schema, url, data, examples=EXAMPLES, seed=20251123, group=GROUP)


async def test_fuzzing_finds_no_server_error_masked_error_or_schema_violation(target: Target) -> None:
    # Synchronous clients in a worker thread; the server answers on this event loop meanwhile.
    report = await asyncio.to_thread(short_run, target.server.url, target.key)
    print(report.summary())  # shown with -s or on failure
    assert not report.findings, "\n\n".join(finding.describe() for finding in report.findings[:10])
    assert set(report.cases) == {(mode, auth) for mode in harness.MODES for auth in harness.AUTHS}
    assert report.total >= 150, report.summary()
    assert not any(status >= 500 for status in report.statuses)
    # The run reached the resolvers with the key (not only validation and UNAUTHENTICATED refusals).
    assert report.outcomes["positive: accepted"] >= 10, report.summary()
    assert report.outcomes["negative: rejected by validation"] >= 20, report.summary()
    assert report.codes["UNAUTHENTICATED"] >= 1, report.summary()
    assert len(report.operations) >= 30, report.summary()
