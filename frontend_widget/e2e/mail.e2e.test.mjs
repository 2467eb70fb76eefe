// End-to-end test of an e-mail distribution against a live `voc serve` whose mail goes to a real
// SMTP server on loopback that keeps every message (scripts/e2e.sh: aiosmtpd's Mailbox, a maildir in
// VOC_E2E_MAIL_DIR): three recipients' mails read from disk like a mail client would. A link scanner
// first GETs every link of A's and C's mails (nothing may be stored or counted); then A clicks the
// score 3 in the mail twice and sends it with a comment from the page it opens, C clicks 8, clicks on
// the page and closes the tab at once (the page's script stores the score, its request outliving the
// tab), and B answers on the hosted page their personal link opens (its script reporting a person on
// the first press), all in Chromium (zh-CN); then one verified EMAIL response each and the
// distribution's figures, through the API. Screenshots in e2e-output/mail-*.png.
//
//   VOC_E2E_WIDGET_ONLY=e2e/mail.e2e.test.mjs scripts/e2e.sh
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { BASE, OUT, admin, createSurvey, launchBrowser, responses, skipWithout, sleep } from './support.mjs';
import { MAIL_DIR, waitForMails } from './mail.mjs';

const noMailbox = !MAIL_DIR && 'VOC_E2E_MAIL_DIR not set (run scripts/e2e.sh)';
const stamp = Date.now().toString(36);

let browser;

async function openPage(t) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 760 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // A Content-Security-Policy violation is reported as a console error; a failed request by its URL
  // (the notice pages name no icon, so Chromium's own /favicon.ico guess is no problem).
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource')
    && problems.push(`console: ${m.text()}`));
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico')
    && problems.push(`${r.status()} ${r.url()}`));
  t.after(() => context.close());
  return { page, problems };
}

async function distribution(surveyId) {
  const d = await admin(
    'query($s: ID) { distributions(surveyId: $s, first: 5) { edges { node { id status recipients sent failed clicked answered } } } }',
    { s: surveyId },
  );
  return d.distributions.edges.map((e) => e.node);
}

/** Polls until `ok(value)` holds, failing with the last value seen. */
async function until(read, ok, what, timeout = 30000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await read();
    if (ok(last)) return last;
    await sleep(300);
  }
  assert.fail(`${what} never held; last seen: ${JSON.stringify(last)}`);
}

