"""Topic model versions: fit on an organisation's comments, save under VOC_DATA_DIR, switch the
active version atomically, and assign new comments to the active version's topics.

The machine learning lives in `analysis.topics`; this module is its bridge to the database.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from analysis import sentiment_store, topic_versions, vocabulary
from analysis.errors import NotEnoughComments
from analysis.model_cache import VersionedCache
from analysis.models import AnalysisJob, CommentAnalysis, ModelStatus, Topic, TopicModelVersion
from analysis.topic_versions import ASSIGN_BATCH, Fitted, FittedTopic, KnownTopics, NewVersion
from core.settings import Settings
from surveys.models import Response

log = logging.getLogger("voc.analysis")

MIN_FIT_COMMENTS = 30
# Loaded models, one per (organisation, survey or None for org-wide), the tokenizer re-attached.
_LOADED: VersionedCache[tuple[int, int | None], Any] = VersionedCache()

Progress = Callable[[str, float], Coroutine[Any, Any, None]]
# analysis.service.analyse_responses, handed in by its caller (that module imports this one).
Analyse = Callable[..., Coroutine[Any, Any, dict[int, CommentAnalysis | None]]]


async def active_model(*, organization_id: int, survey_id: int | None) -> TopicModelVersion | None:
    """The survey's own model when it has one, else the organisation-wide one."""
    if survey_id is not None:
        own = await TopicModelVersion.get_or_none(organization_id=organization_id, survey_id=survey_id,
                                                  status=ModelStatus.ACTIVE)
        if own is not None:
            return own
    return await TopicModelVersion.get_or_none(organization_id=organization_id, survey_id=None,
                                               status=ModelStatus.ACTIVE)


async def model_version(*, organization_id: int, model_id: int) -> TopicModelVersion | None:
    return await TopicModelVersion.get_or_none(id=model_id, organization_id=organization_id)


@dataclass(frozen=True)
class VersionSummary:
    version: TopicModelVersion
    topics: int  # its topics as they stand now: merged ones count in the topic they were merged into


async def model_versions(*, organization_id: int, survey_id: int | None) -> list[VersionSummary]:
    """The versions of the model that `active_model` picks for the survey (its own once it was fitted
    alone, else the organisation-wide one), newest first, each with its number of topics.

    A topic's row moves to each version that finds it again, so a version's topics are read from
    when they lived: created before the next version was activated, and not retired before this
    one was (a refit retires the previous version's leftovers just before creating its own row)."""
    scope = survey_id if survey_id is not None and await TopicModelVersion.exists(
        organization_id=organization_id, survey_id=survey_id) else None
    versions = await TopicModelVersion.filter(organization_id=organization_id, survey_id=scope).order_by("version")
    if not versions:
        return []
    lived = await Topic.filter(organization_id=organization_id, model_id__in=[v.id for v in versions],
                               merged_into_id=None).values_list("created_at", "retired_at")
    found: list[VersionSummary] = []
    for position, version in enumerate(versions):
        following = versions[position + 1] if position + 1 < len(versions) else None
        count = sum(1 for created, retired in lived
                    if (following is None or created < following.created_at)
                    and (retired is None or retired > version.created_at))
        found.append(VersionSummary(version=version, topics=count))
    return found[::-1]


async def load_active(version: TopicModelVersion) -> Any:
    """The loaded model of a version (cached per process)."""
    return await _LOADED.get((version.organization_id, version.survey_id), version.id,
                             lambda: _load_model(Path(version.path)))


async def assign_topics_many(
    items: Sequence[tuple[int, int, str]],
) -> list[tuple[int | None, float | None]]:
    """The active model's topic (None: no model, or an outlier) and its similarity for each
    (organization_id, survey_id, text): one query per distinct model for its topics, and one
    embedding call per model for all its texts (in a thread)."""
    results: list[tuple[int | None, float | None]] = [(None, None)] * len(items)
    versions: dict[tuple[int, int], TopicModelVersion | None] = {}
    by_version: dict[int, list[int]] = {}
    loaded: dict[int, TopicModelVersion] = {}
    for position, (organization_id, survey_id, text) in enumerate(items):
        pair = (organization_id, survey_id)
        if pair not in versions:
            versions[pair] = await active_model(organization_id=organization_id, survey_id=survey_id)
        version = versions[pair]
        if version is not None and text:
            loaded[version.id] = version
            by_version.setdefault(version.id, []).append(position)
    for version_id, positions in by_version.items():
        model = await load_active(loaded[version_id])
        assigned = await asyncio.to_thread(assign_texts, model, [items[p][2] for p in positions])
        topic_ids = await _topic_ids(version_id)
        for position, (index, probability) in zip(positions, assigned, strict=True):
            results[position] = (topic_ids.get(index) if index >= 0 else None), probability
    return results


