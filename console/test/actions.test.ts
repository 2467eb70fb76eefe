import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n, setLocale } from '../src/i18n';
import { effectOption } from '../src/components/actions/effectChart';
import { canManageActions } from '../src/components/actions/permissions';
import type { ActionStatus } from '../src/graphql/generated';
import {
  allowedTargets, apiFilter, boardFromQuery, canMove, COLUMNS, columnsOf, dueAtOf, isOverdue, pValueText, queryFromBoard,
  shareInterval, TRANSITIONS,
} from '../src/lib/actionsBoard';
import { agentRows, funnelOf, queryFromWeeks, teamRows, weeksFromQuery } from '../src/lib/loopQuery';
import { addDays, midnight } from '../src/lib/period';
import { hiddenItems, scrollStep } from '../src/lib/sideScroll';
import { sessionState } from '../src/stores/session';
import ActionsView from '../src/views/ActionsView.vue';
import ActionView from '../src/views/ActionView.vue';
import LoopView from '../src/views/LoopView.vue';
import { json } from './support';

const NOW = new Date('2026-11-25T02:00:00Z');
const ZONE = 'Asia/Shanghai';

afterEach(() => {
  vi.unstubAllGlobals();
  setLocale('zh-CN');
});

// --- the board's rules -------------------------------------------------------------------------

test('every status has a column, and the moves mirror the API’s transition table', () => {
  expect([...COLUMNS].sort()).toEqual(Object.keys(TRANSITIONS).sort());
  expect(allowedTargets('PROPOSED')).toEqual(['UNDER_REVIEW']);
  expect(allowedTargets('IN_PROGRESS')).toEqual(['ON_HOLD', 'SHIPPED']);
  expect(allowedTargets('VERIFYING')).toEqual(['CLOSED_EFFECTIVE', 'CLOSED_INEFFECTIVE']);
  expect(allowedTargets('CLOSED_INEFFECTIVE')).toEqual(['IN_PROGRESS']);
  for (const s of ['DECLINED', 'DUPLICATE', 'CLOSED_EFFECTIVE'] as ActionStatus[]) expect(allowedTargets(s)).toEqual([]);
});

test('a card never offers DUPLICATE (it needs the action it merges into), nor a move the table lacks', () => {
  expect(allowedTargets('UNDER_REVIEW')).toEqual(['PLANNED', 'DECLINED']);
  expect(allowedTargets('UNDER_REVIEW', { duplicate: true })).toEqual(['PLANNED', 'DECLINED', 'DUPLICATE']);
  expect(canMove('PROPOSED', 'UNDER_REVIEW')).toBe(true);
  expect(canMove('PROPOSED', 'PLANNED')).toBe(false); // review first
  expect(canMove('SHIPPED', 'CLOSED_EFFECTIVE')).toBe(false); // verify first
  expect(canMove('PLANNED', 'PLANNED')).toBe(false);
  expect(canMove('UNDER_REVIEW', 'DUPLICATE')).toBe(false);
});

test('an action is overdue only past its due date and while the work is unfinished', () => {
  const past = '2026-11-24T15:59:59Z';
  const future = '2026-11-26T00:00:00Z';
  expect(isOverdue({ status: 'IN_PROGRESS', dueAt: past }, NOW)).toBe(true);
  expect(isOverdue({ status: 'PROPOSED', dueAt: past }, NOW)).toBe(true);
  expect(isOverdue({ status: 'IN_PROGRESS', dueAt: future }, NOW)).toBe(false);
  expect(isOverdue({ status: 'IN_PROGRESS', dueAt: null }, NOW)).toBe(false);
  for (const s of ['SHIPPED', 'VERIFYING', 'CLOSED_EFFECTIVE', 'DECLINED', 'DUPLICATE'] as ActionStatus[]) {
    expect(isOverdue({ status: s, dueAt: past }, NOW)).toBe(false);
  }
});

