// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { onMessage } from '@/lib/message-channel';
import { linkTextOf, registerContextLinkText, textForLink } from './context-link-text';

vi.mock('@/lib/message-channel', () => ({ onMessage: vi.fn(() => () => undefined) }));

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

describe('registerContextLinkText', () => {
  it('answers with the text of the link right-clicked last, and stops on abort', () => {
    document.body.innerHTML =
      '<ul><li><a id="a" href="https://www.linkedin.com/in/ada/"><span>Ada Lovelace</span></a></li></ul>';
    const stop = vi.fn();
    vi.mocked(onMessage).mockReturnValue(stop);
    const controller = new AbortController();
    registerContextLinkText(controller.signal);
    const handler = vi.mocked(onMessage).mock.calls[0]?.[1] as (m: { data: { linkUrl: string } }) => {
      text: string;
    };
    const ask = (linkUrl: string) => handler({ data: { linkUrl } }).text;

    expect(ask('https://www.linkedin.com/in/ada/')).toBe('');
    document.querySelector('span')?.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));
    expect(ask('https://www.linkedin.com/in/ada/')).toBe('Ada Lovelace');
    document.body.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));
    expect(ask('https://www.linkedin.com/in/ada/')).toBe('');

    controller.abort();
    expect(stop).toHaveBeenCalled();
  });
});
