import { mount } from '@vue/test-utils';
import { expect, test } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import CaseAccount from '../src/components/cases/CaseAccount.vue';
import CaseTable from '../src/components/cases/CaseTable.vue';
import SlaBadge from '../src/components/cases/SlaBadge.vue';
import { agentsOf, teamOf } from '../src/components/cases/useCases';
import type { CaseRowFragment, CasesOptionsQuery } from '../src/graphql/generated';
import { i18n } from '../src/i18n';
import { trailNote, trailText, type TrailEvent } from '../src/lib/caseTrail';
import { reasonText, subjectOf, trigger } from '../src/lib/caseWarning';
import {
  applyLive, defaultView, filterOf, isFiltered, matches, queryFromState, stateFromQuery, type CasesState,
} from '../src/lib/casesQuery';
import { HOUR, MINUTE, durationText, slaOf } from '../src/lib/sla';

const T0 = Date.parse('2026-11-25T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const OPEN = { status: 'ASSIGNED' as const, paused: false, createdAt: iso(T0),
  firstContactDueAt: iso(T0 + 24 * HOUR), firstContactedAt: null, resolveDueAt: iso(T0 + 168 * HOUR) };

test('the SLA badge runs the first-contact clock, amber under a quarter left, red and negative once breached', () => {
  expect(slaOf(OPEN, T0 + HOUR)).toEqual({ clock: 'firstContact', tone: 'ok', msLeft: 23 * HOUR });
  expect(slaOf(OPEN, T0 + 18 * HOUR)?.tone).toBe('ok'); // exactly a quarter left
  expect(slaOf(OPEN, T0 + 18 * HOUR + MINUTE)?.tone).toBe('warning');
  expect(slaOf(OPEN, T0 + 25 * HOUR)).toEqual({ clock: 'firstContact', tone: 'breached', msLeft: -HOUR });
});

test('after the first contact the resolution clock runs; waiting on the customer pauses; finished cases have none', () => {
  const contacted = { ...OPEN, status: 'IN_PROGRESS' as const, firstContactedAt: iso(T0 + HOUR) };
  expect(slaOf(contacted, T0 + 30 * HOUR)).toEqual({ clock: 'resolution', tone: 'ok', msLeft: 138 * HOUR });
  expect(slaOf(contacted, T0 + 130 * HOUR)?.tone).toBe('warning');
  expect(slaOf(contacted, T0 + 170 * HOUR)?.tone).toBe('breached');
  expect(slaOf({ ...contacted, status: 'WAITING_CUSTOMER', paused: true }, T0 + 170 * HOUR)?.tone).toBe('paused');
  for (const status of ['RESOLVED', 'CLOSED', 'CANCELLED'] as const) expect(slaOf({ ...OPEN, status }, T0)).toBeNull();
  expect(slaOf({ ...OPEN, firstContactDueAt: null, resolveDueAt: null }, T0)).toBeNull();
});

test('durations read as people write them, with a real minus sign once over', () => {
  expect(durationText(23 * HOUR + 12 * MINUTE, 'en')).toBe('23 h 12 min');
  expect(durationText(2 * 24 * HOUR + 4 * HOUR + 5 * MINUTE, 'en')).toBe('2 d 4 h');
  expect(durationText(-45 * MINUTE, 'en')).toBe('\u221245 min');
  expect(durationText(3 * HOUR, 'zh-CN')).toBe('3 小时');
  expect(durationText(-(24 * HOUR + 30 * MINUTE), 'zh-CN')).toBe('\u22121 天');
});

const FULL: CasesState = {
  view: 'breached', status: 'IN_PROGRESS', surveyId: 'U3VydmV5OjE=', topicId: 'VG9waWM6Mw==', minScore: 0, maxScore: 6,
  assigneeId: 'VXNlcjo0', after: 'Mw', order: 'newest',
};

test('the view and every filter sit in the URL under their GraphQL names and come back the same', () => {
  const query = queryFromState(FULL);
  expect(query).toEqual({ view: 'breached', status: 'IN_PROGRESS', surveyId: 'U3VydmV5OjE=', topicId: 'VG9waWM6Mw==',
    minScore: '0', maxScore: '6', assigneeId: 'VXNlcjo0', after: 'Mw' });
  expect(stateFromQuery(query)).toEqual(FULL);
  expect(queryFromState(stateFromQuery({}, 'mine'))).toEqual({ view: 'mine' });
});

