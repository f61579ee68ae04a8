import { describe, expect, it } from 'vitest';
import { OUTBOX_LIMITS } from '@/lib/outbox/outbox';
import { newItem } from '@/lib/outbox/outbox-state';
import { outboxKit, submission } from '@/tests/support/outbox-test-kit';

describe('outbox limits', () => {
  it('refuses a submission past the item bound in words, and keeps everything already queued', async () => {
    const kit = outboxKit();
    kit.store.items = Array.from({ length: OUTBOX_LIMITS.items }, (_, i) => ({
      ...newItem(submission(i), i),
      state: 'failed' as const,
    }));
    const before = structuredClone(kit.store.items);
    await expect(kit.outbox.submit(submission(9))).rejects.toThrow(
      /already holds 500 tasks that have not reached Stardex\. Open Options → Outbox/,
    );
    expect(kit.store.items).toStrictEqual(before);
  });

  it('refuses past the byte bound (a few thousand long tasks)', async () => {
    const kit = outboxKit();
    const long = submission(1, 'x'.repeat(10_000));
    kit.store.items = Array.from({ length: 420 }, (_, i) => ({
      ...newItem({ ...long, clientId: crypto.randomUUID() }, i),
      state: 'retrying' as const,
    }));
    await expect(kit.outbox.submit(submission(2, 'y'.repeat(10_000)))).rejects.toThrow(
      /past 4 MB of this device's storage/,
    );
    expect(kit.store.items).toHaveLength(420);
  });

  it("turns the browser's quota error into what to do", async () => {
    const kit = outboxKit();
    kit.store.write = async () => {
      throw new Error('Resource::kQuotaBytes quota exceeded');
    };
    await expect(kit.outbox.submit(submission())).rejects.toThrow(
      'This browser has no room left in the extension’s storage for the task. Discard waiting tasks in Options → Outbox; this task stays in the form.',
    );
  });
});
