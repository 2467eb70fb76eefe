import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { watch } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n, setLocale } from '../src/i18n';
import TopicTable from '../src/components/topics/TopicTable.vue';
import { fitState, fitTiming, resetFit, resumeFit, startFit, STAGES } from '../src/components/topics/fitJob';
import { canManageTopics } from '../src/components/topics/permissions';
import { driverOption, sparkPoints, topicTrendOption } from '../src/components/topics/topicCharts';
import type { TopicRow } from '../src/components/topics/useTopics';
import { growth, nextSort, queryFromState, sortTopics, stateFromQuery } from '../src/lib/topicsQuery';
import { sessionState } from '../src/stores/session';
import TopicView from '../src/views/TopicView.vue';
import TopicsView from '../src/views/TopicsView.vue';
import zh from '../src/locales/zh-CN';
import { fakeFetch, json } from './support';

const NOW = new Date('2026-11-25T02:00:00Z');
const ZONE = 'Asia/Shanghai';

afterEach(() => {
  vi.unstubAllGlobals();
  resetFit();
  fitTiming.pollMs = 1000;
  setLocale('zh-CN');
});

function row(id: string, label: string, over: Partial<TopicRow> = {}): TopicRow {
  return {
    id, label, size: 10, share: 0.1, nps: 0, npsImpact: 0, emerging: false,
    sentiment: { positive: 0.5, neutral: 0.3, negative: 0.2 }, trend: [], ...over,
  } as TopicRow;
}

// --- the URL and the order -------------------------------------------------------------------

test('a shared URL gives back exactly the view, sort and order included', () => {
  const state = { survey: 'U3VydmV5OjE=', period: { from: '2026-10-01', to: '2026-10-31' }, band: null, plan: null, sort: 'npsImpact' as const, order: 'asc' as const };
  const query = queryFromState(state, ZONE, NOW);
  expect(query).toEqual({ survey: 'U3VydmV5OjE=', from: '2026-10-01', to: '2026-10-31', sort: 'npsImpact', order: 'asc' });
  expect(stateFromQuery(query, ZONE, NOW)).toEqual(state);
});

test('the default view keeps the URL clean, and a column in its own default order needs no `order`', () => {
  const state = stateFromQuery({}, ZONE, NOW);
  expect(state).toEqual({ survey: null, period: { from: '2026-10-27', to: '2026-11-25' }, band: null, plan: null, sort: 'size', order: 'desc' });
  expect(queryFromState(state, ZONE, NOW)).toEqual({});
  expect(queryFromState({ ...state, sort: 'label', order: 'asc' }, ZONE, NOW)).toEqual({ sort: 'label' });
  expect(queryFromState({ ...state, order: 'asc' }, ZONE, NOW)).toEqual({ sort: 'size', order: 'asc' });
  expect(stateFromQuery({ sort: 'label' }, ZONE, NOW).order).toBe('asc');
});

test('an unknown sort or order in a URL falls back to the default', () => {
  const state = stateFromQuery({ sort: 'DROP TABLE', order: 'sideways' }, ZONE, NOW);
  expect([state.sort, state.order]).toEqual(['size', 'desc']);
});

test('clicking the sorted column flips it; another column starts in its own order', () => {
  expect(nextSort({ sort: 'size', order: 'desc' }, 'size')).toEqual({ sort: 'size', order: 'asc' });
  expect(nextSort({ sort: 'size', order: 'desc' }, 'label')).toEqual({ sort: 'label', order: 'asc' });
  expect(nextSort({ sort: 'label', order: 'asc' }, 'npsImpact')).toEqual({ sort: 'npsImpact', order: 'desc' });
});

test('topics without the figure come last in either order', () => {
  const topics = [row('a', '甲', { nps: 10 }), row('b', '乙', { nps: null }), row('c', '丙', { nps: -20 })];
  expect(sortTopics(topics, 'nps', 'desc').map((n) => n.id)).toEqual(['a', 'c', 'b']);
  expect(sortTopics(topics, 'nps', 'asc').map((n) => n.id)).toEqual(['c', 'a', 'b']);
});

