// End-to-end tests of the admin's people settings against a live `voc serve` holding the demo
// organisation, in Debian's Chromium: an admin invites someone and sees the one-time link once (and
// the link works), signs them out everywhere (offered for who is signed in, not for a user active through
// an API key alone), creates an API key that works and revokes it (then 401), deactivates the invitee;
// a viewer and an agent see no settings entry and are refused the pages and the API; every page in
// zh-CN and en at 1280 and 768 px (screenshots, axe, no CSP violation).
//
//   VOC_E2E_CONSOLE_ONLY=e2e/settings-people.e2e.test.mjs scripts/e2e.sh
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  BASE, PASSWORD, VIEWER_EMAIL, WIDTHS, api, assertAccessible, cspViolations, launchBrowser, newPage, screenshot, signIn, skip,
} from './support.mjs';

// scripts/e2e.sh creates e2e-admin, e2e-viewer and e2e-agent with one password.
const AGENT_EMAIL = process.env.VOC_E2E_AGENT_EMAIL || VIEWER_EMAIL.replace('viewer', 'agent');
const run = Date.now().toString(36);

async function usersReady(page) {
  await page.locator('[data-test="settings-users"][data-loading="false"]').waitFor();
}
async function keysReady(page) {
  await page.locator('[data-test="settings-api-keys"][data-loading="false"]').waitFor();
}
/** GraphQL from inside the signed-in page (its cookie and CSRF token): the status and the body. */
async function fromPage(page, query) {
  return page.evaluate(async (q) => {
    const csrf = decodeURIComponent((document.cookie.split('; ').find((c) => c.startsWith('voc_csrf=')) || '').slice(9));
    const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify({ query: q }) });
    return { status: res.status, body: await res.json() };
  }, query);
}

