/**
 * What one "Create N tasks" on a list became, per person, in words: "3 people queued: 1 in
 * Stardex, 2 on their way". A person is in Stardex once all their tasks are; one step refused
 * is a person needing attention (Options → Outbox shows which).
 */
import type { SubmitRun } from '@/lib/messaging';

export type BatchOutcome =
  | { state: 'failed'; reason: string }
  | {
      state: 'created' | 'queued';
      line: string;
      /** Why some are still on their way or need attention; null when all are in Stardex. */
      reason: string | null;
      /** Profile URLs of the people whose tasks are all in Stardex. */
      inStardex: string[];
    };

const people = (n: number) => (n === 1 ? '1 person' : `${n} people`);

export function batchOutcome(result: SubmitRun): BatchOutcome {
  if (result.state === 'invalid') return { state: 'failed', reason: result.reason };
  const byPerson = new Map<string, string[]>();
  for (const step of result.steps) {
    if (step.item.kind === 'activity') continue;
    const url = step.item.person.profileUrl;
    byPerson.set(url, [...(byPerson.get(url) ?? []), step.state]);
  }
  const states = [...byPerson.entries()];
  const done = states.filter(([, s]) => s.every((state) => state === 'created')).map(([url]) => url);
  const failed = states.filter(([, s]) => s.includes('failed')).length;
  const waiting = states.length - done.length - failed;
  const parts = [`${done.length} in Stardex`];
  if (waiting > 0) parts.push(`${waiting} on their way`);
  if (failed > 0) parts.push(`${failed} need${failed === 1 ? 's' : ''} attention`);
  const line = `${people(states.length)} queued: ${parts.join(', ')}`;
  if (done.length === states.length) return { state: 'created', line, reason: null, inStardex: done };
  const why = result.steps.find((s) => s.state !== 'created');
  const reason = [
    why && 'reason' in why ? why.reason : null,
    failed > 0 ? 'see Options → Outbox' : 'the rest will be sent automatically',
  ]
    .filter(Boolean)
    .join('; ');
  return { state: 'queued', line, reason, inStardex: done };
}
