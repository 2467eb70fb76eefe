"""surveys/definitions.py: the default definition of each kind in each locale, what a definition and
an answer may hold (each refusal names its field), and the NPS categories."""

from __future__ import annotations

from typing import Any

import pytest

from core.errors import ValidationFailed
from surveys.definitions import (
    build_definition,
    check_locale,
    default_definition,
    in_locale,
    nps_category,
    validate_answers,
    validate_score,
)
from surveys.models import NpsCategory, SurveyKind

NPS, CSAT, CES, FORM = SurveyKind.NPS, SurveyKind.CSAT, SurveyKind.CES, SurveyKind.FORM


def refused(call: Any, *args: Any, **kwargs: Any) -> tuple[str | None, str]:
    """(field, message) of the ValidationFailed that `call` raises."""
    with pytest.raises(ValidationFailed) as error:
        call(*args, **kwargs)
    return error.value.field, error.value.message


def question(qid: str = "q1", qtype: str = "text", **fields: Any) -> dict[str, Any]:
    return {"id": qid, "type": qtype, "text": "您的意见", **fields}


def with_questions(*questions: dict[str, Any], kind: SurveyKind = NPS) -> dict[str, Any]:
    return build_definition(kind=kind, locale="zh-CN", question=None, extra=list(questions))


# --- defaults -----------------------------------------------------------------------------------


def test_the_nps_default_in_chinese() -> None:
    assert default_definition(kind=NPS, locale="zh-CN") == {
        "main": {"id": "score", "type": "nps", "text": "您向朋友或同事推荐我们的可能性有多大？",
                 "min": 0, "max": 10, "minLabel": "不可能", "maxLabel": "极有可能"},
        "followUps": [
            {"band": "detractor", "minScore": 0, "maxScore": 6, "text": "我们哪里做得不好？您最希望我们改进什么？"},
            {"band": "passive", "minScore": 7, "maxScore": 8, "text": "我们怎样做才能让您更满意？"},
            {"band": "promoter", "minScore": 9, "maxScore": 10, "text": "您最喜欢我们哪一点？"},
        ],
        "questions": [],
        "thankYou": "感谢您的反馈！",
    }


def test_the_csat_and_ces_defaults_in_english() -> None:
    csat = default_definition(kind=CSAT, locale="en")
    assert csat["main"] == {"id": "score", "type": "csat", "text": "How satisfied are you with your experience?",
                            "min": 1, "max": 5, "minLabel": "Very dissatisfied", "maxLabel": "Very satisfied"}
    assert [(f["band"], f["minScore"], f["maxScore"]) for f in csat["followUps"]] == [
        ("low", 1, 2), ("mid", 3, 3), ("high", 4, 5)]
    ces = default_definition(kind=CES, locale="en")
    assert (ces["main"]["min"], ces["main"]["max"], ces["main"]["maxLabel"]) == (1, 7, "A lot of effort")
    assert [(f["minScore"], f["maxScore"], f["text"]) for f in ces["followUps"]] == [
        (1, 3, "What made it easy?"), (4, 4, "Which step could be simpler?"), (5, 7, "Which step took the most effort?")]
    assert ces["thankYou"] == "Thank you for your feedback!"


def test_a_form_asks_for_a_comment_and_has_no_score_bands() -> None:
    form = default_definition(kind=FORM, locale="en")
    assert form["main"] == {"id": "comment", "type": "text", "text": "Tell us what you think."}
    assert form["followUps"] == []


def test_every_default_is_valid_as_it_stands() -> None:
    for kind in SurveyKind:
        for locale in ("zh-CN", "en"):
            built = build_definition(kind=kind, locale=locale, question=None, extra=None)
            assert built == default_definition(kind=kind, locale=locale)


def test_only_the_two_locales() -> None:
    assert check_locale("en") == "en"
    assert refused(check_locale, "fr") == ("locale", "locale must be one of zh-CN, en")
    assert refused(check_locale, "zh-TW")[0] == "locale"