test('sorting by size breaks ties by name, and names sort in the reader’s language', () => {
  const topics = [row('1', 'Zebra', { size: 5 }), row('2', 'apple', { size: 5 }), row('3', 'Mango', { size: 9 })];
  expect(sortTopics(topics, 'size', 'desc', 'en').map((n) => n.label)).toEqual(['Mango', 'apple', 'Zebra']);
  expect(sortTopics(topics, 'label', 'asc', 'en').map((n) => n.label)).toEqual(['apple', 'Mango', 'Zebra']);
  expect(sortTopics(topics, 'label', 'desc', 'en').map((n) => n.label)).toEqual(['Zebra', 'Mango', 'apple']);
});

test('growth compares the later half of the whole buckets with the earlier half', () => {
  const p = (count: number, partial = false) => ({ bucketStart: '2026-11-01T00:00:00+08:00', count, partial });
  expect(growth([p(1), p(1), p(3), p(5)])).toBeCloseTo((8 - 2) / 10);
  expect(growth([p(4), p(2), p(0), p(99, true)])).toBeCloseTo((0 - 4) / 4); // the partial bucket is left out
  expect(growth([p(3)])).toBeNull();
  expect(growth([p(0), p(0)])).toBeNull();
  const rising = row('r', '升', { trend: [p(0), p(9)] });
  const falling = row('f', '降', { trend: [p(9), p(0)] });
  expect(sortTopics([falling, rising], 'growth', 'desc').map((n) => n.id)).toEqual(['r', 'f']);
});

// --- pictures --------------------------------------------------------------------------------

test('a sparkline spans its box, highest count at the top', () => {
  expect(sparkPoints([0, 5, 10], 72, 22)).toBe('1,21 36,11 71,1');
  expect(sparkPoints([3], 72, 22)).toBe('36,1');
  expect(sparkPoints([], 72, 22)).toBe('');
});

test('the driver chart plots share against impact, leaving out topics without an impact', () => {
  const option = driverOption([
    { id: 'a', label: '配送慢', size: 40, share: 0.2, npsImpact: -12.34 },
    { id: 'b', label: '价格', size: 10, share: 0.05, npsImpact: 3 },
    { id: 'c', label: '无评分', size: 5, share: 0.02, npsImpact: null },
    { id: 'd', label: '空', size: 0, share: 0, npsImpact: 0 },
  ], { share: 'x', impact: 'y', tooltip: (p) => `${p.label} ${p.share} ${p.impact} ${p.size}` });
  const data = option.series[0].data;
  expect(data.map((d) => [d.topic, d.value])).toEqual([['配送慢', [20, -12.3]], ['价格', [5, 3]]]);
  // The widest topic's label goes left of its dot, so the plot's right edge does not cut it off.
  expect(data.map((d) => d.label.position)).toEqual(['left', 'right']);
  expect(data[0].symbolSize).toBeGreaterThan(data[1].symbolSize);
  expect(data[0].itemStyle.color).not.toBe(data[1].itemStyle.color);
  expect([option.yAxis.min, option.yAxis.max]).toEqual([-13, 13]);
  expect(option.tooltip.formatter({ data: data[0] })).toBe('配送慢 20% −12.3 40');
  // Overlapping labels are hidden (the tooltip still names each dot); a halo keeps a label legible over a dot.
  expect(option.series[0].labelLayout).toEqual({ hideOverlap: true });
  expect(option.series[0].label).toMatchObject({ show: true, textBorderColor: '#fff', textBorderWidth: 3, minMargin: 6 });
});

