// The case inbox's state in its URL. The view and each filter sit under their GraphQL names:
//   ?view=mine|team|unassigned|breached|warnings|all   (warnings: accounts' early warnings' cases)
//   &status=IN_PROGRESS&surveyId=<Survey id>&topicId=<Topic id>&minScore=0&maxScore=6&assigneeId=<User id>
//   &after=<cursor>                               (the page: the cursor the list starts after)
// A URL opened with them shows that view (the view defaults to "mine" for agents, "all" for others);
// values that cannot be valid (unknown names, scores outside 0..10, oversized ids) are ignored.
import type { CaseFilter, CaseRowFragment, CaseStatus } from '../graphql/generated';
import { first } from './period';
import { MAX_ID, textParam as text } from './scopeQuery';

export const VIEWS = ['mine', 'team', 'unassigned', 'breached', 'warnings', 'all'] as const;
export type CaseView = (typeof VIEWS)[number];
export const STATUSES: readonly CaseStatus[] = [
  'NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'RESOLVED', 'CLOSED', 'CANCELLED'];
export const OPEN_STATUSES: readonly CaseStatus[] = ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_CUSTOMER'];

export interface CasesState {
  view: CaseView;
  status: CaseStatus | null;
  surveyId: string | null;
  topicId: string | null;
  minScore: number | null;
  maxScore: number | null;
  assigneeId: string | null;
  after: string | null;
}

/** Who is looking: "mine" and "my team" depend on it. */
export interface Viewer {
  userId: string | null;
  teamId: string | null; // the first team the user is a member of
}

type Query = Record<string, unknown>;

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  const v = first(value);
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : null;
}

function score(value: unknown): number | null {
  const v = first(value);
  if (typeof v !== 'string' || !/^\d{1,2}$/.test(v)) return null;
  const n = Number(v);
  return n <= 10 ? n : null;
}

export function defaultView(role: string | null | undefined): CaseView {
  return role === 'AGENT' ? 'mine' : 'all';
}

export function stateFromQuery(query: Query, fallback: CaseView = 'all'): CasesState {
  return {
    view: oneOf(query.view, VIEWS) ?? fallback,
    status: oneOf(query.status, STATUSES),
    surveyId: text(query.surveyId, MAX_ID),
    topicId: text(query.topicId, MAX_ID),
    minScore: score(query.minScore),
    maxScore: score(query.maxScore),
    assigneeId: text(query.assigneeId, MAX_ID),
    after: text(query.after, 400),
  };
}

export function queryFromState(state: CasesState): Record<string, string> {
  const query: Record<string, string> = { view: state.view };
  if (state.status) query.status = state.status;
  if (state.surveyId) query.surveyId = state.surveyId;
  if (state.topicId) query.topicId = state.topicId;
  if (state.minScore !== null) query.minScore = String(state.minScore);
  if (state.maxScore !== null) query.maxScore = String(state.maxScore);
  if (state.assigneeId) query.assigneeId = state.assigneeId;
  if (state.after) query.after = state.after;
  return query;
}

/** Whether the assignee filter applies: "mine" and "unassigned" already say who. */
export function assigneeFilterApplies(view: CaseView): boolean {
  return view !== 'mine' && view !== 'unassigned';
}

export function isFiltered(state: CasesState): boolean {
  return Boolean(state.status || state.surveyId || state.topicId || state.minScore !== null
    || state.maxScore !== null || (state.assigneeId && assigneeFilterApplies(state.view)));
}

/** The API's filter for the view and filters; null when the view cannot apply (my team without a team,
 * mine without a user). */
export function filterOf(state: CasesState, viewer: Viewer): CaseFilter | null {
  const filter: CaseFilter = {};
  if (state.view === 'mine') {
    if (!viewer.userId) return null;
    filter.assigneeId = viewer.userId;
  } else if (state.view === 'team') {
    if (!viewer.teamId) return null;
    filter.teamId = viewer.teamId;
  } else if (state.view === 'unassigned') {
    filter.unassigned = true;
  } else if (state.view === 'breached') {
    filter.breached = true;
  } else if (state.view === 'warnings') {
    filter.accountWarning = true;
  }
  if (state.assigneeId && assigneeFilterApplies(state.view)) filter.assigneeId = state.assigneeId;
  if (state.status) filter.status = state.status;
  if (state.surveyId) filter.surveyId = state.surveyId;
  if (state.topicId) filter.topicId = state.topicId;
  if (state.minScore !== null) filter.minScore = state.minScore;
  if (state.maxScore !== null) filter.maxScore = state.maxScore;
  return filter;
}

/** Whether a case (from the live stream) belongs in the list the filter asks for: a new case is added
 * to the first page only when it does. The topic matches on the response's topic (the root cause, which
 * the API's filter also takes, is set only when resolving: such a case is already in the list or not new). */
export function matches(row: CaseRowFragment, filter: CaseFilter | null): boolean {
  if (!filter) return false;
  if (filter.assigneeId && row.assignee?.id !== filter.assigneeId) return false;
  if (filter.unassigned === true && row.assignee) return false;
  if (filter.teamId && row.team?.id !== filter.teamId) return false;
  if (filter.breached === true && !row.breached) return false;
  if (filter.status && row.status !== filter.status) return false;
  if (filter.accountWarning != null && (row.response === null) !== filter.accountWarning) return false;
  if (filter.reason && row.reason !== filter.reason) return false;
  if (filter.surveyId && row.response?.survey.id !== filter.surveyId) return false;
  if (filter.topicId && row.response?.analysis?.topic?.id !== filter.topicId) return false;
  const s = row.response?.score ?? null;
  if (filter.minScore != null && (s === null || s < filter.minScore)) return false;
  if (filter.maxScore != null && (s === null || s > filter.maxScore)) return false;
  return true;
}

/** The list after a live change: a known case replaced in place; a new one that matches put first (on
 * the first page only; later pages keep their place). Returns null when nothing changes. */
export function applyLive(rows: CaseRowFragment[], row: CaseRowFragment, filter: CaseFilter | null, firstPage: boolean):
  { rows: CaseRowFragment[]; added: boolean } | null {
  const at = rows.findIndex((r) => r.id === row.id);
  if (at >= 0) return { rows: rows.map((r, i) => (i === at ? row : r)), added: false };
  if (!firstPage || !matches(row, filter)) return null;
  return { rows: [row, ...rows], added: true };
}
