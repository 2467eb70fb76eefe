"""The one place where the topic model's sub-models are wired (BERTopic style).

Every piece is explicit and swappable: embedder, dimensionality reduction, clustering, the
jieba ``CountVectorizer``, c-TF-IDF, the representation and the labeller (``build_labeller``:
BERTopic has no slot for it, so ``fit_topics`` takes it beside the model). Parameters come from
``TopicParams.for_corpus(n_docs)`` unless given.
"""

from __future__ import annotations

from typing import Any

from bertopic import BERTopic
from bertopic.backend import BaseEmbedder
from bertopic.vectorizers import ClassTfidfTransformer
from sklearn.feature_extraction.text import CountVectorizer

from analysis.topics.analyzer import JiebaAnalyzer, TokenizerLike
from analysis.topics.cluster import AdaptiveHDBSCAN
from analysis.topics.embedder import CorpusEmbedder
from analysis.topics.labeller import PhraseLabeller, TopicLabeller
from analysis.topics.params import TopicParams
from analysis.topics.reduce import KnnUMAP

# BERTopic's English pre-processing keeps only [A-Za-z0-9 ]: every Chinese character would be
# stripped. "multilingual" is mandatory for this product.
LANGUAGE = "multilingual"
TOP_N_WORDS = 10


def build_vectorizer(analyzer: JiebaAnalyzer, vocabulary: dict[str, int] | None = None) -> CountVectorizer:
    """c-TF-IDF vocabulary: jieba content words (stop words and punctuation already dropped)."""
    return CountVectorizer(analyzer=analyzer, vocabulary=vocabulary)


def build_topic_model(
    n_docs: int,
    tokenizer: TokenizerLike,
    embedder: BaseEmbedder | None = None,
    *,
    params: TopicParams | None = None,
    umap_model: Any = None,
    hdbscan_model: Any = None,
    vectorizer_model: CountVectorizer | None = None,
    ctfidf_model: ClassTfidfTransformer | None = None,
    representation_model: Any = None,
    seed: int = 42,
) -> BERTopic:
    """A BERTopic model for ``n_docs`` comments, every sub-model explicit.

    ``embedder`` defaults to a ``CorpusEmbedder`` over ``tokenizer`` (fitted on the corpus by
    ``fit_topics``). The representation (the topic's words, ``keywords``) is c-TF-IDF itself; pass
    e.g. ``MaximalMarginalRelevance`` to change it. Labels are the labeller's (``build_labeller``).
    """
    p = params or TopicParams.for_corpus(n_docs)
    analyzer = tokenizer if isinstance(tokenizer, JiebaAnalyzer) else JiebaAnalyzer(tokenizer)
    model = BERTopic(
        language=LANGUAGE,
        embedding_model=embedder if embedder is not None else CorpusEmbedder(analyzer),
        umap_model=umap_model
        or KnnUMAP(
            n_neighbors=p.n_neighbors,
            n_components=p.n_components,
            min_dist=0.0,
            n_epochs=p.n_epochs,
            random_state=seed,
        ),
        hdbscan_model=hdbscan_model
        or AdaptiveHDBSCAN(
            min_cluster_size=p.min_cluster_size,
            min_samples=p.min_samples,
            min_topics=p.min_topics,
            max_topics=p.max_topics,
            max_share=p.max_topic_share,
        ),
        vectorizer_model=vectorizer_model or build_vectorizer(analyzer),
        # reduce_frequent_words: words frequent in every topic ("不错", "质量") are damped so
        # labels name what sets a topic apart.
        ctfidf_model=ctfidf_model or ClassTfidfTransformer(reduce_frequent_words=True),
        representation_model=representation_model,
        top_n_words=TOP_N_WORDS,
        min_topic_size=p.min_cluster_size,
        calculate_probabilities=False,
    )
    # BERTopic drops ``language`` when an embedding model is given (it only picks a default
    # model); set it back so its text pre-processing can never take the English path.
    model.language = LANGUAGE
    return model


def build_labeller(stop_words: frozenset[str] = frozenset(), product_terms: frozenset[str] = frozenset(),
                   **options: Any) -> TopicLabeller:
    """The topic labeller: aspect + opinion phrases from the comments' own words (``PhraseLabeller``);
    ``labeller.KeywordLabeller`` gives the former two-c-TF-IDF-word labels."""
    return PhraseLabeller(stop_words=stop_words, product_terms=product_terms, **options)
