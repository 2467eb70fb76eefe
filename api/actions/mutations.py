"""The loop's mutations: cases and their rules, teams and routing; improvement actions; webhooks;
team alert channels; erasing a respondent. Each returns a payload with the result or typed errors."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from actions import cases, channels, erasure, improvements, rules
from actions import webhooks as webhook_service
from actions.models import ActionStatus, CaseStatus, TeamMember
from actions.verdicts import Override
from api.actions.inputs import (
    CaseRuleInput,
    CreateActionInput,
    CreateNotificationChannelInput,
    CreateWebhookInput,
    UpdateActionInput,
    UpdateNotificationChannelInput,
    UpdateTeamInput,
    links,
    optional_id,
)
from api.actions.types import (
    ActionPayload,
    ActionType,
    CasePayload,
    CaseRulePayload,
    CaseRuleType,
    CaseType,
    ErasePayload,
    NotificationChannelPayload,
    NotificationChannelType,
    NotificationDeliveryType,
    RoutingRulePayload,
    RoutingRuleType,
    TeamPayload,
    TeamType,
    WebhookDeliveryPayload,
    WebhookDeliveryType,
    WebhookPayload,
    WebhookType,
)
from api.context import Context
from api.errors import UserError, payload_errors
from api.ids import decode_id
from api.permissions import CanManageActions, CanWorkCases, IsAdmin
from core.errors import PermissionDenied
from core.models import Role

QUEUE_RETRY = ("the database is erased; the job queue could not be reached to remove the external id from "
               "its messages: call eraseRespondent again (it is idempotent) once Redis is back")


async def _team_payload(context: Context, member: TeamMember) -> TeamPayload:
    team = await rules.get_team(organization_id=context.organization_id, team_id=member.team_id)
    return TeamPayload(team=TeamType.of(team))


@strawberry.type
class CaseMutations:
    @strawberry.mutation(permission_classes=[CanWorkCases], description="Open a case by hand from a response.")
    @payload_errors
    async def open_case(self, info: Info[Context, Any], response_id: strawberry.ID) -> CasePayload:
        context = info.context
        case = await cases.open_case(organization_id=context.organization_id, actor=context.actor,
                                     response_id=decode_id(response_id, "Response", field="responseId"))
        return CasePayload(case=CaseType.of(case))

    @strawberry.mutation(permission_classes=[CanWorkCases], description=(
        "Assign or reassign to an agent. An agent may be given more open cases than their cap (a lead's "
        "decision); withinCap: true refuses that instead (OVER_CAP: they have as many open cases as their "
        "largest cap, or more), so a page can ask first."))
    @payload_errors
    async def assign_case(self, info: Info[Context, Any], id: strawberry.ID, assignee_id: strawberry.ID,
                          within_cap: bool = False) -> CasePayload:
        context = info.context
        case = await cases.assign(organization_id=context.organization_id, actor=context.actor,
                                  case_id=decode_id(id, "Case"), within_cap=within_cap,
                                  assignee_id=decode_id(assignee_id, "User", field="assigneeId"))
        return CasePayload(case=CaseType.of(case))

    @strawberry.mutation(permission_classes=[CanWorkCases],
                         description="Move a case along its transition table. The note of RESOLVED or CLOSED is the "
                                     "resolution reason (closing needs one). The first move to IN_PROGRESS or "
                                     "WAITING_CUSTOMER records the first contact (Case.firstContactedAt, which stops "
                                     "the first-contact SLA clock) and adds a first_contact event to the trail.")
    @payload_errors
    async def transition_case(
        self, info: Info[Context, Any], id: strawberry.ID, to: CaseStatus, note: str | None = None,
        root_cause_topic_id: strawberry.ID | None = None,
    ) -> CasePayload:
        context = info.context
        case = await cases.transition(
            organization_id=context.organization_id, actor=context.actor, to=to, note=note,
            case_id=decode_id(id, "Case"),
            root_cause_topic_id=optional_id(root_cause_topic_id, "Topic", "rootCauseTopicId"),
        )
        return CasePayload(case=CaseType.of(case))

    @strawberry.mutation(permission_classes=[CanWorkCases], description="Add a note to the case's audit trail.")
    @payload_errors
    async def add_case_note(self, info: Info[Context, Any], id: strawberry.ID, note: str) -> CasePayload:
        context = info.context
        case = await cases.add_note(organization_id=context.organization_id, actor=context.actor,
                                    case_id=decode_id(id, "Case"), note=note)
        return CasePayload(case=CaseType.of(case))

    @strawberry.mutation(permission_classes=[IsAdmin],
                         description="Create or change the case rule of a survey (or, without surveyId, of the "
                                     "organisation).")
    @payload_errors
    async def set_case_rule(
        self, info: Info[Context, Any], input: CaseRuleInput, survey_id: strawberry.ID | None = None,
    ) -> CaseRulePayload:
        rule = await rules.set_case_rule(organization=info.context.organization, changes=input.changes(),
                                         survey_id=optional_id(survey_id, "Survey", "surveyId"))
        return CaseRulePayload(rule=CaseRuleType.of(rule))

    @strawberry.mutation(permission_classes=[IsAdmin])
    @payload_errors
    async def create_team(
        self, info: Info[Context, Any], name: str, lead_id: strawberry.ID | None = None,
        fallback_owner_id: strawberry.ID | None = None, is_default: bool = False,
    ) -> TeamPayload:
        team = await rules.create_team(
            organization=info.context.organization, name=name, is_default=is_default,
            lead_id=optional_id(lead_id, "User", "leadId"),
            fallback_owner_id=optional_id(fallback_owner_id, "User", "fallbackOwnerId"),
        )
        return TeamPayload(team=TeamType.of(team))

    @strawberry.mutation(permission_classes=[IsAdmin], description="Rename a team, change its lead, fallback "
                                                                   "owner or make it the default.")
    @payload_errors
    async def update_team(self, info: Info[Context, Any], id: strawberry.ID, input: UpdateTeamInput) -> TeamPayload:
        team = await rules.update_team(organization=info.context.organization,
                                       team_id=decode_id(id, "Team", field="id"), changes=input.changes())
        return TeamPayload(team=TeamType.of(team))

    @strawberry.mutation(permission_classes=[IsAdmin], description=(
        "Delete a team without work: refused (TEAM_IN_USE) for the default team and for a team with open cases "
        "or routing rules. Its closed cases keep their history without a team. Answers the deleted team."))
    @payload_errors
    async def delete_team(self, info: Info[Context, Any], id: strawberry.ID) -> TeamPayload:
        team = await rules.delete_team(organization=info.context.organization,
                                       team_id=decode_id(id, "Team", field="id"))
        return TeamPayload(team=TeamType.of(team))

    @strawberry.mutation(permission_classes=[IsAdmin], description=(
        "Take an agent out of a team: no new cases from it; the cases already assigned to them stay theirs."))
    @payload_errors
    async def remove_team_member(
        self, info: Info[Context, Any], team_id: strawberry.ID, user_id: strawberry.ID,
    ) -> TeamPayload:
        context = info.context
        member = await rules.remove_team_member(
            organization=context.organization, team_id=decode_id(team_id, "Team", field="teamId"),
            user_id=decode_id(user_id, "User", field="userId"))
        return await _team_payload(context, member)

    @strawberry.mutation(permission_classes=[IsAdmin], description="Add an agent to a team (cap default 20).")
    @payload_errors
    async def add_team_member(
        self, info: Info[Context, Any], team_id: strawberry.ID, user_id: strawberry.ID,
        max_open_cases: int | None = None, available: bool | None = None,
    ) -> TeamPayload:
        context = info.context
        member = await rules.add_team_member(
            organization=context.organization, team_id=decode_id(team_id, "Team", field="teamId"),
            user_id=decode_id(user_id, "User", field="userId"), max_open_cases=max_open_cases, available=available,
        )
        return await _team_payload(context, member)

    @strawberry.mutation(permission_classes=[CanWorkCases],
                         description="Admins set anyone's availability; agents their own.")
    @payload_errors
    async def set_member_availability(
        self, info: Info[Context, Any], team_id: strawberry.ID, user_id: strawberry.ID, available: bool,
    ) -> TeamPayload:
        context = info.context
        principal = context.checked_principal
        user_pk = decode_id(user_id, "User", field="userId")
        if principal.role != Role.ADMIN and principal.user_id != user_pk:
            raise PermissionDenied("only admins set the availability of others", field="userId")
        member = await rules.set_member_availability(
            organization=principal.organization, team_id=decode_id(team_id, "Team", field="teamId"),
            user_id=user_pk, available=available,
        )
        return await _team_payload(context, member)

    @strawberry.mutation(permission_classes=[IsAdmin],
                         description="Change an agent's cap of open cases in a team (1-1000); cases already "
                                     "assigned stay.")
    @payload_errors
    async def set_member_cap(
        self, info: Info[Context, Any], team_id: strawberry.ID, user_id: strawberry.ID, max_open_cases: int,
    ) -> TeamPayload:
        context = info.context
        member = await rules.set_member_cap(
            organization=context.organization, team_id=decode_id(team_id, "Team", field="teamId"),
            user_id=decode_id(user_id, "User", field="userId"), max_open_cases=max_open_cases,
        )
        return await _team_payload(context, member)

    @strawberry.mutation(permission_classes=[IsAdmin],
                         description="Cases of respondents whose attribute equals value go to the team.")
    @payload_errors
    async def add_routing_rule(
        self, info: Info[Context, Any], attribute: str, value: str, team_id: strawberry.ID,
    ) -> RoutingRulePayload:
        rule = await rules.add_routing_rule(organization=info.context.organization, attribute=attribute, value=value,
                                            team_id=decode_id(team_id, "Team", field="teamId"))
        return RoutingRulePayload(rule=RoutingRuleType.of(rule))


    @strawberry.mutation(permission_classes=[IsAdmin],
                         description="Remove a routing rule; its segment's new cases go to the next matching rule or "
                                     "the default team. Answers the removed rule.")
    @payload_errors
    async def delete_routing_rule(self, info: Info[Context, Any], id: strawberry.ID) -> RoutingRulePayload:
        rule = await rules.delete_routing_rule(organization=info.context.organization,
                                               rule_id=decode_id(id, "RoutingRule"))
        return RoutingRulePayload(rule=RoutingRuleType.of(rule))

@strawberry.type
class ActionMutations:
    @strawberry.mutation(permission_classes=[CanManageActions], description="From topics, responses or cases.")
    @payload_errors
    async def create_action(self, info: Info[Context, Any], input: CreateActionInput) -> ActionPayload:
        context = info.context
        action = await improvements.create_action(
            organization_id=context.organization_id, actor=context.actor, title=input.title,
            description=input.description,
            owner_id=decode_id(input.owner_id, "User", field="ownerId") if input.owner_id else None,
            priority=input.priority, due_at=input.due_at, verification_days=input.verification_days,
            links=links(input.topic_ids, input.response_ids, input.case_ids),
        )
        return ActionPayload(action=ActionType.of(action))

    @strawberry.mutation(permission_classes=[CanManageActions])
    @payload_errors
    async def update_action(
        self, info: Info[Context, Any], id: strawberry.ID, input: UpdateActionInput
    ) -> ActionPayload:
        context = info.context
        action = await improvements.update_action(
            organization_id=context.organization_id, action_id=decode_id(id, "Action"), actor=context.actor,
            changes=input.to_domain(),
        )
        return ActionPayload(action=ActionType.of(action))

    @strawberry.mutation(
        permission_classes=[CanManageActions],
        description="Only the allowed transitions; DUPLICATE needs duplicateOfId (its links are merged there). "
                    "CLOSED_EFFECTIVE / CLOSED_INEFFECTIVE need the measured effect to support them (else "
                    "EFFECT_NOT_MEASURED or VERDICT_CONTRADICTS_EFFECT), or overrideReason.")
    @payload_errors
    async def transition_action(
        self, info: Info[Context, Any], id: strawberry.ID, to: ActionStatus, note: str | None = None,
        duplicate_of_id: strawberry.ID | None = None,
        override_reason: Annotated[str | None, strawberry.argument(
            description="Close against or without the measured effect (admins and analysts): why, 1-500 "
                        "characters. Recorded in the trail (verdict_overridden) and on the action.")] = None,
    ) -> ActionPayload:
        context = info.context
        action = await improvements.transition_action(
            organization_id=context.organization_id, action_id=decode_id(id, "Action"), to=to, actor=context.actor,
            note=note,
            duplicate_of_id=decode_id(duplicate_of_id, "Action", field="duplicateOfId") if duplicate_of_id else None,
            override=Override(reason=override_reason, role=context.checked_principal.role)
            if override_reason is not None else None,
        )
        return ActionPayload(action=ActionType.of(action))

    @strawberry.mutation(permission_classes=[CanManageActions],
                         description="All or nothing: an unknown, foreign or already linked id changes nothing.")
    @payload_errors
    async def link_to_action(
        self, info: Info[Context, Any], action_id: strawberry.ID, topic_ids: list[strawberry.ID] | None = None,
        response_ids: list[strawberry.ID] | None = None, case_ids: list[strawberry.ID] | None = None,
    ) -> ActionPayload:
        context = info.context
        action = await improvements.link_to_action(
            organization_id=context.organization_id, action_id=decode_id(action_id, "Action", field="actionId"),
            actor=context.actor, links=links(topic_ids, response_ids, case_ids),
        )
        return ActionPayload(action=ActionType.of(action))

    @strawberry.mutation(permission_classes=[CanManageActions], description=(
        "Removes links, all or nothing: an id that is not linked changes nothing (NOT_FOUND). A topic may be "
        "named as Action.topics shows it (the topic it was merged into)."))
    @payload_errors
    async def unlink_from_action(
        self, info: Info[Context, Any], action_id: strawberry.ID, topic_ids: list[strawberry.ID] | None = None,
        response_ids: list[strawberry.ID] | None = None, case_ids: list[strawberry.ID] | None = None,
    ) -> ActionPayload:
        context = info.context
        action = await improvements.unlink_from_action(
            organization_id=context.organization_id, action_id=decode_id(action_id, "Action", field="actionId"),
            actor=context.actor, links=links(topic_ids, response_ids, case_ids),
        )
        return ActionPayload(action=ActionType.of(action))

    @strawberry.mutation(permission_classes=[CanManageActions], description="Appends a note to the audit trail.")
    @payload_errors
    async def add_action_note(self, info: Info[Context, Any], id: strawberry.ID, note: str) -> ActionPayload:
        context = info.context
        action = await improvements.add_note(organization_id=context.organization_id,
                                             action_id=decode_id(id, "Action"), actor=context.actor, note=note)
        return ActionPayload(action=ActionType.of(action))


@strawberry.type
class WebhookMutations:
    @strawberry.mutation(permission_classes=[IsAdmin],
                         description="Subscribe a URL to events. The payload's secret is shown this once.")
    @payload_errors
    async def create_webhook(self, info: Info[Context, Any], input: CreateWebhookInput) -> WebhookPayload:
        context = info.context
        webhook = await webhook_service.create_webhook(
            organization_id=context.organization_id, url=input.url, events=input.events, secret=input.secret,
            allow_private=context.settings.webhook_allow_private)
        return WebhookPayload(webhook=WebhookType.of(webhook), secret=webhook.secret)

    @strawberry.mutation(permission_classes=[IsAdmin], description="Change the URL or events, or (de)activate.")
    @payload_errors
    async def update_webhook(
        self, info: Info[Context, Any], id: strawberry.ID, url: str | None = None, events: list[str] | None = None,
        active: bool | None = None,
    ) -> WebhookPayload:
        context = info.context
        webhook = await webhook_service.update_webhook(
            organization_id=context.organization_id, webhook_id=decode_id(id, "Webhook"), url=url, events=events,
            active=active, allow_private=context.settings.webhook_allow_private)
        return WebhookPayload(webhook=WebhookType.of(webhook))

    @strawberry.mutation(permission_classes=[IsAdmin],
                         description="A new secret (given, or generated) for the coming deliveries; shown this once.")
    @payload_errors
    async def rotate_webhook_secret(
        self, info: Info[Context, Any], id: strawberry.ID, secret: str | None = None
    ) -> WebhookPayload:
        webhook = await webhook_service.rotate_secret(
            organization_id=info.context.organization_id, webhook_id=decode_id(id, "Webhook"), secret=secret)
        return WebhookPayload(webhook=WebhookType.of(webhook), secret=webhook.secret)

    @strawberry.mutation(permission_classes=[IsAdmin], description="Removes the webhook and its delivery log.")
    @payload_errors
    async def delete_webhook(self, info: Info[Context, Any], id: strawberry.ID) -> WebhookPayload:
        webhook = await webhook_service.delete_webhook(organization_id=info.context.organization_id,
                                                       webhook_id=decode_id(id, "Webhook"))
        return WebhookPayload(webhook=WebhookType.of(webhook))

    @strawberry.mutation(permission_classes=[IsAdmin], description="A FAILED delivery is tried again from scratch.")
    @payload_errors
    async def redeliver_webhook_delivery(self, info: Info[Context, Any], id: strawberry.ID) -> WebhookDeliveryPayload:
        delivery = await webhook_service.redeliver(organization_id=info.context.organization_id,
                                                   delivery_id=decode_id(id, "WebhookDelivery"))
        return WebhookDeliveryPayload(delivery=WebhookDeliveryType.of(delivery))


@strawberry.type
class NotificationChannelMutations:
    @strawberry.mutation(permission_classes=[IsAdmin], description="A team alert channel (a group robot or a webhook).")
    @payload_errors
    async def create_notification_channel(
        self, info: Info[Context, Any], input: CreateNotificationChannelInput
    ) -> NotificationChannelPayload:
        context = info.context
        channel = await channels.create_channel(
            organization_id=context.organization_id, kind=input.kind, name=input.name, url=input.url,
            events=input.events, secret=input.secret, signed=input.signed, mentions=input.mentions,
            locale=input.locale, digest_hour=input.digest_hour, where=channels.Where.of(context.settings))
        return NotificationChannelPayload(channel=NotificationChannelType.of(channel))

    @strawberry.mutation(permission_classes=[IsAdmin], description="Change what is given; nothing on an error.")
    @payload_errors
    async def update_notification_channel(
        self, info: Info[Context, Any], id: strawberry.ID, input: UpdateNotificationChannelInput
    ) -> NotificationChannelPayload:
        context = info.context
        channel = await channels.update_channel(
            organization_id=context.organization_id, channel_id=decode_id(id, "NotificationChannel"), name=input.name,
            url=input.url, secret=input.secret, events=input.events, mentions=input.mentions, locale=input.locale,
            digest_hour=input.digest_hour, active=input.active, where=channels.Where.of(context.settings))
        return NotificationChannelPayload(channel=NotificationChannelType.of(channel))

    @strawberry.mutation(permission_classes=[IsAdmin], description="Removes the channel and its delivery log.")
    @payload_errors
    async def delete_notification_channel(
        self, info: Info[Context, Any], id: strawberry.ID
    ) -> NotificationChannelPayload:
        channel = await channels.delete_channel(organization_id=info.context.organization_id,
                                                channel_id=decode_id(id, "NotificationChannel"))
        return NotificationChannelPayload(channel=NotificationChannelType.of(channel))

    @strawberry.mutation(permission_classes=[IsAdmin],
                         description="Send a test message now; the payload's delivery says how it went.")
    @payload_errors
    async def send_test_notification(self, info: Info[Context, Any], id: strawberry.ID) -> NotificationChannelPayload:
        context = info.context
        channel_id = decode_id(id, "NotificationChannel")
        delivery = await channels.send_test(organization_id=context.organization_id, channel_id=channel_id,
                                            settings=context.settings)
        channel = await channels.get_channel(organization_id=context.organization_id, channel_id=channel_id)
        return NotificationChannelPayload(channel=NotificationChannelType.of(channel),
                                          delivery=NotificationDeliveryType.of(delivery))


@strawberry.type
class PrivacyMutations:
    @strawberry.mutation(
        permission_classes=[IsAdmin],
        description="Erase a respondent's identity, attributes and comments everywhere, keeping metrics. "
                    "Idempotent: an unknown or already erased externalId erases 0 and is no error.")
    @payload_errors
    async def erase_respondent(self, info: Info[Context, Any], external_id: str) -> ErasePayload:
        context = info.context
        done = await erasure.erase_respondent(
            organization_id=context.organization_id, external_id=external_id, actor=context.actor,
            redis=getattr(context.request.app.state, "redis", None), stream=context.settings.queue_name)
        scrubbed = (done.audit_events + done.actions + done.other_texts + done.events + done.deliveries
                    + done.queue_messages)
        errors = [UserError(code="RETRY", field=None, message=QUEUE_RETRY)] if done.queue_unreachable else []
        return ErasePayload(erased_responses=done.responses, erased_cases=done.cases, erased_analyses=done.analyses,
                            scrubbed_records=scrubbed, errors=errors)
