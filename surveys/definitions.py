"""Survey definitions: the main question, further questions and score-band follow-ups.

A definition is plain JSON (it is served as-is to the widget), validated here on every write:
`{"main": {...}, "followUps": [...], "questions": [...], "thankYou": "...", "hiddenFields"?: [...]}`;
the questions' `logic` and the hidden fields are surveys/logic.py's.
"""

from __future__ import annotations

import re
from typing import Any

from core.errors import ValidationFailed
from surveys import logic
from surveys.models import NpsCategory, SurveyKind

LOCALES = ("zh-CN", "en")
QUESTION_TYPES = ("rating", "single_choice", "multiple_choice", "text")
ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
MAX_QUESTIONS = 50
MAX_OPTIONS = 30
MAX_TEXT = 1000

SCORE_RANGE: dict[SurveyKind, tuple[int, int]] = {
    SurveyKind.NPS: (0, 10),
    SurveyKind.CSAT: (1, 5),
    SurveyKind.CES: (1, 7),
}

MAIN_TEXT = {
    SurveyKind.NPS: {"zh-CN": "您向朋友或同事推荐我们的可能性有多大？",
                     "en": "How likely are you to recommend us to a friend or colleague?"},
    SurveyKind.CSAT: {"zh-CN": "您对这次体验的满意程度如何？", "en": "How satisfied are you with your experience?"},
    SurveyKind.CES: {"zh-CN": "为了解决您的问题，您需要付出多少努力？",
                     "en": "How much effort did it take to get your issue resolved?"},
    SurveyKind.FORM: {"zh-CN": "请告诉我们您的意见或建议。", "en": "Tell us what you think."},
}
END_LABELS = {
    SurveyKind.NPS: {"zh-CN": ("不可能", "极有可能"), "en": ("Not likely", "Extremely likely")},
    SurveyKind.CSAT: {"zh-CN": ("非常不满意", "非常满意"), "en": ("Very dissatisfied", "Very satisfied")},
    SurveyKind.CES: {"zh-CN": ("非常轻松", "非常费力"), "en": ("Very little effort", "A lot of effort")},
}
FOLLOW_UPS: dict[SurveyKind, list[tuple[str, int, int, dict[str, str]]]] = {
    SurveyKind.NPS: [
        ("detractor", 0, 6, {"zh-CN": "我们哪里做得不好？您最希望我们改进什么？",
                             "en": "What went wrong? What should we improve first?"}),
        ("passive", 7, 8, {"zh-CN": "我们怎样做才能让您更满意？", "en": "What would make us a 10 for you?"}),
        ("promoter", 9, 10, {"zh-CN": "您最喜欢我们哪一点？", "en": "What do you love most about us?"}),
    ],
    SurveyKind.CSAT: [
        ("low", 1, 2, {"zh-CN": "哪些方面让您不满意？", "en": "What disappointed you?"}),
        ("mid", 3, 3, {"zh-CN": "我们怎样做才能更好？", "en": "How could we do better?"}),
        ("high", 4, 5, {"zh-CN": "您最满意的是什么？", "en": "What did you like most?"}),
    ],
    SurveyKind.CES: [
        ("low", 1, 3, {"zh-CN": "哪些地方让事情变得轻松？", "en": "What made it easy?"}),
        ("mid", 4, 4, {"zh-CN": "哪一步可以更简单？", "en": "Which step could be simpler?"}),
        ("high", 5, 7, {"zh-CN": "哪一步最费力？", "en": "Which step took the most effort?"}),
    ],
}
THANK_YOU = {"zh-CN": "感谢您的反馈！", "en": "Thank you for your feedback!"}


def nps_category(score: int) -> NpsCategory:
    if score >= 9:
        return NpsCategory.PROMOTER
    if score >= 7:
        return NpsCategory.PASSIVE
    return NpsCategory.DETRACTOR


def check_locale(locale: str) -> str:
    if locale not in LOCALES:
        raise ValidationFailed(f"locale must be one of {', '.join(LOCALES)}", field="locale")
    return locale


