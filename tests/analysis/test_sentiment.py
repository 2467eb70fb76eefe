from __future__ import annotations

import csv
import sys
import zlib
from typing import Any

import numpy as np
import pytest

from analysis.sentiment import SentimentModel, evaluate, get_model
from analysis.sentiment.features import (
    LinearParams,
    batch_counts,
    contrast_spans,
    lexicon_features,
    negated_spans,
    ngram_counts,
    ngram_hashes,
    prepare,
    tfidf_values,
)
from tests.support.paths import REVIEWS, ROOT


@pytest.fixture(scope="module")
def model() -> SentimentModel:
    return get_model()


def test_model_loads_once_from_shipped_arrays(model: SentimentModel) -> None:
    assert get_model() is model
    assert model.version


@pytest.mark.parametrize("text", ["非常好吃，送餐很快", "质量很好，物流也快，五星好评", "不错", "很满意，下次还买"])
def test_obvious_positives(model: SentimentModel, text: str) -> None:
    assert model.score(text) > 0


@pytest.mark.parametrize("text", ["太难吃了，再也不点了", "不好", "质量太差，退货", "送餐慢了两个小时，饭都凉了"])
def test_obvious_negatives(model: SentimentModel, text: str) -> None:
    assert model.score(text) < 0


def test_negation_flips(model: SentimentModel) -> None:
    assert model.score("好") > model.score("不好")
    assert model.score("不是很好用") < 0


def test_output_range_and_edge_cases(model: SentimentModel) -> None:
    texts = ["", "   ", "😀", "a" * 5000, "好" * 3000, "這個產品質量很好", "ＡＢＣ１２３"]
    scores = model.score_many(texts)
    assert len(scores) == len(texts)
    assert all(-1.0 <= s <= 1.0 for s in scores)


def test_deterministic_and_batch_independent(model: SentimentModel) -> None:
    texts = ["送餐很快，好吃", "太咸了", "书的内容一般般，纸张不错", "屏幕很清晰但是电池不耐用"]
    batch = model.score_many(texts)
    assert batch == model.score_many(texts)
    singles = [model.score(t) for t in texts]
    assert singles == pytest.approx(batch, abs=1e-5)


def test_traditional_and_simplified_agree(model: SentimentModel) -> None:
    assert model.score("這個產品質量很好") == pytest.approx(model.score("这个产品质量很好"))


def test_evaluate_on_fixture(model: SentimentModel) -> None:
    with REVIEWS.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    result = evaluate([r["review"] for r in rows], [int(r["label"]) for r in rows], model)
    assert result["n"] == len(rows)
    # Real reviews from all six domains; the model saw them in training, so this only guards
    # against a broken export, not a measure of quality.
    assert result["accuracy"] >= 0.8
    assert 0.0 <= result["f1"] <= 1.0
    assert result["per_second"] > 0


def test_evaluate_rejects_mismatched_lengths(model: SentimentModel) -> None:
    with pytest.raises(ValueError, match="labels"):
        evaluate(["好"], [1, 0], model)


def test_negation_scope() -> None:
    text = "不是很好，非常不错"
    assert [text[a:b] for a, b in negated_spans(text)] == ["很好"]


def test_inference_ngrams_match_training_ngrams() -> None:
    # Training and inference count n-grams in bulk (batch_counts over ngram_hashes); ngram_counts is
    # the readable per-text reference: same features.
    from collections import Counter

    buckets = 1 << 20
    for raw in ["不是很好，不得不说没想到不好用", "送餐很快", "", "ＡＢＣ１２３ 這個", "位置不错，但是房间不太干净。"]:
        text = prepare(raw)
        for contrast in (False, True):
            reference = ngram_counts(text, 3, buckets, contrast)
            assert Counter(h % buckets for h in ngram_hashes(text, 3, contrast)) == Counter(reference)
            bc = batch_counts([text], 3, buckets, contrast)
            assert dict(zip(bc.ids.tolist(), bc.counts.tolist(), strict=True)) == reference


