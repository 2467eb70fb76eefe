import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { nextTick } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n, setLocale } from '../src/i18n';
import FiguresNotes from '../src/components/overview/FiguresNotes.vue';
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

test('the figures show NPS with its margin and each change against the previous period', async () => {
  const figures = {
    current: { responses: 120, responseRate: 0.25, rateResponses: 20, rateDisplays: 80, systemResponses: 0, nps: { score: 12.5, marginOfError: 8.25, promoters: 50, passives: 35, detractors: 35 },
      csat: null, ces: { average: 3.2, responses: 10 }, series: [], attributes: [], touchpoints: [] },
    previous: { responses: 100, responseRate: 0.2, nps: { score: 20, marginOfError: 9 }, csat: null, ces: { average: 3.5 } },
    accounts: { totalCount: 0 },
  };
  const page = mount(KpiCards, { global: { plugins: [i18n] }, props: { figures, kinds: ['NPS', 'CSAT', 'CES'], chosen: false } });
  const nps = page.get('[data-test="kpi-nps"]');
  expect(nps.get('[data-test="kpi-value"]').text()).toBe('12.5');
  expect(nps.get('[data-test="kpi-margin"]').text()).toBe('误差 ±8.3');
  expect(nps.get('[data-test="kpi-change"]').text()).toBe('较上期 −7.5');
  expect(nps.get('[data-test="kpi-change"]').classes()).toContain('down');
  expect(page.get('[data-test="kpi-ces"] [data-test="kpi-change"]').classes()).toContain('up'); // less effort
  expect(page.get('[data-test="kpi-responses"] [data-test="kpi-change"]').text()).toBe('较上期 +20.0%');
  expect(page.get('[data-test="kpi-csat"] [data-test="kpi-change"]').text()).toBe('上期无数据');
  expect(page.get('[data-test="kpi-rate"] [data-test="kpi-value"]').text()).toBe('25.0%');
  // The rate says what it divides: not the 120 answers beside it, but the widget's (and links', e-mail's) 20 of 80 shown.
  const rateOf = page.get('[data-test="kpi-rate"] [data-test="kpi-rate-of"]');
  expect(rateOf.text()).toBe('回答 20 / 展示 80');
  expect(rateOf.attributes('title')).toContain('小部件、链接、邮件');
  setLocale('en');
  await nextTick();
  expect(page.get('[data-test="kpi-rate-of"]').text()).toBe('answers 20 / displays 80');
  const unrated = mount(KpiCards, { global: { plugins: [i18n] }, props: { kinds: ['NPS', 'CSAT', 'CES'], chosen: false, figures: {
    ...figures, current: { ...figures.current, responseRate: null, rateResponses: null, rateDisplays: null } } } });
  expect(unrated.find('[data-test="kpi-rate-of"]').exists()).toBe(false); // a filter the rate cannot follow: nothing to divide
});

test('a CSAT or CES card without such a survey in scope says so, not "no previous data"', async () => {
  setLocale('zh-CN');
  const figures = {
    current: { responses: 5, responseRate: null, rateResponses: null, rateDisplays: null, systemResponses: 0, nps: null,
      csat: null, ces: null, series: [], attributes: [], touchpoints: [] },
    previous: { responses: 0, responseRate: null, nps: null, csat: null, ces: null },
    accounts: { totalCount: 0 },
  };
  const card = (props: { kinds: string[]; chosen: boolean }, key: string) =>
    mount(KpiCards, { global: { plugins: [i18n] }, props: { figures, ...props } }).get(`[data-test="kpi-${key}"]`);
  const all = card({ kinds: ['NPS', 'CES'], chosen: false }, 'csat');
  expect(all.get('[data-test="kpi-absent"]').text()).toBe('没有 CSAT 问卷');
  expect(all.find('[data-test="kpi-change"]').exists()).toBe(false);
  // A CES survey exists but the previous period has no answers: that is what the card says.
  expect(card({ kinds: ['NPS', 'CES'], chosen: false }, 'ces').get('[data-test="kpi-change"]').text()).toBe('上期无数据');
  expect(card({ kinds: ['NPS'], chosen: true }, 'ces').get('[data-test="kpi-absent"]').text()).toBe('此问卷不是 CES 问卷');
  setLocale('en');
  await nextTick();
  expect(card({ kinds: ['NPS'], chosen: false }, 'csat').get('[data-test="kpi-absent"]').text()).toBe('No CSAT survey');
  setLocale('zh-CN');
});

