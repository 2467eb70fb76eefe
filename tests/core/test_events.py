"""The event catalogue: one definition per payload, written the same by Python and by SQL."""

from __future__ import annotations

import json
from typing import Any, Literal

import pytest

from core import events
from core.db import db, dialect
from core.events import (
    ActionChanged,
    ActionStatusChanged,
    CaseEscalated,
    CaseSlaBreached,
    CaseStatusChanged,
    ResponseSubmitted,
    sql_object,
)


def test_payloads_keep_their_published_names_and_order() -> None:
    moved = CaseStatusChanged(case_id=7, status="resolved", from_="in_progress", to="resolved", resurvey_url="https://x/s/t")
    assert list(moved.payload().items()) == [("case_id", 7), ("status", "resolved"), ("change", "status"),
                                             ("from", "in_progress"), ("to", "resolved"),
                                             ("resurvey_url", "https://x/s/t")]
    assert "resurvey_url" not in CaseStatusChanged(case_id=7, status="closed", from_="resolved", to="closed").payload()
    # Empty link lists are left out, not written as null or []; a present one keeps its place.
    assert ActionChanged(action_id=3, changes=["link"], merged_from=2, case_ids=[5], topic_ids=[]).payload() == {
        "action_id": 3, "changes": ["link"], "merged_from": 2, "case_ids": [5]}
    assert ActionStatusChanged(action_id=3, from_="proposed", to="under_review").payload() == {
        "action_id": 3, "from": "proposed", "to": "under_review"}
    assert ResponseSubmitted.topic == events.RESPONSE_SUBMITTED == "response.submitted"


def test_the_sql_of_a_payload_names_every_field_and_nothing_else() -> None:
    with pytest.raises(ValueError, match=r"ResponseSubmitted\.completed"):
        sql_object(ResponseSubmitted, {"response_id": "r.id", "survey_id": "r.survey_id"}, dialect="postgres")
    with pytest.raises(ValueError, match="no field sentiment"):
        sql_object(ResponseSubmitted, {"response_id": "r.id", "survey_id": "r.survey_id", "completed": "TRUE",
                                       "sentiment": "0.5"}, dialect="postgres")
    # A fixed value is a literal; an omittable field may be left out.
    assert sql_object(CaseStatusChanged, {"case_id": "id", "status": "s", "from_": "f", "to": "t"},
                      dialect="sqlite") == "json_object('case_id', id, 'status', s, 'change', 'status', 'from', f, 'to', t)"


# Each event some statement writes in SQL, the SQL values of one example and the same in Python.
SQL_WRITTEN: list[tuple[events.Event, dict[str, str]]] = [
    (ResponseSubmitted(response_id=11, survey_id=4, completed=False),
     {"response_id": "11", "survey_id": "4", "completed": "{false}"}),
    (CaseSlaBreached(case_id=5, status="assigned", clock="first_contact", escalation_level=1, notify_user_ids=[2, 9]),
     {"case_id": "5", "status": "'assigned'", "clock": "'first_contact'", "escalation_level": "1",
      "notify_user_ids": "{array}"}),
    (CaseEscalated(case_id=5, status="new", escalation_level=2, notify_user_ids=[]),
     {"case_id": "5", "status": "'new'", "escalation_level": "2", "notify_user_ids": "{empty}"}),
    (CaseStatusChanged(case_id=6, status="closed", from_="resolved", to="closed"),
     {"case_id": "6", "status": "'closed'", "from_": "'resolved'", "to": "'closed'"}),
]


@pytest.mark.parametrize(("event", "values"), SQL_WRITTEN, ids=lambda v: type(v).__name__)
async def test_the_database_builds_the_payload_python_builds(orm: None, event: events.Event,
                                                             values: dict[str, str]) -> None:
    name: Literal["postgres", "sqlite"] = "postgres" if dialect() == "postgres" else "sqlite"
    pg = name == "postgres"
    spelled = {
        "{false}": "FALSE" if pg else "json('false')",
        "{array}": "jsonb_build_array(2, 9)" if pg else "json_array(2, 9)",
        "{empty}": "jsonb_build_array()" if pg else "json_array()",
    }
    sql = sql_object(type(event), {k: spelled.get(v, v) for k, v in values.items()}, dialect=name)
    rows = await db().execute_query_dict(f"SELECT {sql} AS payload")
    found: Any = rows[0]["payload"]
    # Key order too: webhook bodies are these objects as written (jsonb keeps its own order).
    assert json.loads(found) == event.payload()
    if not pg:
        assert list(json.loads(found)) == list(event.payload())
