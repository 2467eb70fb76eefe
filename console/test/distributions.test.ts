import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import DistributionsPanel from '../src/components/surveys/DistributionsPanel.vue';
import { i18n, setLocale } from '../src/i18n';
import { sessionState } from '../src/stores/session';
import { fakeFetch, json } from './support';

afterEach(() => {
  vi.unstubAllGlobals();
  setLocale('zh-CN');
  document.body.replaceChildren();
});

const ROW = {
  id: 'RGlzdHJpYnV0aW9uOjE=', status: 'SENT', recipients: 3, sent: 3, failed: 1, clicked: 2, answered: 1, unsubscribed: 0,
  responseRate: 1 / 3, sendAt: '2026-12-06T08:00:00Z', remindAfterHours: 72, maxReminders: 1,
  failedRecipients: { edges: [{ node: { email: 'gone@example.com', lastError: 'SMTPRecipientsRefused: 550 no such mailbox' } }] },
};

function body(init: RequestInit): { query: string; variables: Record<string, unknown> } {
  return JSON.parse(String(init.body));
}

async function panel(canManage = true) {
  sessionState.session = { user: { id: 'VXNlcjox', name: 'PM', email: 'pm@example.com', role: 'ADMIN' },
    organization: { id: 'T3JnOjE=', name: 'Acme' }, csrfToken: 't' };
  sessionState.checked = true;
  const page = mount(DistributionsPanel, { props: { surveyId: 'U3VydmV5OjE=', active: true, canManage },
    global: { plugins: [i18n] }, attachTo: document.body });
  const details = page.get('[data-test="distributions"]').element as HTMLDetailsElement;
  details.open = true;
  details.dispatchEvent(new Event('toggle'));
  await flushPromises();
  return page;
}

test('opened, it lists the figures and the failed recipients with the server’s words', async () => {
  const calls = fakeFetch([json(200, { data: { distributions: { totalCount: 1, edges: [{ node: ROW }] } } })]);
  const page = await panel();
  expect(body(calls[0].init).variables).toEqual({ surveyId: 'U3VydmV5OjE=' });
  expect(page.get('[data-test="distribution-status"]').text()).toBe('已发送');
  expect(page.get('[data-test="distribution-figures"]').text()).toContain('33.3%');
  expect(page.get('[data-test="failed-recipient"]').text()).toContain('550 no such mailbox');
  page.unmount();
});

test('a CSV with bad rows shows every refusal; a good one is sent and listed', async () => {
  const calls = fakeFetch([
    json(200, { data: { distributions: { totalCount: 0, edges: [] } } }),
    json(200, { data: { createDistribution: { distribution: null, errors: [
      { code: 'INVALID_EMAIL', field: 'recipientsCsv.2.email', message: '“broken” is not an e-mail address' }] } } }),
    json(200, { data: { createDistribution: { distribution: { ...ROW, status: 'SENDING', sent: 0 }, errors: [] } } }),
  ]);
  const page = await panel();
  expect(page.find('[data-test="distributions-empty"]').exists()).toBe(true);
  await page.get('[data-test="distribution-recipients"]').setValue('wang@example.com,王芳\nbroken');
  await page.get('[data-test="distribution-form"]').trigger('submit');
  await flushPromises();
  expect(body(calls[1].init).variables.input).toMatchObject({ recipientsCsv: 'wang@example.com,王芳\nbroken', recipients: [] });
  expect(page.get('[data-test="distribution-errors"]').text()).toContain('recipientsCsv.2.email');
  await page.get('[data-test="distribution-recipients"]').setValue('wang@example.com,王芳');
  await page.get('[data-test="distribution-form"]').trigger('submit');
  await flushPromises();
  expect(page.findAll('[data-test="distribution"]')).toHaveLength(1);
  expect(page.get('[data-test="distribution-said"]').text()).toBe('已创建，共 3 位收件人。');
  page.unmount();
});

test('a reader sees the figures and no form', async () => {
  fakeFetch([json(200, { data: { distributions: { totalCount: 1, edges: [{ node: ROW }] } } })]);
  const page = await panel(false);
  expect(page.find('[data-test="distribution-form"]').exists()).toBe(false);
  expect(page.find('[data-test="distribution-cancel"]').exists()).toBe(false);
  page.unmount();
});
