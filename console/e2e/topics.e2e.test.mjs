// End-to-end tests of the topics pages (/app/topics, /app/topics/:id) against a live `voc serve` holding
// the demo organisation (its topics already fitted): the list against the API's own topics, sorting in
// the URL, the topic page (why its label reads as it does included), not-found, a viewer's read-only
// view, rename, merge, an improvement action, one refit with its live progress, and both pages in
// zh-CN and en at 1280 and 768 px (screenshots, an axe-core scan, no CSP violation).
//
//   VOC_E2E_CONSOLE_ONLY=e2e/topics.e2e.test.mjs scripts/e2e.sh
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  BASE, VIEWER_EMAIL, WIDTHS, api, assertAccessible, cspViolations, fixed, lastDays, launchBrowser, midnight, newPage,
  percent, screenshot, signIn, signed, skip,
} from './support.mjs';

const addDays = (date, n) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const TOPICS = `query($from: DateTime, $to: DateTime) { topics(from: $from, to: $to, first: 100) { totalCount
  edges { node { id label size share nps npsImpact } } } }`;
const VERSIONS = '{ topicModelVersions { version active topicCount } }';

/** Waits until the topic list has loaded everything it asked for. */
async function listed(page) {
  await page.locator('[data-test="topics"][data-loading="false"]').waitFor();
}

/** The rows as shown: id, label, size, share, NPS and impact. */
async function rows(page) {
  return page.locator('[data-test="topic-row"]').evaluateAll((trs) => trs.map((tr) => {
    const text = (sel) => tr.querySelector(`[data-test="${sel}"]`)?.textContent.trim();
    return {
      id: tr.getAttribute('data-id'), label: text('topic-label'), size: text('topic-size').split(/\s/)[0].replace(/,/g, ''),
      share: text('topic-share'), nps: text('topic-nps'), impact: text('topic-impact'),
    };
  }));
}

/** Checks the boxes of the topics with these ids. */
async function pick(page, ids) {
  for (const id of ids) await page.locator(`[data-test="topic-row"][data-id="${id}"] [data-test="select-topic"]`).check();
}

