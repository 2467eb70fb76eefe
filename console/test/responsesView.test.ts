// The responses page against a fake API: rows as text, filters into the URL, the detail panel's
// keyboard behaviour, the empty states, "not found" and the export's request.
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { i18n, setLocale } from '../src/i18n';
import ResponsesView from '../src/views/ResponsesView.vue';
import { sessionState } from '../src/stores/session';
import { json } from './support';

const XSS = '<img src=x onerror="window.__xss=1">';
const SURVEY = { id: 'U3VydmV5OjE=', name: 'App NPS', kind: 'NPS' as const, status: 'ACTIVE' as const };

function row(id: string, extra: Record<string, unknown> = {}) {
  return {
    id, score: 3, npsCategory: 'DETRACTOR', comment: XSS, completed: true, channel: 'WIDGET',
    submittedAt: '2026-11-24T16:30:00Z', survey: { id: SURVEY.id, name: SURVEY.name, kind: 'NPS' },
    analysis: { sentiment: -0.8, topic: { id: 'VG9waWM6Mw==', label: '配送 · 慢' } }, ...extra,
  };
}

const DETAIL = {
  __typename: 'Response', ...row('UmVzcG9uc2U6MQ=='), answers: null, locale: 'zh-CN', pageUrl: null, attributes: null,
  survey: { id: SURVEY.id, name: SURVEY.name, kind: 'NPS', questions: { main: { text: '推荐吗？' } } },
  analysis: { normalized: 'x', tokens: ['配送', '慢'], keywords: ['配送'], sentiment: -0.8, topicProbability: 0.7,
    topic: { id: 'VG9waWM6Mw==', label: '配送 · 慢' } },
  respondent: { id: 'UmVzcG9uZGVudDox', externalId: 'u-1', verified: true, attributes: { plan: XSS } },
  case: { id: 'Q2FzZTox', status: 'ASSIGNED', createdAt: '2026-11-24T17:00:00Z', assignee: { id: 'VXNlcjox', name: '小王' } },
};

interface Call { operation: string; variables: Record<string, any>; url: string }
let calls: Call[];
let answers: Record<string, (variables: Record<string, any>) => Response>;

beforeEach(() => {
  calls = [];
  sessionState.started = true;
  sessionState.timezone = 'Asia/Shanghai';
  sessionState.surveys = [SURVEY];
  answers = {
    ResponsesList: () => json(200, { data: { responses: { totalCount: 2, pageInfo: { hasNextPage: true, endCursor: 'c2' },
      edges: [{ node: row('UmVzcG9uc2U6MQ==') }, { node: row('UmVzcG9uc2U6Mg==', { comment: null, analysis: null }) }] } } }),
    ResponsesAny: () => json(200, { data: { responses: { totalCount: 0 } } }),
    ResponsesFilterOptions: () => json(200, { data: { topics: { edges: [{ node: { id: 'VG9waWM6Mw==', label: '配送 · 慢' } }] },
      metrics: { attributes: [{ name: 'plan', responses: 5 }], systemResponses: 3 } } }),
    ResponsesAttributeValues: () => json(200, { data: { metrics: { segments: [{ value: 'pro', responses: 3 }] } } }),
    ResponseDetail: () => json(200, { data: { node: DETAIL } }),
  };
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit = {}) => {
    if (url.startsWith('/export/')) {
      calls.push({ operation: 'export', variables: {}, url });
      return answers.export?.({}) ?? new Response('\ufeff"id"\n', { status: 200, headers: { 'content-type': 'text/csv' } });
    }
    const body = JSON.parse(String(init.body));
    const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '?';
    calls.push({ operation, variables: body.variables, url });
    return answers[operation](body.variables);
  }));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  setLocale('zh-CN');
  document.body.innerHTML = '';
});

async function open(path: string): Promise<{ page: ReturnType<typeof mount>; router: Router }> {
  const router = createRouter({
    history: createMemoryHistory('/app/'),
    routes: [
      { path: '/responses', name: 'responses', component: ResponsesView },
      { path: '/topics/:id', name: 'topic', component: { template: '<p>topic</p>' } },
      { path: '/surveys', component: { template: '<p>surveys</p>' } },
    ],
  });
  await router.push(path);
  await router.isReady();
  const page = mount({ template: '<main id="main" tabindex="-1"><RouterView /></main>' },
    { global: { plugins: [i18n, router] }, attachTo: document.body });
  await flushPromises();
  return { page, router };
}

