// End-to-end test of settings › alert channels against a live `voc serve` holding the demo
// organisation, in Debian's Chromium, with a DingTalk-like robot on 127.0.0.1 that checks the
// request's signature as DingTalk does (HMAC-SHA256 of "{timestamp}\n{secret}") and answers
// {"errcode":310000,"errmsg":"sign not match"} to a wrong one, {"errcode":0,"errmsg":"ok"} otherwise.
// A channel created in the page with a wrong secret: its test message shows the vendor's code and
// message, in the page and in the log; with the right secret (an edit that keeps the URL) the next
// one is sent; it is deactivated and deleted. Screenshots in zh-CN and en at 1280 px, axe, no CSP
// violation, no sideways scroll.
//
//   VOC_E2E_CONSOLE_ONLY=e2e/settings-channels.e2e.test.mjs scripts/e2e.sh
// (scripts/e2e.sh runs VOC_ENV=development with VOC_WEBHOOK_ALLOW_PRIVATE=1: a loopback robot is accepted.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';

import { BASE, api, assertAccessible, cspViolations, launchBrowser, newPage, screenshot, signIn, skip } from './support.mjs';

const SECRET = 'SECe2e0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab';

/** A DingTalk custom robot on 127.0.0.1: checks `timestamp` and `sign` and keeps what it was sent. */
function startDingTalk() {
  const received = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const query = new URL(req.url, 'http://127.0.0.1').searchParams;
      const timestamp = query.get('timestamp') ?? '';
      const expected = createHmac('sha256', SECRET).update(`${timestamp}\n${SECRET}`).digest('base64');
      const signed = query.get('sign') === expected;
      received.push({ signed, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      const answer = signed ? { errcode: 0, errmsg: 'ok' } : { errcode: 310000, errmsg: 'sign not match' };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    server, received, url: `http://127.0.0.1:${server.address().port}/robot/send?access_token=e2e0123456789abcdef`,
  })));
}

const CHANNEL = `query($id: ID!) { node(id: $id) { ... on NotificationChannel { name active signed events mentions locale
  deliveries(first: 10) { edges { node { status errorCode } } } } } }`;

