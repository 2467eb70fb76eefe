"""Topic identity across refits: which topic of a new model version continues which topic of the
version before it, and where the comments of those that did not survive went.

A topic is an identity that outlives model versions: actions, case root causes, filters, trends and
bookmarks point at it, so a refit must not rename the world. The evidence is the comments
themselves: a refit re-assigns the comments the previous version had assigned, so an old topic
whose comments largely land in one new topic is that topic. Only when the two versions share no
comments (a fit over a different window) are the topics' top words compared instead.

The rules, in order:
- continuity: an old topic continues into the new topic that received most of its comments, if that
  is at least MIN_CONTINUITY of them (a split keeps the id on the successor holding most of the old
  members; a topic scattered thinly over many new ones is retired);
- a new topic that several old topics continue into (a merge) keeps the id of the one that brought
  the most comments (then the larger);
- words, when there are no shared comments: the top-KEYWORDS words overlap by at least
  MIN_KEYWORD_OVERLAP of the smaller set, best pairs first, one to one;
- a product manager's merge is not undone: a new topic not continuing anything whose comments came
  mostly (MIN_SOURCE_SHARE) from an old topic that others were merged into is merged into it again;
- every other new topic is new; every old topic not continued is retired, with as successors the
  new topics that received at least MIN_SUCCESSOR_SHARE of its comments (at least the largest one).

Pure functions over ids and sets: the database side lives in `analysis.topics_store`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

MIN_CONTINUITY = 1 / 3
MIN_SOURCE_SHARE = 0.5
MIN_SUCCESSOR_SHARE = 0.1
MIN_KEYWORD_OVERLAP = 0.5
KEYWORDS = 10


@dataclass(frozen=True)
class OldTopic:
    """A live topic of the previous version: its comments (response ids, with those of the topics a
    product manager merged into it) and its words, best first."""

    id: int
    members: frozenset[int]
    keywords: Sequence[str]
    merged_children: Sequence[int] = ()


@dataclass(frozen=True)
class NewTopic:
    index: int
    members: frozenset[int]
    keywords: Sequence[str]


@dataclass
class Lineage:
    # new topic index → the old topic id that continues there (keeps its id, name and links)
    continues: dict[int, int] = field(default_factory=dict)
    # new topic index → the old topic id it is merged into again (a product manager's merge kept)
    remerged: dict[int, int] = field(default_factory=dict)
    # retired old topic id → [(new topic index, share of its comments that went there)], largest first
    successors: dict[int, list[tuple[int, float]]] = field(default_factory=dict)

    def retired(self) -> list[int]:
        return sorted(self.successors)


def word_overlap(a: Sequence[str], b: Sequence[str]) -> float:
    """Overlap coefficient of two topics' top words: shared words over the smaller set."""
    left, right = set(a[:KEYWORDS]), set(b[:KEYWORDS])
    return len(left & right) / min(len(left), len(right)) if left and right else 0.0


def match(old: Sequence[OldTopic], new: Sequence[NewTopic], documents: frozenset[int]) -> Lineage:
    """The lineage of a refit. `documents` are the response ids the new version was fitted on
    (outliers included): an old topic's comments outside them say nothing about the refit."""
    lineage = Lineage()
    owner = {member: topic.index for topic in new for member in topic.members}
    overlaps: dict[int, Counter[int]] = {
        topic.id: Counter(owner[m] for m in topic.members if m in owner) for topic in old
    }
    present = {topic.id: len(topic.members & documents) for topic in old}
    sizes = {topic.id: len(topic.members) for topic in old}

    candidates: dict[int, list[int]] = {}
    for topic in old:
        counts = overlaps[topic.id]
        if not counts:
            continue
        index, shared = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if shared >= MIN_CONTINUITY * present[topic.id]:
            candidates.setdefault(index, []).append(topic.id)
    for index, ids in candidates.items():
        lineage.continues[index] = max(ids, key=lambda i: (overlaps[i][index], sizes[i], -i))

    _match_words(old, new, lineage, unplaced={t.id for t in old if present[t.id] == 0})

    continued = set(lineage.continues.values())
    by_id = {topic.id: topic for topic in old}
    for fresh in new:
        if fresh.index in lineage.continues or not fresh.members:
            continue
        sources = Counter({i: overlaps[i][fresh.index] for i in by_id if overlaps[i][fresh.index]})
        if not sources:
            continue
        source, shared = min(sources.items(), key=lambda kv: (-kv[1], kv[0]))
        if source in continued and by_id[source].merged_children and shared >= MIN_SOURCE_SHARE * len(fresh.members):
            lineage.remerged[fresh.index] = source

    for topic in old:
        if topic.id in continued:
            continue
        counts, total = overlaps[topic.id], present[topic.id]
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        kept = [(index, round(n / total, 4)) for index, n in ranked if n >= MIN_SUCCESSOR_SHARE * total]
        lineage.successors[topic.id] = kept or [(index, round(n / total, 4)) for index, n in ranked[:1]]
    return lineage


def _match_words(old: Sequence[OldTopic], new: Sequence[NewTopic], lineage: Lineage, unplaced: set[int]) -> None:
    """Old topics with none of their comments in this fit, matched by words to unclaimed new topics."""
    free = [topic for topic in new if topic.index not in lineage.continues]
    pairs = sorted(
        ((word_overlap(o.keywords, n.keywords), len(o.members), -o.id, -n.index)
         for o in old if o.id in unplaced for n in free),
        reverse=True,
    )
    taken_old: set[int] = set()
    for score, _, negative_old, negative_index in pairs:
        if score < MIN_KEYWORD_OVERLAP:
            break
        old_id, index = -negative_old, -negative_index
        if old_id in taken_old or index in lineage.continues:
            continue
        lineage.continues[index] = old_id
        taken_old.add(old_id)