test('values that cannot be valid are ignored, and the default view depends on the role', () => {
  const state = stateFromQuery({ view: 'everything', status: 'DONE', minScore: '11', maxScore: '-1', surveyId: 'x'.repeat(300) }, 'all');
  expect(state).toEqual({ view: 'all', status: null, order: 'newest', surveyId: null, topicId: null, minScore: null,
    maxScore: null, assigneeId: null, after: null });
  expect(stateFromQuery({ view: ['team', 'all'] }).view).toBe('team');
  expect(defaultView('AGENT')).toBe('mine');
  expect(defaultView('ADMIN')).toBe('all');
  expect(defaultView('VIEWER')).toBe('all');
});

test('each view asks the API for its cases', () => {
  const me = { userId: 'VXNlcjox', teamId: 'VGVhbTox' };
  const base = stateFromQuery({});
  expect(filterOf({ ...base, view: 'mine', assigneeId: 'other' }, me)).toEqual({ assigneeId: 'VXNlcjox' });
  expect(filterOf({ ...base, view: 'team' }, me)).toEqual({ teamId: 'VGVhbTox' });
  expect(filterOf({ ...base, view: 'team' }, { ...me, teamId: null })).toBeNull();
  expect(filterOf({ ...base, view: 'unassigned', assigneeId: 'other' }, me)).toEqual({ unassigned: true });
  expect(filterOf({ ...base, view: 'all' }, me)).toEqual({});
  expect(filterOf(FULL, me)).toEqual({ breached: true, assigneeId: 'VXNlcjo0', status: 'IN_PROGRESS',
    surveyId: 'U3VydmV5OjE=', topicId: 'VG9waWM6Mw==', minScore: 0, maxScore: 6 });
  expect(isFiltered(base)).toBe(false);
  expect(isFiltered({ ...base, view: 'mine', assigneeId: 'x' })).toBe(false); // "mine" already says who
  expect(isFiltered({ ...base, minScore: 0 })).toBe(true);
});

function row(id: string, over: Partial<CaseRowFragment> = {}): CaseRowFragment {
  return {
    id, status: 'ASSIGNED', paused: false, breached: false, escalationLevel: 0, firstContactDueAt: iso(T0 + 24 * HOUR),
    firstContactedAt: null, resolveDueAt: iso(T0 + 168 * HOUR), createdAt: iso(T0), updatedAt: iso(T0),
    assignee: { id: 'VXNlcjox', name: '王芳' }, team: { id: 'VGVhbTox', name: '一线' }, reason: null, account: null,
    response: { id: `r${id}`, score: 3, npsCategory: 'DETRACTOR', comment: '太慢', survey: { id: 'S1', name: 'NPS' },
      respondent: { id: 'R1', externalId: 'u-1' }, analysis: { topic: { id: 'T1', label: '配送' } } },
    ...over,
  };
}

test('a live case replaces its row in place, or comes first when it is new and belongs in the view', () => {
  const rows = [row('a'), row('b')];
  const changed = applyLive(rows, row('b', { status: 'IN_PROGRESS' }), { unassigned: true }, true);
  expect(changed?.added).toBe(false);
  expect(changed?.rows.map((r) => [r.id, r.status])).toEqual([['a', 'ASSIGNED'], ['b', 'IN_PROGRESS']]);
  expect(applyLive(rows, row('c'), {}, true)?.rows.map((r) => r.id)).toEqual(['c', 'a', 'b']);
  expect(applyLive(rows, row('c'), {}, false)).toBeNull(); // a later page keeps its place
  expect(applyLive(rows, row('c'), { unassigned: true }, true)).toBeNull();
  expect(applyLive(rows, row('c'), null, true)).toBeNull();
});

