// End-to-end tests of the improvement actions' pages and the loop metrics (/app/actions,
// /app/actions/:id, /app/loop) against a live `voc serve` holding the demo organisation: a card moves
// across the board (its menu and a drag), a move the API refuses shows its typed message, a topic is
// unlinked on the action's page, the demo's shipped and measured action shows its effect chart with the
// API's own figures, the loop page shows loopMetrics, a viewer reads without controls, and the pages in
// zh-CN and en at 1280 and 768 px (screenshots, an axe-core scan, no CSP violation).
//
//   VOC_E2E_CONSOLE_ONLY=e2e/actions.e2e.test.mjs scripts/e2e.sh
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  BASE, VIEWER_EMAIL, WIDTHS, api, assertAccessible, cspViolations, launchBrowser, newPage, percent, screenshot, signIn, skip,
} from './support.mjs';

const ACTIONS = `{ actions(first: 100) { edges { node { id title status shippedAt
  measuredEffect { verdict reasonCodes share { pValue } nps { difference } } } } } }`;
const CREATE = `mutation($input: CreateActionInput!) { createAction(input: $input) { action { id } errors { message } } }`;
const MOVE = `mutation($id: ID!, $to: ActionStatus!) { transitionAction(id: $id, to: $to) { action { status } errors { code message } } }`;
const STATUS = `query($id: ID!) { node(id: $id) { ... on Action { status } } }`;
const LINKED = `query($id: ID!) { node(id: $id) { ... on Action { topics { id } } } }`;
const TOPIC = '{ topics(first: 1) { edges { node { id label } } } }';
const LOOP = `{ loopMetrics { openCases breachedCases detractorsContactedWithin24h effectiveActions }
  warnings: cases(filter: { open: true, accountWarning: true, unassigned: false }, first: 1) { totalCount } }`;

async function create(title, topicIds = []) {
  const payload = (await api(CREATE, { input: { title, priority: 2, topicIds } })).createAction;
  assert.deepEqual(payload.errors, []);
  return payload.action.id;
}

async function walk(id, steps) {
  for (const to of steps) assert.deepEqual((await api(MOVE, { id, to })).transitionAction.errors, [], `move to ${to}`);
}

const statusOf = async (id) => (await api(STATUS, { id })).node.status;

async function boardReady(page) {
  await page.locator('[data-test="actions"][data-loading="false"]').waitFor();
  await page.locator('[data-test="board"]').waitFor();
}

const card = (page, id) => page.locator(`[data-test="action-card"][data-id="${id}"]`);
const column = (page, status) => page.locator(`[data-test="column"][data-status="${status}"]`);

