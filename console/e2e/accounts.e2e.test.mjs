// End-to-end test of customer health (the accounts page, an account's page, the overview's band
// distribution, NPS per account band on its segment picker, and the overview's figures with what they
// count, reconciled with the Responses list) against a live `voc serve` holding the demo
// organisation, in Debian's Chromium:
// four accounts are upserted with their usage through the API and scored now (`voc accounts score`,
// as the daily pass does); the pages show their bands, MRR at risk, scores and components.
// Screenshots in zh-CN and en at 1280 px, axe, no CSP violation, no sideways scroll.
//
//   VOC_E2E_CONSOLE_ONLY=e2e/accounts.e2e.test.mjs scripts/e2e.sh
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { BASE, api, assertAccessible, cspViolations, lastDays, launchBrowser, midnight, newPage, screenshot, signIn, skip } from './support.mjs';

const VOC = fileURLToPath(new URL('../../.venv/bin/voc', import.meta.url));
const DAY = 86_400_000;
const addDays = (date, n) => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const COMMENT = '<b>客服一直不回</b>，考虑换一家';
const stamp = Date.now() % 100000;
// active users of 100 seats over the last week, and the last day anyone was active (days ago).
const ACCOUNTS = [
  { externalId: `e2e-healthy-${stamp}`, name: `E2E 健康商户 ${stamp}`, active: 95, lastActive: 0, mrr: 30000, renewal: 200 },
  { externalId: `e2e-watch-${stamp}`, name: `E2E 关注商户 ${stamp}`, active: 50, lastActive: 0, mrr: 12000, renewal: 45 },
  { externalId: `e2e-risk-${stamp}`, name: `E2E 风险商户 ${stamp}`, active: 35, lastActive: 0, mrr: 8000, renewal: 20 },
  { externalId: `e2e-critical-${stamp}`, name: `E2E 危险商户 ${stamp}`, active: 0, lastActive: 20, mrr: 5000, renewal: 10 },
];

