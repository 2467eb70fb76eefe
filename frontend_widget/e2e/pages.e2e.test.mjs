// End-to-end checks of the server's own pages in Debian's Chromium, with every request to another
// host refused (a machine without internet): GraphiQL at /graphql and the landing page at /welcome.
//
//   VOC_E2E_BASE_URL=http://127.0.0.1:8000 VOC_E2E_API_KEY=... npm run e2e   (scripts/e2e.sh)
//
// Needs a VoC Loop server in development mode (GraphiQL is off in production). Screenshots go to
// e2e-output/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { BASE, KEY, OUT, launchBrowser, skipWithout } from './support.mjs';

let browser;

/** A page whose requests to anywhere but the server under test fail, as offline. */
async function offlinePage(t, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', ...contextOptions });
  const elsewhere = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${BASE}/`) || url.startsWith('data:')) return route.continue();
    elsewhere.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // A Content-Security-Policy violation is reported as a console error.
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  t.after(() => context.close());
  return { context, page, elsewhere, problems };
}

describe('server pages e2e', { skip: skipWithout(), timeout: 120000 }, () => {
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    if (browser) await browser.close();
  });

  test('GraphiQL renders and runs a query with no network beyond this server', async (t) => {
    const { context, page, elsewhere, problems } = await offlinePage(t);
    // The key as GraphiQL keeps the headers editor's content (shouldPersistHeaders).
    await context.addInitScript((key) => {
      localStorage.setItem('graphiql:headers', JSON.stringify({ Authorization: `Bearer ${key}` }));
    }, KEY);
    await page.goto(`${BASE}/graphql`);
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor({ timeout: 20000 });
    assert.match(await page.locator('.graphiql-query-editor').innerText(), /VoC Loop GraphQL/);
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() => /"totalCount": \d+/.test(document.querySelector('.result-window')?.textContent || ''), null, { timeout: 15000 });
    // The schema arrived too (introspection): the documentation explorer lists the API's fields.
    await page.getByRole('button', { name: /documentation/i }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByRole('link', { name: 'Query', exact: true }).first().click();
    await docs.getByText('surveyForRespondent').first().waitFor({ timeout: 15000 });
    await page.screenshot({ path: `${OUT}graphiql-offline.png` });
    assert.deepEqual(elsewhere, [], 'requests to other hosts');
    assert.deepEqual(problems, []);
  });

  test('the landing page leads to GraphiQL and the demo, in Chinese and in English', async (t) => {
    const { page, elsewhere, problems } = await offlinePage(t);
    await page.goto(`${BASE}/welcome`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
    assert.equal(await page.getByRole('link', { name: 'GraphiQL' }).getAttribute('href'), '/graphql');
    assert.equal(await page.getByRole('link', { name: '演示页面' }).getAttribute('href'), '/demo');
    await page.screenshot({ path: `${OUT}landing-zh.png` });
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.getByRole('link', { name: 'Demo page' }).getAttribute('href'), '/demo');
    await page.screenshot({ path: `${OUT}landing-en.png` });
    await page.getByRole('link', { name: 'GraphiQL' }).click();
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor({ timeout: 20000 });
    assert.deepEqual(elsewhere, [], 'requests to other hosts');
    assert.deepEqual(problems, []);
  });
});
