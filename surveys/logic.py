"""Survey logic: conditions on earlier answers that show a question, skip to a later one or end the
survey, and hidden fields that the link or the host page fills in.

A question may carry `logic: [{"if": {"questionId", "op", "value"?}, "then": "SHOW"|"SKIP_TO"|"END",
"target"?}]`, checked when the respondent reaches it: the first SKIP_TO or END rule that holds (in
order) skips the question and continues at `target`, or ends the survey there; otherwise, when the
question has SHOW rules, it is shown only if one of them holds. A condition reads the main score
(`score`), the main comment (`comment`), a hidden field's key or an EARLIER question, and a skip goes
only forward, so no definition can loop. `path` is the one evaluator: the widget and the console's
preview run the same steps (frontend_widget/src/logic.ts), and tests/fixtures/surveys/logic_cases.json
holds cases that pytest and vitest both run, so that the two cannot drift.
"""

from __future__ import annotations

import re
from typing import Any

from core.errors import ValidationFailed
from surveys.errors import AnswerNotShown, LogicOrder, LogicReference, LogicType
from surveys.models import SurveyKind

OPS = ("EQUALS", "ONE_OF", "GT", "LT", "ANSWERED", "NOT_ANSWERED")
ACTIONS = ("SHOW", "SKIP_TO", "END")
MAX_RULES = 10
MAX_HIDDEN_FIELDS = 20
MAX_HIDDEN_VALUE = 500
HIDDEN_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,63}$")
# Which operators fit which kind of value a condition reads ("hidden": a hidden field's text).
OPS_BY_TYPE = {
    "rating": ("EQUALS", "ONE_OF", "GT", "LT", "ANSWERED", "NOT_ANSWERED"),
    "single_choice": ("EQUALS", "ONE_OF", "ANSWERED", "NOT_ANSWERED"),
    "multiple_choice": ("EQUALS", "ONE_OF", "ANSWERED", "NOT_ANSWERED"),
    "hidden": ("EQUALS", "ONE_OF", "ANSWERED", "NOT_ANSWERED"),
    "text": ("ANSWERED", "NOT_ANSWERED"),
}


# --- evaluation (mirrored by frontend_widget/src/logic.ts) --------------------------------------


def is_answered(value: Any) -> bool:
    return value is not None and value != "" and value != []


def holds(condition: dict[str, Any], values: dict[str, Any]) -> bool:
    """Whether `condition` holds for `values` (answers, `score`, `comment` and hidden fields by key).
    Only ANSWERED / NOT_ANSWERED hold for an unanswered question; on a multiple choice, EQUALS means
    "picked" and ONE_OF "picked any of"."""
    op: str = condition["op"]
    want: Any = condition.get("value")
    value: Any = values.get(condition["questionId"])
    if op in ("ANSWERED", "NOT_ANSWERED"):
        return is_answered(value) == (op == "ANSWERED")
    if not is_answered(value):
        return False
    picked = value if isinstance(value, list) else [value]
    if op == "EQUALS":
        return any(_same(v, want) for v in picked)
    if op == "ONE_OF":
        return any(_same(v, w) for v in picked for w in want)
    if not (_number(value) and _number(want)):
        return False
    return bool(value > want if op == "GT" else value < want)


def _same(a: Any, b: Any) -> bool:
    # JavaScript's ===: a number never equals a string, and true is not 1.
    return a == b and isinstance(a, bool) == isinstance(b, bool) and isinstance(a, str) == isinstance(b, str)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def path(definition: dict[str, Any], values: dict[str, Any]) -> list[str]:
    """The ids of the further questions the respondent is shown, in order, given `values`."""
    questions = definition.get("questions") or []
    index = {q["id"]: i for i, q in enumerate(questions)}
    shown: list[str] = []
    i = 0
    while i < len(questions):
        question = questions[i]
        rules = question.get("logic") or []
        jump = next((r for r in rules if r["then"] != "SHOW" and holds(r["if"], values)), None)
        if jump is not None:
            if jump["then"] == "END":
                break
            target = index.get(jump["target"], -1)
            i = target if target > i else i + 1  # only forward, as the widget (validation refuses the rest)
            continue
        shows = [r for r in rules if r["then"] == "SHOW"]
        if not shows or any(holds(r["if"], values) for r in shows):
            shown.append(question["id"])
        i += 1
    return shown


# --- definitions ----------------------------------------------------------------------------------


def validate_hidden_fields(definition: dict[str, Any], taken: set[str]) -> None:
    fields = definition.get("hiddenFields")
    if fields is None:
        return
    if not isinstance(fields, list) or len(fields) > MAX_HIDDEN_FIELDS:
        raise ValidationFailed(f"hiddenFields must be a list of at most {MAX_HIDDEN_FIELDS}", field="hiddenFields")
    for k, item in enumerate(fields):
        where = f"hiddenFields[{k}]"
        if not isinstance(item, dict):
            raise ValidationFailed("a hidden field is an object {key, label}", field=where)
        key = item.get("key")
        if not isinstance(key, str) or not HIDDEN_KEY.match(key):
            raise ValidationFailed("a hidden field's key is a letter then up to 63 letters, digits or _",
                                   field=f"{where}.key")
        if key in taken:
            raise ValidationFailed(f"{key!r} is already a question id or another hidden field", field=f"{where}.key")
        taken.add(key)
        label = item.get("label", key)
        if not isinstance(label, str) or not label.strip() or len(label) > 200:
            raise ValidationFailed("a hidden field's label is 1-200 characters", field=f"{where}.label")
        definition["hiddenFields"][k] = {"key": key, "label": label.strip()}


