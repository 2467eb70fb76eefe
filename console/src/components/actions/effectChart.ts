// An action's effect as pictures (pure: tested without a canvas): one figure before vs after shipping
// as two bars, each with its 95 % interval drawn as an error bar (a custom series). Labels are drawn on
// the canvas (richText tooltips): no HTML is made from data.
import { withMinus } from '../../lib/format';

export interface EffectBar {
  label: string; // "before" / "after", in the reader's language
  value: number | null;
  low: number | null;
  high: number | null;
}

export interface EffectChartText {
  name: string; // the figure, e.g. "Topic share"
  unit: '%' | '';
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const COLORS = ['#8a919f', '#0052d9'];

interface RenderApi {
  value: (dim: number) => number;
  coord: (point: [number, number]) => [number, number];
  size: (span: [number, number]) => [number, number];
}

/** Draws [x, low, high] as a vertical line with caps. */
function errorBar(_params: unknown, api: RenderApi) {
  const x = api.value(0);
  const low = api.coord([x, api.value(1)]);
  const high = api.coord([x, api.value(2)]);
  const cap = api.size([1, 0])[0] * 0.12;
  const style = { stroke: '#1f2329', lineWidth: 1.5 };
  return {
    type: 'group',
    children: [
      { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style },
      { type: 'line', shape: { x1: low[0] - cap, y1: low[1], x2: low[0] + cap, y2: low[1] }, style },
      { type: 'line', shape: { x1: high[0] - cap, y1: high[1], x2: high[0] + cap, y2: high[1] }, style },
    ],
  };
}

/** Before vs after with intervals; the y axis fits the intervals (shares from 0, NPS around 0). */
export function effectOption(bars: EffectBar[], text: EffectChartText) {
  const scale = text.unit === '%' ? 100 : 1;
  const shown = (v: number | null) => (v === null ? null : round1(v * scale));
  const intervals = bars.map((b, i) => (b.low === null || b.high === null ? null : [i, shown(b.low), shown(b.high)]))
    .filter((v): v is [number, number, number] => v !== null);
  // The axis covers the bars and their whiskers (ECharts would fit the bars only), in round steps.
  const step = text.unit === '%' ? 5 : 10;
  const reach = [0, ...bars.flatMap((b) => [shown(b.value), shown(b.low), shown(b.high)])]
    .filter((v): v is number => v !== null);
  const min = text.unit === '%' ? 0 : Math.floor(Math.min(...reach) / step) * step;
  const max = Math.max(min + step, Math.ceil(Math.max(...reach) / step) * step);
  return {
    animation: false,
    grid: { left: 48, right: 16, top: 16, bottom: 28 },
    tooltip: { trigger: 'item', renderMode: 'richText' },
    xAxis: { type: 'category', data: bars.map((b) => b.label) },
    yAxis: {
      type: 'value', min, max,
      axisLabel: { formatter: (v: number) => withMinus(String(v)) + text.unit },
      splitLine: { lineStyle: { color: '#eef0f4' } },
    },
    series: [
      {
        name: text.name, type: 'bar', barWidth: '40%',
        data: bars.map((b, i) => ({ value: shown(b.value), itemStyle: { color: COLORS[i % COLORS.length] } })),
        label: { show: true, position: 'insideTop', color: '#fff', formatter: (item: { value: number }) => withMinus(String(item.value)) + text.unit },
      },
      { name: '95%', type: 'custom', renderItem: errorBar, data: intervals, z: 3, tooltip: { show: false } },
    ],
  };
}
