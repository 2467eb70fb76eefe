"""Cases that an account's early warning opens (accounts/ decides when; this opens the work).

Such a case follows up no response: it names the account (by external id, as respondents do:
actions does not import accounts), the warning rule's reason code and the figures it compared
(`reason_detail`). The account's CS manager takes it when they are an active agent, in their team
(assignment.team_of_person); else the routing rules (on the account's attributes) and the default
team decide, as for any case. The SLA
is the organisation-wide case rule's. One warning opens one case: the same account, rule and
window (`window_key`, e.g. the ISO week the rule looked at) find the case already opened, however
often the rule runs or however many workers run it at once (a unique key per organisation).

It announces itself as "case.account_warning" (core.events), which webhooks and team alerts may
subscribe to; it has no re-survey when resolved (nobody answered a survey).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from actions import assignment, audit
from actions.cases import recorder, user_ref
from actions.models import Case, CaseStatus
from actions.rules import effective_rule
from actions.wording import label, ref
from core.errors import ValidationFailed
from core.events import CaseAccountWarning, emit
from core.formats import utc_iso
from core.models import Organization, Role, User

# The warning rules' reason codes in words (zh-CN, en) for alerts; accounts/ owns the rules, and a code
# not listed here is still stored, and shown as it is. The console has its own words for them.
REASONS: dict[str, tuple[str, str]] = {
    "band_drop": ("健康等级下降", "health band dropped"), "score_fall": ("健康分下跌", "health score fell"),
    "no_login": ("长期未登录", "no recent logins"), "usage_drop": ("使用量下降", "usage dropped"),
    "renewal_risk": ("续约风险", "renewal at risk"), "complaints": ("投诉增多", "more complaints"),
    "churn_intent": ("流失意向", "intent to churn"),
}
SOURCE = "warning"  # Case.source of these cases (the others: "rule", "manual")
_CODE = re.compile(r"[a-z][a-z0-9_]{0,31}")
MAX_ACCOUNT = 256
MAX_WINDOW = 30


def dedupe_key(account_external_id: str, reason: str, window_key: str) -> str:
    return f"{account_external_id}:{reason}:{window_key}"


def _check(account_external_id: str, reason: str, window_key: str, detail: Mapping[str, Any]) -> str:
    account = account_external_id.strip()
    if not 0 < len(account) <= MAX_ACCOUNT:
        raise ValidationFailed(f"the account's external id must be 1-{MAX_ACCOUNT} characters",
                               field="accountExternalId")
    if not _CODE.fullmatch(reason):
        raise ValidationFailed("the reason is a code of lower-case letters, digits and _ (at most 32)", field="reason")
    if not 0 < len(window_key) <= MAX_WINDOW:
        raise ValidationFailed(f"the window key must be 1-{MAX_WINDOW} characters", field="windowKey")
    if not isinstance(detail, Mapping):
        raise ValidationFailed("the detail is an object of the figures the rule compared", field="detail")
    return account


async def _owner(organization_id: int, owner_id: int | None) -> tuple[int | None, str | None]:
    """The account's owner when they can take cases, else None and why not (for the audit trail)."""
    if owner_id is None:
        return None, "the account has no CS manager"
    user = await User.get_or_none(id=owner_id, organization_id=organization_id)
    if user is None:
        return None, "the account's CS manager is not a user of the organisation"
    if user.deactivated_at is not None or user.role != Role.AGENT:
        return None, f"the account's CS manager {ref('User', user.id)} is not an active agent"
    return user.id, None


def _summary(reason: str, detail: Mapping[str, Any]) -> str:
    figures = ", ".join(f"{k} {v}" for k, v in list(detail.items())[:8])
    return f"account warning {reason}" + (f" ({figures})" if figures else "")[:400]


async def open_account_case(
    *, organization: Organization, account_external_id: str, reason: str, detail: dict[str, Any], window_key: str,
    owner_id: int | None, account_name: str | None = None, attributes: Mapping[str, Any] | None = None,
    now: datetime | None = None,
) -> tuple[Case, bool]:
    """The case of this warning, and whether this call opened it (False: an earlier run did).
    `account_name`: for the alert's words; `attributes`: the account's, for the routing rules when the
    owner cannot take it."""
    account = _check(account_external_id, reason, window_key, detail)
    key = dedupe_key(account, reason, window_key)
    found = await Case.get_or_none(organization_id=organization.id, dedupe_key=key)
    if found is not None:
        return found, False
    now = now or datetime.now(UTC)
    rule = await effective_rule(organization_id=organization.id, survey_id=None)
    owner, why_not = await _owner(organization.id, owner_id)
    try:
        async with in_transaction():
            routing = None if owner is not None else await assignment.route(
                organization_id=organization.id, attributes=dict(attributes or {}), now=now)
            assignee_id = owner if routing is None else routing.assignee_id
            team_id = routing.team_id if routing else await assignment.team_of_person(
                organization_id=organization.id, user_id=owner or 0, attributes=dict(attributes or {}))
            case = await Case.create(
                organization_id=organization.id, survey_id=None, response_id=None, respondent_id=None,
                open_key=None, account_external_id=account, reason=reason, reason_detail=dict(detail),
                dedupe_key=key, source=SOURCE, status=CaseStatus.ASSIGNED if assignee_id else CaseStatus.NEW,
                team_id=team_id, assignee_id=assignee_id,
                first_contact_due_at=now + timedelta(hours=rule.first_contact_hours),
                resolve_due_at=now + timedelta(hours=rule.resolve_hours), reopen_days=rule.reopen_days,
                created_at=now)
            record = recorder(case, audit.SYSTEM, now)
            await record("created", to_value=label(CaseStatus.NEW), note=_summary(reason, detail))
            if routing is None:
                await assignment.note_assigned(organization_id=organization.id, user_id=owner or 0, now=now)
                if team_id is not None:
                    await record("team", to_value=ref("Team", team_id), note="the account's CS manager's team")
                await record("assignee", to_value=user_ref(owner), note="the account's CS manager")
            else:
                note = f"{why_not}: {routing.note()}"
                if routing.team_id is not None:
                    await record("team", to_value=ref("Team", routing.team_id), note=note)
                if routing.assignee_id is not None:
                    await record("assignee", to_value=user_ref(routing.assignee_id), note=note)
            if case.status == CaseStatus.ASSIGNED:
                await record("status", from_value=label(CaseStatus.NEW), to_value=label(CaseStatus.ASSIGNED))
            await emit(organization_id=organization.id, event=CaseAccountWarning(
                case_id=case.id, status=case.status.value, account_external_id=account, reason=reason,
                reason_detail=dict(detail), window=window_key, team_id=case.team_id,
                assignee_id=case.assignee_id, source=SOURCE, first_contact_due_at=utc_iso(case.first_contact_due_at),
                resolve_due_at=utc_iso(case.resolve_due_at), account_name=account_name))
    except IntegrityError:  # another run opened it since the look-up
        return await Case.get(organization_id=organization.id, dedupe_key=key), False
    return case, True