def test_default_texts_follow_the_readers_locale_and_authored_texts_stay() -> None:
    definition = build_definition(kind=NPS, locale="zh-CN", question=None, extra=None)
    shown = in_locale(definition, kind=NPS, locale="en")
    assert shown["main"]["text"] == "How likely are you to recommend us to a friend or colleague?"
    assert (shown["main"]["minLabel"], shown["main"]["maxLabel"]) == ("Not likely", "Extremely likely")
    assert [f["text"] for f in shown["followUps"]] == [
        "What went wrong? What should we improve first?", "What would make us a 10 for you?",
        "What do you love most about us?"]
    assert shown["thankYou"] == "Thank you for your feedback!"
    authored = build_definition(kind=NPS, locale="zh-CN", question="您会推荐我们的 APP 吗？", extra=None)
    assert in_locale(authored, kind=NPS, locale="en")["main"]["text"] == "您会推荐我们的 APP 吗？"
    assert definition["main"]["text"] == "您向朋友或同事推荐我们的可能性有多大？"  # the stored one is untouched


# --- building and validating --------------------------------------------------------------------


def test_the_question_text_is_trimmed_and_further_questions_come_as_a_list_or_an_object() -> None:
    built = build_definition(kind=NPS, locale="en", question="  Would you recommend us?  ", extra=[question()])
    assert built["main"]["text"] == "Would you recommend us?"
    assert built["questions"] == [{"id": "q1", "type": "text", "text": "您的意见", "required": False}]
    as_object = build_definition(kind=NPS, locale="en", question=None, extra={"questions": [question()],
                                                                              "thankYou": "Thanks!"})
    assert as_object["questions"] == built["questions"] and as_object["thankYou"] == "Thanks!"
    assert refused(build_definition, kind=NPS, locale="en", question=None, extra={"pages": []}) == (
        "questions", "unknown definition keys: pages")
    assert refused(build_definition, kind=NPS, locale="en", question=None, extra="q1")[0] == "questions"
    assert refused(build_definition, kind=NPS, locale="en", question="   ", extra=None) == (
        "question", "question must be a non-empty string")
    assert refused(build_definition, kind=NPS, locale="en", question="x" * 1001, extra=None) == (
        "question", "question is longer than 1000 characters")


def test_an_update_keeps_what_it_does_not_change() -> None:
    first = build_definition(kind=NPS, locale="zh-CN", question="推荐吗？", extra=[question()])
    again = build_definition(kind=NPS, locale="zh-CN", question=None, extra={"thankYou": "谢谢"}, previous=first)
    assert again["main"]["text"] == "推荐吗？" and again["questions"] == first["questions"]
    assert again["thankYou"] == "谢谢" and again["followUps"] == first["followUps"]
    assert first["thankYou"] == "感谢您的反馈！"  # the previous definition is not changed in place


def test_score_band_follow_ups() -> None:
    def follow_ups(items: list[dict[str, Any]], kind: SurveyKind = NPS) -> dict[str, Any]:
        return build_definition(kind=kind, locale="zh-CN", question=None, extra={"followUps": items})

    built = follow_ups([{"minScore": 0, "maxScore": 6, "text": " 哪里不好？ "}])["followUps"]
    assert built == [{"minScore": 0, "maxScore": 6, "text": "哪里不好？", "band": "0-6"}]
    overlap = [{"minScore": 0, "maxScore": 6, "text": "a"}, {"minScore": 6, "maxScore": 10, "text": "b"}]
    assert refused(follow_ups, overlap) == ("questions.followUps[1]", "score bands of follow-ups overlap")
    assert refused(follow_ups, [{"minScore": 1, "maxScore": 6, "text": "a"}], CSAT) == (
        "questions.followUps[0]", "minScore..maxScore must lie within 1..5")
    assert refused(follow_ups, [{"minScore": 5, "maxScore": 3, "text": "a"}])[0] == "questions.followUps[0]"
    assert refused(follow_ups, [{"minScore": 0, "maxScore": 6, "text": ""}])[0] == "questions.followUps[0].text"
    assert refused(follow_ups, ["text"])[0] == "questions.followUps[0]"
    assert refused(follow_ups, [{"minScore": 0, "maxScore": 1, "text": "a"}], FORM) == (
        "questions.followUps", "a FORM survey has no score, so it cannot have score-band follow-ups")


