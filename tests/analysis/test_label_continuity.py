"""A refit keeps a continued topic's label while it still fits, clusters the same sample of comments,
and `voc eval stability`."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np

from analysis.text.tokenize import get_tokenizer
from analysis.topic_identity import OldTopic
from analysis.topics.label_continuity import LabelContinuity
from analysis.topics.labeller import LabelInput, TopicLabel
from analysis.topics.stability import compare, previous_topics
from tests.support.corpus import topics_small
from tests.support.paths import TOPICS_SMALL

# Comments as their content words ("配送 慢" → ["配送", "慢"]); ids 100.. in fit order.
TEXTS = ["配送 慢", "配送 慢", "配送 时间", "送到 时间", "送到 配送",  # new topic 0
         "电池 短", "电池 续航", "电池", "续航 短", "电池 发热",  # new topic 1
         "包装 破", "盒子", "饭 凉", "饭", "汤"]  # new topic 2
TOPICS = np.asarray([0] * 5 + [1] * 5 + [2] * 5)
IDS = list(range(100, 115))


def _input() -> LabelInput:
    return LabelInput(texts=TEXTS, topics=TOPICS, tokens=str.split, keywords={0: ["配送"], 1: ["电池"], 2: ["饭"]})


def _previous(labels: dict[int, str]) -> LabelContinuity:
    # The previous version held the same comments in the same three groups, as topics 7, 8 and 9.
    old = [OldTopic(id=7 + t, members=frozenset(IDS[5 * t:5 * t + 5]), keywords=[]) for t in range(3)]
    return LabelContinuity(old, labels, IDS)


def test_a_continued_topic_keeps_its_label_while_it_still_fits() -> None:
    proposed = {0: TopicLabel("送到 · 时间"), 1: TopicLabel("电池 · 续航"), 2: TopicLabel("饭")}
    settled = _previous({7: "配送 · 慢", 8: "电池", 9: "饭"}).settle(_input(), proposed)
    # 配送 · 慢's words are in 4 of topic 0's 5 comments, the proposal's in 3: kept, with its words'
    # figures first. 电池 is in 4 of 5 against 5 of 5 (at least half): kept too.
    assert settled[0].label == "配送 · 慢" and settled[1].label == "电池" and settled[2].label == "饭"
    assert [(t.term, t.in_label) for t in settled[0].terms][:2] == [("配送", True), ("慢", True)]


def test_a_label_that_no_longer_fits_is_replaced() -> None:
    proposed = {0: TopicLabel("配送 · 时间"), 1: TopicLabel("电池 · 续航"), 2: TopicLabel("饭 · 汤")}
    # 发热 is in 1 of topic 1's 5 comments (proposal: 5 of 5); 盒子 is in topic 2 only once and its
    # lift is fine, but 1 of 5 is under half of 饭 · 汤's 3 of 5.
    settled = _previous({7: "配送", 8: "发热", 9: "盒子"}).settle(_input(), proposed)
    assert settled[1].label == "电池 · 续航" and settled[2].label == "饭 · 汤"
    assert settled[0].label == "配送"  # 配送 in 4 of 5 against 5 of 5 for 配送 · 时间: kept


def test_a_kept_label_never_duplicates_another_topics_label() -> None:
    # Topic 2's comments are new (the previous version had only topics 7 and 8), and the labeller
    # calls it 配送: topic 0 cannot take back its old name 配送 although it still fits.
    old = [OldTopic(id=7 + t, members=frozenset(IDS[5 * t:5 * t + 5]), keywords=[]) for t in range(2)]
    proposed = {0: TopicLabel("送到 · 时间"), 1: TopicLabel("电池"), 2: TopicLabel("配送")}
    settled = LabelContinuity(old, {7: "配送", 8: "电池"}, IDS).settle(_input(), proposed)
    assert settled == proposed


def test_the_same_fit_compared_with_itself_keeps_everything() -> None:
    from analysis.topics import fit_topics

    texts = list(topics_small()[0])
    fit = fit_topics(texts, get_tokenizer())
    ids = list(range(len(texts)))
    same = compare(fit, ids, fit, ids)
    assert same.kept == same.kept_id == 1.0 and not same.relabelled
    assert sum(len(t.members) for t in previous_topics(fit, ids)) == sum(1 for t in fit.topics if t >= 0)


def test_voc_eval_stability_prints_its_figure_last() -> None:
    done = subprocess.run([sys.executable, "-m", "api.cli", "eval", "stability", "--csv", str(TOPICS_SMALL)],
                          capture_output=True, text=True, timeout=300, check=True)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert 0.0 <= figures["stability"] <= 1.0
    assert figures["stability"] == min(figures["reseed_kept"], figures["grow_kept"])
    assert figures["grown_comments"] == 300 and figures["comments"] == round(300 / 1.1)


def test_the_services_refit_keeps_a_label_that_still_fits() -> None:
    from analysis.topic_versions import KnownTopics
    from analysis.topics.labels import SEPARATOR
    from analysis.topics_store import fit_model

    texts = list(topics_small()[0])
    ids = list(range(1000, 1000 + len(texts)))
    first = fit_model(texts)
    members: dict[int, set[int]] = {}
    for comment_id, (topic, _) in zip(ids, first.assignments, strict=True):
        members.setdefault(topic, set()).add(comment_id)
    old = [OldTopic(id=t.index, members=frozenset(members[t.index]), keywords=[w for w, _ in t.keywords])
           for t in first.topics]
    # People know one topic by its words in the other order: as good a label as the proposal.
    pair = next(t for t in first.topics if SEPARATOR in t.label)
    known = {t.index: t.label for t in first.topics} | {pair.index: SEPARATOR.join(reversed(pair.label.split(SEPARATOR)))}
    again = fit_model(texts, previous=KnownTopics(old, known, ids))
    assert {t.index: t.label for t in again.topics} == known
    without = fit_model(texts)
    assert {t.index: t.label for t in without.topics} == {t.index: t.label for t in first.topics}


def test_the_clustering_sample_is_chosen_by_content_so_more_comments_keep_it() -> None:
    from analysis.topics.pipeline import stable_sample

    texts = [f"评论{i}" for i in range(1000)]
    first = set(stable_sample(texts, 300).tolist())
    grown = texts + [f"新评论{i}" for i in range(100)]
    again = stable_sample(grown, 300).tolist()
    kept = {i for i in again if i < 1000}
    # A new comment can only displace one that was sampled: nothing else moves in or out.
    assert len(again) == 300 and kept <= first and len(first - kept) == 300 - len(kept)
    shuffled = list(reversed(texts))
    assert {shuffled[i] for i in stable_sample(shuffled, 300)} == {texts[i] for i in first}
    assert stable_sample(texts[:200], 300).tolist() == list(range(200))