test('a new case matches the view and filters the way the API would', () => {
  const r = row('x');
  expect(matches(r, { assigneeId: 'VXNlcjox', teamId: 'VGVhbTox', surveyId: 'S1', topicId: 'T1', minScore: 0, maxScore: 6 })).toBe(true);
  expect(matches(r, { assigneeId: 'other' })).toBe(false);
  expect(matches(r, { breached: true })).toBe(false);
  expect(matches(r, { status: 'NEW' })).toBe(false);
  expect(matches(r, { maxScore: 2 })).toBe(false);
  expect(matches(row('y', { response: { ...r.response!, score: null } }), { minScore: 0 })).toBe(false);
  expect(matches(row('z', { assignee: null }), { unassigned: true })).toBe(true);
});

test('agents are listed once with their open cases against their cap; "my team" is the first team with me, else the one I lead', () => {
  const teams: CasesOptionsQuery['teams'] = [
    { id: 'T1', name: '一线', lead: { id: 'U7' }, members: [
      { available: true, maxOpenCases: 5, openCases: 2, user: { id: 'U2', name: '王芳', role: 'AGENT' } },
      { available: false, maxOpenCases: 3, openCases: 1, user: { id: 'U1', name: '李雷', role: 'AGENT' } },
      { available: true, maxOpenCases: 3, openCases: 0, user: { id: 'U9', name: 'Lead', role: 'ANALYST' } },
    ] },
    { id: 'T2', name: '二线', lead: { id: 'U1' }, members: [
      { available: true, maxOpenCases: 8, openCases: 1, user: { id: 'U1', name: '李雷', role: 'AGENT' } },
    ] },
    { id: 'T3', name: '三线', lead: null, members: [] },
  ];
  const agents = agentsOf(teams);
  expect(agents.map((a) => a.id).sort()).toEqual(['U1', 'U2']); // the analyst is not offered
  expect(agents.find((a) => a.id === 'U1')).toMatchObject({ openCases: 1, maxOpenCases: 8, available: true });
  expect(agents.find((a) => a.id === 'U2')).toMatchObject({ openCases: 2, maxOpenCases: 5, available: true });
  expect(teamOf(teams, 'U1')).toBe('T1');
  expect(teamOf(teams, 'U9')).toBe('T1');
  expect(teamOf(teams, 'U7')).toBe('T1'); // the lead, in no team's members, watches the team they lead
  expect(teamOf(teams, 'nobody')).toBeNull();
});

test('the audit trail reads as sentences in both languages', () => {
  const t = i18n.global.t as (key: string, values?: Record<string, unknown>) => string;
  const names = { users: { U1: '王芳', U2: '李雷' }, teams: { T1: '一线客服' }, topics: { P1: '配送慢' } };
  const e = (over: Partial<TrailEvent>): TrailEvent => ({ at: iso(T0), kind: 'note', from: null, to: null, note: null,
    actor: '刘洋', actorKind: 'USER', ...over });
  i18n.global.locale.value = 'en';
  expect(trailText(e({ kind: 'status', from: 'ASSIGNED', to: 'IN_PROGRESS' }), t, names))
    .toBe('刘洋 moved it from "Assigned" to "In progress"');
  expect(trailText(e({ kind: 'assignee', from: 'U1', to: 'U2' }), t, names)).toBe('刘洋 reassigned it from 王芳 to 李雷');
  expect(trailText(e({ kind: 'created', actorKind: 'RULE', actor: 'default case rule' }), t, names))
    .toBe('The automation rule opened the case');
  expect(trailText(e({ kind: 'breach', to: 'first_contact', actorKind: 'SYSTEM' }), t, names))
    .toBe('The first-contact SLA was breached');
  expect(trailText(e({ kind: 'first_contact', to: 'IN_PROGRESS' }), t, names))
    .toBe('刘洋 recorded the first contact with the customer (the move to "In progress")');
  i18n.global.locale.value = 'zh-CN';
  expect(trailText(e({ kind: 'first_contact', to: 'WAITING_CUSTOMER' }), t, names))
    .toBe('刘洋改为“等待客户回复”，记为首次联系客户');
  expect(trailText(e({ kind: 'team', to: 'T1', actorKind: 'RULE' }), t, names)).toBe('自动规则将工单分到团队“一线客服”');
  expect(trailText(e({ kind: 'root_cause', to: 'P1' }), t, names)).toBe('刘洋将根因主题记为“配送慢”');
  expect(trailText(e({ kind: 'assignee', to: 'U404' }), t, names)).toBe('刘洋将工单分配给某人');
  expect(trailNote(e({ kind: 'note', note: '已致电客户' }))).toBe('已致电客户');
  expect(trailNote(e({ kind: 'created', note: 'score 2', actorKind: 'RULE' }))).toBeNull();
});

