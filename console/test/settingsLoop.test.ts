// The loop's settings pages: their logic (src/lib/settingsLoop.ts) and the pages against canned answers.
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { Role } from '../src/api/auth';
import { i18n, setLocale } from '../src/i18n';
import {
  deliveryTone, joinable, looksLikeUrl, parseWords, ruleChanges, ruleOf, slaInput, splitErrors, tooLongWord, type RuleLike,
} from '../src/lib/settingsLoop';
import { sessionState } from '../src/stores/session';
import AutomationView from '../src/views/settings/AutomationView.vue';
import SlaView from '../src/views/settings/SlaView.vue';
import TeamsView from '../src/views/settings/TeamsView.vue';
import VocabularyView from '../src/views/settings/VocabularyView.vue';
import WebhooksView from '../src/views/settings/WebhooksView.vue';
import { fakeFetch, json } from './support';

afterEach(() => {
  vi.unstubAllGlobals();
  setLocale('zh-CN');
  document.body.replaceChildren();
});

const ORG_RULE: RuleLike = {
  id: 'Q2FzZVJ1bGU6MQ==', surveyId: null, builtIn: false, enabled: true, npsMax: 6, csatMax: 2, cesMin: 5, sentimentMax: -0.6,
  firstContactHours: 24, resolveHours: 168, reopenDays: 4,
};

describe('settings logic', () => {
  test('words: one per line or comma-separated, trimmed, no repeats; the too-long one is named', () => {
    expect(parseWords(' 会员卡\n闪退, 会员卡，优惠券、\n\n  ')).toEqual(['会员卡', '闪退', '优惠券']);
    expect(tooLongWord(['短', 'x'.repeat(33)])).toBe('x'.repeat(33));
    expect(tooLongWord(['短', '长'.repeat(32)])).toBeNull();
  });

  test('errors split by field, the first per field; errors of no field apart', () => {
    const split = splitErrors([
      { code: 'VALIDATION', field: 'productTerms', message: 'a' },
      { code: 'VALIDATION', field: 'productTerms', message: 'b' },
      { code: 'FORBIDDEN', field: null, message: 'c' },
    ]);
    expect(split.fields.productTerms.message).toBe('a');
    expect(split.other.map((e) => e.message)).toEqual(['c']);
  });

  test('SLA: whole hours 1-8760 and resolution not before first contact', () => {
    expect(slaInput({ firstContactHours: 4, resolveHours: 48 })).toEqual({ input: { firstContactHours: 4, resolveHours: 48 } });
    expect(slaInput({ firstContactHours: 0, resolveHours: 48 })).toEqual({ field: 'firstContactHours', problem: 'positive' });
    expect(slaInput({ firstContactHours: 4, resolveHours: 1.5 })).toEqual({ field: 'resolveHours', problem: 'positive' });
    expect(slaInput({ firstContactHours: 48, resolveHours: 24 })).toEqual({ field: 'resolveHours', problem: 'beforeFirst' });
    expect(slaInput({ firstContactHours: null, resolveHours: 24 })).toEqual({ field: 'firstContactHours', problem: 'positive' });
  });

  test('case rule: only the changed fields; empty thresholds switch a criterion off; out of range is refused', () => {
    const form = { enabled: true, npsMax: 5, csatMax: null, cesMin: 5, sentimentMax: -0.6, reopenDays: 4 };
    expect(ruleChanges(ORG_RULE, form)).toEqual({ input: { npsMax: 5, csatMax: null } });
    expect(ruleChanges(ORG_RULE, { ...form, npsMax: 11 })).toEqual({ field: 'npsMax', range: [0, 10] });
    expect(ruleChanges(ORG_RULE, { ...form, reopenDays: null })).toEqual({ field: 'reopenDays', range: [0, 365] });
    expect(ruleChanges(ORG_RULE, { ...form, sentimentMax: -0.25 })).toMatchObject({ input: { sentimentMax: -0.25 } });
    // A survey's first own rule sends everything (its stored defaults are not the inherited values).
    expect(ruleChanges(ORG_RULE, form, true)).toEqual({ input: { ...form } });
  });

  test('the rule that applies: a survey’s own, else the organisation’s', () => {
    const own = { ...ORG_RULE, id: 'b', surveyId: 'S1' };
    expect(ruleOf([ORG_RULE, own], 'S1')).toBe(own);
    expect(ruleOf([ORG_RULE, own], 'S2')).toBe(ORG_RULE);
    expect(ruleOf([ORG_RULE, own], null)).toBe(ORG_RULE);
  });

  test('small helpers: URL shape, delivery tone, joinable agents', () => {
    expect(looksLikeUrl('https://hooks.example.com/x')).toBe(true);
    expect(looksLikeUrl('ftp://x')).toBe(false);
    expect(looksLikeUrl('hooks.example.com')).toBe(false);
    expect(deliveryTone('SUCCEEDED', 200)).toBe('good');
    expect(deliveryTone('FAILED', 500)).toBe('bad');
    expect(deliveryTone('PENDING', 503)).toBe('bad');
    expect(deliveryTone('PENDING', null)).toBe('pending');
    const users = [{ id: 'a', role: 'AGENT' }, { id: 'b', role: 'AGENT' }, { id: 'c', role: 'ADMIN' }];
    expect(joinable(users, ['a']).map((u) => u.id)).toEqual(['b']);
  });
});