def validate_logic(*, kind: SurveyKind, definition: dict[str, Any], score_range: tuple[int, int] | None) -> None:
    """Every rule's shape, references, operator and value types, and order (conditions read earlier
    answers, skips go forward). Runs after the questions themselves were validated."""
    readable: dict[str, dict[str, Any]] = {"comment": {"type": "text"}}
    if score_range is not None:
        readable["score"] = {"type": "rating", "min": score_range[0], "max": score_range[1]}
    for item in definition.get("hiddenFields") or []:
        readable[item["key"]] = {"type": "hidden"}
    questions = definition.get("questions") or []
    position = {q["id"]: i for i, q in enumerate(questions)}
    for i, question in enumerate(questions):
        rules = question.get("logic")
        if rules is None:
            continue
        where = f"questions[{i}].logic"
        if not isinstance(rules, list) or len(rules) > MAX_RULES:
            raise ValidationFailed(f"logic must be a list of at most {MAX_RULES} rules", field=where)
        if not rules:
            del question["logic"]
        for j, rule in enumerate(rules):
            rules[j] = _checked_rule(rule, f"{where}[{j}]", i, readable, position)
        readable[question["id"]] = question


def _checked_rule(rule: Any, where: str, at: int, readable: dict[str, dict[str, Any]],
                  position: dict[str, int]) -> dict[str, Any]:
    if not isinstance(rule, dict) or not isinstance(rule.get("if"), dict):
        raise ValidationFailed('a rule is {"if": {questionId, op, value}, "then": ...}', field=where)
    then = rule.get("then")
    if then not in ACTIONS:
        raise ValidationFailed(f"then must be one of {', '.join(ACTIONS)}", field=f"{where}.then")
    condition = _checked_condition(rule["if"], f"{where}.if", at, readable, position)
    checked: dict[str, Any] = {"if": condition, "then": then}
    if then == "SKIP_TO":
        target = rule.get("target")
        if not isinstance(target, str) or target not in position:
            raise LogicReference("target must be the id of a question of this survey", field=f"{where}.target")
        if position[target] <= at:
            raise LogicOrder("a skip goes only forward, to a later question", field=f"{where}.target")
        checked["target"] = target
    return checked


def _checked_condition(condition: dict[str, Any], where: str, at: int, readable: dict[str, dict[str, Any]],
                       position: dict[str, int]) -> dict[str, Any]:
    qid = condition.get("questionId")
    source = readable.get(qid) if isinstance(qid, str) else None
    if source is None:
        if isinstance(qid, str) and qid in position:
            raise LogicOrder("a condition reads only earlier questions (this one and later ones are not answered yet)",
                             field=f"{where}.questionId")
        raise LogicReference("questionId must be score, comment, a hidden field or an earlier question's id",
                             field=f"{where}.questionId")
    op = condition.get("op")
    if op not in OPS:
        raise ValidationFailed(f"op must be one of {', '.join(OPS)}", field=f"{where}.op")
    qtype = source["type"]
    if op not in OPS_BY_TYPE[qtype]:
        raise LogicType(f"{op} does not apply to a {qtype} question", field=f"{where}.op")
    checked: dict[str, Any] = {"questionId": qid, "op": op}
    if op in ("ANSWERED", "NOT_ANSWERED"):
        return checked
    value = condition.get("value")
    items = value if op == "ONE_OF" else [value]
    if not isinstance(items, list) or not items or len(items) > 30:
        raise LogicType("ONE_OF takes a list of 1-30 values", field=f"{where}.value")
    for item in items:
        if not _fits(source, item):
            raise LogicType(f"{item!r} is not a possible answer of {qid!r}", field=f"{where}.value")
    checked["value"] = value
    return checked


def _fits(source: dict[str, Any], value: Any) -> bool:
    qtype = source["type"]
    if qtype == "rating":
        return isinstance(value, int) and not isinstance(value, bool) and source["min"] <= value <= source["max"]
    if qtype == "hidden":
        return isinstance(value, str) and len(value) <= MAX_HIDDEN_VALUE
    return isinstance(value, str) and value in {o["id"] for o in source.get("options", [])}


# --- submissions ----------------------------------------------------------------------------------


def check_hidden(definition: dict[str, Any], hidden: Any) -> dict[str, str]:
    """The submitted hidden fields: declared keys only, text values (empty ones are left out)."""
    if hidden is None:
        return {}
    if not isinstance(hidden, dict):
        raise ValidationFailed("hiddenFields must be an object keyed by hidden field key", field="hiddenFields")
    declared = {item["key"] for item in definition.get("hiddenFields") or []}
    out: dict[str, str] = {}
    for key, value in hidden.items():
        if key not in declared:
            raise ValidationFailed(f"the survey declares no hidden field {key!r}", field=f"hiddenFields.{key}")
        if not isinstance(value, str) or len(value) > MAX_HIDDEN_VALUE:
            raise ValidationFailed(f"a hidden field's value is text of at most {MAX_HIDDEN_VALUE} characters",
                                   field=f"hiddenFields.{key}")
        if value:
            out[key] = value
    return out


def check_followed(definition: dict[str, Any], values: dict[str, Any], answers: dict[str, Any]) -> list[str]:
    """The questions shown along the logic's path; refuses an answer to any other question."""
    shown = path(definition, values)
    for qid in answers:
        if qid not in shown:
            raise AnswerNotShown(f"question {qid!r} is not asked on this path (its logic hides or skips it)",
                                 field=f"answers.{qid}")
    return shown


def with_attributes(fields: dict[str, Any], respondent: dict[str, Any] | None) -> dict[str, Any]:
    """A response's fields with its attributes: the hidden fields (`fields["attributes"]`) joined by the
    respondent's attributes, which win a clash (the organisation's data; a link's values are anyone's)."""
    merged = {**(fields["attributes"] or {}), **(respondent or {})}
    return {**fields, "attributes": merged or None}