test('the badge says the clock and the time in words as well as in colour', () => {
  i18n.global.locale.value = 'en';
  const badge = (now: number, over = {}) => mount(SlaBadge, { props: { kase: { ...OPEN, ...over }, now }, global: { plugins: [i18n] } });
  const late = badge(T0 + 26 * HOUR + 30 * MINUTE);
  expect(late.text()).toBe('First contact: overdue by 2 h 30 min'); // no negative time
  expect(late.attributes('data-tone')).toBe('breached');
  expect(badge(T0 + 20 * HOUR).text()).toBe('First contact: 4 h left');
  expect(badge(T0, { paused: true, status: 'WAITING_CUSTOMER' }).text()).toBe('Paused (waiting on customer)');
  i18n.global.locale.value = 'zh-CN';
  expect(badge(T0 + 20 * HOUR).text()).toBe('首次联系剩余 4 小时');
  expect(badge(T0 + 3 * 24 * HOUR + 16 * HOUR + 24 * HOUR).text()).toBe('首次联系：已超时 3 天 16 小时');
  expect(badge(T0, { status: 'CLOSED' }).attributes('data-tone')).toBe('none');
  // A resolved case's own header shows no empty "—" pill.
  const header = mount(SlaBadge, { props: { kase: { ...OPEN, status: 'RESOLVED' as const }, now: T0, hideNone: true }, global: { plugins: [i18n] } });
  expect(header.find('[data-test="sla"]').exists()).toBe(false);
});

test('the table’s badge puts the clock’s name above short words, and reads as the same sentence', () => {
  const stacked = (now: number, over = {}) => mount(SlaBadge, { props: { kase: { ...OPEN, ...over }, now, stacked: true }, global: { plugins: [i18n] } });
  i18n.global.locale.value = 'en';
  const late = stacked(T0 + 26 * HOUR + 30 * MINUTE);
  expect(late.get('.sla-stack__clock').text()).toBe('First contact');
  expect(late.get('.sla').text()).toBe('overdue by 2 h 30 min');
  expect(late.attributes('data-tone')).toBe('breached');
  expect(late.text()).toBe('First contact: overdue by 2 h 30 min'); // the hidden separator joins them
  expect(stacked(T0, { paused: true, status: 'WAITING_CUSTOMER' }).get('.sla').text()).toBe('Paused');
  i18n.global.locale.value = 'zh-CN';
  expect(stacked(T0 + 20 * HOUR).text()).toBe('首次联系：剩余 4 小时');
  expect(stacked(T0, { status: 'CLOSED' }).attributes('data-tone')).toBe('none');
});

// An account warning's case: no response, its account and reason instead.
const WARNING = { reason: 'usage_drop', account: { id: 'QWNjb3VudDox', externalId: 'chain-1', name: '鲜味坊餐饮连锁' }, response: null };

