from __future__ import annotations

import numpy as np
import scipy.sparse as sp  # type: ignore[import-untyped]
from sklearn.feature_extraction.text import CountVectorizer

from analysis.topics.merge import merge_alike, merge_threshold, merge_topics
from analysis.topics.params import TopicParams
from analysis.topics.phrases import not_aspect_columns
from analysis.topics.refine import TopicRefiner

# A take-away shop's topics, three comments each, all of them mentioning 外卖 now and then. Two are
# about late delivery in different words (送到 慢 电话 / 送到 慢 时间); the others are one subject
# each; 米饭 and 饺子 share only the praise word 不错, which names no aspect.
WORDS = ["送到", "慢", "电话", "时间", "小哥", "辛苦", "包装", "漏", "价格", "贵", "米饭", "硬", "饺子",
         "馅", "发票", "不错", "外卖"]
COLUMN = {w: i for i, w in enumerate(WORDS)}
TOPICS = {
    0: [["送到", "慢", "电话", "外卖"], ["送到", "慢"], ["电话", "慢", "送到"]],
    1: [["送到", "慢", "时间", "外卖"], ["时间", "慢"], ["送到", "时间", "慢"]],
    2: [["小哥", "辛苦", "外卖"], ["小哥", "辛苦", "外卖"], ["辛苦", "小哥"]],
    3: [["包装", "漏", "外卖"], ["包装", "外卖"], ["漏", "外卖"]],
    4: [["价格", "贵", "外卖"], ["贵", "价格"], ["价格", "贵"]],
    5: [["米饭", "硬", "不错", "外卖"], ["米饭", "不错", "外卖"], ["硬", "米饭", "不错"]],
    6: [["饺子", "馅", "不错", "外卖"], ["饺子", "不错"], ["馅", "饺子", "不错"]],
    7: [["发票", "外卖"], ["发票", "外卖"], ["发票", "外卖"]],
}
NOT_ASPECTS = np.array([COLUMN["不错"]])
# Two big topics about different products that share their commonest words, as phones and tablets
# did on the development reviews (both say 手机 and 屏幕).
PRODUCTS = {
    8: [["手机", "屏幕", a, b] for a, b in [("铃声", "短信"), ("短信", "按键"), ("按键", "铃声")] * 4],
    9: [["手机", "屏幕", a, b] for a, b in [("平板", "电影"), ("电影", "游戏"), ("游戏", "平板")] * 4],
}


def _corpus(topics_words: dict[int, list[list[str]]] = TOPICS) -> tuple[sp.csr_matrix, np.ndarray]:
    column = {w: i for i, w in enumerate(WORDS)}
    for comments in topics_words.values():
        for words in comments:
            for word in words:
                column.setdefault(word, len(column))
    rows, topics = [], []
    for topic, comments in topics_words.items():
        for words in comments:
            row = np.zeros(len(column), dtype=np.float32)
            for word in words:
                row[column[word]] += 1
            rows.append(row)
            topics.append(topic)
    return sp.csr_matrix(np.stack(rows)), np.array(topics, dtype=np.int64)


def test_two_topics_about_one_subject_are_merged_and_different_subjects_are_not() -> None:
    counts, topics = _corpus()
    merged = merge_topics(counts, topics, ignore=NOT_ASPECTS, min_topics=2, max_share=0.5)
    assert merged[topics == 0].tolist() == merged[topics == 1].tolist()  # late delivery: one topic
    # Every other topic keeps its comments to itself (米饭 and 饺子 share only praise).
    others = [set(merged[topics == t].tolist()) for t in range(1, 8)]
    assert all(len(ids) == 1 for ids in others)
    assert len(set().union(*others)) == 7
    assert sorted(set(merged.tolist())) == list(range(7))


def test_praise_shared_by_two_products_would_merge_them_if_it_counted() -> None:
    counts, topics = _corpus()
    with_praise = merge_topics(counts, topics, ignore=None, min_topics=2, max_share=0.5)
    assert with_praise[topics == 5][0] == with_praise[topics == 6][0]


def test_bounds_hold_and_a_corpus_without_alike_topics_is_left_as_it_is() -> None:
    counts, topics = _corpus()
    assert merge_topics(counts, topics, ignore=NOT_ASPECTS, min_topics=8) is topics  # min_topics
    # The merged topic would hold 6 of 24 comments: more than a 20 % share allows.
    assert merge_topics(counts, topics, ignore=NOT_ASPECTS, max_share=0.2) is topics
    distinct = topics[topics != 1]
    assert merge_topics(counts[topics != 1], np.where(distinct > 1, distinct - 1, distinct),
                        ignore=NOT_ASPECTS).max() == 6


def test_big_topics_about_different_products_are_not_joined_for_their_common_words() -> None:
    counts, topics = _corpus(TOPICS | PRODUCTS)
    # Their cosine clears the fence (手机 and 屏幕 are most of their words) ...
    fence_only = merge_topics(counts, topics, ignore=NOT_ASPECTS, max_share=0.6, max_loss=None)
    assert set(fence_only[topics == 8].tolist()) == set(fence_only[topics == 9].tolist())
    # ... but joining 24 comments that differ in every other word loses more of what the topics
    # say about words than an average topic holds; late delivery is still one topic.
    merged = merge_topics(counts, topics, ignore=NOT_ASPECTS, max_share=0.6)
    assert len(set(merged[topics == 8].tolist()) | set(merged[topics == 9].tolist())) == 2
    assert merged[topics == 0].tolist() == merged[topics == 1].tolist()


def test_the_fence_is_an_outlier_among_the_corpus_own_similarities() -> None:
    similarity = np.full((5, 5), 0.1)
    similarity[0, 1] = similarity[1, 0] = 0.9
    assert 0.1 <= merge_threshold(similarity) < 0.9
    assert merge_threshold(np.eye(2)) == float("inf")  # one pair: nothing to compare it with


def test_the_word_model_is_refitted_on_the_merged_topics() -> None:
    texts = [" ".join(words) for comments in TOPICS.values() for words in comments]
    topics = np.array([t for t, comments in TOPICS.items() for _ in comments], dtype=np.int64)
    vectorizer = CountVectorizer(analyzer=str.split)
    params = TopicParams.for_corpus(len(texts))
    counts = vectorizer.fit_transform(texts)
    merged, words = merge_alike(TopicRefiner(), counts, topics, None, params,
                                not_aspects=not_aspect_columns(vectorizer.vocabulary_))
    assert merged[0] == merged[3] and len(set(merged.tolist())) == 7
    assert words is not None and words.topic_ids.tolist() == list(range(7))
    late = vectorizer.transform(["慢 时间"])
    assert words.predict(late).tolist() == [merged[0]]