async def _topic_ids(version_id: int) -> dict[int, int]:
    """Topic index → the id of the topic its comments count for (merged topics followed)."""
    rows = await Topic.filter(model_id=version_id).values_list("id", "index", "merged_into_id")
    merged_into = {int(i): m for i, _, m in rows}
    resolved: dict[int, int] = {}
    for topic_id, index, _ in rows:
        target, seen = int(topic_id), set()
        while merged_into.get(target) is not None and target not in seen:
            seen.add(target)
            target = int(merged_into[target])
        resolved[int(index)] = target
    return resolved


async def fit_and_activate(*, job: AnalysisJob, on_progress: Progress, analyse: Analyse,
                           settings: Settings) -> TopicModelVersion:
    params = job.params
    query = Response.filter(organization_id=job.organization_id, comment__isnull=False)
    if params.get("survey_id"):
        query = query.filter(survey_id=params["survey_id"])
    if params.get("since"):
        query = query.filter(submitted_at__gte=datetime.fromisoformat(params["since"]))
    if params.get("until"):
        query = query.filter(submitted_at__lt=datetime.fromisoformat(params["until"]))
    response_ids: list[int] = list(await query.order_by("id").values_list("id", flat=True))  # type: ignore[arg-type]
    stored = await CommentAnalysis.filter(response_id__in=response_ids).values_list(
        "response_id", "normalized", "sentiment")
    analysed = {r: text for r, text, _ in stored}
    # The stored sentiment tells the labeller each topic's polarity (None: not scored, neutral).
    tone: dict[int, float | None] = {r: s for r, _, s in stored}
    missing = [r for r in response_ids if r not in analysed]
    if missing:  # comments the queue has not reached yet: analyse them now, nothing is left out
        await on_progress("analysing comments", 0.05)
        for start in range(0, len(missing), ASSIGN_BATCH):
            rows = await analyse(response_ids=missing[start:start + ASSIGN_BATCH])
            analysed.update({r: row.normalized for r, row in rows.items() if row is not None})
            tone.update({r: row.sentiment for r, row in rows.items() if row is not None})
    ids = [r for r in response_ids if analysed.get(r)]
    texts = [analysed[r] for r in ids]
    sentiments = [float(tone.get(r) or 0.0) for r in ids]
    if len(texts) < MIN_FIT_COMMENTS:
        raise NotEnoughComments(f"a topic fit needs at least {MIN_FIT_COMMENTS} comments; found {len(texts)}")

    await on_progress("fitting topics", 0.1)
    words = await vocabulary.words_for(job.organization_id)
    survey_id = params.get("survey_id")
    # The topics people know: a topic the refit continues keeps its label while it still fits.
    known, known_rows = await topic_versions.previous_topics(
        await active_model(organization_id=job.organization_id, survey_id=survey_id))
    refit = KnownTopics(known, {row.id: row.label for row in known_rows if row.merged_into_id is None}, ids)
    fitted = await asyncio.to_thread(fit_model, texts, words.stop_words, embedding_model=settings.embedding_model,
                                     data_dir=settings.data_dir, sentiments=sentiments,
                                     product_terms=words.product_terms,
                                     previous=refit if known else None, fresh=bool(params.get("fresh")))
    number = 1 + max([v.version for v in await TopicModelVersion.filter(
        organization_id=job.organization_id, survey_id=survey_id)] or [0])
    sentiment = None
    # An organisation's sentiment model comes from its org-wide fits only.
    min_comments = settings.sentiment_adaptation_min_comments
    if survey_id is None and settings.sentiment_adaptation and len(texts) >= min_comments:
        await on_progress("adapting sentiment", 0.8)
        sentiment = await asyncio.to_thread(sentiment_store.adapt_for_fit, texts, organization_id=job.organization_id,
                                            number=number, min_comments=min_comments)
    await on_progress("saving", 0.88)
    previous = await active_model(organization_id=job.organization_id, survey_id=survey_id)
    path = settings.data_dir.resolve() / "topic-models" / f"org-{job.organization_id}" / \
        (f"survey-{survey_id}" if survey_id else "all") / f"v{number}"
    await asyncio.to_thread(_save_model, fitted.model, path)
    if sentiment is not None:
        await asyncio.to_thread(sentiment_store.save, sentiment, path)
    await on_progress("activating", 0.95)
    try:
        version = await topic_versions.activate(
            new=NewVersion(organization_id=job.organization_id, survey_id=survey_id, number=number, path=path,
                           sentiment_version=sentiment.version if sentiment else None),
            fitted=fitted, ids=ids, previous=previous)
    except BaseException:
        shutil.rmtree(path, ignore_errors=True)
        raise
    if survey_id is None:  # the organisation's sentiment model may have changed: one model scores all
        await on_progress("rescoring sentiment", 0.97)
        await sentiment_store.rescore(organization_id=job.organization_id,
                                      model=sentiment_store.activated(version, sentiment))
    return version


# --- the bridge to analysis.topics (CPU work, run in a thread) ---------------------------------


