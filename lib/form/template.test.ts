import { describe, expect, it } from 'vitest';
import { defaultTemplates, fillTemplate, isUnfinishedText, templateFor, templateValues } from './template';

const ada = templateValues({
  fullName: 'Ada Lovelace',
  firstName: 'Ada',
  lastName: 'Lovelace',
  currentTitle: 'Analyst',
  currentCompany: 'Engines Ltd',
});

describe('fillTemplate', () => {
  it('fills every variable', () => {
    expect(fillTemplate('{first_name}|{last_name}|{full_name}|{company}|{title}', ada)).toBe(
      'Ada|Lovelace|Ada Lovelace|Engines Ltd|Analyst',
    );
  });

  it('leaves unknown variables visible and tidies empty ones', () => {
    const noCompany = templateValues({
      fullName: 'Ada Lovelace',
      firstName: null,
      lastName: null,
      currentTitle: null,
      currentCompany: null,
    });
    expect(fillTemplate('Hi {frist_name}', noCompany)).toBe('Hi {frist_name}');
    expect(fillTemplate('Call {full_name} ({company}) today', noCompany)).toBe('Call Ada Lovelace today');
  });

  it('keeps RTL and non-Latin names intact', () => {
    const values = templateValues({
      fullName: 'سارا احمدی',
      firstName: null,
      lastName: null,
      currentTitle: null,
      currentCompany: null,
    });
    expect(fillTemplate('Text {first_name}', values)).toBe('Text سارا');
  });
});

describe('templateValues', () => {
  it('guesses first and last name from the full name when the reader had none', () => {
    const v = templateValues({
      fullName: ' Grace  Brewster Hopper ',
      firstName: null,
      lastName: null,
      currentTitle: null,
      currentCompany: null,
    });
    expect(v.first_name).toBe('Grace');
    expect(v.last_name).toBe('Brewster Hopper');
    expect(v.full_name).toBe('Grace  Brewster Hopper');
  });

  it('uses a single-word name as the first name', () => {
    expect(
      templateValues({
        fullName: 'Cher',
        firstName: null,
        lastName: null,
        currentTitle: null,
        currentCompany: null,
      }),
    ).toMatchObject({
      first_name: 'Cher',
      last_name: '',
    });
  });
});

describe('templateFor', () => {
  it('prefers the user’s own template unless it is blank', () => {
    expect(templateFor('call', { call: 'Ring {first_name}' })).toBe('Ring {first_name}');
    expect(templateFor('call', { call: '   ' })).toBe(defaultTemplates.call);
    expect(templateFor('text', {})).toBe(defaultTemplates.text);
  });
});

describe('defaultTemplates', () => {
  it('are whole sentences for anyone, with or without a company', () => {
    const noCompany = templateValues({
      fullName: 'Henrike Albers',
      firstName: null,
      lastName: null,
      currentTitle: null,
      currentCompany: null,
    });
    for (const template of Object.values(defaultTemplates)) {
      expect(isUnfinishedText(fillTemplate(template, ada))).toBe(false);
      expect(isUnfinishedText(fillTemplate(template, noCompany))).toBe(false);
    }
    expect(fillTemplate(defaultTemplates.linkedin_message, noCompany)).toBe(
      'Message Henrike on LinkedIn to follow up',
    );
  });
});

describe('isUnfinishedText', () => {
  it('sees a text that stops where the recruiter’s words should go', () => {
    for (const text of [
      'Message Henrike on LinkedIn about ',
      'Message Henrike on LinkedIn about',
      'Intro call with',
      'Ask about: ',
      'Pitch the role —',
      'Follow up on…',
      'Follow up on...',
      'Hi {frist_name}, thanks',
    ]) {
      expect(isUnfinishedText(text), text).toBe(true);
    }
  });

  it('takes a whole sentence as finished', () => {
    for (const text of [
      'Message Henrike on LinkedIn to follow up',
      'Call Ada Lovelace (Engines Ltd)',
      'Send Ada a connection request',
      'Ask what Ada is working on',
      'Text Ada',
      'Follow up with Ada Lovelace.',
    ]) {
      expect(isUnfinishedText(text), text).toBe(false);
    }
  });
});
