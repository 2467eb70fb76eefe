import { describe, expect, test } from 'vitest';
import {
  addDays, daysBetween, intervalFor, lastDays, midnight, parseDate, periodFromQuery, presetOf, today, wallClock, windowOf,
} from '../src/lib/period';

// 2026-11-25 02:00 UTC is 10:00 in Shanghai and still 2026-11-24 in New York.
const NOW = new Date('2026-11-25T02:00:00Z');

describe('dates in the organisation’s time zone', () => {
  test('today is the zone’s date, not the browser’s', () => {
    expect(today('Asia/Shanghai', NOW)).toBe('2026-11-25');
    expect(today('America/New_York', NOW)).toBe('2026-11-24');
  });

  test('midnight is the instant a local day starts, across daylight saving changes', () => {
    expect(midnight('2026-11-25', 'Asia/Shanghai')).toBe('2026-11-24T16:00:00.000Z');
    expect(midnight('2026-07-01', 'Europe/Berlin')).toBe('2026-06-30T22:00:00.000Z'); // summer time, +2
    expect(midnight('2026-12-01', 'Europe/Berlin')).toBe('2026-11-30T23:00:00.000Z'); // winter time, +1
    expect(midnight('2026-03-29', 'Europe/Berlin')).toBe('2026-03-28T23:00:00.000Z'); // the day clocks go forward
    expect(midnight('2026-03-08', 'America/New_York')).toBe('2026-03-08T05:00:00.000Z');
  });

  test('a typed wall-clock time is read in the organisation’s zone, whatever the browser’s', () => {
    // A send time of 09:00 typed by someone whose browser is in Berlin, for a Shanghai organisation.
    expect(wallClock('2026-11-25T09:00', 'Asia/Shanghai')).toBe('2026-11-25T01:00:00.000Z');
    expect(wallClock('2026-07-01T09:30', 'Europe/Berlin')).toBe('2026-07-01T07:30:00.000Z');
    expect(wallClock('2026-12-01T09:30', 'Europe/Berlin')).toBe('2026-12-01T08:30:00.000Z');
  });

  test('a window covers whole local days, the previous one as long again before it', () => {
    const w = windowOf({ from: '2026-11-19', to: '2026-11-25' }, 'Asia/Shanghai');
    expect(w).toEqual({
      from: '2026-11-18T16:00:00.000Z', to: '2026-11-25T16:00:00.000Z', previousFrom: '2026-11-11T16:00:00.000Z',
      interval: 'DAY', days: 7,
    });
    expect([intervalFor(30), intervalFor(90), intervalFor(365)]).toEqual(['DAY', 'WEEK', 'MONTH']);
  });
});

describe('periods from URLs', () => {
  test('valid dates are kept exactly; anything else falls back to the last 30 days', () => {
    expect(periodFromQuery({ from: '2026-10-01', to: '2026-10-31' }, 'Asia/Shanghai', NOW))
      .toEqual({ from: '2026-10-01', to: '2026-10-31' });
    const fallback = { from: '2026-10-27', to: '2026-11-25' };
    for (const query of [{}, { from: '2026-10-31', to: '2026-10-01' }, { from: '2026-02-30', to: '2026-03-01' },
      { from: 'yesterday', to: '2026-11-01' }, { from: ['2026-10-01', 'x'], to: '2026-10-02' }]) {
      const got = periodFromQuery(query, 'Asia/Shanghai', NOW);
      if (Array.isArray(query.from)) expect(got).toEqual({ from: '2026-10-01', to: '2026-10-02' });
      else expect(got).toEqual(fallback);
    }
  });

  test('presets are recognised, a custom range is not one', () => {
    expect(presetOf(lastDays(7, 'Asia/Shanghai', NOW), 'Asia/Shanghai', NOW)).toBe(7);
    expect(presetOf(lastDays(90, 'Asia/Shanghai', NOW), 'Asia/Shanghai', NOW)).toBe(90);
    expect(presetOf({ from: '2026-10-01', to: '2026-10-31' }, 'Asia/Shanghai', NOW)).toBeNull();
  });

  test('date arithmetic', () => {
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('2026-02-29')).toBeNull();
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-11-01', '2026-11-30')).toBe(30);
  });
});
