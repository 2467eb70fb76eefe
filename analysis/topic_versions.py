"""Activating a fitted topic model version: its topics take over the identities of the previous
version's topics that they continue (`analysis.topic_identity`), the rest are new, the topics that
did not survive are retired with their successors, and the comments move, all in one transaction.

Also how anything that points at topics reads them: `live_topic_ids` follows merges and retirements
to the topics that hold those comments now.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tortoise.transactions import in_transaction

from analysis.models import CommentAnalysis, ModelStatus, Topic, TopicModelVersion, TopicSuccessor
from analysis.topic_identity import Lineage, NewTopic, OldTopic, match, word_overlap

ASSIGN_BATCH = 2000


@dataclass(frozen=True)
class FittedTopic:
    index: int
    label: str
    keywords: list[tuple[str, float]]
    # Why the label reads as it does: {"label_term", "coverage", "lift", "in_label"}, stored after
    # the keywords in the topic's `keywords` column (see `Topic.label_terms`).
    label_terms: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Fitted:
    model: Any
    topics: list[FittedTopic]
    assignments: list[tuple[int, float | None]]
    outlier_share: float


@dataclass(frozen=True)
class KnownTopics:
    """What a refit knows of the previous version: its live topics, their labels (topic id → label)
    and the ids of the comments being fitted, one per text in fit order."""

    topics: list[OldTopic]
    labels: dict[int, str]
    ids: Sequence[int]


@dataclass(frozen=True)
class NewVersion:
    organization_id: int
    survey_id: int | None
    number: int
    path: Path
    sentiment_version: str | None


def _root(topic_id: int, parent: dict[int, int | None]) -> int:
    seen = {topic_id}
    while (up := parent.get(topic_id)) is not None and up not in seen:
        seen.add(up)
        topic_id = up
    return topic_id


async def previous_topics(previous: TopicModelVersion | None) -> tuple[list[OldTopic], list[Topic]]:
    """The previous version's live topics as a refit matches them (members: comment ids, with those
    of the topics merged into each), and all its topic rows."""
    if previous is None:
        return [], []
    old_rows = await Topic.filter(model_id=previous.id).order_by("id")
    parent = {t.id: t.merged_into_id for t in old_rows}
    members: dict[int, set[int]] = defaultdict(set)
    rows = await CommentAnalysis.filter(topic_id__in=list(parent)).values_list("response_id", "topic_id")
    for response_id, topic_id in rows:
        members[_root(int(topic_id), parent)].add(int(response_id))
    children = _merged_children(old_rows)
    old = [OldTopic(id=t.id, members=frozenset(members[t.id]), keywords=[w for w, _ in t.keyword_pairs],
                    merged_children=[c.id for c in children[t.id]]) for t in old_rows if t.merged_into_id is None]
    return old, old_rows


async def lineage_of(*, previous: TopicModelVersion | None, fitted: Fitted, ids: Sequence[int]) -> tuple[
        Lineage, list[Topic]]:
    """The lineage of a refit against the previous version's topics (read before anything moves)."""
    if previous is None:
        return Lineage(), []
    old, old_rows = await previous_topics(previous)
    new_members: dict[int, set[int]] = defaultdict(set)
    for response_id, (index, _) in zip(ids, fitted.assignments, strict=True):
        if index >= 0:
            new_members[index].add(response_id)
    new = [NewTopic(index=t.index, members=frozenset(new_members[t.index]), keywords=[w for w, _ in t.keywords])
           for t in fitted.topics]
    return match(old, new, frozenset(ids)), old_rows


async def activate(
    *, new: NewVersion, fitted: Fitted, ids: Sequence[int], previous: TopicModelVersion | None,
) -> TopicModelVersion:
    """One transaction: the new version and its topics appear, the old one retires, comments move."""
    lineage, old_rows = await lineage_of(previous=previous, fitted=fitted, ids=ids)
    now = datetime.now(UTC)
    async with in_transaction():
        version = await TopicModelVersion.create(
            organization_id=new.organization_id, survey_id=new.survey_id, version=new.number,
            status=ModelStatus.ACTIVE, path=str(new.path), documents=len(ids), outlier_share=fitted.outlier_share,
            sentiment_version=new.sentiment_version,
        )
        if previous is not None:
            await TopicModelVersion.filter(id=previous.id).update(status=ModelStatus.RETIRED)
        free_children = _merged_children(old_rows)
        holder: dict[int, int] = {}  # new topic index → the live topic id its comments count for
        reused: set[int] = set()
        for item in fitted.topics:
            keywords: list[Any] = [[w, round(float(s), 4)] for w, s in item.keywords] + list(item.label_terms)
            fields = {"model_id": version.id, "index": item.index, "label": item.label, "keywords": keywords,
                      "retired_at": None}
            if (old_id := lineage.continues.get(item.index)) is not None:
                await Topic.filter(id=old_id).update(**fields)
                reused.add(old_id)
                holder[item.index] = old_id
                continue
            if (parent_id := lineage.remerged.get(item.index)) is not None:
                holder[item.index] = parent_id
                spare = _closest(free_children.get(parent_id, []), item.keywords)
                if spare is not None:
                    await Topic.filter(id=spare.id).update(**fields)
                    reused.add(spare.id)
                    continue
            created = await Topic.create(organization_id=new.organization_id, label=item.label, keywords=keywords,
                                         index=item.index, model=version, merged_into_id=parent_id)
            holder[item.index] = parent_id if parent_id is not None else created.id
        await _retire(old_rows, reused, lineage, holder, now)
        await _move_comments(ids, fitted.assignments, holder)
    return version


