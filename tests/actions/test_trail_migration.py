"""Migration 0009 on rows the earlier code wrote: trails read like the API, and actions closed
without supporting evidence are marked as overridden (so LoopMetrics does not count them measured)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from core import migrate
from core.ids import encode_id

AT = datetime(2025, 3, 1, 9, tzinfo=UTC)
EMPTY_EFFECT = ("share None -> None (p=None); NPS None -> None; fewer than 20 analysed comments in a window "
                "(before 10, after 0)")
# (subject, subject id, actor, kind, from, to, note) as the code before 0009 wrote them, and after.
ROWS: list[tuple[tuple[Any, ...], tuple[Any, ...]]] = [
    (("action", 1, "user:1", "status", "proposed", "under_review", None),
     ("action", 1, "user:1", "status", "PROPOSED", "UNDER_REVIEW", None)),
    (("action", 1, "system", "effect", None, "insufficient_data", EMPTY_EFFECT),
     ("action", 1, "system", "effect", None, "INSUFFICIENT_DATA",
      "share not measured; NPS not measured; fewer than 20 analysed comments in a window (before 10, after 0)")),
    (("action", 1, "user:1", "link", None, "topic:2", None),
     ("action", 1, "user:1", "link", None, encode_id("Topic", 2), None)),
    (("action", 1, "apikey:3", "owner", "3", "4", None),
     ("action", 1, "apikey:3", "owner", encode_id("User", 3), encode_id("User", 4), None)),
    (("action", 1, "user:1", "baseline", None, "share=None nps=None", "0 of 0 analysed comments over 4 weeks"),
     ("action", 1, "user:1", "baseline", None, "share not measured, NPS not measured",
      "0 of 0 analysed comments over 4 weeks")),
    (("action", 1, "system", "status", "shipped", "verifying",
      "verification window of 14 days passed; suggested: insufficient_data"),
     ("action", 1, "system", "status", "SHIPPED", "VERIFYING",
      "the verification window of 14 days has passed; suggested verdict: INSUFFICIENT_DATA")),
    (("action", 2, "user:1", "link", None, "case:5", "merged from action 7"),
     ("action", 2, "user:1", "link", None, encode_id("Case", 5), f"merged from action {encode_id('Action', 7)}")),
    (("action", 2, "user:1", "status", "under_review", "duplicate", "merged into action 9"),
     ("action", 2, "user:1", "status", "UNDER_REVIEW", "DUPLICATE", f"merged into action {encode_id('Action', 9)}")),
    (("action", 2, "system", "effect", None, "effective",
      "share 0.4 -> 0.1 (p=0.0); NPS -100.0 -> -50.0; the topics' share of comments dropped significantly"),
     ("action", 2, "system", "effect", None, "EFFECTIVE",
      "share 40.0 % \u2192 10.0 % (p < 0.001); NPS \u2212100 \u2192 \u221250; the topics' share of comments "
      "dropped significantly")),
    (("action", 2, "user:1", "note", None, None, "见 merged into action 3 的讨论"),
     ("action", 2, "user:1", "note", None, None, "见 merged into action 3 的讨论")),
    (("case", 1, "rule:default", "created", None, "NEW", "sentiment -0.85"),
     ("case", 1, "rule:default", "created", None, "NEW", "sentiment \u22120.85")),
    (("case", 1, "rule:default", "team", None, "team:3", "round robin (routing rule 4)"),
     ("case", 1, "rule:default", "team", None, encode_id("Team", 3),
      f"round robin (routing rule {encode_id('RoutingRule', 4)})")),
    (("case", 1, "user:1", "assignee", "user:5", "user:6", "reassigned"),
     ("case", 1, "user:1", "assignee", encode_id("User", 5), encode_id("User", 6), "reassigned")),
    (("case", 1, "user:1", "root_cause", None, "topic:2", None),
     ("case", 1, "user:1", "root_cause", None, encode_id("Topic", 2), None)),
    (("case", 1, "user:1", "note", None, None, "user:5 说 topic:2"),  # a person's words stay as written
     ("case", 1, "user:1", "note", None, None, "user:5 说 topic:2")),
    (("case", 1, "system", "status", "RESOLVED", "CLOSED", "the reopen window has passed"),
     ("case", 1, "system", "status", "RESOLVED", "CLOSED", "the reopen window has passed")),
]


def _effect(verdict: str) -> dict[str, Any]:
    return {"verdict": verdict, "reasons": [], "window_complete": True}


async def test_old_trails_and_unsupported_closings_are_rewritten(fresh_url: str) -> None:
    url = fresh_url
    migrate.upgrade(url, "0007")
    engine = sa.create_engine(migrate.sqlalchemy_url(url))
    try:
        meta = sa.MetaData()
        meta.reflect(engine, only=["organizations", "actions", "audit_events"])
        organizations, actions, events = (meta.tables[t] for t in ("organizations", "actions", "audit_events"))
        with engine.begin() as conn:
            conn.execute(organizations.insert(), [{"id": 1, "name": "Acme", "timezone": "Asia/Shanghai",
                                                   "identity_secret": "s", "created_at": AT}])
            conn.execute(actions.insert(), [
                {"id": i, "organization_id": 1, "title": title, "priority": 3, "status": status,
                 "verification_days": 14, "effect": effect, "created_at": AT, "updated_at": AT}
                for i, title, status, effect in (
                    (1, "closed in a second", "closed_effective", _effect("insufficient_data")),
                    (2, "measured", "closed_effective", _effect("effective")),
                    (3, "against the data", "closed_ineffective", _effect("effective")),
                    (4, "open", "in_progress", None))])
            conn.execute(events.insert(), [
                dict(zip(("subject", "subject_id", "actor", "kind", "from_value", "to_value", "note"), old, strict=True),
                     organization_id=1, at=AT) for old, _ in ROWS])
        migrate.upgrade(url)
        with engine.connect() as conn:
            found = conn.execute(sa.text(
                "SELECT subject, subject_id, actor, kind, from_value, to_value, note FROM audit_events "
                "ORDER BY id")).fetchall()
            reasons: dict[int, str | None] = dict(conn.execute(sa.text(
                "SELECT id, verdict_override_reason FROM actions ORDER BY id")).fetchall())
    finally:
        engine.dispose()
    assert [tuple(r) for r in found[:len(ROWS)]] == [new for _, new in ROWS]
    assert [tuple(r) for r in found[len(ROWS):]] == [
        ("action", 1, "system", "verdict_overridden", "INSUFFICIENT_DATA", "EFFECTIVE", reasons[1]),
        ("action", 3, "system", "verdict_overridden", "EFFECTIVE", "INEFFECTIVE", reasons[3]),
    ]
    assert reasons[1] == ("closed before a closing needed a measured effect that supports it; measured verdict: "
                          "INSUFFICIENT_DATA")
    assert reasons[2] is None and reasons[4] is None and reasons[3] is not None
