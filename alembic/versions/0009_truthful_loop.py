"""Verdicts need evidence; audit trails read like the API.

- `actions.verdict_override_reason`: the reason an admin or analyst gave for closing an action
  against or without its measured effect (null when the closing followed the measured verdict).
  Actions closed before closing was checked, whose stored effect does not support their closing,
  get a reason saying so and a `verdict_overridden` event (actor system), so that LoopMetrics does
  not count them as measured.
- Existing trail rows are rewritten to what the code writes now: status values and verdicts as the
  GraphQL enum values (the action trail had `proposed`; the case trail already had `NEW`); object
  references as GraphQL global ids (`topic:2`, `user:7`, `team:3`, an action's owner as a bare id,
  "merged into action 5", "routing rule 3"); measurement notes with numbers for people instead of
  `share None -> None (p=None)`. The actor column keeps its machine form (`user:<id>` …): names
  are looked up when the trail is read.

Downgrade drops the column; rewritten trail rows stay as they are (text either version reads).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25
"""

from __future__ import annotations

import base64
import json
import math
import re
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

BATCH = 1000
TYPES = {"user": "User", "team": "Team", "topic": "Topic", "response": "Response", "case": "Case",
         "action": "Action"}
REFERENCE = re.compile(r"^(user|team|topic|response|case|action):(\d+)$")
MERGED = re.compile(r"\bmerged (into|from) action (\d+)\b")
ROUTING_RULE = re.compile(r"\(routing rule (\d+)\)")
OLD_EFFECT = re.compile(r"^share (\S+) -> (\S+) \(p=(\S+)\); NPS (\S+) -> (\S+); ?(.*)$", re.DOTALL)
OLD_VERIFICATION = re.compile(r"^verification window of (\d+) days passed; suggested: (\w+)$")
OLD_BASELINE = re.compile(r"^share=(\S+) nps=(\S+)$")
OLD_SENTIMENT = re.compile(r"^sentiment (-?\d+(?:\.\d+)?)$")
LEGACY_REASON = ("closed before a closing needed a measured effect that supports it; measured verdict: {}")
# The rows the service wrote values or notes into (a person's note stays as it was written).
CANDIDATES = (
    "(subject = 'action' AND kind IN ('status', 'effect', 'link', 'owner', 'baseline'))"
    " OR (subject = 'case' AND kind IN ('created', 'team', 'assignee', 'root_cause'))"
)


# --- the wording of 2026-11-25 (actions/wording.py, actions/verdicts.py), frozen here: what this
# migration writes must not change when the application's wording does later -----------------------
MINUS, ARROW, NOT_MEASURED = "\u2212", "\u2192", "not measured"


def ref(type_name: str, pk: int) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode().rstrip("=")


