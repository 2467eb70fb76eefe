"""Automation rules of the inner loop: when a response opens a case (and the SLA it gets), and the
teams, members and routing rules that decide who follows it up.

A case rule applies per survey, else organisation-wide (survey null), else the built-in default
(NPS <= 6, CSAT <= 2, CES >= 5, sentiment <= -0.6; first contact 24 h, resolution 7 days, reopen
window 4 days). The same SLA applies to every case a rule opens, and to cases opened by hand; an
account's early warning (no survey) gets the organisation-wide rule's.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from actions.errors import InvalidAssignee, TeamInUse
from actions.models import OPEN_CASE_STATUSES, Case, CaseRule, RoutingRule, Team, TeamMember
from core.batching import Batch
from core.db import db, dialect
from core.errors import NotFound, ValidationFailed, or_not_found
from core.models import Organization, Role, User
from core.reads import rows_by_id
from surveys.models import Survey, SurveyKind

# Field -> (GraphQL name, low, high, nullable). A null threshold switches its condition off.
RULE_FIELDS: dict[str, tuple[str, float, float, bool]] = {
    "enabled": ("enabled", 0, 1, False),
    "nps_max": ("npsMax", 0, 10, True),
    "csat_max": ("csatMax", 1, 5, True),
    "ces_min": ("cesMin", 1, 7, True),
    "sentiment_max": ("sentimentMax", -1.0, 1.0, True),
    "first_contact_hours": ("firstContactHours", 1, 8760, False),
    "resolve_hours": ("resolveHours", 1, 8760, False),
    "reopen_days": ("reopenDays", 0, 365, False),
}


# --- case rules ---------------------------------------------------------------------------------


async def effective_rule(*, organization_id: int, survey_id: int | None) -> CaseRule:
    """The survey's rule, else the organisation-wide one, else an unsaved default (id None). No
    survey (an account warning's case): the organisation-wide rule's SLA."""
    rules = await CaseRule.filter(organization_id=organization_id, survey_id=survey_id).order_by("id")
    if not rules:
        rules = await CaseRule.filter(organization_id=organization_id, survey_id=None).order_by("id")
    return rules[0] if rules else CaseRule(organization_id=organization_id, survey_id=None)


async def effective_rules(keys: Sequence[tuple[int, int]]) -> dict[tuple[int, int], CaseRule]:
    """`effective_rule` for many (organization_id, survey_id) at once, in one query."""
    stored = await CaseRule.filter(organization_id__in={o for o, _ in keys}).order_by("id")
    found: dict[tuple[int, int | None], CaseRule] = {}
    for row in stored:
        found.setdefault((row.organization_id, row.survey_id), row)
    rules: dict[tuple[int, int], CaseRule] = {}
    for o, s in keys:
        rule = found.get((o, s)) or found.get((o, None))  # a Model is always truthy
        rules[(o, s)] = rule if rule is not None else CaseRule(organization_id=o, survey_id=None)
    return rules


# The rules the case tasks of one queue message need, in one query (instances are shared: read only).
RULES: Batch[tuple[int, int], CaseRule] = Batch(effective_rules, max_size=500, linger_seconds=0.002)


async def case_rules_by_id(*, organization_id: int, ids: Collection[int]) -> dict[int, CaseRule]:
    return await rows_by_id(CaseRule, organization_id=organization_id, ids=ids)


# The score condition of each survey kind: the rule's field, and whether a score at most (True) or at
# least (False) its value opens a case (a high effort score is the bad one).
SCORE_CONDITIONS: dict[SurveyKind, tuple[str, bool]] = {
    SurveyKind.NPS: ("nps_max", True), SurveyKind.CSAT: ("csat_max", True), SurveyKind.CES: ("ces_min", False),
}


def score_threshold(rule: CaseRule, kind: SurveyKind) -> tuple[str, int] | None:
    """The rule's field and value that a score of this survey kind is held to; None when it has none."""
    condition = SCORE_CONDITIONS.get(kind)
    value = getattr(rule, condition[0]) if condition else None
    return (condition[0], value) if condition and value is not None else None


def score_matches(rule: CaseRule, kind: SurveyKind, score: int | None) -> bool:
    threshold = score_threshold(rule, kind)
    if not rule.enabled or score is None or threshold is None:
        return False
    at_most = SCORE_CONDITIONS[kind][1]
    return score <= threshold[1] if at_most else score >= threshold[1]


def sentiment_matches(rule: CaseRule, sentiment: float | None) -> bool:
    return rule.enabled and sentiment is not None and rule.sentiment_max is not None and sentiment <= rule.sentiment_max


async def list_case_rules(*, organization_id: int) -> list[CaseRule]:
    """Stored rules, organisation-wide first; the built-in default (id None) when none is org-wide."""
    rules = await CaseRule.filter(organization_id=organization_id).order_by("id")
    org_wide = [r for r in rules if r.survey_id is None]
    per_survey = [r for r in rules if r.survey_id is not None]
    if not org_wide:
        org_wide = [CaseRule(organization_id=organization_id, survey_id=None)]
    return [*org_wide, *per_survey]


def _check_rule_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in RULE_FIELDS:
            raise ValidationFailed(f"unknown case rule field “{name}”", field=name)
        label, low, high, nullable = RULE_FIELDS[name]
        if value is None:
            if not nullable:
                raise ValidationFailed(f"{label} must not be null", field=label)
        elif name == "enabled":
            if not isinstance(value, bool):
                raise ValidationFailed("enabled must be a boolean", field=label)
        elif isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
            raise ValidationFailed(f"{label} must be between {low:g} and {high:g}", field=label)
        elif name != "sentiment_max" and int(value) != value:
            raise ValidationFailed(f"{label} must be a whole number", field=label)
        clean[name] = value if name in ("enabled", "sentiment_max") or value is None else int(value)
    return clean


async def set_case_rule(
    *, organization: Organization, survey_id: int | None, changes: Mapping[str, Any]
) -> CaseRule:
    """Upsert the rule of a survey (or the organisation-wide one): given fields change, others stay."""
    clean = _check_rule_changes(changes)
    if survey_id is not None and not await Survey.exists(id=survey_id, organization_id=organization.id):
        raise NotFound("no such survey", field="surveyId")
    async with in_transaction():
        # Unique (organisation, survey) does not stop two org-wide rules (NULLs differ): serialise.
        await lock_organization(organization.id)
        rule = await CaseRule.filter(organization_id=organization.id, survey_id=survey_id).order_by("id").first()
        if rule is None:
            rule = await CaseRule.create(organization_id=organization.id, survey_id=survey_id, **clean)
        elif clean:
            for name, value in clean.items():
                setattr(rule, name, value)
            await rule.save()
    return rule


async def lock_organization(organization_id: int) -> None:
    """Serialise rare per-organisation upserts until the transaction ends. NO KEY UPDATE leaves the
    foreign-key checks of the organisation's other writes (KEY SHARE) unblocked. SQLite transactions
    are serial already."""
    if dialect() == "postgres":
        await db().execute_query('SELECT "id" FROM "organizations" WHERE "id" = $1 FOR NO KEY UPDATE',
                                 [organization_id])


# --- teams, members, routing rules -------------------------------------------------------------


async def _org_user(organization_id: int, user_id: int, field: str) -> User:
    return or_not_found(await User.get_or_none(id=user_id, organization_id=organization_id), "no such user",
                        field=field)


async def get_team(*, organization_id: int, team_id: int, field: str = "teamId") -> Team:
    return or_not_found(await Team.get_or_none(id=team_id, organization_id=organization_id), "no such team",
                        field=field)


def _team_name(name: str) -> str:
    name = name.strip()
    if not 0 < len(name) <= 200:
        raise ValidationFailed("name must be 1-200 characters", field="name")
    return name


async def _check_people(organization_id: int, lead_id: int | None, fallback_owner_id: int | None) -> None:
    if lead_id is not None:
        await _org_user(organization_id, lead_id, "leadId")
    if fallback_owner_id is not None:
        owner = await _org_user(organization_id, fallback_owner_id, "fallbackOwnerId")
        if owner.role != Role.AGENT:
            raise InvalidAssignee("the fallback owner takes cases, so it must have the agent role",
                                  field="fallbackOwnerId")


async def create_team(
    *, organization: Organization, name: str, lead_id: int | None = None, fallback_owner_id: int | None = None,
    is_default: bool = False,
) -> Team:
    name = _team_name(name)
    await _check_people(organization.id, lead_id, fallback_owner_id)
    if await Team.exists(organization_id=organization.id, name=name):
        raise ValidationFailed(f"a team named “{name}” already exists", field="name", code="DUPLICATE")
    try:
        async with in_transaction():
            if is_default:  # one default team per organisation
                await Team.filter(organization_id=organization.id, is_default=True).update(is_default=False)
            return await Team.create(organization_id=organization.id, name=name, lead_id=lead_id,
                                     fallback_owner_id=fallback_owner_id, is_default=is_default)
    except IntegrityError as exc:
        raise ValidationFailed(f"a team named “{name}” already exists", field="name", code="DUPLICATE") from exc


async def update_team(*, organization: Organization, team_id: int, changes: Mapping[str, Any]) -> Team:
    """Change a team: any of `name`, `lead_id`, `fallback_owner_id` (None clears them) and `is_default`
    (True makes it the default team; the default cannot be unset but by making another one default)."""
    team = await get_team(organization_id=organization.id, team_id=team_id, field="id")
    name = _team_name(changes["name"]) if "name" in changes else team.name
    lead_id = changes.get("lead_id", team.lead_id)
    fallback_owner_id = changes.get("fallback_owner_id", team.fallback_owner_id)
    await _check_people(organization.id, lead_id if "lead_id" in changes else None,
                        fallback_owner_id if "fallback_owner_id" in changes else None)
    if changes.get("is_default") is False and team.is_default:
        raise ValidationFailed("make another team the default instead", field="isDefault")
    if name != team.name and await Team.exists(organization_id=organization.id, name=name):
        raise ValidationFailed(f"a team named “{name}” already exists", field="name", code="DUPLICATE")
    try:
        async with in_transaction():
            if changes.get("is_default") and not team.is_default:
                await Team.filter(organization_id=organization.id, is_default=True).update(is_default=False)
                team.is_default = True
            team.name, team.lead_id, team.fallback_owner_id = name, lead_id, fallback_owner_id
            await team.save(update_fields=["name", "lead_id", "fallback_owner_id", "is_default"])
    except IntegrityError as exc:
        raise ValidationFailed(f"a team named “{name}” already exists", field="name", code="DUPLICATE") from exc
    return team


async def delete_team(*, organization: Organization, team_id: int) -> Team:
    """Delete a team without work: not the default team, no open cases, no routing rule sending cases
    to it (each would silently change where cases go). Its closed cases keep their history without it."""
    team = await get_team(organization_id=organization.id, team_id=team_id, field="id")
    if team.is_default:
        raise TeamInUse("the default team takes every case no rule routes: make another team the default first",
                        field="id")
    open_cases = await Case.filter(team_id=team.id, status__in=list(OPEN_CASE_STATUSES)).count()
    rules = await RoutingRule.filter(team_id=team.id).count()
    if open_cases or rules:
        raise TeamInUse(f"the team has {open_cases} open case(s) and {rules} routing rule(s): move the cases "
                        "and remove the rules first", field="id")
    await team.delete()
    return team


async def list_teams(*, organization_id: int) -> list[Team]:
    return await Team.filter(organization_id=organization_id).order_by("id")


async def teams_by_id(*, organization_id: int, ids: Collection[int]) -> dict[int, Team]:
    return await rows_by_id(Team, organization_id=organization_id, ids=ids)


async def members_of_teams(*, organization_id: int, team_ids: Collection[int]) -> dict[int, list[TeamMember]]:
    """The members of the organisation's teams, per team id, in the order they joined."""
    found: dict[int, list[TeamMember]] = {}
    rows = TeamMember.filter(team_id__in=list(team_ids), team__organization_id=organization_id).order_by("id")
    for member in await rows:
        found.setdefault(member.team_id, []).append(member)
    return found


async def add_team_member(
    *, organization: Organization, team_id: int, user_id: int, max_open_cases: int | None = None,
    available: bool | None = None,
) -> TeamMember:
    team = await get_team(organization_id=organization.id, team_id=team_id)
    user = await _org_user(organization.id, user_id, "userId")
    if user.role != Role.AGENT:
        raise InvalidAssignee("only users with the agent role can take cases", field="userId")
    cap = 20 if max_open_cases is None else max_open_cases
    if not 1 <= cap <= 1000:
        raise ValidationFailed("maxOpenCases must be between 1 and 1000", field="maxOpenCases")
    if await TeamMember.exists(team_id=team.id, user_id=user.id):
        raise ValidationFailed("this user is already a member of the team", field="userId", code="DUPLICATE")
    try:
        return await TeamMember.create(team_id=team.id, user_id=user.id, max_open_cases=cap,
                                       available=True if available is None else available)
    except IntegrityError as exc:
        raise ValidationFailed("this user is already a member of the team", field="userId",
                               code="DUPLICATE") from exc


async def remove_team_member(*, organization: Organization, team_id: int, user_id: int) -> TeamMember:
    """Take an agent out of a team: no new cases from it; the cases already assigned to them stay theirs."""
    team = await get_team(organization_id=organization.id, team_id=team_id)
    member = await TeamMember.get_or_none(team_id=team.id, user_id=user_id)
    if member is None:
        raise NotFound("this user is not a member of the team", field="userId")
    await member.delete()
    return member


async def set_member_availability(
    *, organization: Organization, team_id: int, user_id: int, available: bool
) -> TeamMember:
    team = await get_team(organization_id=organization.id, team_id=team_id)
    member = await TeamMember.get_or_none(team_id=team.id, user_id=user_id)
    if member is None:
        raise NotFound("this user is not a member of the team", field="userId")
    if member.available != available:
        member.available = available
        await member.save(update_fields=["available"])
    return member


async def set_member_cap(*, organization: Organization, team_id: int, user_id: int, max_open_cases: int) -> TeamMember:
    """Change an agent's cap of open cases in a team; cases already assigned stay (a lower cap only
    stops new ones until the agent is under it again)."""
    if not 1 <= max_open_cases <= 1000:
        raise ValidationFailed("maxOpenCases must be between 1 and 1000", field="maxOpenCases")
    team = await get_team(organization_id=organization.id, team_id=team_id)
    member = await TeamMember.get_or_none(team_id=team.id, user_id=user_id)
    if member is None:
        raise NotFound("this user is not a member of the team", field="userId")
    if member.max_open_cases != max_open_cases:
        member.max_open_cases = max_open_cases
        await member.save(update_fields=["max_open_cases"])
    return member


async def add_routing_rule(*, organization: Organization, attribute: str, value: str, team_id: int) -> RoutingRule:
    attribute, value = attribute.strip(), value.strip()
    if not 0 < len(attribute) <= 64:
        raise ValidationFailed("attribute must be 1-64 characters", field="attribute")
    if not 0 < len(value) <= 256:
        raise ValidationFailed("value must be 1-256 characters", field="value")
    team = await get_team(organization_id=organization.id, team_id=team_id)
    if await RoutingRule.exists(organization_id=organization.id, attribute=attribute, value=value):
        raise ValidationFailed(f"a rule for {attribute}={value} already exists", field="value", code="DUPLICATE")
    last = await RoutingRule.filter(organization_id=organization.id).order_by("-position").first()
    try:
        return await RoutingRule.create(organization_id=organization.id, attribute=attribute, value=value,
                                        team_id=team.id, position=(last.position + 1) if last else 0)
    except IntegrityError as exc:
        raise ValidationFailed(f"a rule for {attribute}={value} already exists", field="value",
                               code="DUPLICATE") from exc


async def delete_routing_rule(*, organization: Organization, rule_id: int) -> RoutingRule:
    """Remove a routing rule (the others keep their order); its segment's new cases go to the next
    matching rule or the default team. Returns the removed rule."""
    rule = await RoutingRule.get_or_none(id=rule_id, organization_id=organization.id)
    if rule is None:
        raise NotFound("no such routing rule", field="id")
    await rule.delete()
    return rule


async def routing_rules_by_id(*, organization_id: int, ids: Collection[int]) -> dict[int, RoutingRule]:
    return await rows_by_id(RoutingRule, organization_id=organization_id, ids=ids)


async def list_routing_rules(*, organization_id: int) -> list[RoutingRule]:
    return await RoutingRule.filter(organization_id=organization_id).order_by("position", "id")
