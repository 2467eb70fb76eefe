"""Save and load topic model versions (safetensors + JSON only, no pickle).

Layout of a version directory (chosen by the caller):
    bertopic/   BERTopic ``save(serialization="safetensors", save_ctfidf=True)``: topic
                embeddings, c-TF-IDF, vocabulary, topics and labels
    embedder/   our embedder's arrays + vocabulary (or a pointer to a local
                sentence-transformers directory)
    word_topics.safetensors
                the refiner's word distributions (``model.word_topics_``), over the saved
                vectorizer's vocabulary; absent for a model fitted without refinement

BERTopic saves neither a custom tokenizer nor our embedder: both are re-attached on load.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from bertopic import BERTopic
from safetensors.numpy import load_file, save_file
from sklearn.feature_extraction.text import CountVectorizer

from analysis.topics._quiet import quiet_bertopic
from analysis.topics.analyzer import JiebaAnalyzer, TokenizerLike
from analysis.topics.embedder import CorpusEmbedder, LocalSentenceTransformerEmbedder, load_saved_embedder
from analysis.topics.factory import LANGUAGE, build_vectorizer
from analysis.topics.refine import WordTopics

_MODEL_DIR = "bertopic"
_EMBEDDER_DIR = "embedder"
_WORD_TOPICS = "word_topics.safetensors"


def save_topic_model(model: BERTopic, path: str | Path) -> Path:
    root = Path(path)
    root.mkdir(parents=True, exist_ok=True)
    embedder = model.embedding_model
    if not isinstance(embedder, (CorpusEmbedder, LocalSentenceTransformerEmbedder)):
        raise TypeError(f"cannot save embedder {type(embedder).__name__}")
    # BERTopic warns that no embedding model is saved: we save ours next to it, on purpose.
    with quiet_bertopic():
        model.save(
            root / _MODEL_DIR,
            serialization="safetensors",
            save_ctfidf=True,
            save_embedding_model=False,
        )
    embedder.save(root / _EMBEDDER_DIR)
    words: WordTopics | None = getattr(model, "word_topics_", None)
    if words is not None:
        save_file(
            {
                "columns": np.ascontiguousarray(words.columns),
                "log_prob": np.ascontiguousarray(words.log_prob),
                "log_prior": np.ascontiguousarray(words.log_prior),
                "topic_ids": np.ascontiguousarray(words.topic_ids),
            },
            str(root / _WORD_TOPICS),
        )
    return root


def load_topic_model(path: str | Path, tokenizer: TokenizerLike) -> BERTopic:
    """Load a saved version, re-attaching the jieba vectorizer and the embedder."""
    root = Path(path)
    analyzer = JiebaAnalyzer(tokenizer)
    embedder = load_saved_embedder(root / _EMBEDDER_DIR, analyzer)
    model = BERTopic.load(str(root / _MODEL_DIR), embedding_model=embedder)
    # The saved vectorizer config lost its callable analyzer (BERTopic drops it): rebuild it
    # with the same vocabulary, so c-TF-IDF of new text uses the same jieba tokens.
    saved: CountVectorizer = model.vectorizer_model
    vocab = {str(k): int(v) for k, v in saved.vocabulary_.items()}
    model.vectorizer_model = build_vectorizer(analyzer, vocabulary=vocab)
    model.vectorizer_model.vocabulary_ = vocab
    model.language = LANGUAGE
    words = root / _WORD_TOPICS
    if words.exists():
        arrays = load_file(str(words))
        model.word_topics_ = WordTopics(
            columns=arrays["columns"].astype(np.int64),
            log_prob=arrays["log_prob"],
            log_prior=arrays["log_prior"],
            topic_ids=arrays["topic_ids"].astype(np.int64),
        )
    else:  # saved before the refinement existed: assigned by topic embeddings, as when it was fitted
        model.word_topics_ = None
    return model
