// The surveys list's state in its URL, each filter under its GraphQL name: ?status=ACTIVE&includeSystem=true.
// A URL opened with them shows exactly that list; defaults are left out of the URL.
import type { SurveyStatus } from '../graphql/generated';
import { first } from './period';

export const STATUSES: SurveyStatus[] = ['DRAFT', 'ACTIVE', 'PAUSED', 'ARCHIVED'];

export interface SurveysState {
  status: SurveyStatus | null;
  includeSystem: boolean;
}

export function surveysStateFromQuery(query: Record<string, unknown>): SurveysState {
  const status = first(query.status);
  return {
    status: STATUSES.find((s) => s === status) ?? null,
    includeSystem: first(query.includeSystem) === 'true',
  };
}

export function queryFromSurveysState(state: SurveysState): Record<string, string> {
  const query: Record<string, string> = {};
  if (state.status) query.status = state.status;
  if (state.includeSystem) query.includeSystem = 'true';
  return query;
}
