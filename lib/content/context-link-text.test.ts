// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { linkTextOf, textForLink, trackContextLinks } from './context-link-text';

describe('linkTextOf', () => {
  it('prefers visible text and falls back to the aria-label', () => {
    document.body.innerHTML =
      '<a id="a" href="https://www.linkedin.com/in/ada/"> Ada Lovelace </a><a id="b" href="/in/ada/" aria-label="View Ada Lovelace’s profile"><img alt=""></a>';
    expect(linkTextOf(document.getElementById('a') as HTMLAnchorElement)).toBe('Ada Lovelace');
    expect(linkTextOf(document.getElementById('b') as HTMLAnchorElement)).toBe('View Ada Lovelace’s profile');
  });
});

describe('textForLink', () => {
  it('answers only for the link that was right-clicked', () => {
    const last = { href: 'https://www.linkedin.com/in/ada/', text: 'Ada' };
    expect(textForLink(last, 'https://www.linkedin.com/in/ada/')).toBe('Ada');
    expect(textForLink(last, 'https://www.linkedin.com/in/bob/')).toBe('');
    expect(textForLink(null, 'https://www.linkedin.com/in/ada/')).toBe('');
  });
});

describe('trackContextLinks', () => {
  it('answers with the text of the link right-clicked last, and stops tracking on abort', () => {
    document.body.innerHTML =
      '<ul><li><a id="a" href="https://www.linkedin.com/in/ada/"><span>Ada Lovelace</span></a></li></ul>';
    const controller = new AbortController();
    const ask = trackContextLinks(controller.signal);
    const rightClick = (target: Element | null) =>
      target?.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));

    expect(ask('https://www.linkedin.com/in/ada/')).toBe('');
    rightClick(document.querySelector('span'));
    expect(ask('https://www.linkedin.com/in/ada/')).toBe('Ada Lovelace');
    rightClick(document.body);
    expect(ask('https://www.linkedin.com/in/ada/')).toBe('');

    controller.abort();
    rightClick(document.querySelector('span'));
    expect(ask('https://www.linkedin.com/in/ada/')).toBe('');
  });
});