describe('topics', { skip }, () => {
  let browser;
  let zone;
  let window;

  const apiTopics = async () => (await api(TOPICS, window)).topics;

  before(async () => {
    browser = await launchBrowser();
    zone = (await api('{ viewer { organization { timezone } } }')).viewer.organization.timezone;
    const period = lastDays(30, zone);
    window = { from: midnight(period.from, zone), to: midnight(addDays(period.to, 1), zone) };
    assert.ok((await apiTopics()).totalCount > 3, 'the demo has topics fitted');
  });
  after(async () => browser?.close());

  test('the list shows the API’s own topics for the period, largest first', async () => {
    const { page, problems } = await newPage(browser);
    await signIn(page);
    await page.goto(`${BASE}/app/topics`);
    await listed(page);
    assert.equal(await page.locator('h1').textContent(), '主题');
    assert.equal(await page.locator('h1').count(), 1);
    const expected = (await apiTopics()).edges.map((e) => e.node);
    const shown = await rows(page);
    assert.deepEqual(
      Object.fromEntries(shown.map((r) => [r.id, r])),
      Object.fromEntries(expected.map((n) => [n.id, { id: n.id, label: n.label, size: String(n.size),
        share: percent(n.share), nps: fixed(n.nps), impact: signed(n.npsImpact) }])),
    );
    const sizes = shown.map((r) => Number(r.size));
    assert.deepEqual(sizes, [...sizes].sort((a, b) => b - a));
    assert.equal(await page.locator('[data-test="sparkline"]').count(), shown.length);
    await page.waitForFunction(() => document.querySelector('[data-test="driver"] .chart[data-rendered="true"]'));
    assert.deepEqual(problems, []);
  });

  test('sorting changes the order and the URL, and the URL reopens that order', async () => {
    const { page } = await newPage(browser);
    await signIn(page);
    await page.goto(`${BASE}/app/topics`);
    await listed(page);
    const impacts = async () => (await rows(page)).map((r) => r.impact).filter((v) => v !== '—')
      .map((v) => Number(v.replace('−', '-')));
    await page.locator('[data-test="sort-npsImpact"]').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'npsImpact' && !url.searchParams.has('order'));
    const down = await impacts();
    assert.deepEqual(down, [...down].sort((a, b) => b - a));
    assert.equal(await page.locator('th[aria-sort="descending"]').textContent().then((t) => t.includes('NPS 影响')), true);
    // The keyboard flips it too.
    await page.locator('[data-test="sort-npsImpact"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('order') === 'asc');
    const up = await impacts();
    assert.deepEqual(up, [...up].sort((a, b) => a - b));
    assert.notDeepEqual(up, down);
    const order = (await rows(page)).map((r) => r.id);
    const { page: other } = await newPage(browser);
    await signIn(other);
    await other.goto(page.url());
    await listed(other);
    assert.deepEqual((await rows(other)).map((r) => r.id), order);
    await page.locator('[data-test="sort-label"]').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'label');
  });

  test('a topic’s page shows its keywords, why its label, its comments as written, its responses and actions', async () => {
    const largest = (await apiTopics()).edges[0].node;
    const expected = (await api(`query($id: ID!) { node(id: $id) { ... on Topic { label keywords { word weight }
      labelTerms { term coverage lift inLabel } representativeComments(limit: 6) responses(first: 5) { totalCount } } } }`,
    { id: largest.id })).node;
    const { page, problems } = await newPage(browser);
    await signIn(page);
    await page.goto(`${BASE}/app/topics`);
    await listed(page);
    await page.locator(`[data-test="topic-row"][data-id="${largest.id}"] [data-test="topic-label"]`).click();
    await page.waitForURL((url) => url.pathname === `/app/topics/${largest.id}`);
    await page.locator('[data-test="topic"][data-loading="false"]').waitFor();
    assert.equal(await page.locator('h1').textContent(), expected.label);
    const keywords = await page.locator('[data-test="keyword"]').evaluateAll((trs) => trs.map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())));
    assert.deepEqual(keywords, expected.keywords.map((k) => [k.word, k.weight.toFixed(3)]));
    // The figures follow the period picker (the default: 30 days), and their heading says so.
    assert.equal(await page.locator('#figures-h').textContent(), '概况（近 30 天）');
    // Why the label reads as it does: closed until asked, opened from the keyboard; the label's own
    // phrases marked, each with the share of the topic's comments containing it.
    const terms = page.locator('[data-test="label-term"]');
    const opened = () => page.locator('details[data-test="label-why"]').evaluate((details) => details.open);
    assert.equal(await opened(), false);
    assert.equal(await terms.first().isVisible(), false);
    await page.locator('[data-test="label-why-toggle"]').focus();
    await page.keyboard.press('Enter');
    await terms.first().waitFor();
    assert.equal(await opened(), true);
    assert.ok(expected.labelTerms.some((x) => x.inLabel), 'the demo’s topics have phrase labels');
    const shown = await terms.evaluateAll((trs) => trs.map((tr) => ({
      term: tr.querySelector('[data-test="label-term-text"]').textContent.trim(),
      inLabel: tr.querySelector('[data-test="in-label"]') !== null,
      coverage: tr.querySelector('[data-test="label-term-coverage"]').textContent.trim(),
    })));
    assert.deepEqual(shown, expected.labelTerms.map((x) => ({ term: x.term, inLabel: x.inLabel, coverage: percent(x.coverage) })));
    assert.ok(shown.some((x) => x.inLabel && /^\d+(\.\d)?%$/.test(x.coverage)));
    assert.ok(expected.representativeComments.length > 0);
    assert.deepEqual(await page.locator('[data-test="comments"] blockquote').allTextContents(), expected.representativeComments);
    assert.equal(await page.locator('[data-test="all-responses"]').getAttribute('href'),
      `/app/responses?topicId=${encodeURIComponent(largest.id)}`);
    assert.ok(await page.locator('[data-test="responses"] li').count() > 0);
    await page.waitForFunction(() => document.querySelector('.chart[data-rendered="true"]'));
    assert.deepEqual(problems, []);
  });

  test('an unknown id, or one of no topic, shows "not found"', async () => {
    const { page } = await newPage(browser);
    await signIn(page);
    for (const id of ['bogus', Buffer.from('Topic:987654321').toString('base64')]) {
      await page.goto(`${BASE}/app/topics/${encodeURIComponent(id)}`);
      await page.locator('[data-test="not-found"]').waitFor();
      assert.equal(await page.locator('h1').textContent(), '找不到这个主题');
    }
  });

  test('a viewer sees the topics and no control that changes them', { skip: !VIEWER_EMAIL && 'no viewer user' }, async () => {
    const { page } = await newPage(browser);
    await signIn(page, { email: VIEWER_EMAIL });
    await page.goto(`${BASE}/app/topics`);
    await listed(page);
    assert.ok(await page.locator('[data-test="topic-row"]').count() > 0);
    for (const control of ['refit', 'selection-toolbar', 'select-topic', 'select-all', 'rename', 'merge', 'create-action']) {
      assert.equal(await page.locator(`[data-test="${control}"]`).count(), 0, control);
    }
    await page.locator('[data-test="topic-label"]').first().click();
    await page.locator('[data-test="topic"][data-loading="false"]').waitFor();
    assert.equal(await page.locator('[data-test="topic-controls"]').count(), 0);
  });

  test('rename shows the new label; merge leaves one topic; an action links the topics', async () => {
    const before = (await apiTopics()).edges.map((e) => e.node);
    const [a, b, c] = before.slice(-3); // the smallest: the figures the other tests look at move least
    const { page, problems } = await newPage(browser);
    await signIn(page);
    await page.goto(`${BASE}/app/topics`);
    await listed(page);

    const label = `E2E 改名 ${Date.now()}`;
    await pick(page, [a.id]);
    await page.locator('[data-test="rename"]').click();
    await page.locator('[data-test="rename-input"]').fill(label);
    await page.locator('[data-test="rename-save"]').click();
    await page.locator('[data-test="change-done"]').waitFor();
    await page.waitForFunction(([id, text]) => document.querySelector(`[data-test="topic-row"][data-id="${id}"] [data-test="topic-label"]`)
      ?.textContent === text, [a.id, label]);
    assert.equal((await api('query($id: ID!) { node(id: $id) { ... on Topic { label } } }', { id: a.id })).node.label, label);

    await page.locator('[data-test="select-topic"]:checked').uncheck();
    await pick(page, [b.id, c.id]);
    await page.locator('[data-test="merge"]').click();
    await page.locator(`[data-test="merge-keep"][value="${b.id}"]`).check();
    await screenshot(page, 'topics-merge-dialog-zh-CN-desktop');
    await page.locator('[data-test="merge-confirm"]').click();
    await page.locator('[data-test="change-done"]').filter({ hasText: b.label }).waitFor();
    await page.locator(`[data-test="topic-row"][data-id="${c.id}"]`).waitFor({ state: 'detached' });
    assert.equal((await apiTopics()).totalCount, before.length - 1);
    assert.equal(await page.locator('[data-test="topic-row"]').count(), before.length - 1);

    const title = `E2E 改进 ${Date.now()}`;
    await pick(page, [a.id, b.id]);
    await page.locator('[data-test="create-action"]').click();
    await page.locator('[data-test="action-create"]').click();
    assert.equal(await page.locator('#action-title').getAttribute('aria-invalid'), 'true', 'a title is required');
    await page.locator('[data-test="action-title"]').fill(title);
    await page.locator('[data-test="action-create"]').click();
    await page.locator('[data-test="change-done"]').filter({ hasText: title }).waitFor();
    await page.goto(`${BASE}/app/topics/${encodeURIComponent(b.id)}`);
    await page.locator('[data-test="action"]').filter({ hasText: title }).waitFor();
    assert.deepEqual(problems, []);
  });

  test('a refit shows its stage and progress, then the list shows the new version’s topics', { timeout: 300_000 }, async () => {
    const versions = (await api(VERSIONS)).topicModelVersions;
    const active = versions.find((v) => v.active);
    const { page, problems } = await newPage(browser);
    await signIn(page);
    await page.goto(`${BASE}/app/topics`);
    await listed(page);
    assert.match(await page.locator('[data-test="model-active"]').textContent(), new RegExp(`当前版本 v${active.version}`));
    await page.locator('[data-test="refit"]').click();
    // A refit starts from the current topics unless asked to cluster afresh.
    assert.equal(await page.locator('[data-test="refit-fresh"]').isChecked(), false);
    assert.match(await page.locator('[data-test="refit-note"]').textContent(), /从现有主题出发/);
    await page.locator('[data-test="refit-fresh"]').check();
    assert.match(await page.locator('[data-test="refit-note"]').textContent(), /不沿用现有主题/);
    await page.locator('[data-test="refit-fresh"]').uncheck();
    await screenshot(page, 'topics-refit-dialog-zh-CN-desktop');
    await page.locator('[data-test="refit-confirm"]').click();
    const progress = page.locator('[data-test="refit-progress"]');
    await progress.waitFor();
    assert.match(await progress.textContent(), /正在重新归纳主题：.+，\d+%/);
    await screenshot(page, 'topics-refit-zh-CN-desktop');
    assert.equal(await page.locator('[data-test="refit"]').isDisabled(), true);
    await page.locator('[data-test="refit-done"]').waitFor({ timeout: 280_000 });
    await listed(page);
    await page.waitForFunction((v) => document.querySelector('[data-test="model-active"]')?.textContent.includes(`v${v}`), active.version + 1);
    await listed(page);
    const after = (await apiTopics()).edges.map((e) => e.node);
    assert.deepEqual((await rows(page)).map((r) => r.id).sort(), after.map((n) => n.id).sort());
    const now = (await api(VERSIONS)).topicModelVersions;
    assert.deepEqual(now.map((v) => [v.version, v.active]), [[active.version + 1, true], ...versions.map((v) => [v.version, false])]);
    assert.deepEqual(problems, []);
  });

  for (const lang of ['zh-CN', 'en']) {
    for (const [size, width] of Object.entries(WIDTHS)) {
      test(`both topics pages in ${lang} at ${width} px: screenshot, accessibility scan, no CSP violation`, async () => {
        const { page, problems } = await newPage(browser, { width, locale: lang });
        await signIn(page, { lang });
        await page.goto(`${BASE}/app/topics`);
        await listed(page);
        await page.waitForFunction(() => document.querySelector('[data-test="driver"] .chart[data-rendered="true"]'));
        assert.equal(await page.locator('h1').textContent(), lang === 'en' ? 'Topics' : '主题');
        const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(await overflow() <= 0, `the list scrolls sideways by ${await overflow()} px`);
        await page.locator('[data-test="select-topic"]').first().check(); // the selection toolbar in use
        // The buttons it enables fade in (a CSS transition): scanned half-way, their colours are neither.
        await page.waitForFunction(() => document.getAnimations().length === 0);
        await assertAccessible(page, `topics ${lang}`);
        await screenshot(page, `topics-${lang}-${size}`);
        await page.locator('[data-test="topic-label"]').first().click();
        await page.locator('[data-test="topic"][data-loading="false"]').waitFor();
        await page.waitForFunction(() => document.querySelector('.chart[data-rendered="true"]'));
        await page.locator('[data-test="label-why-toggle"]').click(); // why the label, in the scan and the picture
        await page.locator('[data-test="label-term"] [data-test="in-label"]').first().waitFor();
        assert.ok(await overflow() <= 0, `the topic page scrolls sideways by ${await overflow()} px`);
        await assertAccessible(page, `topic ${lang}`);
        await screenshot(page, `topic-${lang}-${size}`);
        assert.deepEqual(problems, []);
        assert.deepEqual(await cspViolations(page), []);
      });
    }
  }
});
