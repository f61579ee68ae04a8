import { describe, expect, it } from 'vitest';
import { type HistoryItem, listHistory } from './list-history';

const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;
function item(slug: string, state: string, fields: Partial<HistoryItem> = {}): HistoryItem {
  return {
    kind: 'task',
    state,
    createdAt: 1000,
    lastError: null,
    person: { profileUrl: url(slug), fullName: slug },
    ...fields,
  };
}

describe('listHistory', () => {
  it('says per person of the list whether their tasks failed, are on their way or are all in', () => {
    const items = [
      item('ada', 'done'),
      item('ada', 'queued'),
      item('bo', 'done'),
      item('bo', 'done'),
      item('cai', 'retrying'),
      item('cai', 'failed'),
      item('dee', 'queued'), // not on this list
    ];
    const { work } = listHistory(items, [url('ada'), url('bo'), url('cai'), url('eve')]);
    expect(Object.fromEntries(work)).toEqual({
      [url('ada')]: 'queued',
      [url('bo')]: 'in-stardex',
      [url('cai')]: 'failed',
    });
  });

  it('names the batch queued last among the list’s people, none when they have only single tasks', () => {
    const items = [
      item('ada', 'done', { batch: { id: 'older', people: 2 }, createdAt: 1000 }),
      item('bo', 'queued', { batch: { id: 'newer', people: 1 }, createdAt: 5000 }),
      item('dee', 'queued', { batch: { id: 'elsewhere', people: 1 }, createdAt: 9000 }),
    ];
    expect(listHistory(items, [url('ada'), url('bo')]).latestBatch).toBe('newer');
    expect(listHistory([item('ada', 'queued')], [url('ada')]).latestBatch).toBeNull();
  });

  it('leaves out logged touches: a message logged is no task', () => {
    const { work } = listHistory([item('ada', 'queued', { kind: 'activity' })], [url('ada')]);
    expect(work.size).toBe(0);
  });
});
