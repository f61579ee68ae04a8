import { describe, expect, it } from 'vitest';
import { logSubmission, submission } from '@/tests/support/outbox-test-kit';
import { runRefusal } from './submit';

const batch = (people: number) => ({ id: 'batch-1', people });

describe('which runs the background queues', () => {
  it('tasks for several people only as one batch that counts them all', () => {
    expect(runRefusal([submission(1), submission(2)])).toMatch(/one batch/);
    expect(runRefusal([{ ...submission(1), batch: batch(2) }, submission(2)])).toMatch(/one batch/);
    expect(
      runRefusal([
        { ...submission(1), batch: batch(3) },
        { ...submission(2), batch: batch(3) },
      ]),
    ).toMatch(/one batch/);
    expect(
      runRefusal([
        { ...submission(1), batch: batch(2) },
        { ...submission(2), batch: batch(2) },
      ]),
    ).toBeNull();
  });

  it('a logged touch on its own', () => {
    expect(runRefusal([logSubmission(1)])).toBeNull();
    expect(runRefusal([logSubmission(1), submission(1)])).toMatch(/on its own/);
  });
});
