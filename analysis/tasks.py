"""Analysis tasks on the job queue (the outbox topics that start them: actions/tasks.py)."""

from __future__ import annotations

from typing import Any

from analysis import service
from core.queue import task

ANALYSE_RESPONSE = "analysis.analyse_response"
FIT_TOPICS = "analysis.fit_topics"


@task(ANALYSE_RESPONSE)
async def analyse_response(response_id: int, **_: Any) -> None:
    await service.analyse_response(response_id=response_id)


@task(FIT_TOPICS)
async def fit_topics(job_id: int, **_: Any) -> None:
    await service.run_fit_job(job_id=job_id)
