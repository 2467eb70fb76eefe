"""UMAP on exact nearest neighbours computed with one matrix product.

Below 4096 rows UMAP computes all pairwise distances through a Python-level metric callback
(about 40 s for 2,000 comments on this hardware); the embedder's vectors are L2-normalised, so
the exact cosine neighbours are one ``X @ X.T`` away. They are handed to UMAP as
``precomputed_knn``.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]
from umap import UMAP


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
        with warnings.catch_warnings(), threadpool_limits(limits=1):
            # "no NNDescent index, transform unavailable": intended, see ``transform``.
            warnings.filterwarnings("ignore", message=".*precomputed_knn.*")
            warnings.filterwarnings("ignore", message=".*n_jobs.*")
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
