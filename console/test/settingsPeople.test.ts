import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { Role } from '../src/api/auth';
import { i18n, setLocale } from '../src/i18n';
import { placeErrors, SETTINGS_SECTIONS, timeZones, userActions } from '../src/lib/settingsPeople';
import { sessionState } from '../src/stores/session';
import ApiKeysView from '../src/views/settings/ApiKeysView.vue';
import IdentityView from '../src/views/settings/IdentityView.vue';
import OrganizationView from '../src/views/settings/OrganizationView.vue';
import SettingsLayout from '../src/views/settings/SettingsLayout.vue';
import ShellLayout from '../src/views/ShellLayout.vue';
import UsersView from '../src/views/settings/UsersView.vue';
import { fakeFetch, json } from './support';

afterEach(() => {
  vi.unstubAllGlobals();
  setLocale('zh-CN');
  document.body.replaceChildren();
});

const ME = 'VXNlcjox';
function signedIn(role: Role): void {
  sessionState.session = { user: { id: ME, name: '刘洋', email: 'liu@example.com', role },
    organization: { id: 'T3JnOjE=', name: 'Acme' }, csrfToken: 't' };
  sessionState.checked = true;
  sessionState.started = true; // ensureStart asks nothing more
  sessionState.timezone = 'Asia/Shanghai';
}

async function open(path: string) {
  const router = createRouter({
    history: createMemoryHistory('/app/'),
    routes: [
      { path: '/', component: { template: '<p>overview</p>' } },
      {
        path: '/settings', component: SettingsLayout, children: [
          { path: '', redirect: '/settings/users' },
          { path: 'users', component: UsersView },
          { path: 'api-keys', component: ApiKeysView },
          { path: 'identity', component: IdentityView },
          { path: 'organization', component: OrganizationView },
          { path: ':other', component: { template: '<h1>other section</h1>' } }, // the other helper's pages
        ],
      },
    ],
  });
  await router.push(path);
  await router.isReady();
  const page = mount({ template: '<RouterView />' }, { global: { plugins: [i18n, router] }, attachTo: document.body });
  await flushPromises();
  return { page, router };
}

const sent = (init: RequestInit) => JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
const user = (id: string, name: string, role: Role, status = 'ACTIVE', signedIn = false) =>
  ({ __typename: 'User', id, name, email: `${id}@example.com`, role, status, deactivatedAt: null, signedIn });
const users = (...nodes: ReturnType<typeof user>[]) => json(200, { data: { users: {
  totalCount: nodes.length, pageInfo: { hasNextPage: false, endCursor: null }, edges: nodes.map((node) => ({ node })) } } });

// --- logic ---------------------------------------------------------------------------------------

test('an admin may change, deactivate and sign out others, never themselves; a deactivated user only comes back', () => {
  expect(userActions({ id: 'a', status: 'ACTIVE', signedIn: true }, 'me'))
    .toEqual({ changeRole: true, deactivate: true, reactivate: false, revokeSessions: true });
  expect(userActions({ id: 'me', status: 'ACTIVE', signedIn: true }, 'me'))
    .toEqual({ changeRole: false, deactivate: false, reactivate: false, revokeSessions: false });
  expect(userActions({ id: 'a', status: 'INVITED', signedIn: false }, 'me'))
    .toEqual({ changeRole: true, deactivate: true, reactivate: false, revokeSessions: false });
  expect(userActions({ id: 'a', status: 'DEACTIVATED', signedIn: false }, 'me'))
    .toEqual({ changeRole: false, deactivate: false, reactivate: true, revokeSessions: false });
  // Active but not signed in (an integration working through its API key, or a session that ended):
  // signing out everywhere would end nothing, so it is not offered.
  expect(userActions({ id: 'a', status: 'ACTIVE', signedIn: false }, 'me').revokeSessions).toBe(false);
});

test('the time zones offered always hold the current one and UTC, sorted', () => {
  expect(timeZones('Asia/Urumqi', () => ['Europe/Berlin', 'Asia/Shanghai'])).toEqual(['Asia/Shanghai', 'Asia/Urumqi', 'Europe/Berlin', 'UTC']);
  expect(timeZones('Asia/Shanghai')).toContain('Asia/Shanghai');
});

