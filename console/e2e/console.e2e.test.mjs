// End-to-end tests of the console against a live `voc serve` holding the demo organisation, in Debian's
// Chromium: real sign-in, the overview against the API's own figures, shareable URLs, live updates,
// user content as text, CSRF and sign-out, organisation isolation, roles, throttling, and every page
// in zh-CN and en at 1280 and 768 px (screenshots, an axe-core scan, no CSP violation).
//
//   scripts/e2e.sh            (starts the server, builds the demo, creates the users, runs this)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  BASE, EMAIL, OTHER_KEY, PASSWORD, VIEWER_EMAIL, WIDTHS, api, assertAccessible, cspViolations, fixed, lastDays,
  launchBrowser, midnight, newPage, screenshot, settled, signIn, skip,
} from './support.mjs';

const XSS = '<img src=x onerror="window.__xss=1">';
const addDays = (date, n) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('console', { skip }, () => {
  let browser;
  let zone;
  let survey; // the demo's NPS survey { id, name, token }

  before(async () => {
    browser = await launchBrowser();
    const data = await api(`{ viewer { organization { timezone } }
      surveys(first: 50) { edges { node { id name token kind metrics { responses } } } } }`);
    zone = data.viewer.organization.timezone;
    // The NPS survey with the most answers: the demo's (tests here add small ones).
    survey = data.surveys.edges.map((e) => e.node).filter((s) => s.kind === 'NPS')
      .sort((a, b) => b.metrics.responses - a.metrics.responses)[0];
    assert.ok(survey, 'the demo has an NPS survey');
  });
  after(async () => browser?.close());

  test('sign-in: a wrong password is refused at the form, the right one opens the overview', async () => {
    const { page, problems } = await newPage(browser);
    await page.goto(`${BASE}/app`);
    await page.waitForURL(/\/app\/login/);
    await page.locator('#login-email').fill(EMAIL);
    await page.locator('#login-password').fill('not-the-password');
    await page.locator('form button[type="submit"]').click();
    assert.equal(await page.locator('[data-test="login-error"]').textContent(), '邮箱或密码不正确。');
    await page.locator('#login-password').fill(PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/app\/?$/);
    assert.equal(await page.locator('h1').textContent(), '概览');
    assert.equal(await page.locator('h1').count(), 1);
    await page.locator('[data-test="kpi-nps"]').waitFor();
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === 'voc_session');
    assert.ok(session?.httpOnly, 'the session cookie is HttpOnly');
    // The user menu switches the language, and the choice stays for the next visit.
    await page.locator('[data-test="user-menu"]').click();
    await page.getByLabel('English').check();
    assert.equal(await page.locator('h1').textContent(), 'Overview');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.reload();
    await page.locator('[data-test="kpi-nps"]').waitFor();
    assert.equal(await page.locator('h1').textContent(), 'Overview');
    assert.deepEqual(problems, []);
    assert.deepEqual(await cspViolations(page), []);
  });

  test('the overview shows the API’s own figures for the survey and period in its URL', async () => {
    const { page } = await newPage(browser);
    await signIn(page);
    const period = lastDays(30, zone);
    await page.goto(`${BASE}/app?survey=${encodeURIComponent(survey.id)}&from=${period.from}&to=${period.to}&segment=plan`);
    await settled(page);
    const expected = (await api(`query($id: ID, $from: DateTime, $to: DateTime) { metrics(surveyId: $id, from: $from, to: $to) {
      responses nps { score marginOfError } segments(attribute: "plan", first: 12) { value responses nps { score marginOfError } } } }`,
    { id: survey.id, from: midnight(period.from, zone), to: midnight(addDays(period.to, 1), zone) })).metrics;
    const kpi = (key, part) => page.locator(`[data-test="kpi-${key}"] [data-test="${part}"]`).textContent();
    assert.equal(await kpi('nps', 'kpi-value'), fixed(expected.nps.score));
    assert.equal(await kpi('nps', 'kpi-margin'), `误差 ±${fixed(expected.nps.marginOfError)}`);
    assert.equal((await kpi('responses', 'kpi-value')).replace(/,/g, ''), String(expected.responses));
    const rows = await page.locator('[data-test="segment-row"]').evaluateAll((trs) => trs.map((tr) =>
      [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent.trim())));
    assert.deepEqual(rows, expected.segments.map((s) => [s.value, String(s.responses),
      `${fixed(s.nps.score)} 误差 ±${fixed(s.nps.marginOfError)}`]));
    assert.equal(await page.locator('[data-test="survey-picker"]').inputValue(), survey.id);
    assert.equal(await page.locator('[data-test="segment-attribute"]').inputValue(), 'plan');
  });

  test('pickers change the view and the URL, and the URL reopens exactly that view', async () => {
    const { page } = await newPage(browser);
    await signIn(page);
    await settled(page);
    const before = await page.locator('[data-test="kpi-responses"] [data-test="kpi-value"]').textContent();
    await page.getByText('近 7 天').click();
    const week = lastDays(7, zone);
    await page.waitForURL((url) => url.searchParams.get('from') === week.from && url.searchParams.get('to') === week.to);
    await page.locator('[data-test="survey-picker"]').selectOption(survey.id);
    await page.waitForURL((url) => url.searchParams.get('survey') === survey.id);
    await page.locator('[data-test="segment-attribute"]').selectOption('city');
    await page.waitForURL((url) => url.searchParams.get('segment') === 'city');
    await settled(page);
    const shown = async (p) => ({
      responses: await p.locator('[data-test="kpi-responses"] [data-test="kpi-value"]').textContent(),
      nps: await p.locator('[data-test="kpi-nps"] [data-test="kpi-value"]').textContent(),
      segments: await p.locator('[data-test="segment-row"]').allTextContents(),
      preset: await p.locator('input[type="radio"][value="7"]').isChecked(),
    });
    const view = await shown(page);
    assert.notEqual(view.responses, before, '7 days hold fewer answers than 30');
    const shared = page.url();
    const { page: other } = await newPage(browser);
    await signIn(other);
    await other.goto(shared);
    await settled(other);
    assert.deepEqual(await shown(other), view);
    // Back in history is the previous view.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('segment') !== 'city');
  });

  test('a custom period is typed or picked in date pickers in the page’s language, and goes to the URL as days', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const { page, problems } = await newPage(browser, { locale: lang });
      await signIn(page, { lang });
      await settled(page);
      await page.getByText(lang === 'en' ? 'Custom' : '自定义', { exact: true }).click();
      const custom = lastDays(14, zone);
      for (const [name, day] of [['from', custom.from], ['to', custom.to]]) {
        const input = page.locator(`.period__custom input[name="${name}"]`);
        await input.click();
        await input.fill(day);
        await input.press('Enter');
      }
      // The calendar speaks the page's language (TDesign's locale, from App.vue's ConfigProvider).
      await page.locator('.period__custom input[name="from"]').click();
      const panel = page.locator('.t-date-picker__panel').first();
      await panel.waitFor();
      await screenshot(page, `period-custom-${lang}-desktop`);
      assert.match(await panel.textContent(), lang === 'en' ? /Mon/ : /一/);
      await page.keyboard.press('Escape');
      await page.locator('.period__custom button[type="submit"]').click();
      await page.waitForURL((url) => url.searchParams.get('from') === custom.from && url.searchParams.get('to') === custom.to);
      assert.deepEqual(problems, []);
      await page.close();
    }
  });

  test('new answers show as "N new" while the period includes now, and refreshing counts them', async () => {
    const { page } = await newPage(browser);
    await signIn(page);
    // The subscription is on once the browser has sent its subscribe message over the socket.
    const subscribed = new Promise((resolve) => {
      page.on('websocket', (ws) => ws.on('framesent', (frame) => {
        if (String(frame.payload).includes('"subscribe"')) resolve();
      }));
    });
    await page.goto(`${BASE}/app?survey=${encodeURIComponent(survey.id)}`);
    const count = page.locator('[data-test="kpi-responses"] [data-test="kpi-value"]');
    await count.waitFor();
    const before = Number((await count.textContent()).replace(/,/g, ''));
    await subscribed;
    const live = page.locator('[data-test="live-count"]');
    // The server may still be registering the subscription it was just sent: an answer that came
    // before that is not announced, so a second one is sent if the first was not.
    let sent = 0;
    while (sent < 3 && !(await live.isVisible())) {
      const answer = await fetch(`${BASE}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { errors { code } } }',
          variables: { i: { token: survey.token, idempotencyKey: `console-live-${Date.now()}-${sent}`, score: 10, comment: '很好用' } } }),
      });
      assert.deepEqual((await answer.json()).data.submitResponse.errors, []);
      sent += 1;
      await live.waitFor({ timeout: 3000 }).catch(() => {});
    }
    const announced = Number((await live.textContent()).match(/(\d+) 条新回答/)?.[1]);
    assert.ok(announced >= 1 && announced <= sent, `${announced} announced of ${sent} sent`);
    await live.locator('button').click();
    await page.waitForFunction((n) => Number(document.querySelector('[data-test="kpi-responses"] [data-test="kpi-value"]')
      ?.textContent.replace(/,/g, '')) === n, before + sent);
    assert.equal(await live.count(), 0, 'the count starts again after a refresh');
  });

  test('names and attribute values are shown as text: markup in them runs nothing', async () => {
    const created = await api(`mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id token } errors { code } } }`,
      { input: { name: `${XSS} 问卷`, kind: 'NPS' } });
    const { id, token } = created.createSurvey.survey;
    await api('mutation($id: ID!) { publishSurvey(id: $id) { errors { code } } }', { id });
    const answer = await fetch(`${BASE}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { errors { code } } }',
        variables: { i: { token, idempotencyKey: `console-xss-${Date.now()}`, score: 3, comment: XSS,
          respondent: { externalId: 'xss-1', attributes: { plan: XSS } } } } }),
    });
    assert.deepEqual((await answer.json()).data.submitResponse.errors, []);
    const { page, problems } = await newPage(browser);
    await signIn(page);
    await page.goto(`${BASE}/app?survey=${encodeURIComponent(id)}&segment=plan`);
    await page.locator('[data-test="segment-row"]').first().waitFor();
    assert.equal(await page.locator('[data-test="segment-row"] td').first().textContent(), XSS);
    assert.ok((await page.locator('[data-test="survey-picker"] option:checked').textContent()).includes(XSS));
    assert.equal(await page.locator('main img').count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(problems, []);
  });

  test('a cookie request without the CSRF token is refused, and after sign-out the old cookie is', async () => {
    const { page, context } = await newPage(browser);
    await signIn(page);
    await page.locator('[data-test="kpi-nps"]').waitFor();
    const ask = (headers) => page.evaluate(async (h) => {
      const r = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...h },
        body: JSON.stringify({ query: '{ viewer { role } }' }) });
      return r.status;
    }, headers);
    const csrf = (await context.cookies()).find((c) => c.name === 'voc_csrf').value;
    assert.equal(await ask({ 'X-CSRF-Token': csrf }), 200);
    assert.equal(await ask({}), 403);
    assert.equal(await ask({ 'X-CSRF-Token': 'forged' }), 403);
    const stolen = await context.cookies();
    await page.locator('[data-test="user-menu"]').click();
    await page.locator('[data-test="sign-out"]').click();
    await page.waitForURL(/\/app\/login\?reason=signed-out/);
    const replay = await browser.newContext();
    await replay.addCookies(stolen);
    const session = await replay.request.get(`${BASE}/auth/session`);
    assert.equal(session.status(), 401);
    const graphql = await replay.request.post(`${BASE}/graphql`, {
      headers: { 'X-CSRF-Token': csrf, 'content-type': 'application/json' }, data: { query: '{ viewer { role } }' } });
    assert.equal(graphql.status(), 401);
    await replay.close();
    // The console itself now sends the user to sign in.
    await page.goto(`${BASE}/app`);
    await page.waitForURL(/\/app\/login/);
  });

  test('an invitation link sets the password and signs the person in, once', async () => {
    const email = `invited-${Date.now()}@example.com`;
    const invited = (await api(`mutation($input: InviteUserInput!) { inviteUser(input: $input) {
      invitationUrl errors { code message } } }`, { input: { email, name: '新同事', role: 'ANALYST' } })).inviteUser;
    assert.deepEqual(invited.errors, []);
    const token = new URL(invited.invitationUrl).searchParams.get('token');
    const link = `${BASE}/app/invitation?token=${encodeURIComponent(token)}`;
    const { page, problems } = await newPage(browser);
    await page.goto(link);
    await page.locator('#invite-password').fill('short');
    await page.locator('#invite-confirm').fill('short');
    await page.locator('form button[type="submit"]').click();
    assert.equal(await page.locator('#invite-password-error').textContent(), '密码至少需要 10 个字符。');
    await page.locator('#invite-password').fill('a-new-password-1');
    await page.locator('#invite-confirm').fill('a-new-password-1');
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/app\/?$/);
    assert.match(await page.locator('[data-test="user-menu"]').textContent(), /新同事 · 分析师/);
    await page.locator('[data-test="user-menu"]').click();
    await page.locator('[data-test="sign-out"]').click();
    await page.waitForURL(/\/app\/login/);
    await page.goto(link);
    await page.locator('#invite-password').fill('another-password-2');
    await page.locator('#invite-confirm').fill('another-password-2');
    await page.locator('form button[type="submit"]').click();
    assert.match(await page.locator('[role="alert"]').textContent(), /已失效或已被使用/);
    await signIn(page, { email, password: 'a-new-password-1' });
    await page.locator('[data-test="kpi-nps"]').waitFor();
    assert.deepEqual(problems, []);
  });

  test('another organisation’s survey id shows "not found", and nothing of it', { skip: !OTHER_KEY && 'no second organisation' }, async () => {
    const theirs = await api(`mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id } } }`,
      { input: { name: '别家的问卷', kind: 'NPS' } }, OTHER_KEY);
    const { page } = await newPage(browser);
    await signIn(page);
    await page.goto(`${BASE}/app?survey=${encodeURIComponent(theirs.createSurvey.survey.id)}`);
    await page.locator('[data-test="not-found"]').waitFor();
    assert.equal(await page.getByText('别家的问卷').count(), 0);
  });

  test('an admin gets the GraphiQL link, a viewer does not', { skip: !VIEWER_EMAIL && 'no viewer user' }, async () => {
    const { page: admin } = await newPage(browser);
    await signIn(admin);
    assert.equal(await admin.locator('[data-test="graphiql-link"]').getAttribute('href'), '/graphql');
    const { page: viewer } = await newPage(browser);
    await signIn(viewer, { email: VIEWER_EMAIL });
    await viewer.locator('[data-test="kpi-nps"]').waitFor();
    assert.equal(await viewer.locator('[data-test="graphiql-link"]').count(), 0);
    assert.match(await viewer.locator('[data-test="user-menu"]').textContent(), /只读成员/);
  });

  test('the keyboard reaches the navigation, the pickers and the user menu, with visible focus', async () => {
    const { page } = await newPage(browser);
    await signIn(page);
    await page.locator('[data-test="kpi-nps"]').waitFor();
    const stops = [];
    for (let i = 0; i < 18; i += 1) { // past every nav entry (the settings and Console II pages added four) to the pickers
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        return { text: (el.getAttribute('data-test') || el.textContent || el.getAttribute('name') || el.tagName).trim().slice(0, 20),
          visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 };
      }));
    }
    assert.ok(stops.every((s) => s.visible), JSON.stringify(stops));
    const names = stops.map((s) => s.text);
    for (const wanted of ['概览', 'user-menu', 'survey-picker']) assert.ok(names.some((n) => n.includes(wanted)), `${wanted} in ${names}`);
    await page.keyboard.press('Escape');
  });

  for (const lang of ['zh-CN', 'en']) {
    for (const [size, width] of Object.entries(WIDTHS)) {
      test(`every page in ${lang} at ${width} px: screenshot, accessibility scan, no CSP violation`, async () => {
        const { page, problems } = await newPage(browser, { width, locale: lang });
        await page.goto(`${BASE}/app/login?lang=${lang}`);
        await page.locator('#login-email').waitFor();
        await assertAccessible(page, `login ${lang}`);
        await screenshot(page, `login-${lang}-${size}`);
        await page.goto(`${BASE}/app/invitation?token=e2e-not-a-real-token&lang=${lang}`);
        await page.locator('#invite-password').fill('long-enough-password');
        await page.locator('#invite-confirm').fill('long-enough-password');
        await page.locator('form button[type="submit"]').click();
        await page.locator('[role="alert"]').waitFor();
        await assertAccessible(page, `invitation ${lang}`);
        await screenshot(page, `invitation-${lang}-${size}`);
        await signIn(page, { lang });
        await page.goto(`${BASE}/app?survey=${encodeURIComponent(survey.id)}`);
        await page.locator('[data-test="segment-row"]').first().waitFor();
        await page.waitForFunction(() => document.querySelectorAll('.chart[data-rendered="true"]').length === 2);
        assert.equal(await page.locator('h1').textContent(), lang === 'en' ? 'Overview' : '概览');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
        await assertAccessible(page, `overview ${lang}`);
        await screenshot(page, `overview-${lang}-${size}`);
        await page.goto(`${BASE}/app/no-such-page`);
        await page.locator('h1').waitFor();
        await assertAccessible(page, `not found ${lang}`);
        await screenshot(page, `not-found-${lang}-${size}`);
        assert.deepEqual(problems, []);
        assert.deepEqual(await cspViolations(page), []);
      });
    }
  }

  test('the 11th wrong password in a row is throttled, and the form says when to retry', async () => {
    const { page } = await newPage(browser);
    await page.goto(`${BASE}/app/login`);
    const email = `throttled-${Date.now()}@example.com`;
    const statuses = [];
    for (let i = 1; i <= 11; i += 1) {
      await page.locator('#login-email').fill(email);
      await page.locator('#login-password').fill(`wrong-${i}`);
      const [answer] = await Promise.all([
        page.waitForResponse((r) => r.url() === `${BASE}/auth/login`),
        page.locator('form button[type="submit"]').click(),
      ]);
      statuses.push(answer.status());
    }
    assert.deepEqual(statuses, [...Array(10).fill(401), 429]);
    await page.waitForFunction(() => /尝试次数过多/.test(document.querySelector('[data-test="login-error"]')?.textContent ?? ''));
    const message = await page.locator('[data-test="login-error"]').textContent();
    assert.match(message, /尝试次数过多/);
  });
});