describe('e-mail distribution answered from the mail', { skip: skipWithout() || noMailbox, timeout: 180000 }, () => {
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    if (browser) await browser.close();
  });

  test('a scanner stores nothing; a score sent with a comment, one kept on closing, and the hosted page', async (t) => {
    const survey = await createSurvey({ name: `邮件调研 ${stamp}` });
    const a = { email: `mail-a-${stamp}@example.com`, name: '王芳', externalId: `mail-a-${stamp}` };
    const b = { email: `mail-b-${stamp}@example.com`, name: '李雷', externalId: `mail-b-${stamp}` };
    const c = { email: `mail-c-${stamp}@example.com`, name: '赵敏', externalId: `mail-c-${stamp}` };
    const created = await admin(
      'mutation($input: CreateDistributionInput!) { createDistribution(input: $input) { distribution { id recipients } errors { code field message } } }',
      { input: { surveyId: survey.id, recipients: [a, b, c], subject: '{name}，想听听您对{survey}的看法' } },
    );
    assert.deepEqual(created.createDistribution.errors, []);
    assert.equal(created.createDistribution.distribution.recipients, 3);

    const mails = await waitForMails([a.email, b.email, c.email]);
    for (const who of [a, b, c]) {
      const mail = mails[who.email];
      // The subject template filled for each recipient, decoded from RFC 2047 (the name ends with a timestamp).
      assert.match(mail.subject, new RegExp(`^${who.name}，想听听您对邮件调研 ${stamp} \\d+的看法$`), mail.subject);
      assert.match(mail.headers['list-unsubscribe'] || '', /\/u\//);
      for (const link of mail.links) assert.ok(link.startsWith(`${BASE}/`), `${link} points at the server under test`);
    }
    const base = BASE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const personal = (mail) => mail.links.find((l) => new RegExp(`^${base}/m/[^/?#]+$`).test(l));
    const scoreLink = (mail, n) => mail.links.find((l) => new RegExp(`^${base}/m/[^/?#]+/${n}$`).test(l));
    // Each mail carries its own token: the scale 0-10, the personal link and the unsubscribe link.
    assert.notEqual(personal(mails[a.email]), personal(mails[b.email]));
    for (let n = 0; n <= 10; n += 1) assert.ok(scoreLink(mails[a.email], n), `score ${n} in the mail`);

    // A link scanner (Safe Links, Proofpoint, Mimecast) GETs every link of A's and C's mails, 0 first,
    // before they are read: every page answers, and nothing is stored.
    for (const who of [a, c]) {
      for (const link of mails[who.email].links) {
        const scanned = await fetch(link, { redirect: 'manual', headers: { 'user-agent': 'link-scanner' } });
        assert.equal(scanned.status, 200, link);
      }
    }
    assert.equal((await responses(survey.id)).totalCount, 0, 'a scanner stores no score');
    assert.equal((await distribution(survey.id))[0].clicked, 0, 'a scanner\'s GETs count as no click');

    // A: the score 3 clicked in the mail, then clicked again (a reload), then sent with a comment.
    {
      const { page, problems } = await openPage(t);
      const click = scoreLink(mails[a.email], 3);
      const first = await page.goto(click);
      assert.equal(first.status(), 200);
      await page.getByRole('heading', { name: '您选择了 3 分' }).waitFor();
      const second = await page.reload();
      assert.equal(second.status(), 200);
      await page.getByRole('heading', { name: '您选择了 3 分' }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
      await page.screenshot({ path: `${OUT}mail-score-zh.png`, fullPage: true });
      await page.getByLabel('补充意见（可选）').fill(`邮件里点了 3 分 ${stamp}`);
      await page.getByRole('button', { name: '提交' }).click();
      await page.getByRole('heading', { name: '感谢您的反馈！' }).waitFor();
      await page.screenshot({ path: `${OUT}mail-score-thanks-zh.png`, fullPage: true });
      // The same link again, in English: the answer stands, with the score that counts.
      assert.equal((await page.goto(`${click}?lang=en`)).status(), 200);
      await page.getByRole('heading', { name: 'Already answered' }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.match(await page.locator('p').first().innerText(), /score 3/);
      await page.screenshot({ path: `${OUT}mail-score-already-en.png`, fullPage: true });
      assert.deepEqual(problems, []);
    }

    // C: the score 8 clicked; a click on the page (not on the form) and the tab closed right away, no
    // button pressed, nothing waited for: the script's POST (keepalive) still stores the score.
    {
      const { page, problems } = await openPage(t);
      assert.equal((await page.goto(scoreLink(mails[c.email], 8))).status(), 200);
      await page.getByRole('heading', { name: '您选择了 8 分' }).waitFor();
      await page.mouse.move(200, 200);
      await page.mouse.move(400, 300, { steps: 5 });
      await sleep(500);
      assert.equal((await responses(survey.id)).totalCount, 1, 'moving the pointer stores nothing (only A\'s)');
      await page.mouse.click(20, 700);
      assert.deepEqual(problems, []);
      await page.close();
      await until(() => responses(survey.id, 'score respondent { externalId }'),
        (r) => r.nodes.some((n) => n.respondent && n.respondent.externalId === c.externalId),
        'C\'s score, stored after the tab was closed', 60000);
    }

    // B: the personal link opens the hosted page as the recipient; a score and a comment.
    {
      const { page, problems } = await openPage(t);
      await page.goto(personal(mails[b.email]));
      assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
      const nine = page.getByRole('radio', { name: /^9( – .*)?$/ });
      await nine.waitFor({ timeout: 15000 });
      // The page's own script (allowed by its nonce) reports B as a person on the first press, before any
      // answer: A and C counted by their scores, B by this.
      await page.mouse.click(5, 5);
      await until(() => distribution(survey.id), (d) => d[0].clicked === 3, 'B counted as clicked by the page');
      assert.equal((await responses(survey.id)).totalCount, 2, 'B has not answered yet');
      await page.screenshot({ path: `${OUT}mail-hosted-zh.png`, fullPage: true });
      await nine.click();
      const box = page.locator('voc-widget textarea').first();
      await box.waitFor();
      await box.fill(`个人链接里的回答 ${stamp}`);
      await page.screenshot({ path: `${OUT}mail-hosted-follow-up-zh.png`, fullPage: true });
      await page.getByRole('button', { name: '提交' }).click();
      await page.locator('voc-widget form').waitFor({ state: 'detached' });
      await page.locator('voc-widget h2').waitFor();
      await page.screenshot({ path: `${OUT}mail-hosted-thanks-zh.png`, fullPage: true });
      assert.deepEqual(problems, []);
    }

    // Exactly one response per recipient, verified, channel EMAIL, with the recipient's external id.
    const fields = 'score comment completed channel respondent { externalId verified }';
    const got = await until(() => responses(survey.id, fields),
      (r) => r.totalCount >= 3 && r.nodes.filter((n) => n.completed).length >= 2, 'three responses, two completed');
    assert.equal(got.totalCount, 3);
    const of = (who) => got.nodes.filter((n) => n.respondent && n.respondent.externalId === who.externalId);
    assert.equal(of(a).length, 1, 'one response for A, however often the score was clicked');
    assert.equal(of(b).length, 1, 'one response for B');
    assert.deepEqual(of(a)[0], { score: 3, comment: `邮件里点了 3 分 ${stamp}`, completed: true, channel: 'EMAIL',
      respondent: { externalId: a.externalId, verified: true } });
    assert.deepEqual(of(b)[0], { score: 9, comment: `个人链接里的回答 ${stamp}`, completed: true, channel: 'EMAIL',
      respondent: { externalId: b.externalId, verified: true } });
    assert.deepEqual(of(c), [{ score: 8, comment: null, completed: false, channel: 'EMAIL',
      respondent: { externalId: c.externalId, verified: true } }], 'C: the score the page stored, not the scanner\'s 0');

    const [figures] = await until(() => distribution(survey.id), (d) => d.length === 1 && d[0].answered >= 3,
      'the distribution counting the three answers');
    assert.equal(figures.recipients, 3);
    assert.equal(figures.sent, 3);
    assert.equal(figures.failed, 0);
    assert.equal(figures.clicked, 3);
    assert.equal(figures.answered, 3);
  });
});
