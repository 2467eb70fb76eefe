// Shared by the e2e specs: the server under test, Chromium's flags and the admin GraphQL helpers.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE = (process.env.VOC_E2E_BASE_URL || '').replace(/\/+$/, '');
export const KEY = process.env.VOC_E2E_API_KEY || '';
export const CHROMIUM = process.env.VOC_E2E_CHROMIUM || '/usr/bin/chromium';
export const OUT = fileURLToPath(new URL('../e2e-output/', import.meta.url));
export const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (process.env.CI === 'true' && (!BASE || !KEY)) {
  // In CI a missing server is a failure, never a silent skip.
  throw new Error('e2e: VOC_E2E_BASE_URL and VOC_E2E_API_KEY must be set when CI=true');
}

/** A reason to skip outside CI when no server is configured, else false. */
export function skipWithout(hint = '') {
  return !BASE || !KEY ? `VOC_E2E_BASE_URL / VOC_E2E_API_KEY not set${hint}` : false;
}

export async function admin(query, variables) {
  const res = await fetch(`${BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (!res.ok || (body.errors && body.errors.length)) throw new Error(`GraphQL ${res.status}: ${JSON.stringify(body.errors || body)}`);
  return body.data;
}

/** Creates and publishes an NPS survey; `input` overrides the defaults; a timestamp ends the name. */
export async function createSurvey(input = {}, defaults = {}) {
  const created = await admin(
    'mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id token } errors { code field message } } }',
    { input: { kind: 'NPS', ...defaults, ...input, name: `${input.name || 'e2e widget'} ${Date.now()}` } },
  );
  assert.deepEqual(created.createSurvey.errors, []);
  const { id, token } = created.createSurvey.survey;
  const published = await admin('mutation($id: ID!) { publishSurvey(id: $id) { survey { id } errors { code field message } } }', { id });
  assert.deepEqual(published.publishSurvey.errors, []);
  return { id, token };
}

/** The first 50 responses of a survey with the given fields. */
export async function responses(surveyId, fields = 'score comment completed channel') {
  const d = await admin(
    `query($id: ID) { responses(surveyId: $id, first: 50) { totalCount edges { node { ${fields} } } } }`,
    { id: surveyId },
  );
  return { totalCount: d.responses.totalCount, nodes: d.responses.edges.map((e) => e.node) };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Debian's headless Chromium, with the screenshot folder ready. */
export async function launchBrowser() {
  mkdirSync(OUT, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}
