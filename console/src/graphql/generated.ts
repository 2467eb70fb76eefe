/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type Interval =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type Role =
  | 'ADMIN'
  | 'AGENT'
  | 'ANALYST'
  | 'VIEWER';

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