// Customer health: the accounts page's URL filters and figures (src/lib/accounts.ts), and the
// accounts page and an account's page against canned answers.
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n, setLocale } from '../src/i18n';
import { accountAttributes, accountsQuery, accountsUrl, componentValue, gaugeOption, money, mrrOf, signedChange } from '../src/lib/accounts';
import zh from '../src/locales/zh-CN';
import { sessionState } from '../src/stores/session';
import AccountsView from '../src/views/AccountsView.vue';
import AccountView from '../src/views/AccountView.vue';
import { fakeFetch, json } from './support';

// ECharts draws on a canvas happy-dom lacks: a stand-in that shows what it was given.
vi.mock('../src/components/lazyEChart', () => ({
  EChart: { props: ['option', 'label'], template: '<div class="chart-stub" role="img" :aria-label="label" />' },
}));

afterEach(() => {
  vi.unstubAllGlobals();
  setLocale('zh-CN');
  document.body.replaceChildren();
});

describe('accounts logic', () => {
  test('attributes: known keys named in the page’s language and first, values formatted; other keys as the host wrote them', () => {
    const attributes = { region: '华东', custom_tier: 'gold', mrr: 36000, seats: 1200, plan: '企业版', toString: 'x', flags: [1],
      stores: 12500, crm_id: 884213 };
    const rows = (locale: 'zh-CN' | 'en') => {
      setLocale(locale);
      return accountAttributes(attributes, locale, (key) => i18n.global.t(`accounts.attributeNames.${key}`))
        .map((r) => [r.label, r.value, r.known]);
    };
    expect(rows('zh-CN')).toEqual([['套餐', '企业版', true], ['地区', '华东', true], ['席位数', '1,200', true],
      ['月经常性收入（MRR）', '36,000', true], ['custom_tier', 'gold', false], ['toString', 'x', false], ['flags', '[1]', false],
      ['stores', '12,500', false], ['crm_id', '884213', false]]);
    expect(rows('en').slice(0, 4).map(([label]) => label)).toEqual(['Plan', 'Region', 'Seats', 'MRR (monthly recurring revenue)']);
    // A known key with a value it does not expect reads as written, never as NaN.
    expect(accountAttributes({ mrr: '三万', seats: null }, 'en', (k) => k).map((r) => r.value)).toEqual(['null', '三万']);
    expect(accountAttributes(null, 'en', (k) => k)).toEqual([]);
    expect(accountAttributes([1, 2], 'en', (k) => k)).toEqual([]);
  });

  test('the URL’s filters: known values only, defaults left out of the URL', () => {
    expect(accountsQuery({})).toEqual({ band: null, orderBy: 'SCORE_ASC', renewalWithinDays: null });
    expect(accountsQuery({ band: 'AT_RISK', order: 'MRR_DESC', renewal: '90' })).toEqual({ band: 'AT_RISK', orderBy: 'MRR_DESC', renewalWithinDays: 90 });
    expect(accountsQuery({ band: 'BAD', order: 'x', renewal: '7' })).toEqual({ band: null, orderBy: 'SCORE_ASC', renewalWithinDays: null });
    expect(accountsUrl({ band: 'CRITICAL', orderBy: 'SCORE_ASC', renewalWithinDays: null })).toEqual({ band: 'CRITICAL' });
    expect(accountsUrl({ band: null, orderBy: 'NAME', renewalWithinDays: 30 })).toEqual({ order: 'NAME', renewal: '30' });
  });

  test('health components: zh-CN names for every key the API sends; values as each key measures them, never "-0"', () => {
    expect(Object.keys(zh.accounts.componentNames).sort()).toEqual(
      ['activity', 'complaints', 'csat', 'nps', 'responsiveness', 'sentiment', 'usage', 'usage_trend']);
    expect(zh.accounts.componentNames.usage).toBe('使用率（活跃用户 / 席位）');
    expect([
      componentValue('usage', 0.5, 'zh-CN'), componentValue('usage_trend', -0.55, 'zh-CN'), componentValue('usage_trend', -0.001, 'zh-CN'),
      componentValue('activity', 3, 'zh-CN'), componentValue('nps', 12.4, 'en'), componentValue('csat', 85.26, 'en'),
      componentValue('sentiment', -0, 'en'), componentValue('sentiment', -0.004, 'en'), componentValue('sentiment', -0.55, 'en'),
      componentValue('complaints', 2, 'en'), componentValue('responsiveness', 0.123, 'en'), componentValue('nps', null, 'en'),
    ]).toEqual(['50%', '−55%', '0%', '3天', '+12', '85%', '0.00', '0.00', '−0.55', '2', '12%', '—']);
  });

  test('MRR from the host’s attributes, as money; the 30-day change signed; the gauge’s bands', () => {
    expect(mrrOf({ mrr: 12000, plan: 'pro' })).toBe(12000);
    expect(mrrOf({ mrr: '12000' })).toBeNull();
    expect(mrrOf(null)).toBeNull();
    expect([money(36000, 'zh-CN'), money(2000.4, 'en')]).toEqual(['36,000', '2,000']); // no currency: accounts carry none
    expect([signedChange(-5.64, 'zh-CN'), signedChange(3, 'en'), signedChange(-0.04, 'en'), signedChange(null, 'en')])
      .toEqual(['−5.6', '+3', '0', '—']);
    const gauge = gaugeOption(55, 'AT_RISK', '风险');
    expect(gauge.series[0].data).toEqual([{ value: 55, name: '风险' }]);
    expect(gauge.series[0].axisLine.lineStyle.color.map(([stop]) => stop)).toEqual([0.4, 0.6, 0.8, 1]);
  });
});

