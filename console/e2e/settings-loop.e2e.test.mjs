// End-to-end tests of the loop's settings pages (teams, automation, SLA, webhooks, vocabulary)
// against a live `voc serve` holding the demo organisation, in Debian's Chromium: a webhook created
// in the page (its secret shown once) receives a response submitted through the API, signed with
// that secret, and the delivery shows in the page's log with its status code; deactivating it
// shows; an agent's cap changes, a routing rule is added (a duplicate refused at its field) and deleted; the vocabulary saves and a too-long term is refused at its field; a viewer is told the pages
// are for admins; every page in zh-CN and en at 1280 and 768 px (screenshots, axe, no CSP violation).
//
//   VOC_E2E_CONSOLE_ONLY=e2e/settings-loop.e2e.test.mjs scripts/e2e.sh
// (scripts/e2e.sh sets VOC_WEBHOOK_ALLOW_PRIVATE=1, so a receiver on 127.0.0.1 is accepted.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';

import {
  BASE, VIEWER_EMAIL, WIDTHS, api, assertAccessible, cspViolations, launchBrowser, newPage, screenshot, signIn, skip,
} from './support.mjs';

const PAGES = [
  ['teams', '团队与坐席', 'Teams and agents'],
  ['automation', '自动化规则', 'Automation rules'],
  ['sla', 'SLA 时限', 'SLA policy'],
  ['webhooks', 'Webhook', 'Webhooks'],
  ['vocabulary', '词库', 'Vocabulary'],
];

/** A webhook receiver on 127.0.0.1 that answers 200 and keeps what it was sent. */
function startReceiver() {
  const received = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, received, url: `http://127.0.0.1:${server.address().port}/voc-hook` })));
}

