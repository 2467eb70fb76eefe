import { mount } from '@vue/test-utils';
import { afterEach, expect, test } from 'vitest';
import { defineComponent, h } from 'vue';
import { i18n, setLocale } from '../src/i18n';
import { formatDate, formatDateTime, useDates } from '../src/lib/dates';
import { sessionState } from '../src/stores/session';

afterEach(() => {
  setLocale('zh-CN');
  sessionState.timezone = 'Asia/Shanghai';
});

// 16:30 UTC on the 24th is already the 25th in Shanghai, still the 24th in New York.
const LATE = '2026-11-24T16:30:00Z';

test('a date in each language, on the organisation’s day, always with the year', () => {
  expect(formatDate(LATE, 'Asia/Shanghai', 'zh-CN')).toBe('2026年11月25日');
  expect(formatDate(LATE, 'America/New_York', 'zh-CN')).toBe('2026年11月24日');
  expect(formatDate(LATE, 'Asia/Shanghai', 'en')).toBe('Nov 25, 2026');
  expect(formatDate('2026-01-05T02:00:00Z', 'Asia/Shanghai', 'en')).toBe('Jan 5, 2026');
});

test('a moment to the minute on a 24-hour clock, in the organisation’s zone', () => {
  expect(formatDateTime(LATE, 'Asia/Shanghai', 'zh-CN')).toBe('2026年11月25日 00:30');
  expect(formatDateTime(LATE, 'America/New_York', 'en')).toBe('Nov 24, 2026, 11:30');
  expect(formatDateTime('2026-11-25T06:05:00Z', 'Asia/Shanghai', 'en')).toBe('Nov 25, 2026, 14:05');
});

test('a calendar day is that day in any zone; nothing or junk is a dash', () => {
  expect(formatDate('2026-11-25', 'America/Los_Angeles', 'zh-CN')).toBe('2026年11月25日');
  expect(formatDate('2026-11-25', 'Asia/Tokyo', 'en')).toBe('Nov 25, 2026');
  for (const none of [null, undefined, '', 'soon']) {
    expect(formatDate(none, 'Asia/Shanghai', 'en')).toBe('—');
    expect(formatDateTime(none, 'Asia/Shanghai', 'en')).toBe('—');
  }
});

test('useDates follows the page’s language and the organisation’s zone', async () => {
  let dates!: ReturnType<typeof useDates>;
  const probe = defineComponent({ setup() { dates = useDates(); return () => h('i'); } });
  const page = mount(probe, { global: { plugins: [i18n] } });
  expect(dates.dateTime(LATE)).toBe('2026年11月25日 00:30');
  expect(dates.dateTime(LATE, { seconds: true })).toBe('2026年11月25日 00:30:00'); // the delivery logs' retries
  setLocale('en');
  sessionState.timezone = 'America/New_York';
  expect(dates.date(LATE)).toBe('Nov 24, 2026');
  expect(dates.dateTime(LATE)).toBe('Nov 24, 2026, 11:30');
  expect(dates.dateTime(LATE, { seconds: true })).toBe('Nov 24, 2026, 11:30:00');
  page.unmount();
});
