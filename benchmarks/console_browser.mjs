// The browser half of benchmarks/console.py (its docstring says what a run measures): headless Chromium
// (Debian's, driven by playwright-core from console/node_modules) against a live `voc serve`.
//
// Reads one JSON object on stdin: { base, email, password, key, chromium, routes: [{ name, url }],
// coldRuns, warmRuns, repeats, warmup, quietMs, routeTimeoutMs, npsSelector, firstRows: [{ name, path,
// selector }] }; writes one JSON object on stdout:
// - captured: each route's /graphql POST bodies as the console really sent them (indexes into bodies);
// - nps: milliseconds from navigation start until the overview's NPS figure shows a number, in fresh
//   browser contexts (cold: empty HTTP cache) and again in one context (warm), and the JS bytes the
//   first cold visit received once the network was idle (as sent: gzip; lazy chunks included);
// - rows: per firstRows entry (the cases inbox, the action board), milliseconds from navigation start
//   until its first row shows, cold and warm as for the NPS (or the error that stopped it);
// - timings: every unique body POSTed `repeats` times by the signed-in page (fetch with its session
//   cookie and CSRF token, as the console does) and by this script with an API key (the bare
//   baseline), alternating round by round so that both see the same machine.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(new URL('../console/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const cfg = JSON.parse(readFileSync(0, 'utf8'));
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const isGraphQL = (request) => request.method() === 'POST' && new URL(request.url()).pathname === '/graphql';

