"""Accounts with a known voice and usage, written row by row at chosen times (the health tests)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from accounts.models import Account, AccountSignal
from accounts.service import AccountRow, upsert_accounts
from actions.models import Case, CaseStatus
from analysis.models import CommentAnalysis
from core.models import Organization
from surveys.models import Channel, Display, NpsCategory, Respondent, Response, Survey, SurveyKind


async def account(org: Organization, external_id: str, **attributes: Any) -> Account:
    return (await upsert_accounts(organization=org, rows=[AccountRow(external_id=external_id, name=external_id,
                                                                     attributes=attributes)]))[0]


async def person(org: Organization, external_id: str, account_external_id: str | None) -> Respondent:
    return await Respondent.create(organization_id=org.id, external_id=external_id, attributes={},
                                   account_external_id=account_external_id)


async def survey(org: Organization, kind: SurveyKind) -> Survey:
    return await Survey.create(organization_id=org.id, name=kind.value, kind=kind, token=uuid.uuid4().hex,
                               definition={}, allowed_origins=[])


def category(score: int) -> NpsCategory:
    return NpsCategory.PROMOTER if score >= 9 else NpsCategory.PASSIVE if score >= 7 else NpsCategory.DETRACTOR


async def answer(org: Organization, on: Survey, who: Respondent, score: int, at: datetime, *,
                 sentiment: float | None = None, channel: Channel = Channel.WIDGET) -> Response:
    response = await Response.create(
        organization_id=org.id, survey_id=on.id, respondent_id=who.id, idempotency_key=uuid.uuid4().hex,
        payload_hash="0" * 64, score=score, nps_category=category(score) if on.kind == SurveyKind.NPS else None,
        comment="评论" if sentiment is not None else None, channel=channel, submitted_at=at)
    if sentiment is not None:
        await CommentAnalysis.create(organization_id=org.id, response_id=response.id, normalized="评论", tokens=[],
                                     keywords=[], sentiment=sentiment, model_version="test")
    return response


async def display(org: Organization, on: Survey, who: Respondent, at: datetime) -> None:
    shown = await Display.create(organization_id=org.id, survey_id=on.id, respondent_id=who.id)
    await Display.filter(id=shown.id).update(created_at=at)


async def case(org: Organization, response: Response, at: datetime, *, breached: bool = False,
               status: CaseStatus = CaseStatus.NEW) -> Case:
    opened = await Case.create(organization_id=org.id, survey_id=response.survey_id, response_id=response.id,
                               respondent_id=response.respondent_id, breached=breached, status=status)
    await Case.filter(id=opened.id).update(created_at=at)
    return opened


async def signal(org: Organization, of: Account, metric: str, day: date, value: float) -> None:
    """The day's value (replacing one recorded before, as record_signals does)."""
    await AccountSignal.filter(account_id=of.id, metric=metric, day=day).delete()
    await AccountSignal.create(organization_id=org.id, account_id=of.id, metric=metric, day=day, value=value,
                               at=datetime(day.year, day.month, day.day, 4, tzinfo=UTC))
