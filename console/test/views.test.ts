import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n, setLocale } from '../src/i18n';
import KpiCards from '../src/components/overview/KpiCards.vue';
import TopicLists from '../src/components/overview/TopicLists.vue';
import SegmentCard from '../src/components/overview/SegmentCard.vue';
import { ACCOUNT_CHOICES, segmentChoices, TOUCHPOINT, type Figures } from '../src/components/overview/useOverview';
import LoginView from '../src/views/LoginView.vue';
import { sessionState } from '../src/stores/session';
import { fakeFetch, json } from './support';

afterEach(() => {
  vi.unstubAllGlobals();
  setLocale('zh-CN');
});

function routerAt(path: string) {
  const router = createRouter({
    history: createMemoryHistory('/app/'),
    routes: [
      { path: '/login', name: 'login', component: LoginView },
      { path: '/', name: 'overview', component: { template: '<p>overview</p>' } },
      { path: '/topics', component: { template: '<p>topics</p>' } },
    ],
  });
  void router.push(path);
  return router;
}

async function signInPage(path = '/login?reason=ended') {
  const router = routerAt(path);
  await router.isReady();
  const page = mount(LoginView, { global: { plugins: [i18n, router] }, attachTo: document.body });
  return { page, router };
}

test('a wrong password says so at the form and clears the password', async () => {
  const { page } = await signInPage();
  fakeFetch([json(401, { error: 'INVALID_CREDENTIALS', message: 'no' })]);
  await page.get('#login-email').setValue('pm@example.com');
  await page.get('#login-password').setValue('wrong');
  await page.get('form').trigger('submit');
  await flushPromises();
  expect(page.get('[data-test="login-error"]').text()).toBe('邮箱或密码不正确。');
  expect((page.get('#login-password').element as HTMLInputElement).value).toBe('');
  expect(page.get('#login-password').attributes('aria-invalid')).toBe('true');
  page.unmount();
});

test('throttling shows how long to wait, in English too', async () => {
  setLocale('en');
  const { page } = await signInPage();
  fakeFetch([json(429, { error: 'RATE_LIMITED', message: 'slow' }, { 'retry-after': '30' })]);
  await page.get('#login-email').setValue('pm@example.com');
  await page.get('#login-password').setValue('whatever-it-is');
  await page.get('form').trigger('submit');
  await flushPromises();
  expect(page.get('[data-test="login-error"]').text()).toBe('Too many attempts. Try again in 30 s.');
  page.unmount();
});

test('empty fields are named at the field, nothing is sent', async () => {
  const { page } = await signInPage();
  const calls = fakeFetch([]);
  await page.get('form').trigger('submit');
  await flushPromises();
  expect(page.get('#login-email-error').text()).toContain('邮箱');
  expect(calls).toEqual([]);
  page.unmount();
});

