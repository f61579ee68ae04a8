// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ListRead } from '@/lib/profile/list/list-schema';
import { listRow } from '@/tests/support/list-rows';
import { createListTracker, type ListProbe } from './list-tracker';

const PAGE_1 = 'https://www.linkedin.com/search/results/people/?keywords=data';
const PAGE_2 = 'https://www.linkedin.com/search/results/people/?keywords=data&page=2';
const PROFILE = 'https://www.linkedin.com/in/ada-example/';

/** The results as the list reader would find them: a stand-in, the reader has its own tests. */
const probe: ListProbe = (doc) => ({
  kind: 'people-search',
  rows: [...doc.querySelectorAll('#results li')].map((li) => listRow(li.textContent ?? '', li.textContent)),
});
function show(...slugs: string[]): void {
  document.body.innerHTML = `<main><ul id="results">${slugs.map((s) => `<li><a href="/in/${s}/">${s}</a></li>`).join('')}</ul></main>`;
}
const names = (read: ListRead | null) => read?.rows.map((r) => r.name) ?? null;

const contexts: AbortController[] = [];
function setup() {
  const controller = new AbortController();
  contexts.push(controller);
  return createListTracker({ doc: document, probe, signal: controller.signal });
}

describe('createListTracker', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    for (const context of contexts.splice(0)) context.abort();
    vi.useRealTimers();
  });

  it('reads a list the tab opened on at once', async () => {
    show('ada', 'bo');
    expect(names(await setup().current(PAGE_1))).toEqual(['ada', 'bo']);
  });

  it('after paging, waits for the next page’s people instead of answering with the last page’s', async () => {
    show('ada', 'bo');
    const lists = setup();
    lists.noteNavigation(PAGE_1, PAGE_2);
    expect(lists.freshNow(PAGE_2)).toBeNull();
    const pending = lists.current(PAGE_2);
    await vi.advanceTimersByTimeAsync(300);
    show('cai', 'dee');
    await vi.advanceTimersByTimeAsync(100);
    expect(names(await pending)).toEqual(['cai', 'dee']);
    expect(names(lists.freshNow(PAGE_2))).toEqual(['cai', 'dee']); // and from then on at once
  });

  it('from a profile: the list once it shows', async () => {
    document.body.innerHTML = '<main><section><h1>Ada Example</h1></section></main>';
    const lists = setup();
    lists.noteNavigation(PROFILE, PAGE_1);
    const pending = lists.current(PAGE_1);
    await vi.advanceTimersByTimeAsync(300);
    show('ada', 'bo');
    await vi.advanceTimersByTimeAsync(100);
    expect(names(await pending)).toEqual(['ada', 'bo']);
  });

  it('answers no rows when the new page never renders in time, never the old page’s people', async () => {
    show('ada', 'bo');
    const lists = setup();
    lists.noteNavigation(PAGE_1, PAGE_2);
    const pending = lists.current(PAGE_2);
    await vi.advanceTimersByTimeAsync(2_100);
    expect(await pending).toEqual({ kind: 'people-search', rows: [] });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('says whether other people show, from their links alone, for the page button', () => {
    show('ada', 'bo');
    const lists = setup();
    expect(lists.showsPeopleNow()).toBe(true);
    lists.noteNavigation(PAGE_1, PAGE_2);
    expect(lists.showsPeopleNow()).toBe(false);
    show('cai', 'dee');
    expect(lists.showsPeopleNow()).toBe(true);
    document.body.innerHTML = '<main><p>No results</p></main>';
    expect(lists.showsPeopleNow()).toBe(false);
  });

  it('a change of the hash alone is no new list', async () => {
    show('ada', 'bo');
    const lists = setup();
    lists.noteNavigation(PAGE_1, `${PAGE_1}#results`);
    expect(names(lists.freshNow(PAGE_1))).toEqual(['ada', 'bo']);
  });

  it('answers no list on a page that is not one, without waiting', async () => {
    show('ada');
    expect(await setup().current(PROFILE)).toEqual({ kind: null, rows: [] });
  });
});
