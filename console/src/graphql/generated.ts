/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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
  /** Further questions (a list), or {questions, followUps, thankYou}. */
  questions?: unknown;
  recontactDays?: number | null | undefined;
  sampleRate?: number | null | undefined;
};

export type CreateWebhookInput = {
  /** Any of: response.created, case.created, case.updated, case.sla_breached, action.status_changed, action.shipped, topic.emerging. */
  events: Array<string>;
  /** At least 16 characters; generated when omitted. Shown once, in the payload. */
  secret?: string | null | undefined;
  /** An http(s) URL on a public address. */
  url: string;
};

export type FitTopicsInput = {
  from?: string | null | undefined;
  /** Only this survey's comments. */
  surveyId?: string | number | null | undefined;
  to?: string | null | undefined;
};

export type Interval =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type NpsCategory =
  | 'DETRACTOR'
  | 'PASSIVE'
  | 'PROMOTER';

export type ResponseFilter = {
  /** Segment, e.g. {"plan": "pro"}. */
  attributes?: unknown;
  channel?: Channel | null | undefined;
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

export type UpdateSurveyInput = {
  allowedOrigins?: Array<string> | null | undefined;
  displayLimit?: number | null | undefined;
  name?: string | null | undefined;
  question?: string | null | undefined;
  questions?: unknown;
  recontactDays?: number | null | undefined;
  sampleRate?: number | null | undefined;
};

export type WebhookDeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

export type ConsoleStartQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleStartQuery = { viewer: { role: Role, organization: { id: string, name: string, timezone: string }, user: { id: string, name: string, email: string | null, role: Role } | null }, surveys: { edges: Array<{ node: { id: string, name: string, kind: SurveyKind, status: SurveyStatus } }> } };

export type OverviewFiguresQueryVariables = Exact<{
  surveyId?: string | number | null | undefined;
  from: string;
  to: string;
  previousFrom: string;
  interval: Interval;
}>;


export type OverviewFiguresQuery = { current: { responses: number, responseRate: number | null, nps: { score: number, marginOfError: number, promoters: number, passives: number, detractors: number } | null, csat: { score: number, responses: number } | null, ces: { average: number, responses: number } | null, series: Array<{ bucketStart: string, responses: number, nps: number | null, npsMarginOfError: number | null, promoters: number, passives: number, detractors: number, partial: boolean }>, attributes: Array<{ name: string, responses: number }> }, previous: { responses: number, responseRate: number | null, nps: { score: number, marginOfError: number } | null, csat: { score: number } | null, ces: { average: number } | null } };

export type OverviewTopicsQueryVariables = Exact<{
  surveyId?: string | number | null | undefined;
  from: string;
  to: string;
}>;


export type OverviewTopicsQuery = { topics: { totalCount: number, edges: Array<{ node: { id: string, label: string, size: number, share: number, nps: number | null, npsImpact: number | null, emerging: boolean } }> } };

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


export type ResponsesFilterOptionsQuery = { topics: { edges: Array<{ node: { id: string, label: string } }> }, metrics: { attributes: Array<{ name: string, responses: number }> } };

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
    | { __typename: 'Action' }
    | { __typename: 'AnalysisJob' }
    | { __typename: 'Case' }
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

export type SurveyRowFragment = { id: string, name: string, kind: SurveyKind, purpose: SurveyPurpose, status: SurveyStatus, createdAt: string, publishedAt: string | null, metrics: { responses: number, displays: number, responseRate: number | null } };

export type SurveyDetailFragment = { id: string, name: string, kind: SurveyKind, purpose: SurveyPurpose, status: SurveyStatus, token: string, locale: string, questions: unknown, allowedOrigins: Array<string>, sampleRate: number, recontactDays: number, displayLimit: number | null, createdAt: string, publishedAt: string | null, metrics: { responses: number, displays: number, responseRate: number | null } };

export type SurveyListQueryVariables = Exact<{
  status?: SurveyStatus | null | undefined;
  includeSystem?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SurveyListQuery = { surveys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, kind: SurveyKind, purpose: SurveyPurpose, status: SurveyStatus, createdAt: string, publishedAt: string | null, metrics: { responses: number, displays: number, responseRate: number | null } } }> } };

