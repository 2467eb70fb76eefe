"""Concurrent calls share one batch; each caller gets its own result or the batch's failure."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence

import pytest

from core.batching import PROCESS, Batch, Batches, Coalescer


class Recorder:
    def __init__(self, fail: BaseException | None = None) -> None:
        self.batches: list[list[int]] = []
        self.fail = fail

    async def __call__(self, keys: Sequence[int]) -> Mapping[int, str]:
        self.batches.append(list(keys))
        await asyncio.sleep(0)
        if self.fail is not None:
            raise self.fail
        return {k: f"r{k}" for k in keys if k != 13}


async def test_concurrent_submissions_run_as_one_batch_with_each_result_to_its_caller() -> None:
    run = Recorder()
    batcher = Coalescer(run, max_size=100, linger_seconds=0.01)
    results = await asyncio.gather(*[batcher.submit(k) for k in (1, 2, 3, 2)])
    assert results == ["r1", "r2", "r3", "r2"]
    assert run.batches == [[1, 2, 3]]  # a key submitted twice is run once


async def test_a_full_batch_starts_at_once_and_the_rest_waits_for_the_next() -> None:
    run = Recorder()
    batcher = Coalescer(run, max_size=3, linger_seconds=10)
    first = [asyncio.ensure_future(batcher.submit(k)) for k in (1, 2, 3)]
    assert await asyncio.wait_for(asyncio.gather(*first), 1) == ["r1", "r2", "r3"]
    batcher.linger_seconds = 0  # the next batch's timer was not armed yet
    assert await asyncio.wait_for(batcher.submit(4), 1) == "r4"
    assert run.batches == [[1, 2, 3], [4]]


async def test_a_failing_batch_fails_every_caller_and_the_next_batch_runs_afresh() -> None:
    run = Recorder(fail=ConnectionError("database went away"))
    batcher = Coalescer(run, max_size=10, linger_seconds=0)
    outcomes = await asyncio.gather(batcher.submit(1), batcher.submit(2), return_exceptions=True)
    assert [type(o) for o in outcomes] == [ConnectionError, ConnectionError]
    run.fail = None
    assert await batcher.submit(3) == "r3"


async def test_a_key_the_batch_left_out_is_an_error_for_that_caller_only() -> None:
    batcher = Coalescer(Recorder(), max_size=10, linger_seconds=0)
    ok, missing = await asyncio.gather(batcher.submit(1), batcher.submit(13), return_exceptions=True)
    assert ok == "r1"
    assert isinstance(missing, LookupError)


async def test_a_cancelled_caller_does_not_disturb_the_others() -> None:
    batcher = Coalescer(Recorder(), max_size=10, linger_seconds=0.01)
    gone = asyncio.ensure_future(batcher.submit(1))
    kept = asyncio.ensure_future(batcher.submit(2))
    await asyncio.sleep(0)
    gone.cancel()
    assert await kept == "r2"
    with pytest.raises(asyncio.CancelledError):
        await gone


class Gate(Recorder):
    """Batches wait until let through, so that a test decides what is in flight."""

    def __init__(self) -> None:
        super().__init__()
        self.open = asyncio.Event()

    async def __call__(self, keys: Sequence[int]) -> Mapping[int, str]:
        self.batches.append(list(keys))
        await self.open.wait()
        return {k: f"r{k}" for k in keys}


async def test_group_commit_runs_a_lone_call_at_once_in_its_own_task() -> None:
    run = Recorder()
    batcher = Coalescer(run, max_size=10, max_in_flight=1)
    own_task = asyncio.current_task()

    async def batch(keys: Sequence[int]) -> Mapping[int, str]:
        assert asyncio.current_task() is own_task  # no hand-off to another task
        return await run(keys)

    batcher._run_batch = batch
    assert await batcher.submit(1) == "r1"
    assert await batcher.submit(2) == "r2"
    assert run.batches == [[1], [2]]


async def test_group_commit_gathers_the_calls_that_come_while_batches_run() -> None:
    run = Gate()
    batcher = Coalescer(run, max_size=10, max_in_flight=2)
    first = [asyncio.ensure_future(batcher.submit(k)) for k in (1, 2)]
    await asyncio.sleep(0)
    later = [asyncio.ensure_future(batcher.submit(k)) for k in (3, 4, 5)]
    await asyncio.sleep(0.01)  # a moment in which nothing may start: an absence has no event to await
    assert run.batches == [[1], [2]]  # both slots taken: 3, 4 and 5 wait
    run.open.set()
    assert await asyncio.wait_for(asyncio.gather(*first, *later), 1) == ["r1", "r2", "r3", "r4", "r5"]
    assert run.batches == [[1], [2], [3, 4, 5]]


async def test_group_commit_a_lone_failure_is_its_callers_only() -> None:
    run = Recorder(fail=ConnectionError("database went away"))
    batcher = Coalescer(run, max_size=10, max_in_flight=1)
    with pytest.raises(ConnectionError):
        await batcher.submit(1)
    run.fail = None
    assert await batcher.submit(2) == "r2"
    with pytest.raises(LookupError):
        await batcher.submit(13)


def test_each_event_loop_gets_its_own_coalescer() -> None:
    batch = Batch(Recorder(), max_size=10, linger_seconds=0)

    async def use() -> tuple[str, Coalescer[int, str]]:
        return await batch.submit(5), PROCESS.coalescer(batch)

    first, second = asyncio.run(use()), asyncio.run(use())
    assert first[0] == second[0] == "r5"
    assert first[1] is not second[1]


async def test_every_batch_has_its_own_coalescer_in_its_context() -> None:
    run = Recorder()
    one, other = Batch(run, max_size=10, linger_seconds=0.01), Batch(run, max_size=10, linger_seconds=0.01)
    await asyncio.gather(one.submit(1), other.submit(2), one.submit(3))
    assert sorted(run.batches) == [[1, 3], [2]]  # one function, two declarations: two batches
    assert PROCESS.coalescer(one) is PROCESS.coalescer(one)
    own = Batches()  # an object's own context (a broker's): its coalescers are not the process's
    assert await own.submit(one, 4) == "r4"
    assert own.coalescer(one) is not PROCESS.coalescer(one)


def test_bad_sizes_are_refused() -> None:
    with pytest.raises(ValueError):
        Coalescer(Recorder(), max_size=0, linger_seconds=0)
    with pytest.raises(ValueError):
        Coalescer(Recorder(), max_size=1, max_in_flight=0)
