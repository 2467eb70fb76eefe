"""What an erasure looks for and how a JSON payload loses it: `Traces` (the person's identity and
words, and the rows known to be about them) and `scrub_json`. Shared by the database scrubbing
(actions/erasure_db.py) and the job-queue scrubbing (actions/erasure_queue.py); what goes and what
stays, and why, is decided in actions/erasure.py."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from core.formats import json_int
from core.sql import like_escape

ERASED = "[erased]"
MIN_SUBSTRING = 6  # shorter traces are matched as whole JSON values only
# Keys that hold personal data in a payload about an erased response or case.
PERSONAL_KEYS = frozenset({"comment", "respondent", "respondent_id", "external_id", "attributes", "answers",
                           "page_url", "note", "resolution_reason"})
T = TypeVar("T")


@dataclass(frozen=True)
class Traces:
    """What must not be found afterwards, and the rows known to be about the person.

    `identity` (external id, identifier-like attributes) is removed everywhere in the organisation.
    `comments` (their comments and text answers) only where staff copy them (actions, their audit
    trail, payloads outside "comment" keys): the same words in someone else's comment are theirs.
    """

    identity: frozenset[str]
    comments: frozenset[str] = frozenset()
    response_ids: frozenset[int] = frozenset()
    case_ids: frozenset[int] = frozenset()

    @property
    def values(self) -> frozenset[str]:
        return self.identity | self.comments

    def text(self, value: str, *, comments: bool = True) -> str:
        # Longest first: a comment that contains the external id is replaced whole.
        found = self.values if comments else self.identity
        for trace in sorted((v for v in found if len(v) >= MIN_SUBSTRING), key=len, reverse=True):
            value = value.replace(trace, ERASED)
        return value

    def substrings(self, *, comments: bool = True) -> list[str]:
        return [v for v in (self.values if comments else self.identity) if len(v) >= MIN_SUBSTRING]

    def like_patterns(self) -> list[str]:
        """LIKE patterns over JSON text: a long trace anywhere, a short one as a whole string value."""
        out = []
        for value in self.values:
            encoded = like_escape(json.dumps(value, ensure_ascii=False)[1:-1])
            out.append(f"%{encoded}%" if len(value) >= MIN_SUBSTRING else f'%"{encoded}"%')
        return out

    def about(self, payload: dict[str, Any]) -> bool:
        return any(json_int(payload.get(key)) in ids for key, ids in (
            ("response_id", self.response_ids), ("resurvey_response_id", self.response_ids),
            ("case_id", self.case_ids)))




def scrub_json(value: Any, traces: Traces, *, comments: bool = True) -> Any:
    """`value` without traces: equal strings nulled (dropped from lists), longer text cleaned; in an
    object about an erased response or case, the personal keys nulled whatever they hold. Under a
    "comment" key only the identity counts: someone else may have written the same words."""
    if isinstance(value, dict):
        mine = traces.about(value)
        out: dict[str, Any] = {}
        for key, item in value.items():
            inner = comments and key != "comment"
            if mine and key in PERSONAL_KEYS:
                out[key] = None
            elif isinstance(item, str) and _system_key(key):
                out[key] = item
            elif isinstance(item, str) and item in (traces.values if inner else traces.identity):
                out[key] = None
            else:
                out[key] = scrub_json(item, traces, comments=inner)
        return out
    if isinstance(value, list):
        found = traces.values if comments else traces.identity
        return [scrub_json(v, traces, comments=comments) for v in value if not (isinstance(v, str) and v in found)]
    if isinstance(value, str):
        return traces.text(value, comments=comments)
    return value


def _system_key(key: str) -> bool:
    # Ids and times the system wrote: an external id that happens to equal one is a coincidence.
    return key in ("id", "event") or key.endswith("_id") or key.endswith("_at")


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

