/**
 * The one rule for where the API key may be sent, used by the options page (as the recruiter
 * types) and the background (before every request, `resolveBaseUrl` below): https only, except
 * plain http to this machine (a local Stardex sandbox); no credentials, query or fragment. Empty
 * means the real Stardex API. `needsPermission` is the origin the browser must have granted.
 */
import { isLocalBaseUrl, STARDEX_API_URL } from '@/lib/config';
import { StardexApiError } from '@/lib/stardex/api-error';

export type BaseUrlCheck =
  | { ok: true; value: string; needsPermission: string | null }
  | { ok: false; message: string };

/** Validates and normalises the base URL; `needsPermission` is the origin pattern to ask for. */
export function parseBaseUrl(input: string): BaseUrlCheck {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: true, value: '', needsPermission: null };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: 'Enter a full address, like https://api.stardex.ai.' };
  }
  if (url.username || url.password)
    return { ok: false, message: 'The address must not contain a user name or password.' };
  const local = isLocalBaseUrl(url.href);
  if (url.protocol === 'http:' && !local) {
    return { ok: false, message: 'Use https. Plain http is only allowed for localhost or 127.0.0.1.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'Use an https address.' };
  }
  if (url.search || url.hash) return { ok: false, message: 'Leave out the ? and # parts.' };
  const value = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  const isDefault = url.origin === new URL(STARDEX_API_URL).origin;
  return { ok: true, value, needsPermission: local || isDefault ? null : `${url.origin}/*` };
}

/**
 * The base URL the client sends the key to: the rule's value, '' meaning the real Stardex API. A
 * URL the rule refuses throws a `config` StardexApiError with the rule's own words.
 */
export function resolveBaseUrl(raw: string): string {
  const checked = parseBaseUrl(raw);
  if (!checked.ok)
    throw new StardexApiError({ kind: 'config', code: 'BAD_BASE_URL', message: checked.message });
  return checked.value || STARDEX_API_URL;
}