test('cards sort by priority, then the soonest due date, and the priority filter applies to them', () => {
  const cards = [
    { id: 'a', status: 'PLANNED' as const, priority: 3, dueAt: null },
    { id: 'b', status: 'PLANNED' as const, priority: 3, dueAt: '2026-12-01T00:00:00Z' },
    { id: 'c', status: 'PLANNED' as const, priority: 1, dueAt: null },
    { id: 'd', status: 'SHIPPED' as const, priority: 2, dueAt: null },
  ];
  expect(columnsOf(cards).PLANNED.map((c) => c.id)).toEqual(['c', 'b', 'a']);
  expect(columnsOf(cards).SHIPPED.map((c) => c.id)).toEqual(['d']);
  expect(columnsOf(cards, 3).PLANNED.map((c) => c.id)).toEqual(['b', 'a']);
  expect(columnsOf(cards, 3).SHIPPED).toEqual([]);
});

test('the board’s filters round-trip through the URL; defaults and junk stay out', () => {
  const state = { owner: 'VXNlcjox', topic: 'VG9waWM6Mw==', priority: 2 };
  expect(queryFromBoard(state)).toEqual({ owner: 'VXNlcjox', topic: 'VG9waWM6Mw==', priority: '2' });
  expect(boardFromQuery(queryFromBoard(state))).toEqual(state);
  expect(boardFromQuery({})).toEqual({ owner: null, topic: null, priority: null });
  expect(queryFromBoard(boardFromQuery({}))).toEqual({});
  expect(boardFromQuery({ priority: '9', owner: '   ', topic: 'x'.repeat(500) })).toEqual({ owner: null, topic: null, priority: null });
  expect(boardFromQuery({ priority: ['4', '1'] }).priority).toBe(4);
  expect(apiFilter(state)).toEqual({ ownerId: 'VXNlcjox', topicId: 'VG9waWM6Mw==' });
  expect(apiFilter({ owner: null, topic: null, priority: 1 })).toBeNull();
});

test('a due day is stored as the last second of that day in the organisation’s zone', () => {
  expect(dueAtOf('2026-12-01', (d) => midnight(d, ZONE), (d) => addDays(d, 1))).toBe('2026-12-01T15:59:59.000Z');
});

test('admins and analysts manage actions; agents and viewers read', () => {
  expect(['ADMIN', 'ANALYST', 'AGENT', 'VIEWER'].map((r) => canManageActions(r as never))).toEqual([true, true, false, false]);
  expect(canManageActions(null)).toBe(false);
});

// --- effect and loop figures -----------------------------------------------------------------

test('a share’s interval and p-values as people read them', () => {
  const [low, high] = shareInterval(40, 100)!;
  expect(low).toBeCloseTo(0.304, 3);
  expect(high).toBeCloseTo(0.496, 3);
  expect(shareInterval(0, 0)).toBeNull();
  expect(shareInterval(0, 10)).toEqual([0, 0]);
  expect(pValueText(0.0004)).toBe('< 0.001');
  expect(pValueText(0.0312)).toBe('0.031');
});

test('the effect chart draws bars in the figure’s unit with their intervals as error bars', () => {
  const option = effectOption([
    { label: '上线前', value: 0.4, low: 0.3, high: 0.5 },
    { label: '上线后', value: 0.1, low: null, high: null },
  ], { name: '占比', unit: '%' });
  expect(option.xAxis.data).toEqual(['上线前', '上线后']);
  expect((option.series[0].data as { value: number | null }[]).map((d) => d.value)).toEqual([40, 10]);
  expect(option.series[1].data).toEqual([[0, 30, 50]]);
  expect([option.yAxis.min, option.yAxis.max]).toEqual([0, 50]);
  const nps = effectOption([{ label: 'b', value: -12.34, low: -20, high: -4.6 }], { name: 'NPS', unit: '' });
  expect((nps.series[0].data as { value: number | null }[])[0].value).toBe(-12.3);
  expect([nps.yAxis.min, nps.yAxis.max]).toEqual([-20, 0]); // the whiskers fit, in steps of 10 points
});