test('payload errors go to their field with the page’s words where it has them, the rest apart', () => {
  const placed = placeErrors([
    { code: 'DUPLICATE', field: 'email', message: 'a user with email x already exists' },
    { code: 'VALIDATION', field: 'name', message: 'name is longer than 200 characters' },
    { code: 'VALIDATION', field: 'role', message: 'odd' },
    { code: 'LAST_ADMIN', field: 'userId', message: 'keep one' },
  ], ['name', 'email', 'role']);
  expect(placed.fields).toEqual({ email: 'peopleSettings.errors.DUPLICATE_email', name: 'peopleSettings.errors.VALIDATION_name', role: 'odd' });
  expect(placed.other.map((e) => e.code)).toEqual(['LAST_ADMIN']);
});

// --- the layout ------------------------------------------------------------------------------------

test('admins get every section in the sub-navigation, the current one marked', async () => {
  signedIn('ADMIN');
  fakeFetch([users(user(ME, '刘洋', 'ADMIN'))]);
  const { page, router } = await open('/settings');
  expect(router.currentRoute.value.path).toBe('/settings/users');
  const links = page.findAll('.settings__nav a');
  expect(links.map((a) => a.attributes('href'))).toEqual(SETTINGS_SECTIONS.map((s) => `/app${s.path}`));
  expect(links[0].attributes('aria-current')).toBe('page');
  expect(page.findAll('h1').map((h) => h.text())).toEqual(['成员与邀请']);
  page.unmount();
});

test.each(['VIEWER', 'AGENT', 'ANALYST'] as Role[])('a %s opening settings is told they may not, and nothing is asked of the API', async (role) => {
  signedIn(role);
  const calls = fakeFetch([]);
  setLocale('en');
  const { page } = await open('/settings/api-keys');
  expect(page.get('h1').text()).toBe('Settings are not available to you');
  expect(page.find('[data-test="settings-api-keys"]').exists()).toBe(false);
  expect(calls).toHaveLength(0);
  page.unmount();
});

test.each([['ADMIN', true], ['ANALYST', false], ['AGENT', false], ['VIEWER', false]] as [Role, boolean][])(
  'the main navigation offers settings to a %s: %s', async (role, shown) => {
    signedIn(role);
    const router = createRouter({ history: createMemoryHistory('/app/'), routes: [
      { path: '/', component: ShellLayout, children: [{ path: '', component: { template: '<p>x</p>' } }] },
      { path: '/:rest(.*)*', component: { template: '<p>x</p>' } }] });
    await router.push('/');
    await router.isReady();
    const page = mount({ template: '<RouterView />' }, { global: { plugins: [i18n, router] }, attachTo: document.body });
    await flushPromises();
    expect(page.find('[data-test="nav-settings"]').exists()).toBe(shown);
    if (shown) expect(page.get('[data-test="nav-settings"]').text()).toBe('设置');
    page.unmount();
  });

// --- users -----------------------------------------------------------------------------------------

test('an invitation’s link is shown once, to copy, and the invitee joins the list', async () => {
  signedIn('ADMIN');
  const calls = fakeFetch([
    users(user(ME, '刘洋', 'ADMIN')),
    json(200, { data: { inviteUser: { invitationUrl: 'http://x/app/invitation?token=T0K', expiresAt: '2026-12-09T08:00:00Z',
      user: user('VXNlcjoy', '<b>王芳</b>', 'AGENT', 'INVITED'), errors: [] } } }),
  ]);
  const writeText = vi.fn(async () => {});
  vi.stubGlobal('navigator', { clipboard: { writeText } });
  const { page } = await open('/settings/users');
  await page.get('#invite-name').setValue('<b>王芳</b>');
  await page.get('#invite-email').setValue('wang@example.com');
  await page.get('form').trigger('submit');
  await flushPromises();
  expect(sent(calls[1].init).variables.input).toEqual({ name: '<b>王芳</b>', email: 'wang@example.com', role: 'AGENT' });
  expect((page.get('[data-test="invitation-url"]').element as HTMLInputElement).value).toBe('http://x/app/invitation?token=T0K');
  expect(page.get('[data-test="invitation-link"]').text()).toContain('2026年12月9日 16:00 前有效');
  await page.get('[data-test="copy-link"]').trigger('click');
  await flushPromises();
  expect(writeText).toHaveBeenCalledWith('http://x/app/invitation?token=T0K');
  const rows = page.findAll('[data-test="user-row"]');
  expect(rows).toHaveLength(2);
  expect(rows[0].html()).toContain('&lt;b&gt;王芳&lt;/b&gt;'); // a name is text
  expect(rows[0].get('[data-test="status"]').text()).toBe('已邀请');
  await page.get('[data-test="dismiss-link"]').trigger('click');
  expect(page.find('[data-test="invitation-link"]').exists()).toBe(false);
  expect(page.html()).not.toContain('T0K');
  page.unmount();
});