test('a topic’s trend joins complete weeks only; the partial first and last weeks are hollow dots apart', () => {
  const week = (day: string, count: number, partial = false) => ({ bucketStart: `2026-11-${day}T16:00:00Z`, count, partial });
  const option = topicTrendOption([week('01', 0, true), week('08', 12), week('15', 6), week('22', 2, true)],
    (iso) => iso.slice(5, 10), '评论数', { name: '不完整的周', mark: '*' });
  const [line, dots] = option.series;
  expect(line).toMatchObject({ type: 'line', connectNulls: false, data: [null, 12, 6, null] });
  expect(dots).toMatchObject({ type: 'scatter', name: '不完整的周', symbol: 'emptyCircle', data: [0, null, null, 2] });
  expect(option.xAxis.data).toEqual(['11-01*', '11-08', '11-15', '11-22*']);
  expect(option.legend).toMatchObject({ show: true, data: ['评论数', '不完整的周'] });
  const whole = topicTrendOption([week('08', 12), week('15', 6)], (iso) => iso.slice(5, 10), '评论数');
  expect([whole.series[0].data, whole.series[1].data, whole.legend.show]).toEqual([[12, 6], [null, null], false]);
});

// --- roles -----------------------------------------------------------------------------------

test('only admins and analysts may change topics, as the API’s CanManageSurveys and CanManageActions', () => {
  expect(['ADMIN', 'ANALYST', 'AGENT', 'VIEWER', null].map((r) => canManageTopics(r as never))).toEqual([true, true, false, false, false]);
});

// --- the refit -------------------------------------------------------------------------------

/** Every (phase, stage, progress) the refit went through, as the page would have seen them. */
function recordFit(): string[] {
  const seen: string[] = [];
  watch(() => `${fitState.phase} ${fitState.stage} ${fitState.progress}`, (v) => seen.push(v), { immediate: true });
  return seen;
}

test('a refit shows each stage and percentage, then counts a success once', async () => {
  fitTiming.pollMs = 1;
  const job = (status: string, progress: number, stage: string) => ({ id: 'QW5hbHlzaXNKb2I6MQ==', status, progress, stage, error: null });
  const calls = fakeFetch([
    json(200, { data: { fitTopics: { job: job('QUEUED', 0, 'queued'), errors: [] } } }),
    json(200, { data: { analysisJob: job('RUNNING', 0.1, 'fitting topics') } }),
    json(200, { data: { analysisJob: job('SUCCEEDED', 1, 'done') } }),
  ]);
  const seen = recordFit();
  await startFit(null);
  expect(JSON.parse(String(calls[0].init.body)).variables).toEqual({ input: {} });
  await vi.waitFor(() => expect(fitState.phase).toBe('succeeded'));
  expect(seen).toEqual(['idle null 0', 'running null 0', 'running queued 0', 'running fitting topics 0.1', 'succeeded done 1']);
  expect(fitState.generation).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(calls).toHaveLength(3); // it stops asking once the job has ended
});

test('a refit that fails says why, and a survey fitted alone is refitted alone', async () => {
  fitTiming.pollMs = 1;
  const calls = fakeFetch([
    json(200, { data: { fitTopics: { job: { id: 'j', status: 'QUEUED', progress: 0, stage: 'queued', error: null }, errors: [] } } }),
    json(200, { data: { analysisJob: { id: 'j', status: 'FAILED', progress: 0.02, stage: 'failed',
      error: 'a topic fit needs at least 30 comments; found 4' } } }),
  ]);
  await startFit('U3VydmV5OjE=');
  expect(JSON.parse(String(calls[0].init.body)).variables).toEqual({ input: { surveyId: 'U3VydmV5OjE=' } });
  await vi.waitFor(() => expect(fitState.phase).toBe('failed'));
  expect([fitState.error, fitState.generation]).toEqual(['a topic fit needs at least 30 comments; found 4', 0]);
});

test('a refit asked to redraw the topics says so; a plain one leaves fresh out', async () => {
  fitTiming.pollMs = 1;
  const calls = fakeFetch([
    json(200, { data: { fitTopics: { job: { id: 'j', status: 'FAILED', progress: 0, stage: 'failed', error: 'x' }, errors: [] } } }),
  ]);
  await startFit(null, true);
  expect(JSON.parse(String(calls[0].init.body)).variables).toEqual({ input: { fresh: true } });
});

