// The chart component for pages: ECharts is large, so it loads on first use (its own chunk) and a
// skeleton stands in meanwhile. One definition, so that every page's chart loads and waits alike.
import { defineAsyncComponent } from 'vue';
import LoadingBlock from './LoadingBlock.vue';

export const EChart = defineAsyncComponent({
  loader: () => import('./overview/EChart.vue'),
  loadingComponent: LoadingBlock,
});