function signedIn(role: Role): void {
  sessionState.session = { user: { id: 'VXNlcjox', name: 'Admin', email: 'a@example.com', role },
    organization: { id: 'T3JnOjE=', name: 'Acme' }, csrfToken: 't' };
  sessionState.checked = true;
  sessionState.timezone = 'Asia/Shanghai';
}

async function open(path: string, component: object) {
  const router = createRouter({
    history: createMemoryHistory('/app/'),
    routes: [
      { path: '/settings/:page', component },
      { path: '/elsewhere/sla', name: 'settings-sla', component: { template: '<p>sla</p>' } },
    ],
  });
  await router.push(path);
  await router.isReady();
  const page = mount({ template: '<RouterView />' }, { global: { plugins: [i18n, router] }, attachTo: document.body });
  await flushPromises();
  return { page, router };
}

const body = (init: RequestInit) => JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };

describe('settings pages', () => {
  test('a non-admin sees why, and nothing is asked of the API', async () => {
    signedIn('AGENT');
    const calls = fakeFetch([]);
    for (const [path, view] of [['/settings/vocabulary', VocabularyView], ['/settings/webhooks', WebhooksView],
      ['/settings/teams', TeamsView], ['/settings/sla', SlaView], ['/settings/automation', AutomationView]] as const) {
      const { page } = await open(path, view);
      expect(page.findAll('h1')).toHaveLength(1);
      expect(page.find('[data-test="admin-only"]').exists()).toBe(true);
      page.unmount();
    }
    expect(calls).toHaveLength(0);
  });

  test('vocabulary: a too-long term is refused at its field before asking; the API’s error shows there too', async () => {
    signedIn('ADMIN');
    const calls = fakeFetch([
      json(200, { data: { vocabulary: { stopWords: ['的'], productTerms: ['会员卡'] } } }),
      json(200, { data: { updateVocabulary: { vocabulary: null, errors: [{ code: 'VALIDATION', field: 'stopWords', message: 'words must be 1-32 characters' }] } } }),
      json(200, { data: { updateVocabulary: { vocabulary: { stopWords: ['的', '了'], productTerms: ['会员卡', '闪退'] }, errors: [] } } }),
    ]);
    const { page } = await open('/settings/vocabulary', VocabularyView);
    expect(page.get('h1').text()).toBe('词库');
    const terms = page.get('#vocabulary-productTerms');
    expect((terms.element as HTMLTextAreaElement).value).toBe('会员卡');
    await terms.setValue(`会员卡\n${'长'.repeat(33)}`);
    await page.get('form').trigger('submit');
    await flushPromises();
    expect(calls).toHaveLength(1);
    expect(terms.attributes('aria-invalid')).toBe('true');
    expect(terms.attributes('aria-describedby')).toContain('vocabulary-productTerms-error');
    expect(page.get('[data-test="vocabulary-productTerms-error"]').text()).toContain('太长');
    expect(document.activeElement).toBe(terms.element);

    await terms.setValue('会员卡\n闪退');
    await page.get('#vocabulary-stopWords').setValue('的\n了');
    await page.get('form').trigger('submit');
    await flushPromises();
    expect(body(calls[1].init).variables).toEqual({ productTerms: ['会员卡', '闪退'], stopWords: ['的', '了'] });
    expect(page.get('[data-test="vocabulary-stopWords-error"]').text()).toBe('words must be 1-32 characters');
    expect(page.find('[data-test="vocabulary-productTerms-error"]').exists()).toBe(false);

    await page.get('form').trigger('submit');
    await flushPromises();
    expect(page.find('[data-test="vocabulary-stopWords-error"]').exists()).toBe(false);
    expect(page.get('[data-test="said"]').text()).toBe('已保存：2 个产品词，2 个停用词。');
    page.unmount();
  });

  const HOOK = { __typename: 'Webhook', id: 'V2ViaG9vazox', url: 'https://hooks.example.com/<b>x</b>', events: ['response.created'], active: true, createdAt: '2026-12-01T00:00:00Z' };
  const DELIVERY = { id: 'RDox', event: 'response.created', status: 'FAILED', attempts: 3, lastStatusCode: 502, lastError: 'bad gateway',
    createdAt: '2026-12-01T01:00:00Z', deliveredAt: null, nextAttemptAt: null };

  test('webhooks: creating one shows its secret once and opens its delivery log (in the URL)', async () => {
    signedIn('ADMIN');
    const calls = fakeFetch([
      json(200, { data: { webhooks: { totalCount: 0, edges: [] } } }),
      json(200, { data: { createWebhook: { webhook: HOOK, secret: 's3cret-s3cret-s3cret', errors: [] } } }),
      json(200, { data: { node: { __typename: 'Webhook', id: HOOK.id, deliveries: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } } }),
    ]);
    const { page, router } = await open('/settings/webhooks', WebhooksView);
    expect(page.find('[data-test="webhooks-empty"]').exists()).toBe(true);
    await page.get('[data-test="webhook-url"]').setValue('not a url');
    await page.get('[data-test="webhook-form"]').trigger('submit');
    await flushPromises();
    expect(calls).toHaveLength(1);
    expect(page.get('[data-test="webhook-url-error"]').text()).toContain('http');

    await page.get('[data-test="webhook-url"]').setValue('https://hooks.example.com/x');
    await page.get('[data-test="event-case.sla_breached"]').setValue(true);
    await page.get('[data-test="webhook-form"]').trigger('submit');
    await flushPromises();
    expect(body(calls[1].init).variables.input).toEqual({ url: 'https://hooks.example.com/x', events: ['response.created', 'case.created', 'case.sla_breached'] });
    expect(page.get('[data-test="webhook-secret-value"]').text()).toBe('s3cret-s3cret-s3cret');
    expect(router.currentRoute.value.query.webhook).toBe(HOOK.id);
    expect(page.get('[data-test="webhook-row"] td').text()).toBe(HOOK.url); // text, never markup
    expect(page.find('[data-test="webhook-row"] b').exists()).toBe(false);
    expect(page.find('[data-test="deliveries-empty"]').exists()).toBe(true);
    page.unmount();
  });

  test('webhooks: the log shows attempts and status codes; a failed delivery is redelivered; the API’s refusal is said; events are edited', async () => {
    signedIn('ADMIN');
    const log = { data: { node: { __typename: 'Webhook', id: HOOK.id, deliveries: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: 'x' },
      edges: [{ node: DELIVERY }] } } } };
    const calls = fakeFetch([
      json(200, { data: { webhooks: { totalCount: 1, edges: [{ node: HOOK }] } } }),
      json(200, log),
      json(200, { data: { redeliverWebhookDelivery: { delivery: { ...DELIVERY, status: 'PENDING', attempts: 0 }, errors: [] } } }),
      json(200, { data: { updateWebhook: { webhook: null, errors: [{ code: 'NOT_FOUND', field: 'id', message: 'no such webhook' }] } } }),
      json(200, { data: { updateWebhook: { webhook: { ...HOOK, events: ['case.updated'] }, errors: [] } } }),
    ]);
    const { page } = await open(`/settings/webhooks?webhook=${HOOK.id}&status=FAILED`, WebhooksView);
    expect(body(calls[1].init).variables).toMatchObject({ id: HOOK.id, status: 'FAILED' });
    const row = page.get('[data-test="delivery-row"]');
    expect(row.get('[data-test="delivery-attempts"]').text()).toBe('3');
    expect(row.get('[data-test="delivery-code"]').text()).toBe('502');
    expect(row.text()).toContain('bad gateway');
    await row.get('[data-test="redeliver"]').trigger('click');
    await flushPromises();
    expect(body(calls[2].init).variables).toEqual({ id: DELIVERY.id });
    expect(page.get('[data-test="delivery-row"]').attributes('data-status')).toBe('PENDING');
    await page.get('[data-test="toggle-active"]').trigger('click');
    await flushPromises();
    expect(body(calls[3].init).variables).toEqual({ id: HOOK.id, active: false });
    expect(page.get('[data-test="action-error"]').text()).toBe('no such webhook');

    // Events are edited in the row; none at all is refused before asking.
    await page.get('[data-test="edit-events-open"]').trigger('click');
    const boxes = page.findAll('[data-test="edit-events"] input[type="checkbox"]');
    await boxes[0].setValue(false); // response.created off: nothing left
    await page.get('[data-test="edit-events"]').trigger('submit');
    expect(calls).toHaveLength(4);
    expect(page.get('[data-test="edit-events"]').text()).toContain('请至少选择一个事件。');
    await boxes[2].setValue(true); // case.updated
    await page.get('[data-test="edit-events"]').trigger('submit');
    await flushPromises();
    expect(body(calls[4].init).variables).toEqual({ id: HOOK.id, events: ['case.updated'] });
    expect(page.find('[data-test="edit-events"]').exists()).toBe(false);
    expect(page.get('[data-test="webhook-row"]').text()).toContain('case.updated');
    page.unmount();
  });

  test('SLA: a survey without its own rule inherits; saving gives it one with the inherited thresholds', async () => {
    signedIn('ADMIN');
    const survey = { id: 'U3VydmV5OjE=', name: '下单后 NPS', kind: 'NPS', status: 'ACTIVE', purpose: 'ORDINARY' };
    const calls = fakeFetch([
      json(200, { data: { caseRules: [ORG_RULE], surveys: { edges: [{ node: survey }] } } }),
      json(200, { data: { setCaseRule: { rule: { ...ORG_RULE, id: 'x', surveyId: survey.id, firstContactHours: 4, resolveHours: 48 }, errors: [] } } }),
    ]);
    const { page } = await open(`/settings/sla?survey=${survey.id}`, SlaView);
    expect(page.find('[data-test="sla-inherited"]').exists()).toBe(true);
    const first = page.get('#sla-firstContactHours');
    expect((first.element as HTMLInputElement).value).toBe('24');
    await first.setValue('200');
    await page.get('[data-test="sla-form"]').trigger('submit');
    await flushPromises();
    expect(calls).toHaveLength(1);
    expect(page.get('[data-test="sla-resolveHours-error"]').text()).toBe('解决时限不能短于首次联系时限。');
    await first.setValue('4');
    await page.get('#sla-resolveHours').setValue('48');
    await page.get('[data-test="sla-form"]').trigger('submit');
    await flushPromises();
    expect(body(calls[1].init).variables).toEqual({ surveyId: survey.id, input: {
      enabled: true, npsMax: 6, csatMax: 2, cesMin: 5, sentimentMax: -0.6, reopenDays: 4, firstContactHours: 4, resolveHours: 48 } });
    expect(page.find('[data-test="sla-inherited"]').exists()).toBe(false);
    expect(page.get('[data-test="sla-table"]').text()).toContain('2 天');
    // The cells carry their units (2 天), so the headers name none.
    expect(page.findAll('[data-test="sla-table"] th').map((th) => th.text())).toEqual(['适用范围', '首次联系时限', '解决时限']);
    page.unmount();
  });

  test('automation: the organisation’s rule sends only what changed; an out-of-range threshold is refused at its field', async () => {
    signedIn('ADMIN');
    const calls = fakeFetch([
      json(200, { data: { caseRules: [ORG_RULE], surveys: { edges: [] } } }),
      json(200, { data: { setCaseRule: { rule: { ...ORG_RULE, npsMax: 5 }, errors: [] } } }),
    ]);
    const { page } = await open('/settings/automation', AutomationView);
    const nps = page.get('#rule-npsMax');
    await nps.setValue('12');
    await page.get('[data-test="rule-form"]').trigger('submit');
    await flushPromises();
    expect(calls).toHaveLength(1);
    expect(nps.attributes('aria-invalid')).toBe('true');
    await nps.setValue('5');
    await page.get('[data-test="rule-form"]').trigger('submit');
    await flushPromises();
    expect(body(calls[1].init).variables).toEqual({ input: { npsMax: 5 }, surveyId: null });
    expect(page.get('[data-test="said"]').text()).toBe('已保存。');
    page.unmount();
  });

  test('teams: members with availability and cap; availability and cap change in place; a duplicate routing rule shows at its field; a rule is deleted', async () => {
    signedIn('ADMIN');
    const agent = { id: 'VXNlcjoy', name: '张伟', role: 'AGENT' };
    const RULE = { id: 'Um91dGluZ1J1bGU6MQ==', attribute: 'plan', value: 'vip', position: 0, team: { id: 'VGVhbTox', name: '客户成功组' } };
    const team = { id: 'VGVhbTox', name: '客户成功组', isDefault: true, createdAt: '2026-11-01T00:00:00Z', lead: null, fallbackOwner: null,
      members: [{ available: true, maxOpenCases: 8, lastAssignedAt: null, user: agent }] };
    const calls = fakeFetch([
      json(200, { data: { teams: [team], routingRules: [RULE], users: { edges: [{ node: agent }, { node: { id: 'VXNlcjoz', name: '李娜', role: 'AGENT' } }] } } }),
      json(200, { data: { setMemberAvailability: { team: { ...team, members: [{ ...team.members[0], available: false }] }, errors: [] } } }),
      json(200, { data: { setMemberCap: { team: { ...team, members: [{ ...team.members[0], available: false, maxOpenCases: 12 }] }, errors: [] } } }),
      json(200, { data: { addRoutingRule: { rule: null, errors: [{ code: 'DUPLICATE', field: 'value', message: 'a rule for plan=vip already exists' }] } } }),
      json(200, { data: { deleteRoutingRule: { rule: { attribute: 'plan', value: 'vip' }, errors: [] } } }),
    ]);
    const { page } = await open('/settings/teams', TeamsView);
    const member = page.get('[data-test="member"]');
    expect(member.text()).toContain('张伟');
    expect((member.get('[data-test="member-cap"]').element as HTMLInputElement).value).toBe('8');
    const options = page.findAll('[data-test="member-form"] option').map((o) => o.text());
    expect(options).toContain('李娜');
    expect(options).not.toContain('张伟');
    await member.get('[data-test="member-available"]').setValue(false);
    await flushPromises();
    expect(body(calls[1].init).variables).toEqual({ teamId: team.id, userId: agent.id, available: false });
    expect(page.get('[data-test="said"]').text()).toContain('不在岗');

    const cap = page.get('[data-test="member-cap"]');
    await cap.setValue('0'); // input and change
    expect(calls).toHaveLength(2);
    expect(page.get('[data-test="member-cap-error"]').text()).toBe('上限是 1 到 1000 之间的整数。');
    expect((cap.element as HTMLInputElement).value).toBe('0'); // kept while refused
    await cap.setValue('12');
    await flushPromises();
    expect(body(calls[2].init).variables).toEqual({ teamId: team.id, userId: agent.id, maxOpenCases: 12 });
    expect(page.find('[data-test="member-cap-error"]').exists()).toBe(false);
    expect(page.get('[data-test="said"]').text()).toBe('张伟 的上限改为 12。已分配的工单不变。');

    await page.get('[data-test="routing-form"]').trigger('submit');
    expect(calls).toHaveLength(3);
    await page.get('#rule-attribute').setValue('plan');
    await page.get('#rule-value').setValue('vip');
    await page.get('#rule-teamId').setValue(team.id);
    await page.get('[data-test="routing-form"]').trigger('submit');
    await flushPromises();
    expect(page.get('[data-test="rule-value-error"]').text()).toBe('a rule for plan=vip already exists');
    expect(page.get('#rule-value').attributes('aria-invalid')).toBe('true');

    // Deleting a rule asks first, then removes its row.
    await page.get('[data-test="rule-delete"]').trigger('click');
    expect(calls).toHaveLength(4);
    await page.get('[data-test="rule-delete-yes"]').trigger('click');
    await flushPromises();
    expect(body(calls[4].init).variables).toEqual({ id: RULE.id });
    expect(page.findAll('[data-test="routing-rule"]')).toHaveLength(0);
    expect(page.get('[data-test="said"]').text()).toBe('已删除规则：plan = vip。');
    page.unmount();
  });
});
