"""Settings of the service's own PostgreSQL sessions."""

from __future__ import annotations

import pytest

from core.db import db


@pytest.mark.postgres
async def test_sessions_run_without_jit(orm: None) -> None:
    # JIT spent 0.39 s compiling a 40 ms search once its estimate passed jit_above_cost
    # (BENCHMARKS.md, "Dashboard queries"): the pool's connections switch it off.
    rows = await db().execute_query_dict("SHOW jit")
    assert rows[0]["jit"] == "off"
