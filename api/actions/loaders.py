"""The loop room's per-request loaders (api/loaders.py says how they batch)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

from actions import action_links, audit, case_reads, channels, improvements, resurvey, rules, webhooks
from actions.channel_models import NotificationChannel, NotificationDelivery
from actions.models import (
    Action,
    AuditEvent,
    Case,
    CaseRule,
    RoutingRule,
    Team,
    TeamMember,
    Webhook,
    WebhookDelivery,
)
from analysis.models import Topic
from api.loaders import ById, ByOrganization, ListById


class TeamMembers(ListById[TeamMember]):
    """A team's members in the order they joined, by the team's id."""

    async def read(self, *, organization_id: int, keys: list[int]) -> Mapping[int, list[TeamMember]]:
        return await rules.members_of_teams(organization_id=organization_id, team_ids=keys)


class OpenCasesOf(ByOrganization[int, int]):
    """A user's active cases (those counted against a cap), by the user's id: every team's members at once."""

    async def read(self, *, organization_id: int, keys: list[int]) -> Mapping[int, int]:
        return await case_reads.open_cases_of(organization_id=organization_id, user_ids=keys)

    def missing(self) -> int:
        return 0


class ActionTopics(ListById[Topic]):
    """The topics linked to an action, in link order, by the action's id."""

    async def read(self, *, organization_id: int, keys: list[int]) -> Mapping[int, list[Topic]]:
        return await action_links.linked_topics(organization_id=organization_id, action_ids=keys)


class ActionCases(ListById[Case]):
    """The cases linked to an action, in link order, by the action's id."""

    async def read(self, *, organization_id: int, keys: list[int]) -> Mapping[int, list[Case]]:
        return await action_links.linked_cases(organization_id=organization_id, action_ids=keys)


class Trail(ListById[AuditEvent]):
    """The audit trail of a case or an action (`subject`), oldest first, by its id."""

    def __init__(self, subject: str) -> None:
        super().__init__()
        self.subject = subject

    async def read(self, *, organization_id: int, keys: list[int]) -> Mapping[int, list[AuditEvent]]:
        return await audit.trails(organization_id=organization_id, subject=self.subject, subject_ids=keys)


class CaseByResponse(ByOrganization[int, Case | None]):
    """The newest case opened from a response, by the response's id; None when it has none."""

    async def read(self, *, organization_id: int, keys: list[int]) -> Mapping[int, Case]:
        return await case_reads.latest_cases_of_responses(organization_id=organization_id, response_ids=keys)

    def missing(self) -> Case | None:
        return None


class LastDelivery(ByOrganization[int, NotificationDelivery | None]):
    """A channel's message tried most recently, by the channel's id; None when it has sent none."""

    async def read(self, *, organization_id: int, keys: list[int]) -> Mapping[int, NotificationDelivery]:
        return await channels.last_attempted(organization_id=organization_id, channel_ids=keys)

    def missing(self) -> NotificationDelivery | None:
        return None


class ResurveyUrl(ByOrganization[tuple[int, str], str | None]):
    """A resolved case's re-survey link, by (the case's survey id, its resurvey key)."""

    async def read(self, *, organization_id: int, keys: list[tuple[int, str]]) -> Mapping[tuple[int, str], str | None]:
        urls = await resurvey.urls([(organization_id, survey_id, key) for survey_id, key in keys])
        return dict(zip(keys, urls, strict=True))

    def missing(self) -> str | None:
        return None


class ActionLoaders:
    @cached_property
    def case_by_id(self) -> ById[Case]:
        return ById(case_reads.cases_by_id)

    @cached_property
    def action_by_id(self) -> ById[Action]:
        return ById(improvements.actions_by_id)

    @cached_property
    def team_by_id(self) -> ById[Team]:
        return ById(rules.teams_by_id)

    @cached_property
    def routing_rule_by_id(self) -> ById[RoutingRule]:
        return ById(rules.routing_rules_by_id)

    @cached_property
    def case_rule_by_id(self) -> ById[CaseRule]:
        return ById(rules.case_rules_by_id)

    @cached_property
    def webhook_by_id(self) -> ById[Webhook]:
        return ById(webhooks.webhooks_by_id)

    @cached_property
    def delivery_by_id(self) -> ById[WebhookDelivery]:
        return ById(webhooks.deliveries_by_id)

    @cached_property
    def channel_by_id(self) -> ById[NotificationChannel]:
        return ById(channels.channels_by_id)

    @cached_property
    def notification_delivery_by_id(self) -> ById[NotificationDelivery]:
        return ById(channels.deliveries_by_id)

    @cached_property
    def last_notification_delivery(self) -> LastDelivery:
        return LastDelivery()

    @cached_property
    def team_members(self) -> TeamMembers:
        return TeamMembers()

    @cached_property
    def open_cases_of(self) -> OpenCasesOf:
        return OpenCasesOf()

    @cached_property
    def action_topics(self) -> ActionTopics:
        return ActionTopics()

    @cached_property
    def action_cases(self) -> ActionCases:
        return ActionCases()

    @cached_property
    def case_trail(self) -> Trail:
        return Trail("case")

    @cached_property
    def action_trail(self) -> Trail:
        return Trail("action")

    @cached_property
    def resurvey_url(self) -> ResurveyUrl:
        return ResurveyUrl()

    @cached_property
    def case_by_response(self) -> CaseByResponse:
        return CaseByResponse()
