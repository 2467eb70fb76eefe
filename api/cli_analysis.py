"""`voc topics ...` and `voc eval ...`: topic fits with progress bars, the HTML report, and the
quality figures of the production pipeline on a labelled CSV."""

from __future__ import annotations

import csv
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from core.models import Organization

topics_app = typer.Typer(help="Topic models: fit, report.", no_args_is_help=True)
eval_app = typer.Typer(help="Quality figures of the analysis pipeline on labelled data.", no_args_is_help=True)


def _read_column(path: Path, text_col: str) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if text_col not in (reader.fieldnames or []):
            raise typer.BadParameter(f"column not in {path.name}: {text_col}")
        return [text for row in reader if (text := (row.get(text_col) or "").strip())]


def _read_labelled(path: Path, text_col: str, label_col: str) -> tuple[list[str], list[str]]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in (text_col, label_col) if c not in (reader.fieldnames or [])]
        if missing:
            raise typer.BadParameter(f"column(s) not in {path.name}: {', '.join(missing)}")
        texts, labels = [], []
        for row in reader:
            text = (row.get(text_col) or "").strip()
            if text:
                texts.append(text)
                labels.append((row.get(label_col) or "").strip())
    return texts, labels


@eval_app.command("sentiment")
def eval_sentiment(
    csv_path: Annotated[Path, typer.Option("--csv", exists=True, dir_okay=False, help="Labelled CSV.")],
    text_col: Annotated[str, typer.Option(help="Text column.")] = "review",
    label_col: Annotated[str, typer.Option(help="Label column: 1 positive, 0 negative.")] = "label",
    adapt: Annotated[bool, typer.Option(
        help="Also adapt the model to the file's comments (labels unused), as an organisation-wide topic fit "
             "does, and report that model: it is the one an organisation's comments are scored by.")] = True,
) -> None:
    """Accuracy, F1 and comments per second; the last line is JSON."""
    from analysis.sentiment import adapt as adaptation
    from analysis.sentiment.evaluate import evaluate
    from analysis.sentiment.model import get_model

    texts, raw_labels = _read_labelled(csv_path, text_col, label_col)
    bad = sorted({label for label in raw_labels if label not in ("0", "1")})
    if bad:
        raise typer.BadParameter(f"labels must be 0 or 1; found {', '.join(map(repr, bad[:5]))}")
    labels = [int(label) for label in raw_labels]
    shipped = get_model()
    result = evaluate(texts, labels, shipped)
    typer.echo(f"shipped model {shipped.version}: comments {result['n']}  accuracy {result['accuracy']:.4f}  "
               f"f1 {result['f1']:.4f}  {result['per_second']:.0f} comments/s")
    figures = {"shipped_accuracy": round(result["accuracy"], 4), "adapted": False}
    if adapt:
        try:
            adapted = adaptation.adapt(shipped, texts, version=f"{shipped.version}/eval")
        except adaptation.CannotAdapt as exc:
            typer.echo(f"not adapted: {exc}")
        else:
            result = evaluate(texts, labels, adapted.model)
            figures["adapted"] = True
            typer.echo(f"adapted to these {adapted.comments} comments in {adapted.seconds:.1f} s: "
                       f"accuracy {result['accuracy']:.4f}  f1 {result['f1']:.4f}  "
                       f"{result['per_second']:.0f} comments/s")
    typer.echo(json.dumps({"accuracy": round(result["accuracy"], 4), "f1": round(result["f1"], 4),
                           "per_second": round(result["per_second"], 1), **figures}))


