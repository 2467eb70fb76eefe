"""Topic models of Chinese comments: BERTopic with explicit, swappable sub-models.

``fit_topics`` fits the production pipeline, ``assign_topics``/``model.transform`` place new
comments, ``save_topic_model``/``load_topic_model`` keep versions (safetensors, no pickle).
"""

from __future__ import annotations

import warnings

with warnings.catch_warnings():
    # umap (imported by bertopic) warns at import that TensorFlow, needed only for
    # ParametricUMAP, is missing; we never use it, and a warning must not fail strict runs.
    warnings.filterwarnings("ignore", message=".*Tensorflow not installed.*")
    import umap  # noqa: F401

from analysis.topics.embedder import CorpusEmbedder, load_embedder
from analysis.topics.factory import LANGUAGE, build_labeller, build_topic_model
from analysis.topics.labeller import KeywordLabeller, LabelTerm, PhraseLabeller, TopicLabel, TopicLabeller
from analysis.topics.labels import topic_label
from analysis.topics.params import TopicParams
from analysis.topics.persist import load_topic_model, save_topic_model
from analysis.topics.pipeline import TopicFit, assign_topics, fit_topics

__all__ = [
    "LANGUAGE",
    "CorpusEmbedder",
    "KeywordLabeller",
    "LabelTerm",
    "PhraseLabeller",
    "TopicFit",
    "TopicLabel",
    "TopicLabeller",
    "TopicParams",
    "assign_topics",
    "build_labeller",
    "build_topic_model",
    "fit_topics",
    "load_embedder",
    "load_topic_model",
    "save_topic_model",
    "topic_label",
]
