"""A refit starts from the topics people already know instead of clustering from scratch.

A fresh clustering is a new draw: on comments without strong categories (take-away reviews) UMAP
and HDBSCAN with another seed, or with 10 % more comments, put the borders somewhere else, and
`analysis.topic_identity.match` can only recognise the old topics that happen to come back (with
10 % more take-away comments, 13-37 % of them kept their topic and label; BENCHMARKS.md, Topic
stability, has today's figures). The topics
are identities (actions, root causes and filters point at them), so a refit should move a comment
only when its words now fit another topic better. So, when the previous version covers most of the
comments being fitted (`held_topics`, then `anchored_start`):

- a comment that was in a previous live topic starts there (a product manager's merged topic is
  one topic: its members already include the merged children's comments, so it stays merged; in
  the refinement its comments move out only as any topic's do, when another topic's words explain
  them better);
- the fresh clustering still runs, on a sample that holds the comments no previous topic held
  first (up to half of it, `pipeline.refit_sample`), and a fresh cluster made mostly (NEW_SHARE)
  of such comments, or holding them NEW_LIFT times as often as the corpus does (by at least a
  cluster's worth), starts as a new topic with those comments when they are at least as many as a
  cluster the fit could find: a new theme (a new product, a new complaint) gets its own topic;
- the other comments no previous topic held start at the nearest topic centroid (cosine at least
  the outlier threshold), or unassigned;
- the word refinement (`refine.TopicRefiner`) then runs from that start as after a fresh
  clustering: comments whose words now fit another topic move, and a topic that drains below the
  minimum size dissolves (old topics can die).

Only comments no previous topic held can start a new topic. A fresh cluster of known comments that
no one previous topic holds most of is no sign of a new theme: on the take-away reviews a reseeded
clustering found 21 clusters against 8 topics, 9 of them with at most half their comments in any one
previous topic, all of it known comments. The price: a theme that grew slowly inside a known topic
(each refit adding fewer than a cluster's worth of its comments) stays in that topic, since the
refinement moves comments between topics but never opens one.

When the previous topics hold fewer than MIN_ANCHORED of the comments (a fit over another window,
or a previous version with almost no topics), there is nothing to anchor on and the fit is today's
fresh one; `match` then continues ids by comments or words as before.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from analysis.topic_identity import OldTopic
from analysis.topics.cluster import nearest_topics

# Share of the comments being fitted that previous live topics must hold for the refit to start
# from them: below it the previous version says too little about this corpus.
MIN_ANCHORED = 0.5
# A fresh cluster whose comments are at least this share new to the previous topics is a new theme,
NEW_SHARE = 0.5
# and so is one where they are this many times as frequent as in the whole corpus, by at least a
# cluster's worth of comments: 150 book reviews added to 12,000 take-away ones joined a cluster of
# 902 (17 % new against 1.2 % overall), and with 10 % more take-away comments besides, one of 826
# (207 new: 2.4 times as frequent as overall); a refit with 10 % more comments of the same
# kind had them at most 1.3 times as frequent in any cluster (take-away and shopping reviews alike).
NEW_LIFT = 2.0


def held_topics(previous: Sequence[OldTopic], ids: Sequence[int]) -> np.ndarray | None:
    """Which previous topic held each comment (0..k-1: the previous topics present, by id; -1 none),
    or None when they hold under MIN_ANCHORED of the comments, or fewer than two topics are present
    (fit afresh). ``ids`` name the comments being fitted, in fit order."""
    position = {comment_id: row for row, comment_id in enumerate(ids)}
    held = np.full(len(ids), -1, dtype=np.int64)
    k = 0
    for topic in sorted(previous, key=lambda t: t.id):
        rows = [position[m] for m in topic.members if m in position]
        rows = [r for r in rows if held[r] < 0]  # members are disjoint; the first topic wins if not
        if rows:
            held[rows] = k
            k += 1
    if k < 2 or float(np.mean(held >= 0)) < MIN_ANCHORED:
        return None
    return held


def anchored_start(held: np.ndarray, embeddings: np.ndarray, fresh: np.ndarray, *, min_size: int,
                   threshold: float) -> np.ndarray:
    """The refit's starting assignment: ``held`` (`held_topics`), then the new themes as topics
    k, k+1, ..., the other comments no topic held at the nearest topic centroid or -1. ``fresh``
    is the fresh clustering's assignment of the comments (one per row of ``embeddings``),
    ``min_size`` the smallest new topic, ``threshold`` the cosine a comment needs to join a topic."""
    start = held.copy()
    k = int(held.max()) + 1
    unseen = held < 0
    base = float(unseen.mean())
    for cluster in np.unique(fresh[fresh >= 0]):
        members = fresh == cluster
        new = members & unseen
        count, share = int(new.sum()), float(new.sum() / members.sum())
        if (count >= min_size and share >= NEW_SHARE) or (
                count - base * members.sum() >= min_size and share >= NEW_LIFT * base):
            start[new] = k
            k += 1
    rest = unseen & (start < 0)
    if rest.any():
        centroids = np.stack([embeddings[start == t].mean(axis=0) for t in range(k)])
        start[rest] = nearest_topics(embeddings[rest], centroids, threshold)
    return start
