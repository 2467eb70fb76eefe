// A row wider than its frame (the actions board's columns): how many of its items lie, wholly or in
// part, beyond each edge, so the page can say "2 more columns →" and offer buttons that scroll, instead
// of leaving a scroll bar at the foot of a tall board as the only hint.
import { onBeforeUnmount, onMounted, reactive, watch, type Ref, type WatchSource } from 'vue';

export interface Span { left: number; width: number }
export interface Hidden { before: number; after: number }

// Sub-pixel layout: an item within a pixel of the edge counts as shown.
const SLACK = 1;

/** Items (their offsets in the row) cut off before and after the visible window [scrollLeft, +clientWidth]. */
export function hiddenItems(items: readonly Span[], scrollLeft: number, clientWidth: number): Hidden {
  const start = scrollLeft - SLACK;
  const end = scrollLeft + clientWidth + SLACK;
  return {
    before: items.filter((s) => s.left < start).length,
    after: items.filter((s) => s.left + s.width > end).length,
  };
}

/** How far one press of a scroll button goes: most of the window, so an item cut at the edge comes in whole. */
export function scrollStep(clientWidth: number): number {
  return Math.max(120, Math.round(clientWidth * 0.8));
}

/**
 * Follows `row` (the scrolling element; its element children are the items): what is hidden on each side,
 * recounted on scroll, on resize and whenever `changes` changes (new cards, other columns collapsed).
 */
export function useSideScroll(row: Ref<HTMLElement | null>, changes: WatchSource) {
  const hidden = reactive<Hidden>({ before: 0, after: 0 });
  let observer: ResizeObserver | null = null;
  let frame = 0;

  function measure(): void {
    const el = row.value;
    if (!el) {
      Object.assign(hidden, { before: 0, after: 0 });
      return;
    }
    // offsetLeft is measured from the offset parent: the row is positioned, so these are row coordinates.
    const items = Array.from(el.children as HTMLCollectionOf<HTMLElement>).map((c) => ({ left: c.offsetLeft, width: c.offsetWidth }));
    Object.assign(hidden, hiddenItems(items, el.scrollLeft, el.clientWidth));
  }
  function schedule(): void {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(measure);
  }
  function scrollBy(direction: 1 | -1): void {
    const el = row.value;
    if (el) el.scrollBy({ left: direction * scrollStep(el.clientWidth), behavior: 'smooth' });
  }

  watch(row, (el, old) => {
    old?.removeEventListener('scroll', schedule);
    observer?.disconnect();
    if (el) {
      el.addEventListener('scroll', schedule, { passive: true });
      if (typeof ResizeObserver !== 'undefined') {
        observer = new ResizeObserver(schedule);
        observer.observe(el);
      }
    }
    schedule();
  });
  watch(changes, schedule, { flush: 'post', deep: true });
  onMounted(schedule);
  onBeforeUnmount(() => {
    cancelAnimationFrame(frame);
    row.value?.removeEventListener('scroll', schedule);
    observer?.disconnect();
  });
  return { hidden, scrollBy, measure };
}