def test_contrast_spans_are_the_verdict_clauses() -> None:
    cases = {
        "位置不错，但是房间很旧。早餐还行": ["房间很旧"],  # a turn: the clause after it
        "还可以，就是有点贵": ["还可以,"],  # a reservation: the clause before it
        "好吃但是量少就是贵": ["量少"],  # between the two: once, not twice
        "不但便宜而且好吃，但愿一直这样": [],  # 不但 (not only), 但愿 (hope): no contrast
        "好吃，可是": [],
    }
    for raw, spans in cases.items():
        text = prepare(raw)
        assert [text[a:b] for a, b in contrast_spans(text)] == spans, raw


def test_contrast_counts_the_clause_after_the_contrast_word_twice() -> None:
    buckets = 1 << 20
    text = prepare("位置很好，但是房间很旧")
    plain, marked = ngram_counts(text, 3, buckets), ngram_counts(text, 3, buckets, contrast=True)
    old, good = zlib.crc32("很旧".encode()) % buckets, zlib.crc32("很好".encode()) % buckets
    assert (plain[old], marked[old]) == (1, 2)
    assert plain[good] == marked[good] == 1


def _params(norm_power: float = 1.0) -> LinearParams:
    buckets = 1 << 12
    return LinearParams(max_n=3, buckets=buckets, idf=np.ones(buckets, dtype=np.float32), norm_power=norm_power)


def test_tfidf_rows_are_unit_length_with_norm_power_one() -> None:
    params = _params()
    texts = [prepare(t) for t in ["送餐很快，好吃", "不是很好用", "好" * 50, ""]]
    bc = batch_counts(texts, params.max_n, params.buckets)
    x = tfidf_values(bc, params)
    norms = np.sqrt(np.bincount(bc.rows, weights=x * x, minlength=bc.n))
    # Blank text still has its boundary marks ^ $ (the model scores it 0 regardless).
    assert norms == pytest.approx([1.0, 1.0, 1.0, 1.0], abs=1e-5)


def test_norm_power_below_one_keeps_more_of_a_long_review() -> None:
    params = _params(norm_power=0.5)
    texts = [prepare("好吃"), prepare("这本书的故事很长，人物很多，情节曲折，结尾出人意料，值得一读。" * 3)]
    bc = batch_counts(texts, params.max_n, params.buckets)
    half = np.sqrt(np.bincount(bc.rows, weights=tfidf_values(bc, params) ** 2))
    l2 = np.sqrt(np.bincount(bc.rows, weights=tfidf_values(bc, _params(norm_power=1.0)) ** 2))
    assert l2 == pytest.approx([1.0, 1.0], abs=1e-5)
    assert half[1] > half[0] > 0  # norm ** 0.5: grows with the review, not cancelled


def test_lexicon_features_split_positive_and_negative_evidence() -> None:
    buckets = 1 << 12
    lexicon = np.zeros(buckets, dtype=np.float32)
    lexicon[zlib.crc32("满意".encode()) % buckets] = 1.5  # n-grams are hashed with CRC-32
    lexicon[zlib.crc32("失望".encode()) % buckets] = -2.0
    texts = [prepare(t) for t in ["很满意", "很失望", "满意又失望", "一般", ""]]
    feats = lexicon_features(batch_counts(texts, 3, buckets), lexicon)
    assert feats.shape == (5, 2)
    assert feats[0, 0] > 0 and feats[0, 1] == 0
    assert feats[1, 0] == 0 and feats[1, 1] < 0
    assert feats[2, 0] > 0 and feats[2, 1] < 0
    assert feats[3].tolist() == [0.0, 0.0] and feats[4].tolist() == [0.0, 0.0]
    # Batch independence: a row's features do not depend on its neighbours.
    alone = lexicon_features(batch_counts(texts[2:3], 3, buckets), lexicon)
    assert alone[0] == pytest.approx(feats[2])


