"""Registers the domains' enums with Strawberry under their contract names.

Member names are the GraphQL values (NPS, DETRACTOR ...), so resolvers return the domain enums
unchanged. Modules that annotate fields with these enums import this module first.
"""

from __future__ import annotations

import strawberry

from accounts.health_listing import AccountOrder
from accounts.health_model import HealthBand
from accounts.models import AccountStage
from accounts.segments import AccountDimension
from actions.case_reads import CaseOrder
from actions.channel_models import AlertStatus, ChannelKind
from actions.models import ActionStatus, CaseStatus
from analysis.filters import Sentiment
from core.models import Role
from surveys.metrics import Interval
from surveys.models import Channel, NpsCategory, SurveyKind, SurveyPurpose, SurveyStatus

for _enum in (Role, SurveyKind, SurveyStatus, NpsCategory, Channel, Interval, CaseStatus, ActionStatus):
    strawberry.enum(_enum)
strawberry.enum(SurveyPurpose, description="Why a survey exists: ORDINARY (the organisation's own) or a system "
               "survey VoC Loop runs itself (RESURVEY: the one-question CSAT of a resolved case).")
strawberry.enum(Sentiment, description="A comment's analysed sentiment (-1..1) in bands: POSITIVE above 0.2, "
               "NEGATIVE below -0.2, NEUTRAL between (both ends included), as a topic's sentiment mix counts.")
strawberry.enum(ChannelKind, name="NotificationChannelKind",
                description="Where a team alert channel posts: a WeCom, DingTalk or Feishu group robot, or a webhook.")
strawberry.enum(AlertStatus, name="NotificationDeliveryStatus",
                description="PENDING (to send or retry), SENT, FAILED (after the last attempt), FOLDED (sent within a "
                            "summary of a burst).")
strawberry.enum(AccountStage, description=(
    "Where the customer is in its lifecycle, as the host's CRM says: ONBOARDING, ACTIVE (the default of a new "
    "account), RENEWAL (a renewal under negotiation) or CHURNED."))
strawberry.enum(HealthBand, description=(
    "An account's health band, as its organisation's health model draws them (by default HEALTHY 健康 80-100, "
    "WATCH 关注 60-79, AT_RISK 风险 40-59, CRITICAL 危险 below 40)."))
strawberry.enum(AccountOrder, description=(
    "The order of a page of accounts: NAME (then id), or by the latest health score, its change over 30 days or "
    "the mrr attribute (a number), ascending or descending, then id; accounts without that value come last."))
strawberry.enum(AccountDimension, description=(
    "What metrics compare accounts by: PLAN or INDUSTRY (the account's attribute of that name) or BAND (its latest "
    "health band)."))
strawberry.enum(CaseOrder, description=(
    "The order of a page of cases: NEWEST (by id, the newest first), or URGENCY: open cases whose SLA was breached "
    "and whose clock runs, the longest overdue first; then the other open cases with a running clock, the nearest "
    "deadline first (first contact's until the first contact, then resolution's); then those waiting on the "
    "customer (clocks paused), the least time left first; then resolved, closed and cancelled ones; the newest "
    "first between equals."))
