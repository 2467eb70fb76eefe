"""Background loops are supervised: one that dies is logged with its exception and started again;
one that stops making progress is reported, then cancelled and started again in a fresh context."""

from __future__ import annotations

import asyncio
import contextvars
import logging
from collections.abc import AsyncIterator

import pytest

from core.supervisor import Beat, Supervisor

LEFT_BEHIND: contextvars.ContextVar[str | None] = contextvars.ContextVar("left_behind", default=None)


@pytest.fixture
async def loops() -> AsyncIterator[Supervisor]:
    supervisor = Supervisor(stale_after=0.4)
    yield supervisor
    await supervisor.close(grace_seconds=1)


async def test_a_loop_that_dies_is_logged_with_its_exception_and_started_again(
    loops: Supervisor, caplog: pytest.LogCaptureFixture
) -> None:
    runs: list[int] = []
    second = asyncio.Event()

    async def relay(beat: Beat) -> None:
        runs.append(len(runs) + 1)
        beat()
        if len(runs) == 1:
            raise RuntimeError("the relay's connection is gone")
        second.set()
        await loops.stop.wait()

    with caplog.at_level(logging.ERROR, logger="voc.loops"):
        loops.start("outbox-relay", relay)
        await asyncio.wait_for(second.wait(), 5)
    died = [r for r in caplog.records if "outbox-relay died" in r.getMessage()]
    assert died and died[0].exc_info is not None and "connection is gone" in str(died[0].exc_info[1])
    assert runs == [1, 2]
    assert loops.health() == {"outbox-relay": "ok"}
    assert loops.loops["outbox-relay"].restarts == 1


async def test_a_loop_that_returns_while_the_process_runs_is_started_again(loops: Supervisor) -> None:
    runs = 0
    again = asyncio.Event()

    async def ticker(beat: Beat) -> None:
        nonlocal runs
        runs += 1
        beat()
        if runs > 1:
            again.set()
            await loops.stop.wait()

    loops.start("periodic-ticker", ticker)
    await asyncio.wait_for(again.wait(), 5)
    assert "it returned" in (loops.loops["periodic-ticker"].last_error or "")


async def test_a_loop_without_progress_is_reported_and_restarted_in_a_fresh_context(
    loops: Supervisor, caplog: pytest.LogCaptureFixture
) -> None:
    contexts: list[str | None] = []
    reported: list[str] = []
    recovered = asyncio.Event()

    async def relay(beat: Beat) -> None:
        contexts.append(LEFT_BEHIND.get())
        if len(contexts) == 1:
            LEFT_BEHIND.set("a dead transaction")  # what the stuck run leaves in its context
            await asyncio.Event().wait()  # stuck for good, no heartbeat
        reported.append(loops.health()["outbox-relay"])  # restarted, no progress yet
        beat()
        recovered.set()
        await loops.stop.wait()

    with caplog.at_level(logging.ERROR, logger="voc.loops"):
        loops.start("outbox-relay", relay)
        await asyncio.wait_for(recovered.wait(), 5)
    assert reported[0].startswith("no progress for") and "restarted 1 times" in reported[0]
    assert contexts == [None, None]  # the restart did not inherit the stuck run's context
    assert loops.health() == {"outbox-relay": "ok"}
    assert any("outbox-relay: no progress" in r.getMessage() for r in caplog.records)


async def test_a_watched_loop_is_reported_but_never_restarted(loops: Supervisor) -> None:
    beat = loops.watch("job-consumer")
    beat()
    assert loops.health() == {"job-consumer": "ok"}
    await asyncio.sleep(loops.stale_after * 1.5)  # time itself is what is tested
    assert loops.health()["job-consumer"].startswith("no progress for")
    assert loops.loops["job-consumer"].restarts == 0
    beat()
    assert loops.health() == {"job-consumer": "ok"}
