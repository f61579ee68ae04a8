import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/lib/storage/preferences';
import { BUILT_IN_CADENCE } from '@/lib/tasks/cadence-schema';
import { fakeProfile } from '@/tests/support/test-probe';
import { buildQuickCadence } from './quick-cadence';

const now = new Date(2026, 10, 28, 14, 0);
const ada = fakeProfile({
  fullName: 'Ada Lovelace',
  firstName: 'Ada',
  lastName: 'Lovelace',
  currentCompany: 'Engines Ltd',
  profileUrl: 'https://www.linkedin.com/in/ada-l/',
  publicIdentifier: 'ada-l',
});
const input = { read: ada, settings: defaultSettings, templates: {}, now };

describe('buildQuickCadence', () => {
  it('queues every step of the built-in cadence', () => {
    const built = buildQuickCadence({ ...input, cadence: BUILT_IN_CADENCE });
    expect(built.ok && built.submissions.map((s) => s.task.content_text)).toEqual([
      'Send Ada a connection request',
      'Message Ada after the connection request (2/3)',
      'Call Ada Lovelace (Engines Ltd)',
    ]);
  });

  it('refuses a cadence whose step ends mid-sentence: nobody would finish it', () => {
    const steps = BUILT_IN_CADENCE.steps.map((step) =>
      step.id === 'message' ? { ...step, template: 'Message {first_name} about ' } : step,
    );
    const cadence = { ...BUILT_IN_CADENCE, steps };
    expect(buildQuickCadence({ ...input, cadence })).toStrictEqual({
      ok: false,
      reason:
        'Step 2 of “Connect, then follow up” is blank or unfinished. Finish it in Options, or use the form.',
    });
  });
});