test('a refused invitation shows at its field and shows no link', async () => {
  signedIn('ADMIN');
  fakeFetch([
    users(user(ME, '刘洋', 'ADMIN')),
    json(200, { data: { inviteUser: { invitationUrl: null, expiresAt: null, user: null,
      errors: [{ code: 'DUPLICATE', field: 'email', message: 'a user with email wang@example.com already exists' }] } } }),
  ]);
  const { page } = await open('/settings/users');
  await page.get('#invite-name').setValue('王芳');
  await page.get('#invite-email').setValue('wang@example.com');
  await page.get('form').trigger('submit');
  await flushPromises();
  expect(page.get('#invite-email').attributes('aria-invalid')).toBe('true');
  expect(page.get('#invite-email-error').text()).toBe('已有成员使用这个邮箱。');
  expect(page.find('[data-test="invitation-link"]').exists()).toBe(false);
  expect(page.findAll('[data-test="user-row"]')).toHaveLength(1);
  page.unmount();
});

test('a role change asks first, and a refusal says why and puts the role back', async () => {
  signedIn('ADMIN');
  const chen = user('VXNlcjoz', '陈静', 'ADMIN');
  const calls = fakeFetch([
    users(chen, user(ME, '刘洋', 'ADMIN')),
    json(200, { data: { changeUserRole: { endedSessions: 0, user: null,
      errors: [{ code: 'LAST_ADMIN', field: 'role', message: 'keep one' }] } } }),
    json(200, { data: { changeUserRole: { endedSessions: 2, user: { ...chen, role: 'VIEWER' }, errors: [] } } }),
  ]);
  const { page } = await open('/settings/users');
  expect(page.findAll('[data-test="role-select"]')).toHaveLength(1); // not on your own row
  await page.get('[data-test="role-select"]').setValue('VIEWER');
  expect(calls).toHaveLength(1); // asked first
  expect(page.get('[data-test="confirm"]').text()).toContain('陈静');
  await page.get('[data-test="confirm-yes"]').trigger('click');
  await flushPromises();
  expect(sent(calls[1].init).variables).toEqual({ userId: chen.id, role: 'VIEWER' });
  expect(page.get('[data-test="refusal"]').text()).toContain('组织至少要保留一位启用中的管理员');
  expect((page.get('[data-test="role-select"]').element as HTMLSelectElement).value).toBe('ADMIN');
  await page.get('[data-test="role-select"]').setValue('VIEWER');
  await page.get('[data-test="confirm-yes"]').trigger('click');
  await flushPromises();
  expect(page.get('[data-test="said"]').text()).toBe('陈静 现在是只读，已结束 2 个登录会话。');
  expect((page.get('[data-test="role-select"]').element as HTMLSelectElement).value).toBe('VIEWER');
  page.unmount();
});

test('deactivating asks first, then the row shows it and offers only reactivation', async () => {
  signedIn('ADMIN');
  const wang = user('VXNlcjoy', '王芳', 'AGENT');
  const calls = fakeFetch([
    users(wang, user(ME, '刘洋', 'ADMIN')),
    json(200, { data: { deactivateUser: { endedSessions: 1, revokedApiKeys: 2,
      user: { ...wang, status: 'DEACTIVATED', deactivatedAt: '2026-12-06T10:00:00Z' }, errors: [] } } }),
  ]);
  const { page } = await open('/settings/users');
  const row = () => page.get(`[data-test="user-row"][data-id="${wang.id}"]`);
  await row().get('[data-test="deactivate"]').trigger('click');
  await flushPromises();
  expect(calls).toHaveLength(1);
  await page.get('[data-test="confirm-yes"]').trigger('click');
  await flushPromises();
  expect(sent(calls[1].init).query).toContain('deactivateUser');
  expect(page.get('[data-test="said"]').text()).toBe('已停用 王芳（结束 1 个会话，吊销 2 个密钥）。');
  expect(row().get('[data-test="status"]').text()).toBe('已停用');
  expect(row().find('[data-test="deactivate"]').exists()).toBe(false);
  expect(row().find('[data-test="role-select"]').exists()).toBe(false);
  expect(row().find('[data-test="reactivate"]').exists()).toBe(true);
  page.unmount();
});

