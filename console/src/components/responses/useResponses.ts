// Loads what the responses page shows: one page of the filtered list (and, when it is empty, whether
// the organisation has any answer at all), the choices its filters offer (topics, segment attributes
// and their values), and the response open in the detail panel. Newer requests cancel older ones.
import { isApiError } from '../../api/errors';
import { request } from '../../api/graphql';
import {
  ResponseDetailDocument, ResponsesAnyDocument, ResponsesAttributeValuesDocument, ResponsesFilterOptionsDocument,
  ResponsesListDocument, type ResponseDetailQuery, type ResponsesListQuery,
} from '../../graphql/generated';
import { load, part } from '../../lib/loading';
import { variablesOf, windowOfPeriod, type FilterState } from '../../lib/responsesQuery';

export const PAGE_SIZE = 20;

export type ResponseRow = ResponsesListQuery['responses']['edges'][number]['node'];
export type ResponseFull = Extract<NonNullable<ResponseDetailQuery['node']>, { __typename: 'Response' }>;

export interface ListData {
  rows: ResponseRow[];
  total: number;
  hasNext: boolean;
  endCursor: string | null;
  anyAtAll: boolean; // the organisation has answers (false: the "how to collect" empty state)
}

export interface Options {
  topics: { id: string; label: string }[];
  attributes: { name: string; responses: number }[];
  systemResponses: number; // the re-survey's answers in the period, which the list has and the overview leaves out
}

export function useResponses() {
  const list = part<ListData>();
  const options = part<Options>();
  const values = part<{ value: string; responses: number }[]>();
  const detail = part<ResponseFull | 'not-found'>();
  const controllers: Record<string, AbortController | undefined> = {};

  function fresh(name: string): AbortSignal {
    controllers[name]?.abort();
    controllers[name] = new AbortController();
    return controllers[name]!.signal;
  }

  async function loadList(state: FilterState, timeZone: string, after: string | null): Promise<void> {
    const signal = fresh('list');
    await load(list, async () => {
      const data = await request(ResponsesListDocument, { ...variablesOf(state, timeZone), first: PAGE_SIZE, after },
        { signal });
      const page = data.responses;
      // Only an empty list asks whether there is anything at all (one more small request).
      const anyAtAll = page.totalCount > 0 || (await request(ResponsesAnyDocument, {}, { signal })).responses.totalCount > 0;
      return { rows: page.edges.map((e) => e.node), total: page.totalCount, hasNext: page.pageInfo.hasNextPage,
        endCursor: page.pageInfo.endCursor, anyAtAll };
    }, signal);
  }

  async function loadOptions(state: FilterState, timeZone: string): Promise<void> {
    const signal = fresh('options');
    await load(options, async () => {
      const data = await request(ResponsesFilterOptionsDocument,
        { surveyId: state.survey, ...windowOfPeriod(state.period, timeZone) }, { signal });
      return { topics: data.topics.edges.map((e) => e.node), attributes: data.metrics.attributes,
        systemResponses: data.metrics.systemResponses };
    }, signal);
  }

  async function loadValues(state: FilterState, timeZone: string, attribute: string): Promise<void> {
    const signal = fresh('values');
    if (!attribute) {
      values.value = { data: [], loading: false, error: null };
      return;
    }
    await load(values, async () => (await request(ResponsesAttributeValuesDocument,
      { surveyId: state.survey, ...windowOfPeriod(state.period, timeZone), attribute }, { signal })).metrics.segments,
    signal);
  }

  async function loadDetail(id: string | null): Promise<void> {
    const signal = fresh('detail');
    if (!id) {
      detail.value = { data: null, loading: false, error: null };
      return;
    }
    detail.value = { data: null, loading: true, error: null };
    await load(detail, async () => {
      try {
        const node = (await request(ResponseDetailDocument, { id }, { signal })).node;
        // Another organisation's id, a deleted answer or an id of something else: all "not found".
        return node?.__typename === 'Response' ? node : 'not-found';
      } catch (e) {
        if (isApiError(e, 'NOT_FOUND')) return 'not-found';
        throw e;
      }
    }, signal);
  }

  function stop(): void {
    for (const c of Object.values(controllers)) c?.abort();
  }

  return { list, options, values, detail, loadList, loadOptions, loadValues, loadDetail, stop };
}
