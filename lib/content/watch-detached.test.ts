// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchDetached } from './watch-detached';

describe('watchDetached', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hears the element leave with any of its ancestors, and not the rest of the page changing', async () => {
    document.body.innerHTML =
      '<main><section id="card"><div id="row"></div></section></main><aside id="feed"></aside>';
    const host = document.createElement('span');
    document.getElementById('row')?.append(host);
    const onDetached = vi.fn();
    const stop = watchDetached(host, document.body, onDetached);
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    for (let i = 0; i < 20; i++) document.getElementById('feed')?.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(300);
    expect(setTimeoutSpy).not.toHaveBeenCalled(); // the feed is not on the element's way up
    document.getElementById('card')?.remove();
    await vi.advanceTimersByTimeAsync(300);
    expect(onDetached).toHaveBeenCalledTimes(1);
    stop();
  });

  it('follows the element when an ancestor moves, and stops when told', async () => {
    document.body.innerHTML =
      '<main><section id="card"><div id="row"></div></section></main><aside id="side"></aside>';
    const host = document.createElement('span');
    document.getElementById('row')?.append(host);
    const onDetached = vi.fn();
    const stop = watchDetached(host, document.body, onDetached);
    document.getElementById('side')?.append(document.getElementById('card') as HTMLElement);
    await vi.advanceTimersByTimeAsync(300);
    expect(onDetached).not.toHaveBeenCalled();
    document.getElementById('side')?.replaceChildren();
    await vi.advanceTimersByTimeAsync(300);
    expect(onDetached).toHaveBeenCalledTimes(1);
    stop();
  });
});