test('after a reload the scope’s refit under way is found and followed; without one nothing changes', async () => {
  fitTiming.pollMs = 1;
  const calls = fakeFetch([
    json(200, { data: { activeTopicFit: null } }),
    json(200, { data: { activeTopicFit: { id: 'j', status: 'RUNNING', progress: 0.4, stage: 'fitting topics', error: null } } }),
    json(200, { data: { analysisJob: { id: 'j', status: 'SUCCEEDED', progress: 1, stage: 'done', error: null } } }),
  ]);
  await resumeFit(null);
  expect(fitState.phase).toBe('idle');
  const seen = recordFit();
  await resumeFit('U3VydmV5OjE=');
  expect(JSON.parse(String(calls[1].init.body)).variables).toEqual({ surveyId: 'U3VydmV5OjE=' });
  await vi.waitFor(() => expect(fitState.phase).toBe('succeeded'));
  expect(seen).toEqual(['idle null 0', 'running fitting topics 0.4', 'succeeded done 1']);
  expect(fitState.generation).toBe(1);
});

test('every stage the API reports has words in both languages', () => {
  const stages = zh.topicsPage.refit.stages as Record<string, string>;
  for (const key of Object.values(STAGES)) expect(stages[key]).toBeTruthy();
});

// --- components ------------------------------------------------------------------------------

function router() {
  const r = createRouter({
    history: createMemoryHistory('/app/'),
    routes: [
      { path: '/topics', name: 'topics', component: TopicsView },
      { path: '/topics/:id', name: 'topic', component: TopicView },
      { path: '/responses', name: 'responses', component: { template: '<p>responses</p>' } },
    ],
  });
  return r;
}

test('topic labels are text, and a viewer gets no row selection', async () => {
  const label = '<img src=x onerror="window.pwned=1">配送慢';
  const r = router();
  await r.push('/topics');
  const props = { topics: [row('VG9waWM6MQ==', label, { emerging: true })], sort: 'size' as const, order: 'desc' as const, selected: [] };
  const viewer = mount(TopicTable, { global: { plugins: [i18n, r] }, props: { ...props, selectable: false } });
  expect(viewer.find('img').exists()).toBe(false);
  expect(viewer.get('[data-test="topic-label"]').text()).toBe(label);
  expect(viewer.find('input[type="checkbox"]').exists()).toBe(false);
  expect(viewer.get('th[aria-sort]').text()).toContain('评论数');
  expect(viewer.get('th[aria-sort]').attributes('aria-sort')).toBe('descending');
  await viewer.get('[data-test="sort-nps"]').trigger('click');
  expect(viewer.emitted('sort')).toEqual([['nps']]);
  const admin = mount(TopicTable, { global: { plugins: [i18n, r] }, props: { ...props, selectable: true } });
  await admin.get('[data-test="select-topic"]').setValue(true);
  expect(admin.emitted('update:selected')).toEqual([[['VG9waWM6MQ==']]]);
});

const START = { data: { viewer: { role: 'ADMIN', organization: { id: 'o', name: 'Acme', timezone: ZONE }, user: { id: 'u', name: 'PM', email: 'pm@example.com', role: 'ADMIN' } },
  surveys: { edges: [] } } };

/** Answers each GraphQL operation by its name (requests run in parallel). */
function byOperation(answers: Record<string, unknown>) {
  vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
    const query = JSON.parse(String(init.body)).query as string;
    const name = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '';
    if (!(name in answers)) throw new Error(`unexpected ${name}`);
    return json(200, answers[name]);
  }));
}

function signedInAs(roleName: 'ADMIN' | 'VIEWER') {
  sessionState.session = { user: { id: 'u', name: 'PM', email: 'pm@example.com', role: roleName }, organization: { id: 'o', name: 'Acme' }, csrfToken: 't' };
  sessionState.checked = true;
  sessionState.started = false;
}

