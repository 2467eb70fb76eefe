"""What a process's job queue and ticker run: the shape of the wiring table, and its checks.

The table itself, with every domain's tasks and Settings bound in, is built in one place, the
composition root (api/wiring.py); `core.queue.build_broker` registers its tasks on a broker, the
outbox relay and `core.queue` dispatch read its routes, and the ticker runs its periodic jobs.
Nothing registers itself on import.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field

from core.periodic import PeriodicJob

TaskFn = Callable[..., Awaitable[object]]
DISPATCH = "core.dispatch"  # the task that runs an outbox event's routed tasks (core.queue)


@dataclass(frozen=True)
class Wiring:
    """`tasks`: every task by name (those an event starts, and the jobs a task queues for later);
    `routes`: outbox topic -> the tasks it starts, in the order they run; `periodic`: the ticker's
    jobs, in the order a tick runs them. Checked when built: a misspelt or missing task, one wired
    twice to a topic, or a periodic job named twice fails at start-up, not when its first event
    arrives."""

    tasks: Mapping[str, TaskFn]
    routes: Mapping[str, tuple[str, ...]]
    periodic: tuple[PeriodicJob, ...] = field(default=())

    def __post_init__(self) -> None:
        if DISPATCH in self.tasks:
            raise ValueError(f"{DISPATCH} is the queue's own task")
        unknown = sorted({name for names in self.routes.values() for name in names} - self.tasks.keys())
        if unknown:
            raise LookupError(f"wired tasks that are not declared: {', '.join(unknown)}")
        repeated = sorted(topic for topic, names in self.routes.items() if len(set(names)) != len(names))
        if repeated:
            raise ValueError(f"a task is wired twice to: {', '.join(repeated)}")
        names = [job.name for job in self.periodic]
        if len(set(names)) != len(names):
            raise ValueError(f"a periodic job is declared twice: {', '.join(sorted(names))}")
