// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountPageTrigger, TRIGGER_HOST } from './page-trigger';

const noop = () => {};

describe('mountPageTrigger', () => {
  it('keeps one host, moves it from row to row, and touches nothing when it is already in place', async () => {
    document.body.innerHTML = '<div id="a"></div><div id="b"></div>';
    const a = document.getElementById('a') as HTMLElement;
    const b = document.getElementById('b') as HTMLElement;
    const first = mountPageTrigger(document, { element: a, append: 'last' }, noop);
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((found) => records.push(...found));
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    const again = mountPageTrigger(document, { element: a, append: 'last' }, noop);
    await Promise.resolve();
    expect(again.host).toBe(first.host);
    expect(records).toEqual([]); // LinkedIn kept the row for the next person: no DOM write
    mountPageTrigger(document, { element: b, append: 'last' }, noop);
    expect(first.host.parentElement).toBe(b);
    mountPageTrigger(document, { element: document.body, append: 'float' }, noop);
    expect(first.host.hasAttribute('data-float')).toBe(true);
    mountPageTrigger(document, { element: a, append: 'after' }, noop);
    expect(a.nextElementSibling).toBe(first.host);
    expect(first.host.hasAttribute('data-float')).toBe(false);
    expect(document.querySelectorAll(TRIGGER_HOST)).toHaveLength(1);
    observer.disconnect();
  });
});
