from __future__ import annotations

import numpy as np
import scipy.sparse as sp  # type: ignore[import-untyped]

from analysis.topics.refine import TopicRefiner


def _counts(rows: list[list[int]]) -> sp.csr_matrix:
    return sp.csr_matrix(np.asarray(rows, dtype=np.float32))


# Words 0-1 belong to topic 0, words 2-3 to topic 1; word 4 occurs once (left out).
DOCS = [[2, 1, 0, 0, 0], [1, 2, 0, 0, 0], [2, 2, 0, 0, 0], [1, 1, 0, 0, 0],
        [0, 0, 2, 1, 0], [0, 0, 1, 2, 0], [0, 0, 2, 2, 0], [0, 0, 1, 1, 1],
        [0, 0, 0, 0, 0]]


def test_a_comment_moves_to_the_topic_whose_words_it_uses() -> None:
    # Row 3 sits in topic 1 and row 7 is unassigned; row 8 has no words and keeps its -1.
    start = np.array([0, 0, 0, 1, 1, 1, 1, -1, -1])
    topics, words, rounds = TopicRefiner().fit(_counts(DOCS), start, max_share=0.6)
    assert topics.tolist() == [0, 0, 0, 0, 1, 1, 1, 1, -1]
    assert rounds >= 1 and words is not None
    assert words.columns.tolist() == [0, 1, 2, 3]
    new = _counts([[0, 3, 0, 0, 0], [0, 0, 0, 1, 0], [0, 0, 0, 0, 5]])
    assert words.predict(new).tolist() == [0, 1, -1]


def test_a_round_that_would_grow_a_topic_past_the_share_bound_is_not_taken() -> None:
    start = np.array([0, 0, 0, 1, 1, 1, -1, -1, -1])  # each topic 3/9; refined, both would hold 4/9
    topics, words, rounds = TopicRefiner().fit(_counts(DOCS), start, max_share=0.4)
    assert rounds == 0 and words is None
    assert topics.tolist() == start.tolist()


def test_a_start_with_fewer_topics_than_min_topics_is_refined_all_the_same() -> None:
    # A refit of a version a product manager merged down to two topics, where min_topics is 8.
    start = np.array([0, 0, 0, 1, 1, 1, 1, -1, -1])
    topics, words, rounds = TopicRefiner().fit(_counts(DOCS), start, max_share=0.6, min_topics=8)
    assert topics.tolist() == [0, 0, 0, 0, 1, 1, 1, 1, -1]
    assert rounds >= 1 and words is not None


def test_words_are_reindexed_on_the_saved_vocabulary() -> None:
    start = np.array([0, 0, 0, 0, 1, 1, 1, 1, -1])
    _, words, _ = TopicRefiner().fit(_counts(DOCS), start, max_share=0.6)
    assert words is not None
    fitted_on = {"屏幕": 0, "电池": 1, "头发": 2, "洗发水": 3, "一次": 4}
    moved = words.on_vocabulary(fitted_on, {"洗发水": 0, "屏幕": 1, "头发": 2})
    assert moved.columns.tolist() == [1, 2, 0]  # 电池 is not in the new vocabulary
    assert moved.log_prob.flags["C_CONTIGUOUS"]
    assert moved.predict(_counts([[0, 4, 0], [3, 0, 1]])).tolist() == [0, 1]


def test_a_topic_left_smaller_than_min_size_is_dissolved() -> None:
    # Row 8 (no words) is topic 2's only comment: EM leaves it there; dissolving unassigns it.
    start = np.array([0, 0, 0, 0, 1, 1, 1, 1, 2])
    topics, words, _ = TopicRefiner().fit(_counts(DOCS), start, max_share=0.6, min_size=2)
    assert topics.tolist() == [0, 0, 0, 0, 1, 1, 1, 1, -1]
    assert words is not None and words.topic_ids.tolist() == [0, 1]
    kept, _, _ = TopicRefiner().fit(_counts(DOCS), start, max_share=0.6, min_size=2, min_topics=3)
    assert kept.tolist() == start.tolist()  # dissolving would leave fewer than min_topics


def test_the_size_prior_weight_decides_where_an_ambiguous_comment_goes() -> None:
    # Four comments on words 0-1, two on words 2-3, and one using all four words once.
    docs = [[1, 1, 0, 0]] * 4 + [[0, 0, 1, 1]] * 2 + [[1, 1, 1, 1]]
    start = np.array([0, 0, 0, 0, 1, 1, -1])
    naive, _, _ = TopicRefiner(prior_weight=1.0).fit(_counts(docs), start, max_share=0.9)
    balanced, _, _ = TopicRefiner(prior_weight=-1.0).fit(_counts(docs), start, max_share=0.9)
    assert naive[-1] == 0  # naive Bayes' prior: the bigger topic
    assert balanced[-1] == 1  # inverse-size prior: the smaller one, whose words fit as well


# Columns: 书 作者 (books), 苹果 甜 (fruit), then praise and fillers that any product gets: 喜欢 朋友,
# 不错 满意. Each comment names its product once and praises it twice.
PRAISED = {"book_liked": [1, 1, 0, 0, 2, 2, 0, 0], "book_fine": [1, 1, 0, 0, 0, 0, 2, 2],
           "apple_liked": [0, 0, 1, 1, 2, 2, 0, 0], "apple_fine": [0, 0, 1, 1, 0, 0, 2, 2]}
NOT_ASPECT_COLUMNS = np.array([4, 5, 6, 7])


def _praised() -> tuple[sp.csr_matrix, np.ndarray, np.ndarray]:
    kinds = ["book_liked"] * 3 + ["apple_liked"] * 2 + ["apple_fine"] * 3 + ["book_fine"] * 2
    product = np.array([0 if k.startswith("book") else 1 for k in kinds])
    start = np.array([0] * 5 + [1] * 5)  # clustered by the praise: each topic mixes both products
    return _counts([PRAISED[k] for k in kinds]), start, product


def test_praise_words_hold_topics_that_mix_products_together() -> None:
    counts, start, _ = _praised()
    topics, _, _ = TopicRefiner().fit(counts, start, max_share=1.0)
    assert topics.tolist() == start.tolist()  # the praise words outweigh the product's


def test_words_that_name_no_aspect_are_left_out_and_topics_follow_the_product() -> None:
    counts, start, product = _praised()
    topics, words, _ = TopicRefiner().fit(counts, start, max_share=1.0, ignore=NOT_ASPECT_COLUMNS)
    assert topics.tolist() == product.tolist()
    assert words is not None and not set(words.columns.tolist()) & set(NOT_ASPECT_COLUMNS.tolist())
    # A new comment of praise only has no known word: the caller falls back to its embedding.
    assert words.predict(_counts([[0, 0, 0, 0, 1, 1, 1, 1]])).tolist() == [-1]
