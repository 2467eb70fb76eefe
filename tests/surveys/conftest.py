from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.conftest import PG_URL, _create_pg_database, _drop_pg_database


@pytest.fixture
async def fresh_url(tmp_path: Path) -> AsyncIterator[str]:
    """An empty database of its own, for tests that migrate stored rows step by step."""
    url = await _create_pg_database(PG_URL) if PG_URL else f"sqlite://{tmp_path / 'backfill.sqlite3'}"
    yield url
    if PG_URL:
        await _drop_pg_database(url)