test('the funnel counts the actions that reached each stage, side exits included where they left', () => {
  const stages = funnelOf({ PROPOSED: 2, UNDER_REVIEW: 1, PLANNED: 1, IN_PROGRESS: 1, ON_HOLD: 1, SHIPPED: 0, VERIFYING: 1,
    CLOSED_EFFECTIVE: 1, CLOSED_INEFFECTIVE: 1, DECLINED: 1, DUPLICATE: 0 });
  expect(Object.fromEntries(stages.map((s) => [s.status, s.reached]))).toEqual({
    PROPOSED: 10, UNDER_REVIEW: 8, PLANNED: 6, IN_PROGRESS: 5, SHIPPED: 3, VERIFYING: 3, CLOSED_EFFECTIVE: 1,
  });
  expect(stages.find((s) => s.status === 'PROPOSED')!.now).toBe(2);
});

const TEAMS = [
  { id: 'T1', name: '客户成功组', fallbackOwner: null, members: [
    { available: true, maxOpenCases: 10, user: { id: 'U1', name: '王芳' } }, { available: false, maxOpenCases: 5, user: { id: 'U2', name: '李雷' } },
  ] },
  { id: 'T2', name: '二线', fallbackOwner: { id: 'U3' }, members: [
    { available: false, maxOpenCases: 4, user: { id: 'U2', name: '李雷' } }, { available: true, maxOpenCases: 8, user: { id: 'U3', name: '张伟' } },
  ] },
  { id: 'T3', name: '空闲组', fallbackOwner: null, members: [] },
];
const LOAD = {
  byTeam: [{ team: { id: 'T1' }, openCases: 24, breachedCases: 6 }, { team: null, openCases: 9, breachedCases: 1 },
    { team: { id: 'T2' }, openCases: 3, breachedCases: 0 }],
  byAssignee: [{ assignee: { id: 'U2' }, openCases: 12, breachedCases: 2, openAccountWarnings: 3 },
    { assignee: { id: 'U1' }, openCases: 12, breachedCases: 0, openAccountWarnings: 0 },
    { assignee: null, openCases: 5, breachedCases: 1, openAccountWarnings: 1 }],
};

test('cases by team: every team (0 without open or breached cases), and the cases in no team in a row of their own', () => {
  expect(teamRows(TEAMS, LOAD.byTeam, '无团队')).toEqual([
    { id: 'T1', name: '客户成功组', open: 24, breached: 6 }, { id: 'T2', name: '二线', open: 3, breached: 0 },
    { id: 'T3', name: '空闲组', open: 0, breached: 0 }, { id: '', name: '无团队', open: 9, breached: 1 },
  ]);
  // Every case in a team: no such row.
  expect(teamRows(TEAMS, LOAD.byTeam.filter((r) => r.team), '无团队').map((r) => r.id)).toEqual(['T1', 'T2', 'T3']);
});

test('cases by agent: each member once, caps added up over their teams, most open cases first', () => {
  expect(agentRows(TEAMS, LOAD.byAssignee, 'zh-CN')).toEqual([
    { id: 'U2', name: '李雷', open: 12, breached: 2, warnings: 3, cap: 9, available: false, teams: ['客户成功组', '二线'], fallback: false },
    { id: 'U1', name: '王芳', open: 12, breached: 0, warnings: 0, cap: 10, available: true, teams: ['客户成功组'], fallback: false },
    { id: 'U3', name: '张伟', open: 0, breached: 0, warnings: 0, cap: 8, available: true, teams: ['二线'], fallback: true },
  ]);
});

test('the loop trend: weeks in the URL', () => {
  expect(weeksFromQuery({})).toBe(8);
  expect(weeksFromQuery({ weeks: '12' })).toBe(12);
  expect(weeksFromQuery({ weeks: '7' })).toBe(8);
  expect(queryFromWeeks(8)).toEqual({});
  expect(queryFromWeeks(4)).toEqual({ weeks: '4' });
});

// --- pages -----------------------------------------------------------------------------------

const START = { data: { viewer: { role: 'ADMIN', organization: { id: 'o', name: 'Acme', timezone: ZONE }, user: { id: 'u', name: 'PM', email: 'pm@example.com', role: 'ADMIN' } },
  surveys: { edges: [] } } };

