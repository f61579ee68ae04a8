import { describe, expect, it } from 'vitest';
import type { StepResult } from '@/lib/messaging';
import { batchOutcome } from './batch-outcome';

const url = (slug: string) => `https://www.linkedin.com/in/${slug}/`;
const step = (slug: string, state: StepResult['state'], reason = 'Stardex is busy'): StepResult => {
  const item = { person: { profileUrl: url(slug) } } as never;
  return state === 'created' ? { state, item } : { state, item, reason };
};

describe('batchOutcome', () => {
  it('counts people, not tasks: a person is in Stardex once all their tasks are', () => {
    const outcome = batchOutcome({
      state: 'accepted',
      steps: [step('ada', 'created'), step('ada', 'created'), step('bo', 'created'), step('bo', 'queued')],
    });
    expect(outcome).toEqual({
      state: 'queued',
      line: '2 people queued: 1 in Stardex, 1 on their way',
      reason: 'Stardex is busy; the rest will be sent automatically',
      inStardex: [url('ada')],
    });
  });

  it('says all are in Stardex when they are', () => {
    const outcome = batchOutcome({
      state: 'accepted',
      steps: [step('ada', 'created'), step('bo', 'created')],
    });
    expect(outcome).toMatchObject({ state: 'created', line: '2 people queued: 2 in Stardex', reason: null });
  });

  it('names the people who need attention', () => {
    const outcome = batchOutcome({
      state: 'accepted',
      steps: [step('ada', 'failed', 'Stardex refused the owner'), step('bo', 'created')],
    });
    expect(outcome).toMatchObject({
      line: '2 people queued: 1 in Stardex, 1 needs attention',
      reason: 'Stardex refused the owner; see Options → Outbox',
    });
  });

  it('passes a refusal of the whole batch on in words', () => {
    expect(batchOutcome({ state: 'invalid', reason: 'The outbox is full' })).toEqual({
      state: 'failed',
      reason: 'The outbox is full',
    });
  });
});
