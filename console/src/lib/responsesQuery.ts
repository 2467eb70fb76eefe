// The responses page's state in its URL. Each filter sits under its GraphQL name:
//   ?survey=<Survey id>&from=YYYY-MM-DD&to=YYYY-MM-DD&channel=WIDGET&npsCategory=DETRACTOR
//   &minScore=0&maxScore=6&hasComment=true&topicId=<Topic id>&sentiment=NEGATIVE&search=<text>
//   &attributes.plan=pro&attributes.city=上海      (one parameter per segment attribute: readable, and
//                                                   each can be added or removed on its own)
//   &after=<cursor>                                 (the page: the cursor the list starts after)
//   &response=<Response id>                         (the response open in the detail panel)
// A URL opened with them shows exactly that view; defaults are left out, and values that cannot be
// valid (unknown enum names, scores outside 0..10, oversized text) are ignored.
import type { Channel, NpsCategory, ResponseFilter, Sentiment } from '../graphql/generated';
import { addDays, first, midnight, type Period } from './period';
import { MAX_ID, isDefaultPeriod, queryFromScope, scopeFromQuery, textParam as text, type Scope } from './scopeQuery';

export const CHANNELS: readonly Channel[] = ['WIDGET', 'LINK', 'EMAIL', 'API', 'IMPORT'];
export const NPS_CATEGORIES: readonly NpsCategory[] = ['PROMOTER', 'PASSIVE', 'DETRACTOR'];
export const SENTIMENTS: readonly Sentiment[] = ['POSITIVE', 'NEUTRAL', 'NEGATIVE'];
export const ATTRIBUTE_PREFIX = 'attributes.';
export const MAX_ATTRIBUTES = 10; // the API's limit (surveys/filters.py)
export const MAX_SEARCH = 200;
export const SCORE_MIN = 0;
export const SCORE_MAX = 10;

export interface ResponsesState extends Scope {
  channel: Channel | null;
  npsCategory: NpsCategory | null;
  minScore: number | null;
  maxScore: number | null;
  hasComment: boolean | null;
  topicId: string | null;
  sentiment: Sentiment | null;
  search: string | null;
  attributes: Record<string, string>;
  after: string | null;
  response: string | null;
}

/** The filters only: what the list, the metrics and the export are asked for. */
export type FilterState = Omit<ResponsesState, 'after' | 'response'>;

type Query = Record<string, unknown>;

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  const v = first(value);
  if (typeof v !== 'string') return null;
  const upper = v.toUpperCase();
  return (allowed as readonly string[]).includes(upper) ? (upper as T) : null;
}

function score(value: unknown): number | null {
  const v = first(value);
  if (typeof v !== 'string' || !/^\d{1,2}$/.test(v)) return null;
  const n = Number(v);
  return n >= SCORE_MIN && n <= SCORE_MAX ? n : null;
}

function flag(value: unknown): boolean | null {
  const v = first(value);
  return v === 'true' ? true : v === 'false' ? false : null;
}

/** A name the API's attribute filter can address: 1-64 characters, no quote or backslash. */
export function isAttributeName(name: string): boolean {
  return name.length > 0 && name.length <= 64 && !name.includes('"') && !name.includes('\\');
}

function attributesOf(query: Query): Record<string, string> {
  const found: [string, string][] = [];
  for (const [key, value] of Object.entries(query)) {
    if (!key.startsWith(ATTRIBUTE_PREFIX)) continue;
    const name = key.slice(ATTRIBUTE_PREFIX.length);
    const v = text(value, MAX_SEARCH);
    if (isAttributeName(name) && v !== null) found.push([name, v]);
  }
  found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(found.slice(0, MAX_ATTRIBUTES));
}