describe('improvement actions and loop metrics', { skip }, () => {
  let browser;
  let shipped; // the demo's shipped action whose effect was measured

  before(async () => {
    browser = await launchBrowser();
    const all = (await api(ACTIONS)).actions.edges.map((e) => e.node);
    shipped = all.find((a) => a.shippedAt && a.measuredEffect);
    assert.ok(shipped, 'the demo has a shipped action with its effect measured');
  });
  after(async () => browser?.close());

  test('a card moves across the board by its menu and by dragging; a refused move shows the API’s message', async () => {
    const title = `E2E 看板 ${Date.now()}`;
    const topic = (await api(TOPIC)).topics.edges[0].node;
    const id = await create(title, [topic.id]);
    const { page, problems } = await newPage(browser);
    await signIn(page);
    await page.goto(`${BASE}/app/actions`);
    await boardReady(page);
    assert.equal(await page.locator('h1').count(), 1);
    assert.equal(await page.locator('h1').textContent(), '改进行动');
    await column(page, 'PROPOSED').locator(`[data-id="${id}"]`).waitFor();
    // The menu offers only the allowed moves: from PROPOSED only to review.
    const options = await card(page, id).locator('[data-test="move-to"] option').evaluateAll((os) => os.map((o) => o.value));
    assert.deepEqual(options, ['', 'UNDER_REVIEW']);
    await card(page, id).locator('[data-test="move-to"]').selectOption('UNDER_REVIEW');
    await column(page, 'UNDER_REVIEW').locator(`[data-id="${id}"]`).waitFor();
    assert.equal(await statusOf(id), 'UNDER_REVIEW');
    // Dragged onto PLANNED (allowed from review).
    await card(page, id).dragTo(column(page, 'PLANNED'));
    await column(page, 'PLANNED').locator(`[data-id="${id}"]`).waitFor();
    assert.equal(await statusOf(id), 'PLANNED');
    // Dropped where the table does not go (PLANNED → SHIPPED): nothing moves.
    await card(page, id).dragTo(column(page, 'SHIPPED'));
    await page.waitForTimeout(300);
    assert.equal(await statusOf(id), 'PLANNED');
    await column(page, 'PLANNED').locator(`[data-id="${id}"]`).waitFor();

    // An action verified right after shipping has no measured verdict: closing it is refused.
    const early = await create(`E2E 拒绝 ${Date.now()}`);
    await walk(early, ['UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'SHIPPED', 'VERIFYING']);
    await page.reload();
    await boardReady(page);
    await card(page, early).locator('[data-test="move-to"]').selectOption('CLOSED_EFFECTIVE');
    const refused = card(page, early).locator('[data-test="move-refused"]');
    await refused.waitFor();
    assert.ok((await refused.textContent()).trim().length > 0);
    assert.equal(await statusOf(early), 'VERIFYING');
    await screenshot(page, 'actions-board-refused-zh-CN-desktop');

    // On the action's page, its topic is unlinked.
    await card(page, id).locator('[data-test="card-title"]').click();
    await page.locator('[data-test="action"][data-loading="false"]').waitFor();
    await page.locator('[data-test="linked-topics"] li').filter({ hasText: topic.label }).waitFor();
    await page.locator('[data-test="unlink-topic"]').click();
    await page.locator('[data-test="change-done"]').waitFor();
    await page.locator('[data-test="linked-topics"]').waitFor({ state: 'detached' });
    assert.deepEqual((await api(LINKED, { id })).node.topics, []);
    assert.deepEqual(problems, []);
  });

  test('the shipped action with data shows its effect chart and the API’s figures', async () => {
    const { page, problems } = await newPage(browser);
    await signIn(page);
    await page.goto(`${BASE}/app/actions/${encodeURIComponent(shipped.id)}`);
    await page.locator('[data-test="action"][data-loading="false"]').waitFor();
    assert.equal(await page.locator('[data-test="action-title"]').textContent(), shipped.title);
    await page.waitForFunction(() => document.querySelectorAll('[data-test="effect-charts"] .chart[data-rendered="true"]').length === 2);
    const verdicts = { EFFECTIVE: '有效', INEFFECTIVE: '无效', INSUFFICIENT_DATA: '数据不足' };
    assert.equal((await page.locator('[data-test="verdict"]').textContent()).trim(), verdicts[shipped.measuredEffect.verdict]);
    if (shipped.measuredEffect.share) {
      const p = shipped.measuredEffect.share.pValue;
      const text = p < 0.001 ? '< 0.001' : p.toFixed(3);
      assert.match(await page.locator('[data-test="effect-share"]').textContent(), new RegExp(`p = ${text.replace(/[.<]/g, '\\$&')}`));
    }
    // The reasons and the system's events read in Chinese: no English words from the API's notes.
    const reasons = await page.locator('[data-test="reasons"] li').allTextContents();
    assert.equal(reasons.length, shipped.measuredEffect.reasonCodes.length);
    for (const text of reasons) assert.match(text, /[\u4e00-\u9fff]/);
    assert.ok(await page.locator('[data-test="event"]').count() > 3, 'the timeline shows the trail');
    const timeline = (await page.locator('[data-test="timeline"]').textContent()) ?? '';
    assert.match(timeline, /系统/);
    assert.doesNotMatch(timeline, /suggested verdict|verification window|system|analysed comments|share /);
    assert.ok(await page.locator('[data-test="linked-topics"] li').count() > 0);
    assert.deepEqual(problems, []);
  });

  test('the loop page shows the API’s loop metrics', async () => {
    const answer = await api(LOOP);
    const loop = answer.loopMetrics;
    const { page, problems } = await newPage(browser);
    await signIn(page);
    await page.goto(`${BASE}/app/loop`);
    await page.locator('[data-test="loop"][data-loading="false"]').waitFor();
    assert.equal(await page.locator('h1').textContent(), '闭环');
    assert.equal(await page.locator('[data-test="kpi-open"]').textContent(), new Intl.NumberFormat('zh-CN').format(loop.openCases));
    assert.equal(await page.locator('[data-test="kpi-breached"]').textContent(), new Intl.NumberFormat('zh-CN').format(loop.breachedCases));
    const share = loop.detractorsContactedWithin24h;
    assert.equal(await page.locator('[data-test="kpi-contacted"]').textContent(), percent(share));
    assert.equal(await page.locator('[data-test="effective-all"]').textContent(), String(loop.effectiveActions));
    assert.equal(await page.locator('[data-test="funnel-stage"]').count(), 7);
    // An agent's load counts the account warnings that went to them as the accounts' manager (cap or
    // not), and says so: the notes add up to the open warnings assigned to agents.
    const notes = await page.locator('[data-test="agent-warnings"]').allTextContents();
    const noted = notes.reduce((sum, text) => sum + Number(/\d+/.exec(text)?.[0] ?? 0), 0);
    assert.ok(answer.warnings.totalCount > 0, 'the demo has open account warnings');
    assert.equal(noted, answer.warnings.totalCount);
    await page.locator('[data-test="weeks"]').selectOption('4');
    await page.waitForURL((url) => url.searchParams.get('weeks') === '4');
    await page.locator('[data-test="loop"][data-loading="false"]').waitFor();
    assert.deepEqual(problems, []);
  });

  test('a viewer reads the board and an action without controls', async () => {
    const { page, problems } = await newPage(browser);
    await signIn(page, { email: VIEWER_EMAIL });
    await page.goto(`${BASE}/app/actions`);
    await boardReady(page);
    assert.ok(await page.locator('[data-test="action-card"]').count() > 0);
    assert.equal(await page.locator('[data-test="move-to"]').count(), 0);
    await page.goto(`${BASE}/app/actions/${encodeURIComponent(shipped.id)}`);
    await page.locator('[data-test="action"][data-loading="false"]').waitFor();
    for (const form of ['edit-form', 'move-form', 'link-form']) assert.equal(await page.locator(`[data-test="${form}"]`).count(), 0);
    assert.deepEqual(problems, []);
  });

  for (const lang of ['zh-CN', 'en']) {
    for (const [size, width] of Object.entries(WIDTHS)) {
      test(`the board, an action and the loop in ${lang} at ${width} px: screenshot, accessibility scan, no CSP violation`, async () => {
        const { page, problems } = await newPage(browser, { width, locale: lang });
        await signIn(page, { lang });
        const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        await page.goto(`${BASE}/app/actions`);
        await boardReady(page);
        assert.equal(await page.locator('h1').textContent(), lang === 'en' ? 'Improvement actions' : '改进行动');
        assert.ok(await overflow() <= 0, `the board scrolls the page sideways by ${await overflow()} px`);
        await assertAccessible(page, `actions ${lang}`);
        await screenshot(page, `actions-${lang}-${size}`);
        if (size === 'tablet') {
          // A 768 px window holds a few of the columns: the board says how many lie beyond the edge, and
          // its button scrolls to them (then offers the way back).
          assert.equal(await page.locator('[data-test="scroll-before"]').count(), 0);
          await page.locator('[data-test="scroll-after"]').click();
          await page.locator('[data-test="scroll-before"]').waitFor();
          assert.ok(await page.locator('[data-test="board"]').evaluate((el) => el.scrollLeft) > 0);
          await screenshot(page, `actions-${lang}-${size}-scrolled`);
        }

        await page.goto(`${BASE}/app/actions/${encodeURIComponent(shipped.id)}`);
        await page.locator('[data-test="action"][data-loading="false"]').waitFor();
        await page.waitForFunction(() => document.querySelectorAll('[data-test="effect-charts"] .chart[data-rendered="true"]').length === 2);
        assert.ok(await overflow() <= 0, `the action page scrolls sideways by ${await overflow()} px`);
        // Who is told it shipped, in words: the webhook event by the name the webhook settings give it.
        const told = await page.locator('[data-test="told"]').textContent();
        assert.doesNotMatch(told, /action\.shipped/);
        assert.match(told, lang === 'en' ? /“Action shipped” webhook event/ : /“改进行动上线”事件/);
        await assertAccessible(page, `action ${lang}`);
        await screenshot(page, `action-${lang}-${size}`);

        // An action with linked cases: each says its status in the page's words (no raw enum), names the
        // owner as such, and shows the customer's comment apart.
        const withCases = (await api('{ actions(first: 100) { edges { node { id cases { id } } } } }'))
          .actions.edges.map((e) => e.node).find((a) => a.cases.length > 0);
        assert.ok(withCases, 'the demo has an action with linked cases');
        await page.goto(`${BASE}/app/actions/${encodeURIComponent(withCases.id)}`);
        await page.locator('[data-test="action"][data-loading="false"]').waitFor();
        const statuses = await page.locator('[data-test="linked-case-status"]').allTextContents();
        assert.equal(statuses.length, withCases.cases.length);
        for (const status of statuses) assert.doesNotMatch(status, /^[A-Z_]+$/, `a raw case status: ${status}`);
        for (const text of await page.locator('[data-test="linked-case"]').allTextContents()) {
          assert.match(text, lang === 'en' ? / · Owner: / : / · 负责人：/);
        }
        await page.locator('[data-test="linked-cases"]').scrollIntoViewIfNeeded();
        await screenshot(page, `action-cases-${lang}-${size}`);

        await page.goto(`${BASE}/app/loop`);
        await page.locator('[data-test="loop"][data-loading="false"]').waitFor();
        await page.waitForFunction(() => document.querySelector('[data-test="loop-trend"] .chart[data-rendered="true"], [data-test="trend-empty"]'));
        assert.equal(await page.locator('h1').textContent(), lang === 'en' ? 'Loop' : '闭环');
        assert.ok(await overflow() <= 0, `the loop page scrolls sideways by ${await overflow()} px`);
        await assertAccessible(page, `loop ${lang}`);
        await screenshot(page, `loop-${lang}-${size}`);
        assert.deepEqual(problems, []);
        assert.deepEqual(await cspViolations(page), []);
      });
    }
  }
});
