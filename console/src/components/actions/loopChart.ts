// The loop page's trend picture (pure): the share of detractors contacted within 24 h per week, in %.
export function contactTrendOption(points: { label: string; share: number | null }[], name: string) {
  return {
    animation: false,
    grid: { left: 44, right: 16, top: 16, bottom: 28 },
    tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: (v: number | null) => (v === null ? '—' : `${v}%`) },
    xAxis: { type: 'category', boundaryGap: false, data: points.map((p) => p.label) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { lineStyle: { color: '#eef0f4' } } },
    series: [{
      name, type: 'line', connectNulls: false, symbolSize: 6,
      data: points.map((p) => (p.share === null ? null : Math.round(p.share * 1000) / 10)),
      lineStyle: { width: 2, color: '#0052d9' }, itemStyle: { color: '#0052d9' },
    }],
  };
}
