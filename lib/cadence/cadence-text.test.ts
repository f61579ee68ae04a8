import { describe, expect, it } from 'vitest';
import { templateValues, templateVariables } from '@/lib/form/template';
import { cadenceVariableHints, cadenceVariables, fillStepTemplate } from './cadence-text';

const ada = templateValues({
  fullName: 'Ada Lovelace',
  firstName: 'Ada',
  lastName: 'Lovelace',
  currentTitle: 'Analyst',
  currentCompany: 'Engines Ltd',
});
const nobody = templateValues({
  fullName: 'Ada Lovelace',
  firstName: null,
  lastName: null,
  currentTitle: null,
  currentCompany: null,
});

describe('fillStepTemplate', () => {
  it('fills the step number (1-based) and the step count', () => {
    expect(
      fillStepTemplate('Message {first_name} after the connection request ({step}/{steps})', ada, 1, 3),
    ).toBe('Message Ada after the connection request (2/3)');
    expect(fillStepTemplate('{step}{step} of {steps}', ada, 0, 1)).toBe('11 of 1');
  });

  it('fills the usual variables as the single-task form does', () => {
    expect(fillStepTemplate('{first_name}|{last_name}|{full_name}|{company}|{title}', ada, 0, 3)).toBe(
      'Ada|Lovelace|Ada Lovelace|Engines Ltd|Analyst',
    );
    // The trailing space stays, as in the single-task form (the task schema trims on submit).
    expect(fillStepTemplate('Call {full_name} ({company})', nobody, 2, 3)).toBe('Call Ada Lovelace ');
  });

  it('leaves unknown variables (typos) visible', () => {
    expect(fillStepTemplate('Step {stpe} of {steps}', ada, 0, 2)).toBe('Step {stpe} of 2');
  });

  it('does not treat braces in a person’s name as variables', () => {
    const odd = templateValues({
      fullName: 'Ada {steps}',
      firstName: null,
      lastName: null,
      currentTitle: null,
      currentCompany: null,
    });
    expect(fillStepTemplate('Hi {full_name} ({step})', odd, 0, 3)).toBe('Hi Ada {steps} (1)');
  });
});

describe('cadenceVariables', () => {
  it('lists the usual variables, then step and steps, each with a hint', () => {
    expect(cadenceVariables).toStrictEqual([...templateVariables, 'step', 'steps']);
    for (const name of cadenceVariables) expect(cadenceVariableHints[name]).not.toBe('');
  });
});
