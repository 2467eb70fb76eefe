"""An account's people and what they did: its respondents, their answers, the follow-up cases
opened from them and the cases its early warnings opened, newest first, a page at a time (the
account's page in the console).

A respondent belongs to an account by the account's external id (surveys knows nothing of
accounts: ix_respondents_org_account); answers and cases reach it through their respondent."""

from __future__ import annotations

from tortoise.expressions import Q

from actions.models import Case
from core.paging import Page, newest_first
from surveys.models import Respondent, Response


async def account_respondents(*, organization_id: int, external_id: str, first: int,
                              after_id: int | None) -> Page[Respondent]:
    query = Respondent.filter(organization_id=organization_id, account_external_id=external_id)
    return await newest_first(query, first=first, after_id=after_id)


async def account_responses(*, organization_id: int, external_id: str, first: int,
                            after_id: int | None) -> Page[Response]:
    query = Response.filter(organization_id=organization_id, respondent__organization_id=organization_id,
                            respondent__account_external_id=external_id)
    return await newest_first(query, first=first, after_id=after_id)


async def account_cases(*, organization_id: int, external_id: str, first: int, after_id: int | None) -> Page[Case]:
    query = Case.filter(Q(respondent__organization_id=organization_id, respondent__account_external_id=external_id)
                        | Q(account_external_id=external_id), organization_id=organization_id)
    return await newest_first(query, first=first, after_id=after_id)
