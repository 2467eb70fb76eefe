"""Account types and payloads. Resolvers call one service function each."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from accounts.models import Account, AccountStage
from api.context import Context
from api.core.types import UserType, user_type
from api.errors import UserError
from api.ids import encode_id
from api.relay import Node, node_by_id
from api.surveys.types import RespondentType


@strawberry.type(name="Account", description=(
    "A customer account: a company whose people answer surveys. Upserted by its external id (the host's own)."))
class AccountType(Node):
    external_id: str
    name: str
    attributes: JSON | None = strawberry.field(description="plan, industry, size, region, mrr ...: the host's words.")
    renewal_at: datetime | None
    stage: AccountStage
    updated_at: datetime
    _model: strawberry.Private[Account]

    @classmethod
    def of(cls, a: Account) -> AccountType:
        return cls(id=strawberry.ID(encode_id("Account", a.id)), external_id=a.external_id, name=a.name,
                   attributes=JSON(a.attributes), renewal_at=a.renewal_at, stage=a.stage, updated_at=a.updated_at,
                   _model=a)

    @strawberry.field(description="The CS manager who owns the account; null when none does.")
    async def owner(self, info: Info[Context, Any]) -> UserType | None:
        return await user_type(info.context, self._model.organization_id, self._model.owner_id)


@strawberry.type
class AccountsPayload:
    accounts: list[AccountType] = strawberry.field(default_factory=list)
    errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class SignalsPayload:
    accepted: int = strawberry.field(default=0, description="Rows stored (a row that replaced a day's value counts).")
    errors: list[UserError] = strawberry.field(default_factory=list)


node_by_id("Account", lambda loaders: loaders.account_by_id, AccountType.of)
RespondentType.account_type = AccountType.of  # see RespondentType.account_type