async function signIn(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${cfg.base}/app/login`);
  await page.locator('#login-email').fill(cfg.email);
  await page.locator('#login-password').fill(cfg.password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/app/login'), { timeout: 30_000 });
  const state = await context.storageState();
  await context.close();
  return state;
}

/** Opens each route in a new page and keeps the /graphql bodies it sends until it has been quiet a while. */
async function capture(browser, storageState) {
  const bodies = [];
  const captured = [];
  const context = await browser.newContext({ storageState, viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  for (const route of cfg.routes) {
    const page = await context.newPage();
    const sent = new Set();
    const problems = [];
    let inFlight = 0;
    let last = Date.now();
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (request) => {
      if (!isGraphQL(request)) return;
      inFlight += 1;
      last = Date.now();
      const body = request.postData() || '';
      let index = bodies.indexOf(body);
      if (index < 0) index = bodies.push(body) - 1;
      sent.add(index);
    });
    const done = (request) => {
      if (!isGraphQL(request)) return;
      inFlight -= 1;
      last = Date.now();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    await page.goto(route.url, { waitUntil: 'load' });
    last = Date.now();
    const deadline = Date.now() + cfg.routeTimeoutMs;
    while ((inFlight > 0 || Date.now() - last < cfg.quietMs) && Date.now() < deadline) await page.waitForTimeout(50);
    if (inFlight > 0) problems.push(`still waiting for ${inFlight} GraphQL answers after ${cfg.routeTimeoutMs} ms`);
    const heading = await page.locator('h1').first().textContent({ timeout: 1000 }).catch(() => null);
    captured.push({ name: route.name, url: route.url, finalUrl: page.url(), heading, bodies: [...sent], problems });
    await page.close();
  }
  await context.close();
  return { bodies, captured };
}

/** Milliseconds from the navigation's start (the document's time origin) until `selector` is shown
 * (laid out), and holds a digit when `digit`. */
async function shownAfter(page, path, selector, digit) {
  await page.goto(`${cfg.base}${path}`, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(([sel, needDigit]) => {
    const el = document.querySelector(sel);
    return el && el.offsetParent !== null && (!needDigit || /\d/.test(el.textContent || '')) ? performance.now() : false;
  }, [selector, digit], { polling: 'raf', timeout: 60_000 });
  return handle.jsonValue();
}

/** Milliseconds from the navigation's start until the NPS shows a number. */
const npsVisible = (page) => shownAfter(page, '/app/', cfg.npsSelector, true);

/** A page's first row, in fresh contexts (cold) and again in one context (warm), as for the NPS. */
async function firstRows(browser, storageState, target) {
  const cold = [];
  const warm = [];
  try {
    for (let i = 0; i < cfg.coldRuns; i += 1) {
      const context = await browser.newContext({ storageState, viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
      try {
        cold.push(await shownAfter(await context.newPage(), target.path, target.selector, false));
      } finally {
        await context.close();
      }
    }
    const context = await browser.newContext({ storageState, viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      await shownAfter(page, target.path, target.selector, false); // fills the HTTP cache
      for (let i = 0; i < cfg.warmRuns; i += 1) warm.push(await shownAfter(page, target.path, target.selector, false));
    } finally {
      await context.close();
    }
  } catch (e) {
    return { cold, warm, error: `${target.path}: ${e.message.split('\n')[0]}` };
  }
  return { cold, warm, error: null };
}

async function nps(browser, storageState) {
  const cold = [];
  let coldJs = null;
  for (let i = 0; i < cfg.coldRuns; i += 1) {
    const context = await browser.newContext({ storageState, viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const scripts = [];
    if (i === 0) {
      page.on('requestfinished', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize })));
      });
    }
    cold.push(await npsVisible(page));
    if (i === 0) {
      // Everything the first visit downloads, the charts' chunk (a dynamic import) included.
      await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => {});
      const files = await Promise.all(scripts);
      coldJs = { files: files.length, bytes: files.reduce((sum, f) => sum + f.bytes, 0),
        names: files.map((f) => new URL(f.url).pathname.split('/').pop()) };
    }
    await context.close();
  }
  const context = await browser.newContext({ storageState, viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await npsVisible(page); // fills the HTTP cache: the warm runs are a returning user's
  const warm = [];
  for (let i = 0; i < cfg.warmRuns; i += 1) warm.push(await npsVisible(page));
  await context.close();
  return { cold, warm, coldJs };
}

/** Each body POSTed by the signed-in page and by this script, alternating; ms per request, and any error. */
async function timings(browser, storageState, bodies) {
  const context = await browser.newContext({ storageState });
  const page = await context.newPage();
  await page.goto(`${cfg.base}/healthz`); // a document of the origin (its cookies) that sends no queries of its own
  const inBrowser = () => page.evaluate(async (all) => {
    const token = decodeURIComponent((document.cookie.split('; ').find((c) => c.startsWith('voc_csrf=')) || '=').split('=')[1]);
    const out = [];
    for (const body of all) {
      const start = performance.now();
      const res = await fetch('/graphql', { method: 'POST', credentials: 'same-origin', body,
        headers: { 'content-type': 'application/json', accept: 'application/json', 'X-CSRF-Token': token } });
      const text = await res.text();
      out.push([performance.now() - start, res.status === 200 && !text.includes('"errors"') ? null : `${res.status} ${text.slice(0, 300)}`]);
    }
    return out;
  }, bodies);
  const bare = async () => {
    const out = [];
    for (const body of bodies) {
      const start = performance.now();
      const res = await fetch(`${cfg.base}/graphql`, { method: 'POST', body,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${cfg.key}` } });
      const text = await res.text();
      out.push([performance.now() - start, res.status === 200 && !text.includes('"errors"') ? null : `${res.status} ${text.slice(0, 300)}`]);
    }
    return out;
  };
  const result = { browser: bodies.map(() => []), bare: bodies.map(() => []), errors: [] };
  const keep = (side, round) => round.forEach(([ms, error], i) => {
    result[side][i].push(ms);
    if (error && result.errors.length < 20) result.errors.push(`${side} body ${i}: ${error}`);
  });
  for (let r = 0; r < cfg.warmup; r += 1) {
    await inBrowser();
    await bare();
  }
  for (let r = 0; r < cfg.repeats; r += 1) {
    if (r % 2 === 0) {
      keep('browser', await inBrowser());
      keep('bare', await bare());
    } else {
      keep('bare', await bare());
      keep('browser', await inBrowser());
    }
  }
  await context.close();
  return result;
}

const browser = await chromium.launch({ executablePath: cfg.chromium, args: ARGS, headless: true });
try {
  const storageState = await signIn(browser);
  const { bodies, captured } = await capture(browser, storageState);
  const npsResult = await nps(browser, storageState);
  const rows = {};
  for (const target of cfg.firstRows || []) rows[target.name] = await firstRows(browser, storageState, target);
  const timed = await timings(browser, storageState, bodies);
  process.stdout.write(`${JSON.stringify({ bodies, captured, nps: npsResult, rows, timings: timed })}\n`);
} finally {
  await browser.close();
}
