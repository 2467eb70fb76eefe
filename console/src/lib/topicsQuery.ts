// The topic list's state in its URL: ?survey=<GraphQL id>&from=YYYY-MM-DD&to=YYYY-MM-DD&band=<HealthBand>&plan=<text>
// &sort=<key>&order=asc|desc, and the list's order. A URL opened with them shows exactly that view; defaults are left out of the URL.
import { accountFilterFromQuery, queryFromAccountFilter, type AccountFilter } from './accountFilter';
import { first } from './period';
import { queryFromScope, scopeFromQuery, type Scope } from './scopeQuery';

export const SORT_KEYS = ['label', 'size', 'nps', 'npsImpact', 'negative', 'growth'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Order = 'asc' | 'desc';

export interface TopicsState extends Scope, AccountFilter {
  sort: SortKey;
  order: Order;
}

/** What the list sorts on: a topic row as the API gives it (trend optional). */
export interface SortableTopic {
  label: string;
  size: number;
  share: number;
  nps?: number | null;
  npsImpact?: number | null;
  sentiment: { negative: number };
  trend?: { count: number; partial: boolean }[];
}

export const DEFAULT_SORT: SortKey = 'size';

/** The order a column starts in when first chosen: names A→Z, figures largest first. */
export function defaultOrder(key: SortKey): Order {
  return key === 'label' ? 'asc' : 'desc';
}

export function stateFromQuery(query: Record<string, unknown>, timeZone: string, now: Date = new Date()): TopicsState {
  const key = first(query.sort);
  const sort = (SORT_KEYS as readonly unknown[]).includes(key) ? (key as SortKey) : DEFAULT_SORT;
  const order = first(query.order);
  return {
    ...scopeFromQuery(query, timeZone, now),
    ...accountFilterFromQuery(query),
    sort,
    order: order === 'asc' || order === 'desc' ? order : defaultOrder(sort),
  };
}

export function queryFromState(state: TopicsState, timeZone: string, now: Date = new Date()): Record<string, string> {
  const query = { ...queryFromScope(state, timeZone, now), ...queryFromAccountFilter(state) };
  if (state.sort !== DEFAULT_SORT || state.order !== defaultOrder(state.sort)) query.sort = state.sort;
  if (state.order !== defaultOrder(state.sort)) query.order = state.order;
  return query;
}

/** Clicking a column: the same column flips its order, another starts in its own default order. */
export function nextSort(state: Pick<TopicsState, 'sort' | 'order'>, key: SortKey): { sort: SortKey; order: Order } {
  if (state.sort === key) return { sort: key, order: state.order === 'asc' ? 'desc' : 'asc' };
  return { sort: key, order: defaultOrder(key) };
}

/**
 * Growth over the window: comments in the later half of the trend's whole buckets minus the earlier
 * half's, as a fraction of the topic's comments (a partial bucket is not comparable, so it is left out).
 */
export function growth(trend: { count: number; partial: boolean }[] | undefined): number | null {
  const whole = (trend ?? []).filter((p) => !p.partial).map((p) => p.count);
  if (whole.length < 2) return null;
  const half = Math.floor(whole.length / 2);
  const early = whole.slice(0, half).reduce((a, b) => a + b, 0);
  const late = whole.slice(whole.length - half).reduce((a, b) => a + b, 0);
  const total = early + late;
  return total ? (late - early) / total : null;
}

function valueOf(topic: SortableTopic, key: Exclude<SortKey, 'label'>): number | null {
  switch (key) {
    case 'size': return topic.size;
    case 'nps': return topic.nps ?? null;
    case 'npsImpact': return topic.npsImpact ?? null;
    case 'negative': return topic.size ? topic.sentiment.negative : null;
    case 'growth': return growth(topic.trend);
  }
}

/** The topics in the chosen order; topics without the figure (no NPS answers ...) last either way. */
export function sortTopics<T extends SortableTopic>(topics: readonly T[], sort: SortKey, order: Order, locale = 'zh-CN'): T[] {
  const sign = order === 'asc' ? 1 : -1;
  const collator = new Intl.Collator(locale);
  return [...topics].sort((a, b) => {
    if (sort === 'label') return sign * collator.compare(a.label, b.label);
    const x = valueOf(a, sort);
    const y = valueOf(b, sort);
    if (x === null || y === null) return x === y ? b.size - a.size : x === null ? 1 : -1;
    return sign * (x - y) || b.size - a.size || collator.compare(a.label, b.label);
  });
}
