"""A `voc worker` killed with SIGKILL in the middle of a topic fit: the job is redelivered from the
Redis stream to another worker and finished exactly once in effect. Needs real Redis."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid

import pytest

from analysis import service
from analysis.models import AnalysisJob, JobStatus, ModelStatus, TopicModelVersion
from core.models import OutboxEvent
from core.settings import Settings
from surveys.models import Survey
from tests.support.client import GraphQL
from tests.support.databases import REDIS_URL
from tests.support.reviews import load_reviews
from tests.support.waiting import until

pytestmark = pytest.mark.redis


def start_worker(settings: Settings, queue: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "VOC_DATABASE_URL": settings.resolved_database_url, "VOC_DATA_DIR": str(settings.data_dir),
           "VOC_REDIS_URL": REDIS_URL or "", "VOC_QUEUE_NAME": queue, "VOC_QUEUE_IDLE_TIMEOUT_MS": "3000",
           # The killed worker's fit keeps its lease this long; the second worker takes over after it.
           "VOC_JOB_LEASE_SECONDS": "6",
           "VOC_OUTBOX_POLL_SECONDS": "0.2"}
    return subprocess.Popen([sys.executable, "-m", "api.cli", "worker"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


async def test_a_killed_worker_leaves_the_fit_to_be_redelivered(settings: Settings, gql: GraphQL) -> None:
    survey = await load_reviews(gql)
    organization = (await Survey.get(id=survey.id).select_related("organization")).organization
    queue = f"voc:test:{uuid.uuid4().hex[:8]}"
    first = start_worker(settings, queue)
    try:
        # The worker relays the comments' outbox events and analyses them; then the fit.
        await until(_no_pending, within=120, every=0.2)
        job = await service.request_fit(organization=organization, survey_id=None, since=None, until=None)

        async def fitting() -> bool:
            current = await AnalysisJob.get(id=job.id)
            return current.status == JobStatus.RUNNING and current.stage == "fitting topics"

        await until(fitting, within=120, every=0.2)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    assert (await AnalysisJob.get(id=job.id)).status == JobStatus.RUNNING  # died mid-job

    second = start_worker(settings, queue)
    try:
        async def finished() -> bool:
            return (await AnalysisJob.get(id=job.id)).status in (JobStatus.SUCCEEDED, JobStatus.FAILED)

        await until(finished, within=240, every=0.2)
    finally:
        second.send_signal(signal.SIGTERM)
        try:
            second.wait(timeout=15)
        except subprocess.TimeoutExpired:
            second.kill()
    done = await AnalysisJob.get(id=job.id)
    assert done.status == JobStatus.SUCCEEDED, done.error
    versions = await TopicModelVersion.filter(organization=organization)
    assert [v.status for v in versions] == [ModelStatus.ACTIVE]  # one version: done once in effect


async def _no_pending() -> bool:
    return await OutboxEvent.filter(dispatched_at=None).count() == 0