describe('customer health', { skip }, () => {
  let browser;
  let org;
  const ids = {};

  before(async () => {
    browser = await launchBrowser();
    const now = Date.now();
    const made = await api(`mutation($input: [AccountInput!]!) { upsertAccounts(input: $input) { accounts { id externalId } errors { code message } } }`, {
      input: ACCOUNTS.map((a) => ({ externalId: a.externalId, name: a.name, attributes: { seats: 100, mrr: a.mrr, plan: 'pro' },
        renewalAt: new Date(now + a.renewal * DAY).toISOString() })),
    });
    assert.deepEqual(made.upsertAccounts.errors, []);
    for (const a of made.upsertAccounts.accounts) ids[a.externalId] = a.id;
    const signals = ACCOUNTS.flatMap((a) => Array.from({ length: 7 }, (_, i) => ({
      account: a.externalId, metric: 'active_users', value: a.lastActive ? 0 : a.active, at: new Date(now - i * DAY - 3_600_000).toISOString(),
    })).concat(a.lastActive ? [{ account: a.externalId, metric: 'logins', value: 3, at: new Date(now - a.lastActive * DAY).toISOString() }] : []));
    const recorded = await api('mutation($input: [AccountSignalInput!]!) { recordAccountSignals(input: $input) { accepted errors { code message } } }', { input: signals });
    assert.deepEqual(recorded.recordAccountSignals.errors, []);
    // One of the critical account's people answers (a detractor, with a comment).
    const surveys = await api('{ surveys(status: ACTIVE, first: 50) { edges { node { token kind } } } }');
    const token = surveys.surveys.edges.map((e) => e.node).find((x) => x.kind === 'NPS')?.token;
    assert.ok(token, 'the demo has an active NPS survey');
    const answer = await fetch(`${BASE}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { errors { code message } } }',
        variables: { i: { token, idempotencyKey: `acct-${stamp}`, score: 2, comment: COMMENT,
          respondent: { externalId: `e2e-person-${stamp}`, account: ACCOUNTS[3].externalId } } } }),
    });
    assert.deepEqual((await answer.json()).data.submitResponse.errors, []);
    org = (await api('{ viewer { organization { name } } }')).viewer.organization.name;
    execFileSync(VOC, ['accounts', 'score', '--org', org], { stdio: 'pipe', env: process.env });
  });
  after(async () => {
    await browser?.close();
  });

  for (const lang of ['zh-CN', 'en']) {
    test(`${lang}: the accounts page, an account’s page and the overview’s bands; screenshots, axe, no sideways scroll`, async () => {
      const { page, problems } = await newPage(browser, { locale: lang });
      await signIn(page, { lang });
      const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

      await page.goto(`${BASE}/app/accounts`);
      await page.locator('[data-test="accounts"][data-loading="false"]').waitFor();
      assert.equal(await page.locator('h1').textContent(), lang === 'en' ? 'Customer health' : '客户健康');
      const counts = await page.locator('[data-test="band-count"]').allTextContents();
      assert.ok(counts.map(Number).reduce((a, b) => a + b, 0) >= ACCOUNTS.length, `every account scored: ${counts}`);
      for (const a of ACCOUNTS) await page.locator('[data-test="account-row"]').filter({ hasText: a.name }).waitFor();
      // The change column names its period, the one the change orders sort by: the API's change30d, signed.
      assert.equal((await page.locator('[data-test="change-header"]').textContent()).trim(), lang === 'en' ? '30-day change' : '30 天变化');
      const demo = page.locator('[data-test="account-row"]').filter({ hasText: '鲜味坊餐饮连锁' });
      const listed = await api('{ accounts(first: 100) { edges { node { name health { change30d } } } } }');
      const change = listed.accounts.edges.find((e) => e.node.name === '鲜味坊餐饮连锁').node.health.change30d;
      assert.equal((await demo.locator('[data-test="account-change"]').textContent()).trim(),
        change === null ? '—' : `${change > 0 ? '+' : ''}${change}`.replace(/^-/, '\u2212')); // a real minus sign
      const critical = page.locator('[data-test="account-row"]').filter({ hasText: ACCOUNTS[3].name });
      assert.equal(await critical.getAttribute('data-band'), 'CRITICAL');
      // MRR at risk: the API's exact sums of both bands (no "at least"), in the page's digits.
      const risk = await api('{ r: accounts(filter: { band: AT_RISK }, first: 0) { mrr } c: accounts(filter: { band: CRITICAL }, first: 0) { mrr } }');
      assert.ok(risk.c.mrr >= ACCOUNTS[3].mrr, JSON.stringify(risk)); // the critical account above counts
      assert.equal((await page.locator('[data-test="mrr-at-risk-value"]').textContent()).replace(/\D/g, ''), String(Math.round(risk.r.mrr + risk.c.mrr)));
      assert.ok(await sideways() <= 0, 'accounts scroll sideways');
      await assertAccessible(page, `accounts ${lang}`);
      await screenshot(page, `accounts-${lang}-desktop`);

      // Filtered by a band from the distribution: the URL says so, only that band listed.
      await page.locator('[data-test="band-CRITICAL"]').click();
      await page.waitForURL((url) => url.searchParams.get('band') === 'CRITICAL');
      await page.locator('[data-test="accounts"][data-loading="false"]').waitFor();
      const bands = await page.locator('[data-test="account-row"]').evaluateAll((rows) => [...new Set(rows.map((r) => r.dataset.band))]);
      assert.deepEqual(bands, ['CRITICAL']);

      await critical.locator('[data-test="account-link"]').click();
      await page.locator('[data-test="account"][data-loading="false"]').waitFor();
      assert.equal(await page.locator('h1').textContent(), ACCOUNTS[3].name);
      await page.locator('[data-test="account-gauge"][data-rendered="true"]').waitFor();
      assert.ok(await page.locator('[data-test="account-component"]').count() >= 2);
      assert.ok(await page.locator('[data-test="account-component"][data-missing="true"]').count() >= 1, 'no answers: the NPS component says it has no data');
      // The components are named in the page's language (by their keys), and no value reads "-0".
      const names = await page.locator('[data-test="account-component"] td:first-child').allTextContents();
      if (lang === 'zh-CN') assert.ok(names.every((n) => /[\u4e00-\u9fff]/.test(n)), `English component names: ${names}`);
      else assert.ok(names.some((n) => n.startsWith('Usage')), `component names: ${names}`);
      const values = await page.locator('[data-test="component-value"]').allTextContents();
      assert.ok(values.every((v) => !/^[-−]0(\D|$)/.test(v.trim())), `a value reads -0: ${values}`);
      await page.locator('[data-test="account-activity"][data-loading="false"]').waitFor();
      assert.equal((await page.locator('[data-test="account-answer"] .activity__comment').first().textContent()), COMMENT);
      assert.match(await page.locator('[data-test="account-respondents"]').textContent(), new RegExp(`e2e-person-${stamp}`));
      assert.ok(await sideways() <= 0, 'an account scrolls sideways');
      await assertAccessible(page, `account ${lang}`);
      await screenshot(page, `account-${lang}-desktop`);

      // One of the demo's accounts (api/demo/accounts.py), scored each day of the last month: its trend is drawn.
      await page.goto(`${BASE}/app/accounts`);
      await page.locator('[data-test="accounts"][data-loading="false"]').waitFor();
      await page.locator('[data-test="account-row"]').filter({ hasText: '鲜味坊餐饮连锁' }).locator('[data-test="account-link"]').click();
      await page.locator('[data-test="account"][data-loading="false"]').waitFor();
      await page.locator('[data-test="account-trend"][data-rendered="true"]').waitFor();
      // Its attributes (api/demo/accounts.py: plan, industry, seats, mrr, region) named in the page's language, MRR as money.
      const attributes = await page.locator('[data-test="account-attribute"] dt').allTextContents();
      // MRR once, among the facts (no currency: accounts carry none); the list holds the rest.
      assert.deepEqual(attributes, lang === 'en' ? ['Plan', 'Industry', 'Region', 'Seats'] : ['套餐', '行业', '地区', '席位数']);
      assert.match(await page.locator('[data-test="account-mrr"]').textContent(), /^[\d,]+$/);
      assert.ok(await sideways() <= 0, 'a demo account scrolls sideways');
      await screenshot(page, `account-demo-${lang}-desktop`);

      await page.goto(`${BASE}/app/`);
      await page.locator('[data-test="overview-bands"]').waitFor();
      await page.locator('[data-test="overview"][data-loading="false"]').waitFor();
      await page.locator('[data-test="overview-bands"]').screenshot({ path: new URL(`../e2e-output/overview-bands-${lang}.png`, import.meta.url).pathname });
      // All surveys: the figures say what they count, and reconcile with the Responses list (the API's numbers).
      const zone = (await api('{ viewer { organization { timezone } } }')).viewer.organization.timezone;
      const period = lastDays(30, zone); // the overview's default period
      const figures = await api(`query($from: DateTime!, $to: DateTime!) { metrics(from: $from, to: $to) { responses rateResponses rateDisplays systemResponses }
        responses(from: $from, to: $to, first: 1) { totalCount } }`, { from: midnight(period.from, zone), to: midnight(addDays(period.to, 1), zone) });
      const { metrics: m } = figures;
      assert.ok(m.systemResponses > 0, 'the demo has re-survey answers');
      assert.equal(m.responses + m.systemResponses, figures.responses.totalCount);
      const digits = (n) => n.toLocaleString('en');
      const scope = await page.locator('[data-test="scope-note"]').textContent();
      assert.ok(scope.includes(digits(m.systemResponses)) && scope.includes(digits(figures.responses.totalCount)), scope);
      assert.equal((await page.locator('[data-test="kpi-rate-of"]').textContent()).trim(), lang === 'en'
        ? `answers ${digits(m.rateResponses)} / displays ${digits(m.rateDisplays)}` : `回答 ${digits(m.rateResponses)} / 展示 ${digits(m.rateDisplays)}`);
      // The page's head, the figures and what they count (viewport coordinates, the page scrolled to its top).
      await page.evaluate(() => window.scrollTo(0, 0));
      const bottom = await page.locator('[data-test="figures-notes"]').evaluate((notes) => notes.getBoundingClientRect().bottom);
      await page.screenshot({ path: new URL(`../e2e-output/overview-figures-${lang}.png`, import.meta.url).pathname,
        clip: { x: 0, y: 0, width: 1280, height: Math.ceil(bottom) + 16 } });

      // NPS per account health band on the overview's segment picker, as the API counts it.
      await page.locator('[data-test="segment-attribute"]').selectOption('"band"');
      await page.waitForURL((url) => url.searchParams.get('segment') === '"band"');
      await page.locator('[data-test="overview"][data-loading="false"]').waitFor();
      await page.locator('[data-test="segment-row"]').first().waitFor();
      const expected = await api('{ metrics { accountSegments(by: BAND, first: 12) { value responses } } }');
      const criticalBand = expected.metrics.accountSegments.find((g) => g.value === 'CRITICAL');
      assert.ok(criticalBand && criticalBand.responses >= 1, 'the critical account\'s answer is counted');
      const rows = await page.locator('[data-test="segment-row"]').evaluateAll((trs) => trs.map((tr) =>
        [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent.trim())));
      assert.ok(rows.some(([label, n]) => label === (lang === 'en' ? 'Critical' : '危险') && n === String(criticalBand.responses)), JSON.stringify(rows));
      await page.locator('[data-test="segments"]').screenshot({ path: new URL(`../e2e-output/overview-account-bands-${lang}.png`, import.meta.url).pathname });
      assert.deepEqual(problems, []);
      assert.deepEqual(await cspViolations(page), []);
    });
  }
});
