"""Sentiment adapted to an organisation's own comments: the adaptation itself, its files, and its
life beside the org-wide topic fit (activated with it, scoring new comments, rescoring old ones)."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from itertools import product
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import load_file, save_file

from analysis import sentiment_store, service
from analysis.models import CommentAnalysis, TopicModelVersion
from analysis.sentiment.adapt import CannotAdapt, adapt, design, load_adapted, save_adapted
from analysis.sentiment.features import length_classes, prepare
from analysis.sentiment.model import SentimentModel, get_model
from core.settings import Settings
from surveys.models import Channel, Survey
from surveys.service import Submission, store_response
from tests.support.client import GraphQL
from tests.support.reviews import load_reviews

PRAISE = ["很满意", "非常好", "质量不错", "物超所值", "推荐购买", "五星好评", "下次还来", "做工精细"]
COMPLAINTS = ["太差了", "非常失望", "质量很差", "不推荐", "退货了", "再也不买了", "做工粗糙", "差评"]
OPENINGS = ["这次买的", "朋友推荐的", "第二次买", "双十一买的", "给家人买的"]


def organisation_comments() -> list[str]:
    """An organisation where 尺码 comes with praise and 颜色 with complaints (560 comments)."""
    return ([f"{o}{a}，{b}，尺码" for o, a, b in product(OPENINGS, PRAISE, PRAISE) if a != b]
            + [f"{o}{a}，{b}，颜色" for o, a, b in product(OPENINGS, COMPLAINTS, COMPLAINTS) if a != b])


@pytest.fixture(scope="module")
def adapted() -> SentimentModel:
    return adapt(get_model(), organisation_comments(), version="test/org1-v1").model


def test_adaptation_learns_the_organisations_own_words(adapted: SentimentModel) -> None:
    shipped = get_model()
    assert adapted.score("尺码") > shipped.score("尺码") + 0.3
    assert adapted.score("颜色") < shipped.score("颜色") - 0.3
    # Only n-grams the comments use move (the rest keep their weights exactly); obvious verdicts
    # keep their sign.
    moved = np.flatnonzero(adapted.linear_weights[0] != shipped.linear_weights[0])
    used = design(shipped, [prepare(t) for t in organisation_comments()]).indices
    assert len(moved) > 100 and set(moved.tolist()) <= set(used.tolist())
    assert adapted.score("很满意，下次还买") > 0 > adapted.score("太难用了，退货")
    assert adapted.version == "test/org1-v1"
    assert adapted.meta["adapted_from"] == shipped.version


def test_an_adapted_model_is_as_sure_as_the_shipped_one(adapted: SentimentModel) -> None:
    # Self-training on its own guesses makes the model surer of everything; the adapted logits are
    # scaled back to the shipped model's average confidence on the same comments.
    prepared = [prepare(t) for t in organisation_comments()]
    spread = float(np.abs(get_model().logits(prepared)).mean())
    assert float(np.abs(adapted.logits(prepared)).mean()) == pytest.approx(spread, rel=0.01)
    assert adapted.meta["confidence_scale"] < 0.8
    # Only how sure, never which way: each comment leans as the fitted weights say.
    assert (np.sign(adapted.logits(prepared)) == np.sign(adapted.linear_logits(prepared))).all()


def test_adaptation_learns_how_length_goes_with_sentiment_here() -> None:
    # Here praise is long (a story around it) and complaints are short, as in book reviews.
    story = "周末带着孩子一起看完了，讲的是一个家庭几代人的故事，从南方小城写到北京"
    comments = ([f"{o}{a}，{story}，{b}" for o, a, b in product(OPENINGS, PRAISE, PRAISE) if a != b]
                + [f"{a}，{b}" for a, b in product(COMPLAINTS, COMPLAINTS) if a != b] * 5)
    assert not get_model().length_weights.any()
    lengths = adapt(get_model(), comments, version="v").model.length_weights
    classes = length_classes([prepare(c) for c in comments])
    long_class, short_class = classes[0], np.bincount(classes[-100:]).argmax()
    assert lengths[short_class] < -0.2 < 0 < lengths[long_class]
    # A length no comment has keeps its (zero) weight.
    assert not lengths[np.setdiff1d(np.arange(len(lengths)), classes)].any()


def test_adaptation_needs_enough_comments_and_the_curvature(tmp_path: Path) -> None:
    with pytest.raises(CannotAdapt, match="at least 300 comments; found 2"):
        adapt(get_model(), ["好", "不好", "  "] + [""] * 600, version="v")
    get_model().save(tmp_path)
    arrays = {k: v for k, v in load_file(str(tmp_path / "sentiment.safetensors")).items() if "curvature" not in k}
    save_file(arrays, str(tmp_path / "sentiment.safetensors"))
    with pytest.raises(CannotAdapt, match="no curvature"):
        adapt(SentimentModel.load(tmp_path), organisation_comments(), version="v")


def test_an_adapted_model_round_trips_as_its_own_weights(adapted: SentimentModel, tmp_path: Path) -> None:
    save_adapted(adapted, tmp_path)
    own = load_file(str(tmp_path / "sentiment.safetensors"))
    assert set(own) == {"linear.weight", "linear.bias", "linear.length_weight"}
    assert (tmp_path / "sentiment.safetensors").stat().st_size < 3_000_000
    loaded = load_adapted(get_model(), tmp_path)
    texts = ["尺码", "颜色", "很满意", "这本书很无聊"]
    assert loaded.version == adapted.version
    assert np.array_equal(loaded.score_many(texts), adapted.score_many(texts))
    # Length weights of another shape are refused; weights adapted before length weights existed
    # still load (with none).
    save_file(own | {"linear.length_weight": np.zeros(9, dtype=np.float32)}, str(tmp_path / "sentiment.safetensors"))
    with pytest.raises(CannotAdapt, match="shape"):
        load_adapted(get_model(), tmp_path)
    del own["linear.length_weight"]
    save_file(own, str(tmp_path / "sentiment.safetensors"))
    assert not load_adapted(get_model(), tmp_path).length_weights.any()
    # Weights adapted from another shipped model are refused, not silently misapplied.
    other = get_model().with_arrays({}, version="another-release")
    with pytest.raises(CannotAdapt, match="adapted from"):
        load_adapted(other, tmp_path)


# --- beside the topic fit ------------------------------------------------------------------------


@pytest.fixture
def small_adaptation(settings: Settings) -> Settings:
    """The 300-comment fixture adapts, whatever the default minimum."""
    return settings.model_copy(update={"sentiment_adaptation_min_comments": 100})


async def fit(survey: Survey, settings: Settings, *, whole_organisation: bool = True) -> TopicModelVersion:
    job = await service.request_fit(organization=survey.organization, survey_id=None if whole_organisation else survey.id,
                                    since=None, until=None, enqueue=False)
    await service.run_fit_job(job_id=job.id, settings=settings)
    await job.refresh_from_db()
    assert job.error is None
    return await TopicModelVersion.get(organization_id=survey.organization.id, status="active",
                                       survey_id=None if whole_organisation else survey.id)


async def versions_of_comments(survey: Survey) -> set[str]:
    return set(await CommentAnalysis.filter(organization_id=survey.organization.id)
               .values_list("model_version", flat=True))  # type: ignore[arg-type]


async def new_comment(survey: Survey, key: str, text: str) -> CommentAnalysis:
    response = await store_response(survey=survey, submission=Submission(
        token=survey.token, idempotency_key=key, score=3, comment=text, channel=Channel.IMPORT))
    analysed = await service.analyse_responses(response_ids=[response.id])
    row = analysed[response.id]
    assert row is not None
    return row


async def test_an_org_wide_fit_adapts_sentiment_and_rescores_every_comment(
    gql: GraphQL, small_adaptation: Settings
) -> None:
    shipped = get_model().version
    survey = await load_reviews(gql)
    await fit(survey, small_adaptation)  # the fit analyses the comments the queue has not reached yet
    version = await TopicModelVersion.get(organization_id=survey.organization.id, status="active")
    assert version.sentiment_version == f"{shipped}/org{survey.organization.id}-v1"
    assert (Path(version.path) / "sentiment" / "sentiment.safetensors").is_file()
    # Every stored comment was rescored by the adapted model, and a new one is scored by it.
    assert await versions_of_comments(survey) == {version.sentiment_version}
    arrived = await new_comment(survey, "after-fit", "物流太慢了，等了一个星期")
    assert arrived.model_version == version.sentiment_version
    adapted = await sentiment_store.model_for(organization_id=survey.organization.id)
    assert arrived.sentiment == pytest.approx(adapted.score("物流太慢了，等了一个星期"), abs=1e-4)
    # Another process (a worker) reads the same model back from the version's files.
    sentiment_store._LOADED.clear()
    read_back = await sentiment_store.model_for(organization_id=survey.organization.id)
    assert read_back is not adapted and read_back.version == version.sentiment_version
    assert read_back.score("物流太慢了，等了一个星期") == adapted.score("物流太慢了，等了一个星期")

    # A survey's own fit leaves the organisation's sentiment model alone.
    own = await fit(survey, small_adaptation, whole_organisation=False)
    assert own.sentiment_version is None
    assert await versions_of_comments(survey) == {version.sentiment_version}


async def test_without_adaptation_the_shipped_model_scores_again(gql: GraphQL, small_adaptation: Settings) -> None:
    shipped = get_model().version
    survey = await load_reviews(gql)
    first = await fit(survey, small_adaptation)
    assert first.sentiment_version is not None
    second = await fit(survey, small_adaptation.model_copy(update={"sentiment_adaptation": False}))
    assert second.sentiment_version is None
    assert await versions_of_comments(survey) == {shipped}


async def test_lost_adapted_files_fall_back_to_the_shipped_model(gql: GraphQL, small_adaptation: Settings) -> None:
    survey = await load_reviews(gql)
    version = await fit(survey, small_adaptation)
    shutil.rmtree(Path(version.path) / "sentiment")
    sentiment_store._LOADED.clear()  # a fresh process: nothing cached
    arrived = await new_comment(survey, "files-gone", "很好用，推荐")
    assert arrived.model_version == get_model().version
    assert arrived.sentiment is not None and arrived.sentiment > 0


def test_voc_eval_sentiment_reports_the_shipped_and_the_adapted_model(tmp_path: Path) -> None:
    comments = organisation_comments()
    half = len(comments) // 2
    path = tmp_path / "labelled.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["review", "label"])
        writer.writerows([text, 1 if i < half else 0] for i, text in enumerate(comments))

    def voc_eval(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "api.cli", "eval", "sentiment", "--csv", str(path), *extra],
                              capture_output=True, text=True, timeout=120, check=False)

    done = voc_eval()
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["adapted"] is True and "adapted to these 560 comments" in done.stdout
    assert 0.5 <= figures["shipped_accuracy"] <= figures["accuracy"] <= 1.0
    assert figures["per_second"] > 0
    shipped_only = json.loads(voc_eval("--no-adapt").stdout.strip().splitlines()[-1])
    assert shipped_only["adapted"] is False and shipped_only["accuracy"] == figures["shipped_accuracy"]

    path.write_text("review,label\n很好,positive\n", encoding="utf-8")
    refused = voc_eval()
    assert refused.returncode == 2 and "labels must be 0 or 1" in refused.stderr