function signedIn() {
  sessionState.session = { user: { id: 'VXNlcjox', name: 'Ana', email: 'a@example.com', role: 'ANALYST' },
    organization: { id: 'T3JnOjE=', name: 'Acme' }, csrfToken: 't' };
  sessionState.checked = true;
  sessionState.timezone = 'Asia/Shanghai';
}

async function open(path: string) {
  const router = createRouter({ history: createMemoryHistory('/app/'), routes: [
    { path: '/accounts', component: AccountsView }, { path: '/accounts/:id', component: AccountView }] });
  await router.push(path);
  await router.isReady();
  const page = mount({ template: '<RouterView />' }, { global: { plugins: [i18n, router] }, attachTo: document.body });
  await flushPromises();
  return { page, router };
}

const body = (init: RequestInit) => JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
const trend = [{ day: '2026-11-06T16:00:00Z', score: 62, band: 'WATCH' }, { day: '2026-12-05T16:00:00Z', score: 48.5, band: 'AT_RISK' }];
const ROW = { id: 'QWNjb3VudDox', externalId: 'acme-cn', name: '<i>Acme 中国</i>', attributes: { mrr: 18000, plan: 'enterprise' },
  renewalAt: '2027-01-15T00:00:00Z', stage: 'RENEWAL', owner: { id: 'VXNlcjoy', name: '王敏' },
  health: { score: 48.5, band: 'AT_RISK', computedAt: '2026-12-06T01:00:00Z', change30d: -13.5, trend } };
const page = (nodes: unknown[], total: number) => ({ totalCount: total, pageInfo: { hasNextPage: false, endCursor: null }, edges: nodes.map((node) => ({ node })) });

