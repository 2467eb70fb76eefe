import { expect, test } from 'vitest';
import { queryFromScope, scopeFromQuery, textParam } from '../src/lib/scopeQuery';

const NOW = new Date('2026-11-25T02:00:00Z');
const ZONE = 'Asia/Shanghai';

test('survey and period go into the URL and come back the same', () => {
  const scope = { survey: 'U3VydmV5OjE=', period: { from: '2026-10-01', to: '2026-10-31' } };
  const query = queryFromScope(scope, ZONE, NOW);
  expect(query).toEqual({ survey: 'U3VydmV5OjE=', from: '2026-10-01', to: '2026-10-31' });
  expect(scopeFromQuery(query, ZONE, NOW)).toEqual(scope);
});

test('all surveys and the default period leave the URL empty', () => {
  const scope = scopeFromQuery({}, ZONE, NOW);
  expect(scope).toEqual({ survey: null, period: { from: '2026-10-27', to: '2026-11-25' } });
  expect(queryFromScope(scope, ZONE, NOW)).toEqual({});
});

test('blank, oversized or repeated parameters', () => {
  expect(scopeFromQuery({ survey: 'x'.repeat(201) }, ZONE, NOW).survey).toBeNull();
  expect(scopeFromQuery({ survey: '   ' }, ZONE, NOW).survey).toBeNull();
  expect(scopeFromQuery({ survey: ['a', 'b'] }, ZONE, NOW).survey).toBe('a');
  expect(textParam('ok', 2)).toBe('ok');
  expect(textParam('too long', 2)).toBeNull();
});
