import { expect, test } from 'vitest';
import { bucketLabel, fixed, percent, signed } from '../src/lib/format';
import { mixOption, npsTrendOption } from '../src/components/overview/chartOptions';

test('numbers as the console shows them', () => {
  expect([signed(3.25), signed(-1.5), signed(0.01), signed(-0.04)]).toEqual(['+3.3', '−1.5', '0.0', '0.0']);
  expect([percent(0.1429), percent(null), fixed(null), fixed(12.345)]).toEqual(['14.3%', '—', '—', '12.3']);
  expect(bucketLabel('2026-11-24T16:00:00Z', 'Asia/Shanghai', 'en', 'DAY')).toBe('11/25');
});

const text = { nps: 'NPS', band: 'band', promoters: 'P', passives: 'Pa', detractors: 'D', partial: '*' };
const point = (over: object) => ({
  bucketStart: '2026-11-24T16:00:00Z', responses: 10, nps: 20, npsMarginOfError: 30, promoters: 5, passives: 2,
  detractors: 3, partial: false, ...over,
});

test('the trend band is the margin around NPS, cut at the scale’s ends; a bucket without NPS is a gap', () => {
  const option = npsTrendOption([point({}), point({ nps: 90, npsMarginOfError: 20, partial: true }),
    point({ nps: null, npsMarginOfError: null, promoters: 0, passives: 0, detractors: 0 })], (s) => s.slice(5, 10), text);
  const [lower, width, nps] = option.series;
  expect(lower.data).toEqual([-10, 70, null]);
  expect(width.data).toEqual([60, 30, null]); // 90 + 20 is cut at 100
  expect(nps.data).toEqual([20, 90, null]);
  expect(option.xAxis.data).toEqual(['11-24', '11-24*', '11-24']);
});

test('the mix is each category’s share of the bucket’s NPS answers', () => {
  const option = mixOption([point({})], () => 'x', text);
  expect(option.series.map((s) => s.data[0])).toEqual([50, 20, 30]);
});
