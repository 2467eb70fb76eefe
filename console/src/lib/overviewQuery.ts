// The overview's state in its URL: ?survey=<GraphQL id>&from=YYYY-MM-DD&to=YYYY-MM-DD&segment=<attribute>.
// A URL opened with them shows exactly that view; defaults are left out of the URL.
import { queryFromScope, scopeFromQuery, textParam, type Scope } from './scopeQuery';

export interface OverviewState extends Scope {
  segment: string | null;
}

export function stateFromQuery(query: Record<string, unknown>, timeZone: string, now: Date = new Date()): OverviewState {
  return { ...scopeFromQuery(query, timeZone, now), segment: textParam(query.segment, 64) };
}

export function queryFromState(state: OverviewState, timeZone: string, now: Date = new Date()): Record<string, string> {
  const query = queryFromScope(state, timeZone, now);
  if (state.segment) query.segment = state.segment;
  return query;
}