@eval_app.command("churn")
def eval_churn(
    csv_path: Annotated[Path | None, typer.Option("--csv", exists=True, dir_okay=False, help=(
        "Labelled CSV (review, label: none / conditional / stated, split); default: the shipped set, "
        "analysis/data/churn_labels.csv."))] = None,
    split: Annotated[str, typer.Option(help="heldout, dev or all.")] = "heldout",
    speed_csv: Annotated[Path | None, typer.Option(
        "--speed-csv", exists=True, dir_okay=False,
        help="Also time the detector over every comment of this CSV.")] = None,
    text_col: Annotated[str, typer.Option(help="Text column of --speed-csv.")] = "review",
) -> None:
    """Precision, recall and F1 of churnIntent (stated intent) against the labels. The last line is JSON."""
    from analysis.churn_evaluate import LABELS, evaluate, read_labelled, throughput
    from analysis.text.normalize import normalize

    if split not in ("heldout", "dev", "all"):
        raise typer.BadParameter("split must be heldout, dev or all")
    try:
        texts, labels = read_labelled(csv_path or LABELS, None if split == "all" else split)
    except (KeyError, ValueError) as exc:
        raise typer.BadParameter(f"needs columns review, label (none / conditional / stated), split: {exc}") from exc
    result = evaluate(texts, labels)
    if speed_csv is not None:
        corpus, _ = _read_labelled(speed_csv, text_col, text_col)
        result["speed_comments"] = len(corpus)
        result["per_second"] = throughput([normalize(t) for t in corpus])
    typer.echo(f"{split}: {result['n']} comments, precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
               f"f1 {result['f1']:.3f}  ({result['tp']} found, {result['fp']} wrongly, {result['fn']} missed)")
    typer.echo(f"labelled {result['labelled']}, predicted {result['predicted']}; "
               f"{result['per_second']:.0f} comments/s on one core")
    typer.echo(json.dumps({"split": split, **result}, ensure_ascii=False))


