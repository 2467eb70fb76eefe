// The topics pages' pictures, built from the API's figures (pure: tested without a canvas). Tooltips
// and labels are drawn on the canvas (richText): no HTML is made from topic labels.
import { partialSeries, splitPartial } from '../../charts/partialBuckets';
import { withMinus } from '../../lib/format';

export interface DriverPoint {
  id: string;
  label: string;
  size: number;
  share: number;
  npsImpact?: number | null;
}

export interface DriverText {
  share: string; // axis name
  impact: string; // axis name
  tooltip: (p: { label: string; share: string; impact: string; size: number }) => string;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** The SVG polyline of a sparkline: counts scaled into width × height (y grows downwards), 1 px inset. */
export function sparkPoints(counts: number[], width: number, height: number): string {
  if (!counts.length) return '';
  const max = Math.max(1, ...counts);
  const step = counts.length > 1 ? (width - 2) / (counts.length - 1) : 0;
  return counts.map((c, i) => {
    const x = counts.length > 1 ? 1 + i * step : width / 2;
    const y = height - 1 - ((height - 2) * c) / max;
    return `${round1(x)},${round1(y)}`;
  }).join(' ');
}

/** The topics that drive NPS: share of comments (x, %) against NPS impact (y, points), dot size by comments. */
export function driverOption(points: DriverPoint[], text: DriverText) {
  const drawn = points.filter((p) => p.npsImpact !== null && p.npsImpact !== undefined && p.size > 0);
  const largest = Math.max(1, ...drawn.map((p) => p.size));
  const reach = Math.max(5, ...drawn.map((p) => Math.ceil(Math.abs(p.npsImpact!))));
  // A label to the right of a dot near the right edge would be cut off by the plot: put it left.
  const widest = Math.max(0, ...drawn.map((p) => p.share));
  return {
    animation: false,
    grid: { left: 52, right: 24, top: 24, bottom: 44 },
    tooltip: {
      trigger: 'item', renderMode: 'richText',
      formatter: (item: { data: { topic: string; value: [number, number]; size: number } }) => text.tooltip({
        label: item.data.topic, share: `${item.data.value[0]}%`, impact: withMinus(String(item.data.value[1])), size: item.data.size,
      }),
    },
    xAxis: { type: 'value', name: text.share, nameLocation: 'middle', nameGap: 28, min: 0,
      axisLabel: { formatter: '{value}%' }, splitLine: { lineStyle: { color: '#eef0f4' } } },
    yAxis: { type: 'value', name: text.impact, nameLocation: 'middle', nameGap: 36, min: -reach, max: reach,
      axisLabel: { formatter: (v: number) => withMinus(String(v)) }, splitLine: { lineStyle: { color: '#eef0f4' } } },
    series: [{
      type: 'scatter',
      data: drawn.map((p) => ({
        name: p.label, topic: p.label, size: p.size,
        label: { position: p.share > 0.7 * widest ? 'left' : 'right' },
        value: [round1(p.share * 100), round1(p.npsImpact!)] as [number, number],
        symbolSize: 8 + 24 * Math.sqrt(p.size / largest),
        itemStyle: { color: p.npsImpact! < 0 ? '#d54941' : '#00a870', opacity: 0.8 },
      })),
      // A white halo keeps a label legible where it crosses another topic's dot (labels are drawn above
      // the dots); minMargin counts labels closer than 6 px as overlapping, so two never run together.
      label: { show: true, position: 'right', formatter: '{b}', color: '#1f2329', fontSize: 11,
        textBorderColor: '#fff', textBorderWidth: 3, minMargin: 6 },
      // Overlapping labels: the larger topic's label stays (ECharts ranks them by dot size), the others
      // are hidden, and shown with the tooltip on hover.
      labelLayout: { hideOverlap: true },
      emphasis: { focus: 'self' },
    }],
  };
}

/** A topic's comments per bucket: a line through the complete buckets, the partial ones (`partial.name`,
 * their axis labels marked with `partial.mark`) as hollow dots apart from it (see splitPartial). */
export function topicTrendOption(
  points: { bucketStart: string; count: number; partial: boolean }[], label: (iso: string) => string,
  name: string, partial: { name: string; mark: string } = { name: '*', mark: '*' },
) {
  const split = splitPartial(points.map((p) => p.count), points.map((p) => p.partial));
  return {
    animation: false,
    grid: { left: 40, right: 16, top: split.any ? 32 : 16, bottom: 28 },
    legend: { show: split.any, top: 0, data: [name, partial.name] },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    xAxis: { type: 'category', boundaryGap: false, data: points.map((p) => label(p.bucketStart) + (p.partial ? partial.mark : '')) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name, type: 'line', data: split.complete, connectNulls: false, symbolSize: 5,
        lineStyle: { width: 2, color: '#0052d9' }, itemStyle: { color: '#0052d9' }, areaStyle: { color: 'rgba(0, 82, 217, 0.08)' } },
      partialSeries(partial.name, split.partial, '#0052d9'),
    ],
  };
}
