"""Fit topics on a corpus of comments and assign new comments to them.

The flow (each step a swappable sub-model wired by ``build_topic_model``):

1. tokenise the corpus once (jieba is the slow step) and fit the embedder on it;
2. BERTopic (UMAP → adaptive HDBSCAN → c-TF-IDF) on a random sample of at most
   ``params.sample_size`` comments: UMAP dominates the cost, and a few thousand comments show
   every topic large enough to matter;
3. every other comment, and the sample's outliers, join the nearest topic (BERTopic
   ``reduce_outliers``, "embeddings" strategy) when their cosine similarity reaches
   ``params.outlier_threshold``; the rest stay unassigned (-1);
4. the assignment is refined by the comments' words (``refine.TopicRefiner``: each topic a word
   distribution, every comment moved to the topic whose words explain it best, until it
   settles; on a small corpus without the praise and filler words, ``phrases.NOT_ASPECTS``); an
   unassigned comment with known words joins a topic here;
4b. up to 5,000 comments, topics about the same subject (their aspect words' c-TF-IDF vectors far
   more alike than this corpus' topics usually are, and joining them loses little of what the
   topics say about words) are merged and their word distributions refitted (``merge.merge_alike``);
4c. up to 5,000 comments, a comment that uses the distinctive words of one other topic and none of
   its own moves there (``distinctive.follow_distinctive``);
5. c-TF-IDF, sizes and topic embeddings are recomputed on the whole corpus;
6. the labeller (``factory.build_labeller``, swappable) names each topic from its comments' words:
   an aspect with the opinion they agree on ("配送慢"), or the aspect alone when they disagree.

A refit (``continuity``: the previous version's topics) starts step 4 from the topics people know
rather than from the clustering (``analysis.topics.anchor``): a comment stays in its previous topic
unless its words now fit another, a fresh cluster crowded with new comments becomes a new topic, and
continued topics keep their labels while they still fit (``label_continuity``). When the previous
topics hold too few of the comments (another window), the refit is a fresh fit like the first.

After the fit, the UMAP and HDBSCAN sub-models are dropped: a new comment is assigned by its words
(``model.word_topics_``, the refiner's word distributions) and, when it has no known word, by
cosine similarity to the topic embeddings (also what a model fitted without refinement, or saved
before it existed, does). A model behaves the same before and after
``save_topic_model``/``load_topic_model``.
"""

from __future__ import annotations

import hashlib
import resource
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
from bertopic import BERTopic
from bertopic.backend import BaseEmbedder
from bertopic.cluster import BaseCluster
from bertopic.dimensionality import BaseDimensionalityReduction

from analysis.topics._quiet import quiet_bertopic
from analysis.topics.analyzer import JiebaAnalyzer, TokenizerLike
from analysis.topics.anchor import anchored_start, held_topics
from analysis.topics.cluster import nearest_topics, topic_centroids
from analysis.topics.distinctive import follow_distinctive
from analysis.topics.embedder import CorpusEmbedder
from analysis.topics.factory import TOP_N_WORDS, build_labeller, build_topic_model, build_vectorizer
from analysis.topics.label_continuity import LabelContinuity
from analysis.topics.labeller import LabelInput, LabelTerm, TopicLabel, TopicLabeller
from analysis.topics.merge import merge_alike
from analysis.topics.params import DEFAULT_OUTLIER_THRESHOLD, TopicParams
from analysis.topics.phrases import not_aspect_columns
from analysis.topics.refine import TopicRefiner, WordTopics, largest_share

DEFAULT_REFINER = TopicRefiner()


