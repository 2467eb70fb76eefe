import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { Role } from '../src/api/auth';
import { i18n, setLocale } from '../src/i18n';
import { sessionState } from '../src/stores/session';
import SurveyView from '../src/views/SurveyView.vue';
import { fakeFetch, json } from './support';

afterEach(() => {
  vi.unstubAllGlobals();
  setLocale('zh-CN');
  document.body.replaceChildren();
});

const DEFINITION = {
  main: { id: 'score', type: 'nps', text: '您向朋友或同事推荐我们的可能性有多大？', min: 0, max: 10, minLabel: '不可能', maxLabel: '极有可能' },
  followUps: [{ band: 'detractor', minScore: 0, maxScore: 6, text: '我们哪里做得不好？' }],
  questions: [],
  thankYou: '感谢您的反馈！',
};
const SURVEY = {
  __typename: 'Survey', id: 'U3VydmV5OjE=', name: '<b>下单后</b> NPS', kind: 'NPS', purpose: 'ORDINARY', status: 'ACTIVE', token: 'TOK',
  locale: 'zh-CN', questions: DEFINITION, allowedOrigins: [], sampleRate: 1, recontactDays: 30, displayLimit: 3,
  createdAt: '2026-11-01T00:00:00Z', publishedAt: '2026-11-02T00:00:00Z', metrics: { responses: 12, displays: 40, responseRate: 0.3, rateResponses: 12, rateDisplays: 40 },
};

function signedIn(role: Role): void {
  sessionState.session = { user: { id: 'VXNlcjox', name: 'PM', email: 'pm@example.com', role },
    organization: { id: 'T3JnOjE=', name: 'Acme' }, csrfToken: 't' };
  sessionState.checked = true;
}

async function open(path: string) {
  const router = createRouter({
    history: createMemoryHistory('/app/'),
    routes: [
      { path: '/surveys', name: 'surveys', component: { template: '<p>list</p>' } },
      { path: '/surveys/:id', name: 'survey', component: SurveyView },
    ],
  });
  await router.push(path);
  await router.isReady();
  const page = mount({ template: '<RouterView />' }, {
    global: { plugins: [i18n, router], stubs: { SurveyPreview: true, SharePanel: true } },
    attachTo: document.body,
  });
  await flushPromises();
  return { page, router };
}

const body = (init: RequestInit) => JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };

test('the API’s validation error shows at its field, named in the summary, and nothing else changes', async () => {
  signedIn('ANALYST');
  const calls = fakeFetch([
    json(200, { data: { defaultSurveyDefinition: DEFINITION } }),
    json(200, { data: { createSurvey: { survey: null, errors: [
      { code: 'VALIDATION', field: 'allowedOrigins', message: "'shop.example.com' is not an origin like https://shop.example.com" }] } } }),
  ]);
  const { page, router } = await open('/surveys/new');
  expect(page.get('h1').text()).toBe('新建问卷');
  expect((page.get('#survey-question').element as HTMLInputElement).value).toBe(DEFINITION.main.text);
  await page.get('#survey-name').setValue('App NPS');
  await page.get('#survey-allowedOrigins').setValue('shop.example.com');
  await page.get('[data-test="save"]').trigger('click');
  await flushPromises();
  const sent = body(calls[1].init);
  expect(sent.variables.input).toMatchObject({ name: 'App NPS', kind: 'NPS', locale: 'zh-CN', allowedOrigins: ['shop.example.com'] });
  const field = page.get('#survey-allowedOrigins');
  expect(field.attributes('aria-invalid')).toBe('true');
  expect(field.attributes('aria-describedby')).toContain('survey-allowedOrigins-error');
  expect(page.get('#survey-allowedOrigins-error').text()).toBe('每行一个来源，格式如 https://shop.example.com（不含路径）。');
  expect(page.get('[data-test="error-summary"]').text()).toContain('请修改以下 1 处');
  expect(router.currentRoute.value.fullPath).toBe('/surveys/new');
  page.unmount();
});

test('a viewer reads a survey with no control that changes it; its name is text', async () => {
  signedIn('VIEWER');
  fakeFetch([json(200, { data: { node: SURVEY } })]);
  const { page } = await open(`/surveys/${SURVEY.id}`);
  expect(page.get('h1').text()).toBe('<b>下单后</b> NPS');
  expect(page.find('h1 b').exists()).toBe(false);
  expect(page.find('[data-test="actions"]').exists()).toBe(false);
  expect(page.find('[data-test="add-question"]').exists()).toBe(false);
  expect(page.find('[data-test="read-only"]').exists()).toBe(true);
  expect(page.get('#survey-name').attributes('readonly')).toBeDefined();
  expect(page.get('#survey-kind').attributes('disabled')).toBeDefined();
  expect(page.get('[data-test="status"]').text()).toBe('收集中');
  expect(page.get('[data-test="figure-responses"]').text()).toBe('12');
  // The rate says what it divides, and (on hover) which channels it counts.
  expect(page.get('[data-test="figure-rate"]').text()).toBe('30.0% 回答 12 / 展示 40');
  expect(page.get('[data-test="figure-rate"]').attributes('title')).toContain('小部件、链接、邮件');
  page.unmount();
});

test('an active survey offers pause and archive (not publish); archiving asks first', async () => {
  signedIn('ADMIN');
  const calls = fakeFetch([
    json(200, { data: { node: SURVEY } }),
    json(200, { data: { archiveSurvey: { survey: { ...SURVEY, status: 'ARCHIVED' }, errors: [] } } }),
  ]);
  const { page } = await open(`/surveys/${SURVEY.id}`);
  expect(page.find('[data-test="publish"]').exists()).toBe(false);
  expect(page.find('[data-test="pause"]').exists()).toBe(true);
  await page.get('[data-test="archive"]').trigger('click');
  expect(calls).toHaveLength(1);
  await page.get('[data-test="archive-yes"]').trigger('click');
  await flushPromises();
  expect(body(calls[1].init).query).toContain('archiveSurvey');
  expect(page.get('[data-test="status"]').text()).toBe('已归档');
  expect(page.find('[data-test="actions"]').exists()).toBe(false);
  expect(page.find('[data-test="archived-note"]').exists()).toBe(true);
  page.unmount();
});

test('an id of no survey of this organisation shows "not found"', async () => {
  signedIn('ADMIN');
  fakeFetch([json(200, { data: { node: null } })]);
  const { page } = await open('/surveys/U3VydmV5Ojk5OTk=');
  expect(page.get('[data-test="not-found"]').text()).toContain('页面不存在');
  expect(page.findAll('h1')).toHaveLength(1);
  page.unmount();
});

test('a viewer cannot start a new survey', async () => {
  signedIn('VIEWER');
  const calls = fakeFetch([]);
  const { page } = await open('/surveys/new');
  expect(page.find('[data-test="cannot-create"]').exists()).toBe(true);
  expect(calls).toEqual([]);
  page.unmount();
});
