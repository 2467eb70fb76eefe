// A page's first load: the session's start-up data (organisation, time zone, surveys) once, then the
// page's own. Until then the page shows a skeleton (`started` false); a failure of either is `startError`.
import { onMounted, ref } from 'vue';
import { ensureStart } from '../stores/session';

/** Call in a page's setup; `first` runs on mount, once the start-up data is there. */
export function usePageStart(first: () => Promise<unknown>) {
  const started = ref(false);
  const startError = ref<unknown>(null);
  onMounted(async () => {
    try {
      await ensureStart();
      started.value = true;
      await first();
    } catch (e) {
      startError.value = e;
    }
  });
  return { started, startError };
}