function signedInAs(roleName: 'ADMIN' | 'AGENT') {
  sessionState.session = { user: { id: 'u', name: 'PM', email: 'pm@example.com', role: roleName }, organization: { id: 'o', name: 'Acme' }, csrfToken: 't' };
  sessionState.checked = true;
  sessionState.started = false;
}

/** Answers each GraphQL operation by its name; records the variables of each. */
function byOperation(answers: Record<string, unknown | ((variables: Record<string, unknown>) => unknown)>) {
  const sent: { name: string; variables: Record<string, unknown> }[] = [];
  vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body));
    const name = /(?:query|mutation) (\w+)/.exec(body.query)?.[1] ?? '';
    sent.push({ name, variables: body.variables });
    const answer = answers[name];
    if (answer === undefined) throw new Error(`unexpected ${name}`);
    return json(200, typeof answer === 'function' ? answer(body.variables) : answer);
  }));
  return sent;
}

function router() {
  return createRouter({
    history: createMemoryHistory('/app/'),
    routes: [
      { path: '/actions', name: 'actions', component: ActionsView },
      { path: '/actions/:id', name: 'action', component: ActionView },
      { path: '/topics', name: 'topics', component: { template: '<p>topics</p>' } },
      { path: '/topics/:id', name: 'topic', component: { template: '<p>topic</p>' } },
      { path: '/cases/:id', name: 'case', component: { template: '<p>case</p>' } },
    ],
  });
}

const card = (id: string, title: string, status: ActionStatus, over: Record<string, unknown> = {}) => ({
  id, title, status, priority: 3, dueAt: null, owner: { id: 'VXNlcjox', name: '陈静' }, topics: [{ id: 't1', label: '配送慢' }], ...over,
});
const PEOPLE = { data: { users: { edges: [
  { node: { id: 'VXNlcjox', name: '陈静', role: 'ANALYST' } }, { node: { id: 'VXNlcjoy', name: '只读', role: 'VIEWER' } },
] } } };

test('the board: a column per status, overdue in words, only allowed targets, and a refused move’s message', async () => {
  signedInAs('ADMIN');
  const title = '<img src=x onerror="window.pwned=1">骑手培训';
  const board = { data: { actions: { totalCount: 2, edges: [
    { node: card('a1', title, 'PROPOSED', { dueAt: '2020-01-01T00:00:00Z' }) },
    { node: card('a2', '包装', 'VERIFYING') },
  ] } } };
  const sent = byOperation({
    ConsoleStart: START, ActionPeople: PEOPLE, ActionsBoard: board,
    MoveAction: { data: { transitionAction: { action: null, errors: [{ code: 'VERDICT_CONTRADICTS_EFFECT', field: 'to', message: 'the measured effect says INEFFECTIVE' }] } } },
  });
  const r = router();
  await r.push('/actions?owner=VXNlcjox');
  const page = mount(ActionsView, { global: { plugins: [i18n, r] } });
  await flushPromises();
  expect(page.findAll('[data-test="column"]').length).toBe(COLUMNS.length);
  expect(sent.find((s) => s.name === 'ActionsBoard')!.variables).toEqual({ filter: { ownerId: 'VXNlcjox' } });
  // Only people who can own work are offered as owners.
  expect(page.get('[data-test="filter-owner"]').findAll('option').map((o) => o.text())).toEqual(['所有人', '陈静']);
  const first = page.get('[data-test="action-card"][data-id="a1"]');
  expect(first.find('img').exists()).toBe(false);
  expect(first.get('[data-test="card-title"]').text()).toBe(title);
  expect(first.get('[data-test="card-due"]').text()).toContain('已逾期');
  expect(first.get('[data-test="card-due"]').classes()).toContain('overdue');
  expect(first.get('[data-test="move-to"]').findAll('option').map((o) => o.attributes('value'))).toEqual(['', 'UNDER_REVIEW']);
  const second = page.get('[data-test="action-card"][data-id="a2"]');
  expect(second.get('[data-test="move-to"]').findAll('option').map((o) => o.attributes('value'))).toEqual(['', 'CLOSED_EFFECTIVE', 'CLOSED_INEFFECTIVE']);
  await second.get('[data-test="move-to"]').setValue('CLOSED_EFFECTIVE');
  await flushPromises();
  expect(sent.find((s) => s.name === 'MoveAction')!.variables).toEqual({ id: 'a2', to: 'CLOSED_EFFECTIVE' });
  expect(page.get('[data-test="move-refused"]').text()).toBe('the measured effect says INEFFECTIVE');
  // The priority filter goes to the URL.
  await page.get('[data-test="filter-priority"]').setValue('1');
  await flushPromises();
  expect(r.currentRoute.value.query).toEqual({ owner: 'VXNlcjox', priority: '1' });
  expect(page.get('[data-test="board-empty"]').text()).toContain('没有符合筛选条件的行动');
  page.unmount();
});