test('with no topics yet the page says how to get them, and a viewer gets no refit', async () => {
  for (const who of ['ADMIN', 'VIEWER'] as const) {
    signedInAs(who);
    byOperation({ ConsoleStart: START, TopicsList: { data: { topics: { totalCount: 0, edges: [] } } }, TopicVersions: { data: { topicModelVersions: [] } } });
    const r = router();
    await r.push('/topics');
    const page = mount(TopicsView, { global: { plugins: [i18n, r] } });
    await flushPromises();
    expect(page.get('[data-test="topics-empty"]').text()).toContain(who === 'ADMIN' ? '点击「重新归纳主题」' : '请管理员或分析师');
    expect(page.find('[data-test="refit"]').exists()).toBe(who === 'ADMIN');
    page.unmount();
  }
});

test('the list follows the sort in its URL; a viewer sees the topics without the controls', async () => {
  signedInAs('VIEWER');
  // No impact: the driver chart (ECharts on a canvas) is not drawn here; the browser tests draw it.
  const topics = [row('a', '配送', { size: 30, share: 0.3, nps: -40, npsImpact: null }), row('b', '价格', { size: 20, share: 0.2, nps: 50, npsImpact: null })];
  byOperation({
    ConsoleStart: START,
    TopicsList: { data: { topics: { totalCount: 2, edges: topics.map((node) => ({ node })) } } },
    TopicVersions: { data: { topicModelVersions: [{ version: 2, active: true, surveyId: null, fittedAt: '2026-11-20T02:00:00Z', comments: 900, topicCount: 2 }] } },
  });
  const r = router();
  await r.push('/topics?sort=nps&order=asc');
  const page = mount(TopicsView, { global: { plugins: [i18n, r] } });
  await flushPromises();
  expect(page.findAll('[data-test="topic-label"]').map((a) => a.text())).toEqual(['配送', '价格']);
  expect(page.get('[data-test="model-active"]').text()).toContain('当前版本 v2');
  for (const control of ['refit', 'selection-toolbar', 'select-all']) expect(page.find(`[data-test="${control}"]`).exists()).toBe(false);
  await page.get('[data-test="sort-nps"]').trigger('click');
  await flushPromises();
  expect(r.currentRoute.value.query).toEqual({ sort: 'nps' });
  expect(page.findAll('[data-test="topic-label"]').map((a) => a.text())).toEqual(['价格', '配送']);
  page.unmount();
});

test('an id that is no topic of the organisation shows "not found"', async () => {
  signedInAs('ADMIN');
  vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
    const query = JSON.parse(String(init.body)).query as string;
    if (query.includes('ConsoleStart')) return json(200, START);
    if (query.includes('TopicActions')) return json(200, { errors: [{ message: 'no Topic', extensions: { code: 'NOT_FOUND' } }] });
    return json(200, { data: { node: null } });
  }));
  const r = router();
  await r.push('/topics/bogus');
  const page = mount(TopicView, { global: { plugins: [i18n, r] } });
  await flushPromises();
  expect(page.get('[data-test="not-found"] h1').text()).toBe('找不到这个主题');
  page.unmount();
});

test('a topic’s page shows the survey and period of its URL, and keeps them on its links', async () => {
  signedInAs('ADMIN');
  byOperation({
    ConsoleStart: START,
    TopicDetail: { data: { node: { __typename: 'Topic', id: 't1', label: '配送', generatedLabel: '配送', keywords: [],
      labelTerms: [{ term: '配送', coverage: 0.5, lift: 4, inLabel: true }],
      size: 2, share: 0.1, nps: null, npsImpact: null, emerging: false, retired: false, sentiment: { positive: 0, neutral: 0, negative: 0 },
      successors: [], mergedInto: null, trend: [], representativeComments: [], responses: { edges: [] } } } },
    TopicActions: { data: { actions: { totalCount: 0, edges: [] } } },
  });
  const r = router();
  await r.push('/topics/t1?survey=U3VydmV5OjE%3D&from=2026-11-01&to=2026-11-07');
  const page = mount(TopicView, { global: { plugins: [i18n, r] } });
  await flushPromises();
  const sent = vi.mocked(fetch).mock.calls.map(([, init]) => JSON.parse(String((init as RequestInit).body)));
  const detail = sent.find((body) => String(body.query).includes('TopicDetail'));
  expect(detail.variables.surveyId).toBe('U3VydmV5OjE=');
  expect(detail.variables.from < detail.variables.to).toBe(true);
  expect(new Date(detail.variables.to).getTime() - new Date(detail.variables.from).getTime()).toBe(7 * 24 * 3600 * 1000);
  expect(page.get('[data-test="back"]').attributes('href')).toContain('survey=U3VydmV5OjE=');
  expect(page.get('[data-test="back"]').attributes('href')).toContain('from=2026-11-01');
  expect(page.get('#figures-h').text()).toBe('概况（2026年11月1日 至 2026年11月7日）'); // the figures' period, not "all time"
  const why = page.get<HTMLDetailsElement>('details[data-test="label-why"]'); // why the label, on demand
  expect(why.element.open).toBe(false);
  await why.get('summary').trigger('click');
  expect(why.element.open).toBe(true);
  expect(why.get('[data-test="label-term"]').text()).toContain('50.0%');
  page.unmount();
});

