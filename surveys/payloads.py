"""A submission's validated fields compared with what a key already stored: the canonical payload's
hash (a retry sends the same one) and the late retry of a partial that was completed since."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from surveys.models import Response


def payload_hash(fields: dict[str, Any], external_id: str | None) -> str:
    canonical = {k: fields[k] for k in ("score", "comment", "answers", "completed")}
    canonical["respondent"] = external_id
    if fields["attributes"]:  # only then: the responses stored before hidden fields keep their hash
        canonical["hidden"] = fields["attributes"]
    return hashlib.sha256(json.dumps(canonical, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def is_stale_part_of(fields: dict[str, Any], existing: Response) -> bool:
    """A late retry of the earlier partial (score only) of a response that is now complete."""
    if fields["completed"]:
        return False
    if fields["score"] != existing.score:
        return False
    if fields["comment"] not in (None, existing.comment):
        return False
    answers = fields["answers"] or {}
    return all((existing.answers or {}).get(k) == v for k, v in answers.items())
