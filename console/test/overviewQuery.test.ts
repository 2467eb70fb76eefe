import { expect, test } from 'vitest';
import { queryFromState, stateFromQuery } from '../src/lib/overviewQuery';

const NOW = new Date('2026-11-25T02:00:00Z');
const ZONE = 'Asia/Shanghai';

test('a shared URL gives back exactly the view it was made from', () => {
  const state = { survey: 'U3VydmV5OjE=', period: { from: '2026-10-01', to: '2026-10-31' }, segment: 'plan' };
  const query = queryFromState(state, ZONE, NOW);
  expect(query).toEqual({ survey: 'U3VydmV5OjE=', from: '2026-10-01', to: '2026-10-31', segment: 'plan' });
  expect(stateFromQuery(query, ZONE, NOW)).toEqual(state);
});

test('the default view keeps the URL clean', () => {
  const state = stateFromQuery({}, ZONE, NOW);
  expect(state).toEqual({ survey: null, period: { from: '2026-10-27', to: '2026-11-25' }, segment: null });
  expect(queryFromState(state, ZONE, NOW)).toEqual({});
});

test('oversized values are ignored', () => {
  expect(stateFromQuery({ survey: 'x'.repeat(201), segment: 'y'.repeat(65) }, ZONE, NOW).survey).toBeNull();
  expect(stateFromQuery({ segment: 'y'.repeat(65) }, ZONE, NOW).segment).toBeNull();
});
