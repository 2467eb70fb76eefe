"""HDBSCAN that adapts its parameters until the topics are usable.

On real feedback one fixed setting either leaves a third of the comments unassigned or
collapses into one topic that holds almost everything. ``AdaptiveHDBSCAN`` tries a short ladder
of settings around the size-scaled defaults (cheap: it runs on the UMAP coordinates of the
sample) and keeps the first whose topic count and largest share are within bounds, else the
least bad one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from hdbscan import HDBSCAN


@dataclass(frozen=True)
class ClusterTrial:
    min_cluster_size: int
    min_samples: int
    method: str
    topics: int
    largest_share: float
    outlier_share: float

    def penalty(self, min_topics: int, max_topics: int, max_share: float) -> float:
        short = max(0, min_topics - self.topics) / max(min_topics, 1)
        extra = max(0, self.topics - max_topics) / max(max_topics, 1)
        big = max(0.0, self.largest_share - max_share)
        return 10 * (short + extra + big) + self.outlier_share


@dataclass
class AdaptiveHDBSCAN:
    min_cluster_size: int
    min_samples: int
    min_topics: int = 2
    max_topics: int = 60
    max_share: float = 0.4
    trials_: list[ClusterTrial] = field(default_factory=list)
    chosen_: ClusterTrial | None = None
    labels_: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    probabilities_: np.ndarray = field(default_factory=lambda: np.zeros(0))

    def ladder(self) -> list[tuple[int, int, str]]:
        mcs, ms = self.min_cluster_size, self.min_samples
        # "eom" first (stable, fewer topics); bigger clusters when there are too many topics,
        # smaller ones and "leaf" (splits a giant cluster into its leaves) when too few.
        steps = [
            (1.0, "eom"),
            (2.0, "eom"),
            (0.5, "eom"),
            (1.0, "leaf"),
            (3.0, "eom"),
            (2.0, "leaf"),
            (0.5, "leaf"),
            (4.0, "eom"),
        ]
        out: list[tuple[int, int, str]] = []
        for factor, method in steps:
            size = max(2, round(mcs * factor))
            out.append((size, max(1, min(ms, size)), method))
        return out

    def fit(self, x: np.ndarray, y: object = None) -> AdaptiveHDBSCAN:
        n = x.shape[0]
        best: tuple[float, ClusterTrial, np.ndarray, np.ndarray] | None = None
        self.trials_ = []
        for size, samples, method in self.ladder():
            if size >= n:
                continue
            model = HDBSCAN(
                min_cluster_size=size,
                min_samples=samples,
                cluster_selection_method=method,
                core_dist_n_jobs=1,
            ).fit(x)
            labels = np.asarray(model.labels_, dtype=np.int64)
            assigned = labels[labels >= 0]
            topics = int(labels.max()) + 1 if assigned.size else 0
            largest = float(np.bincount(assigned).max() / n) if assigned.size else 1.0
            trial = ClusterTrial(size, samples, method, topics, largest, float((labels < 0).mean()))
            self.trials_.append(trial)
            pen = trial.penalty(self.min_topics, self.max_topics, self.max_share)
            if best is None or pen < best[0]:
                best = (pen, trial, labels, np.asarray(model.probabilities_))
            if pen < 1.0:  # within every bound: keep the first (closest to the defaults)
                break
        if best is None:  # fewer points than the smallest cluster: one topic
            self.labels_ = np.zeros(n, dtype=np.int64)
            self.probabilities_ = np.ones(n)
            return self
        _, self.chosen_, self.labels_, self.probabilities_ = best
        if self.chosen_.topics == 0:
            # No density structure at all (tiny or uniform corpus): one topic beats none.
            self.labels_ = np.zeros(n, dtype=np.int64)
            self.probabilities_ = np.ones(n)
        return self

    def predict(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError("assign new comments with analysis.topics.assign_topics")


def topic_centroids(embeddings: np.ndarray, topics: np.ndarray) -> np.ndarray:
    """Mean embedding per topic in BERTopic's order (sorted ids, -1 first when present)."""
    return np.stack([embeddings[topics == t].mean(axis=0) for t in np.unique(topics)])


def nearest_topics(embeddings: np.ndarray, topic_embeddings: np.ndarray, threshold: float) -> np.ndarray:
    """Index of the most similar topic embedding, or -1 below ``threshold`` (cosine)."""
    a = embeddings / np.maximum(np.linalg.norm(embeddings, axis=1, keepdims=True), 1e-12)
    b = topic_embeddings / np.maximum(np.linalg.norm(topic_embeddings, axis=1, keepdims=True), 1e-12)
    sims = a @ b.T
    best = sims.argmax(axis=1)
    return np.where(sims[np.arange(len(best)), best] >= threshold, best, -1)
