/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What metrics compare accounts by: PLAN or INDUSTRY (the account's attribute of that name) or BAND (its latest health band). */
export type AccountDimension =
  | 'BAND'
  | 'INDUSTRY'
  | 'PLAN';

export type AccountFilter = {
  /** Accounts whose latest health is in it. */
  band?: HealthBand | null | undefined;
  /** Accounts whose `industry` attribute is this. */
  industry?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  /** Accounts whose `plan` attribute is this, compared as text (`true`/`false` for a boolean). */
  plan?: string | null | undefined;
  /** Accounts whose renewal date is from now to this many days ahead (0-3650). */
  renewalWithinDays?: number | null | undefined;
};

/** The order of a page of accounts: NAME (then id), or by the latest health score, its change over 30 days or the mrr attribute (a number), ascending or descending, then id; accounts without that value come last. */
export type AccountOrder =
  | 'MRR_ASC'
  | 'MRR_DESC'
  | 'NAME'
  | 'SCORE_ASC'
  | 'SCORE_CHANGE_ASC'
  | 'SCORE_CHANGE_DESC'
  | 'SCORE_DESC';

/** Where the customer is in its lifecycle, as the host's CRM says: ONBOARDING, ACTIVE (the default of a new account), RENEWAL (a renewal under negotiation) or CHURNED. */
export type AccountStage =
  | 'ACTIVE'
  | 'CHURNED'
  | 'ONBOARDING'
  | 'RENEWAL';

export type ActionFilter = {
  ownerId?: string | number | null | undefined;
  status?: ActionStatus | null | undefined;
  /** Actions linked to the topic (or to a topic merged into it). */
  topicId?: string | number | null | undefined;
};

export type ActionStatus =
  | 'CLOSED_EFFECTIVE'
  | 'CLOSED_INEFFECTIVE'
  | 'DECLINED'
  | 'DUPLICATE'
  | 'IN_PROGRESS'
  | 'ON_HOLD'
  | 'PLANNED'
  | 'PROPOSED'
  | 'SHIPPED'
  | 'UNDER_REVIEW'
  | 'VERIFYING';

/** Who made a change: a user, an API key without a user, an automation (case) rule, or the system (periodic jobs, migrations). */
export type AuditActorKind =
  | 'API_KEY'
  | 'RULE'
  | 'SYSTEM'
  | 'USER';

export type CaseFilter = {
  /** true: only cases that accounts' early warnings opened; false: only responses'. */
  accountWarning?: boolean | null | undefined;
  assigneeId?: string | number | null | undefined;
  breached?: boolean | null | undefined;
  /** The response's score at most this. */
  maxScore?: number | null | undefined;
  /** The response's score at least this. */
  minScore?: number | null | undefined;
  /** true: cases still to be worked (NEW, ASSIGNED, IN_PROGRESS, WAITING_CUSTOMER: what counts against an agent's cap); false: resolved, closed or cancelled ones. */
  open?: boolean | null | undefined;
  /** Open, not paused, and past a due time it has not met. */
  overdue?: boolean | null | undefined;
  /** Case.reason: an early warning's reason code (e.g. usage_drop), or score / sentiment for the cases the case rule opened for responses. */
  reason?: string | null | undefined;
  status?: CaseStatus | null | undefined;
  surveyId?: string | number | null | undefined;
  teamId?: string | number | null | undefined;
  /** The response's topic, or the case's root-cause topic. */
  topicId?: string | number | null | undefined;
  /** true: cases nobody is assigned to; false: assigned ones. */
  unassigned?: boolean | null | undefined;
};

/** The order of a page of cases: NEWEST (by id, the newest first), or URGENCY: open cases whose SLA was breached and whose clock runs, the longest overdue first; then the other open cases with a running clock, the nearest deadline first (first contact's until the first contact, then resolution's); then those waiting on the customer (clocks paused), the least time left first; then resolved, closed and cancelled ones; the newest first between equals. */
export type CaseOrder =
  | 'NEWEST'
  | 'URGENCY';

export type CaseRuleInput = {
  /** 1..7, default 5. */
  cesMin?: number | null | undefined;
  /** 1..5, default 2. */
  csatMax?: number | null | undefined;
  enabled?: boolean | null | undefined;
  /** > 0, default 24. */
  firstContactHours?: number | null | undefined;
  /** 0..10, default 6. */
  npsMax?: number | null | undefined;
  /** 0..365, default 4. */
  reopenDays?: number | null | undefined;
  /** > 0, default 168. */
  resolveHours?: number | null | undefined;
  /** -1..1, default -0.6. */
  sentimentMax?: number | null | undefined;
};

export type CaseStatus =
  | 'ASSIGNED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'NEW'
  | 'RESOLVED'
  | 'WAITING_CUSTOMER';

export type Channel =
  | 'API'
  | 'EMAIL'
  | 'IMPORT'
  | 'LINK'
  | 'WIDGET';

export type CreateActionInput = {
  caseIds?: Array<string | number> | null | undefined;
  description?: string | null | undefined;
  /** Not in the past. */
  dueAt?: string | null | undefined;
  /** An admin, analyst or agent. */
  ownerId?: string | number | null | undefined;
  /** 1 (highest) .. 5 (lowest), default 3. */
  priority?: number | null | undefined;
  responseIds?: Array<string | number> | null | undefined;
  title: string;
  topicIds?: Array<string | number> | null | undefined;
  /** Days after shipping before the effect is measured: 1..90, default 14. */
  verificationDays?: number | null | undefined;
};

/** A new API key: what it is for, and the role it acts with. */
export type CreateApiKeyInput = {
  name: string;
  role: Role;
};

export type CreateDistributionInput = {
  /** Plain-text body template ({name}, {survey}, {link}; the link is added when the body has none). NPS, CSAT and CES mails also carry the scale of score links and every mail an unsubscribe link. */
  body?: string | null | undefined;
  /** Reminders per recipient, 0-5. */
  maxReminders?: number | null | undefined;
  /** Up to 10000 in all (with recipientsCsv). Any bad row refuses the whole distribution: errors name each (recipients.3.email) and nothing is created. An address given twice is mailed once. */
  recipients?: Array<RecipientInput>;
  /** Pasted lines (email, or email,name) or a CSV file's text with a header naming email and any of name, externalId, account; other columns become attributes. Bad rows are named by their line: recipientsCsv.7.email. */
  recipientsCsv?: string | null | undefined;
  /** Hours after each mail before a reminder goes to a recipient who has not answered (1-720). */
  remindAfterHours?: number | null | undefined;
  /** Left out or past: now. */
  sendAt?: string | null | undefined;
  /** Subject template ({name}, {survey}, {link}); left out: the survey language's default. */
  subject?: string | null | undefined;
  surveyId: string | number;
};

export type CreateNotificationChannelInput = {
  /** With the event digest: the local hour (0-23, default 9) of the daily digest. */
  digestHour?: number | null | undefined;
  /** Any of: case.created, case.sla_breached, case.escalated, case.account_warning, topic.emerging, action.shipped, action.verdict, digest. */
  events: Array<string>;
  kind: NotificationChannelKind;
  /** zh-CN (default) or en. */
  locale?: string | null | undefined;
  /** User ids, mobiles (not on Feishu) or @all, mentioned in every message. */
  mentions?: Array<string> | null | undefined;
  name: string;
  /** DingTalk 加签 (SEC…), Feishu 签名校验, or a webhook's (16+ characters); never answered. WeCom robots have none. */
  secret?: string | null | undefined;
  /** True: a secret is required (signing is on in the robot); default: sign when a secret is given. */
  signed?: boolean | null | undefined;
  /** The robot's URL from the group's settings (the vendor's https host). */
  url: string;
};

export type CreateSurveyInput = {
  /** Empty: any origin. */
  allowedOrigins?: Array<string> | null | undefined;
  displayLimit?: number | null | undefined;
  kind: SurveyKind;
  /** zh-CN (default) or en. */
  locale?: string | null | undefined;
  name: string;
  /** The main question; a default per kind. */
  question?: string | null | undefined;
  /** Further questions (a list), or {questions, followUps, thankYou, hiddenFields}; a question may carry logic (README: survey logic). */
  questions?: unknown;
  recontactDays?: number | null | undefined;
  sampleRate?: number | null | undefined;
  /** The moment of the customer journey it asks about: onboarding, usage, support, renewal, or the organisation's own word (1-64 characters). */
  touchpoint?: string | null | undefined;
};

export type CreateWebhookInput = {
  /** Any of: response.created, case.created, case.updated, case.sla_breached, case.account_warning, action.status_changed, action.shipped, topic.emerging. */
  events: Array<string>;
  /** At least 16 characters; generated when omitted. Shown once, in the payload. */
  secret?: string | null | undefined;
  /** An http(s) URL on a public address. */
  url: string;
};

/** Why a measured effect suggests its verdict. FEW_ANALYSED_COMMENTS: a window has fewer than minComments analysed comments; FEW_TOPIC_COMMENTS: the linked topics had fewer than minComments comments before; SHARE_DROPPED: their share of comments dropped significantly; NPS_ROSE: the NPS of their responses rose (95 % interval above 0); NO_CHANGE: neither. */
export type EffectReason =
  | 'FEW_ANALYSED_COMMENTS'
  | 'FEW_TOPIC_COMMENTS'
  | 'NO_CHANGE'
  | 'NPS_ROSE'
  | 'SHARE_DROPPED';

/** The verdict a measured effect suggests. */
export type EffectVerdict =
  | 'EFFECTIVE'
  | 'INEFFECTIVE'
  | 'INSUFFICIENT_DATA';

export type FitTopicsInput = {
  /** Cluster afresh instead of starting from the current topics; topics that come back still keep their ids, names and actions. */
  fresh?: boolean;
  from?: string | null | undefined;
  /** Only this survey's comments. */
  surveyId?: string | number | null | undefined;
  to?: string | null | undefined;
};

/** An account's health band, as its organisation's health model draws them (by default HEALTHY 健康 80-100, WATCH 关注 60-79, AT_RISK 风险 40-59, CRITICAL 危险 below 40). */
export type HealthBand =
  | 'AT_RISK'
  | 'CRITICAL'
  | 'HEALTHY'
  | 'WATCH';

export type Interval =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

/** Someone to invite: they set their password through the link. */
export type InviteUserInput = {
  email: string;
  name: string;
  role: Role;
};

/** Where a team alert channel posts: a WeCom, DingTalk or Feishu group robot, or a webhook. */
export type NotificationChannelKind =
  | 'DINGTALK'
  | 'FEISHU'
  | 'WEBHOOK'
  | 'WECOM';

/** PENDING (to send or retry), SENT, FAILED (after the last attempt), FOLDED (sent within a summary of a burst). */
export type NotificationDeliveryStatus =
  | 'FAILED'
  | 'FOLDED'
  | 'PENDING'
  | 'SENT';

export type NpsCategory =
  | 'DETRACTOR'
  | 'PASSIVE'
  | 'PROMOTER';

export type RecipientInput = {
  /** The external id of the respondent's account. */
  account?: string | null | undefined;
  /** e.g. {"plan": "pro", "region": "华东"} */
  attributes?: unknown;
  email: string;
  /** The respondent's external id in the host product; left out, the e-mail address is the respondent's id. */
  externalId?: string | null | undefined;
  name?: string | null | undefined;
};

export type ResponseFilter = {
  /** Answers of respondents whose account's latest health is in this band (the band now, not when they answered); respondents without an account match none. */
  accountBand?: HealthBand | null | undefined;
  /** Answers of respondents whose account's `industry` attribute is this now (compared as text); respondents without an account match none. */
  accountIndustry?: string | null | undefined;
  /** Answers of respondents whose account's `plan` attribute is this now (compared as text); respondents without an account match none. */
  accountPlan?: string | null | undefined;
  /** Segment, e.g. {"plan": "pro"}. */
  attributes?: unknown;
  channel?: Channel | null | undefined;
  /** 流失意向 / churn intent: true, answers whose comment states that the customer leaves (cancels, does not renew, switches, asks for a refund); false, analysed comments that do not. Answers not analysed (yet) match neither. */
  churnIntent?: boolean | null | undefined;
  completed?: boolean | null | undefined;
  hasComment?: boolean | null | undefined;
  maxScore?: number | null | undefined;
  minScore?: number | null | undefined;
  npsCategory?: NpsCategory | null | undefined;
  search?: string | null | undefined;
  /** The comment's analysed sentiment; answers not analysed (yet) match none. */
  sentiment?: Sentiment | null | undefined;
  topicId?: string | number | null | undefined;
};

export type Role =
  | 'ADMIN'
  | 'AGENT'
  | 'ANALYST'
  | 'VIEWER';

/** A comment's analysed sentiment (-1..1) in bands: POSITIVE above 0.2, NEGATIVE below -0.2, NEUTRAL between (both ends included), as a topic's sentiment mix counts. */
export type Sentiment =
  | 'NEGATIVE'
  | 'NEUTRAL'
  | 'POSITIVE';

export type SurveyKind =
  | 'CES'
  | 'CSAT'
  | 'FORM'
  | 'NPS';

/** Why a survey exists: ORDINARY (the organisation's own) or a system survey VoC Loop runs itself (RESURVEY: the one-question CSAT of a resolved case). */
export type SurveyPurpose =
  | 'ORDINARY'
  | 'RESURVEY';

export type SurveyStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PAUSED';

export type UpdateActionInput = {
  description?: string | null | undefined;
  dueAt?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  priority?: number | null | undefined;
  title?: string | null | undefined;
  verificationDays?: number | null | undefined;
};

export type UpdateNotificationChannelInput = {
  active?: boolean | null | undefined;
  digestHour?: number | null | undefined;
  /** Any of: case.created, case.sla_breached, case.escalated, case.account_warning, topic.emerging, action.shipped, action.verdict, digest. */
  events?: Array<string> | null | undefined;
  locale?: string | null | undefined;
  mentions?: Array<string> | null | undefined;
  name?: string | null | undefined;
  /** A new secret; "" removes it; omitted: kept. */
  secret?: string | null | undefined;
  url?: string | null | undefined;
};

/** What to change of your organisation; a field left out stays as it is. */
export type UpdateOrganizationInput = {
  name?: string | null | undefined;
  /** An IANA time zone, e.g. Asia/Shanghai. */
  timezone?: string | null | undefined;
};

export type UpdateSurveyInput = {
  allowedOrigins?: Array<string> | null | undefined;
  displayLimit?: number | null | undefined;
  name?: string | null | undefined;
  question?: string | null | undefined;
  questions?: unknown;
  recontactDays?: number | null | undefined;
  sampleRate?: number | null | undefined;
  /** The moment of the customer journey it asks about: onboarding, usage, support, renewal, or the organisation's own word (1-64 characters); an empty string clears it. */
  touchpoint?: string | null | undefined;
};

export type UpdateTeamInput = {
  /** An agent who takes the cases no member can. */
  fallbackOwnerId?: string | number | null | undefined;
  /** true makes it the team that takes the cases no routing rule sends elsewhere (the previous default stops being it); the default team stops being it only when another team becomes the default. */
  isDefault?: boolean | null | undefined;
  /** Notified at escalation level 1. */
  leadId?: string | number | null | undefined;
  /** 1-200 characters, unique. */
  name?: string | null | undefined;
};

/** Where a user stands: INVITED (has not joined yet: no password set, never signed in, no API key of theirs used), ACTIVE (has a password, has signed in, e.g. by a one-time link, or has called the API with a key of theirs), or DEACTIVATED (cannot sign in). */
export type UserStatus =
  | 'ACTIVE'
  | 'DEACTIVATED'
  | 'INVITED';

export type WebhookDeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

export type AccountRowFragment = { id: string, externalId: string, name: string, attributes: unknown, renewalAt: string | null, stage: AccountStage, owner: { id: string, name: string } | null, health: { score: number, band: HealthBand, computedAt: string, change30d: number | null } | null };

export type AccountsPageQueryVariables = Exact<{
  filter?: AccountFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy: AccountOrder;
}>;


export type AccountsPageQuery = { accounts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, externalId: string, name: string, attributes: unknown, renewalAt: string | null, stage: AccountStage, owner: { id: string, name: string } | null, health: { score: number, band: HealthBand, computedAt: string, change30d: number | null } | null } }> }, healthy: { totalCount: number }, watch: { totalCount: number }, atRisk: { totalCount: number, mrr: number }, critical: { totalCount: number, mrr: number }, all: { totalCount: number } };

