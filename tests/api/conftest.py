"""Fixtures of the API tests: an app with browsers that sign in (tests/support/browsers.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from core.settings import Settings
from tests.support.browsers import Site, site_of


@pytest.fixture
async def site(orm: None, app_settings: Settings) -> AsyncIterator[Site]:
    async with site_of(app_settings) as opened:
        yield opened
