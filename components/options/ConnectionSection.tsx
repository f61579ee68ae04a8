import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { devSandbox } from '@/lib/config';
import { sendMessage } from '@/lib/messaging';
import { parseBaseUrl as checkBaseUrl } from '@/lib/stardex/base-url-rule';
import { getApiKey, setApiKey } from '@/lib/storage/api-key';
import { apiBaseUrlItem } from '@/lib/storage/connection';
import { forgetKeyAndLocalData } from '@/lib/storage/forget';
import { keyInIndexedDb } from '@/lib/storage/secret-store';

type Note = { tone: 'success' | 'danger' | 'muted'; text: string } | null;

/**
 * Whether the browser allows `origin` (null: nothing to ask). Asked inside the click, as browsers
 * require; never up front in the manifest.
 */
async function allowed(origin: string | null): Promise<boolean> {
  if (origin === null) return true;
  return browser.permissions.request({ origins: [origin] }).catch(() => false);
}

/** API key (masked), base URL (advanced), Save, Test connection and "Forget key and local data". */
export function ConnectionSection() {
  const [apiKey, setKeyField] = useState('');
  const [baseUrl, setBaseUrl] = useState('');
  const [showKey, setShowKey] = useState(false);
  const [urlError, setUrlError] = useState<string | null>(null);
  const [saveNote, setSaveNote] = useState<Note>(null);
  const [testNote, setTestNote] = useState<Note>(null);
  const [confirmForget, setConfirmForget] = useState(false);
  const [keySaved, setKeySaved] = useState(true);
  const sandbox = devSandbox();

  useEffect(() => {
    void Promise.all([getApiKey(), apiBaseUrlItem.getValue()]).then(([key, url]) => {
      setKeyField(key);
      setKeySaved(key !== '');
      setBaseUrl(url);
    });
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    const checked = checkBaseUrl(baseUrl);
    if (!checked.ok) {
      setUrlError(checked.message);
      document.getElementById('sx-base-url')?.focus();
      return;
    }
    setUrlError(null);
    if (!(await allowed(checked.needsPermission))) {
      setSaveNote({
        tone: 'danger',
        text: `Not saved: the extension needs your permission to reach ${checked.value}.`,
      });
      return;
    }
    await Promise.all([setApiKey(apiKey), apiBaseUrlItem.setValue(checked.value)]);
    setKeySaved(apiKey.trim() !== '');
    setBaseUrl(checked.value);
    setSaveNote({ tone: 'success', text: 'Saved.' });
    setTestNote(null);
  };
  const test = async () => {
    const checked = checkBaseUrl(baseUrl);
    if (!checked.ok) {
      setUrlError(checked.message);
      return;
    }
    // A typed host gets the key only once the browser allows it (the background checks that too).
    if (!(await allowed(checked.needsPermission))) {
      setTestNote({
        tone: 'danger',
        text: `Not tested: the extension needs your permission to reach ${checked.value}.`,
      });
      return;
    }
    setSaveNote(null);
    setTestNote({ tone: 'muted', text: 'Testing…' });
    try {
      const result = await sendMessage('testConnection', { apiKey: apiKey.trim(), baseUrl: checked.value });
      setTestNote(
        result.ok
          ? { tone: 'success', text: result.message }
          : { tone: 'danger', text: result.error.message },
      );
    } catch (error) {
      setTestNote({
        tone: 'danger',
        text: `The extension did not answer: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };
  const forget = async () => {
    await forgetKeyAndLocalData();
    setKeyField('');
    setConfirmForget(false);
    setSaveNote({ tone: 'success', text: 'Key and local data forgotten.' });
  };

  return (
    <section class="sx-card" aria-labelledby="sx-connection-title">
      <h2 id="sx-connection-title">Connection</h2>
      <form onSubmit={(e) => void save(e)} noValidate>
        <div class="sx-field">
          <label class="sx-label" for="sx-api-key">
            API key
          </label>
          <div class="sx-row">
            <input
              id="sx-api-key"
              class="sx-input"
              type={showKey ? 'text' : 'password'}
              autocomplete="off"
              spellcheck={false}
              value={apiKey}
              onInput={(e) => setKeyField(e.currentTarget.value)}
            />
            <button
              type="button"
              class="sx-button"
              aria-pressed={showKey}
              onClick={() => setShowKey(!showKey)}
            >
              Show
            </button>
          </div>
          <p class="sx-hint">
            From Stardex: Settings → API.{' '}
            {keyInIndexedDb
              ? 'It stays on this device.'
              : 'It stays on this device unless you turn on sync below.'}
          </p>
        </div>
        <div class="sx-field">
          <label class="sx-label" for="sx-base-url">
            API base URL
          </label>
          <input
            id="sx-base-url"
            class="sx-input"
            type="url"
            placeholder="https://api.stardex.ai"
            value={baseUrl}
            aria-invalid={urlError ? true : undefined}
            aria-describedby="sx-base-url-hint"
            onInput={(e) => setBaseUrl(e.currentTarget.value)}
          />
          <p id="sx-base-url-hint" class={urlError ? 'sx-error' : 'sx-hint'}>
            {urlError ?? 'Advanced. Leave empty for Stardex itself; https only.'}
          </p>
        </div>
        {sandbox && !keySaved ? (
          <p class="sx-hint" style={{ marginBottom: '8px' }}>
            This development build talks to the local Stardex sandbox ({sandbox.url}) until you save a key;
            "Test connection" with both fields empty tests the sandbox.
          </p>
        ) : null}
        <div class="sx-row">
          <button type="submit" class="sx-button sx-button-primary">
            Save
          </button>
          <button type="button" class="sx-button" onClick={() => void test()}>
            Test connection
          </button>
        </div>
        <p class="sx-status" role="status" data-tone={saveNote?.tone} hidden={!saveNote}>
          {saveNote?.text}
        </p>
        <p
          class="sx-status"
          role="status"
          aria-label="Connection test"
          data-tone={testNote?.tone}
          hidden={!testNote}
        >
          {testNote?.text}
        </p>
      </form>
      <div class="sx-field" style={{ marginTop: '16px' }}>
        {confirmForget ? (
          <div class="sx-status" data-tone="warning" role="alert">
            <p style={{ margin: '0 0 8px' }}>
              This removes the API key (here and from sync), unsent drafts and everything cached from Stardex
              and LinkedIn. Settings, templates and tasks waiting in the outbox stay; discard those below.
            </p>
            <div class="sx-row">
              <button type="button" class="sx-button sx-button-primary" onClick={() => void forget()}>
                Forget everything
              </button>
              <button type="button" class="sx-button" onClick={() => setConfirmForget(false)}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <button type="button" class="sx-button" onClick={() => setConfirmForget(true)}>
            Forget key and local data
          </button>
        )}
      </div>
    </section>
  );
}
