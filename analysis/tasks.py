"""Analysis tasks on the job queue (the outbox topics that start them: api/wiring.py)."""

from __future__ import annotations

from typing import Any

from analysis import service
from core.settings import Settings

ANALYSE_RESPONSE = "analysis.analyse_response"
FIT_TOPICS = "analysis.fit_topics"


async def analyse_response(response_id: int, **_: Any) -> None:
    await service.analyse_response(response_id=response_id)


async def fit_topics(job_id: int, *, settings: Settings, **_: Any) -> None:
    await service.run_fit_job(job_id=job_id, settings=settings)