export function stateFromQuery(query: Query, timeZone: string, now: Date = new Date()): ResponsesState {
  return {
    ...scopeFromQuery(query, timeZone, now),
    channel: oneOf(query.channel, CHANNELS),
    npsCategory: oneOf(query.npsCategory, NPS_CATEGORIES),
    minScore: score(query.minScore),
    maxScore: score(query.maxScore),
    hasComment: flag(query.hasComment),
    topicId: text(query.topicId, MAX_ID),
    sentiment: oneOf(query.sentiment, SENTIMENTS),
    search: text(query.search, MAX_SEARCH)?.trim() ?? null,
    attributes: attributesOf(query),
    after: text(query.after, 400),
    response: text(query.response, MAX_ID),
  };
}

export function queryFromState(state: ResponsesState, timeZone: string, now: Date = new Date()): Record<string, string> {
  const query = queryFromScope(state, timeZone, now);
  if (state.channel) query.channel = state.channel;
  if (state.npsCategory) query.npsCategory = state.npsCategory;
  if (state.minScore !== null) query.minScore = String(state.minScore);
  if (state.maxScore !== null) query.maxScore = String(state.maxScore);
  if (state.hasComment !== null) query.hasComment = String(state.hasComment);
  if (state.topicId) query.topicId = state.topicId;
  if (state.sentiment) query.sentiment = state.sentiment;
  if (state.search) query.search = state.search;
  for (const name of Object.keys(state.attributes).sort()) query[ATTRIBUTE_PREFIX + name] = state.attributes[name];
  if (state.after) query.after = state.after;
  if (state.response) query.response = state.response;
  return query;
}

/** Whether anything narrows the list beyond the default period (the "no match" empty state offers to clear it). */
export function isFiltered(state: FilterState, timeZone: string, now: Date = new Date()): boolean {
  return Boolean(state.survey || state.channel || state.npsCategory || state.minScore !== null
    || state.maxScore !== null || state.hasComment !== null || state.topicId || state.sentiment || state.search
    || Object.keys(state.attributes).length || !isDefaultPeriod(state.period, timeZone, now));
}

/** The filters without any: the default period, every survey. */
export function clearedState(timeZone: string, now: Date = new Date()): ResponsesState {
  return stateFromQuery({}, timeZone, now);
}

/** The API's filter: only the fields set. */
export function filterOf(state: FilterState): ResponseFilter {
  const filter: ResponseFilter = {};
  if (state.channel) filter.channel = state.channel;
  if (state.npsCategory) filter.npsCategory = state.npsCategory;
  if (state.minScore !== null) filter.minScore = state.minScore;
  if (state.maxScore !== null) filter.maxScore = state.maxScore;
  if (state.hasComment !== null) filter.hasComment = state.hasComment;
  if (state.topicId) filter.topicId = state.topicId;
  if (state.sentiment) filter.sentiment = state.sentiment;
  if (state.search) filter.search = state.search;
  if (Object.keys(state.attributes).length) filter.attributes = { ...state.attributes };
  return filter;
}

/** The window of the period: local midnights in the organisation's zone (`to`: after its last day). */
export function windowOfPeriod(period: Period, timeZone: string): { from: string; to: string } {
  return { from: midnight(period.from, timeZone), to: midnight(addDays(period.to, 1), timeZone) };
}

/** `responses(surveyId, from, to, filter)` for the state. */
export function variablesOf(state: FilterState, timeZone: string) {
  return { surveyId: state.survey, ...windowOfPeriod(state.period, timeZone), filter: filterOf(state) };
}

/** GET /export/responses.csv's query string for the same survey, window and filter (api/http/export.py
 * reads the parameters as the GraphQL `responses` arguments of the same names; attributes as JSON). */
export function exportSearch(state: FilterState, timeZone: string): string {
  const params = new URLSearchParams();
  if (state.survey) params.set('surveyId', state.survey);
  const window = windowOfPeriod(state.period, timeZone);
  params.set('from', window.from);
  params.set('to', window.to);
  const filter = filterOf(state);
  for (const [name, value] of Object.entries(filter)) {
    params.set(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  return params.toString();
}