export type AccountPageQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountPageQuery = { node:
    | { id: string, externalId: string, name: string, attributes: unknown, renewalAt: string | null, stage: AccountStage, updatedAt: string, owner: { id: string, name: string } | null, health: { score: number, band: HealthBand, computedAt: string, components: Array<{ key: string, label: string, weight: number, value: number | null, points: number | null, missing: boolean, evidence: number | null }>, trend: Array<{ day: string, score: number, band: HealthBand }> } | null }
    | Record<PropertyKey, never>
   | null };

export type OverviewBandsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewBandsQuery = { healthy: { totalCount: number }, watch: { totalCount: number }, atRisk: { totalCount: number }, critical: { totalCount: number } };

export type AccountResponseRowFragment = { id: string, score: number | null, comment: string | null, submittedAt: string, survey: { id: string, name: string }, case: { id: string } | null };

export type AccountCaseRowFragment = { id: string, status: CaseStatus, createdAt: string, breached: boolean, reason: string | null, response: { id: string, score: number | null, comment: string | null } | null };

export type AccountActivityQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type AccountActivityQuery = { node:
    | { id: string, respondents: { totalCount: number, edges: Array<{ node: { id: string, externalId: string | null, verified: boolean } }> }, responses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, score: number | null, comment: string | null, submittedAt: string, survey: { id: string, name: string }, case: { id: string } | null } }> }, cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: CaseStatus, createdAt: string, breached: boolean, reason: string | null, response: { id: string, score: number | null, comment: string | null } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccountResponsesMoreQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccountResponsesMoreQuery = { node:
    | { id: string, responses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, score: number | null, comment: string | null, submittedAt: string, survey: { id: string, name: string }, case: { id: string } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccountCasesMoreQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccountCasesMoreQuery = { node:
    | { id: string, cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: CaseStatus, createdAt: string, breached: boolean, reason: string | null, response: { id: string, score: number | null, comment: string | null } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type ActionsBoardQueryVariables = Exact<{
  filter?: ActionFilter | null | undefined;
}>;


export type ActionsBoardQuery = { actions: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: ActionStatus, priority: number, dueAt: string | null, owner: { id: string, name: string } | null, topics: Array<{ id: string, label: string }> } }> } };

export type ActionPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type ActionPeopleQuery = { users: { edges: Array<{ node: { id: string, name: string, role: Role } }> } };

export type EffectWindowFragment = { since: string, until: string, days: number, analysed: number, comments: number, share: number | null, weekly: { mean: number | null }, nps: { score: number, responses: number, marginOfError: number | null } | null, sentiment: { mean: number | null, scored: number } | null };

export type ActionDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ActionDetailQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'Action', id: string, title: string, description: string | null, status: ActionStatus, priority: number, dueAt: string | null, verificationDays: number, verdictOverrideReason: string | null, plannedAt: string | null, shippedAt: string | null, createdAt: string, updatedAt: string, owner: { id: string, name: string } | null, duplicateOf: { id: string, title: string } | null, topics: Array<{ id: string, label: string, retired: boolean }>, responses: { totalCount: number, edges: Array<{ node: { id: string, score: number | null, comment: string | null, submittedAt: string, survey: { name: string } } }> }, cases: Array<{ id: string, status: CaseStatus, breached: boolean, createdAt: string, assignee: { name: string } | null, response: { score: number | null, comment: string | null } | null }>, measuredBaseline: { since: string, until: string, weeks: number, analysed: number, comments: number, share: number | null, computedAt: string, weekly: { mean: number | null }, nps: { score: number, responses: number, marginOfError: number | null } | null, sentiment: { mean: number | null, scored: number } | null } | null, measuredEffect: { verdict: EffectVerdict, reasons: Array<string>, reasonCodes: Array<EffectReason>, minComments: number, windowComplete: boolean, baselineRecomputed: boolean, computedAt: string, before: { since: string, until: string, days: number, analysed: number, comments: number, share: number | null, weekly: { mean: number | null }, nps: { score: number, responses: number, marginOfError: number | null } | null, sentiment: { mean: number | null, scored: number } | null }, after: { since: string, until: string, days: number, analysed: number, comments: number, share: number | null, weekly: { mean: number | null }, nps: { score: number, responses: number, marginOfError: number | null } | null, sentiment: { mean: number | null, scored: number } | null }, share: { before: number, after: number, difference: number, z: number, pValue: number, significant: boolean } | null, nps: { before: number, after: number, difference: number, ci95: Array<number>, significant: boolean } | null, sentiment: { before: number, after: number, difference: number, ci95: Array<number> | null } | null } | null, events: Array<{ at: string, kind: string, from: string | null, to: string | null, note: string | null, actor: string, actorKind: AuditActorKind }> }
    | { __typename: 'AnalysisJob' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Case' }
    | { __typename: 'Distribution' }
    | { __typename: 'NotificationChannel' }
    | { __typename: 'NotificationDelivery' }
    | { __typename: 'Organization' }
    | { __typename: 'Respondent' }
    | { __typename: 'Response' }
    | { __typename: 'RoutingRule' }
    | { __typename: 'Survey' }
    | { __typename: 'Team' }
    | { __typename: 'Topic' }
    | { __typename: 'User' }
    | { __typename: 'Webhook' }
    | { __typename: 'WebhookDelivery' }
   | null };

export type ActionTopicChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ActionTopicChoicesQuery = { topics: { edges: Array<{ node: { id: string, label: string } }> } };

export type MoveActionMutationVariables = Exact<{
  id: string | number;
  to: ActionStatus;
  note?: string | null | undefined;
  overrideReason?: string | null | undefined;
}>;