async function until(check, what, timeout = 20_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

describe('settings pages of the loop', { skip }, () => {
  let browser;
  let receiver;
  let token; // an active demo survey's token
  const created = []; // webhook ids to remove afterwards

  before(async () => {
    browser = await launchBrowser();
    receiver = await startReceiver();
    const data = await api('{ surveys(status: ACTIVE, first: 50) { edges { node { token kind } } } }');
    token = data.surveys.edges.map((e) => e.node).find((s) => s.kind === 'NPS')?.token;
    assert.ok(token, 'the demo has an active NPS survey');
  });
  after(async () => {
    for (const id of created) await api('mutation($id: ID!) { deleteWebhook(id: $id) { errors { code } } }', { id }).catch(() => {});
    receiver?.server.close();
    await browser?.close();
  });

  test('a webhook created in the page receives a submitted response, signed with its once-shown secret; the log shows the delivery with its status code', async () => {
    const { page, problems } = await newPage(browser);
    await signIn(page);
    await page.goto(`${BASE}/app/settings/webhooks`);
    await page.locator('[data-test="settings-webhooks"][data-loading="false"]').waitFor();
    assert.equal(await page.locator('h1').textContent(), 'Webhook');
    await page.locator('[data-test="webhook-url"]').fill(receiver.url);
    await page.locator('[data-test="event-response.created"]').check();
    await page.locator('[data-test="webhook-create"]').click();
    const secret = (await page.locator('[data-test="webhook-secret-value"]').textContent()).trim();
    assert.ok(secret.length >= 16, 'a secret is shown');
    const url = new URL(page.url());
    const id = url.searchParams.get('webhook');
    assert.ok(id, 'the log of the new webhook is in the URL');
    created.push(id);
    const row = page.locator(`[data-test="webhook-row"][data-id="${id}"]`);
    assert.equal(await row.locator('td').first().textContent(), receiver.url);
    const stored = (await api('query($id: ID!) { node(id: $id) { ... on Webhook { url events active } } }', { id })).node;
    assert.deepEqual({ ...stored, events: [...stored.events].sort() }, { url: receiver.url, events: ['case.created', 'response.created'], active: true });
    await page.locator('[data-test="deliveries-empty"]').waitFor();

    const marker = `settings-hook-${Date.now()}`; // ASCII: the body's JSON may escape other characters
    const answer = await fetch(`${BASE}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { errors { code } } }',
        variables: { i: { token, idempotencyKey: marker, score: 9, comment: `webhook ${marker}` } } }),
    });
    const submitted = (await answer.json()).data.submitResponse;
    assert.deepEqual(submitted.errors, []);

    const hit = await until(() => receiver.received.find((r) => r.body.includes(marker)), 'the receiver to be called');
    const signature = String(hit.headers['x-voc-signature']);
    const [, ts, v1] = signature.match(/t=(\d+),v1=([0-9a-f]+)/) ?? [];
    assert.equal(createHmac('sha256', secret).update(`${ts}.${hit.body}`).digest('hex'), v1, 'signed with the secret the page showed');

    // The page's log, refreshed, shows the delivery: succeeded at the first attempt with status 200.
    const delivered = page.locator('[data-test="delivery-row"][data-status="SUCCEEDED"]');
    await until(async () => {
      await page.locator('[data-test="refresh-log"]').click();
      await page.locator('[data-test="deliveries"][data-loading="false"]').waitFor();
      return (await delivered.count()) > 0;
    }, 'the delivery in the log');
    assert.equal(await delivered.first().locator('[data-test="delivery-code"]').textContent(), '200');
    assert.equal(await delivered.first().locator('[data-test="delivery-attempts"]').textContent(), '1');
    assert.match(await delivered.first().textContent(), /response\.created/);

    // The secret is gone once dismissed and after a reload; deactivating shows and is stored.
    await page.locator('[data-test="hide-secret"]').click();
    assert.equal(await page.locator('[data-test="webhook-secret"]').count(), 0);
    await row.locator('[data-test="toggle-active"]').click();
    await page.waitForFunction((hookId) => document.querySelector(`[data-test="webhook-row"][data-id="${hookId}"] [data-test="webhook-state"]`)
      ?.textContent.trim() === '停用', id);
    assert.equal((await api('query($id: ID!) { node(id: $id) { ... on Webhook { active } } }', { id })).node.active, false);
    await page.reload();
    await page.locator('[data-test="settings-webhooks"][data-loading="false"]').waitFor();
    await page.locator('[data-test="delivery-row"]').first().waitFor();
    assert.equal(await page.locator('[data-test="webhook-secret"]').count(), 0);
    await assertAccessible(page, 'webhooks with a delivery log');
    assert.deepEqual(problems, []);
    assert.deepEqual(await cspViolations(page), []);
  });

  test('the vocabulary saves product terms, and a too-long term is refused at its field', async () => {
    const { page, problems } = await newPage(browser);
    await signIn(page);
    await page.goto(`${BASE}/app/settings/vocabulary`);
    await page.locator('[data-test="settings-vocabulary"][data-loading="false"]').waitFor();
    const before = (await api('{ vocabulary { productTerms stopWords } }')).vocabulary;
    const terms = page.locator('#vocabulary-productTerms');
    assert.equal(await terms.inputValue(), before.productTerms.join('\n'));
    const term = `端到端${Date.now() % 100000}`;
    await terms.fill([...before.productTerms, term].join('\n'));
    await page.locator('[data-test="vocabulary-save"]').click();
    await page.locator('[data-test="said"]').filter({ hasText: '已保存' }).waitFor();
    const after = (await api('{ vocabulary { productTerms stopWords } }')).vocabulary;
    assert.deepEqual(after, { productTerms: [...before.productTerms, term], stopWords: before.stopWords });

    const long = '会员卡'.repeat(11); // 33 characters: the API takes at most 32
    await terms.fill([...after.productTerms, long].join('\n'));
    await page.locator('[data-test="vocabulary-save"]').click();
    const error = page.locator('[data-test="vocabulary-productTerms-error"]');
    await error.waitFor();
    assert.match(await error.textContent(), /太长/);
    assert.equal(await terms.getAttribute('aria-invalid'), 'true');
    assert.ok((await terms.getAttribute('aria-describedby')).includes('vocabulary-productTerms-error'));
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'vocabulary-productTerms');
    assert.deepEqual((await api('{ vocabulary { productTerms stopWords } }')).vocabulary, after, 'nothing changed');
    await assertAccessible(page, 'vocabulary with a field error');
    await screenshot(page, 'settings-vocabulary-error-zh-CN');

    // Leave the demo's vocabulary as it was.
    await api('mutation($p: [String!]) { updateVocabulary(productTerms: $p) { errors { code } } }', { p: before.productTerms });
    assert.deepEqual(problems, []);
  });

  test('teams: an agent’s cap changes in place; a routing rule is added, a duplicate is refused at its field, and it is deleted', async () => {
    const { page, problems } = await newPage(browser);
    await signIn(page);
    const teamsNow = async () => (await api('{ teams { id name members { maxOpenCases user { id name } } } routingRules { attribute value team { id } } }'));
    const before = await teamsNow();
    const team = before.teams.find((t) => t.members.length);
    assert.ok(team, 'the demo has a team with agents');
    const member = team.members[0];
    await page.goto(`${BASE}/app/settings/teams`);
    await page.locator('[data-test="settings-teams"][data-loading="false"]').waitFor();
    const cap = page.locator(`#cap-${team.id}-${member.user.id}`);
    assert.equal(await cap.inputValue(), String(member.maxOpenCases));
    await cap.fill(String(member.maxOpenCases + 1));
    await cap.press('Enter');
    await page.locator('[data-test="said"]').filter({ hasText: member.user.name }).waitFor();
    const changed = (await teamsNow()).teams.find((t) => t.id === team.id).members.find((m) => m.user.id === member.user.id);
    assert.equal(changed.maxOpenCases, member.maxOpenCases + 1);

    const value = `e2e-${Date.now()}`;
    const add = async () => {
      await page.locator('#rule-attribute').fill('e2e_segment');
      await page.locator('#rule-value').fill(value);
      await page.locator('#rule-teamId').selectOption(team.id);
      await page.locator('[data-test="rule-add"]').click();
    };
    await add();
    await page.locator('[data-test="routing-rule"]').filter({ hasText: value }).waitFor();
    assert.ok((await teamsNow()).routingRules.some((r) => r.value === value && r.team.id === team.id));
    await add();
    const error = page.locator('[data-test="rule-value-error"]');
    await error.waitFor();
    assert.match(await error.textContent(), /already exists/);
    assert.equal(await page.locator('#rule-value').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'rule-value');
    await assertAccessible(page, 'teams with a field error');

    // The rule is deleted in the page (after a confirmation).
    const row = page.locator('[data-test="routing-rule"]').filter({ hasText: value });
    await row.locator('[data-test="rule-delete"]').click();
    await row.locator('[data-test="rule-delete-yes"]').click();
    await row.waitFor({ state: 'detached' });
    assert.ok(!(await teamsNow()).routingRules.some((r) => r.value === value), 'the rule is gone');

    // Leave the demo's cap as it was.
    await api('mutation($t: ID!, $u: ID!, $c: Int!) { setMemberCap(teamId: $t, userId: $u, maxOpenCases: $c) { errors { code } } }',
      { t: team.id, u: member.user.id, c: member.maxOpenCases });
    assert.deepEqual(problems, []);
  });

  test('teams: a team is renamed, the default team cannot be deleted, an agent is taken out, and a new empty team is deleted', async () => {
    const { page, problems } = await newPage(browser);
    await signIn(page);
    const teamsNow = async () => (await api('{ teams { id name isDefault members { user { id name } } } }')).teams;
    const team = (await teamsNow()).find((t) => t.isDefault && t.members.length);
    assert.ok(team, 'the demo has a default team with agents');
    await page.goto(`${BASE}/app/settings/teams`);
    await page.locator('[data-test="settings-teams"][data-loading="false"]').waitFor();
    const card = page.locator('[data-test="team"]').filter({ has: page.locator(`#team-${team.id}`) });

    // Renamed in place; the default team's deletion is refused with the reason, in Chinese.
    await card.locator('[data-test="team-edit"]').click();
    await card.locator('[data-test="team-edit-name"]').fill(`${team.name} E2E`);
    await card.locator('[data-test="team-save"]').click();
    await page.locator('[data-test="said"]').filter({ hasText: `${team.name} E2E` }).waitFor();
    assert.equal((await teamsNow()).find((t) => t.id === team.id).name, `${team.name} E2E`);
    await card.locator('[data-test="team-edit"]').click();
    await card.locator('[data-test="team-delete"]').click();
    await card.locator('[data-test="team-delete-yes"]').click();
    await card.locator('[data-test="team-edit-error"]').filter({ hasText: '默认团队' }).waitFor();
    assert.ok((await teamsNow()).some((t) => t.id === team.id), 'the default team is still there');
    await assertAccessible(page, 'teams with a team open for editing');

    // An agent taken out (after a confirmation), then put back as they were.
    const member = team.members.at(-1);
    const row = card.locator('[data-test="member"]').filter({ hasText: member.user.name });
    await row.locator('[data-test="member-remove"]').click();
    await row.locator('[data-test="member-remove-yes"]').click();
    await row.waitFor({ state: 'detached' });
    assert.ok(!(await teamsNow()).find((t) => t.id === team.id).members.some((m) => m.user.id === member.user.id));
    await api('mutation($t: ID!, $u: ID!) { addTeamMember(teamId: $t, userId: $u) { errors { code } } }', { t: team.id, u: member.user.id });

    // A new team without work is deleted.
    const name = `临时 ${Date.now()}`;
    const made = await api('mutation($n: String!) { createTeam(name: $n) { team { id } errors { code } } }', { n: name });
    await page.reload();
    await page.locator('[data-test="settings-teams"][data-loading="false"]').waitFor();
    const spare = page.locator('[data-test="team"]').filter({ has: page.locator(`#team-${made.createTeam.team.id}`) });
    await spare.locator('[data-test="team-edit"]').click();
    await spare.locator('[data-test="team-delete"]').click();
    await spare.locator('[data-test="team-delete-yes"]').click();
    await spare.waitFor({ state: 'detached' });
    assert.ok(!(await teamsNow()).some((t) => t.name === name));

    await api('mutation($id: ID!, $input: UpdateTeamInput!) { updateTeam(id: $id, input: $input) { errors { code } } }',
      { id: team.id, input: { name: team.name } });
    assert.deepEqual(problems, []);
  });

  test('a viewer is told the settings are for admins', { skip: !VIEWER_EMAIL && 'no viewer configured' }, async () => {
    const { page, problems } = await newPage(browser);
    await signIn(page, { email: VIEWER_EMAIL });
    for (const [section] of PAGES) {
      await page.goto(`${BASE}/app/settings/${section}`);
      await page.locator('[data-test="settings-forbidden"]').waitFor(); // SettingsLayout refuses before any section loads
      assert.equal(await page.locator('h1').count(), 1);
    }
    assert.deepEqual(problems, []);
  });

  for (const lang of ['zh-CN', 'en']) {
    for (const [size, width] of Object.entries(WIDTHS)) {
      test(`every page in ${lang} at ${width} px: screenshots, axe, no CSP violation, no sideways scroll`, async () => {
        const { page, problems } = await newPage(browser, { width, locale: lang });
        await signIn(page, { lang });
        const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        for (const [section, zh, en] of PAGES) {
          const query = section === 'webhooks' && created[0] ? `?webhook=${encodeURIComponent(created[0])}` : '';
          await page.goto(`${BASE}/app/settings/${section}${query}`);
          await page.locator(`[data-test="settings-${section}"][data-loading="false"]`).waitFor();
          if (query) await page.locator('[data-test="deliveries"][data-loading="false"]').waitFor();
          assert.equal(await page.locator('h1').textContent(), lang === 'en' ? en : zh);
          // The sub-navigation names the section in the page's own words.
          assert.equal((await page.locator(`[data-test="settings-nav-${section}"]`).textContent()).trim(), lang === 'en' ? en : zh);
          assert.equal(await page.locator('h1').count(), 1);
          assert.ok(await sideways() <= 0, `${section} scrolls sideways`);
          await assertAccessible(page, `${section} ${lang} ${width}`);
          await screenshot(page, `settings-${section}-${lang}-${size}`);
        }
        assert.deepEqual(problems, []);
        assert.deepEqual(await cspViolations(page), []);
      });
    }
  }
});
