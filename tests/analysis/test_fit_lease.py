"""A topic fit runs once at a time: a second delivery of its job while it runs waits for
redelivery instead of fitting alongside it, and a job whose worker died is taken over once its
lease has run out."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from analysis import service
from analysis.models import AnalysisJob, JobStatus, ModelStatus, TopicModelVersion
from core.settings import Settings
from core.transient import RunningElsewhere, is_transient
from surveys.models import Survey
from tests.support.client import GraphQL
from tests.support.reviews import load_reviews


async def fit_job(gql: GraphQL) -> AnalysisJob:
    survey = await load_reviews(gql)
    organization = (await Survey.get(id=survey.id).select_related("organization")).organization
    return await service.request_fit(organization=organization, survey_id=None, since=None, until=None, enqueue=False)


async def test_a_second_delivery_while_the_fit_runs_is_left_for_later(gql: GraphQL, settings: Settings) -> None:
    job = await fit_job(gql)
    first, second = await asyncio.gather(service.run_fit_job(job_id=job.id, settings=settings),
                                         service.run_fit_job(job_id=job.id, settings=settings),
                                         return_exceptions=True)
    outcomes = sorted([first, second], key=lambda o: isinstance(o, BaseException))
    assert isinstance(outcomes[0], AnalysisJob) and outcomes[0].status == JobStatus.SUCCEEDED
    assert isinstance(outcomes[1], RunningElsewhere) and is_transient(outcomes[1])  # the queue redelivers it
    assert [v.status for v in await TopicModelVersion.all()] == [ModelStatus.ACTIVE]  # fitted once
    # Delivered again after the fit: it finds the job done and does nothing.
    again = await service.run_fit_job(job_id=job.id, settings=settings)
    assert again is not None and again.status == JobStatus.SUCCEEDED and again.lease_until is None
    assert await TopicModelVersion.all().count() == 1


async def test_a_fit_whose_worker_died_is_taken_over_when_its_lease_runs_out(gql: GraphQL, settings: Settings) -> None:
    job = await fit_job(gql)
    held = datetime.now(UTC) + timedelta(minutes=5)
    await AnalysisJob.filter(id=job.id).update(status=JobStatus.RUNNING, lease_until=held)  # a live run
    with pytest.raises(RunningElsewhere):
        await service.run_fit_job(job_id=job.id, settings=settings)
    expired = datetime.now(UTC) - timedelta(seconds=1)
    await AnalysisJob.filter(id=job.id).update(lease_until=expired)  # that run's worker died
    done = await service.run_fit_job(job_id=job.id, settings=settings)
    assert done is not None and done.status == JobStatus.SUCCEEDED
    assert await TopicModelVersion.filter(status=ModelStatus.ACTIVE).count() == 1