describe('settings › alert channels', { skip }, () => {
  let browser;
  let robot;
  const created = [];

  before(async () => {
    browser = await launchBrowser();
    robot = await startDingTalk();
  });
  after(async () => {
    for (const id of created) await api('mutation($id: ID!) { deleteNotificationChannel(id: $id) { errors { code } } }', { id }).catch(() => {});
    robot?.server.close();
    await browser?.close();
  });

  test('a DingTalk channel: created, its test message refused by the robot with the vendor’s code shown, fixed, sent, deactivated and deleted', async () => {
    const { page, problems } = await newPage(browser);
    await signIn(page);
    await page.goto(`${BASE}/app/settings/channels`);
    await page.locator('[data-test="settings-channels"][data-loading="false"]').waitFor();
    assert.equal(await page.locator('h1').textContent(), '告警通知');
    assert.equal(await page.locator('[data-test="settings-nav-channels"]').getAttribute('aria-current'), 'page');

    // A URL that is not DingTalk's is refused at its field before asking.
    const name = `E2E 运营群 ${Date.now() % 100000}`;
    await page.locator('[data-test="channel-kind"]').selectOption('DINGTALK');
    await page.locator('[data-test="channel-name"]').fill(name);
    await page.locator('[data-test="channel-url"]').fill('https://example.com/robot/send?access_token=x');
    await page.locator('[data-test="channel-create"]').click();
    await page.locator('[data-test="channel-url-error"]').filter({ hasText: 'oapi.dingtalk.com' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'channel-url');
    await assertAccessible(page, 'channels with a field error');

    await page.locator('[data-test="channel-url"]').fill(robot.url);
    await page.locator('[data-test="channel-secret"]').fill('SECnot-the-robots-secret');
    await page.locator('[data-test="channel-event-digest"]').check();
    await page.locator('[data-test="channel-digest-hour"]').selectOption('8');
    for (const m of ['13800138000', '@all']) {
      await page.locator('[data-test="channel-mentions"]').fill(m);
      await page.locator('[data-test="channel-mentions"]').press('Enter');
    }
    await page.locator('[data-test="channel-create"]').click();
    await page.locator('[data-test="said"]').filter({ hasText: name }).waitFor();
    const row = page.locator('[data-test="channel-row"]').filter({ hasText: name });
    const id = await row.getAttribute('data-id');
    created.push(id);
    assert.equal(await row.locator('[data-test="channel-kind-name"]').textContent(), '钉钉');
    assert.match(await row.textContent(), /access_token=\*\*\*\*cdef/); // the robot's key masked
    assert.doesNotMatch(await page.content(), /SECnot-the-robots-secret/); // the secret never shown back
    const stored = (await api(CHANNEL, { id })).node;
    assert.deepEqual({ ...stored, deliveries: undefined }, { name, active: true, signed: true, events: ['case.created', 'case.sla_breached', 'digest'],
      mentions: ['13800138000', '@all'], locale: 'zh-CN', deliveries: undefined });

    // The test message: the robot refuses its signature; the page shows DingTalk's code and message.
    await row.locator('[data-test="channel-test"]').click();
    const result = page.locator('[data-test="channel-test-result"]');
    await result.waitFor();
    assert.equal(await result.getAttribute('data-status'), 'PENDING');
    assert.equal(await page.locator('[data-test="channel-test-detail"]').textContent(), '钉钉返回错误码 310000：sign not match');
    assert.equal(robot.received.length, 1);
    assert.equal(robot.received[0].signed, false);
    assert.deepEqual(robot.received[0].body.at, { atMobiles: ['13800138000'], atUserIds: [], isAtAll: true });
    await page.locator('[data-test="channel-log"][data-loading="false"]').waitFor();
    const first = page.locator('[data-test="channel-log-row"]').first();
    assert.equal(await first.locator('[data-test="channel-log-code"]').textContent(), '310000');
    assert.equal(await first.locator('[data-test="channel-log-error"]').textContent(), 'sign not match');
    assert.equal(await first.locator('[data-test="channel-log-state"]').textContent().then((s) => s.trim()), '重试中');
    assert.equal(new URL(page.url()).searchParams.get('channel'), id);
    assert.match(await row.locator('[data-test="channel-last-error"]').textContent(), /310000/);
    await assertAccessible(page, 'channels with a vendor error');
    await screenshot(page, 'settings-channels-vendor-error-zh-CN-desktop');

    // Edited with the right secret (the URL left empty: kept); the next test message goes through.
    await row.locator('[data-test="channel-edit"]').click();
    const form = page.locator('[data-test="channel-edit-form"]');
    assert.equal(await form.locator('[data-test="channel-url"]').inputValue(), '');
    await form.locator('[data-test="channel-secret"]').fill(SECRET);
    await assertAccessible(page, 'a channel open for editing');
    await screenshot(page, 'settings-channels-edit-zh-CN-desktop');
    await form.locator('[data-test="channel-save"]').click();
    await page.locator('[data-test="said"]').filter({ hasText: `已保存 ${name}` }).waitFor();
    await row.locator('[data-test="channel-test"]').click();
    await page.locator('[data-test="channel-test-result"][data-status="SENT"]').waitFor();
    assert.equal(robot.received.at(-1).signed, true);
    assert.match(JSON.stringify(robot.received.at(-1).body), /VoC Loop/);
    await page.locator('[data-test="channel-log-row"]').nth(1).waitFor();
    assert.deepEqual(await page.locator('[data-test="channel-log-row"]').evaluateAll((rows) => rows.map((r) => r.dataset.status)), ['SENT', 'PENDING']);
    assert.equal(await row.locator('[data-test="channel-last-state"]').textContent().then((s) => s.trim()), '已送达');
    await screenshot(page, 'settings-channels-sent-zh-CN-desktop');

    // Deactivated: stored, and its test button is off.
    await row.locator('[data-test="channel-toggle"]').click();
    await row.locator('[data-test="channel-state"]').filter({ hasText: '停用' }).waitFor();
    assert.equal((await api(CHANNEL, { id })).node.active, false);
    assert.equal(await row.locator('[data-test="channel-test"]').isDisabled(), true);
    assert.deepEqual(problems, []);
    assert.deepEqual(await cspViolations(page), []);
  });

  test('in English at 1280 and 768 px with the log open: screenshots, axe, no sideways scroll; then deleted after a confirmation', async () => {
    const id = created[0];
    assert.ok(id, 'the first test made a channel');
    const { page, problems } = await newPage(browser, { locale: 'en' });
    await signIn(page, { lang: 'en' });
    await page.goto(`${BASE}/app/settings/channels?channel=${encodeURIComponent(id)}`);
    await page.locator('[data-test="settings-channels"][data-loading="false"]').waitFor();
    await page.locator('[data-test="channel-log"][data-loading="false"]').waitFor();
    assert.equal(await page.locator('h1').textContent(), 'Alert channels');
    const row = page.locator(`[data-test="channel-row"][data-id="${id}"]`);
    assert.equal(await row.locator('[data-test="channel-kind-name"]').textContent(), 'DingTalk');
    assert.match(await page.locator('[data-test="channel-log-row"]').nth(1).textContent(), /Test message/);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth) <= 0, 'no sideways scroll');
    await assertAccessible(page, 'channels in English');
    await screenshot(page, 'settings-channels-en-desktop');
    await page.setViewportSize({ width: 768, height: 900 }); // a tablet: still no sideways scroll
    await screenshot(page, 'settings-channels-en-tablet');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth) <= 0, 'no sideways scroll at 768 px');
    await page.setViewportSize({ width: 1280, height: 900 });

    await row.locator('[data-test="channel-delete"]').click();
    await row.locator('[data-test="channel-delete-yes"]').click();
    await row.waitFor({ state: 'detached' });
    await page.locator('[data-test="said"]').filter({ hasText: 'Deleted' }).waitFor();
    assert.equal(await page.locator('[data-test="channel-log"]').count(), 0);
    const left = (await api('{ notificationChannels { id } }')).notificationChannels;
    assert.ok(!left.some((c) => c.id === id), 'the channel is gone');
    created.length = 0;
    assert.deepEqual(problems, []);
    assert.deepEqual(await cspViolations(page), []);
  });
});