def test_shipped_model_uses_lexicon_and_norm_power(model: SentimentModel) -> None:
    p = model.linear_params
    assert p.lexicon is not None and int((p.lexicon != 0).sum()) > 100
    assert 0.0 < p.norm_power <= 1.0

    # Domain-general words that every training domain agrees on.
    def score(word: str) -> float:
        assert p.lexicon is not None
        return float(p.lexicon[zlib.crc32(word.encode()) % p.buckets])

    assert score("满意") > 0
    assert score("失望") < 0


def _trainer() -> Any:
    pytest.importorskip("torch")  # the training script imports it at module level
    import importlib.util

    path = ROOT / "scripts" / "train_sentiment.py"
    spec = importlib.util.spec_from_file_location("train_sentiment", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_length_balanced_weights_make_length_uninformative() -> None:
    ts = _trainer()
    rng = np.random.default_rng(0)
    # Domain a: complaints longer than praise (as in every training domain); b: the other way.
    long, short = rng.lognormal(4.0, 0.8, 300).astype(int), rng.lognormal(3.0, 0.8, 300).astype(int)
    lengths = np.concatenate([long, short, short[:100], long[:200]])
    labels = np.array([0] * 300 + [1] * 300 + [0] * 100 + [1] * 200)
    domains = np.array(["a"] * 600 + ["b"] * 300)
    w = ts.length_balanced_weights(labels, domains, lengths)
    assert w.mean() == pytest.approx(1.0)
    for d in ("a", "b"):
        in_d = domains == d
        # Each label of a domain carries the same total weight ...
        assert w[in_d & (labels == 0)].sum() == pytest.approx(w[in_d & (labels == 1)].sum(), rel=1e-4)
        # ... and the weighted mean length of both labels is far closer than the raw one.
        raw = [lengths[in_d & (labels == y)].mean() for y in (0, 1)]
        weighted = [np.average(lengths[in_d & (labels == y)], weights=w[in_d & (labels == y)]) for y in (0, 1)]
        assert abs(weighted[0] - weighted[1]) < 0.5 * abs(raw[0] - raw[1])


def test_lexicon_keeps_only_polarity_shared_by_all_domains() -> None:
    ts = _trainer()
    buckets = ts.NGRAM_BUCKETS

    def h(s: str) -> int:
        return int(zlib.crc32(s.encode()) % buckets)

    good, bad, local = h("满意"), h("失望"), h("新鲜")
    stats = {}
    for d in ("x", "y", "z"):
        pos, neg = np.zeros(buckets), np.zeros(buckets)
        pos[good], neg[good] = 60, 5
        pos[bad], neg[bad] = 4, 50
        # 新鲜 is praise in two domains and a complaint in the third: not domain-robust.
        pos[local], neg[local] = (50, 5) if d != "z" else (5, 50)
        stats[(d, 1)], stats[(d, 0)] = (pos, 100), (neg, 100)
    lexicon = ts.build_lexicon(stats, ["x", "y", "z"])
    assert lexicon[good] > 0 > lexicon[bad]
    assert lexicon[local] == 0
    assert np.count_nonzero(lexicon) == 2


@pytest.mark.parametrize(("complaint_decides", "praise_decides"), [
    ("位置很好，但是房间很旧", "房间很旧，但是位置很好"),  # 但是 turns: the clause after decides
    ("质量一般，就是价格不错", "价格不错，就是质量一般"),  # 就是 reserves: the clause before decides
])
def test_the_verdict_clause_of_a_contrast_decides(model: SentimentModel, complaint_decides: str,
                                                  praise_decides: str) -> None:
    # Same clauses, other order: only which clause carries the verdict tells the two apart.
    assert model.linear_params.contrast
    assert model.score(complaint_decides) < model.score(praise_decides)
    # And the contrast feature is what separates them: without it the gap is smaller.
    plain = model.with_arrays({}, contrast=False)
    assert not plain.linear_params.contrast
    gap = model.score(praise_decides) - model.score(complaint_decides)
    assert gap > plain.score(praise_decides) - plain.score(complaint_decides)
