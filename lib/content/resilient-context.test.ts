// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runResilient } from './resilient-context';

/** What a LinkedIn page script can do: announce a "newer" copy of our content script. */
function forgeStartedEvent(name: string) {
  document.dispatchEvent(
    // WXT keeps the event's name private; it is no secret to a page (extension id + entrypoint).
    new CustomEvent(
      (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
        .SCRIPT_STARTED_MESSAGE_TYPE,
      {
        detail: { contentScriptName: name, messageId: 'forged' },
      },
    ),
  );
}

describe('runResilient', () => {
  it('starts again on a fresh context when the page forges a retirement', async () => {
    fakeBrowser.reset();
    const contexts: ContentScriptContext[] = [];
    runResilient('linkedin', new ContentScriptContext('linkedin'), (ctx) => contexts.push(ctx));
    expect(contexts).toHaveLength(1);
    forgeStartedEvent('linkedin');
    await Promise.resolve();
    expect(contexts[0]?.isInvalid).toBe(true);
    expect(contexts).toHaveLength(2);
    expect(contexts[1]?.isValid).toBe(true);
  });

  it('stays stopped when the extension itself went away', async () => {
    const contexts: ContentScriptContext[] = [];
    runResilient('linkedin', new ContentScriptContext('linkedin'), (ctx) => contexts.push(ctx));
    const id = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    contexts[0]?.abort('extension updated');
    await Promise.resolve();
    expect(contexts).toHaveLength(1);
    id.mockRestore();
  });
});
