// Loads what the overview shows for one survey and period: the figures (with the previous period),
// the topics, and NPS per value of the chosen segment attribute. Newer requests cancel older ones.
import { ref } from 'vue';
import { request } from '../../api/graphql';
import {
  OverviewAccountSegmentsDocument, OverviewFiguresDocument, OverviewSegmentsDocument,
  OverviewTopicsDocument, type AccountDimension, type OverviewFiguresQuery, type OverviewSegmentsQuery, type OverviewTopicsQuery,
} from '../../graphql/generated';
import { load, part } from '../../lib/loading';
import type { Window } from '../../lib/period';

export type Figures = OverviewFiguresQuery;
export type TopicNode = OverviewTopicsQuery['topics']['edges'][number]['node'];
export type SegmentRow = OverviewSegmentsQuery['metrics']['segments'][number];

/** The segment picker's choice of NPS per journey touchpoint (Survey.touchpoint): never an attribute's
 * name, which the API refuses to hold quotes. Its rows' value is the touchpoint, '' for surveys without. */
export const TOUCHPOINT = '"touchpoint"';

/** The picker's choices of NPS per account plan, industry or health band (Metrics.accountSegments), quoted
 * as TOUCHPOINT is. Their rows' value is the plan, industry or band, '' for accounts without one. */
export const ACCOUNT_CHOICES: Record<string, AccountDimension> = {
  '"plan"': 'PLAN', '"industry"': 'INDUSTRY', '"band"': 'BAND',
};

/** Where a choice's values come from: the respondent's attributes (Metrics.attributes: keys the host
 * defines), the survey (its touchpoint), or the respondent's account (Metrics.accountSegments). */
export type SegmentSource = 'respondent' | 'survey' | 'account';
export interface SegmentChoice { name: string; responses: number | null; source: SegmentSource }

/** What the segment picker offers: the answers' attributes, then the touchpoints when a survey has one,
 * then the account's plan, industry and band when the organisation has accounts (no count: each is
 * counted only when chosen). */
export function segmentChoices(figures: Figures | null): SegmentChoice[] {
  if (!figures) return [];
  const touched = figures.current.touchpoints.filter((tp) => tp.touchpoint !== null);
  const choices: SegmentChoice[] = figures.current.attributes.map((a) => ({ name: a.name, responses: a.responses, source: 'respondent' }));
  if (touched.length) choices.push({ name: TOUCHPOINT, responses: touched.reduce((n, tp) => n + tp.responses, 0), source: 'survey' });
  if (figures.accounts.totalCount) {
    choices.push(...Object.keys(ACCOUNT_CHOICES).map((name): SegmentChoice => ({ name, responses: null, source: 'account' })));
  }
  return choices;
}

export function useOverview() {
  const figures = part<Figures>();
  const topics = part<TopicNode[]>();
  const segments = part<SegmentRow[]>();
  const attribute = ref<string | null>(null);
  let controller: AbortController | null = null;
  let segmentController: AbortController | null = null;

  /** Everything for the survey (null: all surveys) and window; the segment attribute follows. */
  async function loadAll(survey: string | null, window: Window, wantedSegment: string | null): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    const base = { surveyId: survey, from: window.from, to: window.to };
    const loadingFigures = load(figures, () => request(OverviewFiguresDocument,
      { ...base, previousFrom: window.previousFrom, interval: window.interval }, { signal }), signal);
    const loadingTopics = load(topics, async () => (await request(OverviewTopicsDocument, base, { signal }))
      .topics.edges.map((e) => e.node), signal);
    await loadingFigures;
    if (signal.aborted) return;
    const names = segmentChoices(figures.value.data).map((a) => a.name);
    attribute.value = wantedSegment && names.includes(wantedSegment) ? wantedSegment : names[0] ?? null;
    await Promise.all([loadSegments(survey, window), loadingTopics]);
  }

  async function loadSegments(survey: string | null, window: Window): Promise<void> {
    segmentController?.abort();
    segmentController = new AbortController();
    const { signal } = segmentController;
    const name = attribute.value;
    if (!name) {
      segments.value = { data: [], loading: false, error: null };
      return;
    }
    if (name === TOUCHPOINT) { // already in the figures: no request
      const rows = figures.value.data?.current.touchpoints ?? [];
      segments.value = { data: rows.map((tp) => ({ value: tp.touchpoint ?? '', responses: tp.responses, nps: tp.nps ?? null })),
        loading: false, error: null };
      return;
    }
    const by = ACCOUNT_CHOICES[name];
    if (by) {
      await load(segments, async () => (await request(OverviewAccountSegmentsDocument,
        { surveyId: survey, from: window.from, to: window.to, by }, { signal })).metrics.accountSegments
        .map((g) => ({ ...g, value: g.value ?? '' })), signal);
      return;
    }
    await load(segments, async () => (await request(OverviewSegmentsDocument,
      { surveyId: survey, from: window.from, to: window.to, attribute: name }, { signal })).metrics.segments, signal);
  }

  function stop(): void {
    controller?.abort();
    segmentController?.abort();
  }

  return { figures, topics, segments, attribute, loadAll, loadSegments, stop };
}

/** Topics that move NPS most: the largest impact either way, strongest first. */
export function byImpact(nodes: TopicNode[], limit = 6): TopicNode[] {
  return nodes.filter((n) => n.npsImpact !== null && n.npsImpact !== undefined)
    .sort((a, b) => Math.abs(b.npsImpact!) - Math.abs(a.npsImpact!) || b.size - a.size)
    .slice(0, limit);
}

export function emerging(nodes: TopicNode[], limit = 6): TopicNode[] {
  return nodes.filter((n) => n.emerging).sort((a, b) => b.share - a.share).slice(0, limit);
}