def test_further_questions() -> None:
    rating = with_questions(question("stars", "rating"))["questions"][0]
    assert (rating["min"], rating["max"], rating["required"]) == (1, 5, False)
    choice = with_questions(question("pick", "single_choice", required=1, options=[
        {"id": "a", "label": " 快 "}, {"id": "b", "label": "慢"}]))["questions"][0]
    assert choice["required"] is True and choice["options"][0]["label"] == "快"

    assert refused(with_questions, question("a b")) == ("questions[0].id", "question id must be 1-64 letters, digits, _ or -")
    assert refused(with_questions, question("score"))[0] == "questions[0].id"  # the main question's id
    assert refused(with_questions, question("q1"), question("q1")) == (
        "questions[1].id", "question id 'q1' is used twice or reserved")
    assert refused(with_questions, question(qtype="slider")) == (
        "questions[0].type", "question type must be one of rating, single_choice, multiple_choice, text")
    assert refused(with_questions, question("r", "rating", min=3, max=3)) == (
        "questions[0]", "rating needs integers 0 <= min < max <= 10")
    assert refused(with_questions, question("c", "multiple_choice", options=[{"id": "a", "label": "x"}])) == (
        "questions[0].options", "a choice question needs 2 to 30 options")
    assert refused(with_questions, question("c", "single_choice", options=[
        {"id": "a", "label": "x"}, {"id": "a", "label": "y"}]))[0] == "questions[0].options[1].id"
    assert refused(with_questions, *[question(f"q{i}") for i in range(51)]) == ("questions", "at most 50 questions")


# --- answers ------------------------------------------------------------------------------------


def test_the_score_must_fit_the_kind() -> None:
    validate_score(kind=NPS, score=0, completed=True)
    validate_score(kind=CES, score=7, completed=True)
    validate_score(kind=FORM, score=None, completed=True)
    assert refused(validate_score, kind=NPS, score=11, completed=True) == (
        "score", "score must be between 0 and 10 for NPS")
    assert refused(validate_score, kind=CSAT, score=0, completed=True) == (
        "score", "score must be between 1 and 5 for CSAT")
    assert refused(validate_score, kind=NPS, score=None, completed=False) == ("score", "score is required (0-10)")
    assert refused(validate_score, kind=FORM, score=3, completed=True) == ("score", "a FORM survey takes no score")


def test_answers_must_fit_their_questions() -> None:
    definition = with_questions(
        question("why", "text", required=True), question("stars", "rating", min=0, max=3),
        question("one", "single_choice", options=[{"id": "a", "label": "A"}, {"id": "b", "label": "B"}]),
        question("many", "multiple_choice", options=[{"id": "a", "label": "A"}, {"id": "b", "label": "B"}]))
    answers = {"why": "太慢", "stars": 0, "one": "b", "many": ["a", "b"]}
    assert validate_answers(definition=definition, answers=answers, completed=True) == answers
    assert validate_answers(definition=definition, answers=None, completed=False) is None
    for bad, field in [({"stars": 4}, "answers.stars"), ({"stars": True}, "answers.stars"),
                       ({"one": "c"}, "answers.one"), ({"many": ["a", "a"]}, "answers.many"),
                       ({"many": "a"}, "answers.many"), ({"why": "x" * 5001}, "answers.why")]:
        assert refused(validate_answers, definition=definition, answers=bad, completed=False)[0] == field, bad
    assert refused(validate_answers, definition=definition, answers={"who": "x"}, completed=False) == (
        "answers.who", "unknown question id 'who'")
    assert refused(validate_answers, definition=definition, answers={"stars": 1}, completed=True) == (
        "answers.why", "required question 'why' has no answer")
    assert refused(validate_answers, definition=definition, answers=["太慢"], completed=True)[0] == "answers"


def test_nps_categories() -> None:
    assert [nps_category(score) for score in (0, 6, 7, 8, 9, 10)] == [
        NpsCategory.DETRACTOR, NpsCategory.DETRACTOR, NpsCategory.PASSIVE, NpsCategory.PASSIVE,
        NpsCategory.PROMOTER, NpsCategory.PROMOTER]