describe('the accounts pages', () => {
  test('accounts: the band distribution, MRR at risk (the API’s sums of both bands, exact), the list; filters go to the URL and the API', async () => {
    signedIn();
    const answer = json(200, { data: {
      accounts: page([ROW, { ...ROW, id: 'QWNjb3VudDoy', name: '新客', externalId: 'n', attributes: {}, owner: null, health: null }], 2),
      healthy: { totalCount: 5 }, watch: { totalCount: 3 },
      atRisk: { totalCount: 1, mrr: 18000 },
      critical: { totalCount: 2, mrr: 2000.4 },
      all: { totalCount: 12 },
    } });
    const calls = fakeFetch([answer, answer.clone()]);
    const { page: view, router } = await open('/accounts');
    expect(view.get('h1').text()).toBe('客户健康');
    expect(body(calls[0].init).variables).toMatchObject({ filter: { band: null, renewalWithinDays: null }, orderBy: 'SCORE_ASC', first: 50 });
    expect(view.findAll('[data-test="band-count"]').map((c) => c.text())).toEqual(['5', '3', '1', '2']);
    expect(view.get('[data-test="band-distribution"]').text()).toContain('未评分 1');
    expect(view.get('[data-test="mrr-at-risk-value"]').text()).toBe('20,000');
    expect(body(calls[0].init).query.replace(/\s+/g, ' ')).toMatch(/atRisk: accounts\(filter: \{band: AT_RISK\}, first: 1\) \{ totalCount mrr \}/);
    const rows = view.findAll('[data-test="account-row"]');
    expect(rows[0].get('[data-test="account-link"]').text()).toBe('<i>Acme 中国</i>');
    expect(rows[0].find('i').exists()).toBe(false);
    expect(rows[0].text()).toContain('风险');
    // The change names its period (the change orders' 30 days): in the header, and the cell's own hint when unknown.
    expect(view.get('[data-test="change-header"]').text()).toBe('30 天变化');
    expect(rows[0].get('[data-test="account-change"]').text()).toBe('−13.5');
    expect(rows[0].get('[data-test="account-change"]').classes()).toContain('down');
    expect(rows[1].get('[data-test="account-change"]').text()).toBe('—');
    expect(rows[0].text()).toContain('18,000');
    expect(rows[0].text()).toContain('王敏');
    expect(rows[1].text()).toContain('暂无数据');
    expect(rows[1].text()).toContain('未分配');

    await view.get('[data-test="filter-band"]').setValue('CRITICAL');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ band: 'CRITICAL' });
    expect(body(calls[1].init).variables).toMatchObject({ filter: { band: 'CRITICAL' } });
    view.unmount();
  });

  test('an account: band, owner, renewal, components with their points (a missing one said so), the trend; in English', async () => {
    signedIn();
    setLocale('en');
    fakeFetch([json(200, { data: { node: { ...ROW, updatedAt: '2026-12-06T01:00:00Z', health: { ...ROW.health, components: [
      { key: 'usage', label: 'Usage', weight: 40, value: 0.42, points: 35, missing: false, evidence: null },
      { key: 'nps', label: 'NPS', weight: 0, value: null, points: null, missing: true, evidence: null },
      { key: 'sentiment', label: 'Sentiment', weight: 6, value: -0.2, points: 30, missing: false, evidence: 2 },
    ] } } } }), json(200, { data: { node: { id: 'QWNjb3VudDox',
      respondents: { totalCount: 1, edges: [{ node: { id: 'UmVzcDox', externalId: 'u-1', verified: true } }] },
      responses: page([{ id: 'UmVzOjE=', score: 2, comment: '<b>配送太慢</b>', submittedAt: '2026-12-05T02:00:00Z', survey: { id: 'U3Vy', name: 'NPS 季度' },
        case: { id: 'Q2FzZTox' } }], 1),
      cases: page([{ id: 'Q2FzZTox', status: 'NEW', createdAt: '2026-12-05T02:00:01Z', breached: true, response: { id: 'UmVzOjE=', score: 2, comment: null } }], 1),
    } } })]);
    const { page: view } = await open('/accounts/QWNjb3VudDox');
    expect(view.get('h1').text()).toBe('<i>Acme 中国</i>');
    expect(view.get('[data-test="account-band"]').text()).toBe('At risk');
    expect(view.get('[data-test="account-owner"]').text()).toBe('王敏');
    expect(view.get('[data-test="account-renewal"]').text()).toBe('Jan 15, 2027');
    expect(view.get('[data-test="account-mrr"]').text()).toBe('18,000');
    expect(view.findAll('[data-test="account-attribute"]').map((a) => a.text())).toEqual(['Planenterprise']); // MRR once, in the facts
    const components = view.findAll('[data-test="account-component"]');
    expect(components[0].text()).toContain('Usage (active users / seats)'); // named by its key, not the API's label
    expect(components[0].get('[data-test="component-value"]').text()).toBe('42%');
    expect(components[2].get('[data-test="component-value"]').text()).toBe('−0.20');
    expect(components[0].text()).toContain('35');
    expect(components[0].text()).toContain('40%');
    expect(components[1].attributes('data-missing')).toBe('true');
    expect(components[1].text()).toContain('No data');
    expect(components[0].find('[data-test="component-evidence"]').exists()).toBe(false);
    expect(components[2].get('[data-test="component-evidence"]').text()).toBe('· n=2');
    expect(view.get('[data-test="account-gauge"]').attributes('aria-label')).toBe('Health score 49 (At risk)');
    expect(view.find('[data-test="account-trend"]').exists()).toBe(true);
    const answer = view.get('[data-test="account-answer"]');
    expect(answer.text()).toContain('<b>配送太慢</b>');
    expect(answer.find('b').exists()).toBe(false);
    expect(answer.get('a').attributes('href')).toBe('/app/cases/Q2FzZTox');
    expect(view.get('[data-test="account-case"]').text()).toContain('SLA breached');
    expect(view.get('[data-test="account-respondents"]').text()).toContain('u-1');
    view.unmount();
  });

  test('an account that is not there says so', async () => {
    signedIn();
    fakeFetch([json(200, { data: { node: null } })]);
    const { page: view } = await open('/accounts/QWNjb3VudDo5');
    expect(view.get('[data-test="account-missing"]').text()).toBe('找不到这个账户。');
    view.unmount();
  });
});
