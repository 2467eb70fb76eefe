// The responses page (反馈, /app/responses) against a live `voc serve` holding the demo organisation:
// the table against the API's own list for a filter, filters into the URL and a shared URL back into the
// same view, the detail panel (analysis, respondent, case; keyboard), user content as text, the CSV
// export of a filter, organisation isolation, and the page in zh-CN and en at 1280 and 768 px (with the
// panel open too): screenshots, axe-core scans, no CSP violation.
//
//   VOC_E2E_CONSOLE_ONLY=e2e/responses.e2e.test.mjs scripts/e2e.sh
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import {
  BASE, OTHER_KEY, OUT, WIDTHS, api, assertAccessible, cspViolations, lastDays, launchBrowser, midnight, newPage,
  screenshot, signIn, skip,
} from './support.mjs';

const XSS = '<img src=x onerror="window.__xss=1">';
const addDays = (date, n) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const pk = (id) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);
const LIST = `query($surveyId: ID, $from: DateTime, $to: DateTime, $filter: ResponseFilter, $first: Int, $after: String) {
  responses(surveyId: $surveyId, from: $from, to: $to, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id comment analysis { topic { id label } } } } } }`;

/** The page has loaded everything it asked for. */
async function settled(page) {
  await page.locator('[data-test="responses"][data-loading="false"]').waitFor();
}