test('the board’s scroll hint counts the columns cut off at each edge', () => {
  // Four 168 px columns and seven 36 px strips, 8 px apart, in a 600 px window.
  const widths = [168, 36, 168, 36, 36, 36, 168, 168, 36, 36, 36];
  let left = 0;
  const spans = widths.map((width) => {
    const span = { left, width };
    left += width + 8;
    return span;
  });
  expect(hiddenItems(spans, 0, 600)).toEqual({ before: 0, after: 5 }); // the seventh (528..696) is cut: counted
  expect(hiddenItems(spans, left - 8 - 600, 600)).toEqual({ before: 4, after: 0 }); // the fourth (396..432) is cut
  expect(hiddenItems(spans, 0, left)).toEqual({ before: 0, after: 0 }); // all shown: no hint
  expect(hiddenItems([{ left: 0, width: 100.4 }], 0, 100)).toEqual({ before: 0, after: 0 }); // sub-pixel: shown
  expect(scrollStep(1000)).toBe(800);
  expect(scrollStep(100)).toBe(120);
});

test('an empty column is a narrow strip that keeps its name and count; a column with cards is not', async () => {
  signedInAs('ADMIN');
  byOperation({ ConsoleStart: START, ActionPeople: PEOPLE, ActionsBoard: { data: { actions: { totalCount: 1, edges: [{ node: card('a1', '包装', 'PLANNED') }] } } } });
  const r = router();
  await r.push('/actions');
  const page = mount(ActionsView, { global: { plugins: [i18n, r] } });
  await flushPromises();
  const columns = page.findAll('[data-test="column"]');
  expect(columns.length).toBe(COLUMNS.length);
  expect(columns.filter((c) => c.classes('column--empty')).map((c) => c.attributes('data-status')))
    .toEqual(COLUMNS.filter((s) => s !== 'PLANNED'));
  const proposed = page.get('[data-test="column"][data-status="PROPOSED"]');
  expect(proposed.get('h2').text()).toBe('已提议 0');
  expect(page.find('[data-test="board-nav"]').exists()).toBe(false); // happy-dom lays nothing out: nothing is cut off
  page.unmount();
});

test('an agent reads the board without move controls', async () => {
  signedInAs('AGENT');
  byOperation({ ConsoleStart: START, ActionPeople: PEOPLE, ActionsBoard: { data: { actions: { totalCount: 1, edges: [{ node: card('a1', '包装', 'PLANNED') }] } } } });
  const r = router();
  await r.push('/actions');
  const page = mount(ActionsView, { global: { plugins: [i18n, r] } });
  await flushPromises();
  expect(page.findAll('[data-test="action-card"]').length).toBe(1);
  expect(page.find('[data-test="move-to"]').exists()).toBe(false);
  expect(page.get('[data-test="action-card"]').attributes('draggable')).toBe('false');
  page.unmount();
});

