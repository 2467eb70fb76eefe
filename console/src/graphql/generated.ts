/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type SurveyStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PAUSED';

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