class _OrganisationTokens:
    """The process tokenizer with an organisation's own stop words (what the pipeline calls)."""

    def __init__(self, stop_words: Sequence[str]) -> None:
        from analysis.text.tokenize import get_tokenizer

        self.tokenizer, self.stop_words = get_tokenizer(), tuple(stop_words)

    def tokens(self, text: str) -> list[str]:
        return self.tokenizer.tokens(text, extra_stop_words=self.stop_words)

    def tokens_many(self, texts: Sequence[str]) -> list[list[str]]:
        return self.tokenizer.tokens_many(texts, extra_stop_words=self.stop_words)


def fit_model(texts: list[str], stop_words: Sequence[str] = (), *, embedding_model: str | None = None,
              data_dir: Path | None = None, sentiments: Sequence[float] | None = None,
              product_terms: Sequence[str] = (), previous: KnownTopics | None = None,
              fresh: bool = False) -> Fitted:
    """Fit the topic pipeline (CPU work, run in a thread): with the sentence-transformers model in
    `embedding_model` (VOC_EMBEDDING_MODEL) or one fitted on the corpus, and UMAP's compiled code
    cached under `data_dir` (VOC_DATA_DIR). `sentiments` (one per text) give the labels their tone;
    the organisation's `product_terms` always count as aspects; a refit starts from the `previous`
    version's topics (`fresh`: clusters afresh) and the topics it continues keep their labels."""
    from analysis.topics.embedder import load_embedder
    from analysis.topics.factory import build_labeller
    from analysis.topics.pipeline import fit_topics
    from analysis.topics.reduce import umap_cache_dir

    umap_cache_dir(data_dir)
    tokenizer = _OrganisationTokens(stop_words)
    embedder = load_embedder(embedding_model, tokenizer) if embedding_model else None
    from analysis.text.normalize import normalize

    labeller = build_labeller(stop_words=frozenset(stop_words),
                              product_terms=frozenset(normalize(t) for t in product_terms))
    from analysis.topics.label_continuity import LabelContinuity

    continuity = LabelContinuity(previous.topics, previous.labels, previous.ids) if previous else None
    fit = fit_topics(texts, tokenizer, embedder, labeller=labeller, sentiments=sentiments, continuity=continuity,
                     anchor=not fresh)
    if previous is not None:  # which kind of refit ran, for whoever wonders why topics moved (or did not)
        log.info("topic refit %s: %d topics from %d comments", "anchored on the previous topics" if fit.anchored
                 else "clustered afresh" + (" (asked)" if fresh else " (the previous topics hold too few comments)"),
                 fit.n_topics, len(texts))
    similarity = _similarities(fit.embeddings, fit.model, fit.topics)
    topics = [
        FittedTopic(index=t, label=fit.labels[t], keywords=[(str(w), float(s)) for w, s in fit.model.get_topic(t)],
                    label_terms=[{"label_term": term.term, "coverage": term.coverage, "lift": term.lift,
                                  "in_label": term.in_label} for term in fit.label_terms.get(t, ())])
        for t in sorted(fit.labels) if t >= 0
    ]
    return Fitted(model=fit.model, topics=topics, assignments=list(zip(fit.topics, similarity, strict=True)),
                  outlier_share=round(fit.outlier_share, 4))


def _save_model(model: Any, path: Path) -> None:
    # Imported in the worker thread: analysis.topics pulls in BERTopic, scikit-learn and torch (seconds of
    # CPU), which on the event loop would stall every request of an embedded `voc serve` (found by fuzzing).
    from analysis.topics.persist import save_topic_model

    save_topic_model(model, path)


def _load_model(path: Path) -> Any:
    from analysis.text.tokenize import get_tokenizer
    from analysis.topics.persist import load_topic_model

    return load_topic_model(path, get_tokenizer())


def assign_texts(model: Any, texts: list[str]) -> list[tuple[int, float | None]]:
    """Topic of each text (`assign_topics`) and its cosine similarity to it (the `probability`)."""
    from analysis.topics.pipeline import assign_topics, embed_docs, tokens_shared

    if not texts:
        return []
    with tokens_shared(model, texts):  # jieba once for the embedding and the topic's words
        embeddings = embed_docs(model, texts)  # once: for the nearest topic and for its similarity
        topics = assign_topics(model, texts, embeddings=embeddings)
    return list(zip(topics, _similarities(embeddings, model, topics), strict=True))


def _similarities(embeddings: Any, model: Any, topics: list[int]) -> list[float | None]:
    ids = sorted(set(model.topics_))
    rows = {t: i for i, t in enumerate(ids)}
    centroids = np.asarray(model.topic_embeddings_, dtype=np.float32)
    a = embeddings / np.maximum(np.linalg.norm(embeddings, axis=1, keepdims=True), 1e-12)
    b = centroids / np.maximum(np.linalg.norm(centroids, axis=1, keepdims=True), 1e-12)
    out: list[float | None] = []
    for i, topic in enumerate(topics):
        row = rows.get(topic)
        out.append(round(float(a[i] @ b[row]), 4) if topic >= 0 and row is not None else None)
    return out