test('an account warning reads as its account and reason, filtered by the warnings view', () => {
  const t = i18n.global.t as (key: string, values?: Record<string, unknown>) => string;
  const warned = row('w', WARNING);
  i18n.global.locale.value = 'zh-CN';
  expect(subjectOf(warned, t)).toBe('鲜味坊餐饮连锁');
  expect(subjectOf({ ...warned, account: null }, t)).toBe('（客户已不存在）');
  expect(subjectOf(row('r'), t)).toBe('u-1');
  expect(reasonText('usage_drop', t)).toBe('使用量下降');
  expect(reasonText('some_new_rule', t)).toBe('some_new_rule');
  i18n.global.locale.value = 'en';
  expect(reasonText('band_drop', t)).toBe('Health band dropped');
  expect(trigger('some_new_rule', { before: 12400, now: 610.456, metric: 'weekly_orders', store_id: 20931 }, t, 'en', 'Asia/Shanghai').rows
    .map((r) => [r.label, r.value])).toEqual([['before', '12,400'], ['now', '610.456'], ['metric', 'weekly_orders'], ['store_id', '20931']]);
  const state = stateFromQuery({ view: 'warnings' });
  expect(state.view).toBe('warnings');
  expect(filterOf(state, { userId: 'U1', teamId: null })).toEqual({ accountWarning: true });
  expect(matches(warned, { accountWarning: true })).toBe(true);
  expect(matches(row('r'), { accountWarning: true })).toBe(false);
  expect(matches(warned, { accountWarning: false })).toBe(false);
  expect(matches(warned, { reason: 'usage_drop' })).toBe(true);
  expect(matches(warned, { reason: 'band_drop' })).toBe(false);
  expect(matches(warned, { maxScore: 6 })).toBe(false); // no score
  expect(matches(warned, { surveyId: 'S1' })).toBe(false);
  const skipped: TrailEvent = { at: iso(T0), kind: 'resurvey', from: null, to: null, note: 're-survey skipped', actor: '王芳', actorKind: 'USER' };
  expect(trailText(skipped, t, { users: {}, teams: {}, topics: {} })).toBe('No re-survey: an account warning has no respondent to ask');
  i18n.global.locale.value = 'zh-CN';
});

test('the inbox shows a warning’s account, a warning mark and the reason where a response’s score and comment are', () => {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div/>' } }] });
  for (const [loc, mark, reason] of [['zh-CN', '预警', '预警原因：使用量下降'], ['en', 'Warning', 'Warning: Usage dropped']]) {
    i18n.global.locale.value = loc as 'zh-CN' | 'en';
    const table = mount(CaseTable, { props: { rows: [row('w', WARNING), row('r')], selectable: true, selected: new Set<string>(), now: T0, busy: false },
      global: { plugins: [i18n, router] } });
    const [warned, answered] = table.findAll('[data-test="case-row"]');
    expect(warned.find('[data-test="open-case"]').text()).toBe('鲜味坊餐饮连锁');
    expect(warned.find('[data-test="warning-mark"]').text()).toBe(mark);
    expect(warned.find('[data-test="reason"]').text()).toBe(reason);
    expect(answered.find('[data-test="score"]').text()).toBe('3');
    expect(answered.find('[data-test="comment"]').text()).toBe('太慢');
    table.unmount();
  }
  i18n.global.locale.value = 'zh-CN';
});

test('the case page’s warning card names the account, its manager, the reason and what triggered it', () => {
  i18n.global.locale.value = 'en';
  const router = createRouter({ history: createMemoryHistory('/app/'), routes: [
    { path: '/:p(.*)*', component: { template: '<div/>' } }, { path: '/responses', name: 'responses', component: { template: '<div/>' } }] });
  const card = mount(CaseAccount, { props: { timeZone: 'Asia/Shanghai', kase: {
    reason: 'score_fall', reasonDetail: { score: 82.8, score_before: 97.9, fall: 15.1, days: 30, points: 15, band: 'AT_RISK' },
    account: { id: 'A1', externalId: 'acme', name: '<b>艾克米</b>', attributes: { plan: '企业版', mrr: 36000, tier: 'x' }, renewalAt: null,
      owner: { id: 'U1', name: '李经理' } } } },
    global: { plugins: [i18n, router] } });
  expect(card.find('[data-test="case-account"]').text()).toBe('<b>艾克米</b>'); // the host's words, as text
  expect(card.find('[data-test="case-reason"]').text()).toBe('Health score fell');
  expect(card.find('[data-test="case-trigger"]').text()).toBe('The recent mean score, 82.8, is 15.1 points below the 97.9 of 30 days '
    + 'earlier (the rule warns at a fall of 15 points or more); the band is now At risk.');
  expect(card.find('[data-test="case-figures"]').exists()).toBe(false);
  expect(card.find('[data-test="case-trigger-response"]').exists()).toBe(false);
  expect(card.text()).toContain('李经理');
  expect(card.text()).toContain('Plan企业版'); // the account's attributes named, MRR as money, others as written
  expect(card.text()).toContain('36,000');
  expect(card.text()).toContain('tierx');
  // A churn intent links the answer that made it fire.
  const churn = mount(CaseAccount, { props: { timeZone: 'Asia/Shanghai', kase: {
    reason: 'churn_intent', reasonDetail: { response_id: 'UmVzcG9uc2U6MTAxMQ', signal: 'stated' }, account: null } },
  global: { plugins: [i18n, router] } });
  expect(churn.find('[data-test="case-trigger"]').text()).toContain('said in a comment that they are leaving');
  expect(churn.text()).not.toContain('response_id');
  expect(churn.get('[data-test="case-trigger-response"]').attributes('href')).toBe('/app/responses?response=UmVzcG9uc2U6MTAxMQ');
  i18n.global.locale.value = 'zh-CN';
});