test('rows show the API’s answers as text, with the filters of the URL sent to the API', async () => {
  const { page } = await open('/responses?channel=WIDGET&attributes.plan=pro&sentiment=NEGATIVE&from=2026-10-01&to=2026-10-31');
  const list = calls.find((c) => c.operation === 'ResponsesList')!;
  expect(list.variables).toMatchObject({ from: '2026-09-30T16:00:00.000Z', to: '2026-10-31T16:00:00.000Z',
    filter: { channel: 'WIDGET', sentiment: 'NEGATIVE', attributes: { plan: 'pro' } }, first: 20, after: null });
  const rows = page.findAll('[data-test="response-row"]');
  expect(rows).toHaveLength(2);
  expect(rows[0].get('[data-test="comment"]').text()).toBe(XSS);
  expect(rows[0].get('[data-test="submitted"]').text()).toBe('2026年11月25日 00:30');
  expect(rows[0].get('[data-test="topic"]').text()).toBe('配送 · 慢');
  expect(rows[0].get('[data-test="sentiment"]').text()).toContain('负面');
  expect(rows[1].get('[data-test="comment"]').text()).toBe('（无评论）');
  expect(document.querySelectorAll('main img')).toHaveLength(0);
  expect(page.get('[data-test="total"]').text()).toBe('共 2 条回答');
  expect(page.get('h1').text()).toBe('反馈');
  // All surveys: the list has the re-survey's answers, which the overview's figures do not count; it says so.
  expect(page.get('[data-test="includes-system"]').text()).toContain('包括系统回访问卷的 3 条回答');
  page.unmount();
});

test('a filter change goes into the URL and reloads the list from the first page', async () => {
  const { page, router } = await open('/responses?after=c1');
  await page.get('[data-test="filter-channel"]').setValue('EMAIL');
  await flushPromises();
  expect(router.currentRoute.value.query).toEqual({ channel: 'EMAIL' });
  expect(calls.filter((c) => c.operation === 'ResponsesList').at(-1)!.variables).toMatchObject({ filter: { channel: 'EMAIL' }, after: null });
  // The lowest score goes into the URL; a highest one below it is refused at the field, and stays there
  // while the first change loads.
  await page.get('[data-test="filter-min-score"]').setValue('7');
  await page.get('[data-test="filter-max-score"]').setValue('3');
  await flushPromises();
  expect(page.text()).toContain('最低分不高于最高分');
  expect(router.currentRoute.value.query).toEqual({ channel: 'EMAIL', minScore: '7' });
  expect((page.get('[data-test="filter-max-score"]').element as HTMLInputElement).value).toBe('3');
  await page.get('[data-test="filter-max-score"]').setValue('');
  await flushPromises();
  expect(page.text()).not.toContain('最低分不高于最高分');
  await page.get('[data-test="filter-attribute-name"]').setValue('plan');
  await page.get('[data-test="filter-attribute-value"]').setValue('pro');
  await page.get('.filters__attributes').trigger('submit');
  await flushPromises();
  expect(router.currentRoute.value.query).toEqual({ channel: 'EMAIL', minScore: '7', 'attributes.plan': 'pro' });
  await page.get('[data-test="next-page"]').trigger('click');
  await flushPromises();
  expect(router.currentRoute.value.query.after).toBe('c2');
  expect(page.get('[data-test="page-number"]').text()).toBe('第 2 页');
  await page.get('[data-test="previous-page"]').trigger('click');
  await flushPromises();
  expect(router.currentRoute.value.query.after).toBeUndefined();
  page.unmount();
});

