// Shared by the console's e2e specs: the live server under test (scripts/e2e.sh starts it), a signed-in
// browser, the admin's API key for checking figures against the API, the accessibility scan and the
// Content-Security-Policy watch.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE = (process.env.VOC_E2E_BASE_URL || '').replace(/\/+$/, '');
export const KEY = process.env.VOC_E2E_API_KEY || ''; // an admin key of the console user's organisation
export const OTHER_KEY = process.env.VOC_E2E_OTHER_API_KEY || ''; // an admin key of another organisation
export const EMAIL = process.env.VOC_E2E_EMAIL || '';
export const PASSWORD = process.env.VOC_E2E_PASSWORD || '';
export const VIEWER_EMAIL = process.env.VOC_E2E_VIEWER_EMAIL || '';
export const AGENT_EMAIL = process.env.VOC_E2E_AGENT_EMAIL || '';
export const CHROMIUM = process.env.VOC_E2E_CHROMIUM || '/usr/bin/chromium';
export const OUT = fileURLToPath(new URL('../e2e-output/', import.meta.url));
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WIDTHS = { desktop: 1280, tablet: 768 };

if (process.env.CI === 'true' && (!BASE || !KEY || !EMAIL || !PASSWORD)) {
  throw new Error('console e2e: VOC_E2E_BASE_URL, VOC_E2E_API_KEY, VOC_E2E_EMAIL and VOC_E2E_PASSWORD must be set when CI=true');
}
export const skip = !BASE || !KEY || !EMAIL || !PASSWORD ? 'no server configured (run scripts/e2e.sh)' : false;

export async function launchBrowser() {
  mkdirSync(OUT, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** GraphQL with an API key (outside the browser): what the API itself says. */
export async function api(query, variables = {}, key = KEY) {
  const res = await fetch(`${BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (!res.ok || body.errors?.length) throw new Error(`GraphQL ${res.status}: ${JSON.stringify(body.errors || body)}`);
  return body.data;
}

/** A page that records CSP violations, page errors and requests to other hosts. */
export async function newPage(browser, { width = WIDTHS.desktop, locale = 'zh-CN' } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => {
    problems.push(`pageerror: ${e.message}`);
    console.error(`pageerror at ${page.url()}: ${e.stack ?? e.message}`); // where it came from, for a rare one
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) problems.push(`csp: ${m.text()}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(BASE) && !url.startsWith('data:') && !url.startsWith('ws://127.0.0.1')) problems.push(`elsewhere: ${url}`);
  });
  // axe-core comes in as an init script (the DevTools protocol's, which the page's CSP does not govern:
  // the console's own policy forbids inline scripts, rightly).
  await context.addInitScript({ content: AXE });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__csp ||= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { context, page, problems };
}

export async function cspViolations(page) {
  return page.evaluate(() => window.__csp || []);
}

/** Signs in through the sign-in page; leaves the page on the overview. */
export async function signIn(page, { email = EMAIL, password = PASSWORD, lang = 'zh-CN' } = {}) {
  await page.goto(`${BASE}/app/login?lang=${lang}`);
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/app/login'));
}

/** axe-core's scan of the page as it is: no serious or critical violations. The pointer is moved off
 * the page and finite CSS transitions are let finish first: a scan during a button's hover or press
 * transition read its passing colours mid-way and failed under load. */
export async function assertAccessible(page, name) {
  await page.mouse.move(0, 0);
  await page.evaluate(() => Promise.all(document.getAnimations()
    .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
    .map((a) => a.finished.catch(() => undefined))));
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  assert.deepEqual(violations, [], `accessibility of ${name}`);
}

export async function screenshot(page, name) {
  await page.screenshot({ path: `${OUT}${name}.png`, fullPage: true });
}

/** The organisation's date today and N days back, as the overview's URL takes them. */
export function lastDays(days, timeZone) {
  const fmt = (d) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const to = fmt(new Date());
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

/** The instant of local midnight starting `date` in the zone (as the console computes it). */
export function midnight(date, timeZone) {
  const guess = Date.parse(`${date}T00:00:00Z`);
  const offset = (at) => {
    const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric',
      month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
      .formatToParts(new Date(at)).map((x) => [x.type, x.value]));
    return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second) - Math.floor(at / 1000) * 1000;
  };
  return new Date(guess - offset(guess - offset(guess))).toISOString();
}

/** A number as the console's lib/format.ts shows it: `digits` decimals, a real minus sign (U+2212) and
 * none on a zero; '—' for null. signed adds "+" to a positive one, percent shows a fraction 0..1. */
export function fixed(value, digits = 1) {
  if (value === null || value === undefined) return '—';
  const text = value.toFixed(digits);
  return text.replace(/^-/, /[1-9]/.test(text) ? '\u2212' : '');
}

export function signed(value, digits = 1) {
  const text = fixed(value, digits);
  return value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

export function percent(fraction, digits = 1) {
  return fraction === null || fraction === undefined ? '—' : `${fixed(fraction * 100, digits)}%`;
}



/** Waits until the overview has loaded everything it asked for. */
export async function settled(page) {
  await page.locator('[data-test="overview"][data-loading="false"]').waitFor();
}