test('every warning rule’s figures read as a sentence in zh-CN and en; an unknown rule or figure as written', () => {
  const t = i18n.global.t as (key: string, values?: Record<string, unknown>) => string;
  const zone = 'Asia/Shanghai';
  const said = (reason: string, detail: unknown, locale: 'zh-CN' | 'en') => {
    i18n.global.locale.value = locale;
    return trigger(reason, detail, t, locale, zone);
  };
  // The demo's figures, as accounts/warnings.py writes them.
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['band_drop', { from: 'WATCH', to: 'AT_RISK', score: 59.4 }, '健康等级从“关注”降到“风险”，健康分 59.4。',
      'The health band dropped from Watch to At risk, with a score of 59.4.'],
    ['no_login', { last_login: '2026-11-20', days_without: 14, days: 14 }, '已连续 14 天无人登录，最后一次登录在 2026年11月20日（14 天及以上时预警）。',
      'Nobody has logged in for 14 days; the last login was on Nov 20, 2026 (the rule warns at 14 days or more).'],
    ['usage_drop', { change: -0.5153, share: 0.5 }, '近 7 天的活跃用户比一个月前下降了 51.5%（下降超过 50% 时预警）。',
      'Active users over the last 7 days fell 51.5% against a month before (the rule warns at a fall of more than 50%).'],
    ['renewal_risk', { renewal_at: '2026-12-27T17:53:17+00:00', days_left: 29, band: 'CRITICAL', score: 16.7 },
      '29 天后（2026年12月28日）续约，健康等级却是“危险”，健康分 16.7。', // 17:53 UTC is the 28th in Shanghai
      'It renews on Dec 28, 2026 (29 d after the warning) while its band is Critical, with a score of 16.7.'],
    ['complaints', { complaints: 5, days: 30, count: 3 }, '近 30 天有 5 个投诉工单（超过 3 个时预警）。',
      'Complaint cases in the last 30 days: 5 (the rule warns at more than 3).'],
    ['churn_intent', { response_id: 'UmVzcG9uc2U6MTAxMQ', signal: 'conditional' }, '这个客户的一位联系人在评论中以流失相威胁（如“再这样就不续费了”）。',
      'One of the account’s people threatened in a comment to leave (“if this goes on, we won’t renew”).'],
  ];
  for (const [reason, detail, zh, en] of cases) {
    expect(said(reason, detail, 'zh-CN')).toEqual({ text: zh, rows: [], responseId: reason === 'churn_intent' ? detail.response_id : null });
    expect(said(reason, detail, 'en').text).toBe(en);
  }
  // A figure missing, or not of its kind: no sentence, but the figures, named where known, in the page's language.
  const partial = said('band_drop', { from: 'WATCH', to: 'SOMEWHERE', score: 59.4, extra: true }, 'zh-CN');
  expect(partial.text).toBeNull();
  expect(partial.rows.map((r) => [r.label, r.value])).toEqual([['原等级', '关注'], ['to', 'SOMEWHERE'], ['健康分', '59.4'], ['extra', 'true']]);
  // A rule this console does not know: its figures as written, its answer still linked.
  const unknown = said('new_rule', { before: 1240, response_id: 'UmVz' }, 'en');
  expect(unknown).toEqual({ text: null, rows: [{ key: 'before', label: 'before', value: '1240', known: false }], responseId: 'UmVz' });
  expect(said('usage_drop', null, 'en')).toEqual({ text: null, rows: [], responseId: null });
  i18n.global.locale.value = 'zh-CN';
});