export type MoveActionMutation = { transitionAction: { action: { id: string, status: ActionStatus } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type EditActionMutationVariables = Exact<{
  id: string | number;
  input: UpdateActionInput;
}>;


export type EditActionMutation = { updateAction: { action: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type LinkActionMutationVariables = Exact<{
  actionId: string | number;
  topicIds?: Array<string | number> | string | number | null | undefined;
  responseIds?: Array<string | number> | string | number | null | undefined;
  caseIds?: Array<string | number> | string | number | null | undefined;
}>;


export type LinkActionMutation = { linkToAction: { action: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type NoteActionMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type NoteActionMutation = { addActionNote: { action: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type LoopFiguresFragment = { openCases: number, breachedCases: number, detractorsContactedWithin24h: number | null, medianHoursToFirstContact: number | null, actionsByStatus: unknown, effectiveActions: number, effectiveActionsMeasured: number, effectiveActionsOverridden: number };

export type LoopOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type LoopOverviewQuery = { loopMetrics: { openCases: number, breachedCases: number, detractorsContactedWithin24h: number | null, medianHoursToFirstContact: number | null, actionsByStatus: unknown, effectiveActions: number, effectiveActionsMeasured: number, effectiveActionsOverridden: number, caseLoad: { byTeam: Array<{ openCases: number, breachedCases: number, team: { id: string } | null }>, byAssignee: Array<{ openCases: number, breachedCases: number, openAccountWarnings: number, assignee: { id: string } | null }> } }, teams: Array<{ id: string, name: string, fallbackOwner: { id: string } | null, members: Array<{ available: boolean, maxOpenCases: number, user: { id: string, name: string } | null }> }> };

export type LoopTrendQueryVariables = Exact<{
  weeks: number;
}>;


export type LoopTrendQuery = { loopTrend: Array<{ start: string, detractorsContactedWithin24h: number | null, medianHoursToFirstContact: number | null }> };

export type UnlinkActionMutationVariables = Exact<{
  actionId: string | number;
  topicIds?: Array<string | number> | string | number | null | undefined;
  responseIds?: Array<string | number> | string | number | null | undefined;
  caseIds?: Array<string | number> | string | number | null | undefined;
}>;


export type UnlinkActionMutation = { unlinkFromAction: { action: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type CaseRowFragment = { id: string, status: CaseStatus, paused: boolean, breached: boolean, escalationLevel: number, firstContactDueAt: string | null, firstContactedAt: string | null, resolveDueAt: string | null, createdAt: string, updatedAt: string, reason: string | null, assignee: { id: string, name: string } | null, team: { id: string, name: string } | null, account: { id: string, externalId: string, name: string } | null, response: { id: string, score: number | null, npsCategory: NpsCategory | null, comment: string | null, survey: { id: string, name: string }, respondent: { id: string, externalId: string | null } | null, analysis: { topic: { id: string, label: string } | null } | null } | null };

export type CasesListQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: CaseOrder;
}>;


export type CasesListQuery = { cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: CaseStatus, paused: boolean, breached: boolean, escalationLevel: number, firstContactDueAt: string | null, firstContactedAt: string | null, resolveDueAt: string | null, createdAt: string, updatedAt: string, reason: string | null, assignee: { id: string, name: string } | null, team: { id: string, name: string } | null, account: { id: string, externalId: string, name: string } | null, response: { id: string, score: number | null, npsCategory: NpsCategory | null, comment: string | null, survey: { id: string, name: string }, respondent: { id: string, externalId: string | null } | null, analysis: { topic: { id: string, label: string } | null } | null } | null } }> } };

export type CasesOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CasesOptionsQuery = { teams: Array<{ id: string, name: string, lead: { id: string } | null, members: Array<{ available: boolean, maxOpenCases: number, openCases: number, user: { id: string, name: string, role: Role } | null }> }>, topics: { edges: Array<{ node: { id: string, label: string } }> } };

export type CaseFullFragment = { source: string, allowedTransitions: Array<CaseStatus>, resolvedAt: string | null, closedAt: string | null, resolutionReason: string | null, resurveyUrl: string | null, reasonDetail: unknown, id: string, status: CaseStatus, paused: boolean, breached: boolean, escalationLevel: number, firstContactDueAt: string | null, firstContactedAt: string | null, resolveDueAt: string | null, createdAt: string, updatedAt: string, reason: string | null, resurveyResponse: { id: string, score: number | null, comment: string | null, submittedAt: string } | null, rootCauseTopic: { id: string, label: string } | null, events: Array<{ at: string, kind: string, from: string | null, to: string | null, note: string | null, actor: string, actorKind: AuditActorKind }>, account: { id: string, externalId: string, name: string, attributes: unknown, renewalAt: string | null, owner: { id: string, name: string } | null } | null, response: { id: string, answers: unknown, attributes: unknown, channel: Channel, submittedAt: string, score: number | null, npsCategory: NpsCategory | null, comment: string | null, survey: { id: string, name: string, kind: SurveyKind, questions: unknown }, analysis: { normalized: string, keywords: Array<string>, sentiment: number | null, topicProbability: number | null, topic: { id: string, label: string } | null } | null, respondent: { id: string, externalId: string | null, verified: boolean, attributes: unknown, responses: Array<{ id: string, score: number | null, comment: string | null, submittedAt: string, survey: { id: string, name: string } }> } | null } | null, assignee: { id: string, name: string } | null, team: { id: string, name: string } | null };

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDetailQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'Action' }
    | { __typename: 'AnalysisJob' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Case', source: string, allowedTransitions: Array<CaseStatus>, resolvedAt: string | null, closedAt: string | null, resolutionReason: string | null, resurveyUrl: string | null, reasonDetail: unknown, id: string, status: CaseStatus, paused: boolean, breached: boolean, escalationLevel: number, firstContactDueAt: string | null, firstContactedAt: string | null, resolveDueAt: string | null, createdAt: string, updatedAt: string, reason: string | null, resurveyResponse: { id: string, score: number | null, comment: string | null, submittedAt: string } | null, rootCauseTopic: { id: string, label: string } | null, events: Array<{ at: string, kind: string, from: string | null, to: string | null, note: string | null, actor: string, actorKind: AuditActorKind }>, account: { id: string, externalId: string, name: string, attributes: unknown, renewalAt: string | null, owner: { id: string, name: string } | null } | null, response: { id: string, answers: unknown, attributes: unknown, channel: Channel, submittedAt: string, score: number | null, npsCategory: NpsCategory | null, comment: string | null, survey: { id: string, name: string, kind: SurveyKind, questions: unknown }, analysis: { normalized: string, keywords: Array<string>, sentiment: number | null, topicProbability: number | null, topic: { id: string, label: string } | null } | null, respondent: { id: string, externalId: string | null, verified: boolean, attributes: unknown, responses: Array<{ id: string, score: number | null, comment: string | null, submittedAt: string, survey: { id: string, name: string } }> } | null } | null, assignee: { id: string, name: string } | null, team: { id: string, name: string } | null }
    | { __typename: 'Distribution' }
    | { __typename: 'NotificationChannel' }
    | { __typename: 'NotificationDelivery' }
    | { __typename: 'Organization' }
    | { __typename: 'Respondent' }
    | { __typename: 'Response' }
    | { __typename: 'RoutingRule' }
    | { __typename: 'Survey' }
    | { __typename: 'Team' }
    | { __typename: 'Topic' }
    | { __typename: 'User' }
    | { __typename: 'Webhook' }
    | { __typename: 'WebhookDelivery' }
   | null };

export type AssignCaseMutationVariables = Exact<{
  id: string | number;
  assigneeId: string | number;
  withinCap?: boolean;
}>;


export type AssignCaseMutation = { assignCase: { case: { source: string, allowedTransitions: Array<CaseStatus>, resolvedAt: string | null, closedAt: string | null, resolutionReason: string | null, resurveyUrl: string | null, reasonDetail: unknown, id: string, status: CaseStatus, paused: boolean, breached: boolean, escalationLevel: number, firstContactDueAt: string | null, firstContactedAt: string | null, resolveDueAt: string | null, createdAt: string, updatedAt: string, reason: string | null, resurveyResponse: { id: string, score: number | null, comment: string | null, submittedAt: string } | null, rootCauseTopic: { id: string, label: string } | null, events: Array<{ at: string, kind: string, from: string | null, to: string | null, note: string | null, actor: string, actorKind: AuditActorKind }>, account: { id: string, externalId: string, name: string, attributes: unknown, renewalAt: string | null, owner: { id: string, name: string } | null } | null, response: { id: string, answers: unknown, attributes: unknown, channel: Channel, submittedAt: string, score: number | null, npsCategory: NpsCategory | null, comment: string | null, survey: { id: string, name: string, kind: SurveyKind, questions: unknown }, analysis: { normalized: string, keywords: Array<string>, sentiment: number | null, topicProbability: number | null, topic: { id: string, label: string } | null } | null, respondent: { id: string, externalId: string | null, verified: boolean, attributes: unknown, responses: Array<{ id: string, score: number | null, comment: string | null, submittedAt: string, survey: { id: string, name: string } }> } | null } | null, assignee: { id: string, name: string } | null, team: { id: string, name: string } | null } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type TransitionCaseMutationVariables = Exact<{
  id: string | number;
  to: CaseStatus;
  note?: string | null | undefined;
  rootCauseTopicId?: string | number | null | undefined;
}>;


export type TransitionCaseMutation = { transitionCase: { case: { source: string, allowedTransitions: Array<CaseStatus>, resolvedAt: string | null, closedAt: string | null, resolutionReason: string | null, resurveyUrl: string | null, reasonDetail: unknown, id: string, status: CaseStatus, paused: boolean, breached: boolean, escalationLevel: number, firstContactDueAt: string | null, firstContactedAt: string | null, resolveDueAt: string | null, createdAt: string, updatedAt: string, reason: string | null, resurveyResponse: { id: string, score: number | null, comment: string | null, submittedAt: string } | null, rootCauseTopic: { id: string, label: string } | null, events: Array<{ at: string, kind: string, from: string | null, to: string | null, note: string | null, actor: string, actorKind: AuditActorKind }>, account: { id: string, externalId: string, name: string, attributes: unknown, renewalAt: string | null, owner: { id: string, name: string } | null } | null, response: { id: string, answers: unknown, attributes: unknown, channel: Channel, submittedAt: string, score: number | null, npsCategory: NpsCategory | null, comment: string | null, survey: { id: string, name: string, kind: SurveyKind, questions: unknown }, analysis: { normalized: string, keywords: Array<string>, sentiment: number | null, topicProbability: number | null, topic: { id: string, label: string } | null } | null, respondent: { id: string, externalId: string | null, verified: boolean, attributes: unknown, responses: Array<{ id: string, score: number | null, comment: string | null, submittedAt: string, survey: { id: string, name: string } }> } | null } | null, assignee: { id: string, name: string } | null, team: { id: string, name: string } | null } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type AddCaseNoteMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type AddCaseNoteMutation = { addCaseNote: { case: { source: string, allowedTransitions: Array<CaseStatus>, resolvedAt: string | null, closedAt: string | null, resolutionReason: string | null, resurveyUrl: string | null, reasonDetail: unknown, id: string, status: CaseStatus, paused: boolean, breached: boolean, escalationLevel: number, firstContactDueAt: string | null, firstContactedAt: string | null, resolveDueAt: string | null, createdAt: string, updatedAt: string, reason: string | null, resurveyResponse: { id: string, score: number | null, comment: string | null, submittedAt: string } | null, rootCauseTopic: { id: string, label: string } | null, events: Array<{ at: string, kind: string, from: string | null, to: string | null, note: string | null, actor: string, actorKind: AuditActorKind }>, account: { id: string, externalId: string, name: string, attributes: unknown, renewalAt: string | null, owner: { id: string, name: string } | null } | null, response: { id: string, answers: unknown, attributes: unknown, channel: Channel, submittedAt: string, score: number | null, npsCategory: NpsCategory | null, comment: string | null, survey: { id: string, name: string, kind: SurveyKind, questions: unknown }, analysis: { normalized: string, keywords: Array<string>, sentiment: number | null, topicProbability: number | null, topic: { id: string, label: string } | null } | null, respondent: { id: string, externalId: string | null, verified: boolean, attributes: unknown, responses: Array<{ id: string, score: number | null, comment: string | null, submittedAt: string, survey: { id: string, name: string } }> } | null } | null, assignee: { id: string, name: string } | null, team: { id: string, name: string } | null } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type LiveCasesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveCasesSubscription = { caseUpdated: { id: string, status: CaseStatus, paused: boolean, breached: boolean, escalationLevel: number, firstContactDueAt: string | null, firstContactedAt: string | null, resolveDueAt: string | null, createdAt: string, updatedAt: string, reason: string | null, assignee: { id: string, name: string } | null, team: { id: string, name: string } | null, account: { id: string, externalId: string, name: string } | null, response: { id: string, score: number | null, npsCategory: NpsCategory | null, comment: string | null, survey: { id: string, name: string }, respondent: { id: string, externalId: string | null } | null, analysis: { topic: { id: string, label: string } | null } | null } | null } };

export type ChannelDeliveryRowFragment = { id: string, event: string, status: NotificationDeliveryStatus, count: number, title: string, attempts: number, httpStatus: number | null, errorCode: number | null, errorMessage: string | null, createdAt: string, deliveredAt: string | null, nextAttemptAt: string | null };

export type ChannelRowFragment = { id: string, kind: NotificationChannelKind, name: string, url: string, events: Array<string>, mentions: Array<string>, locale: string, digestHour: number, active: boolean, signed: boolean, createdAt: string, lastDelivery: { id: string, event: string, status: NotificationDeliveryStatus, count: number, title: string, attempts: number, httpStatus: number | null, errorCode: number | null, errorMessage: string | null, createdAt: string, deliveredAt: string | null, nextAttemptAt: string | null } | null };

export type SettingsChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsChannelsQuery = { notificationChannels: Array<{ id: string, kind: NotificationChannelKind, name: string, url: string, events: Array<string>, mentions: Array<string>, locale: string, digestHour: number, active: boolean, signed: boolean, createdAt: string, lastDelivery: { id: string, event: string, status: NotificationDeliveryStatus, count: number, title: string, attempts: number, httpStatus: number | null, errorCode: number | null, errorMessage: string | null, createdAt: string, deliveredAt: string | null, nextAttemptAt: string | null } | null }> };

export type ChannelDeliveriesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: NotificationDeliveryStatus | null | undefined;
}>;


export type ChannelDeliveriesQuery = { node:
    | { id: string, deliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, event: string, status: NotificationDeliveryStatus, count: number, title: string, attempts: number, httpStatus: number | null, errorCode: number | null, errorMessage: string | null, createdAt: string, deliveredAt: string | null, nextAttemptAt: string | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type CreateChannelMutationVariables = Exact<{
  input: CreateNotificationChannelInput;
}>;


export type CreateChannelMutation = { createNotificationChannel: { channel: { id: string, kind: NotificationChannelKind, name: string, url: string, events: Array<string>, mentions: Array<string>, locale: string, digestHour: number, active: boolean, signed: boolean, createdAt: string, lastDelivery: { id: string, event: string, status: NotificationDeliveryStatus, count: number, title: string, attempts: number, httpStatus: number | null, errorCode: number | null, errorMessage: string | null, createdAt: string, deliveredAt: string | null, nextAttemptAt: string | null } | null } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type UpdateChannelMutationVariables = Exact<{
  id: string | number;
  input: UpdateNotificationChannelInput;
}>;


export type UpdateChannelMutation = { updateNotificationChannel: { channel: { id: string, kind: NotificationChannelKind, name: string, url: string, events: Array<string>, mentions: Array<string>, locale: string, digestHour: number, active: boolean, signed: boolean, createdAt: string, lastDelivery: { id: string, event: string, status: NotificationDeliveryStatus, count: number, title: string, attempts: number, httpStatus: number | null, errorCode: number | null, errorMessage: string | null, createdAt: string, deliveredAt: string | null, nextAttemptAt: string | null } | null } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type DeleteChannelMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteChannelMutation = { deleteNotificationChannel: { channel: { id: string, name: string } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type SendTestNotificationMutationVariables = Exact<{
  id: string | number;
}>;


export type SendTestNotificationMutation = { sendTestNotification: { channel: { id: string, kind: NotificationChannelKind, name: string, url: string, events: Array<string>, mentions: Array<string>, locale: string, digestHour: number, active: boolean, signed: boolean, createdAt: string, lastDelivery: { id: string, event: string, status: NotificationDeliveryStatus, count: number, title: string, attempts: number, httpStatus: number | null, errorCode: number | null, errorMessage: string | null, createdAt: string, deliveredAt: string | null, nextAttemptAt: string | null } | null } | null, delivery: { id: string, event: string, status: NotificationDeliveryStatus, count: number, title: string, attempts: number, httpStatus: number | null, errorCode: number | null, errorMessage: string | null, createdAt: string, deliveredAt: string | null, nextAttemptAt: string | null } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type ConsoleStartQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleStartQuery = { viewer: { role: Role, organization: { id: string, name: string, timezone: string }, user: { id: string, name: string, email: string | null, role: Role } | null }, surveys: { edges: Array<{ node: { id: string, name: string, kind: SurveyKind, status: SurveyStatus } }> } };

export type OverviewFiguresQueryVariables = Exact<{
  surveyId?: string | number | null | undefined;
  from: string;
  to: string;
  previousFrom: string;
  interval: Interval;
}>;


export type OverviewFiguresQuery = { current: { responses: number, responseRate: number | null, rateResponses: number | null, rateDisplays: number | null, systemResponses: number, nps: { score: number, marginOfError: number, promoters: number, passives: number, detractors: number } | null, csat: { score: number, responses: number } | null, ces: { average: number, responses: number } | null, series: Array<{ bucketStart: string, responses: number, nps: number | null, npsMarginOfError: number | null, promoters: number, passives: number, detractors: number, partial: boolean }>, attributes: Array<{ name: string, responses: number }>, touchpoints: Array<{ touchpoint: string | null, responses: number, nps: { score: number, marginOfError: number } | null }> }, accounts: { totalCount: number }, previous: { responses: number, responseRate: number | null, nps: { score: number, marginOfError: number } | null, csat: { score: number } | null, ces: { average: number } | null } };

export type OverviewTopicsQueryVariables = Exact<{
  surveyId?: string | number | null | undefined;
  from: string;
  to: string;
}>;


export type OverviewTopicsQuery = { topics: { totalCount: number, edges: Array<{ node: { id: string, label: string, size: number, share: number, nps: number | null, npsImpact: number | null, emerging: boolean } }> } };

export type OverviewAccountSegmentsQueryVariables = Exact<{
  surveyId?: string | number | null | undefined;
  from: string;
  to: string;
  by: AccountDimension;
}>;


export type OverviewAccountSegmentsQuery = { metrics: { accountSegments: Array<{ value: string | null, responses: number, nps: { score: number, marginOfError: number } | null }> } };

export type OverviewSegmentsQueryVariables = Exact<{
  surveyId?: string | number | null | undefined;
  from: string;
  to: string;
  attribute: string;
}>;


export type OverviewSegmentsQuery = { metrics: { segments: Array<{ value: string, responses: number, nps: { score: number, marginOfError: number } | null }> } };

export type LiveResponsesSubscriptionVariables = Exact<{
  surveyId?: string | number | null | undefined;
}>;


export type LiveResponsesSubscription = { responseSubmitted: { id: string, submittedAt: string } };

export type DistributionRowFragment = { id: string, status: string, recipients: number, sent: number, failed: number, clicked: number, answered: number, unsubscribed: number, responseRate: number | null, sendAt: string, remindAfterHours: number | null, maxReminders: number, failedRecipients: { edges: Array<{ node: { email: string, lastError: string | null } }> } };

export type SurveyDistributionsQueryVariables = Exact<{
  surveyId: string | number;
}>;


export type SurveyDistributionsQuery = { distributions: { totalCount: number, edges: Array<{ node: { id: string, status: string, recipients: number, sent: number, failed: number, clicked: number, answered: number, unsubscribed: number, responseRate: number | null, sendAt: string, remindAfterHours: number | null, maxReminders: number, failedRecipients: { edges: Array<{ node: { email: string, lastError: string | null } }> } } }> } };

export type CreateDistributionMutationVariables = Exact<{
  input: CreateDistributionInput;
}>;


export type CreateDistributionMutation = { createDistribution: { distribution: { id: string, status: string, recipients: number, sent: number, failed: number, clicked: number, answered: number, unsubscribed: number, responseRate: number | null, sendAt: string, remindAfterHours: number | null, maxReminders: number, failedRecipients: { edges: Array<{ node: { email: string, lastError: string | null } }> } } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type CancelDistributionMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelDistributionMutation = { cancelDistribution: { distribution: { id: string, status: string, recipients: number, sent: number, failed: number, clicked: number, answered: number, unsubscribed: number, responseRate: number | null, sendAt: string, remindAfterHours: number | null, maxReminders: number, failedRecipients: { edges: Array<{ node: { email: string, lastError: string | null } }> } } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type ResponsesListQueryVariables = Exact<{
  surveyId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  filter?: ResponseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ResponsesListQuery = { responses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, score: number | null, npsCategory: NpsCategory | null, comment: string | null, completed: boolean, channel: Channel, submittedAt: string, survey: { id: string, name: string, kind: SurveyKind }, analysis: { sentiment: number | null, topic: { id: string, label: string } | null } | null } }> } };

export type ResponsesAnyQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponsesAnyQuery = { responses: { totalCount: number } };

export type ResponsesFilterOptionsQueryVariables = Exact<{
  surveyId?: string | number | null | undefined;
  from: string;
  to: string;
}>;


export type ResponsesFilterOptionsQuery = { topics: { edges: Array<{ node: { id: string, label: string } }> }, metrics: { systemResponses: number, attributes: Array<{ name: string, responses: number }> } };

export type ResponsesAttributeValuesQueryVariables = Exact<{
  surveyId?: string | number | null | undefined;
  from: string;
  to: string;
  attribute: string;
}>;


export type ResponsesAttributeValuesQuery = { metrics: { segments: Array<{ value: string, responses: number }> } };

export type ResponseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ResponseDetailQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'Action' }
    | { __typename: 'AnalysisJob' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Case' }
    | { __typename: 'Distribution' }
    | { __typename: 'NotificationChannel' }
    | { __typename: 'NotificationDelivery' }
    | { __typename: 'Organization' }
    | { __typename: 'Respondent' }
    | { __typename: 'Response', id: string, score: number | null, npsCategory: NpsCategory | null, comment: string | null, answers: unknown, completed: boolean, channel: Channel, locale: string | null, pageUrl: string | null, submittedAt: string, attributes: unknown, survey: { id: string, name: string, kind: SurveyKind, questions: unknown }, analysis: { normalized: string, tokens: Array<string>, keywords: Array<string>, sentiment: number | null, topicProbability: number | null, topic: { id: string, label: string } | null } | null, respondent: { id: string, externalId: string | null, verified: boolean, attributes: unknown } | null, case: { id: string, status: CaseStatus, createdAt: string, assignee: { id: string, name: string } | null } | null }
    | { __typename: 'RoutingRule' }
    | { __typename: 'Survey' }
    | { __typename: 'Team' }
    | { __typename: 'Topic' }
    | { __typename: 'User' }
    | { __typename: 'Webhook' }
    | { __typename: 'WebhookDelivery' }
   | null };

export type SettingsUserRowFragment = { id: string, name: string, email: string | null, role: Role, status: UserStatus, deactivatedAt: string | null, signedIn: boolean };

export type SettingsUsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SettingsUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, email: string | null, role: Role, status: UserStatus, deactivatedAt: string | null, signedIn: boolean } }> } };

export type SettingsInviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type SettingsInviteUserMutation = { inviteUser: { invitationUrl: string | null, expiresAt: string | null, user: { id: string, name: string, email: string | null, role: Role, status: UserStatus, deactivatedAt: string | null, signedIn: boolean } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type SettingsChangeUserRoleMutationVariables = Exact<{
  userId: string | number;
  role: Role;
}>;


export type SettingsChangeUserRoleMutation = { changeUserRole: { endedSessions: number, user: { id: string, name: string, email: string | null, role: Role, status: UserStatus, deactivatedAt: string | null, signedIn: boolean } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type SettingsDeactivateUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type SettingsDeactivateUserMutation = { deactivateUser: { endedSessions: number, revokedApiKeys: number, user: { id: string, name: string, email: string | null, role: Role, status: UserStatus, deactivatedAt: string | null, signedIn: boolean } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type SettingsReactivateUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type SettingsReactivateUserMutation = { reactivateUser: { user: { id: string, name: string, email: string | null, role: Role, status: UserStatus, deactivatedAt: string | null, signedIn: boolean } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type SettingsRevokeUserSessionsMutationVariables = Exact<{
  userId: string | number;
}>;


export type SettingsRevokeUserSessionsMutation = { revokeUserSessions: { endedSessions: number, user: { id: string, name: string, email: string | null, role: Role, status: UserStatus, deactivatedAt: string | null, signedIn: boolean } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type SettingsApiKeyRowFragment = { id: string, name: string, role: Role, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, user: { id: string, name: string } | null };

export type SettingsApiKeysQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SettingsApiKeysQuery = { apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, role: Role, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, user: { id: string, name: string } | null } }> } };

export type SettingsCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type SettingsCreateApiKeyMutation = { createApiKey: { key: string | null, apiKey: { id: string, name: string, role: Role, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, user: { id: string, name: string } | null } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type SettingsRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type SettingsRevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string, name: string, role: Role, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, user: { id: string, name: string } | null } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type SettingsIdentitySecretQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsIdentitySecretQuery = { viewer: { organization: { id: string, identitySecret: string } } };

export type SettingsRotateIdentitySecretMutationVariables = Exact<{ [key: string]: never; }>;


export type SettingsRotateIdentitySecretMutation = { rotateIdentitySecret: { organization: { id: string, identitySecret: string } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type SettingsOrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsOrganizationQuery = { viewer: { organization: { id: string, name: string, timezone: string } } };

export type SettingsUpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type SettingsUpdateOrganizationMutation = { updateOrganization: { organization: { id: string, name: string, timezone: string } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type SettingsUserErrorFragment = { code: string, field: string | null, message: string };

export type TeamRowFragment = { id: string, name: string, isDefault: boolean, createdAt: string, lead: { id: string, name: string } | null, fallbackOwner: { id: string, name: string } | null, members: Array<{ available: boolean, maxOpenCases: number, lastAssignedAt: string | null, user: { id: string, name: string, role: Role } | null }> };

export type RoutingRuleRowFragment = { id: string, attribute: string, value: string, position: number, team: { id: string, name: string } | null };

export type SettingsTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsTeamsQuery = { teams: Array<{ id: string, name: string, isDefault: boolean, createdAt: string, lead: { id: string, name: string } | null, fallbackOwner: { id: string, name: string } | null, members: Array<{ available: boolean, maxOpenCases: number, lastAssignedAt: string | null, user: { id: string, name: string, role: Role } | null }> }>, routingRules: Array<{ id: string, attribute: string, value: string, position: number, team: { id: string, name: string } | null }>, users: { edges: Array<{ node: { id: string, name: string, role: Role } }> } };

export type CreateTeamMutationVariables = Exact<{
  name: string;
  leadId?: string | number | null | undefined;
  fallbackOwnerId?: string | number | null | undefined;
  isDefault: boolean;
}>;


export type CreateTeamMutation = { createTeam: { team: { id: string, name: string, isDefault: boolean, createdAt: string, lead: { id: string, name: string } | null, fallbackOwner: { id: string, name: string } | null, members: Array<{ available: boolean, maxOpenCases: number, lastAssignedAt: string | null, user: { id: string, name: string, role: Role } | null }> } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type AddTeamMemberMutationVariables = Exact<{
  teamId: string | number;
  userId: string | number;
  maxOpenCases?: number | null | undefined;
  available?: boolean | null | undefined;
}>;


export type AddTeamMemberMutation = { addTeamMember: { team: { id: string, name: string, isDefault: boolean, createdAt: string, lead: { id: string, name: string } | null, fallbackOwner: { id: string, name: string } | null, members: Array<{ available: boolean, maxOpenCases: number, lastAssignedAt: string | null, user: { id: string, name: string, role: Role } | null }> } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type SetMemberAvailabilityMutationVariables = Exact<{
  teamId: string | number;
  userId: string | number;
  available: boolean;
}>;


export type SetMemberAvailabilityMutation = { setMemberAvailability: { team: { id: string, name: string, isDefault: boolean, createdAt: string, lead: { id: string, name: string } | null, fallbackOwner: { id: string, name: string } | null, members: Array<{ available: boolean, maxOpenCases: number, lastAssignedAt: string | null, user: { id: string, name: string, role: Role } | null }> } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type AddRoutingRuleMutationVariables = Exact<{
  attribute: string;
  value: string;
  teamId: string | number;
}>;


export type AddRoutingRuleMutation = { addRoutingRule: { rule: { id: string, attribute: string, value: string, position: number, team: { id: string, name: string } | null } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type CaseRuleRowFragment = { id: string | null, surveyId: string | null, builtIn: boolean, enabled: boolean, npsMax: number | null, csatMax: number | null, cesMin: number | null, sentimentMax: number | null, firstContactHours: number, resolveHours: number, reopenDays: number };

export type SettingsCaseRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsCaseRulesQuery = { caseRules: Array<{ id: string | null, surveyId: string | null, builtIn: boolean, enabled: boolean, npsMax: number | null, csatMax: number | null, cesMin: number | null, sentimentMax: number | null, firstContactHours: number, resolveHours: number, reopenDays: number }>, surveys: { edges: Array<{ node: { id: string, name: string, kind: SurveyKind, status: SurveyStatus, purpose: SurveyPurpose } }> } };

export type SetCaseRuleMutationVariables = Exact<{
  input: CaseRuleInput;
  surveyId?: string | number | null | undefined;
}>;


export type SetCaseRuleMutation = { setCaseRule: { rule: { id: string | null, surveyId: string | null, builtIn: boolean, enabled: boolean, npsMax: number | null, csatMax: number | null, cesMin: number | null, sentimentMax: number | null, firstContactHours: number, resolveHours: number, reopenDays: number } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type WebhookRowFragment = { id: string, url: string, events: Array<string>, active: boolean, createdAt: string };

export type DeliveryRowFragment = { id: string, event: string, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, createdAt: string, deliveredAt: string | null, nextAttemptAt: string | null };

export type SettingsWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsWebhooksQuery = { webhooks: { totalCount: number, edges: Array<{ node: { id: string, url: string, events: Array<string>, active: boolean, createdAt: string } }> } };

export type WebhookDeliveriesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: WebhookDeliveryStatus | null | undefined;
}>;


export type WebhookDeliveriesQuery = { node:
    | { id: string, deliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, event: string, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, createdAt: string, deliveredAt: string | null, nextAttemptAt: string | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { createWebhook: { secret: string | null, webhook: { id: string, url: string, events: Array<string>, active: boolean, createdAt: string } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type UpdateWebhookMutationVariables = Exact<{
  id: string | number;
  url?: string | null | undefined;
  events?: Array<string> | string | null | undefined;
  active?: boolean | null | undefined;
}>;


export type UpdateWebhookMutation = { updateWebhook: { webhook: { id: string, url: string, events: Array<string>, active: boolean, createdAt: string } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string | null, webhook: { id: string, url: string, events: Array<string>, active: boolean, createdAt: string } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type DeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookMutation = { deleteWebhook: { webhook: { id: string } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type RedeliverWebhookDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type RedeliverWebhookDeliveryMutation = { redeliverWebhookDelivery: { delivery: { id: string, event: string, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, createdAt: string, deliveredAt: string | null, nextAttemptAt: string | null } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type SettingsVocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsVocabularyQuery = { vocabulary: { stopWords: Array<string>, productTerms: Array<string> } };

export type UpdateVocabularyMutationVariables = Exact<{
  stopWords?: Array<string> | string | null | undefined;
  productTerms?: Array<string> | string | null | undefined;
}>;


export type UpdateVocabularyMutation = { updateVocabulary: { vocabulary: { stopWords: Array<string>, productTerms: Array<string> } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type SetMemberCapMutationVariables = Exact<{
  teamId: string | number;
  userId: string | number;
  maxOpenCases: number;
}>;


export type SetMemberCapMutation = { setMemberCap: { team: { id: string, name: string, isDefault: boolean, createdAt: string, lead: { id: string, name: string } | null, fallbackOwner: { id: string, name: string } | null, members: Array<{ available: boolean, maxOpenCases: number, lastAssignedAt: string | null, user: { id: string, name: string, role: Role } | null }> } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type DeleteRoutingRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRoutingRuleMutation = { deleteRoutingRule: { rule: { attribute: string, value: string } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type UpdateTeamMutationVariables = Exact<{
  id: string | number;
  input: UpdateTeamInput;
}>;


export type UpdateTeamMutation = { updateTeam: { team: { id: string, name: string, isDefault: boolean, createdAt: string, lead: { id: string, name: string } | null, fallbackOwner: { id: string, name: string } | null, members: Array<{ available: boolean, maxOpenCases: number, lastAssignedAt: string | null, user: { id: string, name: string, role: Role } | null }> } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type DeleteTeamMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteTeamMutation = { deleteTeam: { team: { id: string, name: string } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type RemoveTeamMemberMutationVariables = Exact<{
  teamId: string | number;
  userId: string | number;
}>;


export type RemoveTeamMemberMutation = { removeTeamMember: { team: { id: string, name: string, isDefault: boolean, createdAt: string, lead: { id: string, name: string } | null, fallbackOwner: { id: string, name: string } | null, members: Array<{ available: boolean, maxOpenCases: number, lastAssignedAt: string | null, user: { id: string, name: string, role: Role } | null }> } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type SurveyRowFragment = { id: string, name: string, kind: SurveyKind, purpose: SurveyPurpose, status: SurveyStatus, createdAt: string, publishedAt: string | null, metrics: { responses: number, displays: number, responseRate: number | null, rateResponses: number | null, rateDisplays: number | null } };

export type SurveyDetailFragment = { id: string, name: string, kind: SurveyKind, purpose: SurveyPurpose, status: SurveyStatus, token: string, locale: string, questions: unknown, allowedOrigins: Array<string>, sampleRate: number, recontactDays: number, displayLimit: number | null, touchpoint: string | null, createdAt: string, publishedAt: string | null, metrics: { responses: number, displays: number, responseRate: number | null, rateResponses: number | null, rateDisplays: number | null } };

export type SurveyListQueryVariables = Exact<{
  status?: SurveyStatus | null | undefined;
  includeSystem?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SurveyListQuery = { surveys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, kind: SurveyKind, purpose: SurveyPurpose, status: SurveyStatus, createdAt: string, publishedAt: string | null, metrics: { responses: number, displays: number, responseRate: number | null, rateResponses: number | null, rateDisplays: number | null } } }> } };

export type SurveyDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type SurveyDetailQuery = { node:
    | { __typename: 'Account' }
    | { __typename: 'Action' }
    | { __typename: 'AnalysisJob' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Case' }
    | { __typename: 'Distribution' }
    | { __typename: 'NotificationChannel' }
    | { __typename: 'NotificationDelivery' }
    | { __typename: 'Organization' }
    | { __typename: 'Respondent' }
    | { __typename: 'Response' }
    | { __typename: 'RoutingRule' }
    | { __typename: 'Survey', id: string, name: string, kind: SurveyKind, purpose: SurveyPurpose, status: SurveyStatus, token: string, locale: string, questions: unknown, allowedOrigins: Array<string>, sampleRate: number, recontactDays: number, displayLimit: number | null, touchpoint: string | null, createdAt: string, publishedAt: string | null, metrics: { responses: number, displays: number, responseRate: number | null, rateResponses: number | null, rateDisplays: number | null } }
    | { __typename: 'Team' }
    | { __typename: 'Topic' }
    | { __typename: 'User' }
    | { __typename: 'Webhook' }
    | { __typename: 'WebhookDelivery' }
   | null };

export type DefaultSurveyDefinitionQueryVariables = Exact<{
  kind: SurveyKind;
  locale: string;
}>;


export type DefaultSurveyDefinitionQuery = { defaultSurveyDefinition: unknown };

export type CreateSurveyMutationVariables = Exact<{
  input: CreateSurveyInput;
}>;


export type CreateSurveyMutation = { createSurvey: { survey: { id: string, name: string, kind: SurveyKind, purpose: SurveyPurpose, status: SurveyStatus, token: string, locale: string, questions: unknown, allowedOrigins: Array<string>, sampleRate: number, recontactDays: number, displayLimit: number | null, touchpoint: string | null, createdAt: string, publishedAt: string | null, metrics: { responses: number, displays: number, responseRate: number | null, rateResponses: number | null, rateDisplays: number | null } } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type UpdateSurveyMutationVariables = Exact<{
  id: string | number;
  input: UpdateSurveyInput;
}>;


export type UpdateSurveyMutation = { updateSurvey: { survey: { id: string, name: string, kind: SurveyKind, purpose: SurveyPurpose, status: SurveyStatus, token: string, locale: string, questions: unknown, allowedOrigins: Array<string>, sampleRate: number, recontactDays: number, displayLimit: number | null, touchpoint: string | null, createdAt: string, publishedAt: string | null, metrics: { responses: number, displays: number, responseRate: number | null, rateResponses: number | null, rateDisplays: number | null } } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type PublishSurveyMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishSurveyMutation = { publishSurvey: { survey: { id: string, name: string, kind: SurveyKind, purpose: SurveyPurpose, status: SurveyStatus, token: string, locale: string, questions: unknown, allowedOrigins: Array<string>, sampleRate: number, recontactDays: number, displayLimit: number | null, touchpoint: string | null, createdAt: string, publishedAt: string | null, metrics: { responses: number, displays: number, responseRate: number | null, rateResponses: number | null, rateDisplays: number | null } } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type PauseSurveyMutationVariables = Exact<{
  id: string | number;
}>;


export type PauseSurveyMutation = { pauseSurvey: { survey: { id: string, name: string, kind: SurveyKind, purpose: SurveyPurpose, status: SurveyStatus, token: string, locale: string, questions: unknown, allowedOrigins: Array<string>, sampleRate: number, recontactDays: number, displayLimit: number | null, touchpoint: string | null, createdAt: string, publishedAt: string | null, metrics: { responses: number, displays: number, responseRate: number | null, rateResponses: number | null, rateDisplays: number | null } } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type ArchiveSurveyMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveSurveyMutation = { archiveSurvey: { survey: { id: string, name: string, kind: SurveyKind, purpose: SurveyPurpose, status: SurveyStatus, token: string, locale: string, questions: unknown, allowedOrigins: Array<string>, sampleRate: number, recontactDays: number, displayLimit: number | null, touchpoint: string | null, createdAt: string, publishedAt: string | null, metrics: { responses: number, displays: number, responseRate: number | null, rateResponses: number | null, rateDisplays: number | null } } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type TopicsListQueryVariables = Exact<{
  surveyId?: string | number | null | undefined;
  from: string;
  to: string;
  interval: Interval;
  filter?: ResponseFilter | null | undefined;
}>;


export type TopicsListQuery = { topics: { totalCount: number, edges: Array<{ node: { id: string, label: string, size: number, share: number, nps: number | null, npsImpact: number | null, emerging: boolean, sentiment: { positive: number, neutral: number, negative: number }, trend: Array<{ bucketStart: string, count: number, partial: boolean }> } }> } };

export type TopicsAccountPlansQueryVariables = Exact<{
  surveyId?: string | number | null | undefined;
  from: string;
  to: string;
}>;


export type TopicsAccountPlansQuery = { accounts: { totalCount: number }, metrics: { accountSegments: Array<{ value: string | null }> } };

export type TopicVersionsQueryVariables = Exact<{
  surveyId?: string | number | null | undefined;
}>;


export type TopicVersionsQuery = { topicModelVersions: Array<{ version: number, active: boolean, surveyId: string | null, fittedAt: string, comments: number, topicCount: number }> };

export type TopicDetailQueryVariables = Exact<{
  id: string | number;
  surveyId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  filter?: ResponseFilter | null | undefined;
}>;


export type TopicDetailQuery = { node: { __typename: 'Topic', id: string, label: string, generatedLabel: string, size: number, share: number, nps: number | null, npsImpact: number | null, emerging: boolean, retired: boolean, representativeComments: Array<string>, keywords: Array<{ word: string, weight: number }>, labelTerms: Array<{ term: string, coverage: number, lift: number, inLabel: boolean }>, sentiment: { positive: number, neutral: number, negative: number }, successors: Array<{ id: string, label: string, retired: boolean }>, mergedInto: { id: string, label: string } | null, trend: Array<{ bucketStart: string, count: number, partial: boolean }>, responses: { edges: Array<{ node: { id: string, score: number | null, comment: string | null, submittedAt: string, survey: { name: string } } }> } } | null };

export type TopicActionsQueryVariables = Exact<{
  topicId: string | number;
}>;


export type TopicActionsQuery = { actions: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: ActionStatus, priority: number, dueAt: string | null, createdAt: string, owner: { name: string } | null } }> } };

export type ActiveTopicFitQueryVariables = Exact<{
  surveyId?: string | number | null | undefined;
}>;


export type ActiveTopicFitQuery = { activeTopicFit: { id: string, status: string, progress: number, stage: string | null, error: string | null } | null };

export type AnalysisJobProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type AnalysisJobProgressQuery = { analysisJob: { id: string, status: string, progress: number, stage: string | null, error: string | null } | null };

export type FitTopicsMutationVariables = Exact<{
  input: FitTopicsInput;
}>;


export type FitTopicsMutation = { fitTopics: { job: { id: string, status: string, progress: number, stage: string | null, error: string | null } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type RenameTopicMutationVariables = Exact<{
  id: string | number;
  label: string;
}>;


export type RenameTopicMutation = { renameTopic: { topic: { id: string, label: string } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type MergeTopicsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MergeTopicsMutation = { mergeTopics: { topic: { id: string, label: string } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type CreateTopicActionMutationVariables = Exact<{
  input: CreateActionInput;
}>;


export type CreateTopicActionMutation = { createAction: { action: { id: string, title: string, status: ActionStatus, topics: Array<{ id: string }> } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AccountRowFragmentDoc = new TypedDocumentString(`
    fragment AccountRow on Account {
  id
  externalId
  name
  attributes
  renewalAt
  stage
  owner {
    id
    name
  }
  health {
    score
    band
    computedAt
    change30d
  }
}
    `, {"fragmentName":"AccountRow"}) as unknown as TypedDocumentString<AccountRowFragment, unknown>;
export const AccountResponseRowFragmentDoc = new TypedDocumentString(`
    fragment AccountResponseRow on Response {
  id
  score
  comment
  submittedAt
  survey {
    id
    name
  }
  case {
    id
  }
}
    `, {"fragmentName":"AccountResponseRow"}) as unknown as TypedDocumentString<AccountResponseRowFragment, unknown>;
export const AccountCaseRowFragmentDoc = new TypedDocumentString(`
    fragment AccountCaseRow on Case {
  id
  status
  createdAt
  breached
  reason
  response {
    id
    score
    comment
  }
}
    `, {"fragmentName":"AccountCaseRow"}) as unknown as TypedDocumentString<AccountCaseRowFragment, unknown>;
export const EffectWindowFragmentDoc = new TypedDocumentString(`
    fragment EffectWindow on MeasuredWindow {
  since
  until
  days
  analysed
  comments
  share
  weekly {
    mean
  }
  nps {
    score
    responses
    marginOfError
  }
  sentiment {
    mean
    scored
  }
}
    `, {"fragmentName":"EffectWindow"}) as unknown as TypedDocumentString<EffectWindowFragment, unknown>;
export const LoopFiguresFragmentDoc = new TypedDocumentString(`
    fragment LoopFigures on LoopMetrics {
  openCases
  breachedCases
  detractorsContactedWithin24h
  medianHoursToFirstContact
  actionsByStatus
  effectiveActions
  effectiveActionsMeasured
  effectiveActionsOverridden
}
    `, {"fragmentName":"LoopFigures"}) as unknown as TypedDocumentString<LoopFiguresFragment, unknown>;
export const CaseRowFragmentDoc = new TypedDocumentString(`
    fragment CaseRow on Case {
  id
  status
  paused
  breached
  escalationLevel
  firstContactDueAt
  firstContactedAt
  resolveDueAt
  createdAt
  updatedAt
  assignee {
    id
    name
  }
  team {
    id
    name
  }
  reason
  account {
    id
    externalId
    name
  }
  response {
    id
    score
    npsCategory
    comment
    survey {
      id
      name
    }
    respondent {
      id
      externalId
    }
    analysis {
      topic {
        id
        label
      }
    }
  }
}
    `, {"fragmentName":"CaseRow"}) as unknown as TypedDocumentString<CaseRowFragment, unknown>;
export const CaseFullFragmentDoc = new TypedDocumentString(`
    fragment CaseFull on Case {
  ...CaseRow
  source
  allowedTransitions
  resolvedAt
  closedAt
  resolutionReason
  resurveyUrl
  resurveyResponse {
    id
    score
    comment
    submittedAt
  }
  rootCauseTopic {
    id
    label
  }
  events {
    at
    kind
    from
    to
    note
    actor
    actorKind
  }
  reasonDetail
  account {
    id
    externalId
    name
    attributes
    renewalAt
    owner {
      id
      name
    }
  }
  response {
    id
    answers
    attributes
    channel
    submittedAt
    survey {
      id
      name
      kind
      questions
    }
    analysis {
      normalized
      keywords
      sentiment
      topicProbability
      topic {
        id
        label
      }
    }
    respondent {
      id
      externalId
      verified
      attributes
      responses(first: 11) {
        id
        score
        comment
        submittedAt
        survey {
          id
          name
        }
      }
    }
  }
}
    fragment CaseRow on Case {
  id
  status
  paused
  breached
  escalationLevel
  firstContactDueAt
  firstContactedAt
  resolveDueAt
  createdAt
  updatedAt
  assignee {
    id
    name
  }
  team {
    id
    name
  }
  reason
  account {
    id
    externalId
    name
  }
  response {
    id
    score
    npsCategory
    comment
    survey {
      id
      name
    }
    respondent {
      id
      externalId
    }
    analysis {
      topic {
        id
        label
      }
    }
  }
}`, {"fragmentName":"CaseFull"}) as unknown as TypedDocumentString<CaseFullFragment, unknown>;
export const ChannelDeliveryRowFragmentDoc = new TypedDocumentString(`
    fragment ChannelDeliveryRow on NotificationDelivery {
  id
  event
  status
  count
  title
  attempts
  httpStatus
  errorCode
  errorMessage
  createdAt
  deliveredAt
  nextAttemptAt
}
    `, {"fragmentName":"ChannelDeliveryRow"}) as unknown as TypedDocumentString<ChannelDeliveryRowFragment, unknown>;
export const ChannelRowFragmentDoc = new TypedDocumentString(`
    fragment ChannelRow on NotificationChannel {
  id
  kind
  name
  url
  events
  mentions
  locale
  digestHour
  active
  signed
  createdAt
  lastDelivery {
    ...ChannelDeliveryRow
  }
}
    fragment ChannelDeliveryRow on NotificationDelivery {
  id
  event
  status
  count
  title
  attempts
  httpStatus
  errorCode
  errorMessage
  createdAt
  deliveredAt
  nextAttemptAt
}`, {"fragmentName":"ChannelRow"}) as unknown as TypedDocumentString<ChannelRowFragment, unknown>;
export const DistributionRowFragmentDoc = new TypedDocumentString(`
    fragment DistributionRow on Distribution {
  id
  status
  recipients
  sent
  failed
  clicked
  answered
  unsubscribed
  responseRate
  sendAt
  remindAfterHours
  maxReminders
  failedRecipients(first: 20) {
    edges {
      node {
        email
        lastError
      }
    }
  }
}
    `, {"fragmentName":"DistributionRow"}) as unknown as TypedDocumentString<DistributionRowFragment, unknown>;
export const SettingsUserRowFragmentDoc = new TypedDocumentString(`
    fragment SettingsUserRow on User {
  id
  name
  email
  role
  status
  deactivatedAt
  signedIn
}
    `, {"fragmentName":"SettingsUserRow"}) as unknown as TypedDocumentString<SettingsUserRowFragment, unknown>;
export const SettingsApiKeyRowFragmentDoc = new TypedDocumentString(`
    fragment SettingsApiKeyRow on ApiKey {
  id
  name
  role
  prefix
  createdAt
  lastUsedAt
  revokedAt
  user {
    id
    name
  }
}
    `, {"fragmentName":"SettingsApiKeyRow"}) as unknown as TypedDocumentString<SettingsApiKeyRowFragment, unknown>;
export const SettingsUserErrorFragmentDoc = new TypedDocumentString(`
    fragment SettingsUserError on UserError {
  code
  field
  message
}
    `, {"fragmentName":"SettingsUserError"}) as unknown as TypedDocumentString<SettingsUserErrorFragment, unknown>;
export const TeamRowFragmentDoc = new TypedDocumentString(`
    fragment TeamRow on Team {
  id
  name
  isDefault
  createdAt
  lead {
    id
    name
  }
  fallbackOwner {
    id
    name
  }
  members {
    available
    maxOpenCases
    lastAssignedAt
    user {
      id
      name
      role
    }
  }
}
    `, {"fragmentName":"TeamRow"}) as unknown as TypedDocumentString<TeamRowFragment, unknown>;
export const RoutingRuleRowFragmentDoc = new TypedDocumentString(`
    fragment RoutingRuleRow on RoutingRule {
  id
  attribute
  value
  position
  team {
    id
    name
  }
}
    `, {"fragmentName":"RoutingRuleRow"}) as unknown as TypedDocumentString<RoutingRuleRowFragment, unknown>;
export const CaseRuleRowFragmentDoc = new TypedDocumentString(`
    fragment CaseRuleRow on CaseRule {
  id
  surveyId
  builtIn
  enabled
  npsMax
  csatMax
  cesMin
  sentimentMax
  firstContactHours
  resolveHours
  reopenDays
}
    `, {"fragmentName":"CaseRuleRow"}) as unknown as TypedDocumentString<CaseRuleRowFragment, unknown>;
export const WebhookRowFragmentDoc = new TypedDocumentString(`
    fragment WebhookRow on Webhook {
  id
  url
  events
  active
  createdAt
}
    `, {"fragmentName":"WebhookRow"}) as unknown as TypedDocumentString<WebhookRowFragment, unknown>;
export const DeliveryRowFragmentDoc = new TypedDocumentString(`
    fragment DeliveryRow on WebhookDelivery {
  id
  event
  status
  attempts
  lastStatusCode
  lastError
  createdAt
  deliveredAt
  nextAttemptAt
}
    `, {"fragmentName":"DeliveryRow"}) as unknown as TypedDocumentString<DeliveryRowFragment, unknown>;
export const SurveyRowFragmentDoc = new TypedDocumentString(`
    fragment SurveyRow on Survey {
  id
  name
  kind
  purpose
  status
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
    rateResponses
    rateDisplays
  }
}
    `, {"fragmentName":"SurveyRow"}) as unknown as TypedDocumentString<SurveyRowFragment, unknown>;
export const SurveyDetailFragmentDoc = new TypedDocumentString(`
    fragment SurveyDetail on Survey {
  id
  name
  kind
  purpose
  status
  token
  locale
  questions
  allowedOrigins
  sampleRate
  recontactDays
  displayLimit
  touchpoint
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
    rateResponses
    rateDisplays
  }
}
    `, {"fragmentName":"SurveyDetail"}) as unknown as TypedDocumentString<SurveyDetailFragment, unknown>;
export const AccountsPageDocument = new TypedDocumentString(`
    query AccountsPage($filter: AccountFilter, $first: Int, $after: String, $orderBy: AccountOrder!) {
  accounts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...AccountRow
      }
    }
  }
  healthy: accounts(filter: {band: HEALTHY}, first: 1) {
    totalCount
  }
  watch: accounts(filter: {band: WATCH}, first: 1) {
    totalCount
  }
  atRisk: accounts(filter: {band: AT_RISK}, first: 1) {
    totalCount
    mrr
  }
  critical: accounts(filter: {band: CRITICAL}, first: 1) {
    totalCount
    mrr
  }
  all: accounts(first: 1) {
    totalCount
  }
}
    fragment AccountRow on Account {
  id
  externalId
  name
  attributes
  renewalAt
  stage
  owner {
    id
    name
  }
  health {
    score
    band
    computedAt
    change30d
  }
}`) as unknown as TypedDocumentString<AccountsPageQuery, AccountsPageQueryVariables>;
export const AccountPageDocument = new TypedDocumentString(`
    query AccountPage($id: ID!) {
  node(id: $id) {
    ... on Account {
      id
      externalId
      name
      attributes
      renewalAt
      stage
      updatedAt
      owner {
        id
        name
      }
      health {
        score
        band
        computedAt
        components {
          key
          label
          weight
          value
          points
          missing
          evidence
        }
        trend {
          day
          score
          band
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountPageQuery, AccountPageQueryVariables>;
export const OverviewBandsDocument = new TypedDocumentString(`
    query OverviewBands {
  healthy: accounts(filter: {band: HEALTHY}, first: 1) {
    totalCount
  }
  watch: accounts(filter: {band: WATCH}, first: 1) {
    totalCount
  }
  atRisk: accounts(filter: {band: AT_RISK}, first: 1) {
    totalCount
  }
  critical: accounts(filter: {band: CRITICAL}, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<OverviewBandsQuery, OverviewBandsQueryVariables>;
export const AccountActivityDocument = new TypedDocumentString(`
    query AccountActivity($id: ID!, $first: Int) {
  node(id: $id) {
    ... on Account {
      id
      respondents(first: 50) {
        totalCount
        edges {
          node {
            id
            externalId
            verified
          }
        }
      }
      responses(first: $first) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...AccountResponseRow
          }
        }
      }
      cases(first: $first) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...AccountCaseRow
          }
        }
      }
    }
  }
}
    fragment AccountResponseRow on Response {
  id
  score
  comment
  submittedAt
  survey {
    id
    name
  }
  case {
    id
  }
}
fragment AccountCaseRow on Case {
  id
  status
  createdAt
  breached
  reason
  response {
    id
    score
    comment
  }
}`) as unknown as TypedDocumentString<AccountActivityQuery, AccountActivityQueryVariables>;
export const AccountResponsesMoreDocument = new TypedDocumentString(`
    query AccountResponsesMore($id: ID!, $first: Int, $after: String) {
  node(id: $id) {
    ... on Account {
      id
      responses(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...AccountResponseRow
          }
        }
      }
    }
  }
}
    fragment AccountResponseRow on Response {
  id
  score
  comment
  submittedAt
  survey {
    id
    name
  }
  case {
    id
  }
}`) as unknown as TypedDocumentString<AccountResponsesMoreQuery, AccountResponsesMoreQueryVariables>;
export const AccountCasesMoreDocument = new TypedDocumentString(`
    query AccountCasesMore($id: ID!, $first: Int, $after: String) {
  node(id: $id) {
    ... on Account {
      id
      cases(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...AccountCaseRow
          }
        }
      }
    }
  }
}
    fragment AccountCaseRow on Case {
  id
  status
  createdAt
  breached
  reason
  response {
    id
    score
    comment
  }
}`) as unknown as TypedDocumentString<AccountCasesMoreQuery, AccountCasesMoreQueryVariables>;
export const ActionsBoardDocument = new TypedDocumentString(`
    query ActionsBoard($filter: ActionFilter) {
  actions(filter: $filter, first: 100) {
    totalCount
    edges {
      node {
        id
        title
        status
        priority
        dueAt
        owner {
          id
          name
        }
        topics {
          id
          label
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActionsBoardQuery, ActionsBoardQueryVariables>;
export const ActionPeopleDocument = new TypedDocumentString(`
    query ActionPeople {
  users(first: 100) {
    edges {
      node {
        id
        name
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActionPeopleQuery, ActionPeopleQueryVariables>;
export const ActionDetailDocument = new TypedDocumentString(`
    query ActionDetail($id: ID!) {
  node(id: $id) {
    __typename
    ... on Action {
      id
      title
      description
      status
      priority
      dueAt
      verificationDays
      verdictOverrideReason
      plannedAt
      shippedAt
      createdAt
      updatedAt
      owner {
        id
        name
      }
      duplicateOf {
        id
        title
      }
      topics {
        id
        label
        retired
      }
      responses(first: 20) {
        totalCount
        edges {
          node {
            id
            score
            comment
            submittedAt
            survey {
              name
            }
          }
        }
      }
      cases {
        id
        status
        breached
        createdAt
        assignee {
          name
        }
        response {
          score
          comment
        }
      }
      measuredBaseline {
        since
        until
        weeks
        analysed
        comments
        share
        weekly {
          mean
        }
        nps {
          score
          responses
          marginOfError
        }
        sentiment {
          mean
          scored
        }
        computedAt
      }
      measuredEffect {
        verdict
        reasons
        reasonCodes
        minComments
        windowComplete
        baselineRecomputed
        computedAt
        before {
          ...EffectWindow
        }
        after {
          ...EffectWindow
        }
        share {
          before
          after
          difference
          z
          pValue
          significant
        }
        nps {
          before
          after
          difference
          ci95
          significant
        }
        sentiment {
          before
          after
          difference
          ci95
        }
      }
      events {
        at
        kind
        from
        to
        note
        actor
        actorKind
      }
    }
  }
}
    fragment EffectWindow on MeasuredWindow {
  since
  until
  days
  analysed
  comments
  share
  weekly {
    mean
  }
  nps {
    score
    responses
    marginOfError
  }
  sentiment {
    mean
    scored
  }
}`) as unknown as TypedDocumentString<ActionDetailQuery, ActionDetailQueryVariables>;
export const ActionTopicChoicesDocument = new TypedDocumentString(`
    query ActionTopicChoices {
  topics(first: 100) {
    edges {
      node {
        id
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActionTopicChoicesQuery, ActionTopicChoicesQueryVariables>;
export const MoveActionDocument = new TypedDocumentString(`
    mutation MoveAction($id: ID!, $to: ActionStatus!, $note: String, $overrideReason: String) {
  transitionAction(id: $id, to: $to, note: $note, overrideReason: $overrideReason) {
    action {
      id
      status
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MoveActionMutation, MoveActionMutationVariables>;
export const EditActionDocument = new TypedDocumentString(`
    mutation EditAction($id: ID!, $input: UpdateActionInput!) {
  updateAction(id: $id, input: $input) {
    action {
      id
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EditActionMutation, EditActionMutationVariables>;
export const LinkActionDocument = new TypedDocumentString(`
    mutation LinkAction($actionId: ID!, $topicIds: [ID!], $responseIds: [ID!], $caseIds: [ID!]) {
  linkToAction(
    actionId: $actionId
    topicIds: $topicIds
    responseIds: $responseIds
    caseIds: $caseIds
  ) {
    action {
      id
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LinkActionMutation, LinkActionMutationVariables>;
export const NoteActionDocument = new TypedDocumentString(`
    mutation NoteAction($id: ID!, $note: String!) {
  addActionNote(id: $id, note: $note) {
    action {
      id
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<NoteActionMutation, NoteActionMutationVariables>;
export const LoopOverviewDocument = new TypedDocumentString(`
    query LoopOverview {
  loopMetrics {
    ...LoopFigures
    caseLoad {
      byTeam {
        team {
          id
        }
        openCases
        breachedCases
      }
      byAssignee {
        assignee {
          id
        }
        openCases
        breachedCases
        openAccountWarnings
      }
    }
  }
  teams {
    id
    name
    fallbackOwner {
      id
    }
    members {
      available
      maxOpenCases
      user {
        id
        name
      }
    }
  }
}
    fragment LoopFigures on LoopMetrics {
  openCases
  breachedCases
  detractorsContactedWithin24h
  medianHoursToFirstContact
  actionsByStatus
  effectiveActions
  effectiveActionsMeasured
  effectiveActionsOverridden
}`) as unknown as TypedDocumentString<LoopOverviewQuery, LoopOverviewQueryVariables>;
export const LoopTrendDocument = new TypedDocumentString(`
    query LoopTrend($weeks: Int!) {
  loopTrend(weeks: $weeks) {
    start
    detractorsContactedWithin24h
    medianHoursToFirstContact
  }
}
    `) as unknown as TypedDocumentString<LoopTrendQuery, LoopTrendQueryVariables>;
export const UnlinkActionDocument = new TypedDocumentString(`
    mutation UnlinkAction($actionId: ID!, $topicIds: [ID!], $responseIds: [ID!], $caseIds: [ID!]) {
  unlinkFromAction(
    actionId: $actionId
    topicIds: $topicIds
    responseIds: $responseIds
    caseIds: $caseIds
  ) {
    action {
      id
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<UnlinkActionMutation, UnlinkActionMutationVariables>;
export const CasesListDocument = new TypedDocumentString(`
    query CasesList($filter: CaseFilter, $first: Int, $after: String, $order: CaseOrder! = NEWEST) {
  cases(filter: $filter, first: $first, after: $after, orderBy: $order) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CaseRow
      }
    }
  }
}
    fragment CaseRow on Case {
  id
  status
  paused
  breached
  escalationLevel
  firstContactDueAt
  firstContactedAt
  resolveDueAt
  createdAt
  updatedAt
  assignee {
    id
    name
  }
  team {
    id
    name
  }
  reason
  account {
    id
    externalId
    name
  }
  response {
    id
    score
    npsCategory
    comment
    survey {
      id
      name
    }
    respondent {
      id
      externalId
    }
    analysis {
      topic {
        id
        label
      }
    }
  }
}`) as unknown as TypedDocumentString<CasesListQuery, CasesListQueryVariables>;
export const CasesOptionsDocument = new TypedDocumentString(`
    query CasesOptions {
  teams {
    id
    name
    lead {
      id
    }
    members {
      available
      maxOpenCases
      openCases
      user {
        id
        name
        role
      }
    }
  }
  topics(first: 100) {
    edges {
      node {
        id
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CasesOptionsQuery, CasesOptionsQueryVariables>;
export const CaseDetailDocument = new TypedDocumentString(`
    query CaseDetail($id: ID!) {
  node(id: $id) {
    __typename
    ... on Case {
      ...CaseFull
    }
  }
}
    fragment CaseRow on Case {
  id
  status
  paused
  breached
  escalationLevel
  firstContactDueAt
  firstContactedAt
  resolveDueAt
  createdAt
  updatedAt
  assignee {
    id
    name
  }
  team {
    id
    name
  }
  reason
  account {
    id
    externalId
    name
  }
  response {
    id
    score
    npsCategory
    comment
    survey {
      id
      name
    }
    respondent {
      id
      externalId
    }
    analysis {
      topic {
        id
        label
      }
    }
  }
}
fragment CaseFull on Case {
  ...CaseRow
  source
  allowedTransitions
  resolvedAt
  closedAt
  resolutionReason
  resurveyUrl
  resurveyResponse {
    id
    score
    comment
    submittedAt
  }
  rootCauseTopic {
    id
    label
  }
  events {
    at
    kind
    from
    to
    note
    actor
    actorKind
  }
  reasonDetail
  account {
    id
    externalId
    name
    attributes
    renewalAt
    owner {
      id
      name
    }
  }
  response {
    id
    answers
    attributes
    channel
    submittedAt
    survey {
      id
      name
      kind
      questions
    }
    analysis {
      normalized
      keywords
      sentiment
      topicProbability
      topic {
        id
        label
      }
    }
    respondent {
      id
      externalId
      verified
      attributes
      responses(first: 11) {
        id
        score
        comment
        submittedAt
        survey {
          id
          name
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<CaseDetailQuery, CaseDetailQueryVariables>;
export const AssignCaseDocument = new TypedDocumentString(`
    mutation AssignCase($id: ID!, $assigneeId: ID!, $withinCap: Boolean! = false) {
  assignCase(id: $id, assigneeId: $assigneeId, withinCap: $withinCap) {
    case {
      ...CaseFull
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment CaseRow on Case {
  id
  status
  paused
  breached
  escalationLevel
  firstContactDueAt
  firstContactedAt
  resolveDueAt
  createdAt
  updatedAt
  assignee {
    id
    name
  }
  team {
    id
    name
  }
  reason
  account {
    id
    externalId
    name
  }
  response {
    id
    score
    npsCategory
    comment
    survey {
      id
      name
    }
    respondent {
      id
      externalId
    }
    analysis {
      topic {
        id
        label
      }
    }
  }
}
fragment CaseFull on Case {
  ...CaseRow
  source
  allowedTransitions
  resolvedAt
  closedAt
  resolutionReason
  resurveyUrl
  resurveyResponse {
    id
    score
    comment
    submittedAt
  }
  rootCauseTopic {
    id
    label
  }
  events {
    at
    kind
    from
    to
    note
    actor
    actorKind
  }
  reasonDetail
  account {
    id
    externalId
    name
    attributes
    renewalAt
    owner {
      id
      name
    }
  }
  response {
    id
    answers
    attributes
    channel
    submittedAt
    survey {
      id
      name
      kind
      questions
    }
    analysis {
      normalized
      keywords
      sentiment
      topicProbability
      topic {
        id
        label
      }
    }
    respondent {
      id
      externalId
      verified
      attributes
      responses(first: 11) {
        id
        score
        comment
        submittedAt
        survey {
          id
          name
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<AssignCaseMutation, AssignCaseMutationVariables>;
export const TransitionCaseDocument = new TypedDocumentString(`
    mutation TransitionCase($id: ID!, $to: CaseStatus!, $note: String, $rootCauseTopicId: ID) {
  transitionCase(
    id: $id
    to: $to
    note: $note
    rootCauseTopicId: $rootCauseTopicId
  ) {
    case {
      ...CaseFull
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment CaseRow on Case {
  id
  status
  paused
  breached
  escalationLevel
  firstContactDueAt
  firstContactedAt
  resolveDueAt
  createdAt
  updatedAt
  assignee {
    id
    name
  }
  team {
    id
    name
  }
  reason
  account {
    id
    externalId
    name
  }
  response {
    id
    score
    npsCategory
    comment
    survey {
      id
      name
    }
    respondent {
      id
      externalId
    }
    analysis {
      topic {
        id
        label
      }
    }
  }
}
fragment CaseFull on Case {
  ...CaseRow
  source
  allowedTransitions
  resolvedAt
  closedAt
  resolutionReason
  resurveyUrl
  resurveyResponse {
    id
    score
    comment
    submittedAt
  }
  rootCauseTopic {
    id
    label
  }
  events {
    at
    kind
    from
    to
    note
    actor
    actorKind
  }
  reasonDetail
  account {
    id
    externalId
    name
    attributes
    renewalAt
    owner {
      id
      name
    }
  }
  response {
    id
    answers
    attributes
    channel
    submittedAt
    survey {
      id
      name
      kind
      questions
    }
    analysis {
      normalized
      keywords
      sentiment
      topicProbability
      topic {
        id
        label
      }
    }
    respondent {
      id
      externalId
      verified
      attributes
      responses(first: 11) {
        id
        score
        comment
        submittedAt
        survey {
          id
          name
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<TransitionCaseMutation, TransitionCaseMutationVariables>;
export const AddCaseNoteDocument = new TypedDocumentString(`
    mutation AddCaseNote($id: ID!, $note: String!) {
  addCaseNote(id: $id, note: $note) {
    case {
      ...CaseFull
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment CaseRow on Case {
  id
  status
  paused
  breached
  escalationLevel
  firstContactDueAt
  firstContactedAt
  resolveDueAt
  createdAt
  updatedAt
  assignee {
    id
    name
  }
  team {
    id
    name
  }
  reason
  account {
    id
    externalId
    name
  }
  response {
    id
    score
    npsCategory
    comment
    survey {
      id
      name
    }
    respondent {
      id
      externalId
    }
    analysis {
      topic {
        id
        label
      }
    }
  }
}
fragment CaseFull on Case {
  ...CaseRow
  source
  allowedTransitions
  resolvedAt
  closedAt
  resolutionReason
  resurveyUrl
  resurveyResponse {
    id
    score
    comment
    submittedAt
  }
  rootCauseTopic {
    id
    label
  }
  events {
    at
    kind
    from
    to
    note
    actor
    actorKind
  }
  reasonDetail
  account {
    id
    externalId
    name
    attributes
    renewalAt
    owner {
      id
      name
    }
  }
  response {
    id
    answers
    attributes
    channel
    submittedAt
    survey {
      id
      name
      kind
      questions
    }
    analysis {
      normalized
      keywords
      sentiment
      topicProbability
      topic {
        id
        label
      }
    }
    respondent {
      id
      externalId
      verified
      attributes
      responses(first: 11) {
        id
        score
        comment
        submittedAt
        survey {
          id
          name
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<AddCaseNoteMutation, AddCaseNoteMutationVariables>;
export const LiveCasesDocument = new TypedDocumentString(`
    subscription LiveCases {
  caseUpdated {
    ...CaseRow
  }
}
    fragment CaseRow on Case {
  id
  status
  paused
  breached
  escalationLevel
  firstContactDueAt
  firstContactedAt
  resolveDueAt
  createdAt
  updatedAt
  assignee {
    id
    name
  }
  team {
    id
    name
  }
  reason
  account {
    id
    externalId
    name
  }
  response {
    id
    score
    npsCategory
    comment
    survey {
      id
      name
    }
    respondent {
      id
      externalId
    }
    analysis {
      topic {
        id
        label
      }
    }
  }
}`) as unknown as TypedDocumentString<LiveCasesSubscription, LiveCasesSubscriptionVariables>;
export const SettingsChannelsDocument = new TypedDocumentString(`
    query SettingsChannels {
  notificationChannels {
    ...ChannelRow
  }
}
    fragment ChannelDeliveryRow on NotificationDelivery {
  id
  event
  status
  count
  title
  attempts
  httpStatus
  errorCode
  errorMessage
  createdAt
  deliveredAt
  nextAttemptAt
}
fragment ChannelRow on NotificationChannel {
  id
  kind
  name
  url
  events
  mentions
  locale
  digestHour
  active
  signed
  createdAt
  lastDelivery {
    ...ChannelDeliveryRow
  }
}`) as unknown as TypedDocumentString<SettingsChannelsQuery, SettingsChannelsQueryVariables>;
export const ChannelDeliveriesDocument = new TypedDocumentString(`
    query ChannelDeliveries($id: ID!, $first: Int, $after: String, $status: NotificationDeliveryStatus) {
  node(id: $id) {
    ... on NotificationChannel {
      id
      deliveries(first: $first, after: $after, status: $status) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ChannelDeliveryRow
          }
        }
      }
    }
  }
}
    fragment ChannelDeliveryRow on NotificationDelivery {
  id
  event
  status
  count
  title
  attempts
  httpStatus
  errorCode
  errorMessage
  createdAt
  deliveredAt
  nextAttemptAt
}`) as unknown as TypedDocumentString<ChannelDeliveriesQuery, ChannelDeliveriesQueryVariables>;
export const CreateChannelDocument = new TypedDocumentString(`
    mutation CreateChannel($input: CreateNotificationChannelInput!) {
  createNotificationChannel(input: $input) {
    channel {
      ...ChannelRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment ChannelDeliveryRow on NotificationDelivery {
  id
  event
  status
  count
  title
  attempts
  httpStatus
  errorCode
  errorMessage
  createdAt
  deliveredAt
  nextAttemptAt
}
fragment ChannelRow on NotificationChannel {
  id
  kind
  name
  url
  events
  mentions
  locale
  digestHour
  active
  signed
  createdAt
  lastDelivery {
    ...ChannelDeliveryRow
  }
}
fragment SettingsUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<CreateChannelMutation, CreateChannelMutationVariables>;
export const UpdateChannelDocument = new TypedDocumentString(`
    mutation UpdateChannel($id: ID!, $input: UpdateNotificationChannelInput!) {
  updateNotificationChannel(id: $id, input: $input) {
    channel {
      ...ChannelRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment ChannelDeliveryRow on NotificationDelivery {
  id
  event
  status
  count
  title
  attempts
  httpStatus
  errorCode
  errorMessage
  createdAt
  deliveredAt
  nextAttemptAt
}
fragment ChannelRow on NotificationChannel {
  id
  kind
  name
  url
  events
  mentions
  locale
  digestHour
  active
  signed
  createdAt
  lastDelivery {
    ...ChannelDeliveryRow
  }
}
fragment SettingsUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<UpdateChannelMutation, UpdateChannelMutationVariables>;
export const DeleteChannelDocument = new TypedDocumentString(`
    mutation DeleteChannel($id: ID!) {
  deleteNotificationChannel(id: $id) {
    channel {
      id
      name
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<DeleteChannelMutation, DeleteChannelMutationVariables>;
export const SendTestNotificationDocument = new TypedDocumentString(`
    mutation SendTestNotification($id: ID!) {
  sendTestNotification(id: $id) {
    channel {
      ...ChannelRow
    }
    delivery {
      ...ChannelDeliveryRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment ChannelDeliveryRow on NotificationDelivery {
  id
  event
  status
  count
  title
  attempts
  httpStatus
  errorCode
  errorMessage
  createdAt
  deliveredAt
  nextAttemptAt
}
fragment ChannelRow on NotificationChannel {
  id
  kind
  name
  url
  events
  mentions
  locale
  digestHour
  active
  signed
  createdAt
  lastDelivery {
    ...ChannelDeliveryRow
  }
}
fragment SettingsUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<SendTestNotificationMutation, SendTestNotificationMutationVariables>;
export const ConsoleStartDocument = new TypedDocumentString(`
    query ConsoleStart {
  viewer {
    role
    organization {
      id
      name
      timezone
    }
    user {
      id
      name
      email
      role
    }
  }
  surveys(first: 100) {
    edges {
      node {
        id
        name
        kind
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleStartQuery, ConsoleStartQueryVariables>;
export const OverviewFiguresDocument = new TypedDocumentString(`
    query OverviewFigures($surveyId: ID, $from: DateTime!, $to: DateTime!, $previousFrom: DateTime!, $interval: Interval!) {
  current: metrics(surveyId: $surveyId, from: $from, to: $to, interval: $interval) {
    responses
    responseRate
    rateResponses
    rateDisplays
    systemResponses
    nps {
      score
      marginOfError
      promoters
      passives
      detractors
    }
    csat {
      score
      responses
    }
    ces {
      average
      responses
    }
    series {
      bucketStart
      responses
      nps
      npsMarginOfError
      promoters
      passives
      detractors
      partial
    }
    attributes(first: 20) {
      name
      responses
    }
    touchpoints(first: 12) {
      touchpoint
      responses
      nps {
        score
        marginOfError
      }
    }
  }
  accounts(first: 1) {
    totalCount
  }
  previous: metrics(surveyId: $surveyId, from: $previousFrom, to: $from) {
    responses
    responseRate
    nps {
      score
      marginOfError
    }
    csat {
      score
    }
    ces {
      average
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewFiguresQuery, OverviewFiguresQueryVariables>;
export const OverviewTopicsDocument = new TypedDocumentString(`
    query OverviewTopics($surveyId: ID, $from: DateTime!, $to: DateTime!) {
  topics(surveyId: $surveyId, from: $from, to: $to, first: 100) {
    totalCount
    edges {
      node {
        id
        label
        size
        share
        nps
        npsImpact
        emerging
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewTopicsQuery, OverviewTopicsQueryVariables>;
export const OverviewAccountSegmentsDocument = new TypedDocumentString(`
    query OverviewAccountSegments($surveyId: ID, $from: DateTime!, $to: DateTime!, $by: AccountDimension!) {
  metrics(surveyId: $surveyId, from: $from, to: $to) {
    accountSegments(by: $by, first: 12) {
      value
      responses
      nps {
        score
        marginOfError
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewAccountSegmentsQuery, OverviewAccountSegmentsQueryVariables>;
export const OverviewSegmentsDocument = new TypedDocumentString(`
    query OverviewSegments($surveyId: ID, $from: DateTime!, $to: DateTime!, $attribute: String!) {
  metrics(surveyId: $surveyId, from: $from, to: $to) {
    segments(attribute: $attribute, first: 12) {
      value
      responses
      nps {
        score
        marginOfError
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewSegmentsQuery, OverviewSegmentsQueryVariables>;
export const LiveResponsesDocument = new TypedDocumentString(`
    subscription LiveResponses($surveyId: ID) {
  responseSubmitted(surveyId: $surveyId) {
    id
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<LiveResponsesSubscription, LiveResponsesSubscriptionVariables>;
export const SurveyDistributionsDocument = new TypedDocumentString(`
    query SurveyDistributions($surveyId: ID!) {
  distributions(surveyId: $surveyId, first: 20) {
    totalCount
    edges {
      node {
        ...DistributionRow
      }
    }
  }
}
    fragment DistributionRow on Distribution {
  id
  status
  recipients
  sent
  failed
  clicked
  answered
  unsubscribed
  responseRate
  sendAt
  remindAfterHours
  maxReminders
  failedRecipients(first: 20) {
    edges {
      node {
        email
        lastError
      }
    }
  }
}`) as unknown as TypedDocumentString<SurveyDistributionsQuery, SurveyDistributionsQueryVariables>;
export const CreateDistributionDocument = new TypedDocumentString(`
    mutation CreateDistribution($input: CreateDistributionInput!) {
  createDistribution(input: $input) {
    distribution {
      ...DistributionRow
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment DistributionRow on Distribution {
  id
  status
  recipients
  sent
  failed
  clicked
  answered
  unsubscribed
  responseRate
  sendAt
  remindAfterHours
  maxReminders
  failedRecipients(first: 20) {
    edges {
      node {
        email
        lastError
      }
    }
  }
}`) as unknown as TypedDocumentString<CreateDistributionMutation, CreateDistributionMutationVariables>;
export const CancelDistributionDocument = new TypedDocumentString(`
    mutation CancelDistribution($id: ID!) {
  cancelDistribution(id: $id) {
    distribution {
      ...DistributionRow
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment DistributionRow on Distribution {
  id
  status
  recipients
  sent
  failed
  clicked
  answered
  unsubscribed
  responseRate
  sendAt
  remindAfterHours
  maxReminders
  failedRecipients(first: 20) {
    edges {
      node {
        email
        lastError
      }
    }
  }
}`) as unknown as TypedDocumentString<CancelDistributionMutation, CancelDistributionMutationVariables>;
export const ResponsesListDocument = new TypedDocumentString(`
    query ResponsesList($surveyId: ID, $from: DateTime, $to: DateTime, $filter: ResponseFilter, $first: Int, $after: String) {
  responses(
    surveyId: $surveyId
    from: $from
    to: $to
    filter: $filter
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        score
        npsCategory
        comment
        completed
        channel
        submittedAt
        survey {
          id
          name
          kind
        }
        analysis {
          sentiment
          topic {
            id
            label
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResponsesListQuery, ResponsesListQueryVariables>;
export const ResponsesAnyDocument = new TypedDocumentString(`
    query ResponsesAny {
  responses(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ResponsesAnyQuery, ResponsesAnyQueryVariables>;
export const ResponsesFilterOptionsDocument = new TypedDocumentString(`
    query ResponsesFilterOptions($surveyId: ID, $from: DateTime!, $to: DateTime!) {
  topics(first: 100) {
    edges {
      node {
        id
        label
      }
    }
  }
  metrics(surveyId: $surveyId, from: $from, to: $to) {
    attributes(first: 30) {
      name
      responses
    }
    systemResponses
  }
}
    `) as unknown as TypedDocumentString<ResponsesFilterOptionsQuery, ResponsesFilterOptionsQueryVariables>;
export const ResponsesAttributeValuesDocument = new TypedDocumentString(`
    query ResponsesAttributeValues($surveyId: ID, $from: DateTime!, $to: DateTime!, $attribute: String!) {
  metrics(surveyId: $surveyId, from: $from, to: $to) {
    segments(attribute: $attribute, first: 30) {
      value
      responses
    }
  }
}
    `) as unknown as TypedDocumentString<ResponsesAttributeValuesQuery, ResponsesAttributeValuesQueryVariables>;
export const ResponseDetailDocument = new TypedDocumentString(`
    query ResponseDetail($id: ID!) {
  node(id: $id) {
    __typename
    ... on Response {
      id
      score
      npsCategory
      comment
      answers
      completed
      channel
      locale
      pageUrl
      submittedAt
      attributes
      survey {
        id
        name
        kind
        questions
      }
      analysis {
        normalized
        tokens
        keywords
        sentiment
        topicProbability
        topic {
          id
          label
        }
      }
      respondent {
        id
        externalId
        verified
        attributes
      }
      case {
        id
        status
        createdAt
        assignee {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseDetailQuery, ResponseDetailQueryVariables>;
export const SettingsUsersDocument = new TypedDocumentString(`
    query SettingsUsers($first: Int, $after: String) {
  users(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...SettingsUserRow
      }
    }
  }
}
    fragment SettingsUserRow on User {
  id
  name
  email
  role
  status
  deactivatedAt
  signedIn
}`) as unknown as TypedDocumentString<SettingsUsersQuery, SettingsUsersQueryVariables>;
export const SettingsInviteUserDocument = new TypedDocumentString(`
    mutation SettingsInviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    invitationUrl
    expiresAt
    user {
      ...SettingsUserRow
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SettingsUserRow on User {
  id
  name
  email
  role
  status
  deactivatedAt
  signedIn
}`) as unknown as TypedDocumentString<SettingsInviteUserMutation, SettingsInviteUserMutationVariables>;
export const SettingsChangeUserRoleDocument = new TypedDocumentString(`
    mutation SettingsChangeUserRole($userId: ID!, $role: Role!) {
  changeUserRole(userId: $userId, role: $role) {
    endedSessions
    user {
      ...SettingsUserRow
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SettingsUserRow on User {
  id
  name
  email
  role
  status
  deactivatedAt
  signedIn
}`) as unknown as TypedDocumentString<SettingsChangeUserRoleMutation, SettingsChangeUserRoleMutationVariables>;
export const SettingsDeactivateUserDocument = new TypedDocumentString(`
    mutation SettingsDeactivateUser($userId: ID!) {
  deactivateUser(userId: $userId) {
    endedSessions
    revokedApiKeys
    user {
      ...SettingsUserRow
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SettingsUserRow on User {
  id
  name
  email
  role
  status
  deactivatedAt
  signedIn
}`) as unknown as TypedDocumentString<SettingsDeactivateUserMutation, SettingsDeactivateUserMutationVariables>;
export const SettingsReactivateUserDocument = new TypedDocumentString(`
    mutation SettingsReactivateUser($userId: ID!) {
  reactivateUser(userId: $userId) {
    user {
      ...SettingsUserRow
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SettingsUserRow on User {
  id
  name
  email
  role
  status
  deactivatedAt
  signedIn
}`) as unknown as TypedDocumentString<SettingsReactivateUserMutation, SettingsReactivateUserMutationVariables>;
export const SettingsRevokeUserSessionsDocument = new TypedDocumentString(`
    mutation SettingsRevokeUserSessions($userId: ID!) {
  revokeUserSessions(userId: $userId) {
    endedSessions
    user {
      ...SettingsUserRow
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SettingsUserRow on User {
  id
  name
  email
  role
  status
  deactivatedAt
  signedIn
}`) as unknown as TypedDocumentString<SettingsRevokeUserSessionsMutation, SettingsRevokeUserSessionsMutationVariables>;
export const SettingsApiKeysDocument = new TypedDocumentString(`
    query SettingsApiKeys($first: Int, $after: String) {
  apiKeys(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...SettingsApiKeyRow
      }
    }
  }
}
    fragment SettingsApiKeyRow on ApiKey {
  id
  name
  role
  prefix
  createdAt
  lastUsedAt
  revokedAt
  user {
    id
    name
  }
}`) as unknown as TypedDocumentString<SettingsApiKeysQuery, SettingsApiKeysQueryVariables>;
export const SettingsCreateApiKeyDocument = new TypedDocumentString(`
    mutation SettingsCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    key
    apiKey {
      ...SettingsApiKeyRow
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SettingsApiKeyRow on ApiKey {
  id
  name
  role
  prefix
  createdAt
  lastUsedAt
  revokedAt
  user {
    id
    name
  }
}`) as unknown as TypedDocumentString<SettingsCreateApiKeyMutation, SettingsCreateApiKeyMutationVariables>;
export const SettingsRevokeApiKeyDocument = new TypedDocumentString(`
    mutation SettingsRevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    apiKey {
      ...SettingsApiKeyRow
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SettingsApiKeyRow on ApiKey {
  id
  name
  role
  prefix
  createdAt
  lastUsedAt
  revokedAt
  user {
    id
    name
  }
}`) as unknown as TypedDocumentString<SettingsRevokeApiKeyMutation, SettingsRevokeApiKeyMutationVariables>;
export const SettingsIdentitySecretDocument = new TypedDocumentString(`
    query SettingsIdentitySecret {
  viewer {
    organization {
      id
      identitySecret
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsIdentitySecretQuery, SettingsIdentitySecretQueryVariables>;
export const SettingsRotateIdentitySecretDocument = new TypedDocumentString(`
    mutation SettingsRotateIdentitySecret {
  rotateIdentitySecret {
    organization {
      id
      identitySecret
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsRotateIdentitySecretMutation, SettingsRotateIdentitySecretMutationVariables>;
export const SettingsOrganizationDocument = new TypedDocumentString(`
    query SettingsOrganization {
  viewer {
    organization {
      id
      name
      timezone
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsOrganizationQuery, SettingsOrganizationQueryVariables>;
export const SettingsUpdateOrganizationDocument = new TypedDocumentString(`
    mutation SettingsUpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    organization {
      id
      name
      timezone
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsUpdateOrganizationMutation, SettingsUpdateOrganizationMutationVariables>;
export const SettingsTeamsDocument = new TypedDocumentString(`
    query SettingsTeams {
  teams {
    ...TeamRow
  }
  routingRules {
    ...RoutingRuleRow
  }
  users(first: 100) {
    edges {
      node {
        id
        name
        role
      }
    }
  }
}
    fragment TeamRow on Team {
  id
  name
  isDefault
  createdAt
  lead {
    id
    name
  }
  fallbackOwner {
    id
    name
  }
  members {
    available
    maxOpenCases
    lastAssignedAt
    user {
      id
      name
      role
    }
  }
}
fragment RoutingRuleRow on RoutingRule {
  id
  attribute
  value
  position
  team {
    id
    name
  }
}`) as unknown as TypedDocumentString<SettingsTeamsQuery, SettingsTeamsQueryVariables>;
export const CreateTeamDocument = new TypedDocumentString(`
    mutation CreateTeam($name: String!, $leadId: ID, $fallbackOwnerId: ID, $isDefault: Boolean!) {
  createTeam(
    name: $name
    leadId: $leadId
    fallbackOwnerId: $fallbackOwnerId
    isDefault: $isDefault
  ) {
    team {
      ...TeamRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment TeamRow on Team {
  id
  name
  isDefault
  createdAt
  lead {
    id
    name
  }
  fallbackOwner {
    id
    name
  }
  members {
    available
    maxOpenCases
    lastAssignedAt
    user {
      id
      name
      role
    }
  }
}`) as unknown as TypedDocumentString<CreateTeamMutation, CreateTeamMutationVariables>;
export const AddTeamMemberDocument = new TypedDocumentString(`
    mutation AddTeamMember($teamId: ID!, $userId: ID!, $maxOpenCases: Int, $available: Boolean) {
  addTeamMember(
    teamId: $teamId
    userId: $userId
    maxOpenCases: $maxOpenCases
    available: $available
  ) {
    team {
      ...TeamRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment TeamRow on Team {
  id
  name
  isDefault
  createdAt
  lead {
    id
    name
  }
  fallbackOwner {
    id
    name
  }
  members {
    available
    maxOpenCases
    lastAssignedAt
    user {
      id
      name
      role
    }
  }
}`) as unknown as TypedDocumentString<AddTeamMemberMutation, AddTeamMemberMutationVariables>;
export const SetMemberAvailabilityDocument = new TypedDocumentString(`
    mutation SetMemberAvailability($teamId: ID!, $userId: ID!, $available: Boolean!) {
  setMemberAvailability(teamId: $teamId, userId: $userId, available: $available) {
    team {
      ...TeamRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment TeamRow on Team {
  id
  name
  isDefault
  createdAt
  lead {
    id
    name
  }
  fallbackOwner {
    id
    name
  }
  members {
    available
    maxOpenCases
    lastAssignedAt
    user {
      id
      name
      role
    }
  }
}`) as unknown as TypedDocumentString<SetMemberAvailabilityMutation, SetMemberAvailabilityMutationVariables>;
export const AddRoutingRuleDocument = new TypedDocumentString(`
    mutation AddRoutingRule($attribute: String!, $value: String!, $teamId: ID!) {
  addRoutingRule(attribute: $attribute, value: $value, teamId: $teamId) {
    rule {
      ...RoutingRuleRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment RoutingRuleRow on RoutingRule {
  id
  attribute
  value
  position
  team {
    id
    name
  }
}`) as unknown as TypedDocumentString<AddRoutingRuleMutation, AddRoutingRuleMutationVariables>;
export const SettingsCaseRulesDocument = new TypedDocumentString(`
    query SettingsCaseRules {
  caseRules {
    ...CaseRuleRow
  }
  surveys(first: 100) {
    edges {
      node {
        id
        name
        kind
        status
        purpose
      }
    }
  }
}
    fragment CaseRuleRow on CaseRule {
  id
  surveyId
  builtIn
  enabled
  npsMax
  csatMax
  cesMin
  sentimentMax
  firstContactHours
  resolveHours
  reopenDays
}`) as unknown as TypedDocumentString<SettingsCaseRulesQuery, SettingsCaseRulesQueryVariables>;
export const SetCaseRuleDocument = new TypedDocumentString(`
    mutation SetCaseRule($input: CaseRuleInput!, $surveyId: ID) {
  setCaseRule(input: $input, surveyId: $surveyId) {
    rule {
      ...CaseRuleRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment CaseRuleRow on CaseRule {
  id
  surveyId
  builtIn
  enabled
  npsMax
  csatMax
  cesMin
  sentimentMax
  firstContactHours
  resolveHours
  reopenDays
}`) as unknown as TypedDocumentString<SetCaseRuleMutation, SetCaseRuleMutationVariables>;
export const SettingsWebhooksDocument = new TypedDocumentString(`
    query SettingsWebhooks {
  webhooks(first: 100) {
    totalCount
    edges {
      node {
        ...WebhookRow
      }
    }
  }
}
    fragment WebhookRow on Webhook {
  id
  url
  events
  active
  createdAt
}`) as unknown as TypedDocumentString<SettingsWebhooksQuery, SettingsWebhooksQueryVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($id: ID!, $first: Int, $after: String, $status: WebhookDeliveryStatus) {
  node(id: $id) {
    ... on Webhook {
      id
      deliveries(first: $first, after: $after, status: $status) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...DeliveryRow
          }
        }
      }
    }
  }
}
    fragment DeliveryRow on WebhookDelivery {
  id
  event
  status
  attempts
  lastStatusCode
  lastError
  createdAt
  deliveredAt
  nextAttemptAt
}`) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const CreateWebhookDocument = new TypedDocumentString(`
    mutation CreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    webhook {
      ...WebhookRow
    }
    secret
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment WebhookRow on Webhook {
  id
  url
  events
  active
  createdAt
}`) as unknown as TypedDocumentString<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const UpdateWebhookDocument = new TypedDocumentString(`
    mutation UpdateWebhook($id: ID!, $url: String, $events: [String!], $active: Boolean) {
  updateWebhook(id: $id, url: $url, events: $events, active: $active) {
    webhook {
      ...WebhookRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment WebhookRow on Webhook {
  id
  url
  events
  active
  createdAt
}`) as unknown as TypedDocumentString<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const RotateWebhookSecretDocument = new TypedDocumentString(`
    mutation RotateWebhookSecret($id: ID!) {
  rotateWebhookSecret(id: $id) {
    webhook {
      ...WebhookRow
    }
    secret
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment WebhookRow on Webhook {
  id
  url
  events
  active
  createdAt
}`) as unknown as TypedDocumentString<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const DeleteWebhookDocument = new TypedDocumentString(`
    mutation DeleteWebhook($id: ID!) {
  deleteWebhook(id: $id) {
    webhook {
      id
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const RedeliverWebhookDeliveryDocument = new TypedDocumentString(`
    mutation RedeliverWebhookDelivery($id: ID!) {
  redeliverWebhookDelivery(id: $id) {
    delivery {
      ...DeliveryRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment DeliveryRow on WebhookDelivery {
  id
  event
  status
  attempts
  lastStatusCode
  lastError
  createdAt
  deliveredAt
  nextAttemptAt
}`) as unknown as TypedDocumentString<RedeliverWebhookDeliveryMutation, RedeliverWebhookDeliveryMutationVariables>;
export const SettingsVocabularyDocument = new TypedDocumentString(`
    query SettingsVocabulary {
  vocabulary {
    stopWords
    productTerms
  }
}
    `) as unknown as TypedDocumentString<SettingsVocabularyQuery, SettingsVocabularyQueryVariables>;
export const UpdateVocabularyDocument = new TypedDocumentString(`
    mutation UpdateVocabulary($stopWords: [String!], $productTerms: [String!]) {
  updateVocabulary(stopWords: $stopWords, productTerms: $productTerms) {
    vocabulary {
      stopWords
      productTerms
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<UpdateVocabularyMutation, UpdateVocabularyMutationVariables>;
export const SetMemberCapDocument = new TypedDocumentString(`
    mutation SetMemberCap($teamId: ID!, $userId: ID!, $maxOpenCases: Int!) {
  setMemberCap(teamId: $teamId, userId: $userId, maxOpenCases: $maxOpenCases) {
    team {
      ...TeamRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment TeamRow on Team {
  id
  name
  isDefault
  createdAt
  lead {
    id
    name
  }
  fallbackOwner {
    id
    name
  }
  members {
    available
    maxOpenCases
    lastAssignedAt
    user {
      id
      name
      role
    }
  }
}`) as unknown as TypedDocumentString<SetMemberCapMutation, SetMemberCapMutationVariables>;
export const DeleteRoutingRuleDocument = new TypedDocumentString(`
    mutation DeleteRoutingRule($id: ID!) {
  deleteRoutingRule(id: $id) {
    rule {
      attribute
      value
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<DeleteRoutingRuleMutation, DeleteRoutingRuleMutationVariables>;
export const UpdateTeamDocument = new TypedDocumentString(`
    mutation UpdateTeam($id: ID!, $input: UpdateTeamInput!) {
  updateTeam(id: $id, input: $input) {
    team {
      ...TeamRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment TeamRow on Team {
  id
  name
  isDefault
  createdAt
  lead {
    id
    name
  }
  fallbackOwner {
    id
    name
  }
  members {
    available
    maxOpenCases
    lastAssignedAt
    user {
      id
      name
      role
    }
  }
}`) as unknown as TypedDocumentString<UpdateTeamMutation, UpdateTeamMutationVariables>;
export const DeleteTeamDocument = new TypedDocumentString(`
    mutation DeleteTeam($id: ID!) {
  deleteTeam(id: $id) {
    team {
      id
      name
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<DeleteTeamMutation, DeleteTeamMutationVariables>;
export const RemoveTeamMemberDocument = new TypedDocumentString(`
    mutation RemoveTeamMember($teamId: ID!, $userId: ID!) {
  removeTeamMember(teamId: $teamId, userId: $userId) {
    team {
      ...TeamRow
    }
    errors {
      ...SettingsUserError
    }
  }
}
    fragment SettingsUserError on UserError {
  code
  field
  message
}
fragment TeamRow on Team {
  id
  name
  isDefault
  createdAt
  lead {
    id
    name
  }
  fallbackOwner {
    id
    name
  }
  members {
    available
    maxOpenCases
    lastAssignedAt
    user {
      id
      name
      role
    }
  }
}`) as unknown as TypedDocumentString<RemoveTeamMemberMutation, RemoveTeamMemberMutationVariables>;
export const SurveyListDocument = new TypedDocumentString(`
    query SurveyList($status: SurveyStatus, $includeSystem: Boolean, $first: Int, $after: String) {
  surveys(
    status: $status
    includeSystem: $includeSystem
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...SurveyRow
      }
    }
  }
}
    fragment SurveyRow on Survey {
  id
  name
  kind
  purpose
  status
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
    rateResponses
    rateDisplays
  }
}`) as unknown as TypedDocumentString<SurveyListQuery, SurveyListQueryVariables>;
export const SurveyDetailDocument = new TypedDocumentString(`
    query SurveyDetail($id: ID!) {
  node(id: $id) {
    __typename
    ... on Survey {
      ...SurveyDetail
    }
  }
}
    fragment SurveyDetail on Survey {
  id
  name
  kind
  purpose
  status
  token
  locale
  questions
  allowedOrigins
  sampleRate
  recontactDays
  displayLimit
  touchpoint
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
    rateResponses
    rateDisplays
  }
}`) as unknown as TypedDocumentString<SurveyDetailQuery, SurveyDetailQueryVariables>;
export const DefaultSurveyDefinitionDocument = new TypedDocumentString(`
    query DefaultSurveyDefinition($kind: SurveyKind!, $locale: String!) {
  defaultSurveyDefinition(kind: $kind, locale: $locale)
}
    `) as unknown as TypedDocumentString<DefaultSurveyDefinitionQuery, DefaultSurveyDefinitionQueryVariables>;
export const CreateSurveyDocument = new TypedDocumentString(`
    mutation CreateSurvey($input: CreateSurveyInput!) {
  createSurvey(input: $input) {
    survey {
      ...SurveyDetail
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SurveyDetail on Survey {
  id
  name
  kind
  purpose
  status
  token
  locale
  questions
  allowedOrigins
  sampleRate
  recontactDays
  displayLimit
  touchpoint
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
    rateResponses
    rateDisplays
  }
}`) as unknown as TypedDocumentString<CreateSurveyMutation, CreateSurveyMutationVariables>;
export const UpdateSurveyDocument = new TypedDocumentString(`
    mutation UpdateSurvey($id: ID!, $input: UpdateSurveyInput!) {
  updateSurvey(id: $id, input: $input) {
    survey {
      ...SurveyDetail
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SurveyDetail on Survey {
  id
  name
  kind
  purpose
  status
  token
  locale
  questions
  allowedOrigins
  sampleRate
  recontactDays
  displayLimit
  touchpoint
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
    rateResponses
    rateDisplays
  }
}`) as unknown as TypedDocumentString<UpdateSurveyMutation, UpdateSurveyMutationVariables>;
export const PublishSurveyDocument = new TypedDocumentString(`
    mutation PublishSurvey($id: ID!) {
  publishSurvey(id: $id) {
    survey {
      ...SurveyDetail
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SurveyDetail on Survey {
  id
  name
  kind
  purpose
  status
  token
  locale
  questions
  allowedOrigins
  sampleRate
  recontactDays
  displayLimit
  touchpoint
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
    rateResponses
    rateDisplays
  }
}`) as unknown as TypedDocumentString<PublishSurveyMutation, PublishSurveyMutationVariables>;
export const PauseSurveyDocument = new TypedDocumentString(`
    mutation PauseSurvey($id: ID!) {
  pauseSurvey(id: $id) {
    survey {
      ...SurveyDetail
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SurveyDetail on Survey {
  id
  name
  kind
  purpose
  status
  token
  locale
  questions
  allowedOrigins
  sampleRate
  recontactDays
  displayLimit
  touchpoint
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
    rateResponses
    rateDisplays
  }
}`) as unknown as TypedDocumentString<PauseSurveyMutation, PauseSurveyMutationVariables>;
export const ArchiveSurveyDocument = new TypedDocumentString(`
    mutation ArchiveSurvey($id: ID!) {
  archiveSurvey(id: $id) {
    survey {
      ...SurveyDetail
    }
    errors {
      code
      field
      message
    }
  }
}
    fragment SurveyDetail on Survey {
  id
  name
  kind
  purpose
  status
  token
  locale
  questions
  allowedOrigins
  sampleRate
  recontactDays
  displayLimit
  touchpoint
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
    rateResponses
    rateDisplays
  }
}`) as unknown as TypedDocumentString<ArchiveSurveyMutation, ArchiveSurveyMutationVariables>;
export const TopicsListDocument = new TypedDocumentString(`
    query TopicsList($surveyId: ID, $from: DateTime!, $to: DateTime!, $interval: Interval!, $filter: ResponseFilter) {
  topics(surveyId: $surveyId, from: $from, to: $to, first: 100, filter: $filter) {
    totalCount
    edges {
      node {
        id
        label
        size
        share
        nps
        npsImpact
        emerging
        sentiment {
          positive
          neutral
          negative
        }
        trend(interval: $interval) {
          bucketStart
          count
          partial
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TopicsListQuery, TopicsListQueryVariables>;
export const TopicsAccountPlansDocument = new TypedDocumentString(`
    query TopicsAccountPlans($surveyId: ID, $from: DateTime!, $to: DateTime!) {
  accounts(first: 1) {
    totalCount
  }
  metrics(surveyId: $surveyId, from: $from, to: $to) {
    accountSegments(by: PLAN, first: 50) {
      value
    }
  }
}
    `) as unknown as TypedDocumentString<TopicsAccountPlansQuery, TopicsAccountPlansQueryVariables>;
export const TopicVersionsDocument = new TypedDocumentString(`
    query TopicVersions($surveyId: ID) {
  topicModelVersions(surveyId: $surveyId) {
    version
    active
    surveyId
    fittedAt
    comments
    topicCount
  }
}
    `) as unknown as TypedDocumentString<TopicVersionsQuery, TopicVersionsQueryVariables>;
export const TopicDetailDocument = new TypedDocumentString(`
    query TopicDetail($id: ID!, $surveyId: ID, $from: DateTime, $to: DateTime, $filter: ResponseFilter) {
  node: topic(id: $id, surveyId: $surveyId, from: $from, to: $to, filter: $filter) {
    __typename
    ... on Topic {
      id
      label
      generatedLabel
      keywords {
        word
        weight
      }
      labelTerms {
        term
        coverage
        lift
        inLabel
      }
      size
      share
      nps
      npsImpact
      emerging
      retired
      sentiment {
        positive
        neutral
        negative
      }
      successors {
        id
        label
        retired
      }
      mergedInto {
        id
        label
      }
      trend(interval: WEEK) {
        bucketStart
        count
        partial
      }
      representativeComments(limit: 6)
      responses(first: 5) {
        edges {
          node {
            id
            score
            comment
            submittedAt
            survey {
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TopicDetailQuery, TopicDetailQueryVariables>;
export const TopicActionsDocument = new TypedDocumentString(`
    query TopicActions($topicId: ID!) {
  actions(filter: {topicId: $topicId}, first: 20) {
    totalCount
    edges {
      node {
        id
        title
        status
        priority
        dueAt
        createdAt
        owner {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TopicActionsQuery, TopicActionsQueryVariables>;
export const ActiveTopicFitDocument = new TypedDocumentString(`
    query ActiveTopicFit($surveyId: ID) {
  activeTopicFit(surveyId: $surveyId) {
    id
    status
    progress
    stage
    error
  }
}
    `) as unknown as TypedDocumentString<ActiveTopicFitQuery, ActiveTopicFitQueryVariables>;
export const AnalysisJobProgressDocument = new TypedDocumentString(`
    query AnalysisJobProgress($id: ID!) {
  analysisJob(id: $id) {
    id
    status
    progress
    stage
    error
  }
}
    `) as unknown as TypedDocumentString<AnalysisJobProgressQuery, AnalysisJobProgressQueryVariables>;
export const FitTopicsDocument = new TypedDocumentString(`
    mutation FitTopics($input: FitTopicsInput!) {
  fitTopics(input: $input) {
    job {
      id
      status
      progress
      stage
      error
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FitTopicsMutation, FitTopicsMutationVariables>;
export const RenameTopicDocument = new TypedDocumentString(`
    mutation RenameTopic($id: ID!, $label: String!) {
  renameTopic(id: $id, label: $label) {
    topic {
      id
      label
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RenameTopicMutation, RenameTopicMutationVariables>;
export const MergeTopicsDocument = new TypedDocumentString(`
    mutation MergeTopics($ids: [ID!]!) {
  mergeTopics(ids: $ids) {
    topic {
      id
      label
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MergeTopicsMutation, MergeTopicsMutationVariables>;
export const CreateTopicActionDocument = new TypedDocumentString(`
    mutation CreateTopicAction($input: CreateActionInput!) {
  createAction(input: $input) {
    action {
      id
      title
      status
      topics {
        id
      }
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateTopicActionMutation, CreateTopicActionMutationVariables>;