export type SurveyDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type SurveyDetailQuery = { node:
    | { __typename: 'Action' }
    | { __typename: 'AnalysisJob' }
    | { __typename: 'Case' }
    | { __typename: 'Organization' }
    | { __typename: 'Respondent' }
    | { __typename: 'Response' }
    | { __typename: 'RoutingRule' }
    | { __typename: 'Survey', id: string, name: string, kind: SurveyKind, purpose: SurveyPurpose, status: SurveyStatus, token: string, locale: string, questions: unknown, allowedOrigins: Array<string>, sampleRate: number, recontactDays: number, displayLimit: number | null, createdAt: string, publishedAt: string | null, metrics: { responses: number, displays: number, responseRate: number | null } }
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


export type CreateSurveyMutation = { createSurvey: { survey: { id: string, name: string, kind: SurveyKind, purpose: SurveyPurpose, status: SurveyStatus, token: string, locale: string, questions: unknown, allowedOrigins: Array<string>, sampleRate: number, recontactDays: number, displayLimit: number | null, createdAt: string, publishedAt: string | null, metrics: { responses: number, displays: number, responseRate: number | null } } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type UpdateSurveyMutationVariables = Exact<{
  id: string | number;
  input: UpdateSurveyInput;
}>;


export type UpdateSurveyMutation = { updateSurvey: { survey: { id: string, name: string, kind: SurveyKind, purpose: SurveyPurpose, status: SurveyStatus, token: string, locale: string, questions: unknown, allowedOrigins: Array<string>, sampleRate: number, recontactDays: number, displayLimit: number | null, createdAt: string, publishedAt: string | null, metrics: { responses: number, displays: number, responseRate: number | null } } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type PublishSurveyMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishSurveyMutation = { publishSurvey: { survey: { id: string, name: string, kind: SurveyKind, purpose: SurveyPurpose, status: SurveyStatus, token: string, locale: string, questions: unknown, allowedOrigins: Array<string>, sampleRate: number, recontactDays: number, displayLimit: number | null, createdAt: string, publishedAt: string | null, metrics: { responses: number, displays: number, responseRate: number | null } } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type PauseSurveyMutationVariables = Exact<{
  id: string | number;
}>;


export type PauseSurveyMutation = { pauseSurvey: { survey: { id: string, name: string, kind: SurveyKind, purpose: SurveyPurpose, status: SurveyStatus, token: string, locale: string, questions: unknown, allowedOrigins: Array<string>, sampleRate: number, recontactDays: number, displayLimit: number | null, createdAt: string, publishedAt: string | null, metrics: { responses: number, displays: number, responseRate: number | null } } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type ArchiveSurveyMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveSurveyMutation = { archiveSurvey: { survey: { id: string, name: string, kind: SurveyKind, purpose: SurveyPurpose, status: SurveyStatus, token: string, locale: string, questions: unknown, allowedOrigins: Array<string>, sampleRate: number, recontactDays: number, displayLimit: number | null, createdAt: string, publishedAt: string | null, metrics: { responses: number, displays: number, responseRate: number | null } } | null, errors: Array<{ code: string, field: string | null, message: string }> } };

export type TopicsListQueryVariables = Exact<{
  surveyId?: string | number | null | undefined;
  from: string;
  to: string;
  interval: Interval;
}>;


export type TopicsListQuery = { topics: { totalCount: number, edges: Array<{ node: { id: string, label: string, size: number, share: number, nps: number | null, npsImpact: number | null, emerging: boolean, sentiment: { positive: number, neutral: number, negative: number }, trend: Array<{ bucketStart: string, count: number, partial: boolean }> } }> } };

export type TopicVersionsQueryVariables = Exact<{
  surveyId?: string | number | null | undefined;
}>;


export type TopicVersionsQuery = { topicModelVersions: Array<{ version: number, active: boolean, surveyId: string | null, fittedAt: string, comments: number, topicCount: number }> };

export type TopicDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type TopicDetailQuery = { node:
    | { __typename: 'Action' }
    | { __typename: 'AnalysisJob' }
    | { __typename: 'Case' }
    | { __typename: 'Organization' }
    | { __typename: 'Respondent' }
    | { __typename: 'Response' }
    | { __typename: 'RoutingRule' }
    | { __typename: 'Survey' }
    | { __typename: 'Team' }
    | { __typename: 'Topic', id: string, label: string, generatedLabel: string, size: number, share: number, nps: number | null, npsImpact: number | null, emerging: boolean, retired: boolean, representativeComments: Array<string>, keywords: Array<{ word: string, weight: number }>, sentiment: { positive: number, neutral: number, negative: number }, successors: Array<{ id: string, label: string, retired: boolean }>, trend: Array<{ bucketStart: string, count: number, partial: boolean }>, responses: { totalCount: number, edges: Array<{ node: { id: string, score: number | null, comment: string | null, submittedAt: string, survey: { name: string } } }> } }
    | { __typename: 'User' }
    | { __typename: 'Webhook' }
    | { __typename: 'WebhookDelivery' }
   | null };

export type TopicActionsQueryVariables = Exact<{
  topicId: string | number;
}>;


export type TopicActionsQuery = { actions: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: ActionStatus, priority: number, dueAt: string | null, createdAt: string, owner: { name: string } | null } }> } };

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
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
  }
}
    `, {"fragmentName":"SurveyDetail"}) as unknown as TypedDocumentString<SurveyDetailFragment, unknown>;
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
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
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
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
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
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
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
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
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
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
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
  createdAt
  publishedAt
  metrics {
    responses
    displays
    responseRate
  }
}`) as unknown as TypedDocumentString<ArchiveSurveyMutation, ArchiveSurveyMutationVariables>;
export const TopicsListDocument = new TypedDocumentString(`
    query TopicsList($surveyId: ID, $from: DateTime!, $to: DateTime!, $interval: Interval!) {
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
    query TopicDetail($id: ID!) {
  node(id: $id) {
    __typename
    ... on Topic {
      id
      label
      generatedLabel
      keywords {
        word
        weight
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
      trend(interval: WEEK) {
        bucketStart
        count
        partial
      }
      representativeComments(limit: 6)
      responses(first: 5) {
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