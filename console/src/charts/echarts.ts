// ECharts with only what the console draws (modular imports keep the chunk small). This module is
// imported lazily, by the chart components, never by the first route's code.
import { BarChart, CustomChart, GaugeChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, BarChart, ScatterChart, CustomChart, GaugeChart, GridComponent, TooltipComponent, LegendComponent, LabelLayout, CanvasRenderer]);

export { echarts };
export type { EChartsCoreOption } from 'echarts/core';
