"""One loaded model per owner, by version."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from analysis.model_cache import VersionedCache


async def test_one_model_per_owner_loaded_once_per_version() -> None:
    cache: VersionedCache[int, str] = VersionedCache()
    loads: list[str] = []

    def loader(name: str) -> Callable[[], str]:
        def load() -> str:
            loads.append(name)
            return name
        return load

    # Concurrent lookups of one version load it once.
    got = await asyncio.gather(*(cache.get(1, 10, loader("org1-v10")) for _ in range(5)))
    assert got == ["org1-v10"] * 5 and loads == ["org1-v10"]
    assert await cache.get(2, 20, loader("org2-v20")) == "org2-v20"
    # A new version replaces the owner's old one; other owners keep theirs.
    assert await cache.get(1, 11, loader("org1-v11")) == "org1-v11"
    assert sorted(cache.versions()) == [11, 20]
    cache.put(2, 21, "fitted here")
    assert await cache.get(2, 21, loader("never")) == "fitted here"
    cache.drop(2)
    assert cache.versions() == [11] and loads == ["org1-v10", "org2-v20", "org1-v11"]
