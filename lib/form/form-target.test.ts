import { describe, expect, it } from 'vitest';
import { linkPopupTarget, nameFromLinkText, nameFromSlug, parseFormTarget, popupUrl } from './form-target';

describe('nameFromLinkText', () => {
  it.each([
    ['Ada Lovelace', 'Ada Lovelace'],
    ['  Ada   Lovelace \n Analyst at Engines Ltd ', 'Ada Lovelace'],
    ['\n\nAda Lovelace\n• 2nd', 'Ada Lovelace'],
    ['Ada Lovelace • 3rd+', 'Ada Lovelace'],
    ['View Ada Lovelace’s profile', 'Ada Lovelace'],
    ["Ada Lovelace's profile", 'Ada Lovelace'],
    ['https://www.linkedin.com/in/ada/', ''],
    ['', ''],
    [undefined, ''],
  ])('%j → %j', (text, name) => {
    expect(nameFromLinkText(text)).toBe(name);
  });

  it('caps very long text', () => {
    expect(nameFromLinkText('x'.repeat(500))).toHaveLength(120);
  });
});

describe('popupUrl / parseFormTarget', () => {
  it('round-trips a link target with a name that needs escaping', () => {
    const target = {
      tabId: 42,
      link: { profileUrl: 'https://www.linkedin.com/in/ada-l/', name: 'Zoë & Ada' },
    };
    const url = popupUrl(target);
    expect(url.startsWith('/popup.html?tab=42&profileUrl=')).toBe(true);
    expect(parseFormTarget(url.slice(url.indexOf('?')))).toStrictEqual(target);
  });

  it('is the plain popup with no target', () => {
    expect(popupUrl({})).toBe('/popup.html');
    expect(parseFormTarget('')).toStrictEqual({});
  });

  it('keeps the tab alone', () => {
    expect(parseFormTarget(popupUrl({ tabId: 7 }).split('?')[1] ?? '')).toStrictEqual({ tabId: 7 });
  });

  it('normalizes the profile URL and drops malformed parameters', () => {
    expect(
      parseFormTarget('?tab=abc&profileUrl=https%3A%2F%2Fde.linkedin.com%2Fin%2FAda-L%3Fx%3D1&name='),
    ).toStrictEqual({ link: { profileUrl: 'https://www.linkedin.com/in/ada-l/', name: '' } });
    expect(parseFormTarget('?profileUrl=https%3A%2F%2Fevil.example%2Fin%2Fada')).toStrictEqual({});
  });
});

describe('nameFromSlug', () => {
  it.each([
    ['https://www.linkedin.com/in/ada-lovelace-1815/', 'Ada Lovelace'],
    ['https://www.linkedin.com/in/noor-haddad-0a1b2c3d/', 'Noor Haddad'],
    ['https://www.linkedin.com/in/in%C3%AAs-carvalho/', 'Inês Carvalho'],
    ['https://www.linkedin.com/in/felixbrandt/', 'Felixbrandt'],
    ['https://www.linkedin.com/company/x/', ''],
  ])('%s → %j', (url, name) => {
    expect(nameFromSlug(url)).toBe(name);
  });
});

describe('linkPopupTarget', () => {
  it('is the person when the link had a name', () => {
    const target = linkPopupTarget(
      popupUrl({
        tabId: 1,
        link: { profileUrl: 'https://www.linkedin.com/in/ada-l/', name: 'Ada Lovelace' },
      }).split('?')[1] ?? '',
    );
    expect(target).toMatchObject({
      kind: 'person',
      person: { profileUrl: 'https://www.linkedin.com/in/ada-l/', fullName: 'Ada Lovelace' },
    });
  });

  it('asks to check a name guessed from the URL when the link had none', () => {
    const target = linkPopupTarget('?profileUrl=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fada-lovelace-1815%2F');
    expect(target).toStrictEqual({
      kind: 'manual',
      reason: 'Check the name of the person this link is about.',
      name: 'Ada Lovelace',
      url: 'https://www.linkedin.com/in/ada-lovelace-1815/',
    });
  });

  it('is null for the plain popup', () => {
    expect(linkPopupTarget('?tab=3')).toBeNull();
  });
});
