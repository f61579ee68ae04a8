import { describe, expect, it } from 'vitest';
import { BADGE_FAILED_COLOR, BADGE_WAITING_COLOR, badgeFor } from '@/lib/background/badge';
import type { OutboxItem, OutboxState } from '@/lib/outbox/outbox-schema';
import { newItem } from '@/lib/outbox/outbox-state';
import { runGroups } from '@/lib/tasks/cadence-group';
import { submission } from '@/tests/support/outbox-test-kit';

const items = (...states: OutboxState[]): OutboxItem[] =>
  states.map((state) => ({ ...newItem(submission(), 0), state }));

describe('badgeFor', () => {
  it('is empty when nothing waits or failed', () => {
    expect(badgeFor([])).toMatchObject({ text: '' });
    expect(badgeFor(items('done', 'done'))).toMatchObject({ text: '' });
  });

  it('counts waiting items in amber', () => {
    expect(badgeFor(items('queued', 'sending', 'retrying', 'done'))).toEqual({
      text: '3',
      color: BADGE_WAITING_COLOR,
      title: '3 tasks waiting to be sent',
    });
  });

  it('turns red when something failed', () => {
    expect(badgeFor(items('failed', 'queued'))).toEqual({
      text: '2',
      color: BADGE_FAILED_COLOR,
      title: '1 task waiting to be sent; 1 failed — open Options to fix',
    });
  });

  it('caps the text', () => {
    expect(badgeFor(items(...Array.from({ length: 120 }, () => 'queued' as const))).text).toBe('99+');
  });

  it('counts a cadence run once, as the outbox lists it', () => {
    const groups = runGroups('run-1', 'Connect, then follow up', 3);
    const run = items('done', 'retrying', 'queued').map((item, index) => ({ ...item, group: groups[index] }));
    expect(badgeFor([...run, ...items('queued')])).toMatchObject({ text: '2', color: BADGE_WAITING_COLOR });
    const failedStep = run.map((item, index) => (index === 2 ? { ...item, state: 'failed' as const } : item));
    expect(badgeFor(failedStep)).toMatchObject({ text: '1', color: BADGE_FAILED_COLOR });
  });
});