/** No transition running (a button fading from disabled is mid-colour: no contrast to judge yet). */
async function still(page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/** Every id the API lists for the arguments (all pages). */
async function allIds(variables) {
  const ids = [];
  let cursor = null;
  for (;;) {
    const page = (await api(LIST, { ...variables, first: 100, after: cursor })).responses;
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    cursor = page.pageInfo.endCursor;
  }
}

/** RFC 4180 rows (every cell quoted by the export; cells may hold quotes and newlines). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

const rowIds = (page) => page.locator('[data-test="response-row"]').evaluateAll((trs) => trs.map((tr) => tr.dataset.id));
const total = async (page) => Number((await page.locator('[data-test="total"]').textContent()).replace(/[^\d]/g, ''));

describe('responses page', { skip }, () => {
  let browser;
  let zone;
  let survey; // the demo's NPS survey
  let period;
  let range; // the period's instants, as the page computes them
  let plan; // a plan the demo's answers carry

  before(async () => {
    browser = await launchBrowser();
    const data = await api(`{ viewer { organization { timezone } }
      surveys(first: 50) { edges { node { id name token kind metrics { responses } } } } }`);
    zone = data.viewer.organization.timezone;
    survey = data.surveys.edges.map((e) => e.node).filter((s) => s.kind === 'NPS')
      .sort((a, b) => b.metrics.responses - a.metrics.responses)[0];
    period = lastDays(30, zone);
    range = { from: midnight(period.from, zone), to: midnight(addDays(period.to, 1), zone) };
    const segments = await api(`query($id: ID, $from: DateTime, $to: DateTime) { metrics(surveyId: $id, from: $from, to: $to) {
      segments(attribute: "plan", first: 5) { value responses } } }`, { id: survey.id, ...range });
    plan = segments.metrics.segments[0]?.value;
    assert.ok(survey && plan, 'the demo has an NPS survey whose answers carry a plan');
  });
  after(async () => browser?.close());

  test('the table holds what the API lists for the filter in the URL, and the URL reopens exactly that view', async () => {
    const { page, problems } = await newPage(browser);
    await signIn(page);
    const query = `survey=${encodeURIComponent(survey.id)}&from=${period.from}&to=${period.to}&npsCategory=DETRACTOR`
      + `&hasComment=true&attributes.plan=${encodeURIComponent(plan)}`;
    await page.goto(`${BASE}/app/responses?${query}`);
    await settled(page);
    const variables = { surveyId: survey.id, ...range, filter: { npsCategory: 'DETRACTOR', hasComment: true, attributes: { plan } } };
    const expected = (await api(LIST, { ...variables, first: 20 })).responses;
    assert.ok(expected.totalCount > 0, 'the filter matches some answers');
    assert.equal(await total(page), expected.totalCount);
    assert.deepEqual(await rowIds(page), expected.edges.map((e) => e.node.id));
    assert.equal(await page.locator('h1').textContent(), '反馈');
    assert.equal(await page.locator('h1').count(), 1);
    // The filters show what the URL says.
    assert.equal(await page.locator('[data-test="filter-survey"]').inputValue(), survey.id);
    assert.equal(await page.locator('[data-test="filter-category"]').inputValue(), 'DETRACTOR');
    assert.equal(await page.locator('[data-test="filter-has-comment"]').inputValue(), 'true');
    assert.match(await page.locator('[data-test="active-attributes"]').textContent(), new RegExp(`plan = ${plan}`));
    // The next page is the API's next page.
    if (expected.pageInfo.hasNextPage) {
      await page.locator('[data-test="next-page"]').click();
      await page.waitForURL((url) => url.searchParams.get('after') === expected.pageInfo.endCursor);
      await settled(page);
      const second = (await api(LIST, { ...variables, first: 20, after: expected.pageInfo.endCursor })).responses;
      assert.deepEqual(await rowIds(page), second.edges.map((e) => e.node.id));
    }
    assert.deepEqual(problems, []);
  });

  test('changing filters changes the table and the URL; the shared URL restores them', async () => {
    const { page } = await newPage(browser);
    await signIn(page);
    await page.goto(`${BASE}/app/responses`);
    await settled(page);
    const before = await total(page);
    await page.locator('[data-test="filter-sentiment"]').selectOption('NEGATIVE');
    await page.waitForURL((url) => url.searchParams.get('sentiment') === 'NEGATIVE');
    await page.locator('[data-test="filter-min-score"]').fill('0');
    await page.locator('[data-test="filter-max-score"]').fill('6');
    await page.locator('[data-test="filter-max-score"]').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('maxScore') === '6' && url.searchParams.get('minScore') === '0');
    await page.locator('[data-test="filter-attribute-name"]').selectOption('plan');
    await page.locator('[data-test="filter-attribute-value"]').fill(plan);
    await page.locator('[data-test="filter-attribute-add"]').click();
    await page.waitForURL((url) => url.searchParams.get('attributes.plan') === plan);
    await page.locator('[data-test="filter-search"]').fill('慢');
    await page.locator('[data-test="filter-search"]').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('search') === '慢');
    const ids = await allIds({ ...range, filter: { sentiment: 'NEGATIVE', minScore: 0, maxScore: 6, attributes: { plan }, search: '慢' } });
    await page.waitForFunction((n) => Number(document.querySelector('[data-test="total"]')?.textContent.replace(/[^\d]/g, '')) === n
      && document.querySelector('[data-test="responses"]')?.dataset.loading === 'false', ids.length);
    assert.ok(ids.length < before, 'the filters narrowed the list');
    assert.deepEqual(await rowIds(page), ids.slice(0, 20));
    const shared = page.url();
    const { page: other } = await newPage(browser);
    await signIn(other);
    await other.goto(shared);
    await settled(other);
    assert.deepEqual(await rowIds(other), ids.slice(0, 20));
    assert.equal(await other.locator('[data-test="filter-sentiment"]').inputValue(), 'NEGATIVE');
    assert.equal(await other.locator('[data-test="filter-max-score"]').inputValue(), '6');
    assert.equal(await other.locator('[data-test="filter-search"]').inputValue(), '慢');
    // Clearing the filters gives the whole list back, and the URL says so.
    await other.locator('[data-test="clear-filters"]').click();
    await other.waitForURL((url) => url.search === '');
    await settled(other);
    assert.equal(await total(other), before);
  });

  test('the detail panel shows the analysis, the respondent and the case; Esc closes it and focus returns', async () => {
    const withCase = (await api(`{ cases(first: 20) { edges { node { status assignee { name }
      response { id comment analysis { sentiment keywords topic { id label } } respondent { verified } } } } } }`))
      .cases.edges.map((e) => e.node).find((c) => c.response.analysis?.topic);
    assert.ok(withCase, 'the demo has a case whose answer is in a topic');
    const { response } = withCase;
    const { page, problems } = await newPage(browser);
    await signIn(page);
    await page.goto(`${BASE}/app/responses?response=${encodeURIComponent(response.id)}`);
    const panel = page.locator('[data-test="detail"]');
    await panel.locator('[data-test="detail-analysis"]').waitFor();
    assert.equal(await panel.getAttribute('role'), 'dialog');
    assert.equal(await panel.locator('[data-test="detail-comment"]').textContent(), response.comment);
    const topic = panel.locator('[data-test="detail-topic-link"]');
    assert.equal(await topic.textContent(), response.analysis.topic.label);
    assert.equal(await topic.getAttribute('href'), `/app/topics/${response.analysis.topic.id}`);
    const keywords = await panel.locator('[data-test="detail-keywords"] li').allTextContents();
    assert.deepEqual(keywords, response.analysis.keywords);
    assert.match(await panel.locator('[data-test="detail-sentiment"]').textContent(), /负面|中性|正面/);
    assert.match(await panel.locator('[data-test="detail-verified"]').textContent(), response.respondent.verified ? /已验证/ : /未验证/);
    const statuses = { NEW: '新建', ASSIGNED: '已分配', IN_PROGRESS: '处理中', WAITING_CUSTOMER: '等待客户回复', RESOLVED: '已解决', CLOSED: '已关闭', CANCELLED: '已取消' };
    assert.equal(await panel.locator('[data-test="detail-case-status"]').textContent(), statuses[withCase.status]);
    assert.equal(await panel.locator('[data-test="detail-case-assignee"]').textContent(), withCase.assignee?.name ?? '未分配');
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('response'));
    assert.equal(await panel.count(), 0);

    // From the table, with the keyboard: the row's button opens it, Tab stays inside, Esc gives the focus back.
    await settled(page);
    const opener = page.locator('[data-test="open-response"]').first();
    await opener.focus();
    await page.keyboard.press('Enter');
    await panel.locator('[data-test="detail-meta"]').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'detail-h');
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      assert.ok(await page.evaluate(() => document.querySelector('[data-test="detail"]').contains(document.activeElement)), 'focus stays in the panel');
    }
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('response'));
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.test), 'open-response');
    assert.deepEqual(problems, []);
  });

  test('a comment with markup, submitted through the API, shows as text and runs nothing', async () => {
    // One token of its own: search matches every token of the query, and "xss" alone is in other specs' comments.
    const marker = `xssmark${Date.now().toString(36)}`;
    const answer = await fetch(`${BASE}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { response { id } errors { code } } }',
        variables: { i: { token: survey.token, idempotencyKey: marker, score: 2, comment: `${XSS} ${marker}`,
          respondent: { externalId: marker, attributes: { plan: XSS } } } } }),
    });
    const sent = (await answer.json()).data.submitResponse;
    assert.deepEqual(sent.errors, []);
    const { page, problems } = await newPage(browser);
    await signIn(page);
    await page.goto(`${BASE}/app/responses?search=${encodeURIComponent(marker)}`);
    await settled(page);
    assert.deepEqual(await rowIds(page), [sent.response.id]);
    assert.equal(await page.locator('[data-test="response-row"] [data-test="comment"]').textContent(), `${XSS} ${marker}`);
    await page.locator('[data-test="open-response"]').click();
    const panel = page.locator('[data-test="detail"]');
    await panel.locator('[data-test="detail-respondent"]').waitFor();
    assert.equal(await panel.locator('[data-test="detail-comment"]').textContent(), `${XSS} ${marker}`);
    assert.match(await panel.locator('[data-test="detail-attributes"]').textContent(), /<img src=x onerror/);
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(problems, []);
    assert.deepEqual(await cspViolations(page), []);
  });

  test('the CSV export holds exactly the rows of the page’s filter', async () => {
    const { page } = await newPage(browser);
    await signIn(page);
    await page.goto(`${BASE}/app/responses?survey=${encodeURIComponent(survey.id)}&sentiment=NEGATIVE&hasComment=true`);
    await settled(page);
    const ids = await allIds({ surveyId: survey.id, ...range, filter: { sentiment: 'NEGATIVE', hasComment: true } });
    assert.ok(ids.length > 20, 'more than one page is exported');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test="export"]').click()]);
    assert.match(download.suggestedFilename(), /^responses-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    assert.ok(text.startsWith('\ufeff'), 'a BOM for Excel');
    const [header, ...rows] = parseCsv(text.slice(1)).filter((r) => r.length > 1);
    assert.equal(header[0], 'id');
    assert.deepEqual(rows.map((r) => Number(r[0])), ids.map(pk));
    assert.ok(rows.every((r) => r[header.indexOf('survey')] === survey.name));
    assert.equal(await page.locator('[data-test="export-error"]').count(), 0);
  });

  test('another organisation’s response or topic shows "not found", and nothing of it', { skip: !OTHER_KEY && 'no second organisation' }, async () => {
    const created = await api(`mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id token } } }`,
      { input: { name: '别家的问卷', kind: 'NPS' } }, OTHER_KEY);
    const theirs = created.createSurvey.survey;
    await api('mutation($id: ID!) { publishSurvey(id: $id) { errors { code } } }', { id: theirs.id }, OTHER_KEY);
    const answer = await fetch(`${BASE}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { response { id } errors { code } } }',
        variables: { i: { token: theirs.token, idempotencyKey: `other-${Date.now()}`, score: 1, comment: '别家的秘密评论' } } }),
    });
    const responseId = (await answer.json()).data.submitResponse.response.id;
    // A topic of theirs when they have one; else an id no topic of this organisation has (the same refusal).
    const theirTopics = (await api('{ topics(first: 1) { edges { node { id } } } }', {}, OTHER_KEY)).topics.edges;
    const ours = (await api('{ topics(first: 100) { edges { node { id } } } }')).topics.edges.map((e) => pk(e.node.id));
    const topicId = theirTopics[0]?.node.id ?? Buffer.from(`Topic:${Math.max(0, ...ours) + 100000}`).toString('base64url');

    const { page } = await newPage(browser);
    await signIn(page);
    await page.goto(`${BASE}/app/responses?response=${encodeURIComponent(responseId)}`);
    await page.locator('[data-test="detail-not-found"]').waitFor();
    assert.equal(await page.getByText('别家的秘密评论').count(), 0);
    await page.goto(`${BASE}/app/responses?topicId=${encodeURIComponent(topicId)}`);
    await page.locator('[data-test="not-found"]').waitFor();
    assert.equal(await page.locator('[data-test="response-row"]').count(), 0);
    await page.goto(`${BASE}/app/responses?survey=${encodeURIComponent(theirs.id)}`);
    await page.locator('[data-test="not-found"]').waitFor();
    assert.equal(await page.getByText('别家的问卷').count(), 0);
    // The export refuses their survey too, for this session's cookie.
    const status = await page.evaluate(async (id) => (await fetch(`/export/responses.csv?surveyId=${encodeURIComponent(id)}`)).status, theirs.id);
    assert.equal(status, 400);
  });

  for (const lang of ['zh-CN', 'en']) {
    for (const [size, width] of Object.entries(WIDTHS)) {
      test(`the page in ${lang} at ${width} px, list and panel: screenshots, accessibility scans, no CSP violation`, async () => {
        const { page, problems } = await newPage(browser, { width, locale: lang });
        await signIn(page, { lang });
        await page.goto(`${BASE}/app/responses?survey=${encodeURIComponent(survey.id)}&hasComment=true&attributes.plan=${encodeURIComponent(plan)}`);
        await settled(page);
        await page.locator('[data-test="response-row"]').first().waitFor();
        assert.equal(await page.locator('h1').textContent(), lang === 'en' ? 'Responses' : '反馈');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
        await page.mouse.move(0, 0); // off every control: the scan and the picture judge no hover style
        await still(page);
        await assertAccessible(page, `responses ${lang} ${width}`);
        await screenshot(page, `responses-${lang}-${size}`);
        await page.locator('[data-test="open-response"]').first().click();
        await page.locator('[data-test="detail-case"]').waitFor();
        await settled(page);
        await still(page);
        await assertAccessible(page, `response detail ${lang} ${width}`);
        // The panel is fixed to the window: a picture of the window (a full-page one would cut it off).
        await page.screenshot({ path: `${OUT}responses-detail-${lang}-${size}.png` });
        await page.keyboard.press('Escape');
        await page.waitForURL((url) => !url.searchParams.has('response'));
        // All surveys: the list has the re-survey's answers, which the overview's figures leave out; it says so.
        await page.goto(`${BASE}/app/responses`);
        await settled(page);
        await page.locator('[data-test="response-row"]').first().waitFor();
        assert.match(await page.locator('[data-test="includes-system"]').textContent(), lang === 'en' ? /system re-survey/ : /系统回访问卷/);
        await still(page);
        await screenshot(page, `responses-all-${lang}-${size}`);
        await page.goto(`${BASE}/app/responses?search=${encodeURIComponent('没有这样的评论-zzz')}`);
        await page.locator('[data-test="empty-filtered"]').waitFor();
        await still(page);
        await assertAccessible(page, `responses, no match ${lang} ${width}`);
        assert.deepEqual(problems, []);
        assert.deepEqual(await cspViolations(page), []);
      });
    }
  }
});
