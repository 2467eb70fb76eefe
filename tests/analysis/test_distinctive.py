from __future__ import annotations

import numpy as np
import scipy.sparse as sp  # type: ignore[import-untyped]
from sklearn.feature_extraction.text import CountVectorizer

from analysis.topics.distinctive import distinctive_topics, follow_distinctive, follow_distinctive_words
from analysis.topics.params import TopicParams
from analysis.topics.phrases import not_aspect_columns
from analysis.topics.refine import TopicRefiner

# A shop's fruit (0), delivery (1) and shampoo (3) topics and a small one (2); the last comments,
# in the delivery topic, are the ones the rule is about.
FRUIT = ["苹果 新鲜 京东 快"] * 12 + ["苹果 脆 喜欢 快"] * 12
DELIVERY = ["快递 物流 快"] * 20 + ["物流 快 京东"] * 4
SHAMPOO = ["头发 柔顺"] * 20
SMALL = ["发票 京东"] * 3
ABOUT = {
    "苹果 快 京东": 0,  # fruit, praised with the delivery's common words: moves to the fruit topic
    "苹果 快递 快": 1,  # also says 快递, a word of its own topic: stays
    "喜欢 快 京东": 1,  # 喜欢 is in the fruit topic's comments but names no aspect: stays
    "苹果 头发 快": 1,  # words of two other topics: stays
}


def _fit() -> tuple[CountVectorizer, sp.csr_matrix, np.ndarray]:
    texts = FRUIT + DELIVERY + SMALL + SHAMPOO + list(ABOUT)
    topics = np.array([0] * len(FRUIT) + [1] * len(DELIVERY) + [2] * len(SMALL) + [3] * len(SHAMPOO)
                      + [1] * len(ABOUT))
    vectorizer = CountVectorizer(analyzer=str.split)
    return vectorizer, vectorizer.fit_transform(texts), topics


def test_a_comment_moves_to_the_topic_whose_distinctive_words_it_uses_when_it_uses_none_of_its_own() -> None:
    vectorizer, counts, topics = _fit()
    ignore = not_aspect_columns(vectorizer.vocabulary_)
    owner = distinctive_topics(counts, topics, ignore)
    words = {w: int(owner[i]) for w, i in vectorizer.vocabulary_.items()}
    # In 20 comments at least, 70 % of them in one topic: 京东 is in three topics, 快 in two, 发票 in four
    # comments, 喜欢 names no aspect.
    assert words["苹果"] == 0 and words["快递"] == 1 and words["物流"] == 1 and words["头发"] == 3
    assert words["京东"] == words["快"] == words["喜欢"] == words["发票"] == -1
    moved = follow_distinctive_words(counts, topics, ignore)
    assert moved[-len(ABOUT):].tolist() == list(ABOUT.values())
    assert (moved[: -len(ABOUT)] == topics[: -len(ABOUT)]).all()


def test_unassigned_comments_and_the_last_comment_of_a_topic_stay() -> None:
    vectorizer, counts, topics = _fit()
    ignore = not_aspect_columns(vectorizer.vocabulary_)
    lone = counts.shape[0] - 4  # "苹果 快 京东", alone in a topic of its own
    topics = np.where(np.arange(topics.size) == lone, 4, topics)
    topics[-1] = -1
    moved = follow_distinctive_words(counts, topics, ignore)
    assert moved[lone] == 4 and moved[-1] == -1


def test_the_word_model_is_refitted_when_a_comment_moved() -> None:
    vectorizer, counts, topics = _fit()
    not_aspects = not_aspect_columns(vectorizer.vocabulary_)
    params = TopicParams.for_corpus(counts.shape[0])
    refiner = TopicRefiner()
    before = refiner.word_model(counts, topics, not_aspects)
    moved, words = follow_distinctive(refiner, counts, topics, before, params, not_aspects=not_aspects)
    assert words is not None and words is not before and moved[-4] == 0
    unchanged, same = follow_distinctive(refiner, counts, moved, words, params, not_aspects=not_aspects)
    assert same is words and (unchanged == moved).all()