def _finite(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def number(value: Any, digits: int = 1) -> str:
    found = _finite(value)
    if found is None:
        return NOT_MEASURED
    text = f"{abs(found):.{digits}f}".rstrip("0").rstrip(".") if digits else f"{abs(found):.0f}"
    return (MINUS if found < 0 and text.strip("0.") else "") + text


def percent(fraction: Any) -> str:
    found = _finite(fraction)
    if found is None:
        return NOT_MEASURED
    text = f"{abs(100 * found):.1f}"
    return (MINUS if found < 0 and text != "0.0" else "") + text + " %"


def p_value(value: Any) -> str:
    found = _finite(value)
    if found is None:
        return f"p {NOT_MEASURED}"
    return "p < 0.001" if found < 0.001 else f"p = {number(found, 3)}"


def change(before: Any, after: Any, show: Callable[[Any], str] = number) -> str:
    if _finite(before) is None or _finite(after) is None:
        return NOT_MEASURED
    return f"{show(before)} {ARROW} {show(after)}"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def effect_note(measured: dict[str, Any]) -> str:
    share, nps = measured.get("share") or {}, measured.get("nps") or {}
    parts = [f"share {change(share.get('before'), share.get('after'), percent)}"
             + (f" ({p_value(share.get('p_value'))})" if share else ""),
             f"NPS {change(nps.get('before'), nps.get('after'))}", *(measured.get("reasons") or [])]
    return "; ".join(parts)


def baseline_summary(baseline: dict[str, Any]) -> str:
    nps = baseline.get("nps") or {}
    return f"share {percent(baseline.get('share'))}, NPS {number(nps.get('score'))}"


# --- the rewrite ---------------------------------------------------------------------------------


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:  # "None"
        return None


def _reference(value: str | None, subject: str, kind: str) -> str | None:
    if value is None:
        return None
    if subject == "action" and kind == "owner" and value.isdigit():
        return ref("User", int(value))
    found = REFERENCE.match(value)
    return ref(TYPES[found[1]], int(found[2])) if found else value


def _status(value: str | None) -> str | None:
    return value.upper() if value is not None else None


def _note(note: str | None) -> str | None:
    if note is None:
        return None
    if found := OLD_EFFECT.match(note):
        share = None if _float(found[1]) is None else {
            "before": _float(found[1]), "after": _float(found[2]), "p_value": _float(found[3])}
        nps = None if _float(found[4]) is None else {"before": _float(found[4]), "after": _float(found[5])}
        return effect_note({"share": share, "nps": nps, "reasons": [r for r in found[6].split("; ") if r]})
    if found := OLD_VERIFICATION.match(note):
        return (f"the verification window of {plural(int(found[1]), 'day')} has passed; suggested verdict: "
                f"{found[2].upper()}")
    if found := OLD_SENTIMENT.match(note):
        return f"sentiment {number(float(found[1]), 2)}"
    note = MERGED.sub(lambda m: f"merged {m[1]} action {ref('Action', int(m[2]))}", note)
    return ROUTING_RULE.sub(lambda m: f"(routing rule {ref('RoutingRule', int(m[1]))})", note)


def _baseline(value: str | None) -> str | None:
    found = OLD_BASELINE.match(value or "")
    if not found:
        return value
    score = _float(found[2])
    return baseline_summary({"share": _float(found[1]), "nps": None if score is None else {"score": score}})


def _rewrite(row: Any) -> dict[str, Any]:
    subject, kind = row.subject, row.kind
    from_value, to_value = row.from_value, row.to_value
    rewrite: Callable[[str | None], str | None]
    if subject == "action" and kind in ("status", "effect"):
        rewrite = _status
    elif subject == "action" and kind == "baseline":
        rewrite = _baseline
    else:
        def rewrite(value: str | None) -> str | None:
            return _reference(value, subject, kind)
    return {"id": row.id, "from_value": rewrite(from_value), "to_value": rewrite(to_value), "note": _note(row.note)}


def _rewrite_trails(bind: sa.Connection) -> None:
    select = sa.text(f"SELECT id, subject, kind, from_value, to_value, note FROM audit_events "
                     f"WHERE id > :after AND ({CANDIDATES}) ORDER BY id LIMIT :batch")
    update = sa.text("UPDATE audit_events SET from_value = :from_value, to_value = :to_value, note = :note "
                     "WHERE id = :id")
    after = 0
    while rows := bind.execute(select, {"after": after, "batch": BATCH}).fetchall():
        after = rows[-1].id
        changed = [new for row, new in ((row, _rewrite(row)) for row in rows)
                   if (new["from_value"], new["to_value"], new["note"]) != (row.from_value, row.to_value, row.note)]
        if changed:
            bind.execute(update, changed)


def _mark_unsupported_closings(bind: sa.Connection) -> None:
    wanted = {"closed_effective": "effective", "closed_ineffective": "ineffective"}
    rows = bind.execute(sa.text(
        "SELECT id, status, effect FROM actions WHERE status IN ('closed_effective', 'closed_ineffective')")).fetchall()
    for row in rows:
        measured = row.effect if isinstance(row.effect, dict) or row.effect is None else json.loads(row.effect)
        verdict = str((measured or {}).get("verdict") or "insufficient_data")
        if verdict == wanted[row.status]:
            continue
        reason = LEGACY_REASON.format(verdict.upper())
        bind.execute(sa.text("UPDATE actions SET verdict_override_reason = :reason WHERE id = :id"),
                     {"reason": reason, "id": row.id})
        bind.execute(sa.text(
            "INSERT INTO audit_events (organization_id, subject, subject_id, actor, kind, from_value, to_value, "
            "note, at) SELECT organization_id, 'action', id, 'system', 'verdict_overridden', :measured, :chosen, "
            ":reason, updated_at FROM actions WHERE id = :id"),
            {"measured": verdict.upper(), "chosen": wanted[row.status].upper(), "reason": reason, "id": row.id})


def upgrade() -> None:
    op.add_column("actions", sa.Column("verdict_override_reason", sa.Text(), nullable=True))
    bind = op.get_bind()
    _rewrite_trails(bind)
    _mark_unsupported_closings(bind)


def downgrade() -> None:
    op.drop_column("actions", "verdict_override_reason")

