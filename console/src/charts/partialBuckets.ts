// Partial buckets (the first and last ones of a period, which count only part of their days) drawn
// apart from the line: a partial week's small count joined to the line reads as a collapse. The line
// runs through the complete buckets only; each partial bucket is a hollow dot of its own series, and
// its tooltip names it. Pure (no ECharts import): the chart builders and their tests use it.

export interface PartialSplit<V> {
  /** The complete buckets' values (null at the partial ones): the solid line. */
  complete: (V | null)[];
  /** The partial buckets' values (null at the complete ones): hollow dots, not joined to the line. */
  partial: (V | null)[];
  /** Whether any bucket is partial (the legend and the footnote name the dots only then). */
  any: boolean;
}

export function splitPartial<V>(values: (V | null)[], partial: boolean[]): PartialSplit<V> {
  return {
    complete: values.map((v, i) => (partial[i] ? null : v)),
    partial: values.map((v, i) => (partial[i] ? v : null)),
    any: partial.some(Boolean),
  };
}

/** The series of the partial buckets' dots (a scatter on the same category axis; nulls draw nothing). */
export function partialSeries<V>(name: string, data: (V | null)[], color: string) {
  return {
    // Not clipped: a partial bucket is often the last, on the plot's right edge.
    name, type: 'scatter', data, symbol: 'emptyCircle', symbolSize: 8, clip: false,
    itemStyle: { color, borderWidth: 1.5 },
  };
}