test('the detail panel shows the analysis, closes on Esc and gives the focus back', async () => {
  const { page, router } = await open('/responses');
  const button = page.get('[data-test="open-response"]');
  (button.element as HTMLElement).focus();
  await button.trigger('click');
  await flushPromises();
  expect(router.currentRoute.value.query.response).toBe('UmVzcG9uc2U6MQ==');
  const panel = page.get('[data-test="detail"]');
  expect(panel.attributes('role')).toBe('dialog');
  expect(document.activeElement?.id).toBe('detail-h');
  expect(panel.get('[data-test="detail-topic-link"]').attributes('href')).toBe('/app/topics/VG9waWM6Mw==');
  expect(panel.get('[data-test="detail-tokens"]').text()).toContain('配送');
  expect(panel.get('[data-test="detail-verified"]').text()).toContain('已验证');
  expect(panel.get('[data-test="detail-attributes"]').text()).toContain(XSS);
  expect(panel.get('[data-test="detail-case-status"]').text()).toBe('已分配');
  expect(panel.get('[data-test="detail-case-assignee"]').text()).toBe('小王');
  expect(panel.get('[data-test="detail-comment"]').text()).toBe(XSS);
  expect(document.querySelectorAll('img')).toHaveLength(0);
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  await flushPromises();
  expect(router.currentRoute.value.query.response).toBeUndefined();
  expect(page.find('[data-test="detail"]').exists()).toBe(false);
  expect(document.activeElement).toBe(button.element);
  page.unmount();
});

test('another organisation’s response is "not found" in the panel', async () => {
  answers.ResponseDetail = () => json(200, { data: { node: null } });
  const { page } = await open('/responses?response=UmVzcG9uc2U6OTk5');
  expect(page.get('[data-test="detail-not-found"]').text()).toContain('找不到这条回答');
  page.unmount();
});

test('a topic the API does not find, or an unknown survey, shows "not found" and nothing else', async () => {
  answers.ResponsesList = () => json(200, { data: null, errors: [{ message: 'no such topic', extensions: { code: 'NOT_FOUND' } }] });
  const { page } = await open('/responses?topicId=VG9waWM6OTk5');
  expect(page.find('[data-test="not-found"]').exists()).toBe(true);
  expect(page.find('[data-test="responses-table"]').exists()).toBe(false);
  page.unmount();
  const { page: other } = await open('/responses?survey=U3VydmV5Ojk5');
  expect(other.find('[data-test="not-found"]').exists()).toBe(true);
  other.unmount();
});

test('empty states: no answers at all says how to collect them; no match offers to clear the filters', async () => {
  answers.ResponsesList = () => json(200, { data: { responses: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } });
  const { page } = await open('/responses');
  expect(page.find('[data-test="empty-none"]').exists()).toBe(true);
  page.unmount();
  answers.ResponsesAny = () => json(200, { data: { responses: { totalCount: 12 } } });
  const { page: filtered, router } = await open('/responses?npsCategory=PASSIVE');
  expect(filtered.find('[data-test="empty-filtered"]').exists()).toBe(true);
  await filtered.get('[data-test="empty-clear"]').trigger('click');
  await flushPromises();
  expect(router.currentRoute.value.query).toEqual({});
  filtered.unmount();
});

test('the export asks for the page’s filter, and a refusal is shown as a typed error', async () => {
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
  const { page } = await open('/responses?sentiment=NEGATIVE&attributes.plan=pro&survey=U3VydmV5OjE%3D');
  expect(page.find('[data-test="includes-system"]').exists()).toBe(false); // one survey: nothing else in the list
  await page.get('[data-test="export"]').trigger('click');
  await flushPromises();
  const [exported] = calls.filter((c) => c.operation === 'export');
  const params = new URL(exported.url, 'http://x').searchParams;
  expect(Object.fromEntries(params)).toMatchObject({ surveyId: SURVEY.id, sentiment: 'NEGATIVE', attributes: '{"plan":"pro"}' });
  expect(click).toHaveBeenCalledTimes(1);
  answers.export = () => json(400, { error: 'VALIDATION', field: 'search', message: 'search is longer than 200 characters' });
  await page.get('[data-test="export"]').trigger('click');
  await flushPromises();
  expect(page.get('[data-test="export-error"]').text()).toContain('search is longer than 200 characters');
  page.unmount();
});