test('an action’s page: closing needs a reason to override, and the API’s refusal shows at the form', async () => {
  signedInAs('ADMIN');
  const action = {
    __typename: 'Action', id: 'a2', title: '缩短配送时长', description: '<b>高峰</b>增派骑手', status: 'VERIFYING', priority: 2,
    dueAt: null, verificationDays: 14, verdictOverrideReason: null, plannedAt: '2026-10-01T00:00:00Z', shippedAt: '2026-10-20T00:00:00Z',
    createdAt: '2026-09-28T00:00:00Z', updatedAt: '2026-11-04T00:00:00Z', owner: { id: 'VXNlcjox', name: '陈静' }, duplicateOf: null,
    topics: [{ id: 't1', label: '配送慢', retired: false }], responses: { totalCount: 0, edges: [] }, cases: [],
    measuredBaseline: null, measuredEffect: null,
    events: [{ at: '2026-10-20T00:00:00Z', kind: 'status', from: 'IN_PROGRESS', to: 'SHIPPED', note: null, actor: '陈静' },
      // A case linked: named by its global id (Case:12), not a bare dash.
      { at: '2026-10-21T00:00:00Z', kind: 'link', from: null, to: 'Q2FzZToxMg', note: null, actor: '陈静' }],
  };
  const sent = byOperation({
    ConsoleStart: START, ActionPeople: PEOPLE, ActionTopicChoices: { data: { topics: { edges: [] } } },
    ActionDetail: { data: { node: action } },
    MoveAction: { data: { transitionAction: { action: null, errors: [{ code: 'EFFECT_NOT_MEASURED', field: 'to', message: 'the effect is not measured yet' }] } } },
  });
  const r = router();
  await r.push('/actions/a2');
  const page = mount(ActionView, { global: { plugins: [i18n, r] } });
  await flushPromises();
  expect(page.get('[data-test="action-title"]').text()).toBe('缩短配送时长');
  expect(page.find('b').exists()).toBe(false);
  expect(page.get('[data-test="event"]').text()).toContain('进行中 → 已上线');
  expect(page.findAll('[data-test="event"]')[1].text()).toContain('— → 工单 #12');
  expect(page.get('[data-test="move-target"]').findAll('option').map((o) => o.attributes('value'))).toEqual(['', 'CLOSED_EFFECTIVE', 'CLOSED_INEFFECTIVE']);
  expect(page.find('[data-test="effect-pending"]').exists()).toBe(true);
  await page.get('[data-test="move-target"]').setValue('CLOSED_EFFECTIVE');
  await page.get('[data-test="override"]').setValue(true);
  await page.get('[data-test="move-form"]').trigger('submit');
  await flushPromises();
  expect(page.get('[data-test="move-refused"]').text()).toBe('请写明推翻的理由。');
  expect(sent.some((s) => s.name === 'MoveAction')).toBe(false);
  await page.get('[data-test="override"]').setValue(false);
  await page.get('[data-test="move-form"]').trigger('submit');
  await flushPromises();
  expect(sent.find((s) => s.name === 'MoveAction')!.variables).toEqual({ id: 'a2', to: 'CLOSED_EFFECTIVE', note: null, overrideReason: null });
  expect(page.get('[data-test="move-refused"]').text()).toBe('the effect is not measured yet');
  page.unmount();
});

test('an action’s page unlinks a topic for admins and analysts, and says so', async () => {
  signedInAs('ADMIN');
  const action = {
    __typename: 'Action', id: 'a3', title: '包装', description: null, status: 'PLANNED', priority: 3, dueAt: '2020-01-01T00:00:00Z',
    verificationDays: 14, verdictOverrideReason: null, plannedAt: null, shippedAt: null, createdAt: '2026-09-28T00:00:00Z',
    updatedAt: '2026-11-04T00:00:00Z', owner: null, duplicateOf: null, topics: [{ id: 't1', label: '洒漏', retired: false }],
    responses: { totalCount: 0, edges: [] }, measuredBaseline: null, measuredEffect: null, events: [],
    cases: [{ id: 'c1', status: 'ASSIGNED', breached: false, createdAt: '2026-10-01T00:00:00Z', assignee: { name: '张伟' }, response: { score: 2, comment: '<b>送过来</b>已经不成样子了' } }],
  };
  const sent = byOperation({
    ConsoleStart: START, ActionPeople: PEOPLE, ActionTopicChoices: { data: { topics: { edges: [] } } },
    ActionDetail: { data: { node: action } },
    UnlinkAction: { data: { unlinkFromAction: { action: { id: 'a3' }, errors: [] } } },
  });
  const r = router();
  await r.push('/actions/a3');
  const page = mount(ActionView, { global: { plugins: [i18n, r] } });
  await flushPromises();
  expect(page.text()).toContain('已逾期');
  // A linked case: the cases pages' status word (a link to the case), the owner named as such, the comment apart and as text.
  const linked = page.get('[data-test="linked-case"]');
  expect(linked.get('[data-test="linked-case-status"]').text()).toBe('已分配');
  expect(linked.get('[data-test="linked-case-status"]').attributes('href')).toBe('/app/cases/c1');
  expect(linked.text()).toContain('已分配 · 负责人：张伟');
  expect(linked.get('[data-test="linked-case-comment"]').text()).toBe('<b>送过来</b>已经不成样子了');
  expect(linked.find('b').exists()).toBe(false);
  const button = page.get('[data-test="unlink-topic"]');
  expect(button.attributes('aria-label')).toBe('取消关联「洒漏」');
  await button.trigger('click');
  await flushPromises();
  expect(sent.find((s) => s.name === 'UnlinkAction')!.variables).toEqual({ actionId: 'a3', topicIds: ['t1'], responseIds: null, caseIds: null });
  expect(page.get('[data-test="change-done"]').text()).toContain('已取消关联：洒漏。');
  page.unmount();
});

