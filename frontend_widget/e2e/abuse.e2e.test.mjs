// The abuse suite's browser half (issue 6): a survey whose every text is a script or markup payload,
// answered in Debian's headless Chromium on a host page WITHOUT a Content-Security-Policy (so only
// the widget's own DOM building stands between the payloads and the page) and on the hosted page;
// and a bot that fills in the hidden honeypot field.
//
//   VOC_E2E_BASE_URL=http://127.0.0.1:8000 VOC_E2E_API_KEY=... node --test e2e/abuse.e2e.test.mjs
//   (`make e2e` runs it against a fresh `voc serve`)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { BASE, OUT, admin, launchBrowser, createSurvey as createPublished, responses as surveyResponses, skipWithout, sleep } from './support.mjs';

const SKIP = skipWithout();

// Each payload would set window.__pwned (or open a dialog) if it ever ran.
const P = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=2</script>',
  svg: '<svg onload="window.__pwned=3"></svg>',
  iframe: '<iframe srcdoc="<script>parent.__pwned=4</script>"></iframe>',
  link: '<a href="javascript:window.__pwned=5">点我</a>',
  alert: '"><img src=x onerror=alert(document.domain)>',
  style: '<style>*{display:none!important}</style>',
  entity: '&lt;b&gt;not bold&lt;/b&gt; &amp;',
};
const ACTIVE_TAGS = 'img,script,svg,iframe,a,object,embed,style,link,form form,base';

const createSurvey = (input) => createPublished(input, { recontactDays: 0 });
const responses = (surveyId) => surveyResponses(surveyId, 'score comment answers completed');


async function waitFor(check, what, timeout = 20000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await check();
    if (last.ok) return last;
    await sleep(250);
  }
  assert.fail(`${what}; last seen: ${JSON.stringify(last)}`);
}

/** A survey whose every displayed text is hostile: main question, follow-up, questions, options, labels, thank-you. */
function hostileSurvey(name) {
  return {
    name: `${P.script} ${name}`,
    question: `${P.img} 推荐吗？`,
    questions: {
      followUps: [{ minScore: 0, maxScore: 10, text: `${P.svg} 为什么？` }],
      questions: [
        { id: 'pick', type: 'single_choice', text: `${P.iframe} 选一个`, options: [{ id: 'a', label: P.link }, { id: 'b', label: P.alert }] },
        { id: 'many', type: 'multiple_choice', text: P.style, options: [{ id: 'x', label: P.entity }, { id: 'y', label: P.script }] },
        { id: 'stars', type: 'rating', text: P.entity, min: 1, max: 5, minLabel: P.img, maxLabel: P.alert },
        { id: 'free', type: 'text', text: P.alert },
      ],
      thankYou: `${P.iframe} 谢谢！`,
    },
  };
}

let browser;

async function openPage(t) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  t.after(() => context.close());
  return { page, problems };
}

