"""Accounts mutations. Each returns a payload with the result or typed errors."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from accounts import health, service, warnings
from accounts.warning_rules import RULES
from api.accounts.inputs import AccountInput, AccountSignalInput
from api.accounts.types import AccountsPayload, AccountType, HealthModelPayload, SignalsPayload, WarningRulesPayload
from api.context import Context
from api.errors import UserError, payload_errors
from api.permissions import CanManageAccounts, IsAdmin
from core.settings import Settings


def _size(field: str) -> str:
    """A body limit's default (the schema is built once, before any deployment's settings), e.g. 2 MiB."""
    n = Settings.model_fields[field].default
    return f"{n // 2**20} MiB" if n % 2**20 == 0 else f"{n // 1024} KiB"


BODY_LIMITS = (f"A request body may be up to {_size('max_api_body_bytes')} with an API key (VOC_MAX_API_BODY_BYTES),"
               f" {_size('max_body_bytes')} otherwise (VOC_MAX_BODY_BYTES; larger bodies get HTTP 413, "
               "PAYLOAD_TOO_LARGE), by default:")


@strawberry.type
class AccountMutations:
    @strawberry.mutation(permission_classes=[CanManageAccounts], description=(
        f"Create or update up to {service.MAX_ACCOUNTS_PER_CALL} accounts by external id, all or none: any bad row "
        "refuses the whole batch (errors name each bad row, e.g. input.3.ownerId) and nothing is changed. The same "
        f"input twice leaves the same state. {BODY_LIMITS} {service.MAX_ACCOUNTS_PER_CALL} rows averaging up to "
        "4 KiB fit one call."))
    @payload_errors
    async def upsert_accounts(self, info: Info[Context, Any], input: list[AccountInput]) -> AccountsPayload:
        done = await service.upsert_accounts(organization=info.context.organization,
                                             rows=[row.to_domain() for row in input])
        return AccountsPayload(accounts=[AccountType.of(a) for a in done])

    @strawberry.mutation(permission_classes=[CanManageAccounts], description=(
        f"Record up to {service.MAX_SIGNALS_PER_CALL} usage signals. One value per account, metric and day (the "
        "organisation's time zone): recording it again replaces it, so retries never count twice. Bad rows (an "
        "unknown account, a time more than a few minutes ahead, a bad metric name) get an error each, with their "
        f"index; the other rows are stored and counted in accepted. {BODY_LIMITS} {service.MAX_SIGNALS_PER_CALL} "
        "rows fit one call even with 256-character Chinese ids and 64-character metrics (about 1.7 MB; typically "
        "about 100 KB)."))
    @payload_errors
    async def record_account_signals(self, info: Info[Context, Any], input: list[AccountSignalInput]) -> SignalsPayload:
        report = await service.record_signals(organization=info.context.organization,
                                              rows=[row.to_domain() for row in input])
        return SignalsPayload(accepted=report.accepted, errors=[UserError.of(e) for e in report.errors])

    @strawberry.mutation(permission_classes=[IsAdmin], description=(
        "Replace the organisation's health model (admins only). Refused as a whole, nothing changed, with an error "
        "per problem: BAD_WEIGHTS (weights must be above 0 and sum to 100), UNKNOWN_COMPONENT (a key that is no "
        "component, or one named twice), BAD_THRESHOLDS (a scale that cannot map values to 0-100 points), "
        "BAD_BANDS (bands must be HEALTHY, WATCH, AT_RISK, CRITICAL from the top, covering 0-100 without gap or "
        "overlap). Every account is rescored soon under the new model."))
    @payload_errors
    async def set_health_model(self, info: Info[Context, Any], model: JSON) -> HealthModelPayload:
        stored = await health.set_model(organization=info.context.organization, model=model)
        return HealthModelPayload(model=JSON(stored))

    @strawberry.mutation(permission_classes=[IsAdmin], description=(
        f"Change the organisation's early-warning rules (admins only): an object of rules by code ({', '.join(RULES)}),"
        " each with enabled and its parameters; a rule or parameter left out keeps its default. Refused as a whole, "
        "nothing changed, with an error per problem: UNKNOWN_RULE, UNKNOWN_PARAMETER, BAD_PARAMETER (e.g. days must "
        "be 1-365). The rules run at each account's next scoring."))
    @payload_errors
    async def set_warning_rules(self, info: Info[Context, Any], rules: JSON) -> WarningRulesPayload:
        stored = await warnings.set_rules(organization=info.context.organization, rules=rules)
        return WarningRulesPayload(rules=JSON(stored))
