// The case inbox's state in its URL. The view and each filter sit under their GraphQL names:
//   ?view=mine|team|unassigned|breached|warnings|all   (warnings: accounts' early warnings' cases)
//   &status=OPEN|ANY|IN_PROGRESS…                  (OPEN: the statuses still to be worked; ANY: every status)
//   &order=urgency|newest                          (urgency: breached first, then the nearest SLA deadline)
//   &surveyId=<Survey id>&topicId=<Topic id>&minScore=0&maxScore=6&assigneeId=<User id>
//   &after=<cursor>                               (the page: the cursor the list starts after)
// A URL opened with them shows that view. What a URL leaves out follows the role (inboxDefaults): an agent
// starts on their own open cases, the most urgent first; admins, analysts and viewers on every case, the
// newest first (they watch the inflow and the team's work; the breached view and the urgency order are a
// click away). Values that cannot be valid (unknown names, scores outside 0..10, oversized ids) are ignored.
import type { CaseFilter, CaseOrder, CaseRowFragment, CaseStatus } from '../graphql/generated';
import { first } from './period';
import { MAX_ID, textParam as text } from './scopeQuery';

export const VIEWS = ['mine', 'team', 'unassigned', 'breached', 'warnings', 'all'] as const;
export type CaseView = (typeof VIEWS)[number];
export const STATUSES: readonly CaseStatus[] = [
  'NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'RESOLVED', 'CLOSED', 'CANCELLED'];
export const OPEN_STATUSES: readonly CaseStatus[] = ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_CUSTOMER'];
/** The status filter: one status, or OPEN (any status still to be worked); null: any status (ANY in the URL). */
export type StatusChoice = CaseStatus | 'OPEN';
export const STATUS_CHOICES: readonly StatusChoice[] = ['OPEN', ...STATUSES];
export const ORDERS = ['urgency', 'newest'] as const;
export type InboxOrder = (typeof ORDERS)[number];
export const API_ORDER: Record<InboxOrder, CaseOrder> = { urgency: 'URGENCY', newest: 'NEWEST' };

export interface CasesState {
  view: CaseView;
  status: StatusChoice | null;
  order: InboxOrder;
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

/** What the inbox shows where its URL says nothing. */
export interface InboxDefaults {
  view: CaseView;
  status: StatusChoice | null;
  order: InboxOrder;
}

export function inboxDefaults(role: string | null | undefined): InboxDefaults {
  return role === 'AGENT'
    ? { view: 'mine', status: 'OPEN', order: 'urgency' }
    : { view: defaultView(role), status: null, order: 'newest' };
}

const OTHERS = inboxDefaults(null);

function statusOf(value: unknown, fallback: StatusChoice | null): StatusChoice | null {
  if (first(value) === 'ANY') return null;
  return oneOf(value, STATUS_CHOICES) ?? fallback;
}

/** The state a URL asks for; `defaults` (the role's, or a view alone) fill in what it leaves out. */
export function stateFromQuery(query: Query, defaults: InboxDefaults | CaseView = OTHERS): CasesState {
  const d = typeof defaults === 'string' ? { ...OTHERS, view: defaults } : defaults;
  return {
    view: oneOf(query.view, VIEWS) ?? d.view,
    status: statusOf(query.status, d.status),
    order: oneOf(query.order, ORDERS) ?? d.order,
    surveyId: text(query.surveyId, MAX_ID),
    topicId: text(query.topicId, MAX_ID),
    minScore: score(query.minScore),
    maxScore: score(query.maxScore),
    assigneeId: text(query.assigneeId, MAX_ID),
    after: text(query.after, 400),
  };
}

/** The URL of a state: the view always, the status and order where they differ from the role's defaults. */
export function queryFromState(state: CasesState, defaults: InboxDefaults = OTHERS): Record<string, string> {
  const query: Record<string, string> = { view: state.view };
  if (state.status !== defaults.status) query.status = state.status ?? 'ANY';
  if (state.order !== defaults.order) query.order = state.order;
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

/** Whether filters narrow the list beyond what the role starts with (clearing them goes back to that). */
export function isFiltered(state: CasesState, defaults: InboxDefaults = OTHERS): boolean {
  return Boolean(state.status !== defaults.status || state.surveyId || state.topicId || state.minScore !== null
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
  if (state.status === 'OPEN') filter.open = true;
  else if (state.status) filter.status = state.status;
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
  if (filter.open != null && OPEN_STATUSES.includes(row.status) !== filter.open) return false;
  if (filter.accountWarning != null && (row.response === null) !== filter.accountWarning) return false;
  if (filter.reason && row.reason !== filter.reason) return false;
  if (filter.surveyId && row.response?.survey.id !== filter.surveyId) return false;
  if (filter.topicId && row.response?.analysis?.topic?.id !== filter.topicId) return false;
  const s = row.response?.score ?? null;
  if (filter.minScore != null && (s === null || s < filter.minScore)) return false;
  if (filter.maxScore != null && (s === null || s > filter.maxScore)) return false;
  return true;
}

type UrgencyRow = Pick<CaseRowFragment, 'status' | 'paused' | 'breached' | 'firstContactDueAt' | 'firstContactedAt'
  | 'resolveDueAt'>;

/** A row's place in the urgency order, as the API sorts (actions/case_reads.py): the tier (0 breached with a
 * running clock, 1 other running clocks, 2 waiting on the customer, 3 finished), then the deadline that runs
 * (first contact's until the first contact, then resolution's). A paused case's key is its due time here (the
 * API's, the time left when it paused, needs the pause's start, which a row does not carry). */
export function urgencyOf(r: UrgencyRow): [number, number] {
  if (!OPEN_STATUSES.includes(r.status)) return [3, 0];
  const due = !r.firstContactedAt && r.firstContactDueAt ? r.firstContactDueAt : r.resolveDueAt;
  const key = due ? Date.parse(due) : Number.MAX_SAFE_INTEGER;
  return [r.paused ? 2 : r.breached ? 0 : 1, key];
}

function beforeInUrgency(a: UrgencyRow, b: UrgencyRow): boolean {
  const [ta, ka] = urgencyOf(a);
  const [tb, kb] = urgencyOf(b);
  return ta < tb || (ta === tb && ka <= kb); // equal keys: the newer (a live arrival) first
}

/** Where a live change leaves this page's rows: a known case replaced in place; a new one that matches put
 * where the order puts it: first when the newest come first (on the first page only), else before the first
 * row that is less urgent (at the end only when no page follows). Returns null when nothing changes. */
export function applyLive(rows: CaseRowFragment[], row: CaseRowFragment, filter: CaseFilter | null, firstPage: boolean,
  order: InboxOrder = 'newest', hasNext = false): { rows: CaseRowFragment[]; added: boolean } | null {
  const at = rows.findIndex((r) => r.id === row.id);
  if (at >= 0) return { rows: rows.map((r, i) => (i === at ? row : r)), added: false };
  if (!matches(row, filter)) return null;
  if (order === 'newest') return firstPage ? { rows: [row, ...rows], added: true } : null;
  const place = rows.findIndex((r) => beforeInUrgency(row, r));
  const index = place < 0 ? rows.length : place;
  if ((index === 0 && !firstPage) || (index === rows.length && hasNext)) return null; // another page's
  return { rows: [...rows.slice(0, index), row, ...rows.slice(index)], added: true };
}
