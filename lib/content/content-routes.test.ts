import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageName } from '@/lib/messaging';
import { backgroundMessages } from '@/lib/protocol/background-messages';
import { contentMessages, noData } from '@/lib/protocol/content-messages';
import { type ContentHandlers, registerContentRoutes } from './content-routes';

const ID = fakeBrowser.runtime.id;
const background = { id: ID, url: `chrome-extension://${ID}/background.js` };
const popup = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const otherTab = {
  id: ID,
  url: 'https://www.linkedin.com/in/x/',
  tab: { id: 3, url: 'https://www.linkedin.com/in/x/' },
};
const foreign = { id: 'another-extension', url: 'chrome-extension://another-extension/background.js' };

const answers: string[] = [];
const handlers: ContentHandlers = {
  readCurrentProfile: () => {
    answers.push('readCurrentProfile');
    return { kind: 'not-a-profile', reason: 'test' } as never;
  },
  pageButtonSetting: ({ enabled }) => {
    answers.push(`pageButtonSetting:${enabled}`);
    return true;
  },
  getContextLinkText: ({ linkUrl }) => ({ text: `text of ${linkUrl}` }),
  readCurrentList: () => {
    answers.push('readCurrentList');
    return { kind: null, rows: [] };
  },
};

async function send(type: MessageName, data: unknown, sender: object) {
  const replies = await fakeBrowser.runtime.onMessage.trigger(
    { id: 1, type, data, timestamp: Date.now() },
    sender,
  );
  return replies as { res?: unknown; err?: { message: string } }[];
}

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  answers.length = 0;
  fakeBrowser.reset();
});

describe('registerContentRoutes', () => {
  it('answers this extension (background and pages) with the validated request', async () => {
    registerContentRoutes(handlers, controller.signal);
    expect((await send('getContextLinkText', { linkUrl: 'https://x.example/' }, background))[0]).toEqual({
      res: { text: 'text of https://x.example/' },
    });
    expect((await send('readCurrentProfile', undefined, popup))[0]).toMatchObject({
      res: { kind: 'not-a-profile' },
    });
    expect((await send('pageButtonSetting', { enabled: false }, background))[0]).toEqual({ res: true });
    const popupInTab = { ...popup, tab: { id: 4, url: popup.url } };
    expect((await send('readCurrentProfile', undefined, popupInTab))[0]).toMatchObject({
      res: { kind: 'not-a-profile' },
    });
    expect(answers).toEqual(['readCurrentProfile', 'pageButtonSetting:false', 'readCurrentProfile']);
  });

  it('refuses other extensions, content scripts of tabs and malformed requests, without acting', async () => {
    // (An extension page in a tab is this extension: Firefox gives the popup opened as a page a tab.)
    registerContentRoutes(handlers, controller.signal);
    for (const sender of [foreign, otherTab, { id: ID, url: 'https://evil.example/' }]) {
      expect((await send('readCurrentProfile', undefined, sender))[0]?.err?.message).toMatch(/not allowed/);
    }
    expect((await send('readCurrentProfile', { url: 'https://evil.example/' }, popup))[0]?.err?.message).toBe(
      'Refused readCurrentProfile: invalid request',
    );
    expect((await send('pageButtonSetting', { enabled: 'no' }, background))[0]?.err?.message).toMatch(
      /invalid/,
    );
    expect(answers).toEqual([]);
  });

  it('answers exactly the messages declared as its own, and stops on abort', async () => {
    registerContentRoutes(handlers, controller.signal);
    for (const name of [
      ...Object.keys(backgroundMessages),
      ...Object.keys(contentMessages),
    ] as MessageName[]) {
      const replies = await send(name, undefined, foreign);
      if (name in contentMessages) expect(replies[0]?.err?.message, name).toMatch(/not allowed/);
      else expect(replies.filter(Boolean), name).toEqual([]);
    }
    controller.abort();
    expect((await send('readCurrentProfile', undefined, popup)).filter(Boolean)).toEqual([]);
  });

  it('answers no inherited name (constructor, toString, __proto__), whoever asks', async () => {
    registerContentRoutes(handlers, controller.signal);
    for (const type of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      for (const sender of [popup, background]) {
        expect((await send(type as MessageName, undefined, sender)).filter(Boolean), type).toEqual([]);
      }
    }
    expect(answers).toEqual([]);
  });

  it('accepts for "no data" exactly what the schema does', () => {
    const samples: unknown[] = [undefined, null, {}, { a: 1 }, [], '', 0];
    const accepted = samples.filter((s) => noData.safeParse(s).success);
    expect(accepted).toEqual([undefined, null, {}]);
  });
});
