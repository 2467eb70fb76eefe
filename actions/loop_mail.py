"""Closing the loop by e-mail, when the organisation turned it on (surveys/notices.py): the re-survey
link of a resolved case goes to its respondent, and the "it shipped" note of an improvement action to
the respondents behind its linked topics, each to those with an address from a distribution. Each
mail is queued as a send task of its own: the case's or action's other tasks never wait on SMTP."""

from __future__ import annotations

import logging
from typing import Any

from actions.models import Action, Case, CaseStatus
from core.queue import enqueue_from_job
from core.settings import Settings
from surveys import notices
from surveys.models import Respondent, Survey
from surveys.notice_models import NoticeKind

log = logging.getLogger("voc.mail")

MAIL_RESURVEY = "cases.mail_resurvey"
MAIL_SHIPPED = "actions.mail_shipped"


async def mail_resurvey_task(case_id: int, *, settings: Settings, to: str | None = None,
                             resurvey_url: str | None = None, **_: Any) -> None:
    """A "case.updated" event: when it resolved the case with a re-survey link, mail the link."""
    if to != CaseStatus.RESOLVED.value or not resurvey_url:
        return
    case = await Case.get_or_none(id=case_id)
    if case is None or case.respondent_id is None or not await notices.enabled(organization_id=case.organization_id):
        return
    survey = await Survey.get(id=case.survey_id)
    notice = notices.Notice(kind=NoticeKind.RESURVEY, subject_id=case.id, locale=survey.locale,
                            link=settings.public_url.rstrip("/") + resurvey_url)
    await _queue(case.organization_id, notice, [case.respondent_id], settings)


async def mail_shipped_task(action_id: int, *, settings: Settings, respondents: list[str] | None = None,
                            **_: Any) -> None:
    """An "action.shipped" event: tell its respondents with an address that it is fixed."""
    action = await Action.get_or_none(id=action_id)
    if action is None or not respondents or not await notices.enabled(organization_id=action.organization_id):
        return
    ids = [r.id for r in await Respondent.filter(organization_id=action.organization_id,
                                                 external_id__in=respondents).only("id")]
    locale = "zh-CN" if any("\u4e00" <= ch <= "\u9fff" for ch in action.title) else "en"
    notice = notices.Notice(kind=NoticeKind.SHIPPED, subject_id=action.id, locale=locale, title=action.title)
    await _queue(action.organization_id, notice, ids, settings)


async def _queue(organization_id: int, notice: notices.Notice, respondent_ids: list[int], settings: Settings) -> None:
    if not settings.smtp_url or not settings.mail_from:
        log.warning("loop mails are on for organisation %s but VOC_SMTP_URL / VOC_MAIL_FROM are not set",
                    organization_id)
        return
    created = await notices.queue(organization_id=organization_id, notice=notice, respondent_ids=respondent_ids,
                                  settings=settings)
    try:
        await enqueue_from_job(notices.SEND, [{"notice_id": i} for i in created])
    except Exception as exc:  # leased: the retry job sends them when the lease ends
        log.warning("loop mails %s could not be queued (%s); the retry job will send them", created, exc)
