"""Which topic of a refit continues which topic of the version before (analysis.topic_identity)."""

from __future__ import annotations

from analysis.topic_identity import MIN_CONTINUITY, NewTopic, OldTopic, match, word_overlap


def ids(start: int, count: int) -> frozenset[int]:
    return frozenset(range(start, start + count))


def old(topic_id: int, members: frozenset[int], words: str = "", children: tuple[int, ...] = ()) -> OldTopic:
    return OldTopic(id=topic_id, members=members, keywords=words.split(), merged_children=children)


def new(index: int, members: frozenset[int], words: str = "") -> NewTopic:
    return NewTopic(index=index, members=members, keywords=words.split())


def test_the_same_topics_with_more_comments_keep_their_ids() -> None:
    before = [old(10, ids(0, 100)), old(11, ids(100, 50))]
    after = [new(0, ids(100, 50) | ids(1000, 6)), new(1, ids(0, 100) | ids(1006, 10))]
    lineage = match(before, after, ids(0, 150) | ids(1000, 16))
    assert lineage.continues == {0: 11, 1: 10}
    assert lineage.retired() == [] and lineage.remerged == {}


def test_a_split_keeps_the_id_on_the_successor_holding_most_of_the_old_members() -> None:
    before = [old(10, ids(0, 100))]
    after = [new(0, ids(0, 40)), new(1, ids(40, 60))]
    lineage = match(before, after, ids(0, 100))
    assert lineage.continues == {1: 10}
    assert 0 not in lineage.continues and lineage.retired() == []


def test_a_merge_keeps_the_id_of_the_larger_and_retires_the_other_with_its_successor() -> None:
    before = [old(10, ids(0, 40)), old(11, ids(40, 100))]
    after = [new(0, ids(0, 140))]
    lineage = match(before, after, ids(0, 140))
    assert lineage.continues == {0: 11}
    assert lineage.successors == {10: [(0, 1.0)]}


def test_a_topic_scattered_thinly_is_retired_with_where_its_comments_went() -> None:
    before = [old(10, ids(0, 100))]
    after = [new(i, ids(i * 25, 25) | ids(1000 + i * 100, 100)) for i in range(4)]
    lineage = match(before, after, ids(0, 100) | ids(1000, 400))
    assert MIN_CONTINUITY > 25 / 100
    assert lineage.continues == {}
    assert lineage.successors == {10: [(0, 0.25), (1, 0.25), (2, 0.25), (3, 0.25)]}


def test_successors_leave_out_trickles_but_name_at_least_the_largest() -> None:
    before = [old(10, ids(0, 100)), old(11, ids(100, 100))]
    after = [new(0, ids(0, 30) | ids(100, 100)), new(1, ids(30, 25) | ids(500, 80)),
             new(2, ids(55, 5) | ids(600, 80))]
    lineage = match(before, after, ids(0, 200) | ids(500, 200))
    assert lineage.continues == {0: 11}
    assert lineage.successors[10] == [(0, 0.3), (1, 0.25)]  # the 5 % that went to topic 2 is left out


def test_outliers_count_against_continuity_but_are_never_successors() -> None:
    before = [old(10, ids(0, 100))]
    after = [new(0, ids(0, 30))]  # the other 70 became outliers (documents, in no topic)
    lineage = match(before, after, ids(0, 100))
    assert lineage.continues == {} and lineage.successors == {10: [(0, 0.3)]}


def test_comments_outside_the_refit_do_not_count_against_a_topic() -> None:
    before = [old(10, ids(0, 100))]
    after = [new(0, ids(60, 40))]  # a refit over a later window: only 40 of the 100 are in it
    assert match(before, after, ids(60, 40)).continues == {0: 10}


def test_without_shared_comments_topics_are_matched_by_their_words() -> None:
    before = [old(10, ids(0, 50), "配送 骑手 慢 送餐 超时"), old(11, ids(50, 50), "包装 洒 漏 盒子 破")]
    after = [new(0, ids(500, 40), "包装 盒子 漏 汤 洒"), new(1, ids(540, 40), "价格 贵 优惠 券 便宜")]
    lineage = match(before, after, ids(500, 80))
    assert lineage.continues == {0: 11}
    assert lineage.successors == {10: []}
    assert word_overlap(["a", "b", "c", "d"], ["c", "d", "e", "f"]) == 0.5


def test_a_product_managers_merge_survives_a_refit_that_splits_it_again() -> None:
    # 11 was merged into 10 by a PM: its comments (100..139) count for 10 now.
    before = [old(10, ids(0, 140), children=(11,)), old(12, ids(200, 60))]
    after = [new(0, ids(0, 100)), new(1, ids(100, 40)), new(2, ids(200, 60))]
    lineage = match(before, after, ids(0, 140) | ids(200, 60))
    assert lineage.continues == {0: 10, 2: 12}
    assert lineage.remerged == {1: 10}
    # Without a PM's merge the same split is simply a new topic.
    unmerged = [old(10, ids(0, 140)), old(12, ids(200, 60))]
    assert match(unmerged, after, ids(0, 140) | ids(200, 60)).remerged == {}
