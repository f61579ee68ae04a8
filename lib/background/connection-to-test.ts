/**
 * What "Test connection" tests: with nothing typed in Options, the Stardex the extension talks to
 * now (in a development build without a key, the local sandbox); with a key typed, that key at the
 * typed URL (empty = the real Stardex API; not sent = the URL in use). A stored or built-in key is only ever sent to the URL
 * it is in use for: a typed, unsaved URL gets the typed key or nothing.
 */

import { STARDEX_API_URL } from '@/lib/config';
import { parseBaseUrl } from '@/lib/stardex/base-url-rule';

export interface TypedConnection {
  apiKey?: string;
  baseUrl?: string;
}

/** The key and base URL the client uses now (`readAccess`), '' URL meaning the real API. */
export interface AccessInUse {
  apiKey: string;
  baseUrl: string;
}

export type ConnectionToTest =
  | { ok: true; baseUrl: string; apiKey: string }
  | { ok: false; field: 'apiKey' | 'baseUrl'; message: string };

const resolved = (value: string) => value || STARDEX_API_URL;

export function connectionToTest(typed: TypedConnection, inUse: AccessInUse): ConnectionToTest {
  const url = parseBaseUrl(typed.baseUrl ?? inUse.baseUrl);
  if (!url.ok) return { ok: false, field: 'baseUrl', message: url.message };
  const typedKey = typed.apiKey?.trim() ?? '';
  if (typedKey) return { ok: true, baseUrl: resolved(url.value), apiKey: typedKey };
  const inUseUrl = resolved(parseBaseUrl(inUse.baseUrl).ok ? inUse.baseUrl : '');
  const target = url.value === '' ? inUseUrl : url.value;
  if (target !== inUseUrl)
    return { ok: false, field: 'apiKey', message: `Enter the API key for ${new URL(target).host} first` };
  if (!inUse.apiKey) return { ok: false, field: 'apiKey', message: 'Enter your Stardex API key first' };
  return { ok: true, baseUrl: inUseUrl, apiKey: inUse.apiKey };
}
