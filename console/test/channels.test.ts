// Settings › alert channels: the form's checks (src/lib/channels.ts, mirroring the server's) and the
// page against canned answers: the list, field errors before asking and from the server, a test
// message's vendor error, the delivery log, deletion after a confirmation, and non-admins.
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { Role } from '../src/api/auth';
import type { ChannelDeliveryRowFragment, ChannelRowFragment } from '../src/graphql/generated';
import { i18n, setLocale } from '../src/i18n';
import {
  attemptFailed, channelDeliveryTone, createInput, emptyForm, formOf, formProblems, mentionsProblem, parseMentions, secretProblem,
  updateInput, urlProblem, vendorMessage,
} from '../src/lib/channels';
import { sessionState } from '../src/stores/session';
import ChannelsView from '../src/views/settings/ChannelsView.vue';
import { fakeFetch, json } from './support';

afterEach(() => {
  vi.unstubAllGlobals();
  setLocale('zh-CN');
  document.body.replaceChildren();
});

const DING = 'https://oapi.dingtalk.com/robot/send?access_token=abcdef0123456789';

describe('channel form checks', () => {
  test('robot URLs: the vendor’s https host, its robot path and its key; loopback left to the server', () => {
    expect(urlProblem('WECOM', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a-7aoc')).toBeNull();
    expect(urlProblem('WECOM', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send')).toBe('key');
    expect(urlProblem('WECOM', 'http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x')).toBe('host');
    expect(urlProblem('DINGTALK', DING)).toBeNull();
    expect(urlProblem('DINGTALK', 'https://oapi.dingtalk.com:8443/robot/send?access_token=x')).toBe('host');
    expect(urlProblem('DINGTALK', 'https://evil.example.com/robot/send?access_token=x')).toBe('host');
    expect(urlProblem('DINGTALK', 'https://oapi.dingtalk.com/other?access_token=x')).toBe('path');
    expect(urlProblem('FEISHU', 'https://open.feishu.cn/open-apis/bot/v2/hook/0c1d-9a')).toBeNull();
    expect(urlProblem('FEISHU', 'https://open.larksuite.com/open-apis/bot/v2/hook/0c1d')).toBeNull();
    expect(urlProblem('FEISHU', 'https://open.feishu.cn/open-apis/bot/v2/hook/')).toBe('path');
    expect(urlProblem('FEISHU', 'http://127.0.0.1:8123/robot')).toBeNull();
    expect(urlProblem('WEBHOOK', 'https://hooks.example.com/voc')).toBeNull();
    expect(urlProblem('WEBHOOK', 'ftp://hooks.example.com/voc')).toBe('invalid');
    expect(urlProblem('WECOM', '  ')).toBe('empty');
    expect(urlProblem('WECOM', 'not a url')).toBe('invalid');
    expect(urlProblem('WEBHOOK', `https://a.example.com/${'x'.repeat(2048)}`)).toBe('tooLong');
  });

  test('secrets: none for WeCom, SEC… for DingTalk, 16-128 characters for a webhook, no surrounding spaces', () => {
    expect(secretProblem('WECOM', 'x', false)).toBe('wecom');
    expect(secretProblem('DINGTALK', '', false)).toBeNull();
    expect(secretProblem('DINGTALK', 'abc', false)).toBe('dingtalk');
    expect(secretProblem('DINGTALK', 'SEC123', false)).toBeNull();
    expect(secretProblem('FEISHU', ' s ', false)).toBe('spaces');
    expect(secretProblem('FEISHU', 'x'.repeat(257), false)).toBe('tooLong');
    expect(secretProblem('WEBHOOK', '', false)).toBe('webhookLength');
    expect(secretProblem('WEBHOOK', '', true)).toBeNull(); // an edit keeps the stored one
    expect(secretProblem('WEBHOOK', 'short', true)).toBe('webhookLength');
    expect(secretProblem('WEBHOOK', 's'.repeat(16), false)).toBeNull();
  });

  test('mentions: split, no repeats; none on a webhook; Feishu takes no mobiles', () => {
    expect(parseMentions(' zhangsan, 13800138000，@all  zhangsan\n')).toEqual(['zhangsan', '13800138000', '@all']);
    expect(mentionsProblem('DINGTALK', ['13800138000', '@all'])).toBeNull();
    expect(mentionsProblem('WEBHOOK', ['x'])).toBe('webhook');
    expect(mentionsProblem('FEISHU', ['ou_abc', '+8613800138000'])).toBe('feishuMobile');
    expect(mentionsProblem('WECOM', ['a<b'])).toBe('invalid');
    expect(mentionsProblem('WECOM', Array.from({ length: 51 }, (_, i) => `u${i}`))).toBe('tooMany');
  });

  test('a form’s problems by field; a created channel’s input; an edit sends only what changed', () => {
    expect(formProblems({ ...emptyForm('DINGTALK'), events: [] }, false)).toEqual({
      name: 'nameNeeded', url: 'urlProblems.empty', events: 'noEvents' });
    const form = { ...emptyForm('DINGTALK'), name: ' 运营群 ', url: DING, secret: 'SECabc', mentions: ['@all'] };
    expect(formProblems(form, false)).toEqual({});
    expect(createInput(form)).toEqual({ kind: 'DINGTALK', name: '运营群', url: DING, secret: 'SECabc', events: ['case.created', 'case.sla_breached'],
      mentions: ['@all'], locale: 'zh-CN', digestHour: 9 });
    const stored = { kind: 'DINGTALK' as const, name: '运营群', events: ['case.sla_breached', 'case.created'], mentions: ['@all'], locale: 'zh-CN', digestHour: 9 };
    const edit = formOf(stored);
    expect(edit.url).toBe('');
    expect(formProblems(edit, true)).toEqual({}); // the URL and secret left empty are kept
    expect(updateInput(stored, edit)).toEqual({});
    expect(updateInput(stored, { ...edit, name: '新名字', locale: 'en', removeSecret: true })).toEqual({ name: '新名字', locale: 'en', secret: '' });
    expect(updateInput(stored, { ...edit, secret: 'SECnew', events: ['digest'], mentions: [] })).toEqual({ secret: 'SECnew', events: ['digest'], mentions: [] });
  });

  test('the vendor’s own words, the code shown apart', () => {
    expect(vendorMessage('dingtalk errcode 310000: sign not match')).toBe('sign not match');
    expect(vendorMessage('feishu code 19021: sign match fail or timestamp is not within one hour from current time'))
      .toBe('sign match fail or timestamp is not within one hour from current time');
    expect(vendorMessage('wecom errcode 93000')).toBe('');
    expect(vendorMessage('HTTP 404: not found')).toBe('not found');
    expect(vendorMessage('connection refused')).toBe('connection refused');
    expect(vendorMessage(null)).toBe('');
  });

  test('a delivery’s tone and whether its last attempt failed', () => {
    const d = { status: 'PENDING', attempts: 1, errorCode: 310000, httpStatus: 200, errorMessage: 'sign not match' };
    expect(attemptFailed(d)).toBe(true);
    expect(channelDeliveryTone(d.status, d.errorCode, d.httpStatus)).toBe('bad');
    expect(attemptFailed({ status: 'PENDING', attempts: 0 })).toBe(false);
    expect(channelDeliveryTone('PENDING', null, null)).toBe('pending');
    expect(attemptFailed({ status: 'SENT', attempts: 1, httpStatus: 200 })).toBe(false);
    expect(channelDeliveryTone('SENT', null, 200)).toBe('good');
    expect(attemptFailed({ status: 'FAILED', attempts: 5, errorMessage: 'connection refused' })).toBe(true);
  });
});

function signedIn(role: Role) {
  sessionState.session = { user: { id: 'VXNlcjox', name: 'Admin', email: 'a@example.com', role },
    organization: { id: 'T3JnOjE=', name: 'Acme' }, csrfToken: 't' };
  sessionState.checked = true;
  sessionState.timezone = 'Asia/Shanghai';
}

async function open(path = '/settings/channels') {
  const router = createRouter({ history: createMemoryHistory('/app/'), routes: [{ path: '/settings/channels', component: ChannelsView }] });
  await router.push(path);
  await router.isReady();
  const page = mount({ template: '<RouterView />' }, { global: { plugins: [i18n, router] }, attachTo: document.body });
  await flushPromises();
  return { page, router };
}

const body = (init: RequestInit) => JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };

const FAILED: ChannelDeliveryRowFragment = {
  id: 'RDox', event: 'test', status: 'PENDING', count: 1, title: 'VoC Loop 测试消息', attempts: 1, httpStatus: 200, errorCode: 310000,
  errorMessage: 'dingtalk errcode 310000: sign not match', createdAt: '2026-12-06T08:00:00Z', deliveredAt: null, nextAttemptAt: '2026-12-06T08:01:00Z',
};
const SENT: ChannelDeliveryRowFragment = { ...FAILED, id: 'RDoy', status: 'SENT', errorCode: null, errorMessage: null, deliveredAt: '2026-12-06T08:05:00Z' };

function channel(overrides: Partial<ChannelRowFragment> = {}): ChannelRowFragment {
  return { id: 'TkM6MQ==', kind: 'DINGTALK', name: '运营群', url: 'https://oapi.dingtalk.com/robot/send?access_token=****6789',
    events: ['case.created', 'digest'], mentions: ['@all'], locale: 'zh-CN', digestHour: 9, active: true, signed: true,
    createdAt: '2026-12-01T00:00:00Z', lastDelivery: null, ...overrides };
}

const log = (rows: ChannelDeliveryRowFragment[]) => json(200, { data: { node: { id: 'TkM6MQ==', deliveries: {
  totalCount: rows.length, pageInfo: { hasNextPage: false, endCursor: null }, edges: rows.map((node) => ({ node })) } } } });

describe('the alert channels page', () => {
  test('a non-admin sees why, and nothing is asked of the API', async () => {
    signedIn('ANALYST');
    const calls = fakeFetch([]);
    const { page } = await open();
    expect(page.find('[data-test="admin-only"]').exists()).toBe(true);
    expect(page.find('[data-test="channel-form"]').exists()).toBe(false);
    expect(calls).toHaveLength(0);
    page.unmount();
  });

  test('the list: vendor names, translated events, state, the last delivery’s vendor error; names are text', async () => {
    signedIn('ADMIN');
    fakeFetch([json(200, { data: { notificationChannels: [
      channel({ name: '<b>运营群</b>', lastDelivery: FAILED }),
      channel({ id: 'TkM6Mg==', kind: 'WECOM', name: '客服群', active: false, signed: false, mentions: [], events: ['case.sla_breached'],
        url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=****5aaa' }),
    ] } })]);
    const { page } = await open();
    expect(page.get('h1').text()).toBe('告警通知');
    const rows = page.findAll('[data-test="channel-row"]');
    expect(rows.map((r) => r.get('[data-test="channel-kind-name"]').text())).toEqual(['钉钉', '企业微信']);
    expect(rows[0].get('[data-test="channel-row-name"]').text()).toBe('<b>运营群</b>');
    expect(rows[0].find('b').exists()).toBe(false);
    expect(rows[0].findAll('[data-test="channel-event"]').map((e) => e.text())).toEqual(['新工单', '每日摘要']);
    expect(rows[0].get('[data-test="channel-last-state"]').text()).toBe('重试中');
    expect(rows[0].get('[data-test="channel-last-error"]').text()).toBe('钉钉返回错误码 310000：sign not match');
    expect(rows[1].get('[data-test="channel-state"]').text()).toBe('停用');
    expect(rows[1].get('[data-test="channel-last"]').text()).toBe('尚未发送');
    expect(rows[1].get('[data-test="channel-test"]').attributes('disabled')).toBeDefined();
    page.unmount();
  });

  test('create: mistakes shown at their fields before asking, the server’s error at its field, then created', async () => {
    signedIn('ADMIN');
    const made = channel();
    const calls = fakeFetch([
      json(200, { data: { notificationChannels: [] } }),
      json(200, { data: { createNotificationChannel: { channel: null, errors: [
        { code: 'INVALID_CHANNEL', field: 'secret', message: 'a DingTalk robot’s secret starts with SEC (加签)' }] } } }),
      json(200, { data: { createNotificationChannel: { channel: made, errors: [] } } }),
    ]);
    const { page } = await open();
    expect(page.find('[data-test="channels-empty"]').exists()).toBe(true);
    await page.get('[data-test="channel-kind"]').setValue('DINGTALK');
    await page.get('[data-test="channel-url"]').setValue('https://oapi.dingtalk.com/robot/send');
    await page.get('[data-test="channel-secret"]').setValue('nope');
    await page.get('[data-test="channel-mentions"]').setValue('13800138000');
    await page.get('[data-test="channel-mentions"]').trigger('keydown', { key: 'Enter' });
    expect(page.findAll('[data-test="channel-mention"]').map((m) => m.text())).toEqual(['13800138000×']);
    await page.get('[data-test="channel-form"]').trigger('submit');
    await flushPromises();
    expect(calls).toHaveLength(1);
    expect(page.get('[data-test="channel-name-error"]').text()).toBe('请填写名称。');
    expect(page.get('[data-test="channel-url-error"]').text()).toContain('access_token');
    expect(page.get('[data-test="channel-secret-error"]').text()).toBe('钉钉的加签密钥以 SEC 开头。');
    expect(page.get('#channel-url').attributes('aria-invalid')).toBe('true');
    expect(page.get('#channel-url').attributes('aria-describedby')).toContain('channel-url-error');
    expect(document.activeElement?.id).toBe('channel-name');

    await page.get('[data-test="channel-name"]').setValue('运营群');
    await page.get('[data-test="channel-url"]').setValue(DING);
    await page.get('[data-test="channel-secret"]').setValue('SECbad');
    await page.get('[data-test="channel-form"]').trigger('submit');
    await flushPromises();
    expect(body(calls[1].init).variables.input).toMatchObject({ kind: 'DINGTALK', name: '运营群', url: DING, secret: 'SECbad', mentions: ['13800138000'] });
    expect(page.get('[data-test="channel-secret-error"]').text()).toContain('starts with SEC');
    expect(page.find('[data-test="channel-url-error"]').exists()).toBe(false);

    await page.get('[data-test="channel-secret"]').setValue('SECgood');
    await page.get('[data-test="channel-form"]').trigger('submit');
    await flushPromises();
    expect(page.get('[data-test="said"]').text()).toContain('已新建通知渠道 运营群');
    expect(page.findAll('[data-test="channel-row"]')).toHaveLength(1);
    expect((page.get('[data-test="channel-name"]').element as HTMLInputElement).value).toBe('');
    page.unmount();
  });

  test('a test message: the vendor’s error code and message shown, and the log opened with it', async () => {
    signedIn('ADMIN');
    setLocale('en');
    const calls = fakeFetch([
      json(200, { data: { notificationChannels: [channel()] } }),
      json(200, { data: { sendTestNotification: { channel: channel({ lastDelivery: FAILED }), delivery: FAILED, errors: [] } } }),
      log([FAILED, SENT]),
    ]);
    const { page, router } = await open();
    await page.get('[data-test="channel-test"]').trigger('click');
    await flushPromises();
    expect(body(calls[1].init).variables).toEqual({ id: 'TkM6MQ==' });
    const result = page.get('[data-test="channel-test-result"]');
    expect(result.attributes('role')).toBe('alert');
    expect(result.text()).toContain('The test message did not reach 运营群.');
    expect(page.get('[data-test="channel-test-detail"]').text()).toBe('DingTalk answered error code 310000: sign not match');
    expect(router.currentRoute.value.query.channel).toBe('TkM6MQ==');
    const rows = page.findAll('[data-test="channel-log-row"]');
    expect(rows.map((r) => r.attributes('data-status'))).toEqual(['PENDING', 'SENT']);
    expect(rows[0].get('[data-test="channel-log-code"]').text()).toBe('310000');
    expect(rows[0].get('[data-test="channel-log-error"]').text()).toBe('sign not match');
    expect(rows[0].text()).toContain('Test message');
    page.unmount();
  });

  test('edit keeps the URL and secret unless typed; delete asks first', async () => {
    signedIn('ADMIN');
    const calls = fakeFetch([
      json(200, { data: { notificationChannels: [channel()] } }),
      json(200, { data: { updateNotificationChannel: { channel: channel({ name: '运营二群' }), errors: [] } } }),
      json(200, { data: { deleteNotificationChannel: { channel: { id: 'TkM6MQ==', name: '运营二群' }, errors: [] } } }),
    ]);
    const { page } = await open();
    await page.get('[data-test="channel-edit"]').trigger('click');
    await flushPromises();
    const form = page.get('[data-test="channel-edit-form"]');
    expect(form.get('[data-test="channel-kind"]').attributes('disabled')).toBeDefined();
    expect((form.get('[data-test="channel-url"]').element as HTMLInputElement).value).toBe('');
    expect(form.text()).toContain('留空则不修改');
    await form.get('[data-test="channel-name"]').setValue('运营二群');
    await form.trigger('submit');
    await flushPromises();
    expect(body(calls[1].init).variables).toEqual({ id: 'TkM6MQ==', input: { name: '运营二群' } });
    expect(page.get('[data-test="channel-row-name"]').text()).toBe('运营二群');

    await page.get('[data-test="channel-delete"]').trigger('click');
    expect(calls).toHaveLength(2);
    await page.get('[data-test="channel-delete-yes"]').trigger('click');
    await flushPromises();
    expect(body(calls[2].init).variables).toEqual({ id: 'TkM6MQ==' });
    expect(page.find('[data-test="channel-row"]').exists()).toBe(false);
    expect(page.get('[data-test="said"]').text()).toBe('已删除 运营二群。');
    page.unmount();
  });
});