/** What the shadow root holds: its text, any element that could run or load something, window.__pwned. */
const inspect = (page, activeTags) =>
  page.evaluate((sel) => {
    const root = document.querySelector('voc-widget')?.shadowRoot;
    return {
      text: root ? root.textContent : null,
      active: root ? [...root.querySelectorAll(sel)].map((e) => e.tagName) : [],
      handlers: root ? [...root.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on'))) : [],
      pwned: window.__pwned ?? null,
    };
  }, activeTags);

const radio = (page, name) => page.getByRole('radio', { name: new RegExp(`^${name}( – .*)?$`) });

async function answerHostile(page, shot) {
  await radio(page, '3').waitFor({ timeout: 15000 });
  await page.getByRole('heading', { name: `${P.img} 推荐吗？`, exact: true }).waitFor();
  await shot('score');
  await radio(page, '3').click();
  await page.locator('voc-widget form').waitFor();
  let s = await inspect(page, ACTIVE_TAGS);
  for (const text of [`${P.svg} 为什么？`, `${P.iframe} 选一个`, P.link, P.alert, P.style, P.entity, P.script, P.img]) {
    assert.ok(s.text.includes(text), `shown literally: ${text}`);
  }
  await page.getByRole('radio', { name: P.alert, exact: true }).click();
  await page.getByRole('checkbox', { name: P.entity }).check();
  await page.locator('voc-widget textarea').first().fill(P.script);
  await page.locator('voc-widget textarea').nth(1).fill(P.img);
  await sleep(500); // an onerror/onload handler would have fired by now
  await shot('form');
  s = await inspect(page, ACTIVE_TAGS);
  assert.deepEqual(s.active, [], 'no element that runs or loads anything');
  assert.deepEqual(s.handlers, [], 'no on* attribute');
  await page.getByRole('button', { name: /提交|Submit/ }).click();
  await page.locator('voc-widget form').waitFor({ state: 'detached' });
  await page.getByRole('heading', { name: `${P.iframe} 谢谢！`, exact: true }).waitFor();
  await sleep(500);
  await shot('thank-you');
  return inspect(page, ACTIVE_TAGS);
}

describe('widget.js under hostile survey texts and bots', { skip: SKIP, timeout: 180000 }, () => {
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    if (browser) await browser.close();
  });

  test('on a host page without CSP, every payload is shown as text and none runs', async (t) => {
    const survey = await createSurvey(hostileSurvey('no-csp'));
    const { page, problems } = await openPage(t);
    const url = `${BASE}/__e2e/abuse-no-csp.html`; // served by the test: same origin as the API, no CSP
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html><head><meta charset="utf-8"></head><body><h1>宿主页面</h1>
<script src="${BASE}/widget.js" data-voc-survey="${survey.token}" async></script></body></html>`,
      }),
    );
    let n = 0;
    const shot = (step) => page.screenshot({ path: `${OUT}abuse-no-csp-${String(++n).padStart(2, '0')}-${step}.png` });
    await page.goto(url);
    const s = await answerHostile(page, shot);
    assert.equal(s.pwned, null, 'window.__pwned stays unset');
    assert.deepEqual(s.active, []);
    assert.deepEqual(problems, [], 'no dialog, no page error');
    // The answers arrive exactly as typed: the server stores text, not markup.
    const r = await waitFor(async () => {
      const x = await responses(survey.id);
      return { ok: x.nodes.some((n) => n.completed), ...x };
    }, 'the completed response arrives');
    assert.equal(r.totalCount, 1);
    assert.equal(r.nodes[0].comment, P.script);
    assert.deepEqual(r.nodes[0].answers, { pick: 'b', many: ['x'], free: P.img });
  });

  test('the hosted page shows the hostile name as its title and runs nothing', async (t) => {
    const survey = await createSurvey(hostileSurvey('hosted'));
    const { page, problems } = await openPage(t);
    let n = 0;
    const shot = (step) => page.screenshot({ path: `${OUT}abuse-hosted-${String(++n).padStart(2, '0')}-${step}.png` });
    await page.goto(`${BASE}/s/${survey.token}?uid=${encodeURIComponent(P.alert)}&lang=${encodeURIComponent(P.script)}`);
    assert.ok((await page.title()).startsWith(`${P.script} hosted`), await page.title());
    const s = await answerHostile(page, shot);
    assert.equal(s.pwned, null);
    assert.deepEqual(problems, []);
    assert.equal(await page.locator('body > main > :not(script):not(voc-widget)').count(), 0, 'nothing but the widget in the page');
  });

  test('a bot that fills the hidden honeypot field is thanked, and nothing but the score partial is stored', async (t) => {
    const survey = await createSurvey({ name: 'honeypot' });
    const { page, problems } = await openPage(t);
    await page.goto(`${BASE}/demo?survey=${survey.token}`);
    await radio(page, '2').waitFor({ timeout: 15000 });
    await radio(page, '2').click();
    await page.locator('voc-widget textarea').first().fill('cheap watches http://spam.example');
    // People cannot see it, reach it with Tab, or hear it: 1×1 px, tabindex -1, inside aria-hidden.
    const trap = page.locator('voc-widget input[name=homepage]');
    const wrapper = await trap.evaluate((el) => {
      const b = el.parentElement.getBoundingClientRect();
      return { w: b.width, h: b.height, overflow: getComputedStyle(el.parentElement).overflow, hidden: el.parentElement.getAttribute('aria-hidden') };
    });
    assert.deepEqual(wrapper, { w: 1, h: 1, overflow: 'hidden', hidden: 'true' });
    assert.equal(await trap.getAttribute('tabindex'), '-1');
    await page.keyboard.press('Tab'); // from the textarea: the submit button, not the trap
    assert.equal(await page.evaluate(() => document.querySelector('voc-widget').shadowRoot.activeElement.tagName), 'BUTTON');
    // The bot fills every field it finds.
    await trap.evaluate((el) => { el.value = 'http://spam.example'; });
    const sent = page.waitForRequest((r) => String(r.postData()).includes('"completed":true'));
    await page.getByRole('button', { name: '提交' }).click();
    assert.match(String((await sent).postData()), /"honeypot":"http:\/\/spam\.example"/);
    await page.locator('voc-widget form').waitFor({ state: 'detached' }); // the thank-you screen, as for a person
    await sleep(1500);
    const r = await responses(survey.id);
    assert.equal(r.totalCount, 1, 'only the score partial sent before the form');
    assert.equal(r.nodes[0].completed, false);
    assert.equal(r.nodes[0].comment, null);
    assert.deepEqual(await page.evaluate(() => JSON.parse(localStorage.getItem('voc:queue') || '[]')), [], 'accepted, not retried');
    assert.deepEqual(problems, []);
  });
});
