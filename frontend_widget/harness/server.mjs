// A tiny stand-in for the VoC Loop server, for developing and e2e-testing the widget without
// the Python backend. NOT the real server: it matches GraphQL operations by name instead of
// parsing them, keeps everything in memory and knows only what the widget and e2e tests use.
//
//   node harness/server.mjs [port]        (default 8787; prints the base URL and API key)
//   VOC_E2E_BASE_URL=http://127.0.0.1:8787 VOC_E2E_API_KEY=stub-key npm run e2e
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';

const WIDGET = fileURLToPath(new URL('../../api/static/widget.js', import.meta.url));
export const API_KEY = 'stub-key';

const FOLLOW_UPS = {
  NPS: [
    { band: 'detractor', minScore: 0, maxScore: 6, text: '我们哪里做得不好？' },
    { band: 'passive', minScore: 7, maxScore: 8, text: '我们怎样做才能让您更满意？' },
    { band: 'promoter', minScore: 9, maxScore: 10, text: '您最喜欢我们的哪一点？' },
  ],
  CSAT: [{ band: 'low', minScore: 1, maxScore: 3, text: '哪里让您不满意？' }],
  CES: [{ band: 'low', minScore: 1, maxScore: 3, text: '哪一步最费劲？' }],
  FORM: [],
};
const RANGE = { NPS: [0, 10], CSAT: [1, 5], CES: [1, 7] };

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function startStub(port = 0) {
  const surveys = new Map(); // token -> survey
  const responses = new Map(); // idempotencyKey -> response
  const displays = []; // {token, externalId}
  const log = [];

  const gql = (body, headers) => {
    const q = body.query || '';
    const v = body.variables || {};
    const admin = headers.authorization === `Bearer ${API_KEY}`;
    log.push(q.match(/\{\s*(\w+)/)?.[1]);
    const denied = { errors: [{ message: 'not authenticated', extensions: { code: 'UNAUTHENTICATED' } }], data: null };
    if (q.includes('createSurvey')) {
      if (!admin) return denied;
      const i = v.input;
      const token = 'tok_' + randomUUID().slice(0, 8);
      const kind = i.kind;
      const s = {
        id: 'sv_' + token,
        token,
        name: i.name,
        kind,
        status: 'DRAFT',
        locale: i.locale || 'zh-CN',
        recontactDays: i.recontactDays ?? 30,
        questions: {
          main: { id: 'score', type: kind === 'FORM' ? 'text' : kind.toLowerCase(), text: i.question || undefined },
          followUps: FOLLOW_UPS[kind],
          ...(i.questions || {}),
        },
      };
      surveys.set(token, s);
      return { data: { createSurvey: { survey: { id: s.id, token }, errors: [] } } };
    }
    const byId = (id) => [...surveys.values()].find((s) => s.id === id);
    if (q.includes('publishSurvey') || q.includes('updateSurvey')) {
      if (!admin) return denied;
      const s = byId(v.id);
      if (q.includes('publishSurvey')) s.status = 'ACTIVE';
      else {
        if (v.input.question) s.questions.main.text = v.input.question;
        if (v.input.questions) Object.assign(s.questions, v.input.questions);
        if (v.input.recontactDays != null) s.recontactDays = v.input.recontactDays;
      }
      const key = q.includes('publishSurvey') ? 'publishSurvey' : 'updateSurvey';
      return { data: { [key]: { survey: { id: s.id, token: s.token, status: s.status }, errors: [] } } };
    }
    if (q.includes('surveyForRespondent')) {
      const s = surveys.get(v.t ?? v.token);
      if (!s || s.status !== 'ACTIVE') return { data: { surveyForRespondent: null } };
      const who = v.r?.externalId ?? v.respondent?.externalId;
      const seen =
        s.recontactDays > 0 &&
        (displays.some((d) => d.token === s.token && d.externalId === who) ||
          [...responses.values()].some((r) => r.token === s.token && r.respondent?.externalId === who));
      const { token, kind, locale, questions } = s;
      return { data: { surveyForRespondent: { token, kind, locale, questions, shouldDisplay: !seen } } };
    }
    if (q.includes('recordDisplay')) {
      displays.push({ token: v.t ?? v.token, externalId: (v.r ?? v.respondent)?.externalId });
      return { data: { recordDisplay: { ok: true, errors: [] } } };
    }
    if (q.includes('submitResponse')) {
      const i = v.i ?? v.input;
      const s = surveys.get(i.token);
      const fail = (code, field) => ({ data: { submitResponse: { response: null, errors: [{ code, field, message: code }] } } });
      if (!s || s.status !== 'ACTIVE') return fail('SURVEY_NOT_ACTIVE');
      const [lo, hi] = RANGE[s.kind] || [];
      if (i.score != null && (i.score < lo || i.score > hi)) return fail('VALIDATION', 'score');
      const old = responses.get(i.idempotencyKey);
      if (old && (old.score ?? null) !== (i.score ?? null)) return fail('IDEMPOTENCY_MISMATCH', 'idempotencyKey');
      if (old && old.completed && !i.completed) return { data: { submitResponse: { response: { id: old.id }, errors: [] } } };
      const r = { id: old?.id || 'rs_' + randomUUID().slice(0, 8), ...i, completed: !!i.completed };
      responses.set(i.idempotencyKey, r);
      return { data: { submitResponse: { response: { id: r.id }, errors: [] } } };
    }
    if (q.includes('responses(')) {
      if (!admin) return denied;
      const s = byId(v.surveyId ?? v.id);
      const list = [...responses.values()].filter((r) => r.token === s?.token);
      return {
        data: {
          responses: {
            totalCount: list.length,
            edges: list.map((r) => ({
              node: { id: r.id, score: r.score ?? null, comment: r.comment ?? null, completed: r.completed, channel: r.channel, answers: r.answers ?? null },
            })),
          },
        },
      };
    }
    return { errors: [{ message: 'stub: unsupported operation' }], data: null };
  };

  const page = (title, script, extraHead = '') => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title>
<style>body{font-family:sans-serif;margin:0;padding:24px;background:#fafafa}main{max-width:720px}</style>${extraHead}</head>
<body><main><h1>${esc(title)}</h1><p>这是一个模拟的产品页面。</p><button id="before">页面按钮</button>
<p style="height:1200px">…</p></main>${script}</body></html>`;

  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const send = (code, type, body, extra = {}) => {
      res.writeHead(code, { 'content-type': type, 'cache-control': 'no-store', ...extra });
      res.end(body);
    };
    if (req.method === 'OPTIONS') {
      return send(204, 'text/plain', '', {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type,authorization',
      });
    }
    if (req.method === 'POST' && url.pathname === '/graphql') {
      let data = '';
      req.on('data', (c) => (data += c));
      req.on('end', () => {
        let out;
        try {
          out = gql(JSON.parse(data), req.headers);
        } catch (e) {
          out = { errors: [{ message: String(e) }], data: null };
        }
        send(200, 'application/json', JSON.stringify(out), { 'access-control-allow-origin': '*' });
      });
      return;
    }
    if (url.pathname === '/widget.js') return send(200, 'application/javascript; charset=utf-8', readFileSync(WIDGET));
    if (url.pathname === '/demo') {
      const t = esc(url.searchParams.get('survey') || '');
      return send(200, 'text/html; charset=utf-8', page('演示产品', `<script src="/widget.js?v=dev" data-voc-survey="${t}" async></script>`));
    }
    if (url.pathname === '/inline') {
      const t = esc(url.searchParams.get('survey') || '');
      return send(
        200,
        'text/html; charset=utf-8',
        page('内嵌问卷', `<div id="slot" style="max-width:480px"></div><script src="/widget.js" data-voc-survey="${t}" data-voc-layout="inline" data-voc-target="#slot" async></script>`),
      );
    }
    const m = url.pathname.match(/^\/s\/([\w-]+)$/);
    if (m) {
      const uid = url.searchParams.get('uid');
      const lang = url.searchParams.get('lang');
      const attrs = `data-voc-survey="${esc(m[1])}" data-voc-layout="page" data-voc-channel="LINK"${uid ? ` data-voc-user-id="${esc(uid)}"` : ''}${lang ? ` data-voc-locale="${esc(lang)}"` : ''}`;
      return send(
        200,
        'text/html; charset=utf-8',
        `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>问卷</title><style>body{margin:0}</style></head><body><script src="/widget.js" ${attrs}></script></body></html>`,
      );
    }
    send(404, 'text/plain', 'not found');
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const base = `http://127.0.0.1:${server.address().port}`;
      resolve({ base, server, surveys, responses, displays, log, close: () => new Promise((r) => server.close(r)) });
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const stub = await startStub(Number(process.argv[2] || 8787));
  console.log(`stub VoC server at ${stub.base}  (API key: ${API_KEY})`);
}