def stage_progress() -> tuple[Progress, dict[str, TaskID]]:
    progress = Progress(TextColumn("{task.description:<22}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
                        TimeElapsedColumn())
    return progress, {}


async def _organization(name: str) -> Organization:
    organization = await Organization.get_or_none(name=name)
    if organization is None:
        raise typer.BadParameter(f"no organisation named {name!r}")
    return organization


def _parse_time(value: str | None) -> datetime | None:
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise typer.BadParameter("give a time zone offset, e.g. 2026-11-01T00:00:00+08:00")
    return parsed


async def fit_with_progress(organization: Organization, survey_id: int | None, since: datetime | None,
                            fresh: bool = False) -> None:
    """Fit a topic model version in this process with a progress bar per stage, and print it."""
    from analysis import service
    from analysis.models import JobStatus, ModelStatus, Topic, TopicModelVersion
    from core.settings import get_settings

    job = await service.request_fit(organization=organization, survey_id=survey_id, since=since, until=None,
                                    enqueue=False, fresh=fresh)
    progress, tasks = stage_progress()
    previous: list[str] = []

    def observe(stage: str, fraction: float) -> None:
        if stage not in tasks:
            for done in previous:
                progress.update(tasks[done], completed=100)
            tasks[stage] = progress.add_task(stage, total=100)
            previous.append(stage)
        progress.update(tasks[stage], completed=min(100.0, 100 * fraction))

    with progress:
        finished = await service.run_fit_job(job_id=job.id, settings=get_settings(), observer=observe)
        for task_id in tasks.values():
            progress.update(task_id, completed=100)
    assert finished is not None
    if finished.status != JobStatus.SUCCEEDED:
        typer.echo(f"fit failed: {finished.error}", err=True)
        raise typer.Exit(code=1)
    version = await TopicModelVersion.get(organization=organization, status=ModelStatus.ACTIVE, survey_id=survey_id)
    topics = await Topic.filter(model_id=version.id, merged_into_id=None)
    typer.echo(f"model v{version.version}: {len(topics)} topics from {version.documents} comments, "
               f"{version.outlier_share:.1%} without a topic")
    for topic in sorted(topics, key=lambda t: t.index)[:60]:
        typer.echo(f"  {topic.index:>3}  {topic.display_label}")
    if survey_id is None:
        typer.echo(f"sentiment model: {version.sentiment_version or 'shipped (not adapted)'}")


@topics_app.command("fit")
def topics_fit(
    org: Annotated[str, typer.Option(help="Organisation name.")],
    survey: Annotated[str | None, typer.Option(help="Only this survey (global id or number).")] = None,
    since: Annotated[str | None, typer.Option(help="Only comments from this time on (ISO-8601).")] = None,
    fresh: Annotated[bool, typer.Option(help="Cluster afresh instead of starting from the current topics.")] = False,
) -> None:
    """Fit a new topic model version now, with a progress bar per stage, and switch it on. A refit
    starts from the current topics (they keep their ids unless their comments moved); --fresh redraws them."""
    from api.cli_support import run, survey_pk

    async def work() -> None:
        organization = await _organization(org)
        await fit_with_progress(organization, survey_pk(survey) if survey else None, _parse_time(since), fresh)

    run(work)


@eval_app.command("topics")
def eval_topics(
    csv_path: Annotated[Path, typer.Option("--csv", exists=True, dir_okay=False, help="Labelled CSV.")],
    text_col: Annotated[str, typer.Option(help="Text column.")] = "review",
    label_col: Annotated[str, typer.Option(help="Category column.")] = "cat",
    sizes: Annotated[str | None, typer.Option(help="Small organisations instead: comma-separated sample sizes, "
                                                   "e.g. 300,1000,3000.")] = None,
    draws: Annotated[int, typer.Option(min=1, max=20, help="With --sizes: seeded draws per size (1, 2, ...).")] = 2,
) -> None:
    """Fit with the production pipeline and score it against the categories, with LDA and k-means
    baselines of as many topics on the same tokens. The last line is JSON."""
    from analysis.text.normalize import normalize
    from analysis.text.tokenize import get_tokenizer
    from analysis.topics.evaluate import evaluate_topics
    from analysis.topics.reduce import umap_cache_dir
    from core.settings import get_settings

    umap_cache_dir(get_settings().data_dir)  # as the service's fits do
    texts, labels = _read_labelled(csv_path, text_col, label_col)
    if sizes is not None:
        _eval_small([normalize(t) for t in texts], labels, sizes, draws)
        return
    result = evaluate_topics([normalize(t) for t in texts], labels, get_tokenizer())
    keys = ("nmi", "homogeneity", "completeness", "outlier_share", "largest_share", "topics", "lda_nmi",
            "kmeans_nmi", "seconds", "label_coverage", "label_lift", "keyword_label_coverage", "keyword_label_lift")
    summary: dict[str, object] = {k: round(float(result[k]), 4) if k != "topics" else int(result[k]) for k in keys}
    labels, former = result["labels"], result["keyword_labels"]
    typer.echo(f"{len(texts)} comments, {summary['topics']} topics in {summary['seconds']:.1f} s")
    typer.echo(f"NMI {summary['nmi']:.3f} (LDA {summary['lda_nmi']:.3f}, k-means {summary['kmeans_nmi']:.3f}); "
               f"homogeneity {summary['homogeneity']:.3f}, completeness {summary['completeness']:.3f}")
    typer.echo(f"without a topic {summary['outlier_share']:.1%}; largest topic {summary['largest_share']:.1%}")
    typer.echo(f"labels: coverage {summary['label_coverage']:.3f}, lift {summary['label_lift']:.1f} "
               f"(keyword labels: coverage {summary['keyword_label_coverage']:.3f}, "
               f"lift {summary['keyword_label_lift']:.1f})")
    for topic, label in labels.items():
        typer.echo(f"  {topic:>3}  {label}  (was {former.get(topic, '')})")
    summary["labels"] = list(labels.values())
    typer.echo(json.dumps(summary, ensure_ascii=False))


def _eval_small(texts: list[str], labels: list[str], sizes: str, draws: int) -> None:
    from analysis.text.tokenize import get_tokenizer
    from analysis.topics.evaluate import evaluate_small

    try:
        wanted = [int(size) for size in sizes.split(",")]
    except ValueError:
        raise typer.BadParameter(f"sizes must be whole numbers separated by commas, not {sizes!r}") from None
    if any(size < 10 for size in wanted):
        raise typer.BadParameter("a topic fit needs at least 10 comments")
    rows = evaluate_small(texts, labels, get_tokenizer(), sizes=wanted, draws=draws)
    for row in rows:
        typer.echo(f"{row['size']:>6} comments, draw {row['draw']}: {row['topics']} topics, homogeneity "
                   f"{row['homogeneity']:.3f} (k-means {row['kmeans_homogeneity']:.3f}), "
                   f"in mixed topics {row['mixed_share']:.1%} ({' / '.join(row['mixed_labels']) or 'none'}); "
                   f"label coverage {row['label_coverage']:.3f}, lift {row['label_lift']:.1f}; "
                   f"{' / '.join(row['labels'])}")
    summary = {"small": [{k: round(v, 4) if isinstance(v, float) else v for k, v in row.items() if k != "labels"}
                         for row in rows],
               "homogeneity_at_least_kmeans": all(r["homogeneity"] >= r["kmeans_homogeneity"] for r in rows),
               "mixed_share_max": round(max(r["mixed_share"] for r in rows), 4)}
    typer.echo(json.dumps(summary, ensure_ascii=False))


@eval_app.command("stability")
def eval_stability(
    csv_path: Annotated[Path, typer.Option("--csv", exists=True, dir_okay=False, help="CSV of comments.")],
    text_col: Annotated[str, typer.Option(help="Text column.")] = "review",
    seed: Annotated[int, typer.Option(help="The first fit's seed (the refit uses the next one).")] = 42,
) -> None:
    """Fit, then refit with another seed and with 10 % more comments: the share of the topics (by
    comments) that keep their id and label, as the service's refits decide it. The last line is JSON."""
    from analysis.text.normalize import normalize
    from analysis.text.tokenize import get_tokenizer
    from analysis.topics.reduce import umap_cache_dir
    from analysis.topics.stability import evaluate_stability
    from core.settings import get_settings

    umap_cache_dir(get_settings().data_dir)
    texts = _read_column(csv_path, text_col)
    result = evaluate_stability([normalize(t) for t in texts], get_tokenizer(), seed=seed)
    typer.echo(f"{result['comments']} comments, {result['topics']} topics; refits in {result['seconds']:.1f} s in all")
    typer.echo(f"another seed: {result['reseed_kept']:.1%} kept id and label ({result['reseed_kept_id']:.1%} the id), "
               f"{result['reseed_topics']} topics")
    typer.echo(f"10% more comments ({result['grown_comments']}): {result['grow_kept']:.1%} kept id and label "
               f"({result['grow_kept_id']:.1%} the id), {result['grow_topics']} topics")
    for old, new in result.pop("relabelled"):
        typer.echo(f"  renamed: {old} → {new}")
    typer.echo(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in result.items()},
                          ensure_ascii=False))


@topics_app.command("report")
def topics_report(
    org: Annotated[str, typer.Option(help="Organisation name.")],
    html: Annotated[Path, typer.Option(help="The HTML file to write.")] = Path("topics.html"),
    survey: Annotated[str | None, typer.Option(help="The survey's own model (else the organisation's).")] = None,
) -> None:
    """One self-contained HTML file (no network needed): topic sizes, topics over time, similarity."""
    from analysis.report import render_report
    from api.cli_support import run, survey_pk

    async def work() -> None:
        organization = await _organization(org)
        page = await render_report(organization=organization, survey_id=survey_pk(survey) if survey else None)
        html.write_text(page, encoding="utf-8")

    run(work)
    typer.echo(f"wrote {html}")
