import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseTrigger, setupTrigger } from '../src/triggers';

describe('parseTrigger', () => {
  it('parses the data-voc-trigger syntax', () => {
    expect(parseTrigger(undefined)).toEqual({ type: 'load', value: undefined });
    expect(parseTrigger('delay:5000')).toEqual({ type: 'delay', value: '5000' });
    expect(parseTrigger('scroll:60')).toEqual({ type: 'scroll', value: '60' });
    expect(parseTrigger('event:checkout:done')).toEqual({ type: 'event', value: 'checkout:done' });
    expect(parseTrigger({ type: 'exit' })).toEqual({ type: 'exit' });
  });
});

describe('triggers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    history.replaceState(null, '', '/');
  });

  it('load: fires once the page has loaded', () => {
    const fire = vi.fn();
    const t = setupTrigger({ type: 'load' }, fire);
    if (document.readyState !== 'complete') window.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(1);
    expect(fire).toHaveBeenCalledTimes(1);
    t.stop();
  });

  it('delay: fires after the given milliseconds, not before', () => {
    const fire = vi.fn();
    setupTrigger(parseTrigger('delay:3000'), fire);
    vi.advanceTimersByTime(2999);
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('delay: stop() cancels', () => {
    const fire = vi.fn();
    setupTrigger(parseTrigger('delay:100'), fire).stop();
    vi.advanceTimersByTime(1000);
    expect(fire).not.toHaveBeenCalled();
  });

  it('scroll: fires at the given depth', () => {
    const fire = vi.fn();
    Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 4000 });
    Object.defineProperty(window, 'innerHeight', { configurable: true, value: 1000 });
    Object.defineProperty(window, 'scrollY', { configurable: true, writable: true, value: 0 });
    const t = setupTrigger(parseTrigger('scroll:50'), fire);
    vi.advanceTimersByTime(1);
    expect(fire).not.toHaveBeenCalled(); // 25 % seen
    (window as any).scrollY = 900; // 47.5 %
    window.dispatchEvent(new Event('scroll'));
    expect(fire).not.toHaveBeenCalled();
    (window as any).scrollY = 1000; // 50 %
    window.dispatchEvent(new Event('scroll'));
    expect(fire).toHaveBeenCalled();
    t.stop();
  });

  it('exit: fires when the pointer leaves through the top edge only', () => {
    const fire = vi.fn();
    const t = setupTrigger(parseTrigger('exit'), fire);
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: 300, relatedTarget: null }));
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: 0, relatedTarget: document.body }));
    expect(fire).not.toHaveBeenCalled();
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: 0, relatedTarget: null }));
    expect(fire).toHaveBeenCalledTimes(1);
    t.stop();
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: -5, relatedTarget: null }));
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('event: fires on track(name) for that name only', () => {
    const fire = vi.fn();
    const t = setupTrigger(parseTrigger('event:checkout'), fire);
    t.track('search');
    expect(fire).not.toHaveBeenCalled();
    t.track('checkout');
    expect(fire).toHaveBeenCalledTimes(1);
  });

  it('route: fires on pushState, replaceState and popstate', () => {
    const fire = vi.fn();
    const t = setupTrigger(parseTrigger('route'), fire);
    history.pushState(null, '', '/a');
    expect(fire).toHaveBeenCalledTimes(1);
    history.replaceState(null, '', '/b');
    expect(fire).toHaveBeenCalledTimes(2);
    history.replaceState(null, '', '/b'); // same URL: no navigation
    expect(fire).toHaveBeenCalledTimes(2);
    history.pushState(null, '', '/c');
    expect(fire).toHaveBeenCalledTimes(3);
    t.stop();
    history.pushState(null, '', '/d');
    expect(fire).toHaveBeenCalledTimes(3);
  });

  it('route: popstate counts as a route change', () => {
    const fire = vi.fn();
    const t = setupTrigger(parseTrigger('route'), fire);
    // Change the URL without our patched methods noticing, as a back/forward would.
    const orig = Object.getPrototypeOf(history).pushState as History['pushState'];
    orig.call(history, null, '', '/back-target');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(fire).toHaveBeenCalledTimes(1);
    t.stop();
  });

  it('route:/prefix fires only for matching paths', () => {
    const fire = vi.fn();
    const t = setupTrigger(parseTrigger('route:/pricing'), fire);
    history.pushState(null, '', '/docs');
    expect(fire).not.toHaveBeenCalled();
    history.pushState(null, '', '/pricing/team');
    expect(fire).toHaveBeenCalledTimes(1);
    t.stop();
  });
});