test('under the figures: what the rate counts, and with all surveys what the figures leave out, reconciled with Responses', async () => {
  const router = createRouter({ history: createMemoryHistory('/app/'), routes: [
    { path: '/', name: 'overview', component: { template: '<p/>' } },
    { path: '/responses', name: 'responses', component: { template: '<p/>' } }] });
  const current = { responses: 1000, responseRate: 0.3333, rateResponses: 127, rateDisplays: 381, systemResponses: 20, nps: null,
    csat: null, ces: null, series: [], attributes: [], touchpoints: [] } as Figures['current'];
  const mountNotes = (props: { current: Figures['current']; allSurveys: boolean }) => mount(FiguresNotes, {
    global: { plugins: [i18n, router] }, props: { ...props, responsesLink: { from: '2026-11-01', to: '2026-11-30' } } });
  const all = mountNotes({ current, allSurveys: true });
  expect(all.get('[data-test="scope-note"]').text()).toContain('系统回访问卷的 20 条回答未计入，因此反馈列表里这段时间共有 1,020 条回答');
  expect(all.get('[data-test="scope-responses"]').attributes('href')).toBe('/app/responses?from=2026-11-01&to=2026-11-30');
  expect(all.get('[data-test="rate-note"]').text())
    .toBe('回答率 = 小部件、链接和邮件渠道的 127 条回答 ÷ 这些渠道的 381 次展示；导入和 API 提交的 873 条回答计入回答数，不计入回答率。');
  // One survey: its figures are all of it, nothing left out to say.
  const one = mountNotes({ current: { ...current, systemResponses: 0 }, allSurveys: false });
  expect(one.find('[data-test="scope-note"]').exists()).toBe(false);
  // All surveys without re-survey answers: the scope is still said, with no count and no link.
  const none = mountNotes({ current: { ...current, systemResponses: 0, responses: 127 }, allSurveys: true });
  expect(none.get('[data-test="scope-note"]').text()).toBe('“全部问卷”的指标只统计本组织自己的问卷，不含系统回访问卷。');
  expect(none.find('[data-test="scope-responses"]').exists()).toBe(false);
  expect(none.get('[data-test="rate-note"]').text()).not.toContain('导入'); // every answer is in the rate
  setLocale('en');
  await nextTick();
  expect(all.get('[data-test="scope-note"]').text()).toContain('the 20 answers to the system re-survey are not in them, so the Responses list counts 1,020');
  const single = mountNotes({ current: { ...current, systemResponses: 1, responses: 128 }, allSurveys: true });
  expect(single.get('[data-test="scope-note"]').text()).toContain('the 1 answer to the system re-survey is not in them');
  expect(single.get('[data-test="rate-note"]').text()).toContain('The 1 imported or API answer counts in Responses');
  // A filter the rate cannot follow (rateResponses null): no rate note.
  expect(mountNotes({ current: { ...current, rateResponses: null, rateDisplays: null }, allSurveys: false })
    .find('[data-test="figures-notes"]').exists()).toBe(false);
});

test('the live count reads naturally in both languages', () => {
  const { t } = i18n.global;
  setLocale('en');
  expect([t('overview.live', { n: 1 }, 1), t('overview.live', { n: 3 }, 3)]).toEqual(['1 new answer', '3 new answers']);
  setLocale('zh-CN');
  expect(t('overview.live', { n: 3 }, 3)).toBe('3 条新回答');
});

test('NPS by journey touchpoint is offered once a survey has one, with its names in the user\'s language', async () => {
  const current = { responses: 30, responseRate: null, rateResponses: null, rateDisplays: null, systemResponses: 0, nps: null, csat: null, ces: null, series: [],
    attributes: [{ name: 'plan', responses: 20 }], touchpoints: [
      { touchpoint: 'onboarding', responses: 12, nps: { score: 25, marginOfError: 30.1 } },
      { touchpoint: null, responses: 10, nps: null },
      { touchpoint: '售后回访', responses: 8, nps: { score: -12.5, marginOfError: 40 } }] };
  const figures = { current, previous: { responses: 0, responseRate: null, nps: null, csat: null, ces: null },
    accounts: { totalCount: 0 } } as Figures;
  expect(segmentChoices(figures)).toEqual([{ name: 'plan', responses: 20, source: 'respondent' }, { name: TOUCHPOINT, responses: 20, source: 'survey' }]);
  const untouched = { ...figures, current: { ...current, touchpoints: [{ touchpoint: null, responses: 30, nps: null }] } };
  expect(segmentChoices(untouched).map((c) => c.name)).toEqual(['plan']);
  const rows = current.touchpoints.map((tp) => ({ value: tp.touchpoint ?? '', responses: tp.responses, nps: tp.nps }));
  const page = mount(SegmentCard, { global: { plugins: [i18n] }, props: {
    attributes: segmentChoices(figures), attribute: TOUCHPOINT, rows, loading: false, error: null } });
  expect(page.findAll('option').map((o) => o.text())).toEqual(['plan (20)', '旅程触点 (20)']);
  // The host's key is shown as it is, under a group that says where it comes from.
  expect(page.findAll('optgroup').map((g) => [g.attributes('label'), g.findAll('option').length])).toEqual([['回答者属性', 1], ['问卷', 1]]);
  expect(page.findAll('[data-test="segment-row"] td:first-child').map((td) => td.text()))
    .toEqual(['开通上手', '未设置触点的问卷', '售后回访']);
});

test('NPS by account plan, industry and health band is offered once the organisation has accounts', () => {
  const figures = { current: { responses: 5, responseRate: null, rateResponses: null, rateDisplays: null, systemResponses: 0, nps: null, csat: null, ces: null, series: [],
    attributes: [], touchpoints: [] }, previous: { responses: 0, responseRate: null, nps: null, csat: null, ces: null },
  accounts: { totalCount: 3 } } as Figures;
  const choices = segmentChoices(figures);
  expect(choices).toEqual(Object.keys(ACCOUNT_CHOICES).map((name) => ({ name, responses: null, source: 'account' })));
  expect(segmentChoices({ ...figures, accounts: { totalCount: 0 } })).toEqual([]);
  const rows = [{ value: 'HEALTHY', responses: 3, nps: { score: 100, marginOfError: 0 } },
    { value: '', responses: 1, nps: { score: 0, marginOfError: 0 } }];
  const page = mount(SegmentCard, { global: { plugins: [i18n] }, props: {
    attributes: choices, attribute: '"band"', rows, loading: false, error: null } });
  expect(page.findAll('option').map((o) => o.text())).toEqual(['账户套餐', '账户行业', '账户健康等级']);
  expect(page.findAll('optgroup').map((g) => g.attributes('label'))).toEqual(['账户']);
  expect(page.findAll('[data-test="segment-row"] td:first-child').map((td) => td.text())).toEqual(['健康', '未设置']);
});
