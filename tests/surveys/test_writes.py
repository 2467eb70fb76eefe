"""The write seam: one way to write per process, chosen at start-up from the settings, with the
submission limits installed beside it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from core.errors import ValidationFailed
from core.models import Organization
from core.settings import Settings
from surveys import intake, service
from surveys.models import Survey, SurveyKind, SurveyStatus
from surveys.service import Caller, Submission, submit_response
from surveys.writes import GroupCommitWrites, OrmWrites, writes_for


def test_the_database_chooses_the_writes() -> None:
    assert isinstance(writes_for("sqlite:///tmp/voc.sqlite3"), OrmWrites)
    assert isinstance(writes_for("postgres://postgres@127.0.0.1:5432/voc"), GroupCommitWrites)
    built = intake.Intake.from_settings(Settings(database_url="sqlite:///tmp/x.sqlite3", max_comment_chars=7,
                                                 max_attributes=3, max_attribute_value_chars=9))
    assert isinstance(built.writes, OrmWrites)
    assert (built.max_comment_chars, built.attributes.max_attributes, built.attributes.max_value_chars) == (7, 3, 9)


@pytest.fixture
async def survey(org: Organization) -> Survey:
    made = await service.create_survey(organization=org, name="NPS", kind=SurveyKind.NPS, locale=None,
                                       changes=service.SurveyChanges())
    return await service.transition_survey(organization=org, survey_id=made.id, to=SurveyStatus.ACTIVE)


@pytest.fixture
def short_comments(settings: Settings) -> Iterator[None]:
    before = intake.current()
    intake.install(intake.Intake.from_settings(settings.model_copy(update={"max_comment_chars": 10})))
    yield
    intake.install(before)


async def test_the_installed_limits_are_the_ones_checked(survey: Survey, short_comments: None) -> None:
    submission = Submission(token=survey.token, idempotency_key="limit-key-1", score=9, comment="太长了" * 4)
    with pytest.raises(ValidationFailed, match="longer than 10 characters"):
        await submit_response(submission=submission, caller=Caller())
    shorter = Submission(token=survey.token, idempotency_key="limit-key-2", score=9, comment="好")
    assert (await submit_response(submission=shorter, caller=Caller())).comment == "好"


def test_a_process_that_did_not_start_up_is_told_so() -> None:
    before = intake.current()
    intake.install(None)  # type: ignore[arg-type]
    try:
        with pytest.raises(RuntimeError, match=r"api\.process\.configure"):
            intake.current()
    finally:
        intake.install(before)
