from __future__ import annotations

import csv
from pathlib import Path

import pytest

from analysis.sentiment import SentimentModel, evaluate, get_model
from analysis.sentiment.features import negated_spans

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "analysis" / "reviews.csv"


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
    with FIXTURE.open(encoding="utf-8") as fh:
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
    # Training counts n-grams with ngram_counts, inference hashes them in bulk: same features.
    from collections import Counter

    from analysis.sentiment.features import ngram_counts, ngram_hashes, prepare

    buckets = 1 << 20
    for raw in ["不是很好，不得不说没想到不好用", "送餐很快", "", "ＡＢＣ１２３ 這個"]:
        text = prepare(raw)
        assert Counter(h % buckets for h in ngram_hashes(text, 3)) == Counter(ngram_counts(text, 3, buckets))
