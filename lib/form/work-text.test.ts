import { describe, expect, it } from 'vitest';
import { copyRefusal, knownTaskType, workPlanOf } from './work-text';

const ada = {
  fullName: 'Ada Quillfeather',
  firstName: null,
  lastName: null,
  currentTitle: 'Staff Engineer',
  currentCompany: 'Brightwater',
};

describe('workPlanOf', () => {
  it('fills the task’s variables for this person and counts a message against LinkedIn', () => {
    const plan = workPlanOf(
      { taskType: 'linkedin_message', contentText: 'Hi {first_name}, how is {company}? ' },
      ada,
    );
    expect(plan).toEqual({
      touch: 'linkedin_message',
      linkedIn: 'linkedin_message',
      textLabel: 'Message to send',
      logLabel: 'Log as sent',
      startText: 'Hi Ada, how is Brightwater?',
    });
  });

  it('logs a call as a call, with nothing to paste in LinkedIn', () => {
    expect(workPlanOf({ taskType: 'call', contentText: 'Call {full_name}' }, ada)).toMatchObject({
      touch: 'call',
      linkedIn: null,
      logLabel: 'Log call',
      startText: 'Call Ada Quillfeather',
    });
  });

  it('works a type the extension does not know as "other"', () => {
    expect(knownTaskType('meeting')).toBe('other');
    expect(workPlanOf({ taskType: 'meeting', contentText: 'x' }, ada).touch).toBe('other');
  });
});

describe('copyRefusal', () => {
  it('refuses a connection note over 300 characters, before it is copied', () => {
    expect(copyRefusal('linkedin_connection', 'x'.repeat(300))).toBeNull();
    expect(copyRefusal('linkedin_connection', 'x'.repeat(301))).toBe(
      '301 characters: LinkedIn takes 300 in a connection note. Cut 1 before you copy.',
    );
    expect(copyRefusal(null, 'x'.repeat(20_000))).toBeNull();
  });
});