def _merged_children(old_rows: list[Topic]) -> dict[int, list[Topic]]:
    """The topics a product manager merged into each live topic (any depth), oldest first."""
    parent = {t.id: t.merged_into_id for t in old_rows}
    children: dict[int, list[Topic]] = defaultdict(list)
    for row in old_rows:
        if row.merged_into_id is not None:
            children[_root(row.id, parent)].append(row)
    return children


def _closest(candidates: list[Topic], keywords: list[tuple[str, float]]) -> Topic | None:
    """The merged-away topic whose words are closest to the new topic's (it is taken from the list)."""
    if not candidates:
        return None
    words = [w for w, _ in keywords]
    best = max(candidates, key=lambda t: (word_overlap([w for w, _ in t.keyword_pairs], words), -t.id))
    candidates.remove(best)
    return best


async def _retire(old_rows: list[Topic], reused: set[int], lineage: Lineage, holder: dict[int, int],
                  now: datetime) -> None:
    parent = {t.id: t.merged_into_id for t in old_rows}
    retired = {t.id for t in old_rows if t.id not in reused}
    if not retired:
        return
    await Topic.filter(id__in=sorted(retired)).update(retired_at=now)
    successors: dict[int, dict[int, float]] = defaultdict(dict)
    for old_id, went in lineage.successors.items():
        for index, share in went:
            target = holder[index]
            successors[old_id][target] = round(successors[old_id].get(target, 0.0) + share, 4)
    for topic_id in sorted(retired):
        root = _root(topic_id, parent)
        if topic_id == root:
            continue
        # A merged-away topic that was not needed again goes where its parent went.
        successors[topic_id] = dict(successors.get(root, {root: 1.0})) if root not in reused else {root: 1.0}
    await TopicSuccessor.bulk_create([
        TopicSuccessor(topic_id=topic_id, successor_id=target, share=min(share, 1.0))
        for topic_id, targets in successors.items() if topic_id in retired
        for target, share in targets.items() if target != topic_id
    ])


async def _move_comments(ids: Sequence[int], assignments: Sequence[tuple[int, float | None]],
                         holder: dict[int, int]) -> None:
    groups: dict[tuple[int | None, float | None], list[int]] = {}
    for response_id, (index, probability) in zip(ids, assignments, strict=True):
        key = (holder.get(index), round(float(probability), 4) if probability is not None else None)
        groups.setdefault(key, []).append(response_id)
    for (topic_id, probability), members in groups.items():
        for start in range(0, len(members), ASSIGN_BATCH):
            await CommentAnalysis.filter(response_id__in=members[start:start + ASSIGN_BATCH]).update(
                topic_id=topic_id, topic_probability=probability)


async def live_topic_ids(*, organization_id: int, topic_ids: Sequence[int]) -> list[int]:
    """The live topics that hold the comments of these topics now: merged topics followed to the
    topic they were merged into, retired ones to their successors (through later refits too)."""
    found: set[int] = set()
    seen: set[int] = set()
    frontier = list(dict.fromkeys(topic_ids))
    while frontier:
        rows = await Topic.filter(id__in=frontier, organization_id=organization_id).values_list(
            "id", "merged_into_id", "retired_at")
        seen.update(frontier)
        retired, parents = [], []
        for topic_id, merged_into_id, retired_at in rows:
            if retired_at is not None:
                retired.append(int(topic_id))
            elif merged_into_id is not None:
                parents.append(int(merged_into_id))
            else:
                found.add(int(topic_id))
        nexts = [int(row[0]) for row in await TopicSuccessor.filter(topic_id__in=retired).values_list(
            "successor_id")] if retired else []
        frontier = [t for t in dict.fromkeys([*parents, *nexts]) if t not in seen]
    return sorted(found)


async def topics_leading_to(*, organization_id: int, topic_id: int) -> list[int]:
    """The topic, the topics merged into it, and the retired topics whose comments went to it (through
    earlier refits too): what a link to any of them is about now."""
    found = {topic_id}
    frontier = [topic_id]
    while frontier:
        merged = await Topic.filter(organization_id=organization_id, merged_into_id__in=frontier).values_list("id")
        before = await TopicSuccessor.filter(successor_id__in=frontier).values_list("topic_id")
        frontier = [i for i in {int(row[0]) for row in [*merged, *before]} if i not in found]
        found.update(frontier)
    return sorted(found)
