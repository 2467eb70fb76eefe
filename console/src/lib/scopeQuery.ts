// The part of a page's URL state that every analysis page shares: ?survey=<GraphQL id>&from=YYYY-MM-DD&to=YYYY-MM-DD.
// Each page's query module composes these with its own parameters; defaults are left out of the URL.
import { DEFAULT_DAYS, first, lastDays, periodFromQuery, type Period } from './period';

export interface Scope {
  survey: string | null; // null: all surveys
  period: Period;
}

export const MAX_ID = 200;

/** A text parameter: its first value when it has something besides blanks and is at most `max` long. */
export function textParam(value: unknown, max: number): string | null {
  const v = first(value);
  return typeof v === 'string' && v.trim().length > 0 && v.length <= max ? v : null;
}

/** Whether the period is the default one (the last DEFAULT_DAYS days), which the URL leaves out. */
export function isDefaultPeriod(period: Period, timeZone: string, now: Date = new Date()): boolean {
  const fallback = lastDays(DEFAULT_DAYS, timeZone, now);
  return period.from === fallback.from && period.to === fallback.to;
}

export function scopeFromQuery(query: Record<string, unknown>, timeZone: string, now: Date = new Date()): Scope {
  return { survey: textParam(query.survey, MAX_ID), period: periodFromQuery(query, timeZone, now) };
}

export function queryFromScope(scope: Scope, timeZone: string, now: Date = new Date()): Record<string, string> {
  const query: Record<string, string> = {};
  if (scope.survey) query.survey = scope.survey;
  if (!isDefaultPeriod(scope.period, timeZone, now)) {
    query.from = scope.period.from;
    query.to = scope.period.to;
  }
  return query;
}