test('signing in goes on to the page asked for, never off the console', async () => {
  for (const [next, expected] of [['/topics', '/topics'], ['//evil.example/x', '/']] as const) {
    const { page, router } = await signInPage(`/login?reason=ended&next=${encodeURIComponent(next)}`);
    const session = { user: { id: 'VXNlcjox', name: 'PM', email: 'pm@example.com', role: 'analyst' },
      organization: { id: 'T3JnOjE=', name: 'Acme' }, csrfToken: 't' };
    fakeFetch([json(204, null), json(200, session)]);
    await page.get('#login-email').setValue('pm@example.com');
    await page.get('#login-password').setValue('right-password');
    await page.get('form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe(expected);
    expect(sessionState.session?.user.role).toBe('ANALYST');
    page.unmount();
  }
});

test('a topic label is shown as text: markup in it is never HTML', async () => {
  const label = '<img src=x onerror="window.pwned=1">配送慢';
  const page = mount(TopicLists, {
    global: { plugins: [i18n] },
    props: { topics: [{ id: 'VG9waWM6MQ==', label, size: 10, share: 0.2, nps: -30, npsImpact: -12.5, emerging: true }] },
  });
  expect(page.find('img').exists()).toBe(false);
  expect(page.get('[data-test="impact-topics"]').text()).toContain(label);
  expect(page.get('[data-test="emerging-topics"]').text()).toContain(label);
  expect(page.get('.impact').text()).toBe('−12.5');
});

test('the figures show NPS with its margin and each change against the previous period', () => {
  const figures = {
    current: { responses: 120, responseRate: 0.25, nps: { score: 12.5, marginOfError: 8.25, promoters: 50, passives: 35, detractors: 35 },
      csat: null, ces: { average: 3.2, responses: 10 }, series: [], attributes: [], touchpoints: [] },
    previous: { responses: 100, responseRate: 0.2, nps: { score: 20, marginOfError: 9 }, csat: null, ces: { average: 3.5 } },
    accounts: { totalCount: 0 },
  };
  const page = mount(KpiCards, { global: { plugins: [i18n] }, props: { figures } });
  const nps = page.get('[data-test="kpi-nps"]');
  expect(nps.get('[data-test="kpi-value"]').text()).toBe('12.5');
  expect(nps.get('[data-test="kpi-margin"]').text()).toBe('误差 ±8.3');
  expect(nps.get('[data-test="kpi-change"]').text()).toBe('较上期 −7.5');
  expect(nps.get('[data-test="kpi-change"]').classes()).toContain('down');
  expect(page.get('[data-test="kpi-ces"] [data-test="kpi-change"]').classes()).toContain('up'); // less effort
  expect(page.get('[data-test="kpi-responses"] [data-test="kpi-change"]').text()).toBe('较上期 +20.0%');
  expect(page.get('[data-test="kpi-csat"] [data-test="kpi-change"]').text()).toBe('上期无数据');
  expect(page.get('[data-test="kpi-rate"] [data-test="kpi-value"]').text()).toBe('25.0%');
});

test('the live count reads naturally in both languages', () => {
  const { t } = i18n.global;
  setLocale('en');
  expect([t('overview.live', { n: 1 }, 1), t('overview.live', { n: 3 }, 3)]).toEqual(['1 new answer', '3 new answers']);
  setLocale('zh-CN');
  expect(t('overview.live', { n: 3 }, 3)).toBe('3 条新回答');
});

test('NPS by journey touchpoint is offered once a survey has one, with its names in the user\'s language', async () => {
  const current = { responses: 30, responseRate: null, nps: null, csat: null, ces: null, series: [],
    attributes: [{ name: 'plan', responses: 20 }], touchpoints: [
      { touchpoint: 'onboarding', responses: 12, nps: { score: 25, marginOfError: 30.1 } },
      { touchpoint: null, responses: 10, nps: null },
      { touchpoint: '售后回访', responses: 8, nps: { score: -12.5, marginOfError: 40 } }] };
  const figures = { current, previous: { responses: 0, responseRate: null, nps: null, csat: null, ces: null },
    accounts: { totalCount: 0 } } as Figures;
  expect(segmentChoices(figures)).toEqual([{ name: 'plan', responses: 20 }, { name: TOUCHPOINT, responses: 20 }]);
  const untouched = { ...figures, current: { ...current, touchpoints: [{ touchpoint: null, responses: 30, nps: null }] } };
  expect(segmentChoices(untouched).map((c) => c.name)).toEqual(['plan']);
  const rows = current.touchpoints.map((tp) => ({ value: tp.touchpoint ?? '', responses: tp.responses, nps: tp.nps }));
  const page = mount(SegmentCard, { global: { plugins: [i18n] }, props: {
    attributes: segmentChoices(figures), attribute: TOUCHPOINT, rows, loading: false, error: null } });
  expect(page.findAll('option').map((o) => o.text())).toEqual(['plan (20)', '旅程触点 (20)']);
  expect(page.findAll('[data-test="segment-row"] td:first-child').map((td) => td.text()))
    .toEqual(['开通上手', '未设置触点的问卷', '售后回访']);
});

test('NPS by account plan, industry and health band is offered once the organisation has accounts', () => {
  const figures = { current: { responses: 5, responseRate: null, nps: null, csat: null, ces: null, series: [],
    attributes: [], touchpoints: [] }, previous: { responses: 0, responseRate: null, nps: null, csat: null, ces: null },
  accounts: { totalCount: 3 } } as Figures;
  const choices = segmentChoices(figures);
  expect(choices).toEqual(Object.keys(ACCOUNT_CHOICES).map((name) => ({ name, responses: null })));
  expect(segmentChoices({ ...figures, accounts: { totalCount: 0 } })).toEqual([]);
  const rows = [{ value: 'HEALTHY', responses: 3, nps: { score: 100, marginOfError: 0 } },
    { value: '', responses: 1, nps: { score: 0, marginOfError: 0 } }];
  const page = mount(SegmentCard, { global: { plugins: [i18n] }, props: {
    attributes: choices, attribute: '"band"', rows, loading: false, error: null } });
  expect(page.findAll('option').map((o) => o.text())).toEqual(['套餐', '行业', '健康等级']);
  expect(page.findAll('[data-test="segment-row"] td:first-child').map((td) => td.text())).toEqual(['健康', '未设置']);
});
