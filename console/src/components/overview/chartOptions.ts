// The overview's chart options, built from the API's series (pure: tested without a canvas).
// Tooltips are drawn on the canvas (richText): no HTML is made from data, and no inline styles
// need the Content-Security-Policy's leave.
import { partialSeries, splitPartial } from '../../charts/partialBuckets';
import { withMinus } from '../../lib/format';
import type { Figures } from './useOverview';

type Point = Figures['current']['series'][number];

export interface ChartText {
  nps: string;
  band: string;
  promoters: string;
  passives: string;
  detractors: string;
  partial: string; // the mark after a partial bucket's axis label
  partialSeries: string; // the legend's and tooltip's name of the partial buckets' dots
}

const clamp = (v: number) => Math.max(-100, Math.min(100, v));
const round1 = (v: number) => Math.round(v * 10) / 10;

export function labels(points: Point[], label: (iso: string) => string, text: ChartText): string[] {
  return points.map((p) => label(p.bucketStart) + (p.partial ? text.partial : ''));
}

/** NPS per bucket with its margin of error as a band (lower bound, then the band's width stacked on it);
 * the line joins the complete buckets only, the partial ones are hollow dots (see splitPartial). */
export function npsTrendOption(points: Point[], label: (iso: string) => string, text: ChartText) {
  const lower = points.map((p) => (p.nps === null || p.npsMarginOfError === null ? null : round1(clamp(p.nps - p.npsMarginOfError))));
  const width = points.map((p, i) => (p.nps === null || p.npsMarginOfError === null ? null
    : round1(clamp(p.nps + p.npsMarginOfError) - (lower[i] as number))));
  const nps = splitPartial(points.map((p) => (p.nps === null ? null : round1(p.nps))), points.map((p) => p.partial));
  return {
    animation: false,
    grid: { left: 44, right: 16, top: 32, bottom: 28 },
    legend: { top: 0, data: nps.any ? [text.nps, text.partialSeries, text.band] : [text.nps, text.band] },
    tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: (v: unknown) => (v === null ? '—' : withMinus(String(v))) },
    xAxis: { type: 'category', data: labels(points, label, text), boundaryGap: false },
    yAxis: { type: 'value', min: -100, max: 100, interval: 50, axisLabel: { formatter: (v: number) => withMinus(String(v)) } },
    series: [
      { name: text.band, type: 'line', data: lower, stack: 'band', stackStrategy: 'all', symbol: 'none',
        lineStyle: { opacity: 0 }, tooltip: { show: false }, silent: true, legendHoverLink: false },
      { name: text.band, type: 'line', data: width, stack: 'band', stackStrategy: 'all', symbol: 'none',
        lineStyle: { opacity: 0 }, areaStyle: { color: 'rgba(0, 82, 217, 0.15)' }, tooltip: { show: false }, silent: true },
      { name: text.nps, type: 'line', data: nps.complete,
        connectNulls: false, symbolSize: 6, lineStyle: { width: 2, color: '#0052d9' }, itemStyle: { color: '#0052d9' } },
      partialSeries(text.partialSeries, nps.partial, '#0052d9'),
    ],
  };
}

/** Promoters, passives and detractors as shares of each bucket's NPS answers (stacked to 100 %); partial buckets faded. */
export function mixOption(points: Point[], label: (iso: string) => string, text: ChartText) {
  const share = (p: Point, n: number) => {
    const total = p.promoters + p.passives + p.detractors;
    return total ? round1((100 * n) / total) : null;
  };
  const bar = (name: string, color: string, pick: (p: Point) => number) => ({
    name, type: 'bar', stack: 'mix', barMaxWidth: 28, itemStyle: { color },
    // A partial bucket's bar is faded, like the trend's hollow dots: its mix rests on part of its days.
    data: points.map((p) => (p.partial ? { value: share(p, pick(p)), itemStyle: { opacity: 0.45 } } : share(p, pick(p)))),
  });
  return {
    animation: false,
    grid: { left: 44, right: 16, top: 32, bottom: 28 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: (v: unknown) => (v === null ? '—' : `${v}%`) },
    xAxis: { type: 'category', data: labels(points, label, text) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      bar(text.promoters, '#00a870', (p) => p.promoters),
      bar(text.passives, '#b3b8c2', (p) => p.passives),
      bar(text.detractors, '#d54941', (p) => p.detractors),
    ],
  };
}