describe('people settings', { skip }, () => {
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  test('an admin invites someone, sees the link once, and the link lets them in; then deactivates them', async () => {
    const { page, problems } = await newPage(browser);
    await signIn(page);
    await page.locator('[data-test="nav-settings"]').click();
    await page.waitForURL(`${BASE}/app/settings/users`);
    await usersReady(page);
    assert.equal(await page.locator('h1').textContent(), '成员与邀请');
    const email = `invitee-${run}@example.com`;
    await page.locator('#invite-name').fill(`新同事 ${run}`);
    await page.locator('#invite-email').fill(email);
    await page.locator('#invite-role').selectOption('AGENT');
    await page.locator('[data-test="invite-submit"]').click();
    const field = page.locator('[data-test="invitation-url"]');
    await field.waitFor();
    const link = await field.inputValue();
    assert.match(link, /\/app\/invitation\?token=[\w-]{20,}$/);
    await assertAccessible(page, 'the invitation link');
    await screenshot(page, 'settings-users-invitation-link');
    const row = page.locator('[data-test="user-row"]').first();
    assert.equal(await row.locator('[data-test="status"]').textContent(), '已邀请');
    // Once: gone when the page is opened again, and nowhere in what the API says of the user.
    await page.reload();
    await usersReady(page);
    assert.equal(await page.locator('[data-test="invitation-url"]').count(), 0);
    assert.ok(!(await page.content()).includes(link));
    const listed = (await api('{ users(first: 100) { edges { node { id email status } } } }')).users.edges.map((e) => e.node);
    const invitee = listed.find((u) => u.email === email);
    assert.equal(invitee.status, 'INVITED');

    // The link works (once): the invitee sets a password and is signed in as an agent.
    const { page: theirs } = await newPage(browser);
    await theirs.goto(link);
    await theirs.locator('#invite-password').fill('a long enough password 1');
    await theirs.locator('#invite-confirm').fill('a long enough password 1');
    await theirs.locator('form button[type="submit"]').click();
    await theirs.waitForURL((url) => !url.pathname.startsWith('/app/invitation'));
    assert.equal(await theirs.locator('[data-test="nav-settings"]').count(), 0);

    // An integration's user, active through its API key alone, has no session: nothing to sign out.
    const integration = (await api(`mutation { createUser(name: "集成 ${run}", role: ANALYST, withApiKey: true) {
      user { id } apiKey errors { code } } }`)).createUser;
    assert.equal((await api('{ viewer { role } }', {}, integration.apiKey)).viewer.role, 'ANALYST');
    await page.reload();
    await usersReady(page);
    const robotRow = page.locator(`[data-test="user-row"][data-id="${integration.user.id}"]`);
    assert.equal(await robotRow.locator('[data-test="status"]').textContent(), '启用');
    assert.equal(await robotRow.locator('[data-test="revoke-sessions"], [data-test="signed-in"]').count(), 0);
    // The invitee is signed in: signing them out everywhere ends their session, and the row says so.
    const theirRow = page.locator(`[data-test="user-row"][data-id="${invitee.id}"]`);
    assert.equal(await theirRow.locator('[data-test="signed-in"]').textContent(), '当前已登录');
    await theirRow.locator('[data-test="revoke-sessions"]').click();
    await page.locator('[data-test="said"]', { hasText: '已在所有设备上退出（结束 1 个会话）' }).waitFor();
    assert.equal(await theirRow.locator('[data-test="revoke-sessions"], [data-test="signed-in"]').count(), 0);
    assert.equal((await fromPage(theirs, '{ viewer { role } }')).status, 401);
    await signIn(theirs, { email, password: 'a long enough password 1' });

    // Deactivated, the invitee is signed out: their next request is refused.
    await page.reload();
    await usersReady(page);
    assert.equal(await theirRow.locator('[data-test="status"]').textContent(), '启用');
    await theirRow.locator('[data-test="deactivate"]').click();
    await page.locator('[data-test="confirm-yes"]').click();
    await page.locator('[data-test="said"]', { hasText: '已停用' }).waitFor();
    assert.equal(await theirRow.locator('[data-test="status"]').textContent(), '已停用');
    assert.equal((await fromPage(theirs, '{ viewer { role } }')).status, 401);
    assert.deepEqual(problems, []);
    assert.deepEqual(await cspViolations(page), []);
  });

  test('an API key is shown once, works, and answers 401 once revoked', async () => {
    const { page, problems } = await newPage(browser, { locale: 'en' });
    await signIn(page, { lang: 'en' });
    await page.goto(`${BASE}/app/settings/api-keys`);
    await keysReady(page);
    assert.equal(await page.locator('h1').textContent(), 'API keys');
    const name = `e2e key ${run}`;
    await page.locator('#key-name').fill(name);
    await page.locator('#key-role').selectOption('VIEWER');
    await page.locator('[data-test="key-submit"]').click();
    await page.locator('[data-test="new-key-value"]').waitFor();
    const key = await page.locator('[data-test="new-key-value"]').inputValue();
    assert.match(key, /^voc_/);
    await assertAccessible(page, 'the new key');
    await screenshot(page, 'settings-api-keys-new-key');
    const call = (k) => fetch(`${BASE}/graphql`, { method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${k}` }, body: JSON.stringify({ query: '{ viewer { role } }' }) });
    const ok = await call(key);
    assert.equal(ok.status, 200);
    assert.equal((await ok.json()).data.viewer.role, 'VIEWER');
    const row = page.locator('[data-test="key-row"]', { hasText: name });
    assert.ok((await row.textContent()).includes(`${key.slice(0, 12)}…`));
    assert.ok(!(await row.textContent()).includes(key));
    await page.locator('[data-test="dismiss-key"]').click();
    assert.equal(await page.locator('[data-test="new-key-value"]').count(), 0);
    await row.locator('[data-test="revoke"]').click();
    await page.locator('[data-test="confirm-yes"]').click();
    await row.locator('[data-test="key-status"]', { hasText: 'Revoked' }).waitFor();
    assert.equal((await call(key)).status, 401);
    const listed = (await api('{ apiKeys(first: 100) { edges { node { name revokedAt } } } }')).apiKeys.edges.map((e) => e.node);
    assert.ok(listed.find((k) => k.name === name).revokedAt);
    assert.deepEqual(problems, []);
  });

  for (const [who, email] of [['viewer', VIEWER_EMAIL], ['agent', AGENT_EMAIL]]) {
    test(`the ${who} has no settings: no entry, a plain refusal on the page, and the API refuses`, async () => {
      const { page, problems } = await newPage(browser);
      await signIn(page, { email, password: PASSWORD });
      assert.equal(await page.locator('[data-test="nav-settings"]').count(), 0);
      for (const path of ['/app/settings', '/app/settings/api-keys', '/app/settings/identity']) {
        await page.goto(`${BASE}${path}`);
        await page.locator('[data-test="settings-forbidden"]').waitFor();
        assert.equal(await page.locator('h1').textContent(), '无权访问设置');
        assert.equal(await page.locator('[data-test="settings-users"], [data-test="settings-api-keys"]').count(), 0);
      }
      await assertAccessible(page, `settings refused to a ${who}`);
      await screenshot(page, `settings-forbidden-${who}`);
      for (const query of ['{ apiKeys { totalCount } }', '{ viewer { organization { identitySecret } } }',
        'mutation { rotateIdentitySecret { errors { code } } }']) {
        const { body } = await fromPage(page, query);
        assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN', query);
      }
      assert.deepEqual(problems, []);
    });
  }

  for (const lang of ['zh-CN', 'en']) {
    for (const [size, width] of Object.entries(WIDTHS)) {
      test(`every people settings page in ${lang} at ${width} px: screenshots and the accessibility scan`, async () => {
        const { page, problems } = await newPage(browser, { width, locale: lang });
        await signIn(page, { lang });
        for (const [section, ready] of [['users', usersReady], ['api-keys', keysReady], ['identity', null], ['organization', null]]) {
          await page.goto(`${BASE}/app/settings/${section}`);
          if (ready) await ready(page);
          else await page.locator(`[data-test="settings-${section}"]`).waitFor();
          if (section === 'organization') await page.locator('[data-test="org-form"]').waitFor();
          assert.equal(await page.locator('h1').count(), 1);
          assert.equal(await page.locator(`[data-test="settings-nav-${section === 'api-keys' ? 'apiKeys' : section}"]`).getAttribute('aria-current'), 'page');
          await assertAccessible(page, `settings ${section} ${lang} ${width}`);
          await screenshot(page, `settings-${section}-${lang}-${size}`);
        }
        assert.deepEqual(problems, []);
        assert.deepEqual(await cspViolations(page), []);
      });
    }
  }
});