test('the loop page: two requests whatever the teams and agents, its rows from the case load, the trend again for other weeks', async () => {
  signedInAs('ADMIN');
  const figures = {
    openCases: 36, breachedCases: 7, detractorsContactedWithin24h: 0.5, medianHoursToFirstContact: 6, actionsByStatus: { PROPOSED: 2 },
    effectiveActions: 1, effectiveActionsMeasured: 1, effectiveActionsOverridden: 0, caseLoad: LOAD,
  };
  const week = (start: string, share: number | null) => ({ start, detractorsContactedWithin24h: share, medianHoursToFirstContact: share === null ? null : 5 });
  const sent = byOperation({
    ConsoleStart: START,
    LoopOverview: { data: { loopMetrics: figures, teams: TEAMS } },
    LoopTrend: (variables: Record<string, unknown>) => ({ data: { loopTrend: Array.from({ length: Number(variables.weeks) }, (_, i) => week(midnight(addDays('2026-09-03', 7 * i), ZONE), i % 2 ? 0.5 : null)) } }),
  });
  const r = createRouter({ history: createMemoryHistory('/app/'), routes: [
    { path: '/loop', name: 'loop', component: LoopView }, { path: '/actions', name: 'actions', component: { template: '<p>actions</p>' } },
  ] });
  await r.push('/loop');
  const page = mount(LoopView, { global: { plugins: [i18n, r], stubs: { EChart: true } } });
  await flushPromises();
  expect(sent.map((s) => s.name)).toEqual(['ConsoleStart', 'LoopOverview', 'LoopTrend']);
  expect(sent[2].variables).toEqual({ weeks: 8 });
  expect(page.findAll('[data-test="team-row"]').map((row) => row.findAll('td').map((td) => td.text()))).toEqual([
    ['客户成功组', '24', '6'], ['二线', '3', '0'], ['空闲组', '0', '0'], ['无团队不属于任何团队的工单', '9', '1'],
  ]);
  expect(page.findAll('[data-test="agent-row"]').map((row) => row.text().split(/\s+/)[0])).toEqual(['李雷', '王芳', '张伟']);
  expect(page.get('[data-test="agent-warnings"]').text()).toContain('3');
  expect(page.get('[data-test="loop-trend"] table').findAll('tbody tr').map((row) => row.findAll('td').map((td) => td.text())).slice(0, 2))
    .toEqual([['9/3', '—', '—'], ['9/10', '50.0%', '5.0']]);

  await r.push('/loop?weeks=4');
  await flushPromises();
  expect(sent.map((s) => s.name)).toEqual(['ConsoleStart', 'LoopOverview', 'LoopTrend', 'LoopTrend']);
  expect(sent[3].variables).toEqual({ weeks: 4 });
  expect(page.get('[data-test="loop-trend"] table').findAll('tbody tr').length).toBe(4);
  page.unmount();
});
