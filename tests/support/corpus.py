"""The small labelled review corpus (tests/fixtures/analysis/topics_small.csv), read once."""

from __future__ import annotations

import csv
from functools import cache

from tests.support.paths import TOPICS_SMALL


@cache
def topics_small() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The reviews and their categories, in file order."""
    with TOPICS_SMALL.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return tuple(r["review"] for r in rows), tuple(r["cat"] for r in rows)
