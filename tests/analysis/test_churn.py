"""The churn-intent detector: what counts as stated intent, what is only a threat, what is not intent at all,
and its figures on the shipped held-out labels."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.churn import ChurnSignal, churn_intent, detect, explain
from analysis.churn_evaluate import evaluate, read_labelled
from analysis.text.normalize import normalize

STATED = [
    "不续费了", "明年不打算续费了", "准备换别家", "已经卸载", "已经退订", "再也不买了", "申请退款",
    "这是最后一次在这家买了", "以后再也不会在京东买水果了", "差评，不会再订了！", "已经转投钉钉了",
    "我把APP删了", "强烈要求退款", "只能取消订单了",
    "怎么退款？",  # a question about the way out asks for it: a support request to leave counts
    "虽然客服态度很好，但是再也不买了",  # the contrast keeps the intent that follows it
    "不能退款吗？",  # could not get one: the author wanted it
    "ＡＰＰ太卡了，已經卸載",  # full-width and Traditional: read after normalisation
]
CONDITIONAL = [
    "要是再这样就退订", "如果还这么慢，我们就不续费了", "再这样下去就换别家", "万一坏了就退货",
    "希望改进，否则我们不会再光顾",
]
NONE = [
    "不会退订", "我们不想退款，换个新的就行", "没有退款", "配送太慢", "差评", "已经投诉到消协",
    "会不会再买？", "想退货，但是算了还是留着", "本想退货", "大家千万别买", "请大家不要再买了",
    "客服让我退货", "卸载重装就好了", "被拉黑了", "续费了，很满意", "下次还来", "希望不是最后一次",
    "退换货很方便", "再也不相信什么活动了", "配送能再准时点么", "", "好吃",
]


@pytest.mark.parametrize("text", STATED)
def test_stated_intent(text: str) -> None:
    assert detect(normalize(text)) is ChurnSignal.STATED, explain(normalize(text))
    assert churn_intent(normalize(text))


@pytest.mark.parametrize("text", CONDITIONAL)
def test_a_conditional_threat_is_a_warning_not_intent(text: str) -> None:
    assert detect(normalize(text)) is ChurnSignal.CONDITIONAL, explain(normalize(text))
    assert not churn_intent(normalize(text))


@pytest.mark.parametrize("text", NONE)
def test_negated_given_up_reported_and_unrelated_comments_are_not_intent(text: str) -> None:
    assert detect(normalize(text)) is ChurnSignal.NONE, explain(normalize(text))


def test_the_strongest_expression_decides_and_each_is_explained() -> None:
    text = normalize("要是再这样就退订。算了，已经卸载了")  # a threat, then the deed
    found = explain(text)
    assert [(m.kind, m.signal) for m in found] == [("cancel", ChurnSignal.CONDITIONAL),
                                                    ("uninstall", ChurnSignal.STATED)]
    assert detect(text) is ChurnSignal.STATED
    # A condition reaches within its sentence only.
    assert detect(normalize("如果有问题可以联系我。我已经退订了")) is ChurnSignal.STATED


@pytest.mark.parametrize(("split", "precision", "recall"), [("heldout", 0.9, 0.7), ("dev", 0.9, 0.7)])
def test_the_shipped_labels_meet_the_targets(split: str, precision: float, recall: float) -> None:
    texts, labels = read_labelled(split=split)
    assert len(texts) > 150 and labels.count(ChurnSignal.STATED) > 50
    result = evaluate(texts, labels, runs=1)
    assert result["n"] == len(texts)
    assert result["precision"] >= precision and result["recall"] >= recall, result


def test_voc_eval_churn_prints_the_figures_last(tmp_path: Path) -> None:
    path = tmp_path / "labels.csv"
    rows = [("再也不买了", "stated", "heldout"), ("配送太慢", "none", "heldout"),
            ("要是再这样就退订", "conditional", "heldout"), ("好吃", "stated", "heldout"),  # one missed
            ("已经卸载", "stated", "dev")]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "review", "label", "split"])
        writer.writerows([i, *row] for i, row in enumerate(rows))

    def voc_eval(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "api.cli", "eval", "churn", "--csv", str(path), *extra],
                              capture_output=True, text=True, timeout=120, check=False)

    done = voc_eval()
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert (figures["split"], figures["n"], figures["precision"], figures["recall"]) == ("heldout", 4, 1.0, 0.5)
    assert figures["labelled"] == {"conditional": 1, "none": 1, "stated": 2}
    assert figures["predicted"] == {"conditional": 1, "none": 2, "stated": 1}
    assert figures["per_second"] > 0
    assert json.loads(voc_eval("--split", "all").stdout.strip().splitlines()[-1])["n"] == 5
    assert voc_eval("--split", "test").returncode != 0
