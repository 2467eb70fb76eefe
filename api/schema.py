"""The Strawberry schema: the domains' queries and mutations, with the safety extensions on."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache, partial

import strawberry
from graphql import GraphQLError
from graphql.validation import ASTValidationRule, NoSchemaIntrospectionCustomRule
from strawberry.extensions import (
    AddValidationRules,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
    ValidationCache,
)
from strawberry.extensions.max_aliases import create_validator as alias_rule
from strawberry.extensions.query_depth_limiter import create_validator as depth_rule
from strawberry.types import ExecutionContext
from strawberry.utils.logging import StrawberryLogger

from api.accounts.mutations import AccountMutations
from api.accounts.queries import AccountQueries
from api.accounts.types import AccountType
from api.actions.mutations import (
    ActionMutations,
    CaseMutations,
    NotificationChannelMutations,
    PrivacyMutations,
    WebhookMutations,
)
from api.actions.queries import ActionQueries, CaseQueries, LoopMetricsQueries, WebhookQueries
from api.actions.subscriptions import Subscription
from api.actions.types import NotificationDeliveryType, RoutingRuleType, TeamType, WebhookDeliveryType
from api.analysis.mutations import AnalysisMutations
from api.analysis.queries import AnalysisQueries
from api.analysis.types import AnalysisJobType, TopicType
from api.core.mutations import CoreMutations
from api.core.queries import CoreQueries
from api.core.types import OrganizationType, UserType
from api.errors import RetryLater, mask_errors, should_mask
from api.http import access
from api.surveys.distribution_fields import DistributionMutations, DistributionQueries
from api.surveys.mutations import SurveyMutations
from api.surveys.queries import SurveyQueries
from api.surveys.types import RespondentType, ResponseType, SurveyType
from api.untrusted import PlainStringLiterals
from core.settings import Settings, get_settings
from core.transient import is_transient

log = logging.getLogger("voc.graphql")


@strawberry.type
class Query(CoreQueries, SurveyQueries, AnalysisQueries, WebhookQueries, LoopMetricsQueries, ActionQueries,
            CaseQueries, AccountQueries, DistributionQueries):
    pass


@strawberry.type
class Mutation(SurveyMutations, AnalysisMutations, WebhookMutations, NotificationChannelMutations, ActionMutations,
               CaseMutations, CoreMutations, PrivacyMutations, AccountMutations, DistributionMutations):
    pass


class VocSchema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        """Expected refusals (an API key missing, a role lacking, a bad variable) are the request's
        access line, with their code, and a debug line; anything else is logged with its traceback."""
        for error in errors:
            if not should_mask(error):
                code = (error.extensions or {}).get("code") or "INVALID_REQUEST"
                access.note_error(str(code))
                log.debug("%s: %s", code, error.message)
                continue
            assert error.original_error is not None
            access.note_error("UNAVAILABLE" if is_transient(error.original_error) else "UNEXPECTED")
            StrawberryLogger.error(error, execution_context)


ExtensionFactory = Callable[[], SchemaExtension]


@cache
def _rules(max_depth: int, max_aliases: int, introspection: bool) -> tuple[type[ASTValidationRule], ...]:
    rules: list[type[ASTValidationRule]] = [depth_rule(max_depth, None, None), alias_rule(max_aliases),
                                            PlainStringLiterals]
    if not introspection:
        rules.append(NoSchemaIntrospectionCustomRule)
    return tuple(rules)


def validation_rules(settings: Settings) -> list[type[ASTValidationRule]]:
    """Our rules beyond the specification's, built once per limit values (see `extensions`)."""
    return list(_rules(settings.max_query_depth, settings.max_aliases, settings.introspection_enabled))


def extensions(settings: Settings) -> list[ExtensionFactory]:
    # Factories: Strawberry builds fresh extensions per request; the caches live at module level.
    # The validation rules are built once: ValidationCache keys on the rule classes, so rules made
    # per request (as QueryDepthLimiter and MaxAliasesLimiter do) would never hit the cache.
    chosen: list[ExtensionFactory] = [
        partial(ParserCache, maxsize=512),
        partial(ValidationCache, maxsize=512),
        partial(AddValidationRules, validation_rules(settings)),
        partial(MaxTokensLimiter, max_token_count=settings.max_tokens),
    ]
    if not settings.debug:
        chosen.append(mask_errors)
    chosen.append(RetryLater)  # after MaskErrors: leaves the operation first, so it sees unmasked errors
    return chosen


def build_schema(
    settings: Settings, extra_extensions: list[ExtensionFactory] | None = None
) -> strawberry.Schema:
    return VocSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        types=[SurveyType, ResponseType, RespondentType, OrganizationType, UserType, TopicType, AnalysisJobType,
               WebhookDeliveryType, TeamType, RoutingRuleType, NotificationDeliveryType, AccountType],
        extensions=[*extensions(settings), *(extra_extensions or [])],
    )


# What `strawberry export-schema api.schema:schema` exports (schema.graphql is diffed against it).
schema = build_schema(get_settings())
