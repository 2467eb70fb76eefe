"""Survey logic through GraphQL: a refused definition names the rule's field with its code and creates
nothing; submitResponse refuses an answer the path skips and stores nothing, and keeps the hidden
fields (declared ones only) with the response's attributes."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from surveys.models import Response, Survey
from tests.support.client import GraphQL
from tests.support.ops import CREATE, active_survey, submit

DEFINITION = json.loads((Path(__file__).parents[2] / "fixtures" / "surveys" / "logic_cases.json").read_text())["definition"]
RESPONSE = "query($id: ID!) { node(id: $id) { ... on Response { score answers attributes } } }"


async def test_a_backward_skip_is_refused_at_its_rule_and_nothing_is_created(gql: GraphQL) -> None:
    definition: dict[str, Any] = copy.deepcopy(DEFINITION)
    definition["questions"][3]["logic"] = [{"if": {"questionId": "contact", "op": "ANSWERED"}, "then": "SKIP_TO",
                                            "target": "wrong"}]
    created = (await gql(CREATE, input={"name": "Logic", "kind": "NPS", "questions": definition}))["createSurvey"]
    assert created["survey"] is None
    assert [(e["code"], e["field"]) for e in created["errors"]] == [("LOGIC_ORDER", "questions[3].logic[0].target")]
    assert await Survey.filter(name="Logic").count() == 0


async def test_submissions_follow_the_path_and_keep_the_hidden_fields(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql, questions=DEFINITION)
    refused = await submit(public, survey["token"], "logic-key-1", score=10, answers={"wrong": "slow"})
    assert (refused["response"], [(e["code"], e["field"]) for e in refused["errors"]]) == (
        None, [("ANSWER_NOT_SHOWN", "answers.wrong")])
    undeclared = await submit(public, survey["token"], "logic-key-2", score=10, hiddenFields={"coupon": "x"})
    assert [(e["code"], e["field"]) for e in undeclared["errors"]] == [("VALIDATION", "hiddenFields.coupon")]
    assert await Response.all().count() == 0

    stored = await submit(public, survey["token"], "logic-key-3", score=4, answers={"wrong": "slow", "contact": "yes"},
                          hiddenFields={"plan": "pro", "orderId": "A-1"})
    assert stored["errors"] == []
    read = (await gql(RESPONSE, id=stored["response"]["id"]))["node"]
    assert read == {"score": 4, "answers": {"wrong": "slow", "contact": "yes"},
                    "attributes": {"plan": "pro", "orderId": "A-1"}}
