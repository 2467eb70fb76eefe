"""Follow-up cases built through the services: surveys, answers, agents, teams and opened cases."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from actions import cases, rules
from actions.audit import Actor
from actions.models import Case, CaseStatus, Team
from core.models import Organization, Role, User
from core.service import create_user
from surveys import service as surveys
from surveys.models import NpsCategory, Response, Survey, SurveyKind, SurveyStatus
from surveys.respondents import RespondentData
from surveys.service import Caller, Submission

AGENT = Actor("user:1")


async def survey_of(org: Organization, kind: SurveyKind = SurveyKind.NPS, locale: str = "zh-CN") -> Survey:
    """An ACTIVE survey of `kind` with its default definition."""
    created = await surveys.create_survey(organization=org, name=f"{kind.value} survey", kind=kind, locale=locale,
                                          changes=surveys.SurveyChanges())
    return await surveys.transition_survey(organization=org, survey_id=created.id, to=SurveyStatus.ACTIVE)


async def respond(
    survey: Survey, score: int | None, *, who: str | None = "u1", key: str | None = None, completed: bool = True,
    comment: str | None = None, attributes: dict[str, Any] | None = None, page_url: str | None = None,
) -> Response:
    """An answer through the public submission path (respondent `who`, unless None)."""
    respondent = RespondentData(external_id=who, attributes=attributes or {}) if who or attributes else None
    return await surveys.submit_response(
        submission=Submission(token=survey.token, idempotency_key=key or f"key-{who}-{score}-{survey.id}",
                              score=score, comment=comment, completed=completed, respondent=respondent,
                              page_url=page_url),
        caller=Caller(),
    )


async def user_of(org: Organization, name: str, role: Role = Role.AGENT) -> User:
    return await create_user(organization=org, name=name, email=f"{name}@acme.example", role=role)


async def opened(org: Organization, score: int = 3, who: str = "u1", survey: Survey | None = None) -> Case:
    """The case the default rule opens for a detractor's answer."""
    survey = survey or await survey_of(org)
    response = await respond(survey, score, who=who)
    case = await cases.evaluate_response(response_id=response.id)
    assert case is not None
    return case


async def put_in(case: Case, status: CaseStatus, assignee: User, now: datetime) -> None:
    """Force a case into a status with the fields that status implies (test set-up only)."""
    fields: dict[str, Any] = {"status": status, "assignee_id": assignee.id}
    if status in (CaseStatus.IN_PROGRESS, CaseStatus.WAITING_CUSTOMER, CaseStatus.RESOLVED, CaseStatus.CLOSED):
        fields["first_contacted_at"] = now - timedelta(hours=1)
    if status == CaseStatus.WAITING_CUSTOMER:
        fields["paused_at"] = now - timedelta(minutes=30)
    if status in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
        fields.update(resolved_at=now - timedelta(hours=1), resolution_reason="已退款")
    if status in (CaseStatus.CLOSED, CaseStatus.CANCELLED):
        fields.update(closed_at=now - timedelta(minutes=5), open_key=None)
    await Case.filter(id=case.id).update(**fields)


async def team_of(org: Organization, name: str, agents: list[User], *, cap: int = 20, default: bool = True,
                  fallback: User | None = None, lead: User | None = None) -> Team:
    """A team with `agents` as members, each taking at most `cap` open cases."""
    team = await rules.create_team(organization=org, name=name, is_default=default,
                                   fallback_owner_id=fallback.id if fallback else None,
                                   lead_id=lead.id if lead else None)
    for agent in agents:
        await rules.add_team_member(organization=org, team_id=team.id, user_id=agent.id, max_open_cases=cap)
    return team


async def make_case(org: Organization, survey: Survey, *, created: datetime, category: NpsCategory | None,
                    status: CaseStatus, contacted_after: timedelta | None = None, breached: bool = False,
                    team: Team | None = None, assignee: User | None = None) -> Case:
    """A case as if opened at `created`, inserted as it is (test set-up only): a response's of `category`, or
    with category None an account's early warning (no response)."""
    response = None if category is None else await Response.create(
        organization_id=org.id, survey_id=survey.id, idempotency_key=uuid.uuid4().hex, payload_hash="0" * 64,
        score={NpsCategory.DETRACTOR: 3, NpsCategory.PASSIVE: 7, NpsCategory.PROMOTER: 9}[category],
        nps_category=category, submitted_at=created)
    case = await Case.create(
        organization_id=org.id, survey_id=survey.id if response else None, response_id=response.id if response else None,
        source="rule" if response else "warning", status=status, breached=breached,
        team_id=team.id if team else None, assignee_id=assignee.id if assignee else None)
    # created_at is stamped on insert: set the instant this case is meant to have been opened.
    await Case.filter(id=case.id).update(
        created_at=created, first_contacted_at=created + contacted_after if contacted_after is not None else None)
    return case
