// End-to-end test of the survey page's e-mail distributions panel against a live `voc serve` (the
// demo organisation) whose mail goes to a local SMTP server (scripts/e2e.sh): a pasted list with a bad
// row refused with the row named and nothing created, then a good one sent (the figures come from
// the server as its queue sends), in zh-CN and en (screenshots, axe, no CSP violation).
//
//   VOC_E2E_CONSOLE_ONLY=e2e/distributions.e2e.test.mjs scripts/e2e.sh
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { BASE, api, assertAccessible, cspViolations, launchBrowser, newPage, screenshot, signIn, skip } from './support.mjs';

const noMail = !process.env.VOC_E2E_SMTP && 'no SMTP server (run scripts/e2e.sh)';

describe('e-mail distributions panel', { skip: skip || noMail }, () => {
  let browser;
  let survey; // the demo's NPS survey with the most answers

  before(async () => {
    browser = await launchBrowser();
    const data = await api('{ surveys(first: 50) { edges { node { id kind status metrics { responses } } } } }');
    survey = data.surveys.edges.map((e) => e.node).filter((s) => s.kind === 'NPS' && s.status === 'ACTIVE')
      .sort((a, b) => b.metrics.responses - a.metrics.responses)[0];
  });
  after(async () => {
    if (browser) await browser.close();
  });

  for (const lang of ['zh-CN', 'en']) {
    test(`a bad row is named and nothing created; a good list is sent and counted (${lang})`, async () => {
      const { page, problems } = await newPage(browser, { locale: lang });
      await signIn(page, { lang });
      const count = async () => (await api('query($s: ID) { distributions(surveyId: $s) { totalCount } }', { s: survey.id }))
        .distributions.totalCount;
      const before = await count();
      await page.goto(`${BASE}/app/surveys/${encodeURIComponent(survey.id)}`);
      await page.locator('[data-test="survey-page"][data-loading="false"]').waitFor();
      await page.locator('[data-test="distributions"] > summary').click();
      const box = page.locator('[data-test="distribution-recipients"]');
      await box.fill(`ok-${lang}@example.com,王芳\nbroken-address`);
      await page.locator('[data-test="distribution-send"]').click();
      const refused = page.locator('[data-test="distribution-errors"]');
      await refused.waitFor();
      assert.match(await refused.innerText(), /recipientsCsv\.2\.email/);
      assert.equal(await count(), before);
      await screenshot(page, `distributions-refused-${lang}`);

      await box.fill(`ok-${lang}@example.com,王芳\nsecond-${lang}@example.com`);
      await page.locator('[data-test="distribution-send"]').click();
      await page.locator('[data-test="distribution"]').first().waitFor();
      assert.equal(await count(), before + 1);
      // The server's queue sends to the local SMTP server; reopened, the panel shows the server's figures.
      const sent = async () => (await api('query($s: ID) { distributions(surveyId: $s, first: 1) { edges { node { sent } } } }',
        { s: survey.id })).distributions.edges[0].node.sent;
      // Up to a minute: 10 s ran out in CI while other work loaded the machine.
      for (let i = 0; i < 300 && (await sent()) < 2; i += 1) await page.waitForTimeout(200);
      await page.reload();
      await page.locator('[data-test="survey-page"][data-loading="false"]').waitFor();
      await page.locator('[data-test="distributions"] > summary').click();
      const figures = page.locator('[data-test="figure-sent"]').first();
      await figures.waitFor();
      assert.equal(await figures.innerText(), '2');
      await assertAccessible(page, `distributions ${lang}`);
      await page.locator('[data-test="distributions"]').scrollIntoViewIfNeeded();
      await screenshot(page, `distributions-${lang}`);
      assert.deepEqual(problems, []);
      assert.deepEqual(await cspViolations(page), []);
    });
  }
});
