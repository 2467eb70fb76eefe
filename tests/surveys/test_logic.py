"""surveys/logic.py: the shared cases of the evaluator (tests/fixtures/surveys/logic_cases.json, which
the widget's vitest runs too), each kind of refused definition with its code and field, and the
checks of a submission against the path (nothing stored when refused)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from core.errors import ValidationFailed
from core.models import Organization
from surveys import logic, service
from surveys.definitions import build_definition, validate_answers
from surveys.models import Response, Survey, SurveyKind, SurveyStatus
from surveys.service import Submission, SurveyChanges

CASES = json.loads((Path(__file__).parents[1] / "fixtures" / "surveys" / "logic_cases.json").read_text())
NPS = SurveyKind.NPS


def built(extra: dict[str, Any], kind: SurveyKind = NPS) -> dict[str, Any]:
    return build_definition(kind=kind, locale="en", question=None, extra=copy.deepcopy(extra))


def refusal(extra: dict[str, Any], kind: SurveyKind = NPS) -> tuple[str, str | None]:
    with pytest.raises(ValidationFailed) as error:
        built(extra, kind)
    return error.value.code, error.value.field


def shared() -> dict[str, Any]:
    return copy.deepcopy(CASES["definition"])


@pytest.mark.parametrize("case", CASES["cases"], ids=[c["name"] for c in CASES["cases"]])
def test_the_shared_cases_give_their_paths(case: dict[str, Any]) -> None:
    definition = built(CASES["definition"])  # the fixture is a valid definition, kept as written
    assert definition["questions"][1]["logic"] == CASES["definition"]["questions"][1]["logic"]
    assert logic.path(definition, case["values"]) == case["path"]


def test_a_definition_without_logic_shows_every_question() -> None:
    definition = built({"questions": [{"id": "a", "type": "text", "text": "A"}, {"id": "b", "type": "text", "text": "B"}]})
    assert logic.path(definition, {}) == ["a", "b"] and "hiddenFields" not in definition


def rule(**fields: Any) -> dict[str, Any]:
    return {"if": {"questionId": "score", "op": "LT", "value": 7}, "then": "SHOW", **fields}


def with_rule(at: int, new: dict[str, Any]) -> dict[str, Any]:
    definition = shared()
    definition["questions"][at]["logic"] = [new]
    return definition


def test_references_must_exist() -> None:
    assert refusal(with_rule(2, rule(**{"if": {"questionId": "nope", "op": "ANSWERED"}}))) == (
        "LOGIC_REFERENCE", "questions[2].logic[0].if.questionId")
    assert refusal(with_rule(1, rule(then="SKIP_TO", target="nope"))) == (
        "LOGIC_REFERENCE", "questions[1].logic[0].target")
    # A FORM survey has no score to read.
    form = {"questions": [{"id": "a", "type": "text", "text": "A", "logic": [rule()]}]}
    assert refusal(form, SurveyKind.FORM) == ("LOGIC_REFERENCE", "questions[0].logic[0].if.questionId")


def test_operators_and_values_must_fit_what_they_read() -> None:
    cases = [
        ({"questionId": "wrong", "op": "EQUALS", "value": "x"}, "op"),  # text: only (NOT_)ANSWERED
        ({"questionId": "area", "op": "GT", "value": 1}, "op"),  # a choice has no order
        ({"questionId": "area", "op": "EQUALS", "value": "cheap"}, "value"),  # no such option
        ({"questionId": "area", "op": "ONE_OF", "value": "price"}, "value"),  # ONE_OF takes a list
        ({"questionId": "score", "op": "GT", "value": 11}, "value"),  # outside 0..10
        ({"questionId": "score", "op": "EQUALS", "value": "9"}, "value"),  # a score is a number
        ({"questionId": "plan", "op": "LT", "value": "pro"}, "op"),  # a hidden field is text
    ]
    for condition, field in cases:
        assert refusal(with_rule(3, rule(**{"if": condition}))) == (
            "LOGIC_TYPE", f"questions[3].logic[0].if.{field}"), condition


def test_conditions_read_earlier_answers_and_skips_go_forward() -> None:
    assert refusal(with_rule(1, rule(**{"if": {"questionId": "area", "op": "ANSWERED"}}))) == (
        "LOGIC_ORDER", "questions[1].logic[0].if.questionId")  # itself
    assert refusal(with_rule(1, rule(**{"if": {"questionId": "stars", "op": "ANSWERED"}}))) == (
        "LOGIC_ORDER", "questions[1].logic[0].if.questionId")  # a later one
    assert refusal(with_rule(3, rule(then="SKIP_TO", target="area"))) == (
        "LOGIC_ORDER", "questions[3].logic[0].target")  # backward: a loop
    assert refusal(with_rule(3, rule(then="SKIP_TO", target="when"))) == (
        "LOGIC_ORDER", "questions[3].logic[0].target")  # to itself


def test_shapes_are_refused_at_their_field() -> None:
    assert refusal(with_rule(0, rule(then="JUMP"))) == ("VALIDATION", "questions[0].logic[0].then")
    assert refusal(with_rule(0, rule(**{"if": {"questionId": "score", "op": "ABOUT", "value": 1}}))) == (
        "VALIDATION", "questions[0].logic[0].if.op")
    assert refusal(with_rule(0, {"then": "END"})) == ("VALIDATION", "questions[0].logic[0]")
    too_many = shared()
    too_many["questions"][0]["logic"] = [rule()] * (logic.MAX_RULES + 1)
    assert refusal(too_many) == ("VALIDATION", "questions[0].logic")
    for fields, field in [([{"key": "1st"}], "hiddenFields[0].key"), ([{"key": "wrong"}], "hiddenFields[0].key"),
                          ([{"key": "a"}, {"key": "a"}], "hiddenFields[1].key"), ({"key": "a"}, "hiddenFields"),
                          ([{"key": "a", "label": ""}], "hiddenFields[0].label")]:
        definition = shared()
        definition["hiddenFields"] = fields
        assert refusal(definition) == ("VALIDATION", field), fields


def test_a_submission_follows_the_path() -> None:
    definition = built(CASES["definition"])
    detractor = {"wrong": "slow", "area": ["staff"], "contact": "no"}
    assert validate_answers(definition=definition, answers=detractor, completed=True, score=3) == detractor

    def refused(answers: dict[str, Any], **values: Any) -> tuple[str, str | None]:
        with pytest.raises(ValidationFailed) as error:
            validate_answers(definition=definition, answers=answers, completed=True, **values)
        return error.value.code, error.value.field

    # A promoter's survey ends at once: no answer to what went wrong.
    assert refused({"wrong": "slow"}, score=10) == ("ANSWER_NOT_SHOWN", "answers.wrong")
    # Contact is asked only about price or staff, or of a pro plan (a hidden field).
    assert refused({"wrong": "slow", "area": ["speed"], "contact": "no"}, score=3) == (
        "ANSWER_NOT_SHOWN", "answers.contact")
    assert validate_answers(definition=definition, answers={"wrong": "x", "contact": "no"}, completed=True,
                            score=3, hidden={"plan": "pro"}) == {"wrong": "x", "contact": "no"}
    # A detractor must say what went wrong (required and shown); a passive is not asked.
    assert refused({}, score=3) == ("VALIDATION", "answers.wrong")
    assert validate_answers(definition=definition, answers={}, completed=True, score=8) is None
    # A partial (score first) needs no required answer yet, but may not answer skipped questions.
    assert validate_answers(definition=definition, answers=None, completed=False, score=3) is None


def test_hidden_fields_must_be_declared_text() -> None:
    definition = built(CASES["definition"])
    assert logic.check_hidden(definition, {"orderId": "A-1", "plan": ""}) == {"orderId": "A-1"}
    for hidden, field in [({"coupon": "x"}, "hiddenFields.coupon"), ({"orderId": 7}, "hiddenFields.orderId"),
                          ({"orderId": "x" * 501}, "hiddenFields.orderId"), (["A-1"], "hiddenFields")]:
        with pytest.raises(ValidationFailed) as error:
            logic.check_hidden(definition, hidden)
        assert (error.value.code, error.value.field) == ("VALIDATION", field)


async def test_stored_answers_follow_the_path_and_a_refusal_stores_nothing(org: Organization) -> None:
    survey = await service.create_survey(organization=org, name="Logic", kind=NPS, locale="en",
                                         changes=SurveyChanges(questions=shared()))
    await service.transition_survey(organization=org, survey_id=survey.id, to=SurveyStatus.ACTIVE)
    survey = await Survey.get(id=survey.id).select_related("organization")

    def submission(key: str, **fields: Any) -> Submission:
        return Submission(token=survey.token, idempotency_key=key, **fields)

    with pytest.raises(ValidationFailed) as error:
        await service.store_response(survey=survey, submission=submission(
            "promoter-1", score=10, answers={"wrong": "x"}, hidden={"orderId": "A-1"}))
    assert error.value.code == "ANSWER_NOT_SHOWN"
    with pytest.raises(ValidationFailed):
        await service.store_response(survey=survey, submission=submission("promoter-2", score=10, hidden={"x": "1"}))
    assert await Response.filter(survey_id=survey.id).count() == 0

    stored = await service.store_response(survey=survey, submission=submission(
        "detractor-1", score=2, answers={"wrong": "slow", "area": ["price"], "contact": "yes", "when": "evenings"},
        hidden={"orderId": "A-1", "plan": "pro"}))
    assert stored.answers == {"wrong": "slow", "area": ["price"], "contact": "yes", "when": "evenings"}
    assert stored.attributes == {"orderId": "A-1", "plan": "pro"}
    # A retry is the same response; other hidden values under the same key are another payload.
    again = await service.store_response(survey=survey, submission=submission(
        "detractor-1", score=2, answers={"wrong": "slow", "area": ["price"], "contact": "yes", "when": "evenings"},
        hidden={"orderId": "A-1", "plan": "pro"}))
    assert again.id == stored.id and await Response.filter(survey_id=survey.id).count() == 1


def test_the_evaluator_only_moves_forward_even_on_a_definition_validation_refuses() -> None:
    # The same case as frontend_widget/test/logic.test.ts: a preview may show an unsaved, invalid one.
    loop = {"questions": [{"id": "a"}, {"id": "b", "logic": [
        {"if": {"questionId": "a", "op": "NOT_ANSWERED"}, "then": "SKIP_TO", "target": "a"}]}, {"id": "c"}]}
    assert logic.path(loop, {}) == ["a", "c"]
