"""The re-survey of a resolved case: a one-question CSAT link ("问题解决了吗？") for its respondent.

Each organisation gets one system CSAT survey per locale (purpose RESURVEY, named "回访问卷" / "Re-survey"),
created (ACTIVE, no follow-up questions, no recontact pause) the first time a case of that locale
is resolved. Only the purpose makes a survey the re-survey: a user's own survey may have any name.
The case gets a random `resurvey_key`; its link is the hosted page `/s/{token}?case={key}`. The widget
on the hosted page sends its own URL as `pageUrl`, so the key comes back with the answer, and the
"response.submitted" task attaches that answer to the case (once). Responses to a re-survey never
open cases themselves: a low answer shows on the case it belongs to.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

from tortoise.transactions import in_transaction

from actions import audit
from actions.models import Case
from actions.rules import lock_organization
from core.events import ResurveyAnswered, emit
from core.models import Organization
from surveys import service as surveys
from surveys.batches import RESPONSES
from surveys.models import Survey, SurveyKind, SurveyPurpose, SurveyStatus

# The system survey's name, in its own language (it is listed beside the organisation's surveys).
RESURVEY_NAMES = {"zh-CN": "回访问卷", "en": "Re-survey"}
QUESTION = {"zh-CN": "问题解决了吗？", "en": "Was your problem solved?"}
THANK_YOU = {"zh-CN": "感谢您的反馈！", "en": "Thank you for telling us!"}
KEY_PARAM = "case"
# What the trail says when a case is resolved without a re-survey: an account warning's case has nobody to ask.
SKIPPED = "re-survey skipped: an account warning's case has no respondent"


def is_resurvey(survey: Survey) -> bool:
    return survey.purpose == SurveyPurpose.RESURVEY


def link(token: str, key: str) -> str:
    return f"/s/{token}?{KEY_PARAM}={key}"


def key_of(page_url: str | None) -> str | None:
    """The case key carried by the hosted page's URL (sent by the widget as pageUrl)."""
    if not page_url:
        return None
    values = parse_qs(urlsplit(page_url).query).get(KEY_PARAM)
    return values[0] if values and 0 < len(values[0]) <= 64 else None


def _locale(locale: str) -> str:
    return locale if locale in QUESTION else "zh-CN"


async def _find(organization_id: int, locale: str) -> Survey | None:
    return await (Survey.filter(organization_id=organization_id, purpose=SurveyPurpose.RESURVEY, locale=locale)
                  .exclude(status=SurveyStatus.ARCHIVED).order_by("id").first())


async def survey_for(*, organization_id: int, locale: str) -> Survey:
    """The organisation's re-survey in this locale, created on first use (call inside a transaction)."""
    locale = _locale(locale)
    found = await _find(organization_id, locale)
    if found is not None:
        return found
    await lock_organization(organization_id)
    found = await _find(organization_id, locale)
    if found is not None:
        return found
    organization = await Organization.get(id=organization_id)
    created = await surveys.create_survey(
        organization=organization, name=RESURVEY_NAMES[locale], kind=SurveyKind.CSAT, locale=locale,
        purpose=SurveyPurpose.RESURVEY,
        changes=surveys.SurveyChanges(
            question=QUESTION[locale], questions={"followUps": [], "thankYou": THANK_YOU[locale]},
            recontact_days=0, display_limit=1000),
    )
    return await surveys.transition_survey(organization=organization, survey_id=created.id, to=SurveyStatus.ACTIVE)


async def issue(*, case: Case) -> str:
    """Give the case a fresh re-survey key (the caller saves the case) and return its link."""
    original = await Survey.get(id=case.survey_id)
    survey = await survey_for(organization_id=case.organization_id, locale=original.locale)
    case.resurvey_key = secrets.token_urlsafe(24)
    return link(survey.token, case.resurvey_key)


async def urls(keys: Sequence[tuple[int, int, str | None]]) -> list[str | None]:
    """Links for many cases at once, by (organisation id, original survey id, resurvey key)."""
    wanted = [k for k in keys if k[2]]
    if not wanted:
        return [None for _ in keys]
    locales = {s.id: _locale(s.locale) for s in await Survey.filter(id__in={k[1] for k in wanted})}
    tokens: dict[tuple[int, str], str] = {}
    candidates = (Survey.filter(organization_id__in={k[0] for k in wanted}, purpose=SurveyPurpose.RESURVEY)
                  .exclude(status=SurveyStatus.ARCHIVED).order_by("-id"))
    for survey in await candidates:  # oldest last, so it wins
        tokens[(survey.organization_id, survey.locale)] = survey.token
    out: list[str | None] = []
    for org_id, survey_id, key in keys:
        token = tokens.get((org_id, locales.get(survey_id, "zh-CN"))) if key else None
        out.append(link(token, key) if token and key else None)
    return out


async def attach_answer(*, response_id: int) -> Case | None:
    """Attach a re-survey answer to the case whose key it carries; a redelivery changes nothing."""
    response = await RESPONSES.submit(response_id)
    key = key_of(response.page_url) if response is not None else None
    if response is None or key is None:
        return None
    case = await Case.get_or_none(resurvey_key=key, organization_id=response.organization_id)
    if case is None or case.resurvey_response_id is not None:
        return None
    survey = await Survey.get(id=response.survey_id)
    if not is_resurvey(survey):
        return None
    now = datetime.now(UTC)
    async with in_transaction():
        claimed = await Case.filter(id=case.id, resurvey_response_id=None).update(
            resurvey_response_id=response.id, updated_at=now)
        if not claimed:
            return None
        await audit.record(organization_id=case.organization_id, subject="case", subject_id=case.id,
                           actor=audit.SYSTEM, kind="resurvey_answered", to_value=response.score,
                           note=response.comment, at=now)
        await emit(organization_id=case.organization_id, event=ResurveyAnswered(
            case_id=case.id, status=case.status.value, resurvey_response_id=response.id, score=response.score))
    await case.refresh_from_db()
    return case
