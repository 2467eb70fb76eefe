// The improvement-action board's rules, mirroring actions/improvements.py: its columns, the moves the
// API allows from each status (TRANSITIONS), which targets a card offers, when a card is overdue, and the
// board's filters in its URL (?owner=<user id>&topic=<topic id>&priority=1..5). The API still decides:
// a refused move comes back as a typed error, which the board shows.
import type { ActionStatus } from '../graphql/generated';
import { textParam, MAX_ID } from './scopeQuery';

/** The board's columns, in the order work flows through them. */
export const COLUMNS: readonly ActionStatus[] = [
  'PROPOSED', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'ON_HOLD', 'SHIPPED', 'VERIFYING',
  'CLOSED_EFFECTIVE', 'CLOSED_INEFFECTIVE', 'DECLINED', 'DUPLICATE',
];

export const TRANSITIONS: Readonly<Record<ActionStatus, readonly ActionStatus[]>> = {
  PROPOSED: ['UNDER_REVIEW'],
  UNDER_REVIEW: ['PLANNED', 'DECLINED', 'DUPLICATE'],
  PLANNED: ['IN_PROGRESS'],
  DECLINED: [],
  DUPLICATE: [],
  IN_PROGRESS: ['ON_HOLD', 'SHIPPED'],
  ON_HOLD: ['IN_PROGRESS'],
  SHIPPED: ['VERIFYING'],
  VERIFYING: ['CLOSED_EFFECTIVE', 'CLOSED_INEFFECTIVE'],
  CLOSED_EFFECTIVE: [],
  CLOSED_INEFFECTIVE: ['IN_PROGRESS'], // reopen
};

export const CLOSING: readonly ActionStatus[] = ['CLOSED_EFFECTIVE', 'CLOSED_INEFFECTIVE'];

/**
 * The targets a card offers. DUPLICATE needs the action it is merged into, which a card cannot name,
 * so it is left to the action's page.
 */
export function allowedTargets(status: ActionStatus, { duplicate = false } = {}): ActionStatus[] {
  return TRANSITIONS[status].filter((to) => duplicate || to !== 'DUPLICATE');
}

export function canMove(from: ActionStatus, to: ActionStatus): boolean {
  return from !== to && allowedTargets(from).includes(to);
}

/** Statuses in which the work is still to be done: only there can a due date be missed. */
const UNFINISHED: readonly ActionStatus[] = ['PROPOSED', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'ON_HOLD'];

export function isOverdue(action: { status: ActionStatus; dueAt?: string | null }, now: Date = new Date()): boolean {
  if (!action.dueAt || !UNFINISHED.includes(action.status)) return false;
  return Date.parse(action.dueAt) < now.getTime();
}

export interface BoardState {
  owner: string | null;
  topic: string | null;
  priority: number | null; // 1..5: only cards of that priority
}

export function boardFromQuery(query: Record<string, unknown>): BoardState {
  const priority = Number(textParam(query.priority, 1));
  return {
    owner: textParam(query.owner, MAX_ID),
    topic: textParam(query.topic, MAX_ID),
    priority: Number.isInteger(priority) && priority >= 1 && priority <= 5 ? priority : null,
  };
}

export function queryFromBoard(state: BoardState): Record<string, string> {
  const query: Record<string, string> = {};
  if (state.owner) query.owner = state.owner;
  if (state.topic) query.topic = state.topic;
  if (state.priority) query.priority = String(state.priority);
  return query;
}

/** The API's filter for the board (priority is applied to the cards, the API has no such filter). */
export function apiFilter(state: BoardState): { ownerId?: string; topicId?: string } | null {
  const filter: { ownerId?: string; topicId?: string } = {};
  if (state.owner) filter.ownerId = state.owner;
  if (state.topic) filter.topicId = state.topic;
  return Object.keys(filter).length ? filter : null;
}

/** Cards per column, each column by priority (1 first), then due date (soonest first, none last). */
export function columnsOf<T extends { status: ActionStatus; priority: number; dueAt?: string | null }>(
  cards: readonly T[], priority: number | null = null,
): Record<ActionStatus, T[]> {
  const out = Object.fromEntries(COLUMNS.map((s) => [s, [] as T[]])) as Record<ActionStatus, T[]>;
  for (const card of cards) if (priority === null || card.priority === priority) out[card.status].push(card);
  const due = (c: T) => (c.dueAt ? Date.parse(c.dueAt) : Number.POSITIVE_INFINITY);
  for (const s of COLUMNS) out[s].sort((a, b) => a.priority - b.priority || due(a) - due(b));
  return out;
}

/** A 95 % interval of a share (normal approximation, clipped to 0..1); null without a denominator. */
export function shareInterval(comments: number, analysed: number): [number, number] | null {
  if (!analysed) return null;
  const p = comments / analysed;
  const half = 1.96 * Math.sqrt((p * (1 - p)) / analysed);
  return [Math.max(0, p - half), Math.min(1, p + half)];
}

/** A p-value as people read it: "< 0.001" below a thousandth, else three decimals. */
export function pValueText(p: number): string {
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

/** A due date picked as a day: the last second of that day in the organisation's zone. */
export function dueAtOf(day: string, midnightOf: (date: string) => string, nextDay: (date: string) => string): string {
  return new Date(Date.parse(midnightOf(nextDay(day))) - 1000).toISOString();
}
