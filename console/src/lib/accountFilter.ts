// The topics pages' account filter in their URL: ?band=AT_RISK&plan=pro, the answers of respondents whose
// account is in that health band / on that plan now (the API's ResponseFilter.accountBand / accountPlan, as
// metrics have them). Anything unknown in a URL is ignored; an empty filter is left out of the URL and the query.
import type { HealthBand, ResponseFilter } from '../graphql/generated';
import { bandParam } from './accounts';
import { textParam } from './scopeQuery';

export const MAX_PLAN = 256; // the API refuses a longer accountPlan

export interface AccountFilter {
  band: HealthBand | null;
  plan: string | null;
}

export function accountFilterFromQuery(query: Record<string, unknown>): AccountFilter {
  return {
    band: bandParam(query.band),
    plan: textParam(query.plan, MAX_PLAN),
  };
}

export function queryFromAccountFilter(filter: AccountFilter): Record<string, string> {
  const query: Record<string, string> = {};
  if (filter.band) query.band = filter.band;
  if (filter.plan) query.plan = filter.plan;
  return query;
}

/** The `filter` argument of topics / topic; null without one, so the API takes its fast unfiltered path. */
export function responseFilterOf(filter: AccountFilter): ResponseFilter | null {
  if (!filter.band && !filter.plan) return null;
  return { accountBand: filter.band, accountPlan: filter.plan };
}