test('what a deactivation ended reads in the plural each count needs, in both languages', () => {
  const { t } = i18n.global;
  const said = (sessions: number, keys: number) => t('peopleSettings.users.deactivated', {
    name: 'Ada', sessions: t('peopleSettings.users.endedSessions', { n: sessions }, sessions),
    keys: t('peopleSettings.users.revokedKeys', { n: keys }, keys) });
  setLocale('en');
  expect([said(1, 1), said(2, 0), said(0, 3)]).toEqual([
    'Ada is deactivated (1 session ended, 1 API key revoked).',
    'Ada is deactivated (2 sessions ended, no API keys to revoke).',
    'Ada is deactivated (no sessions to end, 3 API keys revoked).']);
  setLocale('zh-CN');
  expect([said(1, 0), said(3, 2)]).toEqual(['已停用 Ada（结束 1 个会话，没有要吊销的密钥）。', '已停用 Ada（结束 3 个会话，吊销 2 个密钥）。']);
});

test('sign out everywhere is offered only for who is signed in, and the row says when they no longer are', async () => {
  signedIn('ADMIN');
  setLocale('en');
  const vera = user('VXNlcjo0', '王芳', 'VIEWER', 'ACTIVE', true);
  const robot = user('VXNlcjo1', 'bi-export', 'ANALYST', 'ACTIVE', false);
  const calls = fakeFetch([
    users(vera, robot, user(ME, '刘洋', 'ADMIN', 'ACTIVE', true)),
    json(200, { data: { revokeUserSessions: { endedSessions: 1, user: { ...vera, signedIn: false }, errors: [] } } }),
  ]);
  const { page } = await open('/settings/users');
  const row = (id: string) => page.get(`[data-test="user-row"][data-id="${id}"]`);
  expect(row(robot.id).get('[data-test="status"]').text()).toBe('Active');
  expect(row(robot.id).find('[data-test="revoke-sessions"]').exists()).toBe(false); // its key is no session
  expect(row(robot.id).find('[data-test="signed-in"]').exists()).toBe(false);
  expect(row(ME).find('[data-test="revoke-sessions"]').exists()).toBe(false); // yourself: sign out instead
  expect(row(vera.id).get('[data-test="signed-in"]').text()).toBe('Signed in now');
  await row(vera.id).get('[data-test="revoke-sessions"]').trigger('click');
  await flushPromises();
  expect(sent(calls[1].init).variables).toEqual({ userId: vera.id });
  expect(page.get('[data-test="said"]').text()).toBe('王芳 is signed out everywhere (1 session ended).');
  expect(row(vera.id).find('[data-test="revoke-sessions"]').exists()).toBe(false);
  expect(row(vera.id).find('[data-test="signed-in"]').exists()).toBe(false);
  setLocale('zh-CN');
  await flushPromises();
  expect(row(ME).get('[data-test="signed-in"]').text()).toBe('当前已登录');
  page.unmount();
});

// --- API keys --------------------------------------------------------------------------------------

const keyRow = (id: string, name: string, revokedAt: string | null = null) => ({
  __typename: 'ApiKey', id, name, role: 'VIEWER', prefix: 'voc_abcdefgh', createdAt: '2026-12-01T00:00:00Z',
  lastUsedAt: null, revokedAt, user: null,
});

test('a new key is shown once; revoking asks first and marks the row', async () => {
  signedIn('ADMIN');
  setLocale('en');
  const calls = fakeFetch([
    json(200, { data: { apiKeys: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } }),
    json(200, { data: { createApiKey: { key: 'voc_abcdefghSECRET', apiKey: keyRow('QXBpS2V5OjE=', 'warehouse'), errors: [] } } }),
    json(200, { data: { revokeApiKey: { apiKey: keyRow('QXBpS2V5OjE=', 'warehouse', '2026-12-06T10:00:00Z'), errors: [] } } }),
  ]);
  const { page } = await open('/settings/api-keys');
  expect(page.get('[data-test="empty"]').text()).toContain('No API keys yet');
  await page.get('#key-name').setValue('warehouse');
  await page.get('#key-role').setValue('VIEWER');
  await page.get('form').trigger('submit');
  await flushPromises();
  expect(sent(calls[1].init).variables.input).toEqual({ name: 'warehouse', role: 'VIEWER' });
  expect((page.get('[data-test="new-key-value"]').element as HTMLInputElement).value).toBe('voc_abcdefghSECRET');
  const row = page.get('[data-test="key-row"]');
  expect(row.text()).toContain('voc_abcdefgh…');
  expect(row.text()).toContain('never');
  expect(row.text()).not.toContain('SECRET');
  await page.get('[data-test="dismiss-key"]').trigger('click');
  expect(page.html()).not.toContain('SECRET');
  await page.get('[data-test="revoke"]').trigger('click');
  await flushPromises();
  expect(calls).toHaveLength(2);
  await page.get('[data-test="confirm-yes"]').trigger('click');
  await flushPromises();
  expect(sent(calls[2].init).variables).toEqual({ id: 'QXBpS2V5OjE=' });
  expect(page.get('[data-test="key-status"]').text()).toContain('Revoked');
  expect(page.find('[data-test="revoke"]').exists()).toBe(false);
  page.unmount();
});

