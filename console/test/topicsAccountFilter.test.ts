// The topics pages' account filter (health band, plan): its URL, the `filter` the list and a topic ask
// the API for, and the picker that sets it.
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n, setLocale } from '../src/i18n';
import { accountFilterFromQuery, queryFromAccountFilter, responseFilterOf } from '../src/lib/accountFilter';
import { queryFromState, stateFromQuery } from '../src/lib/topicsQuery';
import { sessionState } from '../src/stores/session';
import TopicView from '../src/views/TopicView.vue';
import TopicsView from '../src/views/TopicsView.vue';
import { json } from './support';

const NOW = new Date('2026-11-25T02:00:00Z');
const ZONE = 'Asia/Shanghai';
const START = { data: { viewer: { role: 'ADMIN', organization: { id: 'o', name: 'Acme', timezone: ZONE }, user: { id: 'u', name: 'PM', email: 'pm@example.com', role: 'ADMIN' } },
  surveys: { edges: [{ node: { id: 'U3VydmV5OjE=', name: 'App NPS', kind: 'NPS', status: 'ACTIVE' } }] } } };
const PLANS = { data: { accounts: { totalCount: 3 }, metrics: { accountSegments: [{ value: 'enterprise' }, { value: 'free' }, { value: null }] } } };
const LIST = { data: { topics: { totalCount: 1, edges: [{ node: { id: 't1', label: '配送', size: 2, share: 0.5, nps: -100, npsImpact: null,
  emerging: false, sentiment: { positive: 0, neutral: 0, negative: 1 }, trend: [] } }] } } };
const DETAIL = { data: { node: { __typename: 'Topic', id: 't1', label: '配送', generatedLabel: '配送', keywords: [], labelTerms: [], size: 2, share: 0.5,
  nps: -100, npsImpact: null, emerging: false, retired: false, sentiment: { positive: 0, neutral: 0, negative: 1 }, successors: [],
  mergedInto: null, trend: [], representativeComments: [], responses: { edges: [{ node: { id: 'r1', score: 2, comment: '慢',
    submittedAt: '2026-11-24T02:00:00Z', survey: { name: 'App NPS' } } }] } } } };

afterEach(() => {
  vi.unstubAllGlobals();
  setLocale('zh-CN');
});

function router() {
  return createRouter({
    history: createMemoryHistory('/app/'),
    routes: [
      { path: '/topics', name: 'topics', component: TopicsView },
      { path: '/topics/:id', name: 'topic', component: TopicView },
      { path: '/responses', name: 'responses', component: { template: '<p>responses</p>' } },
    ],
  });
}

/** Answers each operation by its name and records what was asked, by name. */
function byOperation(answers: Record<string, unknown>): Record<string, Record<string, unknown>[]> {
  const sent: Record<string, Record<string, unknown>[]> = {};
  vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    const name = /(?:query|mutation) (\w+)/.exec(body.query)?.[1] ?? '';
    if (!(name in answers)) throw new Error(`unexpected ${name}`);
    (sent[name] ??= []).push(body.variables);
    return json(200, answers[name]);
  }));
  return sent;
}

function signedIn() {
  sessionState.session = { user: { id: 'u', name: 'PM', email: 'pm@example.com', role: 'ADMIN' }, organization: { id: 'o', name: 'Acme' }, csrfToken: 't' };
  sessionState.checked = true;
  sessionState.started = false;
}

test('the band and plan sit in the URL; unknown or oversized values are ignored', () => {
  const state = stateFromQuery({ band: 'AT_RISK', plan: 'enterprise', sort: 'nps' }, ZONE, NOW);
  expect([state.band, state.plan]).toEqual(['AT_RISK', 'enterprise']);
  expect(queryFromState(state, ZONE, NOW)).toEqual({ band: 'AT_RISK', plan: 'enterprise', sort: 'nps' });
  expect(accountFilterFromQuery({ band: 'SUNNY', plan: 'p'.repeat(257) })).toEqual({ band: null, plan: null });
  expect(accountFilterFromQuery({ plan: '   ' })).toEqual({ band: null, plan: null });
  expect(queryFromAccountFilter({ band: null, plan: null })).toEqual({});
});

test('an empty filter asks the API for none (its fast path); a band or plan asks for it', () => {
  expect(responseFilterOf({ band: null, plan: null })).toBeNull();
  expect(responseFilterOf({ band: 'CRITICAL', plan: null })).toEqual({ accountBand: 'CRITICAL', accountPlan: null });
  expect(responseFilterOf({ band: null, plan: 'free' })).toEqual({ accountBand: null, accountPlan: 'free' });
});