test('a merged topic says where its comments are, links there and offers no edits', async () => {
  signedInAs('ADMIN');
  byOperation({
    ConsoleStart: START,
    TopicDetail: { data: { node: { __typename: 'Topic', id: 'small', label: '小主题', generatedLabel: '小主题', keywords: [], labelTerms: [],
      size: 0, share: 0, nps: null, npsImpact: null, emerging: false, retired: false, sentiment: { positive: 0, neutral: 0, negative: 0 },
      successors: [], mergedInto: { id: 'big', label: '<i>配送</i>' }, trend: [], representativeComments: [], responses: { edges: [] } } } },
    TopicActions: { data: { actions: { totalCount: 0, edges: [] } } },
  });
  const r = router();
  await r.push('/topics/small');
  const page = mount(TopicView, { global: { plugins: [i18n, r] } });
  await flushPromises();
  expect(page.get('[data-test="merged"]').text()).toContain('这个主题已合并');
  expect(page.get('[data-test="merged-into"]').attributes('href')).toMatch(/\/topics\/big$/);
  expect(page.get('[data-test="merged-into"]').text()).toBe('<i>配送</i>');
  expect(page.get('#figures-h').text()).toBe('概况（近 30 天）'); // the default period
  expect(page.find('[data-test="topic-controls"]').exists()).toBe(false);
  page.unmount();
});

test('a retired topic says so and links its successors; comments are text', async () => {
  signedInAs('ADMIN');
  const comment = '<b>送餐</b>太慢了';
  byOperation({
    ConsoleStart: START,
    TopicDetail: { data: { node: { __typename: 'Topic', id: 'old', label: '旧主题', generatedLabel: '旧主题', keywords: [{ word: '配送', weight: 0.4 }], labelTerms: [],
      size: 3, share: 0.01, nps: null, npsImpact: null, emerging: false, retired: true, sentiment: { positive: 0, neutral: 0, negative: 0 },
      successors: [{ id: 'new', label: '配送速度', retired: false }], trend: [], representativeComments: [comment],
      responses: { edges: [{ node: { id: 'r1', score: 2, comment, submittedAt: '2026-11-20T02:00:00Z', survey: { name: 'App NPS' } } }] } } } },
    TopicActions: { data: { actions: { totalCount: 0, edges: [] } } },
  });
  const r = router();
  await r.push('/topics/old');
  const page = mount(TopicView, { global: { plugins: [i18n, r] } });
  await flushPromises();
  expect(page.get('[data-test="retired"]').text()).toContain('这个主题已停用');
  expect(page.get('[data-test="successors"] a').attributes('href')).toMatch(/\/topics\/new$/);
  expect(page.find('b').exists()).toBe(false);
  expect(page.get('[data-test="comments"]').text()).toBe(comment);
  expect(page.get('[data-test="all-responses"]').attributes('href')).toMatch(/\/responses\?topicId=old$/);
  expect(page.find('[data-test="topic-controls"]').exists()).toBe(false); // a retired topic is not edited
  page.unmount();
});
