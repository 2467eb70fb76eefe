"""UMAP on exact nearest neighbours computed with one matrix product.

Below 4096 rows UMAP computes all pairwise distances through a Python-level metric callback
(about 40 s for 2,000 comments on this hardware); the embedder's vectors are L2-normalised, so
the exact cosine neighbours are one ``X @ X.T`` away. They are handed to UMAP as
``precomputed_knn``.

UMAP's numba functions are compiled in every new process (about 6 s of CPU, most of a fit's
clustering step), because umap-learn does not ask numba to cache them. ``enable_umap_cache``
turns numba's on-disk cache on for them, in the directory its caller gives (the service's is
``VOC_DATA_DIR/numba-cache``: ``analysis.topics_store`` and ``voc worker`` give it), or
``NUMBA_CACHE_DIR`` when set: the first fit compiles and writes it, later processes load the
machine code (``warm_umap`` does that first compile ahead of time). numba keys the cache on the
source files and the CPU, so an upgrade or another machine recompiles instead of loading stale
code.
"""

from __future__ import annotations

import sys
import threading
import warnings
from pathlib import Path
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]
from umap import UMAP

NUMBA_CACHE_SUBDIR = "numba-cache"
_cache_lock = threading.Lock()
_cache_dir: Path | None = None
_cache_tried = False


def enable_umap_cache(directory: Path | None = None) -> Path | None:
    """Cache UMAP's numba-compiled functions on disk, in ``NUMBA_CACHE_DIR`` when set, else in
    ``directory``; the directory used, None when not possible or when there is neither (a later
    call that gives one enables it then: ``KnnUMAP.fit`` calls this without one).

    Once per process; functions already cached (``cache=True`` upstream) keep their own place.
    A failure (read-only disk, a numba without ``enable_caching``) only costs the compile time.
    """
    global _cache_dir, _cache_tried
    with _cache_lock:
        if _cache_tried:
            return _cache_dir
        try:
            from numba.core import config as numba_config_module
            from numba.core.caching import NullCache
            from numba.core.registry import CPUDispatcher

            # An explicit NUMBA_CACHE_DIR wins; otherwise ours, set only while the caches below
            # are created (each picks its directory then), so other numba users are unaffected.
            config: Any = numba_config_module  # CACHE_DIR is set at import, unknown to mypy
            previous: str = config.CACHE_DIR
            target = Path(previous) if previous else directory
            if target is None:
                return None
            _cache_tried = True
            target.mkdir(parents=True, exist_ok=True)
            config.CACHE_DIR = str(target)
            try:
                for name, module in list(sys.modules.items()):
                    if module is None or not (name == "umap" or name.startswith("umap.")):
                        continue
                    for value in list(vars(module).values()):
                        dispatcher: Any = value
                        if isinstance(value, CPUDispatcher) and isinstance(dispatcher._cache, NullCache):
                            dispatcher.enable_caching()
            finally:
                config.CACHE_DIR = previous
        except Exception:  # an optimisation: never fail a fit for it
            _cache_tried = True
            return None
        _cache_dir = target
        return _cache_dir


def umap_cache_dir(data_dir: Path | None) -> Path | None:
    """`enable_umap_cache` in the service's place, ``data_dir/numba-cache`` (VOC_DATA_DIR)."""
    return enable_umap_cache(data_dir.resolve() / NUMBA_CACHE_SUBDIR if data_dir is not None else None)


def warm_umap(data_dir: Path) -> Path | None:
    """Compile (or load from under `data_dir`) UMAP's numba code now, with a tiny fit: a worker can
    call this at start so that the first real fit on a fresh machine does not pay the compilation
    (about 6 s of CPU). The argument types are those of a real fit, so the same compiled code is
    cached."""
    directory_used = umap_cache_dir(data_dir)
    rng = np.random.default_rng(0)
    KnnUMAP(n_neighbors=5, n_epochs=20).fit(rng.standard_normal((60, 8)).astype(np.float32))
    return directory_used