def build_definition(
    *, kind: SurveyKind, locale: str, question: str | None, extra: Any, previous: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A complete, validated definition from the create/update input (defaults filled in)."""
    base = previous or default_definition(kind=kind, locale=locale)
    definition = {**base, "main": dict(base["main"])}
    if question is not None:
        definition["main"]["text"] = _text(question, "question")
    if extra is not None:
        definition.update(_split_extra(extra))
    validate_definition(kind=kind, definition=definition)
    return definition


def default_definition(*, kind: SurveyKind, locale: str) -> dict[str, Any]:
    main: dict[str, Any] = {"id": "score", "type": kind.value, "text": MAIN_TEXT[kind][locale]}
    if kind in SCORE_RANGE:
        low, high = SCORE_RANGE[kind]
        min_label, max_label = END_LABELS[kind][locale]
        main.update(min=low, max=high, minLabel=min_label, maxLabel=max_label)
    else:
        main.update(id="comment", type="text")
    follow_ups = [
        {"band": band, "minScore": low, "maxScore": high, "text": texts[locale]}
        for band, low, high, texts in FOLLOW_UPS.get(kind, [])
    ]
    return {"main": main, "followUps": follow_ups, "questions": [], "thankYou": THANK_YOU[locale]}


def in_locale(definition: dict[str, Any], *, kind: SurveyKind, locale: str) -> dict[str, Any]:
    """The definition as a respondent reading `locale` sees it: the texts a survey is created with
    (`default_definition`, in either language) come in `locale`; texts its authors wrote stay as written."""
    def shown(text: Any, defaults: list[dict[str, str]]) -> Any:
        return next((texts[locale] for texts in defaults if text in texts.values()), text)

    main = dict(definition["main"])
    main["text"] = shown(main.get("text"), [MAIN_TEXT[kind]])
    if kind in END_LABELS:
        for i, key in enumerate(("minLabel", "maxLabel")):
            main[key] = shown(main.get(key), [{lang: ends[i] for lang, ends in END_LABELS[kind].items()}])
    follow_ups = [texts for _, _, _, texts in FOLLOW_UPS.get(kind, [])]
    return {**definition, "main": main, "thankYou": shown(definition.get("thankYou"), [THANK_YOU]),
            "followUps": [{**item, "text": shown(item.get("text"), follow_ups)}
                          for item in definition.get("followUps", [])]}


def _split_extra(extra: Any) -> dict[str, Any]:
    if isinstance(extra, list):
        return {"questions": extra}
    if isinstance(extra, dict):
        unknown = set(extra) - {"questions", "followUps", "thankYou", "hiddenFields"}
        if unknown:
            raise ValidationFailed(f"unknown definition keys: {', '.join(sorted(unknown))}", field="questions")
        return dict(extra)
    raise ValidationFailed("questions must be a list of questions or an object", field="questions")


def _text(value: Any, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationFailed(f"{field} must be a non-empty string", field=field)
    if len(value) > MAX_TEXT:
        raise ValidationFailed(f"{field} is longer than {MAX_TEXT} characters", field=field)
    return value.strip()


def validate_definition(*, kind: SurveyKind, definition: dict[str, Any]) -> None:
    _text(definition["main"].get("text"), "question")
    _text(definition.get("thankYou"), "questions.thankYou")
    _validate_follow_ups(kind, definition.get("followUps"))
    _validate_questions(kind, definition.get("questions"))
    logic.validate_hidden_fields(definition, {"score", "comment"} | {q["id"] for q in definition["questions"]})
    logic.validate_logic(kind=kind, definition=definition, score_range=SCORE_RANGE.get(kind))


def _validate_follow_ups(kind: SurveyKind, follow_ups: Any) -> None:
    if not isinstance(follow_ups, list):
        raise ValidationFailed("followUps must be a list", field="questions.followUps")
    if follow_ups and kind not in SCORE_RANGE:
        raise ValidationFailed("a FORM survey has no score, so it cannot have score-band follow-ups",
                               field="questions.followUps")
    low, high = SCORE_RANGE.get(kind, (0, 0))
    covered: set[int] = set()
    for i, item in enumerate(follow_ups):
        where = f"questions.followUps[{i}]"
        if not isinstance(item, dict):
            raise ValidationFailed("a follow-up must be an object", field=where)
        start, end = item.get("minScore"), item.get("maxScore")
        if not (isinstance(start, int) and isinstance(end, int) and low <= start <= end <= high):
            raise ValidationFailed(f"minScore..maxScore must lie within {low}..{high}", field=where)
        band = set(range(start, end + 1))
        if band & covered:
            raise ValidationFailed("score bands of follow-ups overlap", field=where)
        covered |= band
        item["text"] = _text(item.get("text"), f"{where}.text")
        item.setdefault("band", f"{start}-{end}")


def _validate_questions(kind: SurveyKind, questions: Any) -> None:
    if not isinstance(questions, list):
        raise ValidationFailed("questions must be a list", field="questions")
    if len(questions) > MAX_QUESTIONS:
        raise ValidationFailed(f"at most {MAX_QUESTIONS} questions", field="questions")
    seen = {"score", "comment"}
    for i, question in enumerate(questions):
        where = f"questions[{i}]"
        if not isinstance(question, dict):
            raise ValidationFailed("a question must be an object", field=where)
        qid = question.get("id")
        if not isinstance(qid, str) or not ID_PATTERN.match(qid):
            raise ValidationFailed("question id must be 1-64 letters, digits, _ or -", field=f"{where}.id")
        if qid in seen:
            raise ValidationFailed(f"question id {qid!r} is used twice or reserved", field=f"{where}.id")
        seen.add(qid)
        qtype = question.get("type")
        if qtype not in QUESTION_TYPES:
            raise ValidationFailed(f"question type must be one of {', '.join(QUESTION_TYPES)}",
                                   field=f"{where}.type")
        question["text"] = _text(question.get("text"), f"{where}.text")
        question["required"] = bool(question.get("required", False))
        if qtype in ("single_choice", "multiple_choice"):
            _validate_options(question.get("options"), f"{where}.options")
        if qtype == "rating":
            low, high = question.setdefault("min", 1), question.setdefault("max", 5)
            if not (isinstance(low, int) and isinstance(high, int) and 0 <= low < high <= 10):
                raise ValidationFailed("rating needs integers 0 <= min < max <= 10", field=where)


def _validate_options(options: Any, where: str) -> None:
    if not isinstance(options, list) or not 2 <= len(options) <= MAX_OPTIONS:
        raise ValidationFailed(f"a choice question needs 2 to {MAX_OPTIONS} options", field=where)
    ids: set[str] = set()
    for j, option in enumerate(options):
        if not isinstance(option, dict) or not isinstance(option.get("id"), str):
            raise ValidationFailed("an option needs an id and a label", field=f"{where}[{j}]")
        if not ID_PATTERN.match(option["id"]) or option["id"] in ids:
            raise ValidationFailed("option ids must be unique letters, digits, _ or -", field=f"{where}[{j}].id")
        ids.add(option["id"])
        option["label"] = _text(option.get("label"), f"{where}[{j}].label")


def validate_score(*, kind: SurveyKind, score: int | None, completed: bool) -> None:
    if kind not in SCORE_RANGE:
        if score is not None:
            raise ValidationFailed("a FORM survey takes no score", field="score")
        return
    low, high = SCORE_RANGE[kind]
    if score is None:
        raise ValidationFailed(f"score is required ({low}-{high})", field="score")
    if not low <= score <= high:
        raise ValidationFailed(f"score must be between {low} and {high} for {kind.value.upper()}", field="score")


def validate_answers(*, definition: dict[str, Any], answers: Any, completed: bool, score: int | None = None,
                     comment: str | None = None, hidden: dict[str, str] | None = None) -> dict[str, Any] | None:
    """The answers, each fitting its question and the logic's path (given the score, the comment and the
    hidden fields); a complete response answers every required question on that path."""
    if answers is None:
        answers = {}
    if not isinstance(answers, dict):
        raise ValidationFailed("answers must be an object keyed by question id", field="answers")
    questions = {q["id"]: q for q in definition.get("questions", [])}
    for qid, value in answers.items():
        question = questions.get(qid)
        if question is None:
            raise ValidationFailed(f"unknown question id {qid!r}", field=f"answers.{qid}")
        _check_answer(question, value, f"answers.{qid}")
    shown = logic.check_followed(definition, {**(hidden or {}), "score": score, "comment": comment, **answers},
                                 answers)
    if completed:
        missing = [qid for qid in shown if questions[qid].get("required") and qid not in answers]
        if missing:
            raise ValidationFailed(f"required question {missing[0]!r} has no answer", field=f"answers.{missing[0]}")
    return answers or None


def _check_answer(question: dict[str, Any], value: Any, where: str) -> None:
    qtype = question["type"]
    option_ids = {o["id"] for o in question.get("options", [])}
    if qtype == "text":
        ok = isinstance(value, str) and len(value) <= 5000
    elif qtype == "rating":
        ok = isinstance(value, int) and not isinstance(value, bool) and question["min"] <= value <= question["max"]
    elif qtype == "single_choice":
        ok = isinstance(value, str) and value in option_ids
    else:
        ok = (isinstance(value, list) and len(set(map(str, value))) == len(value)
              and all(isinstance(v, str) and v in option_ids for v in value))
    if not ok:
        raise ValidationFailed(f"answer does not fit a {qtype} question", field=where)
