"""Analysis of one comment on arrival, topic fits as jobs, and product managers' topic edits.

Consumers are idempotent: a redelivered message finds the analysis row (unique per response)
or the finished job and changes nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from analysis import sentiment_store, topics_store, vocabulary
from analysis.churn import churn_intent
from analysis.errors import NotEnoughComments
from analysis.models import AnalysisJob, CommentAnalysis, JobStatus, Topic, TopicSuccessor
from analysis.sentiment.model import SentimentModel, get_model
from analysis.text.normalize import normalize
from core.batching import Batch
from core.errors import NotFound, ValidationFailed, or_not_found
from core.events import FitRequested, ResponseAnalysed, emit, outbox_row
from core.models import Organization, OutboxEvent
from core.reads import rows_by_id
from core.settings import Settings
from core.transient import RunningElsewhere, is_transient, retry_deadlocks
from surveys.models import Response

log = logging.getLogger("voc.analysis")
FIT_JOB = "fit_topics"


@dataclass(frozen=True)
class TextAnalysis:
    normalized: str
    tokens: list[str]
    keywords: list[str]
    sentiment: float | None
    model_version: str
    churn_intent: bool  # stated intent to leave (analysis.churn)


def analyse_text(text: str, stop_words: Iterable[str] = ()) -> TextAnalysis:
    """Normalise, tokenise, keywords, sentiment and churn intent: pure CPU work, no database."""
    return analyse_texts([text], stop_words)[0]


def analyse_texts(
    texts: Sequence[str], stop_words: Iterable[str] = (), sentiment: SentimentModel | None = None,
) -> list[TextAnalysis]:
    """`analyse_text` for many texts; sentiment is scored in one pass, by the shipped model unless
    another (an organisation's adapted one) is given."""
    from analysis.text.tokenize import get_tokenizer

    tokenizer = get_tokenizer()
    model = sentiment or get_model()
    stop_words = tuple(stop_words)
    normalized = [normalize(text) for text in texts]
    scores = model.score_many([n for n in normalized if n])
    sentiments = iter(round(float(score), 4) for score in scores)
    return [TextAnalysis(
        normalized=n,
        tokens=tokenizer.tokens(n, extra_stop_words=stop_words),
        keywords=tokenizer.keywords(n, k=5, extra_stop_words=stop_words),
        sentiment=next(sentiments) if n else None,
        model_version=model.version,
        churn_intent=churn_intent(n),
    ) for n in normalized]


def warm_up() -> None:
    """Load jieba's dictionary and the sentiment model now (seconds, once per process): the first
    comment analysed would otherwise do it on the event loop and stall every request meanwhile."""
    from analysis.text.pos import word_tags

    analyse_text("预热一下")
    word_tags()  # read on the first degree adverb + opinion word ("太慢"): 0.3 s


async def analyse_response(*, response_id: int) -> CommentAnalysis | None:
    """Analyse a response's comment once; a second delivery updates nothing it need not.

    Concurrent calls in this process (a worker runs many jobs at once) are analysed together as
    one batch (`analyse_responses`): a few queries and one numpy pass for all of them instead of
    ~10 round trips and an embedding call each."""
    return await _BATCHES.submit(response_id)


@dataclass(frozen=True)
class _Pending:
    response: dict[str, Any]
    existing: CommentAnalysis | None
    result: TextAnalysis


async def analyse_responses(*, response_ids: Sequence[int]) -> dict[int, CommentAnalysis | None]:
    """Analyse many responses' comments; each id maps to its analysis (None: no comment)."""
    ids = list(dict.fromkeys(response_ids))
    responses = await Response.filter(id__in=ids).values("id", "organization_id", "survey_id", "comment")
    existing = {a.response_id: a for a in await CommentAnalysis.filter(response_id__in=ids)}
    done: dict[int, CommentAnalysis | None] = dict.fromkeys(ids)
    by_org: dict[int, list[dict[str, Any]]] = {}
    for response in responses:
        if response["comment"]:
            by_org.setdefault(response["organization_id"], []).append(response)
    pending: list[_Pending] = []
    for organization_id, group in by_org.items():
        todo = []
        for response in group:
            found = existing.get(response["id"])
            if found is not None and found.normalized == normalize(response["comment"]):
                done[response["id"]] = found  # a redelivery, or an amendment that left the comment as it was
            else:
                todo.append(response)
        if not todo:
            continue
        words = await vocabulary.words_for(organization_id)
        sentiment = await sentiment_store.model_for(organization_id=organization_id)
        results = await asyncio.to_thread(analyse_texts, [r["comment"] for r in todo], words.stop_words, sentiment)
        pending += [_Pending(r, existing.get(r["id"]), result) for r, result in zip(todo, results, strict=True)]
    if not pending:
        return done
    topics = await topics_store.assign_topics_many(
        [(p.response["organization_id"], p.response["survey_id"], p.result.normalized) for p in pending])
    rows = [(p, _values(p.result, *topic)) for p, topic in zip(pending, topics, strict=True)]
    try:
        await retry_deadlocks(lambda: _store(rows))
    except IntegrityError:
        # A concurrent delivery of one of these events stored its analysis first: store the
        # others one by one, each keeping the row that won.
        for row in rows:
            with contextlib.suppress(IntegrityError):
                await _store([row])
    stored = await CommentAnalysis.filter(response_id__in=[p.response["id"] for p in pending])
    done.update({a.response_id: a for a in stored})
    return done


def _values(result: TextAnalysis, topic_id: int | None, probability: float | None) -> dict[str, Any]:
    return {"normalized": result.normalized, "tokens": result.tokens, "keywords": result.keywords,
            "sentiment": result.sentiment, "topic_id": topic_id, "topic_probability": probability,
            "model_version": result.model_version, "churn_intent": result.churn_intent}


async def _store(rows: list[tuple[_Pending, dict[str, Any]]]) -> None:
    """Analyses and their "response.analysed" events (the loop's sentiment rule) commit together.

    Rows are written in response-id order, so two overlapping batches take their unique-key locks in
    one order. Each insert's statement trigger also locks its topic_activity row (migration 0014),
    and one batch's inserts can meet another's in both places, so PostgreSQL may still abort one to
    break a deadlock: the caller runs it again (it then finds the other's rows: IntegrityError)."""
    rows = sorted(rows, key=lambda row: row[0].response["id"])
    async with in_transaction():
        new = [CommentAnalysis(organization_id=p.response["organization_id"], response_id=p.response["id"], **values)
               for p, values in rows if p.existing is None]
        if new:
            await CommentAnalysis.bulk_create(new)
        for p, values in rows:
            if p.existing is not None:
                await CommentAnalysis.filter(id=p.existing.id).update(**values, analysed_at=datetime.now(UTC))
        await OutboxEvent.bulk_create([outbox_row(organization_id=p.response["organization_id"], event=ResponseAnalysed(
            response_id=p.response["id"], survey_id=p.response["survey_id"], sentiment=p.result.sentiment,
        )) for p, _ in rows])


async def _analyse_batch(response_ids: Sequence[int]) -> dict[int, CommentAnalysis | None]:
    return await analyse_responses(response_ids=response_ids)


# Up to 64 comments, gathered for at most 10 ms: analysis is background work, and the batch's
# fixed costs (queries, numpy calls) are then shared by every comment in it.
_BATCHES: Batch[int, CommentAnalysis | None] = Batch(_analyse_batch, max_size=64, linger_seconds=0.01)


# --- topic fits -------------------------------------------------------------------------------


async def request_fit(
    *, organization: Organization, survey_id: int | None, since: datetime | None, until: datetime | None,
    enqueue: bool = True, fresh: bool = False,
) -> AnalysisJob:
    """A fit job; `enqueue=False` when the caller runs it itself (the CLI). A refit starts from the
    current topics unless `fresh` (analysis.topics.anchor)."""
    if since and until and since >= until:
        raise ValidationFailed("from must be before to", field="from")
    params = {"survey_id": survey_id, "since": since.isoformat() if since else None,
              "until": until.isoformat() if until else None, "fresh": fresh}
    async with in_transaction():
        job = await AnalysisJob.create(organization=organization, kind=FIT_JOB, params=params, stage="queued")
        if enqueue:  # through the outbox like every job: queued even while Redis is down
            await emit(organization_id=organization.id, event=FitRequested(job_id=job.id))
    return job


async def active_fit(*, organization_id: int, survey_id: int | None) -> AnalysisJob | None:
    """The newest topic fit of a scope (the survey's own model, or the organisation-wide one with None)
    that is queued or running: the topics page follows it after a reload, whoever started it."""
    jobs = await AnalysisJob.filter(organization_id=organization_id, kind=FIT_JOB,
                                    status__in=[JobStatus.QUEUED, JobStatus.RUNNING]).order_by("-id").limit(20)
    return next((job for job in jobs if (job.params or {}).get("survey_id") == survey_id), None)


async def get_job(*, organization_id: int, job_id: int) -> AnalysisJob:
    return or_not_found(await AnalysisJob.get_or_none(id=job_id, organization_id=organization_id),
                        "no such analysis job")


async def run_fit_job(
    *, job_id: int, settings: Settings, observer: Callable[[str, float], None] | None = None,
) -> AnalysisJob | None:
    """The consumer of a fit request: fit, save a new model version, switch it on atomically.

    The job is run under a lease: a second delivery while it runs (the queue redelivers a message
    whose job outlasts its idle timeout) raises RunningElsewhere and is delivered again later,
    instead of fitting alongside it; a job whose worker died is taken over once the lease runs out."""
    lease = timedelta(seconds=settings.job_lease_seconds)
    claimed = await _claim(job_id, lease)
    job = await AnalysisJob.get_or_none(id=job_id)
    if job is None or job.status in (JobStatus.SUCCEEDED, JobStatus.FAILED):
        return job  # redelivered after it finished
    if not claimed:
        raise RunningElsewhere(f"topic fit {job_id} is running in another worker (lease until {job.lease_until})")

    async def progress(stage: str, fraction: float) -> None:
        if observer is not None:
            observer(stage, fraction)
        await _progress(job, stage, fraction)

    renewing = asyncio.create_task(_renew(job_id, lease))
    try:
        await progress("loading comments", 0.02)
        await topics_store.fit_and_activate(job=job, on_progress=progress, analyse=analyse_responses,
                                            settings=settings)
    except NotEnoughComments as exc:
        await _finish(job, error=exc.message)
    except Exception as exc:
        if is_transient(exc):
            raise  # redelivered: the next delivery claims the job again
        log.exception("topic fit %s failed", job.id)
        await _finish(job, error=f"{type(exc).__name__}: {exc}")
    else:
        await _finish(job, error=None)
    finally:
        renewing.cancel()
    return job


async def _claim(job_id: int, lease: timedelta) -> bool:
    """Take the job, unless a live lease of another run holds it (one statement: two deliveries
    cannot both win)."""
    now = datetime.now(UTC)
    taken = await (AnalysisJob.filter(id=job_id, status__in=[JobStatus.QUEUED, JobStatus.RUNNING])
                   .filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
                   .update(status=JobStatus.RUNNING, lease_until=now + lease))
    return bool(taken)


async def _renew(job_id: int, lease: timedelta) -> None:
    """Keep the lease while the fit runs (a CPU-bound stage runs in a thread: the loop stays free)."""
    while True:
        await asyncio.sleep(lease.total_seconds() / 3)
        try:
            await AnalysisJob.filter(id=job_id, status=JobStatus.RUNNING).update(
                lease_until=datetime.now(UTC) + lease)
        except Exception as exc:  # a missed renewal only shortens the lease; the next one may succeed
            log.warning("topic fit %s: could not renew its lease (%s)", job_id, exc)


async def _progress(job: AnalysisJob, stage: str, progress: float, status: JobStatus | None = None) -> None:
    job.stage, job.progress = stage, round(min(max(progress, 0.0), 1.0), 3)
    if status is not None:
        job.status = status
    await job.save(update_fields=["stage", "progress", "status", "updated_at"])


async def _finish(job: AnalysisJob, *, error: str | None) -> None:
    job.status = JobStatus.FAILED if error else JobStatus.SUCCEEDED
    job.error = error
    job.progress = job.progress if error else 1.0
    job.stage = "failed" if error else "done"
    job.finished_at = datetime.now(UTC)
    job.lease_until = None
    await job.save(update_fields=["status", "error", "progress", "stage", "finished_at", "lease_until", "updated_at"])


# --- product managers' edits ------------------------------------------------------------------


async def get_topic(*, organization_id: int, topic_id: int) -> Topic:
    return or_not_found(await Topic.get_or_none(id=topic_id, organization_id=organization_id), "no such topic")


async def rename_topic(*, organization_id: int, topic_id: int, label: str) -> Topic:
    label = label.strip()
    if not 0 < len(label) <= 200:
        raise ValidationFailed("label must be 1-200 characters", field="label")
    topic = await get_topic(organization_id=organization_id, topic_id=topic_id)
    topic.custom_label = label
    await topic.save(update_fields=["custom_label"])
    return topic


async def merge_topics(*, organization_id: int, topic_ids: list[int]) -> Topic:
    """Merge into the first topic: the others' comments move to it, and they point at it."""
    unique = list(dict.fromkeys(topic_ids))
    if len(unique) < 2:
        raise ValidationFailed("merging needs at least two different topics", field="ids")
    topics = {t.id: t for t in await Topic.filter(id__in=unique, organization_id=organization_id)}
    missing = [i for i in unique if i not in topics]
    if missing:
        raise NotFound("no such topic", field="ids")
    target = topics[unique[0]]
    if any(t.model_id != target.model_id for t in topics.values()):
        raise ValidationFailed("topics of different model versions cannot be merged", field="ids")
    if any(t.merged_into_id is not None for t in topics.values()):
        raise ValidationFailed("a topic that was merged away cannot be merged again", field="ids")
    others = unique[1:]
    async with in_transaction():
        await CommentAnalysis.filter(topic_id__in=others).update(topic_id=target.id)
        await Topic.filter(id__in=others).update(merged_into_id=target.id)
        words = dict(target.keyword_pairs)
        for other in others:
            for word, weight in topics[other].keyword_pairs:
                words[word] = max(words.get(word, 0.0), weight)
        # The label's reasons stay the target's: its generated label does not change.
        target.keywords = [[w, s] for w, s in sorted(words.items(), key=lambda kv: -kv[1])[:10]] + target.label_terms
        await target.save(update_fields=["keywords"])
    return target


# --- reads -------------------------------------------------------------------------------------


async def topics_by_id(*, organization_id: int, ids: Collection[int]) -> dict[int, Topic]:
    return await rows_by_id(Topic, organization_id=organization_id, ids=ids)


async def jobs_by_id(*, organization_id: int, ids: Collection[int]) -> dict[int, AnalysisJob]:
    return await rows_by_id(AnalysisJob, organization_id=organization_id, ids=ids)


async def analyses_by_response(*, organization_id: int, response_ids: Collection[int]) -> dict[int, CommentAnalysis]:
    """The stored analyses of the responses' comments, by response id."""
    rows = await CommentAnalysis.filter(organization_id=organization_id, response_id__in=list(response_ids))
    return {row.response_id: row for row in rows}


async def successors_of(*, organization_id: int, topic_ids: Collection[int]) -> dict[int, list[Topic]]:
    """Where retired topics' comments went in the refit that retired them, largest share first."""
    found: dict[int, list[Topic]] = {}
    rows = TopicSuccessor.filter(topic_id__in=list(topic_ids), successor__organization_id=organization_id)
    for row in await rows.select_related("successor").order_by("-share", "id"):
        found.setdefault(row.topic_id, []).append(row.successor)
    return found
