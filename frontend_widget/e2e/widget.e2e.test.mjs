// End-to-end tests of widget.js against a live VoC Loop server, in Debian's Chromium.
//
//   VOC_E2E_BASE_URL=http://127.0.0.1:8000 VOC_E2E_API_KEY=... npm run e2e
//   npm run e2e:stub      (same tests against frontend_widget/harness/server.mjs)
//
// The server must serve /widget.js, /demo?survey=TOKEN (popover, trigger load), /s/{token}
// (hosted page, ?uid= and ?lang=) and POST /graphql. Screenshots go to e2e-output/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { BASE, OUT, admin, launchBrowser, createSurvey as createPublished, responses, skipWithout, sleep } from './support.mjs';

const SKIP = skipWithout(' (try: npm run e2e:stub)');
const STUB = process.env.VOC_E2E_STUB === '1'; // harness/server.mjs, not VoC Loop (npm run e2e:stub)

// VOC_E2E_SERVE_PAGES=1: the browser gets /widget.js (this checkout's build), /demo and /s/{token}
// from the test itself and only /graphql from the server: for a backend without those routes yet.
const SERVE_PAGES = process.env.VOC_E2E_SERVE_PAGES === '1';
const WIDGET_FILE = fileURLToPath(new URL('../../api/static/widget.js', import.meta.url));

async function servePages(context) {
  const html = (body) => ({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"></head><body>${body}</body></html>` });
  const attr = (v) => String(v).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  await context.route(`${BASE}/widget.js*`, (route) => route.fulfill({ contentType: 'application/javascript; charset=utf-8', body: readFileSync(WIDGET_FILE) }));
  await context.route(`${BASE}/demo?*`, (route) => {
    const token = new URL(route.request().url()).searchParams.get('survey');
    route.fulfill(html(`<h1>演示产品</h1><p>这是一个模拟的产品页面。</p><script src="${BASE}/widget.js" data-voc-survey="${attr(token)}" async></script>`));
  });
  await context.route(`${BASE}/s/*`, (route) => {
    const url = new URL(route.request().url());
    const token = url.pathname.split('/').pop();
    route.fulfill(html(`<script src="${BASE}/widget.js" data-voc-survey="${attr(token)}" data-voc-layout="page"></script>`));
  });
}

const HOSTILE_CSS = '* { color: red !important; font-size: 40px !important }';
const XSS = '<img src=x onerror=alert(1)>';

// ---------------------------------------------------------------- GraphQL (admin) helpers
const createSurvey = (input = {}) => createPublished({ ...input, name: `e2e ${input.name || 'widget'}` }, { recontactDays: 30 });

/** Polls the responses of a survey until `ok` holds (or fails with the last value seen). */
async function waitForResponses(surveyId, ok, timeout = 20000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await responses(surveyId);
    if (ok(last)) return last;
    await sleep(300);
  }
  assert.fail(`responses never matched; last seen: ${JSON.stringify(last)}`);
}

const unique = (label) => `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

// ---------------------------------------------------------------- browser helpers
let browser;

async function openPage(t, name, options = {}) {
  const context = options.context || (await browser.newContext({ viewport: { width: 1100, height: 760 }, locale: 'zh-CN', ...options.contextOptions }));
  if (SERVE_PAGES && !options.context) await servePages(context);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  let shot = 0;
  const screenshot = (step) => page.screenshot({ path: `${OUT}${name}-${String(++shot).padStart(2, '0')}-${step}.png` });
  t.after(async () => {
    if (!options.context) await context.close();
  });
  return { context, page, problems, screenshot };
}

/** A scale option by its number ("10" matches "10 – 极有可能") or by its full accessible name. */
const radio = (page, name) =>
  page.getByRole('radio', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( – .*)?$`) });

/** What the widget's shadow root holds right now (null when no widget is on the page). */
const widgetState = (page) =>
  page.evaluate(() => {
    const host = document.querySelector('voc-widget');
    const root = host && host.shadowRoot;
    if (!root) return null;
    const active = root.activeElement;
    return {
      text: root.textContent,
      active: active ? { tag: active.tagName, role: active.getAttribute('role'), text: active.textContent } : null,
      imgs: root.querySelectorAll('img').length,
    };
  });

/** The thank-you screen: the form is gone and a heading (the survey's thankYou text) is shown. */
async function thankYou(page) {
  await page.locator('voc-widget form').waitFor({ state: 'detached' });
  await page.locator('voc-widget h2').waitFor();
}