test('a key without a name is refused at the field', async () => {
  signedIn('ADMIN');
  fakeFetch([
    json(200, { data: { apiKeys: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } }),
    json(200, { data: { createApiKey: { key: null, apiKey: null, errors: [{ code: 'VALIDATION', field: 'name', message: 'empty' }] } } }),
  ]);
  const { page } = await open('/settings/api-keys');
  await page.get('form').trigger('submit');
  await flushPromises();
  expect(page.get('#key-name-error').text()).toBe('请填写名称（不超过 200 个字符）。');
  expect(page.find('[data-test="new-key"]').exists()).toBe(false);
  page.unmount();
});

// --- identity secret and organisation -------------------------------------------------------------

test('the identity secret is read only when revealed; rotating asks first', async () => {
  signedIn('ADMIN');
  const calls = fakeFetch([
    json(200, { data: { viewer: { organization: { id: 'T3JnOjE=', identitySecret: 'OLD-SECRET' } } } }),
    json(200, { data: { rotateIdentitySecret: { organization: { id: 'T3JnOjE=', identitySecret: 'NEW-SECRET' }, errors: [] } } }),
  ]);
  const { page } = await open('/settings/identity');
  expect(calls).toHaveLength(0);
  expect(page.html()).not.toContain('SECRET');
  await page.get('[data-test="reveal"]').trigger('click');
  await flushPromises();
  expect((page.get('[data-test="identity-secret"]').element as HTMLInputElement).value).toBe('OLD-SECRET');
  await page.get('[data-test="rotate"]').trigger('click');
  await flushPromises();
  expect(calls).toHaveLength(1);
  await page.get('[data-test="confirm-yes"]').trigger('click');
  await flushPromises();
  expect(sent(calls[1].init).query).toContain('rotateIdentitySecret');
  expect((page.get('[data-test="identity-secret"]').element as HTMLInputElement).value).toBe('NEW-SECRET');
  await page.get('[data-test="hide-secret"]').trigger('click');
  expect(page.html()).not.toContain('SECRET');
  page.unmount();
});

test('the organisation sends only what changed; a refused time zone shows at its field and changes nothing', async () => {
  signedIn('ADMIN');
  const calls = fakeFetch([
    json(200, { data: { viewer: { organization: { id: 'T3JnOjE=', name: 'Acme', timezone: 'Asia/Shanghai' } } } }),
    json(200, { data: { updateOrganization: { organization: null, errors: [{ code: 'VALIDATION', field: 'timezone', message: 'no' }] } } }),
    json(200, { data: { updateOrganization: { organization: { id: 'T3JnOjE=', name: 'Acme 商城', timezone: 'Asia/Shanghai' }, errors: [] } } }),
  ]);
  const { page } = await open('/settings/organization');
  await page.get('form').trigger('submit');
  await flushPromises();
  expect(calls).toHaveLength(1); // nothing changed: nothing sent
  expect(page.get('[data-test="said"]').text()).toBe('没有需要保存的修改。');
  await page.get('#org-timezone').setValue('Europe/Berlin');
  await page.get('form').trigger('submit');
  await flushPromises();
  expect(sent(calls[1].init).variables.input).toEqual({ timezone: 'Europe/Berlin' });
  expect(page.get('#org-timezone-error').text()).toBe('请选择列表中的时区。');
  expect(sessionState.timezone).toBe('Asia/Shanghai');
  await page.get('#org-timezone').setValue('Asia/Shanghai');
  await page.get('#org-name').setValue('Acme 商城');
  await page.get('form').trigger('submit');
  await flushPromises();
  expect(sent(calls[2].init).variables.input).toEqual({ name: 'Acme 商城' });
  expect(sessionState.session?.organization.name).toBe('Acme 商城');
  expect(page.get('[data-test="said"]').text()).toBe('已保存。');
  page.unmount();
});