@dataclass
class TopicFit:
    model: BERTopic
    topics: list[int]
    labels: dict[int, str]
    params: TopicParams
    embeddings: np.ndarray
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)
    # CPU seconds per step, this process plus the tokenizer's helper processes: on a shared
    # machine wall time says more about the neighbours than about the fit.
    cpu_timings: dict[str, float] = field(default_factory=dict)
    # Why each label reads as it does (the labeller's best candidates, the label's own first).
    label_terms: dict[int, tuple[LabelTerm, ...]] = field(default_factory=dict)
    # A refit that started from the previous version's topics (``analysis.topics.anchor``).
    anchored: bool = False

    @property
    def n_topics(self) -> int:
        return len({t for t in self.topics if t >= 0})

    @property
    def outlier_share(self) -> float:
        return float(np.mean(np.asarray(self.topics) < 0)) if self.topics else 0.0

    @property
    def largest_share(self) -> float:
        return largest_share(np.asarray(self.topics, dtype=np.int64))


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (tokenizer helpers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class _Laps:
    """Wall and CPU seconds of consecutive steps."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self._wall, self._cpu = time.perf_counter(), _cpu()

    def lap(self, step: str) -> None:
        wall, cpu = time.perf_counter(), _cpu()
        self.wall[step], self.cpu[step] = wall - self._wall, cpu - self._cpu
        self._wall, self._cpu = wall, cpu


def _clean(docs: Sequence[str]) -> list[str]:
    # BERTopic needs non-empty strings; an empty comment is a valid (if useless) document.
    return [d if isinstance(d, str) and d.strip() else "" for d in docs]


def fit_topics(
    docs: Sequence[str],
    tokenizer: TokenizerLike,
    embedder: BaseEmbedder | None = None,
    *,
    params: TopicParams | None = None,
    seed: int = 42,
    refiner: TopicRefiner | None = DEFAULT_REFINER,
    labeller: TopicLabeller | None = None,
    sentiments: Sequence[float] | None = None,
    continuity: LabelContinuity | None = None,
    anchor: bool = True,
) -> TopicFit:
    """Fit the production topic pipeline on ``docs`` (see the module docstring); ``refiner=None``
    keeps the clustering's assignment. ``sentiments`` (one per comment, in [-1, 1], e.g. the stored
    analyses') tell the labeller each topic's polarity; without them it scores its sample itself.
    ``continuity`` (the previous version's topics, a refit) starts the word refinement from them
    (``analysis.topics.anchor``; a fresh fit when they hold under half the comments) and lets a
    continued topic keep its label while it still fits (``analysis.topics.label_continuity``);
    ``anchor=False`` clusters afresh all the same (a product manager who wants the topics redrawn),
    still keeping the labels of the topics that come back."""
    started = time.perf_counter()
    laps = _Laps()
    texts = _clean(docs)
    n = len(texts)
    p = params or TopicParams.for_corpus(n)
    analyzer = JiebaAnalyzer(tokenizer)
    emb = embedder if embedder is not None else CorpusEmbedder(analyzer)
    model = build_topic_model(n, analyzer, emb, params=p, seed=seed)

    with analyzer.remembering(texts):
        laps.lap("tokenize")
        if isinstance(emb, CorpusEmbedder):
            emb.analyzer = analyzer  # share the memo
            x = emb.fit_embed(texts)
        else:
            x = np.asarray(emb.embed(texts), dtype=np.float32)
        laps.lap("embed")

        held = None if continuity is None or not anchor else held_topics(continuity.previous, continuity.ids)
        sample = stable_sample(texts, p.sample_size) if held is None else refit_sample(texts, held < 0, p.sample_size)
        model.fit([texts[i] for i in sample], embeddings=x[sample])
        laps.lap("cluster")

        topics = np.full(n, -1, dtype=np.int64)
        topics[sample] = np.asarray(model.topics_, dtype=np.int64)
        if (topics < 0).any():
            if model._outliers:
                topics = np.asarray(
                    model.reduce_outliers(
                        texts,
                        topics.tolist(),
                        strategy="embeddings",
                        embeddings=x,
                        threshold=p.outlier_threshold,
                    ),
                    dtype=np.int64,
                )
            else:  # reduce_outliers refuses a model without outliers; same rule by hand
                rest = topics < 0
                topics[rest] = nearest_topics(x[rest], model.topic_embeddings_, p.outlier_threshold)
        if held is not None:  # a refit: the known topics, new themes from the clustering
            topics = anchored_start(held, x, topics, min_size=p.min_cluster_size, threshold=p.outlier_threshold)
        laps.lap("assign")
        word_topics, word_vocabulary = None, None
        if refiner is not None and refiner.max_rounds > 0:
            words = build_vectorizer(analyzer)  # the c-TF-IDF vocabulary's words, this corpus
            counts = words.fit_transform(texts)
            not_aspects = not_aspect_columns(words.vocabulary_)
            topics, word_topics, _ = refiner.fit(
                counts,
                topics,
                max_share=p.max_topic_share,
                min_topics=p.min_topics,
                min_size=p.min_cluster_size,  # as many comments as HDBSCAN needed to find a topic
                ignore=not_aspects if p.aspect_words_only else None,
            )
            # One topic per subject (analysis.topics.merge); not in an anchored refit, where the
            # topics are ones people know and a comment moves only when its words fit another.
            if p.merge_alike and held is None:
                topics, word_topics = merge_alike(refiner, counts, topics, word_topics, p, not_aspects=not_aspects)
            if p.distinctive_words and held is None:
                topics, word_topics = follow_distinctive(refiner, counts, topics, word_topics, p,
                                                         not_aspects=not_aspects)
            word_vocabulary = words.vocabulary_
        laps.lap("refine")
        # Whole-corpus c-TF-IDF and sizes; keep our vectorizer (update_topics would otherwise
        # swap in a default English CountVectorizer).
        with quiet_bertopic():  # "custom topic assignments" warning: we recompute embeddings
            model.update_topics(
                texts,
                topics=topics.tolist(),
                top_n_words=TOP_N_WORDS,
                vectorizer_model=model.vectorizer_model,
                ctfidf_model=model.ctfidf_model,
                representation_model=model.representation_model,
            )
        laps.lap("represent")
        named = apply_labels(model, labeller or build_labeller(), LabelInput(
            texts=texts, topics=topics, tokens=analyzer, sentiments=sentiments,
            keywords={t: [w for w, _ in model.get_topic(t) or []] for t in sorted(set(topics.tolist()))}),
            continuity)
        laps.lap("label")

    # Centroids of the final assignment (update_topics would use keyword embeddings instead).
    model.topic_embeddings_ = topic_centroids(x, topics)
    model.umap_model = BaseDimensionalityReduction()
    model.hdbscan_model = BaseCluster()
    model.word_topics_ = (
        word_topics.on_vocabulary(word_vocabulary, model.vectorizer_model.vocabulary_)
        if word_topics is not None and word_vocabulary is not None
        else None
    )
    return TopicFit(
        model=model,
        topics=topics.tolist(),
        labels={t: found.label for t, found in named.items()},
        label_terms={t: found.terms for t, found in named.items()},
        params=p,
        embeddings=x,
        seconds=time.perf_counter() - started,
        timings=laps.wall,
        cpu_timings=laps.cpu,
        anchored=held is not None,
    )


def stable_sample(texts: Sequence[str], size: int) -> np.ndarray:
    """The positions of `size` of `texts` to cluster, in order, chosen by a hash of each comment's
    text rather than by its position or a random draw: a refit after more comments arrived clusters
    mostly the same comments again (each new one displaces at most one), and so does a refit with
    another seed, so topic borders move only as far as the comments themselves do."""
    if size >= len(texts):
        return np.arange(len(texts))
    keys = np.fromiter((int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")
                        for text in texts), dtype=np.uint64, count=len(texts))
    return np.sort(np.argsort(keys, kind="stable")[:size])


def refit_sample(texts: Sequence[str], unseen: np.ndarray, size: int) -> np.ndarray:
    """`stable_sample` for an anchored refit: the comments no previous topic held (``unseen``) first,
    up to half the sample, then the known ones. A new theme is found only if the clustering sees
    enough of it: 150 comments about something new among 12,000 are 60 in a plain sample of 5,000,
    under the 75 a cluster needs, and all 150 in this one."""
    if size >= len(texts):
        return np.arange(len(texts))
    new, known = np.flatnonzero(unseen), np.flatnonzero(~unseen)
    take = min(new.size, size // 2)
    picked = (new[stable_sample([texts[i] for i in new.tolist()], take)],
              known[stable_sample([texts[i] for i in known.tolist()], size - take)])
    return np.sort(np.concatenate(picked))


def apply_labels(model: BERTopic, labeller: TopicLabeller, data: LabelInput,
                 continuity: LabelContinuity | None = None) -> dict[int, TopicLabel]:
    """The labeller's labels (settled against the previous version's, given ``continuity``), also
    stored as BERTopic custom labels (saved with the model)."""
    named = labeller.label_topics(data)
    if continuity is not None:
        named = continuity.settle(data, named)
    model.set_topic_labels({t: found.label for t, found in sorted(named.items())})
    return named


def embed_docs(model: BERTopic, docs: Sequence[str]) -> np.ndarray:
    """The model's embeddings of new comments, as `assign_topics` computes them."""
    return np.asarray(model.embedding_model.embed(_clean(docs)), dtype=np.float32)


def assign_topics(model: BERTopic, docs: Sequence[str], threshold: float | None = None,
                  embeddings: np.ndarray | None = None) -> list[int]:
    """Topic of each new comment: the topic whose words explain it best (``model.word_topics_``)
    or, for a comment without a known word, the nearest topic embedding, -1 below ``threshold``
    (cosine). ``embeddings`` (from `embed_docs`) saves embedding the comments again."""
    if not docs:
        return []
    x = embed_docs(model, docs) if embeddings is None else embeddings
    topic_ids = sorted(set(model.topics_))
    has_outliers = bool(topic_ids) and topic_ids[0] == -1
    centroids = np.asarray(model.topic_embeddings_)[1 if has_outliers else 0 :]
    limit = DEFAULT_OUTLIER_THRESHOLD if threshold is None else threshold
    nearest = nearest_topics(x, centroids, limit)
    word_topics: WordTopics | None = getattr(model, "word_topics_", None)
    if word_topics is None:
        return [int(t) for t in nearest]
    by_words = word_topics.predict(model.vectorizer_model.transform(_clean(docs)))
    return [int(t) for t in np.where(by_words >= 0, by_words, nearest)]


@contextmanager
def tokens_shared(model: BERTopic, docs: Sequence[str]) -> Iterator[None]:
    """Tokenise ``docs`` once for the embedder and the word vectorizer of ``model`` (this thread)."""
    analyzer = getattr(model.vectorizer_model, "analyzer", None)
    if isinstance(analyzer, JiebaAnalyzer):
        with analyzer.remembering(_clean(docs)):
            yield
    else:
        yield