def exact_knn(x: np.ndarray, k: int, chunk: int = 2048) -> tuple[np.ndarray, np.ndarray]:
    """Indices and cosine distances of the ``k`` nearest rows (self included, first)."""
    x = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    n = x.shape[0]
    k = min(k, n)
    idx = np.empty((n, k), dtype=np.int64)
    dist = np.empty((n, k), dtype=np.float32)
    for start in range(0, n, chunk):
        sims = x[start : start + chunk] @ x.T
        rows = np.arange(sims.shape[0])
        sims[rows, start + rows] = np.inf  # self first, as UMAP expects
        part = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        part_sims = np.take_along_axis(sims, part, axis=1)
        order = np.argsort(-part_sims, axis=1)
        idx[start : start + chunk] = np.take_along_axis(part, order, axis=1)
        top = np.take_along_axis(part_sims, order, axis=1)
        top[:, 0] = 1.0
        dist[start : start + chunk] = np.clip(1.0 - top, 0.0, 2.0)
    return idx, dist


class KnnUMAP:
    """BERTopic dimensionality sub-model: ``fit``/``transform`` like ``umap.UMAP``."""

    def __init__(
        self,
        n_neighbors: int = 15,
        n_components: int = 5,
        min_dist: float = 0.0,
        n_epochs: int | None = None,
        random_state: int = 42,
    ) -> None:
        self.n_neighbors = n_neighbors
        self.n_components = n_components
        self.min_dist = min_dist
        self.n_epochs = n_epochs
        self.random_state = random_state
        self.embedding_: np.ndarray | None = None
        self._fit_x: np.ndarray | None = None

    def umap(self, knn: tuple[np.ndarray, np.ndarray] | None = None) -> UMAP:
        # n_jobs=1: a seeded UMAP runs single-threaded anyway and warns otherwise.
        kwargs: dict[str, Any] = {}
        if knn is not None:
            kwargs["precomputed_knn"] = (knn[0], knn[1], None)
        return UMAP(
            n_neighbors=self.n_neighbors,
            n_components=self.n_components,
            min_dist=self.min_dist,
            metric="cosine",
            n_epochs=self.n_epochs,
            random_state=self.random_state,
            n_jobs=1,
            init="pca",
            **kwargs,
        )

    def fit(self, x: np.ndarray, y: Any = None) -> KnnUMAP:
        n = x.shape[0]
        k = min(self.n_neighbors, n - 1)
        knn = exact_knn(x, k)
        reducer = self.umap(knn)
        reducer.n_neighbors = k
        enable_umap_cache()
        with warnings.catch_warnings(), threadpool_limits(limits=1):
            # "no NNDescent index, transform unavailable": intended, see ``transform``.
            warnings.filterwarnings("ignore", message=".*precomputed_knn.*")
            warnings.filterwarnings("ignore", message=".*n_jobs.*")
            # numba declining to cache one function only means it compiles as before.
            warnings.filterwarnings("ignore", message=".*[Cc]annot cache.*")
            self.embedding_ = np.asarray(reducer.fit_transform(x), dtype=np.float32)
        self._fit_x = x
        return self

    def transform(self, x: np.ndarray) -> np.ndarray:
        if self.embedding_ is None or self._fit_x is None:
            raise RuntimeError("KnnUMAP is not fitted")
        if x is self._fit_x or (x.shape == self._fit_x.shape and np.array_equal(x, self._fit_x)):
            return self.embedding_
        # New rows: similarity-weighted mean of their nearest fitted rows' coordinates. The
        # production path assigns new comments in embedding space (see pipeline), this only
        # keeps the sub-model usable on its own.
        a = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
        b = self._fit_x / np.maximum(np.linalg.norm(self._fit_x, axis=1, keepdims=True), 1e-12)
        sims = a @ b.T
        k = min(self.n_neighbors, b.shape[0])
        part = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        w = np.maximum(np.take_along_axis(sims, part, axis=1), 1e-6)
        coords = self.embedding_[part]
        return np.asarray((coords * w[..., None]).sum(1) / w.sum(1, keepdims=True), dtype=np.float32)
