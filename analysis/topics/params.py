"""Topic-model parameters derived from the corpus size.

A fixed ``min_cluster_size`` is what breaks naive BERTopic: too small on a large corpus gives
hundreds of micro-topics, too large on a small one gives one topic holding almost everything.
Everything here is a function of ``n_docs`` so the same code serves 300 and 100k comments.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# Cosine similarity (embedding space) a comment needs to join its nearest topic.
DEFAULT_OUTLIER_THRESHOLD = 0.2


def _clip(value: float, low: int, high: int) -> int:
    return int(min(max(round(value), low), high))


@dataclass(frozen=True)
class TopicParams:
    n_docs: int
    # Clustering (UMAP + HDBSCAN) runs on at most this many comments; the rest are assigned to
    # the nearest topic. UMAP is the slow step (numba, one thread when seeded) and a few thousand
    # comments already show every topic big enough to matter.
    sample_size: int
    n_neighbors: int
    n_components: int
    n_epochs: int
    min_cluster_size: int
    min_samples: int
    min_topics: int
    max_topics: int
    max_topic_share: float
    # Cosine similarity (embedding space) a comment needs to join a topic as an outlier.
    outlier_threshold: float
    # The word refinement leaves out the words that name no aspect (phrases.NOT_ASPECTS: 喜欢,
    # 不错, 朋友 ...). On a small corpus they decided topics that mixed every product; on the 36k
    # development reviews, where each topic has thousands of comments, some of them (好吃, 好看)
    # still tell products apart and leaving them out lowered NMI from 0.463 to 0.455
    # (BENCHMARKS.md, Topic fit: small organisations). Up to the sample cap: where the whole
    # corpus is clustered.
    aspect_words_only: bool = False
    # Topics about the same subject are merged after the refinement (analysis.topics.merge). Up to
    # the sample cap: on the 36k development reviews it joined different products and lowered
    # homogeneity below k-means' (BENCHMARKS.md, Topic fit: small organisations).
    merge_alike: bool = False
    # After the merge, a comment moves to the topic whose distinctive words it uses when it uses
    # none of its own topic's (analysis.topics.distinctive). Where the merge runs: the figures that
    # chose it are of 300-3,000 comments.
    distinctive_words: bool = False

    @classmethod
    def for_corpus(cls, n_docs: int, sample_cap: int = 5000) -> TopicParams:
        if n_docs < 10:
            raise ValueError(f"need at least 10 comments to fit topics, got {n_docs}")
        m = min(n_docs, sample_cap)
        # 1.5% of the sample. Clustering alone was best at 2% (12 topics, NMI 0.36 on the 36k
        # benchmark; 33 overlapping topics at 1%); the word refinement that follows merges
        # and sharpens topics, and from a finer start (18-27 topics) it ends at 18-20 topics
        # with NMI 0.48-0.49 (BENCHMARKS.md, Topic fit).
        mcs = _clip(m * 0.015, 5, 200)
        return cls(
            n_docs=n_docs,
            sample_size=m,
            # Local neighbourhoods grow slowly with size (sqrt), bounded by UMAP's useful range.
            n_neighbors=_clip(math.sqrt(m) / 5, 5, 15),
            n_components=5,
            n_epochs=200 if m > 2000 else 400,
            min_cluster_size=mcs,
            min_samples=_clip(mcs / 4, 2, 25),
            # At least 8 topics once there are 40 comments per topic to find them in (300). With
            # fewer, a 300-comment corpus clustered into 5 topics whose comments shared only
            # "京东" or "价格", mixing every product (BENCHMARKS.md, Topic fit: small organisations).
            min_topics=_clip(n_docs / 40, 2, 8),
            max_topics=_clip(n_docs / 30, 6, 60),
            max_topic_share=0.4,
            outlier_threshold=DEFAULT_OUTLIER_THRESHOLD,
            aspect_words_only=n_docs <= sample_cap,
            merge_alike=n_docs <= sample_cap,
            distinctive_words=n_docs <= sample_cap,
        )
