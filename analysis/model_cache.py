"""Loaded models per process, one per owner: the topic model of an (organisation, survey) pair,
the adapted sentiment model of an organisation.

Each entry is tagged with the version it was loaded for; asking for another version of the same
owner replaces it. So a worker that runs for weeks holds one model per owner, not every version
it ever loaded, and a refit needs no invalidation message: the next lookup sees the new version.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class VersionedCache(Generic[K, V]):
    def __init__(self) -> None:
        self._held: dict[K, tuple[int, V]] = {}
        self._lock = asyncio.Lock()

    async def get(self, key: K, version_id: int, load: Callable[[], V]) -> V:
        """The model of ``key`` at ``version_id``, loaded by ``load`` (in a thread: file reads and
        unpacking) when this process does not hold that version yet; one load at a time."""
        held = self._held.get(key)
        if held is None or held[0] != version_id:
            async with self._lock:
                held = self._held.get(key)
                if held is None or held[0] != version_id:
                    held = (version_id, await asyncio.to_thread(load))
                    self._held[key] = held
        return held[1]

    def put(self, key: K, version_id: int, value: V) -> None:
        """Hold a model this process already has (just fitted), so it is not read back."""
        self._held[key] = (version_id, value)

    def drop(self, key: K) -> None:
        self._held.pop(key, None)

    def clear(self) -> None:
        self._held.clear()

    def versions(self) -> list[int]:
        """The version ids held, one per owner."""
        return [version_id for version_id, _ in self._held.values()]
