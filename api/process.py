"""What every process sets up once from Settings before it serves or works (`voc serve`, `voc
worker`, the other commands, the test suite): the parts of the domains that are one per process,
the way responses are taken in and written (surveys.intake) and the tokenizer.

Everything else gets its settings passed in: the queue's tasks and periodic jobs through the
wiring table (api/wiring.py), requests through the GraphQL context.
"""

from __future__ import annotations

from analysis.text.pool import workers_for
from analysis.text.tokenize import configure_pool
from core.settings import Settings
from surveys import intake


def configure(settings: Settings) -> None:
    # Submissions: their limits, and the writes of the database in use (ORM, or group commit on PostgreSQL).
    intake.install(intake.Intake.from_settings(settings))
    # The process's tokenizer: how it spreads large batches (a topic fit) over processes.
    configure_pool(workers=workers_for(settings.tokenize_workers), pool_min=settings.tokenize_pool_min)
