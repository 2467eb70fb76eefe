import { expect, test } from 'vitest';
import { bucketLabel, fixed, percent, signed } from '../src/lib/format';
import { mixOption, npsTrendOption } from '../src/components/overview/chartOptions';

test('numbers as the console shows them', () => {
  expect([signed(3.25), signed(-1.5), signed(0.01), signed(-0.04)]).toEqual(['+3.3', '−1.5', '0.0', '0.0']);
  expect([percent(0.1429), percent(null), fixed(null), fixed(12.345)]).toEqual(['14.3%', '—', '—', '12.3']);
  expect(bucketLabel('2026-11-24T16:00:00Z', 'Asia/Shanghai', 'en', 'DAY')).toBe('11/25');
});

const text = { nps: 'NPS', band: 'band', promoters: 'P', passives: 'Pa', detractors: 'D', partial: '*', partialSeries: 'partial' };
const point = (over: object) => ({
  bucketStart: '2026-11-24T16:00:00Z', responses: 10, nps: 20, npsMarginOfError: 30, promoters: 5, passives: 2,
  detractors: 3, partial: false, ...over,
});

test('the trend band is the margin around NPS, cut at the scale’s ends; a bucket without NPS is a gap', () => {
  const option = npsTrendOption([point({}), point({ nps: 90, npsMarginOfError: 20, partial: true }),
    point({ nps: null, npsMarginOfError: null, promoters: 0, passives: 0, detractors: 0 })], (s) => s.slice(5, 10), text);
  const [lower, width, nps, partial] = option.series;
  expect(lower.data).toEqual([-10, 70, null]);
  expect(width.data).toEqual([60, 30, null]); // 90 + 20 is cut at 100
  // The line joins complete buckets only; the partial bucket is a hollow dot of its own, named in the legend.
  expect(nps.data).toEqual([20, null, null]);
  expect(partial).toMatchObject({ type: 'scatter', name: 'partial', symbol: 'emptyCircle', data: [null, 90, null] });
  expect(option.legend.data).toEqual(['NPS', 'partial', 'band']);
  expect(option.xAxis.data).toEqual(['11-24', '11-24*', '11-24']);
});

test('without partial buckets the trend is one line and the legend names no partial dots', () => {
  const option = npsTrendOption([point({}), point({ nps: 30 })], () => 'x', text);
  expect(option.series[2].data).toEqual([20, 30]);
  expect(option.series[3].data).toEqual([null, null]);
  expect(option.legend.data).toEqual(['NPS', 'band']);
});

test('the mix is each category’s share of the bucket’s NPS answers', () => {
  const option = mixOption([point({})], () => 'x', text);
  expect(option.series.map((s) => s.data[0])).toEqual([50, 20, 30]);
  // A partial bucket's bars are faded, their shares unchanged.
  const faded = mixOption([point({ partial: true })], () => 'x', text);
  expect(faded.series.map((s) => s.data[0])).toEqual([50, 20, 30].map((value) => ({ value, itemStyle: { opacity: 0.45 } })));
});
