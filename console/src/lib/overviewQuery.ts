// The overview's state in its URL: ?survey=<GraphQL id>&from=YYYY-MM-DD&to=YYYY-MM-DD&segment=<attribute>.
// A URL opened with them shows exactly that view; defaults are left out of the URL.
import { first, lastDays, DEFAULT_DAYS, periodFromQuery, type Period } from './period';

export interface OverviewState {
  survey: string | null;
  period: Period;
  segment: string | null;
}

type Query = Record<string, unknown>;

function text(value: unknown, max: number): string | null {
  const v = first(value);
  return typeof v === 'string' && v.length > 0 && v.length <= max ? v : null;
}

export function stateFromQuery(query: Query, timeZone: string, now: Date = new Date()): OverviewState {
  return {
    survey: text(query.survey, 200),
    period: periodFromQuery(query, timeZone, now),
    segment: text(query.segment, 64),
  };
}

export function queryFromState(state: OverviewState, timeZone: string, now: Date = new Date()): Record<string, string> {
  const query: Record<string, string> = {};
  if (state.survey) query.survey = state.survey;
  const fallback = lastDays(DEFAULT_DAYS, timeZone, now);
  if (state.period.from !== fallback.from || state.period.to !== fallback.to) {
    query.from = state.period.from;
    query.to = state.period.to;
  }
  if (state.segment) query.segment = state.segment;
  return query;
}
