import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '@/lib/storage/preferences';
import type { Draft } from './draft';
import { DUE_UNREAD } from './due-entry';
import {
  type FormValues,
  initialOwnerIds,
  initialValues,
  toDraft,
  toSubmission,
  UNFINISHED_TEXT,
  validateForm,
  withTaskType,
} from './form-state';
import { templateValues } from './template';

const ME = '11111111-1111-4111-8111-111111111111';
const BOSS = '22222222-2222-4222-8222-222222222222';
const values = templateValues({
  fullName: 'Ada Lovelace',
  firstName: 'Ada',
  lastName: 'Lovelace',
  currentTitle: null,
  currentCompany: 'Engines',
});
const settings: Settings = { ...defaultSettings, meTeamMemberId: ME };
const now = new Date(2026, 10, 28, 12, 0);
const noLastUsed = { taskType: null, ownerIds: null };
const person = {
  profileUrl: 'https://www.linkedin.com/in/ada-l/',
  fullName: 'Ada Lovelace',
  firstName: 'Ada',
  lastName: 'Lovelace',
  headline: null,
  currentTitle: null,
  currentCompany: 'Engines',
  location: null,
};

describe('initialOwnerIds', () => {
  it('prefers the last used, then the default owners, then me', () => {
    expect(initialOwnerIds(settings, { taskType: null, ownerIds: [BOSS] })).toEqual([BOSS]);
    expect(initialOwnerIds({ ...settings, defaultOwnerIds: [BOSS, ME] }, noLastUsed)).toEqual([BOSS, ME]);
    expect(initialOwnerIds(settings, noLastUsed)).toEqual([ME]);
    expect(initialOwnerIds(defaultSettings, noLastUsed)).toEqual([]);
  });
});

describe('initialValues', () => {
  it('starts a fresh form from settings and the filled template', () => {
    const form = initialValues({
      settings,
      lastUsed: noLastUsed,
      templates: { linkedin_message: 'Hi {first_name} at {company}' },
      values,
      draft: null,
      now,
    });
    expect(form.taskType).toBe('linkedin_message');
    expect(form.contentText).toBe('Hi Ada at Engines');
    expect(form.textEdited).toBe(false);
    expect(form.dueText).toBe('Tomorrow');
    expect(new Date(form.dueIso as string).getDate()).toBe(29);
    expect(form.ownerIds).toEqual([ME]);
  });

  it('remembers the last task type', () => {
    const form = initialValues({
      settings,
      lastUsed: { taskType: 'call', ownerIds: null },
      templates: {},
      values,
      draft: null,
      now,
    });
    expect(form.taskType).toBe('call');
  });

  it('restores a draft as it was typed', () => {
    const draft: Draft = {
      taskType: 'text',
      contentText: 'half-written',
      clipped: false,
      clientId: null,
      textEdited: true,
      dueText: 'next tue 9am',
      dueIso: '2026-12-01T17:00:00.000Z',
      dueError: null,
      ownerIds: [BOSS],
      job: { id: 'j', label: 'Job' },
      deal: null,
      client: null,
      personName: 'Ada Lovelace',
      updatedAt: 1,
    };
    const form = initialValues({ settings, lastUsed: noLastUsed, templates: {}, values, draft, now });
    expect(form).toMatchObject({
      taskType: 'text',
      contentText: 'half-written',
      dueText: 'next tue 9am',
      ownerIds: [BOSS],
      job: { id: 'j' },
    });
    expect(toDraft(form, 'Ada Lovelace', 1)).toEqual(draft);
  });
});

describe('a refused due entry', () => {
  const base = initialValues({ settings, lastUsed: noLastUsed, templates: {}, values, draft: null, now });
  const refused: FormValues = { ...base, dueText: 'asdf', dueIso: null, dueError: 'Not understood.' };

  it('is kept in the draft and refuses Create again once restored', () => {
    const draft = toDraft(refused, 'Ada Lovelace', 1);
    const restored = initialValues({ settings, lastUsed: noLastUsed, templates: {}, values, draft, now });
    expect(restored).toMatchObject({ dueText: 'asdf', dueIso: null, dueError: 'Not understood.' });
    expect(validateForm(restored).due_date).toBe('Not understood.');
  });

  it('is read again from a draft stored before drafts kept the refusal', () => {
    const { dueError: _none, ...older } = toDraft(refused, 'Ada Lovelace', 1);
    const restored = initialValues({
      settings,
      lastUsed: noLastUsed,
      templates: {},
      values,
      draft: older,
      now,
    });
    expect(restored.dueError).toBe(DUE_UNREAD);
    expect(validateForm(restored).due_date).toBeTruthy();
  });
});

describe('withTaskType', () => {
  const base = initialValues({ settings, lastUsed: noLastUsed, templates: {}, values, draft: null, now });

  it('replaces untouched template text with the new type’s template', () => {
    const next = withTaskType(base, 'call', { call: 'Call {first_name}' }, values);
    expect(next.contentText).toBe('Call Ada');
  });

  it('keeps text the recruiter edited', () => {
    const edited: FormValues = { ...base, contentText: 'My own words', textEdited: true };
    expect(withTaskType(edited, 'call', { call: 'Call {first_name}' }, values).contentText).toBe(
      'My own words',
    );
  });
});

describe('validateForm and toSubmission', () => {
  const base = initialValues({ settings, lastUsed: noLastUsed, templates: {}, values, draft: null, now });

  it('refuses a template left unfinished until the recruiter finishes it', () => {
    const half = { ...base, contentText: 'Message Ada on LinkedIn about ', textEdited: false };
    expect(validateForm(half).content_text).toBe(UNFINISHED_TEXT);
    expect(
      validateForm({ ...half, contentText: 'Message Ada on LinkedIn about the role', textEdited: true }),
    ).toEqual({});
  });

  it('refuses empty text and a due entry it could not read', () => {
    expect(validateForm({ ...base, contentText: '  \n ' }).content_text).toBeTruthy();
    expect(validateForm({ ...base, dueError: 'Not understood' }).due_date).toBe('Not understood');
    expect(validateForm(base)).toEqual({});
  });

  it('builds the submission with Stardex field names', () => {
    const form: FormValues = { ...base, contentText: '  Say hi  ', deal: { id: 'd1', label: 'Deal' } };
    const submission = toSubmission(form, person, 'c1');
    expect(submission).toEqual({
      clientId: 'c1',
      person,
      task: {
        task_type: 'linkedin_message',
        content_text: 'Say hi',
        due_date: base.dueIso,
        owner_ids: [ME],
        job_id: null,
        deal_id: 'd1',
        client_id: null,
      },
    });
  });
});