test('the list asks for the URL’s band and plan, and picking a band puts it in the URL', async () => {
  signedIn();
  const sent = byOperation({ ConsoleStart: START, TopicsList: LIST, TopicVersions: { data: { topicModelVersions: [] } },
    TopicsAccountPlans: PLANS });
  const r = router();
  await r.push('/topics?plan=enterprise');
  const page = mount(TopicsView, { global: { plugins: [i18n, r] } });
  await flushPromises();
  expect(sent.TopicsList.at(-1)!.filter).toEqual({ accountBand: null, accountPlan: 'enterprise' });
  expect(page.get('[data-test="account-filter-note"]').text()).toContain('没有关联账户的回答不计入');
  const plans = page.get('[data-test="account-plan"]');
  expect(plans.findAll('option').map((o) => o.text())).toEqual(['全部套餐', 'enterprise', 'free']); // no null plan
  expect((plans.element as HTMLSelectElement).value).toBe('enterprise');
  expect(page.get('[data-test="account-band"]').findAll('option').map((o) => o.text())).toEqual(['全部健康等级', '健康', '关注', '风险', '危险']);
  // The topic's link carries the filter, so that its page shows the same answers.
  expect(page.get('[data-test="topic-label"]').attributes('href')).toContain('plan=enterprise');
  await page.get('[data-test="account-band"]').setValue('AT_RISK');
  await flushPromises();
  expect(r.currentRoute.value.query).toEqual({ band: 'AT_RISK', plan: 'enterprise' });
  expect(sent.TopicsList.at(-1)!.filter).toEqual({ accountBand: 'AT_RISK', accountPlan: 'enterprise' });
  await page.get('[data-test="account-plan"]').setValue('');
  await flushPromises();
  await page.get('[data-test="account-band"]').setValue('');
  await flushPromises();
  expect(r.currentRoute.value.query).toEqual({});
  expect(sent.TopicsList.at(-1)!.filter).toBeNull();
  expect(page.find('[data-test="account-filter-note"]').exists()).toBe(false);
  page.unmount();
});

test('without accounts there is no account filter, and the list asks for none', async () => {
  signedIn();
  const sent = byOperation({ ConsoleStart: START, TopicsList: LIST, TopicVersions: { data: { topicModelVersions: [] } },
    TopicsAccountPlans: { data: { accounts: { totalCount: 0 }, metrics: { accountSegments: [] } } } });
  const r = router();
  await r.push('/topics');
  const page = mount(TopicsView, { global: { plugins: [i18n, r] } });
  await flushPromises();
  expect(page.find('[data-test="account-filter"]').exists()).toBe(false);
  expect(sent.TopicsList[0].filter).toBeNull();
  page.unmount();
});

test('a topic’s page asks for its figures under the URL’s filter and keeps it on the way back', async () => {
  signedIn();
  setLocale('en');
  const sent = byOperation({ ConsoleStart: START, TopicDetail: DETAIL, TopicActions: { data: { actions: { totalCount: 0, edges: [] } } },
    TopicsAccountPlans: PLANS });
  const r = router();
  await r.push('/topics/t1?band=CRITICAL&from=2026-11-01&to=2026-11-07');
  const page = mount(TopicView, { global: { plugins: [i18n, r] } });
  await flushPromises();
  expect(sent.TopicDetail[0].filter).toEqual({ accountBand: 'CRITICAL', accountPlan: null });
  expect(page.get('[data-test="back"]').attributes('href')).toContain('band=CRITICAL');
  expect(page.get('[data-test="account-filter-note"]').text()).toContain('answers without an account do not');
  // The responses page has no account filter: its link says so instead of a count it would not show.
  expect(page.get('[data-test="all-responses"]').text()).toContain('any account');
  expect(page.get('[data-test="all-responses"]').attributes('href')).not.toContain('band=');
  await page.get('[data-test="account-plan"]').setValue('free');
  await flushPromises();
  expect(r.currentRoute.value.query).toMatchObject({ band: 'CRITICAL', plan: 'free', from: '2026-11-01' });
  expect(sent.TopicDetail.at(-1)!.filter).toEqual({ accountBand: 'CRITICAL', accountPlan: 'free' });
  page.unmount();
});