async function answerNps(page, screenshot, score, comment) {
  await radio(page, String(score)).waitFor({ timeout: 15000 });
  await screenshot('score');
  await radio(page, String(score)).click();
  const box = page.locator('voc-widget textarea').first();
  await box.waitFor();
  await screenshot('follow-up');
  await box.fill(comment);
  await page.getByRole('button', { name: /提交|Submit/ }).click();
  await thankYou(page);
  await screenshot('thank-you');
}

// ---------------------------------------------------------------- scenarios
describe('widget.js e2e', { skip: SKIP, timeout: 180000 }, () => {
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    if (browser) await browser.close();
  });

  test('NPS with a comment on the demo page arrives as exactly that response', async (t) => {
    const survey = await createSurvey({ name: 'demo' });
    const { page, problems, screenshot } = await openPage(t, 'demo');
    await page.goto(`${BASE}/demo?survey=${survey.token}`);
    const comment = unique('物流很快，包装也很好');
    await answerNps(page, screenshot, 9, comment);
    const r = await waitForResponses(survey.id, (x) => x.nodes.some((n) => n.comment === comment && n.completed));
    assert.equal(r.totalCount, 1);
    assert.equal(r.nodes[0].score, 9);
    assert.equal(r.nodes[0].comment, comment);
    assert.equal(r.nodes[0].channel, 'WIDGET');
    assert.deepEqual(problems, []);
  });

  test('offline before submitting, then back online: exactly one response', async (t) => {
    const survey = await createSurvey({ name: 'offline' });
    const { context, page, problems, screenshot } = await openPage(t, 'offline');
    await page.goto(`${BASE}/demo?survey=${survey.token}`);
    await radio(page, '3').waitFor({ timeout: 15000 });
    await context.setOffline(true);
    const comment = unique('断网时写的评论');
    await answerNps(page, screenshot, 3, comment);
    const queued = await page.evaluate(() => JSON.parse(localStorage.getItem('voc:queue') || '[]'));
    assert.equal(queued.length, 1, 'the answer waits in localStorage');
    assert.equal(queued[0].i.completed, true);
    assert.equal((await responses(survey.id)).totalCount, 0);
    await context.setOffline(false); // fires `online`: the queue retries at once
    const r = await waitForResponses(survey.id, (x) => x.nodes.some((n) => n.comment === comment && n.completed));
    await sleep(1500); // no late duplicate
    const again = await responses(survey.id);
    assert.equal(again.totalCount, 1);
    assert.equal(r.nodes[0].score, 3);
    assert.deepEqual(await page.evaluate(() => JSON.parse(localStorage.getItem('voc:queue') || '[]')), []);
    assert.deepEqual(problems, []);
  });

  test('server unreachable while answering, then a reload: exactly one response', async (t) => {
    const survey = await createSurvey({ name: 'reload' });
    const { page, problems, screenshot } = await openPage(t, 'reload');
    await page.goto(`${BASE}/demo?survey=${survey.token}`);
    await radio(page, '6').waitFor({ timeout: 15000 });
    const block = (route) => (String(route.request().postData()).includes('submitResponse') ? route.abort('internetdisconnected') : route.continue());
    await page.route(`${BASE}/graphql`, block);
    const comment = unique('刷新之前写的');
    await answerNps(page, screenshot, 6, comment);
    await sleep(500);
    assert.equal((await responses(survey.id)).totalCount, 0);
    await page.unroute(`${BASE}/graphql`, block);
    await page.reload(); // widget.js starts, finds the stored answer and sends it
    const r = await waitForResponses(survey.id, (x) => x.nodes.some((n) => n.comment === comment && n.completed));
    await sleep(1500);
    assert.equal((await responses(survey.id)).totalCount, 1);
    assert.equal(r.nodes[0].score, 6);
    assert.deepEqual(problems, []);
  });

  test('hostile host page CSS does not change the widget', async (t) => {
    const survey = await createSurvey({ name: 'css' });
    const measure = async (name, css) => {
      const { page, problems, screenshot } = await openPage(t, name);
      const url = `${BASE}/__e2e/${name}.html`; // served by the test itself, same origin as the API
      await page.route(url, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body><h1>宿主页面</h1>
<script src="${BASE}/widget.js" data-voc-survey="${survey.token}" async></script></body></html>`,
        }),
      );
      await page.goto(url);
      await radio(page, '5').waitFor({ timeout: 15000 });
      await sleep(400); // let the opening animation finish
      await screenshot('score');
      const m = await page.evaluate(() => {
        const root = document.querySelector('voc-widget').shadowRoot;
        const pick = (el) => {
          const cs = getComputedStyle(el);
          const b = el.getBoundingClientRect();
          return { color: cs.color, fontSize: cs.fontSize, w: Math.round(b.width), h: Math.round(b.height) };
        };
        return { title: pick(root.getElementById('t')), radio: pick(root.querySelector('[role=radio]')), dialog: pick(root.querySelector('[role=dialog]')) };
      });
      assert.deepEqual(problems, []);
      return m;
    };
    const plain = await measure('css-plain', 'body { font-family: serif }');
    const hostile = await measure('css-hostile', HOSTILE_CSS);
    assert.notEqual(hostile.title.color, 'rgb(255, 0, 0)');
    assert.notEqual(hostile.title.fontSize, '40px');
    assert.deepEqual(hostile, plain);
  });

  test('works under a strict Content-Security-Policy (no unsafe-inline, no unsafe-eval)', async (t) => {
    const survey = await createSurvey({ name: 'csp' });
    const { page, problems, screenshot } = await openPage(t, 'csp');
    const origin = new URL(BASE).origin;
    const csp = `default-src 'none'; script-src ${origin}; connect-src ${origin}; style-src 'nonce-e2e'; img-src 'none'; require-trusted-types-for 'script'`;
    const url = `${BASE}/__e2e/csp.html`;
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': csp },
        body: `<!doctype html><html><head><meta charset="utf-8"></head><body><h1>CSP</h1>
<script src="${BASE}/widget.js" data-voc-survey="${survey.token}" data-voc-nonce="e2e" async></script></body></html>`,
      }),
    );
    const violations = [];
    await page.exposeFunction('__cspViolation', (v) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`)),
    );
    await page.goto(url);
    const comment = unique('CSP');
    await answerNps(page, screenshot, 1, comment);
    const styled = await page.evaluate(() => {
      const root = document.querySelector('voc-widget').shadowRoot;
      return getComputedStyle(root.querySelector('.c')).position;
    });
    assert.equal(styled, 'fixed', 'widget styles applied');
    await waitForResponses(survey.id, (x) => x.nodes.some((n) => n.comment === comment && n.completed));
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
  });

  test('markup in a question is shown as text and runs nothing', async (t) => {
    const survey = await createSurvey({ name: 'xss', question: XSS });
    const { page, problems, screenshot } = await openPage(t, 'xss');
    await page.goto(`${BASE}/demo?survey=${survey.token}`);
    await radio(page, '7').waitFor({ timeout: 15000 });
    await page.getByRole('heading', { name: XSS, exact: true }).waitFor();
    await sleep(1000); // an onerror handler would have fired by now
    await screenshot('question');
    const s = await widgetState(page);
    assert.equal(s.imgs, 0);
    assert.ok(s.text.includes(XSS));
    assert.deepEqual(problems, [], 'no alert dialog, no page error');
  });

  test('a second visit inside the recontact window shows nothing', async (t) => {
    const survey = await createSurvey({ name: 'recontact', recontactDays: 30 });
    const first = await openPage(t, 'recontact');
    await first.page.goto(`${BASE}/demo?survey=${survey.token}`);
    await answerNps(first.page, first.screenshot, 10, unique('第一次访问'));
    await waitForResponses(survey.id, (x) => x.totalCount === 1 && x.nodes[0].completed);
    // Same browser profile (same anonymous id in localStorage), new page view.
    const second = await openPage(t, 'recontact-again', { context: first.context });
    const asked = second.page.waitForResponse((r) => r.url().startsWith(`${BASE}/graphql`) && String(r.request().postData()).includes('surveyForRespondent'));
    await second.page.goto(`${BASE}/demo?survey=${survey.token}`);
    const answer = await (await asked).json();
    const s = answer.data.surveyForRespondent;
    assert.ok(s === null || s.shouldDisplay === false, `server said ${JSON.stringify(s)}`);
    await sleep(1500);
    await second.screenshot('nothing');
    assert.equal(await widgetState(second.page), null);
    assert.equal(await second.page.getByRole('radio').count(), 0);
    assert.equal((await responses(survey.id)).totalCount, 1);
  });

  test('keyboard only: focus moves in, arrows choose, Enter confirms, Tab reaches submit', async (t) => {
    const survey = await createSurvey({ name: 'keyboard' });
    const { page, problems, screenshot } = await openPage(t, 'keyboard');
    await page.goto(`${BASE}/demo?survey=${survey.token}`);
    await radio(page, '0').waitFor({ timeout: 15000 });
    let s = await widgetState(page);
    assert.equal(s.active && s.active.role, 'radio', 'focus moved into the popover');
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    s = await widgetState(page);
    assert.equal(s.active.text, '8');
    assert.equal(await radio(page, '8').getAttribute('aria-checked'), 'true');
    await screenshot('arrows');
    await page.keyboard.press('Enter');
    await page.locator('voc-widget textarea').first().waitFor();
    s = await widgetState(page);
    assert.equal(s.active.tag, 'TEXTAREA');
    const comment = unique('只用键盘完成');
    await page.keyboard.type(comment);
    await page.keyboard.press('Tab');
    s = await widgetState(page);
    assert.equal(s.active.tag, 'BUTTON');
    await screenshot('submit-focused');
    await page.keyboard.press('Enter');
    await thankYou(page);
    await screenshot('thank-you');
    const r = await waitForResponses(survey.id, (x) => x.nodes.some((n) => n.comment === comment && n.completed));
    assert.equal(r.totalCount, 1);
    assert.equal(r.nodes[0].score, 8);
    await page.keyboard.press('Escape');
    assert.equal(await widgetState(page), null, 'Escape closes the popover');
    assert.deepEqual(problems, []);
  });

  test('dismiss: the close button removes the popover and sends no response', async (t) => {
    const survey = await createSurvey({ name: 'dismiss' });
    const { page, problems, screenshot } = await openPage(t, 'dismiss');
    await page.goto(`${BASE}/demo?survey=${survey.token}`);
    await radio(page, '5').waitFor({ timeout: 15000 });
    await screenshot('open');
    await page.getByRole('button', { name: '关闭' }).click();
    assert.equal(await widgetState(page), null);
    await sleep(1500);
    await screenshot('closed');
    assert.equal((await responses(survey.id)).totalCount, 0);
    assert.deepEqual(problems, []);
  });

  test('usable at 320 px on a touch screen', async (t) => {
    const survey = await createSurvey({ name: 'mobile' });
    const { page, problems, screenshot } = await openPage(t, 'mobile', {
      contextOptions: { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    });
    await page.goto(`${BASE}/demo?survey=${survey.token}`);
    await radio(page, '4').waitFor({ timeout: 15000 });
    await sleep(400);
    await screenshot('score');
    const boxes = await page.evaluate(() => {
      const root = document.querySelector('voc-widget').shadowRoot;
      const dialog = root.querySelector('[role=dialog]').getBoundingClientRect();
      const radios = [...root.querySelectorAll('[role=radio]')].map((r) => r.getBoundingClientRect());
      return { dialog: { left: dialog.left, right: dialog.right }, min: Math.min(...radios.flatMap((b) => [b.width, b.height])) };
    });
    assert.ok(boxes.dialog.left >= 0 && boxes.dialog.right <= 320, JSON.stringify(boxes));
    assert.ok(boxes.min >= 32, `touch targets ≥ 32 px, got ${boxes.min}`);
    await radio(page, '4').tap();
    await page.locator('voc-widget textarea').first().fill(unique('手机上填写'));
    await screenshot('follow-up');
    await page.getByRole('button', { name: '提交' }).tap();
    await thankYou(page);
    await screenshot('thank-you');
    await waitForResponses(survey.id, (x) => x.totalCount === 1 && x.nodes[0].completed && x.nodes[0].score === 4);
    assert.deepEqual(problems, []);
  });

  test('the hosted page works (full page, ?uid= and ?lang=en)', async (t) => {
    const survey = await createSurvey({ name: 'hosted' });
    const { page, problems, screenshot } = await openPage(t, 'hosted');
    await page.goto(`${BASE}/s/${survey.token}?uid=${unique('e2e-user')}&lang=en`);
    await radio(page, '2').waitFor({ timeout: 15000 });
    if (!STUB && !SERVE_PAGES) assert.equal(await page.locator('html').getAttribute('lang'), 'en'); // the server's own page
    assert.equal(await page.locator('voc-widget').getAttribute('lang'), 'en');
    assert.equal(await page.locator('voc-widget [role=dialog]').count(), 0, 'full page, not a popover');
    // Everything the respondent reads is English: the survey (created in zh-CN with its default
    // texts) as well as the widget's own strings.
    const english = async (step) => assert.doesNotMatch((await widgetState(page)).text, /[\u4e00-\u9fff]/, step);
    await english('score');
    await screenshot('score');
    await radio(page, '2').click();
    await page.getByRole('button', { name: 'Submit', exact: true }).waitFor();
    if (!STUB) await english('follow-up'); // the stub server's follow-ups are fixed Chinese texts
    const comment = unique('hosted page comment');
    await page.locator('voc-widget textarea').first().fill(comment);
    await screenshot('follow-up');
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await thankYou(page);
    await english('thank-you');
    await screenshot('thank-you');
    const r = await waitForResponses(survey.id, (x) => x.nodes.some((n) => n.comment === comment && n.completed));
    assert.equal(r.totalCount, 1);
    assert.equal(r.nodes[0].score, 2);
    assert.equal(r.nodes[0].channel, 'LINK');
    assert.deepEqual(problems, []);
  });
});
