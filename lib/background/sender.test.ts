import { describe, expect, it } from 'vitest';
import { classifySender, type ExtensionIdentity, type MessageSenderLike } from '@/lib/background/sender';
import { backgroundMessages } from '@/lib/protocol/background-messages';
import { maySend } from '@/lib/protocol/router';

const self: ExtensionIdentity = {
  id: 'ext',
  baseUrl: 'chrome-extension://ext/',
  optionsUrl: 'chrome-extension://ext/options.html',
};
const tab = (url: string) => ({ id: 'ext', url, tab: { url } });

describe('classifySender', () => {
  it('tells the options page, other extension pages and LinkedIn content scripts apart', () => {
    expect(classifySender({ id: 'ext', url: 'chrome-extension://ext/options.html#key' }, self)).toBe(
      'options',
    );
    expect(classifySender({ id: 'ext', url: 'chrome-extension://ext/popup.html' }, self)).toBe(
      'extension-page',
    );
    expect(classifySender(tab('https://www.linkedin.com/in/x/'), self)).toBe('linkedin-tab');
    expect(classifySender(tab('https://de.linkedin.com/in/x/'), self)).toBe('linkedin-tab');
  });

  it('refuses everything else', () => {
    expect(classifySender({ id: 'other', url: 'chrome-extension://other/options.html' }, self)).toBeNull();
    expect(classifySender({ id: 'ext', url: 'chrome-extension://other/popup.html' }, self)).toBeNull();
    expect(classifySender(tab('http://www.linkedin.com/in/x/'), self)).toBeNull();
    expect(classifySender(tab('https://linkedin.com.evil.example/in/x/'), self)).toBeNull();
    expect(classifySender({ id: 'ext', url: 'https://www.linkedin.com/in/x/' }, self)).toBeNull();
    expect(classifySender({ id: 'ext' }, self)).toBeNull();
  });
});

describe('the routes, for the senders classifySender tells apart', () => {
  const isAllowedSender = (
    name: keyof typeof backgroundMessages,
    sender: MessageSenderLike,
    identity: ExtensionIdentity,
  ) => maySend(backgroundMessages[name], classifySender(sender, identity));
  it('gives a LinkedIn content script the page button setting only; the key and the outbox stay with extension pages', () => {
    const li = tab('https://www.linkedin.com/in/x/');
    expect(isAllowedSender('getPageButtonSetting', li, self)).toBe(true);
    expect(isAllowedSender('submit', li, self)).toBe(false);
    expect(isAllowedSender('searchRecords', li, self)).toBe(false);
    expect(isAllowedSender('lookupPerson', li, self)).toBe(false);
    expect(isAllowedSender('testConnection', li, self)).toBe(false);
    expect(isAllowedSender('discardOutboxItem', li, self)).toBe(false);
    expect(
      isAllowedSender('testConnection', { id: 'ext', url: 'chrome-extension://ext/popup.html' }, self),
    ).toBe(false);
    expect(
      isAllowedSender('testConnection', { id: 'ext', url: 'chrome-extension://ext/options.html' }, self),
    ).toBe(true);
  });
});
