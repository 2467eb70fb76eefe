// A survey with logic answered in Chromium along two paths, against a live VoC Loop server (see
// widget.e2e.test.mjs for how to run these): a promoter, whose page passes an order number to
// VocWidget.init, skips straight to the end; a detractor, on the hosted link with hidden fields in its
// query, is asked what went wrong and more. The stored answers (read through the admin API) follow each path.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { BASE, OUT, createSurvey, launchBrowser, responses, skipWithout, sleep } from './support.mjs';

const DEFINITION = {
  hiddenFields: [{ key: 'orderId', label: '订单号' }, { key: 'source', label: '来源' }],
  questions: [
    { id: 'wrong', type: 'text', text: '哪里让您失望了？', required: true,
      logic: [{ if: { questionId: 'score', op: 'LT', value: 7 }, then: 'SHOW' }] },
    { id: 'area', type: 'single_choice', text: '主要是哪方面？', required: true,
      options: [{ id: 'price', label: '价格' }, { id: 'delivery', label: '物流' }, { id: 'service', label: '客服' }],
      logic: [{ if: { questionId: 'score', op: 'GT', value: 8 }, then: 'END' }] },
    { id: 'price_detail', type: 'text', text: '哪件商品的价格偏高？',
      logic: [{ if: { questionId: 'area', op: 'EQUALS', value: 'price' }, then: 'SHOW' }] },
    { id: 'contact', type: 'single_choice', text: '可以就这笔订单联系您吗？',
      options: [{ id: 'yes', label: '可以' }, { id: 'no', label: '不用了' }],
      logic: [{ if: { questionId: 'orderId', op: 'NOT_ANSWERED' }, then: 'SKIP_TO', target: 'last' }] },
    { id: 'last', type: 'text', text: '还有什么想告诉我们的？' },
  ],
};

let browser;

async function openPage(t, name) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  let shot = 0;
  const screenshot = (step) => page.screenshot({ path: `${OUT}${name}-${String(++shot).padStart(2, '0')}-${step}.png` });
  t.after(() => context.close());
  return { page, problems, screenshot };
}

/** The ids of the questions the widget shows now (its blocks carry data-q). */
const shownQuestions = (page) =>
  page.evaluate(() => Array.from(document.querySelector('voc-widget').shadowRoot.querySelectorAll('[data-q]')).filter((b) => !b.hidden).map((b) => b.dataset.q));

async function storedWhen(surveyId, ok) {
  const end = Date.now() + 20000;
  let last;
  while (Date.now() < end) {
    last = await responses(surveyId, 'score comment completed channel answers attributes');
    if (ok(last)) return last;
    await sleep(300);
  }
  assert.fail(`responses never matched; last seen: ${JSON.stringify(last)}`);
}

describe('survey logic e2e', { skip: skipWithout(), timeout: 120000 }, () => {
  let survey;
  before(async () => {
    browser = await launchBrowser();
    survey = await createSurvey({ name: 'e2e logic', questions: DEFINITION }, { recontactDays: 0 });
  });
  after(async () => {
    if (browser) await browser.close();
  });

  test('a promoter with an order number from VocWidget.init skips to the end', async (t) => {
    const { page, problems, screenshot } = await openPage(t, 'logic-promoter');
    const url = `${BASE}/__e2e/shop-order.html`; // the host page, served by the test on the API's origin
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html><head><meta charset="utf-8"></head><body><h1>订单已签收</h1>
<script src="${BASE}/widget.js"></script>
<script>VocWidget.init({ survey: ${JSON.stringify(survey.token)}, trigger: 'load', hidden: { orderId: 'A-1001', coupon: 'not declared' } });</script></body></html>`,
      }),
    );
    await page.goto(url);
    const ten = page.getByRole('radio', { name: /^10( – .*)?$/ });
    await ten.waitFor({ timeout: 15000 });
    await ten.click();
    await page.locator('voc-widget textarea').first().waitFor();
    assert.deepEqual(await shownQuestions(page), [], 'a promoter is asked nothing but the follow-up');
    await page.locator('voc-widget textarea').first().fill('送货很快');
    await screenshot('follow-up');
    await page.getByRole('button', { name: '提交' }).click();
    await page.locator('voc-widget form').waitFor({ state: 'detached' });
    await screenshot('thank-you');
    const r = await storedWhen(survey.id, (x) => x.nodes.some((n) => n.completed && n.score === 10));
    const promoter = r.nodes.find((n) => n.score === 10);
    assert.equal(promoter.comment, '送货很快');
    assert.equal(promoter.answers, null);
    assert.deepEqual(promoter.attributes, { orderId: 'A-1001' });
    assert.equal(promoter.channel, 'WIDGET');
    assert.deepEqual(problems, []);
  });

  test('a detractor on the hosted link is asked what went wrong, and the hidden fields come from the link', async (t) => {
    const { page, problems, screenshot } = await openPage(t, 'logic-detractor');
    await page.goto(`${BASE}/s/${survey.token}?uid=logic-e2e-1&orderId=B-2002&source=email`);
    const three = page.getByRole('radio', { name: /^3( – .*)?$/ });
    await three.waitFor({ timeout: 15000 });
    await three.click();
    await page.locator('voc-widget textarea').first().waitFor();
    assert.deepEqual(await shownQuestions(page), ['wrong', 'area', 'contact', 'last']);
    await page.getByRole('button', { name: '提交' }).click(); // what went wrong is required on this path
    await page.getByText('此题为必填项').first().waitFor();
    await page.locator('voc-widget [data-q=wrong] textarea').fill('价格比别家贵');
    await page.getByRole('radio', { name: '价格' }).click();
    assert.deepEqual(await shownQuestions(page), ['wrong', 'area', 'price_detail', 'contact', 'last']);
    await page.locator('voc-widget [data-q=price_detail] textarea').fill('耳机');
    await page.getByRole('radio', { name: '可以' }).click();
    await screenshot('detractor-path');
    await page.getByRole('button', { name: '提交' }).click();
    await page.locator('voc-widget form').waitFor({ state: 'detached' });
    const r = await storedWhen(survey.id, (x) => x.nodes.some((n) => n.completed && n.score === 3));
    const detractor = r.nodes.find((n) => n.score === 3);
    assert.deepEqual(detractor.answers, { wrong: '价格比别家贵', area: 'price', price_detail: '耳机', contact: 'yes' });
    assert.deepEqual(detractor.attributes, { orderId: 'B-2002', source: 'email' });
    assert.equal(detractor.channel, 'LINK');
    assert.deepEqual(problems, []);
  });
});
