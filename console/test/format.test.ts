import { expect, test } from 'vitest';
import { bucketLabel, count, fixed, hostValue, number, percent, rateParts, signed, withMinus } from '../src/lib/format';
import { mixOption, npsTrendOption } from '../src/components/overview/chartOptions';

test('numbers as the console shows them', () => {
  expect([signed(3.25), signed(-1.5), signed(0.01), signed(-0.04)]).toEqual(['+3.3', '−1.5', '0.0', '0.0']);
  expect([percent(0.1429), percent(null), fixed(null), fixed(12.345)]).toEqual(['14.3%', '—', '—', '12.3']);
  expect([signed(-0.854, 2), signed(0.001, 2), signed(0.2, 2)]).toEqual(['−0.85', '0.00', '+0.20']);
});

test('a negative number has a real minus sign (U+2212), a zero none', () => {
  expect([fixed(-8.6), fixed(-50), fixed(-0.04), fixed(-0), fixed(-0.04, 2)]).toEqual(['−8.6', '−50.0', '0.0', '0.0', '−0.04']);
  expect([percent(-0.252), percent(-0.0004), percent(-1, 0)]).toEqual(['−25.2%', '0.0%', '−100%']);
  expect([count(-12345, 'en'), count(-12345, 'zh-CN'), number(-0.04, 'en', { maximumFractionDigits: 1 })])
    .toEqual(['−12,345', '−12,345', '0']);
  expect(number(-5.64, 'en', { maximumFractionDigits: 1, signDisplay: 'exceptZero' })).toBe('−5.6');
  expect([withMinus('-50'), withMinus('-0%'), withMinus('12'), withMinus('+3.0')]).toEqual(['−50', '0%', '12', '+3.0']);
  // No hyphen-minus is left in any of them.
  expect([fixed(-8.6), percent(-0.5), signed(-4.6), count(-3, 'en'), hostValue('balance', -25000, 'en')].join(' ')).not.toMatch(/-/);
  expect(bucketLabel('2026-11-24T16:00:00Z', 'Asia/Shanghai', 'en', 'DAY')).toBe('11/25');
});

test('a value as the host wrote it: text as is, every digit, grouped only where grouping cannot misread', () => {
  const shown = (values: Record<string, unknown>, locale = 'en') => Object.entries(values).map(([k, v]) => hostValue(k, v, locale));
  expect(shown({ plan: '企业版', vip: true, tags: ['a', 1], none: null, nested: { a: 1 } }))
    .toEqual(['企业版', 'true', '["a",1]', 'null', '{"a":1}']);
  // Five integer digits and more grouped, in the page's language; the fraction as written, never rounded.
  expect(shown({ orders: 123456, revenue: 1234567.891, lat: 31.230416, ratio: 0.30000000000000004, small: 9999, neg: -25000 }))
    .toEqual(['123,456', '1,234,567.891', '31.230416', '0.30000000000000004', '9999', '−25,000']);
  expect(shown({ orders: 123456 }, 'zh-CN')).toEqual(['123,456']);
  // A year, a short code: never "2,024"; -0 reads 0.
  expect(shown({ founded: 2024, zero: -0 })).toEqual(['2024', '0']);
  // Identifiers keep their digits, whatever their length; a word that merely ends like one does not.
  expect(shown({ id: 10086, user_id: 1234567, orderNo: 20240101, zip_code: 100080, mobile: 13812345678, customerID: 55555,
    'hotline-tel': 95588 })).toEqual(['10086', '1234567', '20240101', '100080', '13812345678', '55555', '95588']);
  expect(shown({ valid: 12345, casino: 12345, decode: 12345 })).toEqual(['12,345', '12,345', '12,345']);
});

test('a response rate has parts to explain only with counts and displays', () => {
  expect(rateParts({ rateResponses: 0, rateDisplays: 5 })).toEqual({ answers: 0, displays: 5 });
  expect([rateParts({ rateResponses: 3, rateDisplays: 0 }), rateParts({ rateResponses: null, rateDisplays: 5 }), rateParts({})])
    .toEqual([null, null, null]);
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
