import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/lib/storage/preferences';
import { fakeProfile } from '@/tests/support/test-probe';
import { buildQuickTask, quickNotice } from './quick-task';

const ME = '4b0d6f0e-8c1e-4c4f-9a51-1f2d3c4b5a61';
const CLIENT_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const now = new Date(2026, 10, 28, 14, 0);
const ada = fakeProfile({
  fullName: 'Ada Lovelace',
  firstName: 'Ada',
  lastName: 'Lovelace',
  currentCompany: 'Engines Ltd',
  profileUrl: 'https://www.linkedin.com/in/ada-l/',
  publicIdentifier: 'ada-l',
});

describe('buildQuickTask', () => {
  it('refuses a template that leaves the end of the sentence to the recruiter', () => {
    const built = buildQuickTask({
      read: ada,
      settings: { ...defaultSettings, defaultTaskType: 'linkedin_message' },
      templates: { linkedin_message: 'Message {first_name} about ' },
      now,
      clientId: CLIENT_ID,
    });
    expect(built).toStrictEqual({
      ok: false,
      reason:
        'Your LinkedIn message template is unfinished (“Message Ada about”). Finish it in Options, or use the form.',
    });
  });

  it('builds the default task: default type, its template, default due and owners', () => {
    const settings = {
      ...defaultSettings,
      defaultTaskType: 'call' as const,
      defaultDuePick: 'today' as const,
      defaultDueTime: '16:30',
      meTeamMemberId: ME,
    };
    const built = buildQuickTask({
      read: ada,
      settings,
      templates: { call: 'Ring {first_name} at {company}' },
      now,
      clientId: CLIENT_ID,
    });
    expect(built).toStrictEqual({
      ok: true,
      submission: {
        clientId: CLIENT_ID,
        person: {
          profileUrl: 'https://www.linkedin.com/in/ada-l/',
          fullName: 'Ada Lovelace',
          firstName: 'Ada',
          lastName: 'Lovelace',
          headline: null,
          currentTitle: null,
          currentCompany: 'Engines Ltd',
          location: null,
        },
        task: {
          task_type: 'call',
          content_text: 'Ring Ada at Engines Ltd',
          due_date: new Date(2026, 10, 28, 16, 30).toISOString(),
          owner_ids: [ME],
          job_id: null,
          deal_id: null,
          client_id: null,
        },
      },
    });
  });

  it('refuses pages that are not a profile, or a profile with no URL', () => {
    expect(
      buildQuickTask({
        read: { kind: 'not-a-profile', reason: 'feed' },
        settings: defaultSettings,
        templates: {},
        now,
        clientId: CLIENT_ID,
      }),
    ).toStrictEqual({
      ok: false,
      reason: 'Open a LinkedIn profile first.',
    });
    const noUrl = fakeProfile({ fullName: 'X' });
    expect(
      buildQuickTask({ read: noUrl, settings: defaultSettings, templates: {}, now, clientId: CLIENT_ID }).ok,
    ).toBe(false);
  });
});

describe('quickTaskNotice', () => {
  const built = buildQuickTask({
    read: ada,
    settings: defaultSettings,
    templates: {},
    now,
    clientId: CLIENT_ID,
  });
  const submission = built.ok ? built.submission : null;
  it('confirms, explains a queue, and flags failures', () => {
    expect(submission).not.toBeNull();
    if (!submission) return;
    const item = {} as never;
    const run = (step: object) => ({ state: 'accepted' as const, steps: [step as never] });
    expect(quickNotice([submission], null, run({ state: 'created', item }))).toStrictEqual({
      title: 'Stardex task added',
      message: 'LinkedIn message for Ada Lovelace',
      problem: false,
    });
    expect(quickNotice([submission], null, run({ state: 'queued', item, reason: 'Offline' })).message).toBe(
      'LinkedIn message for Ada Lovelace — Offline',
    );
    expect(quickNotice([submission], null, run({ state: 'failed', item, reason: 'Bad key' })).problem).toBe(
      true,
    );
    expect(
      quickNotice([], null, { state: 'skipped', reason: 'Open a LinkedIn profile first.' }),
    ).toStrictEqual({
      title: 'No quick task',
      message: 'Open a LinkedIn profile first.',
      problem: true,
    });
  });
});
