import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce, SEARCH_DEBOUNCE_MS } from './debounce';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('collapses a burst of typing into one call with the last value', () => {
    const search = vi.fn();
    const debounced = debounce(search, SEARCH_DEBOUNCE_MS);
    for (const q of ['a', 'ac', 'acm', 'acme']) {
      debounced(q);
      vi.advanceTimersByTime(100);
    }
    expect(search).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith('acme');
  });

  it('never runs twice within 300 ms, whatever the typing rhythm', () => {
    const calls: number[] = [];
    const debounced = debounce(() => calls.push(Date.now()), SEARCH_DEBOUNCE_MS);
    for (let i = 0; i < 40; i++) {
      debounced();
      vi.advanceTimersByTime(i % 3 === 0 ? 320 : 90);
    }
    vi.advanceTimersByTime(1000);
    expect(calls.length).toBeGreaterThan(1);
    for (let i = 1; i < calls.length; i++) {
      expect((calls[i] as number) - (calls[i - 1] as number)).toBeGreaterThanOrEqual(SEARCH_DEBOUNCE_MS);
    }
  });

  it('drops a pending call on cancel', () => {
    const search = vi.fn();
    const debounced = debounce(search, SEARCH_DEBOUNCE_MS);
    debounced('x');
    debounced.cancel();
    vi.advanceTimersByTime(1000);
    expect(search).not.toHaveBeenCalled();
  });
});
