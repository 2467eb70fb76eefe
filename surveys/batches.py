"""Batched row lookups for jobs: the events of one queue message run together, and the tasks of
each look up its response; one query serves them all (see core.batching.row_loader)."""

from __future__ import annotations

from core.batching import row_loader
from surveys.models import Response, Survey

RESPONSES = row_loader(Response)
SURVEYS = row_loader(Survey)
