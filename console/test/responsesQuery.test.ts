import { expect, test } from 'vitest';
import {
  exportSearch, filterOf, isFiltered, queryFromState, stateFromQuery, variablesOf, type ResponsesState,
} from '../src/lib/responsesQuery';

const NOW = new Date('2026-11-25T02:00:00Z');
const ZONE = 'Asia/Shanghai';

const FULL: ResponsesState = {
  survey: 'U3VydmV5OjE=',
  period: { from: '2026-10-01', to: '2026-10-31' },
  channel: 'WIDGET',
  npsCategory: 'DETRACTOR',
  minScore: 0,
  maxScore: 6,
  hasComment: true,
  topicId: 'VG9waWM6Mw==',
  sentiment: 'NEGATIVE',
  search: '配送 慢',
  attributes: { city: '上海', plan: 'pro' },
  after: 'MjAyNi0xMC0zMHwxMg',
  response: 'UmVzcG9uc2U6MTI=',
};

test('every filter sits in the URL under its GraphQL name, and the URL gives back exactly that view', () => {
  const query = queryFromState(FULL, ZONE, NOW);
  expect(query).toEqual({
    survey: 'U3VydmV5OjE=', from: '2026-10-01', to: '2026-10-31', channel: 'WIDGET', npsCategory: 'DETRACTOR',
    minScore: '0', maxScore: '6', hasComment: 'true', topicId: 'VG9waWM6Mw==', sentiment: 'NEGATIVE',
    search: '配送 慢', 'attributes.city': '上海', 'attributes.plan': 'pro', after: 'MjAyNi0xMC0zMHwxMg',
    response: 'UmVzcG9uc2U6MTI=',
  });
  expect(stateFromQuery(query, ZONE, NOW)).toEqual(FULL);
  // What vue-router hands over (a string per key) reads the same as a browser's URLSearchParams.
  const url = new URLSearchParams(query).toString();
  expect(stateFromQuery(Object.fromEntries(new URLSearchParams(url)), ZONE, NOW)).toEqual(FULL);
});

test('the default view keeps the URL clean; false and zero are kept', () => {
  const state = stateFromQuery({}, ZONE, NOW);
  expect(state).toMatchObject({ survey: null, period: { from: '2026-10-27', to: '2026-11-25' }, channel: null,
    minScore: null, hasComment: null, attributes: {}, after: null, response: null });
  expect(queryFromState(state, ZONE, NOW)).toEqual({});
  expect(isFiltered(state, ZONE, NOW)).toBe(false);
  const some = { ...state, hasComment: false, minScore: 0 };
  expect(queryFromState(some, ZONE, NOW)).toEqual({ hasComment: 'false', minScore: '0' });
  expect(isFiltered(some, ZONE, NOW)).toBe(true);
  expect(isFiltered({ ...state, period: { from: '2026-11-19', to: '2026-11-25' } }, ZONE, NOW)).toBe(true);
});

test('values that cannot be valid are ignored; enum names are read in any case', () => {
  const state = stateFromQuery({
    channel: 'carrier-pigeon', npsCategory: 'detractor', sentiment: 'Positive', minScore: '11', maxScore: '-1',
    hasComment: 'maybe', search: '   ', survey: 'x'.repeat(201), topicId: ['VG9waWM6Mw==', 'other'],
    from: '2026-02-30', to: '2026-03-01',
  }, ZONE, NOW);
  expect(state).toMatchObject({ channel: null, npsCategory: 'DETRACTOR', sentiment: 'POSITIVE', minScore: null,
    maxScore: null, hasComment: null, search: null, survey: null, topicId: 'VG9waWM6Mw==' });
  expect(state.period).toEqual({ from: '2026-10-27', to: '2026-11-25' }); // an impossible date: the default
  expect(stateFromQuery({ minScore: '2.5', maxScore: '1e1' }, ZONE, NOW)).toMatchObject({ minScore: null, maxScore: null });
  expect(stateFromQuery({ search: ' 闪退 ' }, ZONE, NOW).search).toBe('闪退');
});

test('segment attributes: one parameter each, sorted, at most ten, names the API can address', () => {
  const query: Record<string, string> = { 'attributes.plan': 'pro', 'attributes.a"b': 'x', 'attributes.': 'y',
    'attributes.city': '', attributesplan: 'z' };
  for (let i = 0; i < 12; i += 1) query[`attributes.k${String(i).padStart(2, '0')}`] = String(i);
  const { attributes } = stateFromQuery(query, ZONE, NOW);
  expect(Object.keys(attributes)).toEqual(['k00', 'k01', 'k02', 'k03', 'k04', 'k05', 'k06', 'k07', 'k08', 'k09']);
  expect(stateFromQuery({ 'attributes.plan': 'pro', 'attributes.地区': '华东' }, ZONE, NOW).attributes)
    .toEqual({ plan: 'pro', 地区: '华东' });
});

test('the API gets the window of whole local days and only the filters that are set', () => {
  const vars = variablesOf(FULL, ZONE);
  expect(vars).toEqual({
    surveyId: 'U3VydmV5OjE=', from: '2026-09-30T16:00:00.000Z', to: '2026-10-31T16:00:00.000Z',
    filter: { channel: 'WIDGET', npsCategory: 'DETRACTOR', minScore: 0, maxScore: 6, hasComment: true,
      topicId: 'VG9waWM6Mw==', sentiment: 'NEGATIVE', search: '配送 慢', attributes: { city: '上海', plan: 'pro' } },
  });
  expect(filterOf(stateFromQuery({ hasComment: 'false' }, ZONE, NOW))).toEqual({ hasComment: false });
  expect(variablesOf(stateFromQuery({}, ZONE, NOW), ZONE).surveyId).toBeNull();
});

test('the export asks for the same survey, window and filter under the export’s parameter names', () => {
  const params = new URLSearchParams(exportSearch(FULL, ZONE));
  expect(Object.fromEntries(params)).toEqual({
    surveyId: 'U3VydmV5OjE=', from: '2026-09-30T16:00:00.000Z', to: '2026-10-31T16:00:00.000Z', channel: 'WIDGET',
    npsCategory: 'DETRACTOR', minScore: '0', maxScore: '6', hasComment: 'true', topicId: 'VG9waWM6Mw==',
    sentiment: 'NEGATIVE', search: '配送 慢', attributes: '{"city":"上海","plan":"pro"}',
  });
  // Neither the page nor the open answer narrows an export.
  expect(params.has('after') || params.has('response')).toBe(false);
});
